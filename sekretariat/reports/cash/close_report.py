"""Laporan Penutupan Kas Harian: one A4 page that the treasurer and the chair
sign. The day's cash by source (in / out), opening, totals and the expected
balance; the count by denomination; what was counted, the difference and its
note; who counted and who approved; the days without activity closed with it;
and the witness of the books (the audit log's position and its head hash),
with the command that verifies it. A close that was reopened says so.

Fixed Indonesian text (the catalog's ``cashdoc.*`` keys, in Indonesian); takes
plain data (``CloseReportDoc``) filled by services/cash/documents.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from sekretariat.reports.cash.voucher import d, signatures
from sekretariat.reports.leasing.receipt import date_id, rp, weekday_id
from sekretariat.reports.pdf import (
    FONT,
    FONT_BOLD,
    Letterhead,
    build_pdf,
    keep_with_previous,
    styles,
    table_style,
)


@dataclass(frozen=True)
class SourceLine:
    label: str
    money_in: int
    money_out: int


@dataclass(frozen=True)
class CountRow:
    form: str            # "kertas" / "logam"
    denomination: int
    quantity: int


@dataclass(frozen=True)
class CloseReportDoc:
    day: dt.date
    zero_day: bool
    zero_with: dt.date | None          # a zero day: the close it came with
    opening: int
    sources: tuple[SourceLine, ...]
    expected: int
    counts: tuple[CountRow, ...]
    counted: int
    difference: int
    note: str
    difference_entry: str | None
    counted_by: str
    approved_by: str | None
    closed_at: str                     # already formatted
    zero_days: tuple[dt.date, ...]
    witness_position: int
    witness_hash: str                  # the short form printed on paper
    treasurer: str
    chair: str
    superseded: str = ""               # "" while in force; else who reopened, when, why

    @property
    def total_in(self) -> int:
        return sum(s.money_in for s in self.sources)

    @property
    def total_out(self) -> int:
        return sum(s.money_out for s in self.sources)


def witness_command(day: dt.date, short_hash: str) -> str:
    return f"sekretariat check --witness {day.isoformat()}={short_hash}"


def _difference(amount: int) -> str:
    if amount > 0:
        return d("cashdoc.difference_over", amount=rp(amount))
    if amount < 0:
        return d("cashdoc.difference_short", amount=rp(-amount))
    return d("cashdoc.difference_none")


def close_story(data: CloseReportDoc, width: float) -> list:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = styles()
    p, e = Paragraph, escape
    cell = st["cell"]
    red = ParagraphStyle("c_red", parent=st["center"], textColor="#C00000",
                         fontName=FONT_BOLD, fontSize=12, leading=15)
    story: list = [p(d("cashdoc.close_title"), st["title"]),
                   p(e(f"{weekday_id(data.day)}, {date_id(data.day)}"), st["subtitle"])]
    if data.superseded:
        story += [p(e(d("cashdoc.close_superseded")), red),
                  p(f'<font color="#C00000">{e(data.superseded)}</font>', st["center"]),
                  Spacer(1, 2 * mm)]
    if data.zero_day:
        with_day = (d("cashdoc.close_zero_with", day=date_id(data.zero_with))
                    if data.zero_with else "")
        story.append(p(e(d("cashdoc.close_zero_day", with_day=with_day)), st["body"]))

    # the day's cash by source
    rows = [[d("cashdoc.col_source"), d("cashdoc.col_in"), d("cashdoc.col_out"),
             d("cashdoc.col_balance")],
            [p(e(d("cashdoc.opening")), cell), "", "", rp(data.opening)]]
    for source in data.sources:
        rows.append([p(e(source.label), cell),
                     rp(source.money_in) if source.money_in else "",
                     rp(source.money_out) if source.money_out else "", ""])
    if not data.sources:
        rows.append([p(f"<i>{e(d('cashdoc.no_activity'))}</i>", cell), "", "", ""])
    rows += [[d("cashdoc.totals"), rp(data.total_in), rp(data.total_out), ""],
             [d("cashdoc.expected"), "", "", rp(data.expected)]]
    summary = Table(rows, colWidths=[width - 3 * 34 * mm, 34 * mm, 34 * mm, 34 * mm],
                    repeatRows=1)
    summary.setStyle(TableStyle(table_style(money_columns=[1, 2, 3]) + [
        ("FONTNAME", (0, -2), (-1, -1), FONT_BOLD)]))
    story += [p(e(d("cashdoc.summary")), st["heading"]), summary]

    # the count by denomination
    if data.counts:
        rows = [[d("cashdoc.col_form"), d("cashdoc.col_denomination"), d("cashdoc.col_quantity"),
                 d("cashdoc.col_amount")]]
        for line in data.counts:
            rows.append([line.form, rp(line.denomination), str(line.quantity),
                         rp(line.denomination * line.quantity)])
        rows.append([d("cashdoc.count_total"), "", "",
                     rp(sum(c.denomination * c.quantity for c in data.counts))])
        count = Table(rows, colWidths=[width - 3 * 34 * mm, 34 * mm, 34 * mm, 34 * mm],
                      repeatRows=1)
        count.setStyle(TableStyle(table_style(money_columns=[1, 2, 3]) + [
            ("SPAN", (0, -1), (2, -1)), ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
            ("FONTSIZE", (0, 1), (-1, -2), 8), ("TOPPADDING", (0, 1), (-1, -2), 1),
            ("BOTTOMPADDING", (0, 1), (-1, -2), 1)]))
        story += [p(e(d("cashdoc.count")), st["heading"]), count]

    # counted, the difference, who
    difference = e(_difference(data.difference))
    if data.difference and data.difference_entry:
        difference += f" ({e(d('cashdoc.difference_entry', entry=data.difference_entry))})"
    facts = [(d("cashdoc.expected"), rp(data.expected)),
             (d("cashdoc.counted"), f"<b>{rp(data.counted)}</b>"),
             (d("cashdoc.difference"), f"<b>{difference}</b>")]
    if data.note:
        facts.append((d("cashdoc.note"), e(data.note)))
    facts += [(d("cashdoc.counted_by"), e(data.counted_by)),
              (d("cashdoc.closed_at"), e(data.closed_at))]
    if data.approved_by:
        facts.append((d("cashdoc.approved_by"), e(data.approved_by)))
    if data.zero_days:
        facts.append((d("cashdoc.zero_days"), e(", ".join(date_id(z) for z in data.zero_days))))
    label_w = 52 * mm
    table = Table([[p(e(label), cell), p(":", cell), p(value, cell)] for label, value in facts],
                  colWidths=[label_w, 4 * mm, width - label_w - 4 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [Spacer(1, 4 * mm), table]

    # the witness of the books
    line = d("cashdoc.witness_line", position=data.witness_position, hash=data.witness_hash)
    witness = [p(e(d("cashdoc.witness_title")), st["heading"]),
               p(f"<b>{e(line)}</b>", st["body"]),
               p(e(d("cashdoc.witness_check",
                     command=witness_command(data.day, data.witness_hash))), st["small"])]
    tail = [Spacer(1, 6 * mm),
            signatures([(d("cashdoc.sign_counted"), d("cashdoc.sign_treasurer"), data.treasurer),
                        (d("cashdoc.sign_known"), d("cashdoc.sign_chair"), data.chair)], width)]
    return keep_with_previous([*story, *witness], tail)


def build_close_report(path: str | Path, data: CloseReportDoc, letterhead: Letterhead) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    width = A4[0] - 2 * 15 * mm - 12
    return build_pdf(path, close_story(data, width),
                     title=d("cashdoc.close_doc_title", day=date_id(data.day)),
                     letterhead=letterhead, subject=data.day.isoformat(), language="id")
