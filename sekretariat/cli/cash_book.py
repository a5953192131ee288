"""``sekretariat cash-book``: the cash book (1-100 Kas or 1-110 Bank) of a
period, every movement with its running balance, as a table with totals or
as CSV (every page of it)."""

from __future__ import annotations

from typing import Annotated

import typer

from sekretariat.cli._base import Command, flag, guarded, logged_in, out, parse_day, say_note, \
    user_option
from sekretariat.errors import ValidationError
from sekretariat.i18n import t

ACCOUNTS = {"kas": "1-100", "cash": "1-100", "1-100": "1-100",
            "bank": "1-110", "1-110": "1-110"}


def register(app: typer.Typer, panel: str) -> None:
    @app.command("cash-book", cls=Command, help=t("cli.cash.book_help"), rich_help_panel=panel)
    @guarded
    def cash_book(
        ctx: typer.Context,
        date_from: Annotated[str | None, typer.Option(
            "--from", metavar=t("cli.metavar.date"), show_default=False,
            help=t("cli.cash.opt_from"))] = None,
        date_to: Annotated[str | None, typer.Option(
            "--to", metavar=t("cli.metavar.date"), show_default=False,
            help=t("cli.cash.opt_to"))] = None,
        account: Annotated[str, typer.Option("--account", metavar="kas|bank",
                                             help=t("cli.cash.opt_account"))] = "kas",
        source: Annotated[str | None, typer.Option(
            "--source", metavar=t("cli.cash.metavar_source"), show_default=False,
            help=t("cli.cash.opt_source"))] = None,
        as_csv: Annotated[bool, flag("--csv", "cli.opt.csv")] = False,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat import clock
        from sekretariat.services.cash import book

        code = ACCOUNTS.get(account.strip().lower())
        if code is None:
            raise typer.BadParameter(t("cli.cash.account_choice"), param_hint="--account")
        last = parse_day(date_to, "last") or clock.today()
        first = parse_day(date_from, "first") or last.replace(day=1)
        _, session = logged_in(ctx, user)
        if source:
            known = dict(book.sources_in_use())
            if source not in known:
                raise ValidationError("cli.cash.source_unknown", field="source", source=source,
                                      known=", ".join(known) or "-")
        pages = _pages(session, first, last, code, source or None)
        if as_csv:
            _csv(pages)
        else:
            _table(pages)


def _pages(session, first, last, code, source):  # type: ignore[no-untyped-def]
    """Every page of the book, one after the other (a generator)."""
    from sekretariat.services.cash import book

    page = book.cash_book(session, first, last, account=code, source=source)
    yield page
    for number in range(2, page.pages + 1):
        yield book.cash_book(session, first, last, account=code, source=source, page=number)


def _csv(pages) -> None:  # type: ignore[no-untyped-def]
    import csv
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["date", "number", "source", "reference", "memo", "money_in", "money_out",
                     "balance"])
    for page in pages:
        for r in page.rows:
            writer.writerow([r.entry_date.isoformat(), r.number, r.source, r.source_ref or "",
                             r.memo, r.money_in, r.money_out, r.balance])


def _table(pages) -> None:  # type: ignore[no-untyped-def]
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date
    from sekretariat.money import format_rupiah as rp
    from sekretariat.services.cash.book import source_label

    first_page = None
    table = Table(show_footer=True, box=box.SIMPLE_HEAD)
    for page in pages:
        if first_page is None:
            first_page = page
            label = t(f"cash.account.{page.account}")
            title = t("cli.cash.book_title", account=f"{page.account} {label}",
                      first=fmt_date(page.first), last=fmt_date(page.last))
            if page.source:
                title += f" · {source_label(page.source)}"
            out().print(Text(title, style="bold"))
            table.add_column(t("field.day"), no_wrap=True, footer=t("cli.cash.book_total"))
            table.add_column(t("cli.cash.col_number"), no_wrap=True)
            table.add_column(t("cli.cash.col_memo"), min_width=18)
            table.add_column(t("cli.cash.col_in"), justify="right", no_wrap=True,
                             footer=rp(page.total_in))
            table.add_column(t("cli.cash.col_out"), justify="right", no_wrap=True,
                             footer=rp(page.total_out))
            table.add_column(t("cli.cash.col_balance"), justify="right", no_wrap=True,
                             footer=rp(page.closing) if not page.source else "")
            table.add_row(fmt_date(page.first), "", Text(t("cli.cash.opening"), style="italic"),
                          "", "", rp(page.opening))
        for r in page.rows:
            table.add_row(fmt_date(r.entry_date), r.number,
                          Text(r.memo) + Text(f" · {source_label(r.source)}", style="dim"),
                          rp(r.money_in) if r.money_in else "",
                          rp(r.money_out) if r.money_out else "", rp(r.balance))
    out().print(table)
    if first_page is not None and not first_page.row_count:
        say_note(t("cli.cash.book_empty"))
    if first_page is not None:
        say_note(t("cli.cash.book_closing", day=fmt_date(first_page.last),
                   balance=rp(first_page.closing)))
