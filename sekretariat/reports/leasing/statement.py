"""Rekening koran pedagang (a trader's statement), A4, fixed Indonesian text:
who, which stalls, the period, the opening balance, every charge and payment
with the running balance, the closing balance in words, the deposit held and
the arrears by age. Takes plain data (``StatementData``)."""

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
from sekretariat.reports.leasing.receipt import capitalize, date_id, rp, rupiah_words


@dataclass(frozen=True)
class StatementRow:
    entry_date: dt.date
    reference: str
    memo: str
    debit: int
    credit: int
    balance: int


@dataclass(frozen=True)
class StatementData:
    market_name: str
    trader_name: str
    nik: str
    phone: str
    address: str
    stalls: str  # "A-01, B-07"
    date_from: dt.date
    date_to: dt.date
    opening: int
    rows: tuple[StatementRow, ...]
    total_debit: int
    total_credit: int
    closing: int
    deposit_held: int
    #: open amounts by age as of ``date_to``: not yet due (due today included), 1–30, 31–60, 61–90, > 90 days
    ageing: tuple[int, int, int, int, int]


def _day(day: dt.date) -> str:
    """A table's date: 23/11/2026 (the long form does not fit the column)."""
    return f"{day:%d/%m/%Y}"


def _balance(amount: int) -> str:
    """A balance as the trader reads it: what they owe, or their credit."""
    return rp(amount) if amount >= 0 else f"{rp(-amount)} (kredit)"


def statement_story(data: StatementData) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = styles()
    p, e = Paragraph, escape
    body, cell, right = st["body"], st["cell"], st["cell_right"]
    story: list = [p("REKENING KORAN PEDAGANG", st["title"]),
                   p(f"Periode {date_id(data.date_from)} – {date_id(data.date_to)}",
                     st["center"]), Spacer(1, 5 * mm)]
    who = [("Nama", f"<b>{e(data.trader_name)}</b>"), ("NIK", e(data.nik)),
           ("Lapak", e(data.stalls or "-")), ("Alamat", e(data.address or "-")),
           ("Telepon", e(data.phone or "-"))]
    identity = Table([[p(label, body), p(":", body), p(value, body)] for label, value in who],
                     colWidths=[22 * mm, 4 * mm, 150 * mm], hAlign="LEFT")
    identity.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [identity, Spacer(1, 4 * mm)]
    rows = [["Tanggal", "Dokumen", "Uraian", "Tagihan", "Bayar", "Saldo"],
            [_day(data.date_from), "", p("<b>Saldo awal</b>", cell), "", "",
             p(f"<b>{_balance(data.opening)}</b>", right)]]
    for row in data.rows:
        rows.append([_day(row.entry_date), row.reference, p(e(row.memo), cell),
                     rp(row.debit) if row.debit else "", rp(row.credit) if row.credit else "",
                     _balance(row.balance)])
    rows.append([_day(data.date_to), "", p("<b>Jumlah dan saldo akhir</b>", cell),
                 rp(data.total_debit), rp(data.total_credit),
                 p(f"<b>{_balance(data.closing)}</b>", right)])
    table = Table(rows, colWidths=[20 * mm, 29 * mm, 54 * mm, 25 * mm, 25 * mm, 27 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle(table_style(money_columns=[3, 4, 5]) + [
        ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD), ("FONTSIZE", (0, 1), (1, -1), 8)]))
    story += [table, Spacer(1, 4 * mm)]
    if data.closing > 0:
        closing = (f"Saldo akhir: <b>{rp(data.closing)}</b> masih harus dibayar "
                   f"(<i>{e(capitalize(rupiah_words(data.closing)))}</i>).")
    elif data.closing < 0:
        closing = (f"Saldo akhir: titipan (kredit) <b>{rp(-data.closing)}</b>, diperhitungkan "
                   "dengan tagihan berikutnya.")
    else:
        closing = "Saldo akhir: <b>lunas</b>, tidak ada tagihan yang terbuka."
    story += [p(closing, body), Spacer(1, 2 * mm),
              p(f"Uang jaminan yang dipegang pengelola per {date_id(data.date_to)}: "
                f"<b>{rp(data.deposit_held)}</b> "
                "(tidak mengurangi saldo di atas).", body), Spacer(1, 4 * mm)]
    if any(data.ageing):
        labels = ("Belum jatuh tempo", "1–30 hari", "31–60 hari", "61–90 hari", "> 90 hari")
        ageing = Table([[p(f"Umur tagihan terbuka per {date_id(data.date_to)}", cell),
                         *(p(f"<b>{label}</b>", right) for label in labels)],
                        ["", *(rp(amount) for amount in data.ageing)]],
                       colWidths=[38 * mm, *(28 * mm,) * 5])
        ageing.setStyle(TableStyle(table_style(money_columns=[1, 2, 3, 4, 5]) + [
            ("SPAN", (0, 0), (0, 1)), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
        story.append(ageing)
    return keep_with_previous(story, [
        Spacer(1, 4 * mm),
        p(f"Rekening koran ini disusun dari pembukuan {e(data.market_name)}. Bila ada "
          "yang tidak sesuai, mohon hubungi Sekretariat dengan membawa kwitansi.", st["small"])])


def build_statement(path: str | Path, data: StatementData, letterhead: Letterhead) -> Path:
    return build_pdf(path, statement_story(data),
                     title=f"Rekening Koran — {data.trader_name}", letterhead=letterhead,
                     subject=f"{date_id(data.date_from)} – {date_id(data.date_to)}",
                     language="id")
