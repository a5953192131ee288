"""``sekretariat print agreement|receipt|statement|reminder|reminders``: the PDF
documents of the leases module, written to ``exports/`` beside the database
(or ``--to DIR``)."""

from __future__ import annotations

from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    Group,
    as_of_option,
    flag,
    guarded,
    logged_in,
    parse_day,
    progress_bar,
    say_note,
    say_ok,
    user_option,
)
from sekretariat.errors import NotFound
from sekretariat.i18n import t


def nik_argument():  # type: ignore[no-untyped-def]
    return typer.Argument(metavar="NIK", show_default=False, help=t("cli.print.reminder_nik"))


def to_option():  # type: ignore[no-untyped-def]
    return typer.Option("--to", metavar="DIR", show_default=False, help=t("cli.print.opt_to"))


def print_group(app: typer.Typer) -> typer.Typer:
    """The ``print`` group (``register`` below made it) for an area adding its
    documents to it; made here if an area registers first."""
    found = next((g.typer_instance for g in app.registered_groups if g.name == "print"), None)
    if found is None:
        found = typer.Typer(cls=Group, name="print", help=t("cli.print.help"),
                            no_args_is_help=True, rich_markup_mode="rich")
        app.add_typer(found, name="print")
    return found


def register(app: typer.Typer) -> None:
    print_app = typer.Typer(cls=Group, name="print", help=t("cli.print.help"),
                            no_args_is_help=True, rich_markup_mode="rich")
    app.add_typer(print_app, name="print", rich_help_panel=t("cli.bill.panel"))
    @print_app.command("agreement", cls=Command, help=t("cli.print.agreement_help"))
    @guarded
    def agreement(
        ctx: typer.Context,
        number: Annotated[str, typer.Argument(metavar="SPS/YYYY/NNNNN", show_default=False,
                                              help=t("cli.print.agreement_number"))],
        to: Annotated[str | None, to_option()] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.leasing import documents, leases

        _, session = logged_in(ctx, user)
        lease = leases.find_lease(session, number)
        say_ok(t("cli.print.written", path=str(documents.lease_agreement_pdf(session, lease.id,
                                                                             to))))

    @print_app.command("receipt", cls=Command, help=t("cli.print.receipt_help"))
    @guarded
    def receipt(
        ctx: typer.Context,
        number: Annotated[str, typer.Argument(metavar="KW/YYYY/NNNNN", show_default=False,
                                              help=t("cli.print.receipt_number"))],
        a6: Annotated[bool, flag("--a6", "cli.print.opt_a6")] = False,
        to: Annotated[str | None, to_option()] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.leasing import documents, payments

        _, session = logged_in(ctx, user)
        payment = payments.find_payment(session, number)
        path = documents.receipt_pdf(session, payment.id, to, width="A6" if a6 else "80mm")
        say_ok(t("cli.print.written", path=str(path)))

    @print_app.command("reminder", cls=Command, help=t("cli.print.reminder_help"))
    @guarded
    def reminder(
        ctx: typer.Context,
        nik: Annotated[str, nik_argument()],
        as_of: Annotated[str | None, as_of_option("cli.arrears.opt_as_of")] = None,
        to: Annotated[str | None, to_option()] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.leasing import documents

        when = parse_day(as_of, "as_of")
        _, session = logged_in(ctx, user)
        trader = _trader(session, nik)
        path = documents.reminder_letter_pdf(session, trader.id, when, to)
        say_ok(t("cli.print.written", path=str(path)))

    @print_app.command("statement", cls=Command, help=t("cli.print.statement_help"))
    @guarded
    def statement(
        ctx: typer.Context,
        nik: Annotated[str, nik_argument()],
        date_from: Annotated[str | None, typer.Option(
            "--from", metavar=t("cli.metavar.date"), show_default=False,
            help=t("cli.print.opt_from"))] = None,
        date_to: Annotated[str | None, typer.Option(
            "--until", metavar=t("cli.metavar.date"), show_default=False,
            help=t("cli.print.opt_until"))] = None,
        to: Annotated[str | None, to_option()] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.leasing import documents

        first = parse_day(date_from, "date_from")
        last = parse_day(date_to, "date_to")
        _, session = logged_in(ctx, user)
        trader = _trader(session, nik)
        path = documents.statement_pdf(session, trader.id, first, last, to)
        say_ok(t("cli.print.written", path=str(path)))

    @print_app.command("reminders", cls=Command, help=t("cli.print.reminders_help"))
    @guarded
    def reminders(
        ctx: typer.Context,
        min_days: Annotated[int, typer.Option(
            "--min-days", min=0, max=100_000, metavar=t("cli.metavar.days"),
            help=t("cli.print.opt_min_days"))] = 30,
        as_of: Annotated[str | None, as_of_option("cli.arrears.opt_as_of")] = None,
        to: Annotated[str | None, to_option()] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.leasing import documents

        when = parse_day(as_of, "as_of")
        _, session = logged_in(ctx, user)
        with progress_bar(t("cli.print.reminders_working")) as report:
            written = documents.reminder_letters(session, when, min_days=min_days, folder=to,
                                                 on_progress=report)
        _print_reminders(written, min_days)


def _trader(session, nik: str):  # type: ignore[no-untyped-def]
    from sekretariat.services.leasing import traders

    trader = traders.find_by_nik(session, nik)
    if trader is None:
        raise NotFound("cli.print.no_trader", field="nik", nik=nik)
    return trader


def _print_reminders(written, min_days: int) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    from sekretariat.cli._base import out
    from sekretariat.money import format_rupiah

    if not written:
        say_note(t("cli.print.reminders_none", days=min_days))
        return
    table = Table()
    table.add_column(t("cli.bill.col_trader"), min_width=12, max_width=30)
    table.add_column(t("cli.arrears.col_stalls"), min_width=4, max_width=20)
    table.add_column(t("cli.arrears.col_days"), justify="right", no_wrap=True)
    table.add_column(t("cli.arrears.col_total"), justify="right", no_wrap=True)
    table.add_column(t("cli.print.col_file"), no_wrap=True)
    for letter in written:
        table.add_row(letter.trader_name, letter.stalls, str(letter.days_overdue),
                      format_rupiah(letter.overdue), letter.path.name)
    out().print(table)
    say_ok(t("cli.print.reminders_done", count=len(written), days=min_days,
             folder=str(written[0].path.parent)))
