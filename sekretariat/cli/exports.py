"""``sekretariat export ledgers --year Y | --from D --to D [--out DIR]
[--replace]``: the Excel workbook of the books for whoever audits them,
written to ``exports/`` beside the database (or ``--out DIR``) by
services/reports/ledgers.py, the service the TUI calls. ``--from/--to`` are
the period's dates, as the issue names them and as ``cash-book`` and
``report statements`` take them."""

from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    Group,
    error_text,
    flag,
    guarded,
    logged_in,
    parse_day,
    progress_bar,
    say_error,
    say_note,
    say_ok,
    user_option,
)
from sekretariat.errors import Conflict
from sekretariat.i18n import t


def register(app: typer.Typer) -> typer.Typer:
    export_app = typer.Typer(cls=Group, name="export", help=t("cli.export.help"),
                             no_args_is_help=True, rich_markup_mode="rich")
    app.add_typer(export_app, name="export", rich_help_panel=t("cli.report.panel"))

    @export_app.command("ledgers", cls=Command, help=t("cli.export.ledgers_help"))
    @guarded
    def ledgers(
        ctx: typer.Context,
        year: Annotated[str | None, typer.Option(
            "--year", metavar="YYYY", show_default=False, help=t("cli.export.opt_year"))] = None,
        date_from: Annotated[str | None, typer.Option(
            "--from", metavar=t("cli.metavar.date"), show_default=False,
            help=t("cli.export.opt_from"))] = None,
        date_until: Annotated[str | None, typer.Option(
            "--to", metavar=t("cli.metavar.date"), show_default=False,
            help=t("cli.export.opt_until"))] = None,
        to: Annotated[str | None, typer.Option(
            "--out", metavar="DIR", show_default=False, help=t("cli.print.opt_to"))] = None,
        replace: Annotated[bool, flag("--replace", "cli.export.opt_replace")] = False,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.money import format_number
        from sekretariat.services.reports import ledgers as service

        first, last = parse_day(date_from, "date_from"), parse_day(date_until, "date_to")
        _, session = logged_in(ctx, user)
        period = service.choose_period(year, first, last)
        try:
            with progress_bar(t("cli.export.progress")) as report:
                done = service.export_ledgers(session, period, to_dir=to, replace=replace,
                                              progress=report)
        except Conflict as exc:
            if exc.key == "ledgers.file_exists":
                say_error(error_text(exc))
                say_note(t("cli.export.replace_hint"))
                raise typer.Exit(exc.exit_code) from None
            raise
        say_ok(t("cli.export.written", path=str(done.path)))
        say_note(t("cli.export.summary", period=period.label(),
                   lines=format_number(done.journal_lines),
                   sheets=", ".join(done.sheets)))
        if done.provisional:
            say_note(t("cli.export.provisional"))

    return export_app
