"""``sekretariat report ...``: what leaves the office.

``report statements --year Y | --month YYYY-MM | --from D --to D [--notes]
[--csv]`` prints the SAK EMKM financial statements of the period (Laporan
Posisi Keuangan, Laporan Laba Rugi, Ringkasan Kas; ``--notes``: the Catatan
too) from ``services/reports/financial.py``, the one read the annual report
makes too. CSV: one row per line and total of the three statements, money in
plain whole Rupiah.

The group is easy to extend: a command lives in its own module as
``add(group)`` and is listed in ``COMMANDS``; ``period_options`` /
``chosen_period`` give every report the same period options.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from sekretariat.cli._base import (
    Command,
    Group,
    flag,
    guarded,
    logged_in,
    out,
    parse_day,
    print_wide,
    user_option,
)
from sekretariat.cli.report_files import COMMANDS as REPORT_FILES
from sekretariat.i18n import t


# --- the period every report asks for --------------------------------------------------

def _option(name: str, help_key: str, metavar: str) -> Any:
    return typer.Option(name, metavar=metavar, show_default=False, help=t(help_key))


YearOption = Annotated[str | None, _option("--year", "cli.report.opt_year", "YYYY")]
MonthOption = Annotated[str | None, _option("--month", "cli.report.opt_month", "YYYY-MM")]
FromOption = Annotated[str | None, _option("--from", "cli.report.opt_from", "DATE")]
ToOption = Annotated[str | None, _option("--to", "cli.report.opt_to", "DATE")]


def chosen_period(year: str | None, month: str | None, first: str | None,
                  last: str | None):  # type: ignore[no-untyped-def]
    """The Period of ``--year`` | ``--month`` | ``--from`` + ``--to`` (exactly one)."""
    from sekretariat.i18n.formats import parse_period
    from sekretariat.services.reports import period

    given = [year is not None, month is not None, first is not None or last is not None]
    if sum(given) != 1 or (given[2] and (first is None or last is None)):
        from sekretariat.cli._usage import _localise

        refusal = typer.BadParameter(t("cli.report.period_needed"),
                                     param_hint="--year/--month/--from")
        _localise(refusal)   # raised while the command runs: say it in the user's language
        raise refusal
    if year is not None:
        return period.year_period(year)
    if month is not None:
        return period.month_period(*parse_period(month, field="month"))
    return period.span(parse_day(first, "date_from"), parse_day(last, "date_to"))


# --- the group -------------------------------------------------------------------------

def add_statements(group: typer.Typer) -> None:
    @group.command("statements", cls=Command, help=t("cli.report.statements_help"))
    @guarded
    def statements(ctx: typer.Context, year: YearOption = None, month: MonthOption = None,
                   date_from: FromOption = None, date_to: ToOption = None,
                   with_notes: Annotated[bool, flag("--notes", "cli.report.opt_notes")] = False,
                   as_csv: Annotated[bool, flag("--csv", "cli.report.opt_csv")] = False,
                   user: Annotated[str | None, user_option()] = None) -> None:
        from sekretariat.services.reports.financial import financial_statements

        chosen = chosen_period(year, month, date_from, date_to)
        _, session = logged_in(ctx, user)
        found = financial_statements(session, chosen)
        if as_csv:
            _csv(found)
            return
        _print(found, with_notes)


#: Every command of the group, each added by its own ``add(group)``.
COMMANDS: tuple[Callable[[typer.Typer], None], ...] = (add_statements, *REPORT_FILES)


def register(app: typer.Typer) -> typer.Typer:
    group = typer.Typer(cls=Group, name="report", help=t("cli.report.help"),
                        no_args_is_help=True, rich_markup_mode="rich")
    app.add_typer(group, name="report", rich_help_panel=t("cli.report.panel"))
    for add in COMMANDS:
        add(group)
    return group


# --- CSV -------------------------------------------------------------------------------

def csv_rows(found) -> list[list[Any]]:  # type: ignore[no-untyped-def]
    """statement, section, key, label, note, amount, previous (blank: none)."""
    rows: list[list[Any]] = []

    def add(statement: str, section: str, key: str, label: str, note, amount, previous) -> None:  # type: ignore[no-untyped-def]
        rows.append([statement, section, key, label, "" if note is None else note, amount,
                     "" if previous is None else previous])

    position, income, cash = found.position, found.income, found.cash
    for group in (position.assets, position.liabilities, position.equity):
        for section in group:
            for line in section.lines:
                add("position", section.key, line.key, line.label, line.note, line.amount,
                    line.previous)
            add("position", section.key, "total", section.label, None, section.total,
                section.previous_total)
    for key, name in (("total_assets", "assets"), ("total_liabilities", "liabilities"),
                      ("total_equity", "equity"),
                      ("total_liabilities_equity", "liabilities_and_equity")):
        total = position.total_liabilities_and_equity if name == "liabilities_and_equity" \
            else getattr(position, f"total_{name}")
        add("position", "", key, t(f"report.total.{key[6:]}"), None, total,
            position.previous(name))
    for section in (income.income, income.expenses):
        for line in section.lines:
            add("income", section.key, line.key, line.label, None, line.amount, line.previous)
        add("income", section.key, "total", section.label, None, section.total,
            section.previous_total)
    add("income", "", "surplus", t("report.total.surplus"), None, income.surplus,
        income.previous_surplus)
    add("cash", "", "opening", t("report.cash.opening"), None, cash.opening, None)
    for section, lines in (("receipts", cash.receipts), ("payments", cash.payments)):
        for line in lines:
            add("cash", section, line.key, line.label, None, line.amount, None)
    add("cash", "receipts", "total", t("report.cash.total_in"), None, cash.total_in, None)
    add("cash", "payments", "total", t("report.cash.total_out"), None, cash.total_out, None)
    add("cash", "", "transfers", t("report.cash.transfers"), None, cash.transfers, None)
    add("cash", "", "closing", t("report.cash.closing"), None, cash.closing, None)
    for line in cash.accounts:
        add("cash", "closing", line.key, line.label, None, line.amount, None)
    return rows


def _csv(found) -> None:  # type: ignore[no-untyped-def]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["statement", "section", "key", "label", "note", "amount", "previous"])
    writer.writerows(csv_rows(found))


# --- tables ----------------------------------------------------------------------------

def _rp(amount: int | None) -> str:
    from sekretariat.money import format_rupiah

    return "" if amount is None else format_rupiah(amount)


def _table(title: str, columns: list[str], *, with_note: bool = False):  # type: ignore[no-untyped-def]
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title), title_justify="left", title_style="bold",
                  box=box.SIMPLE_HEAD)
    table.add_column(Text(t("cli.report.col_item")), overflow="fold")
    if with_note:
        table.add_column(Text(t("cli.report.col_note")), justify="right", no_wrap=True)
    for column in columns:
        table.add_column(Text(column), justify="right", no_wrap=True)
    return table


def _row(table, label: str, figures: list[int | None], *, note: int | None = None,
         style: str | None = None, indent: bool = True, with_note: bool = False) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    cells: list[Any] = [Text(("  " if indent else "") + label)]
    if with_note:
        cells.append("" if note is None else str(note))
    table.add_row(*cells, *(_rp(f) for f in figures), style=style)


def _print(found, with_notes: bool) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date

    position, income, cash = found.position, found.income, found.cash
    console = out()
    console.print(Text(t("cli.report.heading", market=found.market,
                         title=t("report.statements.title"), period=position.period.label()),
                       style="bold"))
    if position.provisional:
        console.print(Text(t("report.provisional"), style="bold yellow"))
    # Laporan Posisi Keuangan
    days = [position.as_of] + ([position.previous_as_of] if position.previous_as_of else [])
    table = _table(t("report.position.title"),
                   [t("cli.report.as_of", day=fmt_date(day)) for day in days], with_note=True)
    compare = position.previous_as_of is not None

    def figures(now: int | None, before: int | None) -> list[int | None]:
        return [now, before] if compare else [now]

    for group, total_key, name in ((position.assets, "assets", "assets"),
                                   (position.liabilities, "liabilities", "liabilities"),
                                   (position.equity, "equity", "equity")):
        for section in group:
            _row(table, section.label, [], style="bold", indent=False, with_note=True)
            for line in section.lines:
                _row(table, line.label, figures(line.amount, line.previous), note=line.note,
                     with_note=True)
        _row(table, t(f"report.total.{total_key}"),
             figures(getattr(position, f"total_{name}"), position.previous(name)),
             style="bold", indent=False, with_note=True)
        if name == "equity":
            _row(table, t("report.total.liabilities_equity"),
                 figures(position.total_liabilities_and_equity,
                         position.previous("liabilities_and_equity")),
                 style="bold", indent=False, with_note=True)
        table.add_section()
    print_wide(table)
    # Laporan Laba Rugi
    periods = [income.period] + ([income.previous_period] if income.previous_period else [])
    table = _table(t("report.income.title"), [p.label() for p in periods])
    for section in (income.income, income.expenses):
        _row(table, section.label, [], style="bold", indent=False)
        for line in section.lines:
            _row(table, line.label, [line.amount] + ([line.previous] if len(periods) > 1 else []))
        _row(table, t(f"report.total.{section.key}"),
             [section.total] + ([section.previous_total] if len(periods) > 1 else []),
             style="bold", indent=False)
        table.add_section()
    _row(table, t("report.total.surplus"),
         [income.surplus] + ([income.previous_surplus] if len(periods) > 1 else []),
         style="bold", indent=False)
    print_wide(table)
    # Ringkasan kas
    table = _table(t("report.cash.title"), [cash.period.label()])
    _row(table, t("report.cash.opening"), [cash.opening], style="bold", indent=False)
    for title, lines, total in ((t("report.cash.receipts"), cash.receipts,
                                 ("report.cash.total_in", cash.total_in)),
                                (t("report.cash.payments"), cash.payments,
                                 ("report.cash.total_out", cash.total_out))):
        table.add_section()
        _row(table, title, [], style="bold", indent=False)
        for line in lines:
            _row(table, line.label, [line.amount])
        _row(table, t(total[0]), [total[1]], style="bold", indent=False)
    table.add_section()
    _row(table, t("report.cash.closing"), [cash.closing], style="bold", indent=False)
    for line in cash.accounts:
        _row(table, line.label, [line.amount])
    if cash.transfers:
        _row(table, t("report.cash.transfers"), [cash.transfers], style="dim")
    print_wide(table)
    if with_notes:
        _print_notes(found.notes, days)


def _print_notes(notes, days) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date

    console = out()
    console.print(Text(t("report.notes.title"), style="bold"))
    for note in notes.items:
        console.print()
        console.print(Text(f"{note.number}. {note.title}", style="bold"))
        for paragraph in note.paragraphs:
            console.print(Text(paragraph))
        for title, figures, columns in (("", note.figures, days),
                                        (note.details_title, note.details, note.details_days)):
            if not figures:
                continue
            compare = notes.comparative and any(f.previous is not None for f in figures)
            headings = [t("cli.report.as_of", day=fmt_date(day)) for day in columns]
            table = _table(title, headings[:2 if compare else 1])
            for figure in figures:
                _row(table, figure.label, [figure.amount] + ([figure.previous] if compare else []))
            print_wide(table)
