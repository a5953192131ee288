"""Surat teguran (arrears reminder letter), A4, fixed Indonesian text.

Takes plain data (``ReminderData``): the trader, the overdue invoices with
their age, who signs. The letter number is left for the agenda book
(``Nomor : ...../ST/XI/2026``): printing a letter reserves no number.
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
    table_style,
)
from sekretariat.reports.leasing.receipt import capitalize, date_id, rp, rupiah_words, terbilang

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
BLANK = "." * 40
DEFAULT_DAYS = 7


@dataclass(frozen=True)
class OverdueLine:
    invoice_number: str
    description: str  # "Sewa A-01, Sep 2026"
    due_date: dt.date
    age_days: int
    open_amount: int


@dataclass(frozen=True)
class ReminderData:
    as_of: dt.date
    place: str
    market_name: str
    managing_org: str
    trader_name: str
    trader_address: str
    stalls: str  # "A-01, A-02"
    lines: tuple[OverdueLine, ...]
    credit: int  # unapplied credit on the account (mentioned, not netted)
    chair_name: str = ""  # "" -> blank line to sign by hand
    treasurer_name: str = ""
    days_to_pay: int = DEFAULT_DAYS
    #: stalls whose debt is left on a lease ended or transferred (no longer theirs)
    former_stalls: str = ""
    holds_lease: bool = True  # False: no lease in force, so no lease to end
    deposit_held: int = 0  # security deposits held for the trader on as_of

    @property
    def total(self) -> int:
        return sum(line.open_amount for line in self.lines)

    @property
    def pay_by(self) -> dt.date:
        return self.as_of + dt.timedelta(days=self.days_to_pay)


def reminder_story(data: ReminderData) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = styles()
    p, e = Paragraph, escape
    body, just = st["body"], st["justify"]
    org = data.managing_org or f"Pengelola {data.market_name}"
    head = Table([
        [p("Nomor", body), p(":", body),
         p(f"{'.' * 10}/ST/{ROMAN_MONTHS[data.as_of.month - 1]}/{data.as_of.year}", body),
         p(f"{e(data.place)}, {date_id(data.as_of)}", st["right"])],
        [p("Lampiran", body), p(":", body), p("-", body), ""],
        [p("Perihal", body), p(":", body), p("<b>Surat Teguran Tunggakan</b>", body), ""],
    ], colWidths=[22 * mm, 4 * mm, 70 * mm, 80 * mm], hAlign="LEFT")
    head.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story: list = [head, Spacer(1, 6 * mm),
                   p("Kepada Yth.", body),
                   p(f"Sdr./Sdri. <b>{e(data.trader_name)}</b>", body)]
    if data.stalls:
        story.append(p(f"Pedagang {e(data.stalls)}, {e(data.market_name)}", body))
    if data.trader_address:
        story.append(p(e(data.trader_address), body))
    story += [p("di tempat", body), Spacer(1, 5 * mm), p("Dengan hormat,", body),
              Spacer(1, 2 * mm),
              p(f"Berdasarkan catatan pembukuan Sekretariat {e(data.market_name)} per tanggal "
                f"{date_id(data.as_of)}, Saudara/i masih mempunyai tagihan yang telah melewati "
                "tanggal jatuh tempo dan belum dilunasi, dengan rincian sebagai berikut:", just),
              Spacer(1, 3 * mm)]
    cell, right = st["cell"], st["cell_right"]
    rows = [["No", "Nomor tagihan", "Uraian", "Jatuh tempo", "Umur (hari)", "Sisa tagihan"]]
    for index, line in enumerate(data.lines, start=1):
        rows.append([str(index), p(e(line.invoice_number), cell), p(e(line.description), cell),
                     date_id(line.due_date), str(line.age_days), rp(line.open_amount)])
    rows.append(["", p("<b>Jumlah tunggakan</b>", cell), "", "", "",
                 p(f"<b>{rp(data.total)}</b>", right)])
    table = Table(rows, colWidths=[9 * mm, 32 * mm, 43 * mm, 34 * mm, 24 * mm, 32 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle(table_style(money_columns=[4, 5]) + [
        ("SPAN", (1, -1), (4, -1)), ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
        ("ALIGN", (0, 0), (0, -1), "RIGHT")]))
    story += [table, Spacer(1, 3 * mm),
              p(f"Jumlah tunggakan: <b>{rp(data.total)}</b> "
                f"(<i>{e(capitalize(rupiah_words(data.total)))}</i>).", just)]
    if data.former_stalls:
        story.append(p(f"Tunggakan atas {e(data.former_stalls)} berasal dari perjanjian sewa "
                       "yang telah berakhir atau dialihkan; lapak tersebut bukan lagi sewaan "
                       "Saudara/i, tetapi tunggakannya tetap menjadi kewajiban Saudara/i.",
                       just))
    if data.credit:
        story.append(p(f"Catatan: pada rekening Saudara/i terdapat titipan (kredit) sebesar "
                       f"{rp(data.credit)} yang akan diperhitungkan dengan tagihan berikutnya.",
                       st["small"]))
    if data.deposit_held:
        story.append(p(f"Uang jaminan yang dipegang pengelola per {date_id(data.as_of)}: "
                       f"{rp(data.deposit_held)} (tidak mengurangi tunggakan di atas).",
                       st["small"]))
    story += [
        Spacer(1, 2 * mm),
        p(f"Sehubungan dengan hal tersebut, kami meminta Saudara/i melunasi tunggakan di atas "
          f"paling lambat <b>{data.days_to_pay} ({terbilang(data.days_to_pay)}) hari</b> sejak "
          f"tanggal surat ini, yaitu pada tanggal <b>{date_id(data.pay_by)}</b>, di Sekretariat "
          f"{e(data.market_name)}. Keterlambatan pembayaran dikenakan denda sesuai Surat "
          "Perjanjian Sewa.", just),
        Spacer(1, 2 * mm),
        p(("Apabila sampai batas waktu tersebut tunggakan belum dilunasi, pengelola pasar akan "
           "mengambil tindakan sesuai ketentuan Surat Perjanjian Sewa, termasuk pengakhiran "
           "perjanjian sewa. " if data.holds_lease else
           "Apabila sampai batas waktu tersebut tunggakan belum dilunasi, pengelola pasar akan "
           "menagihnya sesuai ketentuan yang berlaku. ")
          + "Apabila Saudara/i telah melunasi tunggakan tersebut, mohon surat ini diabaikan.",
          just),
        Spacer(1, 2 * mm),
        p("Demikian surat teguran ini kami sampaikan. Atas perhatian dan kerja sama Saudara/i "
          "kami ucapkan terima kasih.", just),
        Spacer(1, 8 * mm),
    ]
    center = st["center"]
    signatures = Table([
        [p("Hormat kami,", center), ""],
        [p(e(org), center), ""],
        [p("<b>Ketua</b>", center), p("<b>Bendahara</b>", center)],
        ["", ""],
        [p(f"( {e(data.chair_name) or BLANK} )", center),
         p(f"( {e(data.treasurer_name) or BLANK} )", center)],
    ], colWidths=[85 * mm, 85 * mm], rowHeights=[None, None, None, 20 * mm, None])
    signatures.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                    ("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 1), (1, 1))]))
    return keep_with_previous(story, [signatures])


def build_reminder(path: str | Path, data: ReminderData, letterhead: Letterhead) -> Path:
    return build_pdf(path, reminder_story(data),
                     title=f"Surat Teguran — {data.trader_name}", letterhead=letterhead,
                     subject=f"Tunggakan per {date_id(data.as_of)}", language="id")
