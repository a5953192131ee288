"""``sekretariat report annual --year Y [--to DIR] [--replace]``,
``report monthly --year Y --month M [--to DIR] [--replace]``: the report
to the asset owner (a PDF in ``exports/`` beside the database, or ``--to``)
made by services/reports/annual.py, the service the TUI calls; and
``report verify FILE.pdf``: whether the books still give the report's
figures (exit 0), or not (exit 5, with the journal entries posted since that
are dated in the period). Added to the ``report`` group by
``cli/reports.py`` (``COMMANDS``)."""

from __future__ import annotations

from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    error_text,
    flag,
    guarded,
    logged_in,
    out,
    progress_bar,
    say_error,
    say_note,
    say_ok,
    user_option,
)
from sekretariat.errors import EXIT_CHECK_FAILED, Conflict
from sekretariat.i18n import t

YearNumber = Annotated[str, typer.Option("--year", metavar="YYYY", show_default=False,
                                         help=t("cli.report.opt_year_number"))]
MonthNumber = Annotated[str, typer.Option("--month", metavar="M", show_default=False,
                                          help=t("cli.report.opt_month_number"))]
ToDir = Annotated[str | None, typer.Option("--to", metavar="DIR", show_default=False,
                                           help=t("cli.report.opt_to_dir"))]
Replace = Annotated[bool, flag("--replace", "cli.report.opt_replace")]


def _make(ctx: typer.Context, user: str | None, kind: str, chosen, to: str | None,
          replace: bool) -> None:  # type: ignore[no-untyped-def]
    from sekretariat.services.reports.annual import make_report

    _, session = logged_in(ctx, user)
    try:
        with progress_bar(t("cli.report.progress")) as report:
            done = make_report(session, chosen, kind, to_dir=to, replace=replace,
                               progress=report)
    except Conflict as exc:
        if exc.key == "annual.file_exists":
            say_error(error_text(exc))
            say_note(t("cli.report.replace_hint"))
            raise typer.Exit(exc.exit_code) from None
        raise
    say_ok(t("cli.report.written", path=str(done.path)))
    say_note(t("cli.report.fingerprint", fingerprint=done.fingerprint,
               audit=done.audit_position, journal=done.journal_position))
    if done.provisional:
        say_note(t("cli.report.provisional_note"))


def add_annual(group: typer.Typer) -> None:
    @group.command("annual", cls=Command, help=t("cli.report.annual_help"))
    @guarded
    def annual(ctx: typer.Context, year: YearNumber, to: ToDir = None, replace: Replace = False,
               user: Annotated[str | None, user_option()] = None) -> None:
        from sekretariat.services.reports import period

        _make(ctx, user, "annual", period.year_period(year), to, replace)


def add_monthly(group: typer.Typer) -> None:
    @group.command("monthly", cls=Command, help=t("cli.report.monthly_help"))
    @guarded
    def monthly(ctx: typer.Context, year: YearNumber, month: MonthNumber, to: ToDir = None,
                replace: Replace = False,
                user: Annotated[str | None, user_option()] = None) -> None:
        from sekretariat.services.reports import period

        _make(ctx, user, "monthly", period.month_period(year, month), to, replace)


def add_verify(group: typer.Typer) -> None:
    @group.command("verify", cls=Command, help=t("cli.report.verify_help"))
    @guarded
    def verify(ctx: typer.Context,
               file: Annotated[str, typer.Argument(metavar="FILE.pdf", show_default=False)],
               user: Annotated[str | None, user_option()] = None) -> None:
        from sekretariat.services.reports.verify import read_metadata, verify_report

        read_metadata(file)            # a wrong file is said before the password is asked
        _, session = logged_in(ctx, user)
        found = verify_report(session, file)
        _say(found)
        if not found.same:
            raise typer.Exit(EXIT_CHECK_FAILED)


def _say(found) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date

    label = found.period.label()
    recorded = found.recorded
    if found.same:
        say_ok(t("cli.report.verify_same", period=label, fingerprint=found.current))
        return
    say_error(t("cli.report.verify_changed", period=label, recorded=recorded.fingerprint,
                current=found.current))
    if found.journal_behind:
        say_note(t("cli.report.verify_ahead", journal=recorded.journal_position,
                   last=found.journal_now))
        return
    if not found.entries:
        say_note(t("cli.report.verify_no_entries"))
        return
    console = out()
    console.print(Text(t("cli.report.verify_entries", journal=recorded.journal_position,
                         end=fmt_date(found.period.end))))
    for entry in found.entries:
        tail = f" ({t('cli.report.verify_reverses', number=entry.reverses)})" \
            if entry.reverses else ""
        console.print(Text(f"  {entry.number}  {fmt_date(entry.entry_date)}  "
                           f"{entry.memo}  [{entry.source}]{tail}"))
    if found.more_entries:
        console.print(Text(f"  … +{found.more_entries}"))


COMMANDS = (add_annual, add_monthly, add_verify)
