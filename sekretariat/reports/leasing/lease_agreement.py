"""Surat Perjanjian Sewa (lease agreement), A4, in Indonesian legal style.

The text is fixed Indonesian (a legal document is Indonesian whatever the UI
language). Takes plain data: the lease (``LeaseInfo``-like), the trader's
commodity, the market profile and the chair's name (or blank).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from sekretariat.reports.pdf import (
    FONT,
    FONT_BOLD,
    Letterhead,
    build_pdf,
    keep_with_previous,
    styles,
)
from sekretariat.reports.leasing.receipt import (
    date_id,
    date_words,
    decimal_words,
    rp,
    rupiah_words,
    terbilang,
    weekday_id,
)

KIND_NAMES = {"kios": "kios", "los": "los", "pelataran": "pelataran"}
FREQUENCY_TEXT = {"monthly": ("bulanan", "setiap bulan", 1),
                  "quarterly": ("triwulanan", "setiap 3 (tiga) bulan", 3),
                  "yearly": ("tahunan", "setiap 12 (dua belas) bulan", 12)}
BLANK = "." * 48


@dataclass(frozen=True)
class AgreementData:
    agreement_number: str
    signed_on: dt.date
    place: str  # city (or the market's name) where it is signed
    market_name: str
    market_address: str
    managing_org: str
    chair_name: str  # "" -> a blank line to fill by hand
    trader_name: str
    trader_nik: str
    trader_address: str
    trader_phone: str
    commodity: str
    stall_code: str
    block_code: str
    stall_kind: str
    area_dm2: int
    start_date: dt.date
    end_date: dt.date
    monthly_rate: int
    frequency: str
    period_amount: int
    due_day: int
    deposit_amount: int
    late_fee_bp: int


def _money(amount: int) -> str:
    return f"{rp(amount)} ({rupiah_words(amount)})"


def _date_full(day: dt.date) -> str:
    return f"{date_id(day)} ({date_words(day)})"


def agreement_story(data: AgreementData) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    st = styles()
    body, just = st["body"], st["justify"]
    p = Paragraph
    e = escape
    kind = KIND_NAMES.get(data.stall_kind, data.stall_kind)
    org = data.managing_org or f"Pengelola {data.market_name}"

    def parties(rows: list[tuple[str, str]]) -> Table:
        table = Table([[p(e(a), body), p(":", body), p(b, body)] for a, b in rows],
                      colWidths=[46 * mm, 4 * mm, 124 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (0, -1), 8 * mm),
                                   ("LEFTPADDING", (1, 0), (1, -1), 0),
                                   ("RIGHTPADDING", (1, 0), (1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return table

    def article(number: int, title: str, clauses: list[str]) -> list:
        head = p(f"Pasal {number}<br/>{e(title)}", st["center"].clone(
            f"pasal{number}", fontName=FONT_BOLD, spaceBefore=8, spaceAfter=3))
        items = []
        for index, clause in enumerate(clauses, start=1):
            prefix = f"({index})&nbsp;" if len(clauses) > 1 else ""
            items.append(p(prefix + clause, just.clone(f"c{number}_{index}", leftIndent=14 if
                                                       prefix else 0,
                                                       firstLineIndent=-14 if prefix else 0,
                                                       spaceAfter=2)))
        return [KeepTogether([head, items[0]]), *items[1:]]

    signed = data.signed_on
    chair = e(data.chair_name) if data.chair_name else BLANK
    story: list = [
        p(f"SURAT PERJANJIAN SEWA {kind.upper()}", st["title"]),
        p(f"Nomor: {e(data.agreement_number)}", st["subtitle"]),
        p(f"Pada hari ini, {weekday_id(signed)} tanggal {terbilang(signed.day)} bulan "
          f"{date_id(signed).split(' ')[1]} tahun {terbilang(signed.year)} "
          f"({signed:%d-%m-%Y}), bertempat di {e(data.place)}, kami yang bertanda tangan di "
          "bawah ini:", just),
        Spacer(1, 2 * mm),
        p("<b>I.</b>", body),
        parties([("Nama", chair), ("Jabatan", f"Ketua {e(org)}"),
                 ("Alamat", e(data.market_address or "-"))]),
        p(f"dalam hal ini bertindak untuk dan atas nama {e(org)}, pengelola "
          f"{e(data.market_name)}, selanjutnya disebut <b>PIHAK PERTAMA</b>.",
          just.clone("pp", leftIndent=8 * mm)),
        Spacer(1, 2 * mm),
        p("<b>II.</b>", body),
        parties([("Nama", e(data.trader_name)), ("NIK", e(data.trader_nik)),
                 ("Alamat", e(data.trader_address or "-")),
                 ("Telepon", e(data.trader_phone or "-")),
                 ("Jenis dagangan", e(data.commodity or "-"))]),
        p("dalam hal ini bertindak untuk dan atas nama diri sendiri, selanjutnya disebut "
          "<b>PIHAK KEDUA</b>.", just.clone("pk", leftIndent=8 * mm)),
        Spacer(1, 2 * mm),
        p("PIHAK PERTAMA dan PIHAK KEDUA, selanjutnya bersama-sama disebut <b>PARA PIHAK</b>, "
          "sepakat mengadakan perjanjian sewa dengan ketentuan dan syarat sebagai berikut:",
          just),
    ]
    area, area_words = decimal_words(data.area_dm2)
    story += article(1, "Objek Sewa", [
        f"PIHAK PERTAMA menyewakan kepada PIHAK KEDUA, dan PIHAK KEDUA menyewa dari PIHAK "
        f"PERTAMA, sebuah {kind} nomor <b>{e(data.stall_code)}</b> di Blok "
        f"{e(data.block_code)} {e(data.market_name)}, dengan luas {area} m² ({area_words} "
        "meter persegi), selanjutnya disebut <b>Objek Sewa</b>.",
        "Objek Sewa dipergunakan oleh PIHAK KEDUA semata-mata sebagai tempat berjualan "
        f"{e(data.commodity or 'barang dagangan yang sah')} dan tidak untuk keperluan lain "
        "tanpa persetujuan tertulis PIHAK PERTAMA.",
    ])
    story += article(2, "Jangka Waktu", [
        f"Perjanjian ini berlaku terhitung sejak tanggal {_date_full(data.start_date)} sampai "
        f"dengan tanggal {_date_full(data.end_date)}.",
        "Perjanjian dapat diperpanjang dengan perjanjian baru atas kesepakatan PARA PIHAK; "
        "permohonan perpanjangan diajukan PIHAK KEDUA paling lambat 30 (tiga puluh) hari "
        "sebelum jangka waktu berakhir.",
    ])
    name, every, months = FREQUENCY_TEXT.get(data.frequency, (data.frequency, "", 1))
    rent = [f"Uang sewa Objek Sewa sebesar {_money(data.monthly_rate)} per bulan."]
    if months > 1:
        rent.append(f"Uang sewa ditagih secara {name}, {every}, sebesar "
                    f"{_money(data.period_amount)} per periode tagihan.")
    else:
        rent.append("Uang sewa ditagih secara bulanan, setiap bulan.")
    rent += [f"Setiap tagihan jatuh tempo pada tanggal {data.due_day} "
             f"({terbilang(data.due_day)}) pada periode tagihannya. Tagihan untuk sebagian "
             "periode (awal atau akhir masa sewa) dihitung menurut jumlah hari.",
             f"Pembayaran dilakukan di Sekretariat {e(data.market_name)} secara tunai, "
             "transfer bank atau QRIS; setiap pembayaran diberi kwitansi resmi bernomor."]
    story += article(3, "Uang Sewa dan Cara Pembayaran", rent)
    if data.deposit_amount:
        deposit = [f"PIHAK KEDUA menyerahkan uang jaminan sewa sebesar "
                   f"{_money(data.deposit_amount)} kepada PIHAK PERTAMA.",
                   "Uang jaminan disimpan oleh PIHAK PERTAMA, tidak berbunga, dan tidak dapat "
                   "dipakai PIHAK KEDUA untuk membayar uang sewa selama perjanjian berjalan.",
                   "Pada akhir perjanjian uang jaminan diperhitungkan dengan tunggakan PIHAK "
                   "KEDUA (jika ada) dan sisanya dikembalikan kepada PIHAK KEDUA."]
    else:
        deposit = ["Perjanjian ini tidak mensyaratkan uang jaminan sewa."]
    story += article(4, "Uang Jaminan", deposit)
    percent, percent_words = decimal_words(data.late_fee_bp)
    story += article(5, "Denda Keterlambatan", [
        f"Atas tagihan yang belum dilunasi setelah tanggal jatuh tempo, PIHAK KEDUA dikenakan "
        f"denda sebesar {percent}% ({percent_words} persen) dari jumlah yang terlambat untuk "
        "setiap bulan penuh keterlambatan.",
        "Denda ditagihkan dengan tagihan tersendiri dan menjadi bagian dari kewajiban PIHAK "
        "KEDUA.",
    ])
    story += article(6, "Hak dan Kewajiban PIHAK PERTAMA", [
        "PIHAK PERTAMA berhak menerima uang sewa dan pembayaran lain sesuai perjanjian ini "
        "tepat pada waktunya.",
        "PIHAK PERTAMA wajib menyerahkan Objek Sewa kepada PIHAK KEDUA dalam keadaan baik dan "
        "dapat dipergunakan pada tanggal mulai berlakunya perjanjian.",
        "PIHAK PERTAMA wajib menyediakan dan memelihara fasilitas umum pasar: jalan dan lorong, "
        "saluran air, penerangan umum, toilet dan tempat pembuangan sampah.",
        "PIHAK PERTAMA wajib menjaga ketertiban, kebersihan dan keamanan lingkungan pasar "
        "secara umum.",
        "PIHAK PERTAMA berhak memberikan teguran tertulis apabila PIHAK KEDUA melalaikan "
        "kewajibannya.",
    ])
    story += article(7, "Hak dan Kewajiban PIHAK KEDUA", [
        "PIHAK KEDUA berhak menggunakan Objek Sewa untuk berjualan selama jangka waktu "
        "perjanjian dan memakai fasilitas umum pasar.",
        "PIHAK KEDUA wajib membayar uang sewa dan pembayaran lain tepat pada waktunya.",
        "PIHAK KEDUA wajib menjaga kebersihan Objek Sewa dan sekitarnya serta membuang sampah "
        "pada tempat yang disediakan.",
        "PIHAK KEDUA wajib ikut menjaga keamanan dan ketertiban pasar, dan dilarang menyimpan "
        "atau memperdagangkan barang terlarang, berbahaya atau mudah terbakar.",
        "PIHAK KEDUA dilarang menyewakan kembali, meminjamkan atau mengalihkan Objek Sewa "
        "kepada pihak lain, sebagian atau seluruhnya, tanpa persetujuan tertulis PIHAK "
        "PERTAMA.",
        "PIHAK KEDUA wajib memelihara Objek Sewa dengan baik; kerusakan karena kelalaian PIHAK "
        "KEDUA diperbaiki atas biaya PIHAK KEDUA. Perubahan bentuk bangunan hanya dengan izin "
        "tertulis PIHAK PERTAMA.",
        "PIHAK KEDUA wajib mematuhi tata tertib pasar yang ditetapkan PIHAK PERTAMA.",
    ])
    story += article(8, "Pengakhiran dan Pengalihan", [
        "Perjanjian berakhir dengan sendirinya pada akhir jangka waktu sebagaimana dimaksud "
        "dalam Pasal 2, kecuali diperpanjang.",
        "PIHAK KEDUA dapat mengakhiri perjanjian lebih awal dengan pemberitahuan tertulis "
        "paling lambat 30 (tiga puluh) hari sebelumnya.",
        "PIHAK PERTAMA dapat mengakhiri perjanjian apabila PIHAK KEDUA menunggak uang sewa "
        "lebih dari 3 (tiga) bulan atau melanggar Pasal 7, setelah diberi teguran tertulis "
        "dan tidak diindahkan dalam waktu 7 (tujuh) hari.",
        "Pada pengakhiran perjanjian, tunggakan PIHAK KEDUA diperhitungkan dengan uang "
        "jaminan; kekurangannya tetap menjadi kewajiban PIHAK KEDUA. PIHAK KEDUA menyerahkan "
        "kembali Objek Sewa dalam keadaan kosong dan baik.",
        "Pengalihan Objek Sewa kepada pedagang lain hanya dapat dilakukan melalui PIHAK "
        "PERTAMA dengan perjanjian baru; tunggakan PIHAK KEDUA dilunasi lebih dahulu atau "
        "tetap tercatat sebagai kewajiban PIHAK KEDUA.",
    ])
    story += article(9, "Penyelesaian Perselisihan", [
        "Perselisihan yang timbul dari perjanjian ini diselesaikan oleh PARA PIHAK secara "
        "musyawarah untuk mufakat.",
        "Apabila musyawarah tidak mencapai mufakat, PARA PIHAK sepakat menyelesaikannya "
        f"melalui Pengadilan Negeri {e(data.place)}.",
    ])
    story += article(10, "Penutup", [
        "Hal-hal yang belum diatur dalam perjanjian ini akan diatur kemudian oleh PARA PIHAK "
        "dalam addendum yang merupakan bagian tidak terpisahkan dari perjanjian ini.",
        "Perjanjian ini dibuat rangkap 2 (dua), masing-masing bermeterai cukup dan mempunyai "
        "kekuatan hukum yang sama, dan ditandatangani PARA PIHAK dalam keadaan sadar tanpa "
        "paksaan dari pihak mana pun.",
    ])
    center = st["center"]
    stamp = Table([[p("Meterai<br/>Rp10.000", st["small"].clone("mat", alignment=1))]],
                  colWidths=[24 * mm], rowHeights=[16 * mm])
    stamp.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("BOX", (0, 0), (-1, -1), 0.4, "#888888"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    signatures = Table([
        [p(f"{e(data.place)}, {date_id(signed)}", center), ""],
        [p("<b>PIHAK PERTAMA</b>", center), p("<b>PIHAK KEDUA</b>", center)],
        [p(e(org), st["small"].clone("orgc", alignment=1)), ""],
        ["", stamp],
        [p(f"( {chair} )", center), p(f"( {e(data.trader_name)} )", center)],
        [p("Ketua", center), p(f"Penyewa {kind} {e(data.stall_code)}", center)],
    ], colWidths=[85 * mm, 85 * mm], rowHeights=[None, None, None, 24 * mm, None, None])
    signatures.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 3), (-1, 3), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
    ]))
    return keep_with_previous(story, [Spacer(1, 6 * mm), signatures])


def build_agreement(path: str | Path, data: AgreementData, letterhead: Letterhead) -> Path:
    return build_pdf(path, agreement_story(data),
                     title=f"Surat Perjanjian Sewa {data.agreement_number}",
                     letterhead=letterhead,
                     subject=f"Sewa {data.stall_code} — {data.trader_name}", language="id")

