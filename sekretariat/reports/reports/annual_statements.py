"""The annual report's financial statements chapter (SAK EMKM): Laporan
Posisi Keuangan and Laporan Laba Rugi with their comparative columns, the
Ringkasan Kas, and the Catatan atas Laporan Keuangan with their figures.
The labels come with the statements (``statement_types``); the headings and
totals are the statements' own catalog texts, in Indonesian."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from sekretariat.reports.reports.annual_blocks import (
    gap,
    grid,
    h2,
    nothing,
    p,
    rich,
    st,
)
from sekretariat.reports.reports.annual_format import column_label, d, date_short, rp

if TYPE_CHECKING:
    from sekretariat.services.reports.statement_types import (
        FinancialStatements,
        Line,
        Note,
        Section,
    )

MM = 2.8346


def _label(text: str, indent: bool = True):
    from reportlab.lib.styles import ParagraphStyle

    if not indent:
        return rich(f"<b>{escape(text)}</b>", "cell8")
    return _para(text, ParagraphStyle("stmt_line", parent=st()["cell8"], leftIndent=10))


def _para(text: str, style):
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text), style)


def _money(amount: int | None) -> str:
    return "" if amount is None else rp(amount)


class _Rows:
    """A statement's rows with the row numbers to set in bold or as a heading."""

    def __init__(self, head: list, note_column: bool) -> None:
        self.rows: list[list] = [head]
        self.bold: list[int] = []
        self.headings: list[int] = []
        self.note_column = note_column

    def heading(self, text: str) -> None:
        self.headings.append(len(self.rows))
        self.rows.append([rich(f"<b>{escape(text)}</b>", "cell8")]
                         + [""] * (len(self.rows[0]) - 1))

    def line(self, text: str, figures: list[int | None], note: int | None = None,
             bold: bool = False) -> None:
        if bold:
            self.bold.append(len(self.rows))
        cells = [_label(text, indent=not bold)]
        if self.note_column:
            cells.append("" if note is None else str(note))
        self.rows.append(cells + [_money(f) for f in figures])

    def table(self, width: float):
        columns = len(self.rows[0]) - 1 - (1 if self.note_column else 0)
        money_w = 34 * MM
        note_w = 12 * MM if self.note_column else 0
        widths = [width - columns * money_w - note_w] + ([note_w] if self.note_column else [])
        widths += [money_w] * columns
        first = 2 if self.note_column else 1
        table = grid(self.rows, widths, right=range(1, len(widths)), bold_rows=self.bold)
        from reportlab.platypus import TableStyle

        table.setStyle(TableStyle(
            [("SPAN", (0, row), (-1, row)) for row in self.headings]
            + [("ALIGN", (1, 0), (1, -1), "CENTER")] * bool(self.note_column)
            + [("LINEABOVE", (first, row), (-1, row), 0.8, "#000000") for row in self.bold]))
        return table


def _head(first: str, columns: list[str], note: bool) -> list:
    cells = [p(first, "head8")] + ([p(d("annualdoc.col_note"), "head8")] if note else [])
    return cells + [p(column, "head8_right") for column in columns]


def position_table(fs: FinancialStatements, width: float) -> list:
    pos = fs.position
    days = [pos.as_of] + ([pos.previous_as_of] if pos.previous_as_of else [])
    rows = _Rows(_head(d("annualdoc.col_item"), [date_short(day) for day in days], True), True)
    compare = pos.previous_as_of is not None

    def figures(now: int | None, before: int | None) -> list[int | None]:
        return [now, before] if compare else [now]

    for group, name in ((pos.assets, "assets"), (pos.liabilities, "liabilities"),
                        (pos.equity, "equity")):
        for section in group:
            rows.heading(section.label)
            for line in section.lines:
                rows.line(line.label, figures(line.amount, line.previous), line.note)
        rows.line(d(f"report.total.{name}"),
                  figures(getattr(pos, f"total_{name}"), pos.previous(name)), bold=True)
    rows.line(d("report.total.liabilities_equity"),
              figures(pos.total_liabilities_and_equity,
                      pos.previous("liabilities_and_equity")), bold=True)
    return [h2(d("report.position.title")),
            p(d("annualdoc.position_as_of", day=date_short(pos.as_of)), "caption"),
            rows.table(width)]


def income_table(fs: FinancialStatements, width: float) -> list:
    inc = fs.income
    periods = [inc.period] + ([inc.previous_period] if inc.previous_period else [])
    rows = _Rows(_head(d("annualdoc.col_item"), [column_label(x) for x in periods], False),
                 False)
    compare = inc.previous_period is not None
    section: Section
    for section in (inc.income, inc.expenses):
        rows.heading(section.label)
        for line in section.lines:
            rows.line(line.label, [line.amount] + ([line.previous] if compare else []))
        rows.line(d(f"report.total.{section.key}"),
                  [section.total] + ([section.previous_total] if compare else []), bold=True)
    rows.line(d("report.total.surplus"),
              [inc.surplus] + ([inc.previous_surplus] if compare else []), bold=True)
    return [h2(d("report.income.title")), rows.table(width)]


def cash_table(fs: FinancialStatements, width: float) -> list:
    cash = fs.cash
    rows = _Rows(_head(d("annualdoc.col_item"), [column_label(cash.period)], False), False)
    rows.line(d("report.cash.opening"), [cash.opening], bold=True)
    lines: tuple[Line, ...]
    for title, lines, total_key, total in (
            (d("report.cash.receipts"), cash.receipts, "report.cash.total_in", cash.total_in),
            (d("report.cash.payments"), cash.payments, "report.cash.total_out",
             cash.total_out)):
        rows.heading(title)
        for line in lines:
            rows.line(line.label, [line.amount])
        rows.line(d(total_key), [total], bold=True)
    rows.line(d("report.cash.closing"), [cash.closing], bold=True)
    for line in cash.accounts:
        rows.line(line.label, [line.amount])
    found = [h2(d("report.cash.title")), rows.table(width)]
    if cash.transfers:
        found.append(p(d("annualdoc.cash_transfers", amount=rp(cash.transfers)), "caption"))
    return found


def _note(note: Note, days: list, comparative: bool, width: float) -> list:
    found: list = [p(f"{note.number}. {note.title}", "heading")]
    found += [p(text, "justify") for text in note.paragraphs]
    for title, figures, columns in (("", note.figures, days),
                                    (note.details_title, note.details, note.details_days)):
        if not figures:
            continue
        compare = comparative and any(f.previous is not None for f in figures)
        heads = [date_short(day) for day in columns][:2 if compare else 1]
        if not heads:
            heads = [d("annualdoc.col_amount")]
        rows = _Rows(_head(title or d("annualdoc.col_item"), heads, False), False)
        for figure in figures:
            rows.line(figure.label, [figure.amount] + ([figure.previous] if compare else []))
        found += [gap(1), rows.table(width * 0.9)]
    return found


def notes_section(fs: FinancialStatements, width: float) -> list:
    notes = fs.notes
    pos = fs.position
    days = [pos.as_of] + ([pos.previous_as_of] if pos.previous_as_of else [])
    found: list = [h2(d("report.notes.title"))]
    if not notes.items:
        return [*found, nothing(d("annualdoc.notes_none"))]
    for note in notes.items:
        found += _note(note, days, notes.comparative, width)
    return found


def statements_flowables(fs: FinancialStatements, width: float) -> list:
    from reportlab.platypus import CondPageBreak, PageBreak

    return [p(d("annualdoc.statements_intro", market=fs.market), "justify"), gap(2),
            *position_table(fs, width), CondPageBreak(120 * MM), *income_table(fs, width),
            CondPageBreak(110 * MM), *cash_table(fs, width), PageBreak(),
            *notes_section(fs, width)]
