"""Laporan keuangan on screen: the SAK EMKM statements of a period as
``services.reports.financial.financial_statements`` gives them — Laporan
Posisi Keuangan (with the comparative column), Laporan Laba Rugi, Ringkasan
Kas and the Catatan — as Rich tables in one scrolling view. Every figure is
the service's; nothing is summed here."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.views.base import BaseScreen

_PARTS = Binding.Group("tui.reports.key.jump", compact=True)


def _rp(amount: int | None) -> str:
    return "" if amount is None else format_rupiah(amount)


def _table(title: str, columns: list[str], *, with_note: bool = False) -> Table:
    table = Table(title=Text(title), title_justify="left", title_style="bold",
                  box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    table.add_column(Text(t("tui.reports.col_item")), overflow="fold", ratio=1)
    if with_note:
        table.add_column(Text(t("tui.reports.col_note")), justify="right", no_wrap=True)
    for column in columns:
        table.add_column(Text(column, justify="right"), justify="right", no_wrap=True)
    return table


def _row(table: Table, label: str, figures: list[int | None], *, note: int | None = None,
         bold: bool = False, indent: bool = True, with_note: bool = False) -> None:
    cells: list[Any] = [Text(("  " if indent else "") + label)]
    if with_note:
        cells.append("" if note is None else str(note))
    table.add_row(*cells, *(_rp(f) for f in figures), style="bold" if bold else None)


def position_table(position) -> Table:  # type: ignore[no-untyped-def]
    days = [position.as_of] + ([position.previous_as_of] if position.previous_as_of else [])
    table = _table(t("report.position.title"),
                   [t("tui.reports.as_of", day=fmt_date(day)) for day in days], with_note=True)
    compare = position.previous_as_of is not None

    def figures(now: int | None, before: int | None) -> list[int | None]:
        return [now, before] if compare else [now]

    for group, name in ((position.assets, "assets"), (position.liabilities, "liabilities"),
                        (position.equity, "equity")):
        for section in group:
            _row(table, section.label, [], bold=True, indent=False, with_note=True)
            for line in section.lines:
                _row(table, line.label, figures(line.amount, line.previous), note=line.note,
                     with_note=True)
        _row(table, t(f"report.total.{name}"),
             figures(getattr(position, f"total_{name}"), position.previous(name)),
             bold=True, indent=False, with_note=True)
        if name == "equity":
            _row(table, t("report.total.liabilities_equity"),
                 figures(position.total_liabilities_and_equity,
                         position.previous("liabilities_and_equity")),
                 bold=True, indent=False, with_note=True)
        table.add_section()
    return table


def income_table(income) -> Table:  # type: ignore[no-untyped-def]
    periods = [income.period] + ([income.previous_period] if income.previous_period else [])
    compare = len(periods) > 1
    table = _table(t("report.income.title"), [p.label() for p in periods])
    for section in (income.income, income.expenses):
        _row(table, section.label, [], bold=True, indent=False)
        for line in section.lines:
            _row(table, line.label, [line.amount] + ([line.previous] if compare else []))
        _row(table, t(f"report.total.{section.key}"),
             [section.total] + ([section.previous_total] if compare else []),
             bold=True, indent=False)
        table.add_section()
    _row(table, t("report.total.surplus"),
         [income.surplus] + ([income.previous_surplus] if compare else []),
         bold=True, indent=False)
    return table


def cash_table(cash) -> Table:  # type: ignore[no-untyped-def]
    table = _table(t("report.cash.title"), [cash.period.label()])
    _row(table, t("report.cash.opening"), [cash.opening], bold=True, indent=False)
    for title, lines, total_key, total in (
            (t("report.cash.receipts"), cash.receipts, "report.cash.total_in", cash.total_in),
            (t("report.cash.payments"), cash.payments, "report.cash.total_out",
             cash.total_out)):
        table.add_section()
        _row(table, title, [], bold=True, indent=False)
        for line in lines:
            _row(table, line.label, [line.amount])
        _row(table, t(total_key), [total], bold=True, indent=False)
    table.add_section()
    _row(table, t("report.cash.closing"), [cash.closing], bold=True, indent=False)
    for line in cash.accounts:
        _row(table, line.label, [line.amount])
    if cash.transfers:
        _row(table, t("report.cash.transfers"), [cash.transfers])
    return table


def note_parts(notes, days) -> list[Any]:  # type: ignore[no-untyped-def]
    """The Catatan: per note its title, paragraphs and figures."""
    parts: list[Any] = []
    for note in notes.items:
        parts.append(Text(f"{note.number}. {note.title}", style="bold"))
        parts.extend(Text(paragraph) for paragraph in note.paragraphs)
        for title, figures, columns in (("", note.figures, days),
                                        (note.details_title, note.details, note.details_days)):
            if not figures:
                continue
            compare = notes.comparative and any(f.previous is not None for f in figures)
            headings = [t("tui.reports.as_of", day=fmt_date(day)) for day in columns]
            table = _table(title, headings[:2 if compare else 1])
            for figure in figures:
                _row(table, figure.label,
                     [figure.amount] + ([figure.previous] if compare else []))
            parts.append(table)
        parts.append(Text(""))
    return parts


class StatementsScreen(BaseScreen):
    CSS_PATH = "../styles/reports.tcss"
    HELP_KEY = "tui.reports.statements.help"
    TITLE_KEY = "tui.reports.statements.title"
    AUTO_FOCUS = "#statements-body"

    BINDINGS = [
        Binding("1", "jump('position')", "tui.reports.key.position", id="statements.position",
                group=_PARTS),
        Binding("2", "jump('income')", "tui.reports.key.income", id="statements.income",
                group=_PARTS),
        Binding("3", "jump('cash')", "tui.reports.key.cash", id="statements.cash",
                group=_PARTS),
        Binding("4", "jump('notes')", "tui.reports.key.notes", id="statements.notes",
                group=_PARTS),
    ]

    def __init__(self, found) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.found = found

    def compose(self) -> ComposeResult:
        found = self.found
        position = found.position
        yield Static(t("tui.reports.statements.title") + " · " + t(
            "tui.reports.statements.heading", market=found.market,
            period=position.period.label()), classes="screen-title", markup=False)
        if position.provisional:
            yield Static(t("report.provisional"), id="statements-provisional", markup=False)
        days = [position.as_of] + ([position.previous_as_of] if position.previous_as_of
                                   else [])
        with VerticalScroll(id="statements-body"):
            yield Static(position_table(position), id="part-position")
            yield Static(income_table(found.income), id="part-income")
            yield Static(cash_table(found.cash), id="part-cash")
            yield Static(Text(t("report.notes.title"), style="bold underline"),
                         id="part-notes")
            for number, part in enumerate(note_parts(found.notes, days)):
                yield Static(part, classes="note-part", id=f"note-{number}")
        yield Footer()

    def action_jump(self, part: str) -> None:
        body = self.query_one("#statements-body", VerticalScroll)
        body.scroll_to_widget(self.query_one(f"#part-{part}"), top=True, animate=False)
