"""Leases and billing: ``bill`` a month, ``arrears`` (table or CSV) and
``late-fees``, all through services/billing.py and services/statements.py.

``bill`` and ``late-fees`` show their plan first (a preview from the same
service), then post it after a confirmation (``--yes`` skips it; declining is
exit 1). Billing a month that is already billed is refused by the service
(``invoice.period_already_billed``): the message is shown and the exit code
is 3, like every refusal, so a script can tell "nothing new" from "billed".
"""


from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    as_of_option,
    flag,
    guarded,
    logged_in,
    out,
    parse_day,
    print_wide,
    say_error,
    say_note,
    say_ok,
    user_option,
)
from sekretariat.errors import EXIT_ABORTED
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_period

#: Rows in the arrears table when --limit is not given (the CSV has them all).
TABLE_LIMIT = 100
ALL_ROWS = 1_000_000_000

CSV_COLUMNS = ("trader_id", "trader", "stalls", "oldest_due", "days_overdue", "invoices",
               "not_due", "d0_30", "d31_60", "d61_90", "d90_plus", "overdue", "total")


def confirm_or_abort(question: str) -> None:
    """Ask on stderr (stdout stays clean); declining is exit 1, nothing written."""
    if not typer.confirm(question, default=False, err=True):
        say_error(t("cli.aborted"))
        raise typer.Exit(EXIT_ABORTED)


def register(app: typer.Typer) -> None:
    panel = t("cli.bill.panel")

    # --- bill ------------------------------------------------------------------

    @app.command("bill", cls=Command, help=t("cli.bill.help"), rich_help_panel=panel)
    @guarded
    def bill(
        ctx: typer.Context,
        period: Annotated[str, typer.Argument(
            metavar=t("cli.bill.metavar_period"), show_default=False,
            help=t("cli.bill.arg_period"))],
        preview: Annotated[bool, flag("--preview", "cli.bill.opt_preview")] = False,
        yes: Annotated[bool, flag("--yes", "cli.bill.opt_yes")] = False,
        issue: Annotated[str | None, typer.Option(
            "--date", metavar=t("cli.metavar.date"), show_default=False,
            help=t("cli.bill.opt_date"))] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.leasing import billing

        year, month = parse_period(period)
        issue_date = parse_day(issue, "issue_date")
        st, session = logged_in(ctx, user)
        plan = billing.bill_period(session, year, month, preview=True, issue_date=issue_date)
        _print_billing(plan)
        if preview:
            say_note(t("cli.bill.preview_note"))
            return
        if not plan.lines and not plan.already_billed:
            say_note(t("cli.bill.nothing"))
            return
        if plan.lines and not yes:
            confirm_or_abort(t("cli.bill.confirm", count=len(plan.lines),
                               total=_rupiah(plan.total)))
        # with nothing new the service refuses (period_already_billed): exit 3
        run = billing.bill_period(session, year, month, issue_date=issue_date)
        first, last = _numbers(line.invoice_number for line in run.lines)
        say_ok(t("cli.bill.done", count=len(run.lines), total=_rupiah(run.total),
                 first=first, last=last))
        if run.credit_applied:
            say_note(t("cli.bill.credit_applied", amount=_rupiah(run.credit_applied)))

    # --- arrears ---------------------------------------------------------------

    @app.command("arrears", cls=Command, help=t("cli.arrears.help"), rich_help_panel=panel)
    @guarded
    def arrears(
        ctx: typer.Context,
        as_of: Annotated[str | None, as_of_option("cli.arrears.opt_as_of")] = None,
        as_csv: Annotated[bool, flag("--csv", "cli.arrears.opt_csv")] = False,
        limit: Annotated[int | None, typer.Option(
            "--limit", min=1, max=1_000_000, show_default=False,
            help=t("cli.arrears.opt_limit"))] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.leasing import statements

        when = parse_day(as_of, "as_of")
        st, session = logged_in(ctx, user)
        rows_wanted = limit if limit is not None else (ALL_ROWS if as_csv else TABLE_LIMIT)
        page = statements.list_arrears(session, when, limit=rows_wanted)
        if as_csv:
            _write_arrears_csv(page.rows)
            return
        _print_arrears(page)

    # --- late fees -------------------------------------------------------------

    @app.command("late-fees", cls=Command, help=t("cli.latefees.help"), rich_help_panel=panel)
    @guarded
    def late_fees(
        ctx: typer.Context,
        as_of: Annotated[str | None, as_of_option("cli.latefees.opt_as_of")] = None,
        preview: Annotated[bool, flag("--preview", "cli.latefees.opt_preview")] = False,
        yes: Annotated[bool, flag("--yes", "cli.bill.opt_yes")] = False,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.leasing import late_fees

        when = parse_day(as_of, "as_of")
        st, session = logged_in(ctx, user)
        plan = late_fees.assess_late_fees(session, when, preview=True)
        _print_late_fees(plan)
        if preview:
            say_note(t("cli.bill.preview_note"))
            return
        if not plan.lines:
            return
        if not yes:
            confirm_or_abort(t("cli.latefees.confirm", count=len(plan.lines),
                               total=_rupiah(plan.total)))
        run = late_fees.assess_late_fees(session, plan.as_of)
        if not run.lines:
            say_note(t("cli.latefees.nothing", day=_date(run.as_of)))
            return
        first, last = _numbers(line.late_fee_number for line in run.lines)
        say_ok(t("cli.latefees.done", count=len(run.lines), total=_rupiah(run.total),
                 first=first, last=last))


# --- output ------------------------------------------------------------------

def _rupiah(amount: int) -> str:
    from sekretariat.money import format_rupiah

    return format_rupiah(amount)


def _date(day) -> str:  # type: ignore[no-untyped-def]
    from sekretariat.i18n.formats import fmt_date

    return fmt_date(day)


def _numbers(numbers) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    found = [n for n in numbers if n]
    return (found[0], found[-1]) if found else ("-", "-")


def _period_label(year: int, month: int) -> str:
    import datetime as dt

    from babel.dates import format_date

    from sekretariat.i18n import get_language

    return format_date(dt.date(year, month, 1), "MMMM y",
                       locale="id_ID" if get_language() == "id" else "en_GB")


def _print_billing(run) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    out().print(Text(t("cli.bill.title", period=_period_label(run.year, run.month),
                       day=_date(run.issue_date)), style="bold"))
    if run.lines:
        table = Table(show_footer=True)
        table.add_column(t("cli.bill.col_stall"), no_wrap=True, style="bold")
        table.add_column(t("cli.bill.col_trader"), min_width=12, max_width=30,
                         footer=t("cli.bill.col_total"))
        table.add_column(t("cli.bill.col_period"), no_wrap=True)
        table.add_column(t("cli.bill.col_days"), justify="right", no_wrap=True)
        table.add_column(t("cli.bill.col_due"), no_wrap=True)
        table.add_column(t("cli.bill.col_amount"), justify="right", no_wrap=True,
                         footer=_rupiah(run.total))
        for line in run.lines:
            days = (f"{line.billed_days}/{line.period_days}" if line.prorated
                    else str(line.billed_days))
            table.add_row(line.stall_code, line.trader_name,
                          f"{_date(line.period_start)} – {_date(line.period_end)}", days,
                          _date(line.due_date), _rupiah(line.amount))
        print_wide(table)
        out().print(t("cli.bill.summary", count=len(run.lines), total=_rupiah(run.total)))
    if run.already_billed:
        say_note(t("cli.bill.already", count=run.already_billed))
    if not run.lines:
        say_note(t("cli.bill.none_new"))


def _print_late_fees(run) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    out().print(Text(t("cli.latefees.title", day=_date(run.as_of)), style="bold"))
    if not run.lines:
        say_note(t("cli.latefees.nothing", day=_date(run.as_of)))
        return
    table = Table(show_footer=True)
    table.add_column(t("cli.bill.col_trader"), min_width=12, max_width=30,
                     footer=t("cli.bill.col_total"))
    table.add_column(t("cli.latefees.col_invoice"), no_wrap=True)
    table.add_column(t("cli.bill.col_due"), no_wrap=True)
    table.add_column(t("cli.latefees.col_month"), justify="right", no_wrap=True)
    table.add_column(t("cli.latefees.col_open"), justify="right", no_wrap=True)
    table.add_column(t("cli.latefees.col_rate"), justify="right", no_wrap=True)
    table.add_column(t("cli.latefees.col_fee"), justify="right", no_wrap=True,
                     footer=_rupiah(run.total))
    for line in run.lines:
        table.add_row(line.trader_name, line.invoice_number, _date(line.due_date),
                      str(line.month), _rupiah(line.open_amount), _percent(line.late_fee_bp),
                      _rupiah(line.fee))
    print_wide(table)
    out().print(t("cli.latefees.summary", count=len(run.lines), total=_rupiah(run.total)))


def _percent(bp: int) -> str:
    from sekretariat.i18n import get_language

    text = f"{bp / 100:.2f}".rstrip("0").rstrip(".")
    return (text.replace(".", ",") if get_language() == "id" else text) + "%"


def _print_arrears(page) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    from sekretariat.services.leasing import statements

    out().print(Text(t("cli.arrears.title", day=_date(page.as_of)), style="bold"))
    if not page.rows:
        say_note(t("cli.arrears.none"))
        return
    totals = page.totals
    table = Table(show_footer=True)
    for key in statements.ARREARS_COLUMNS:  # the same columns as the TUI's Tunggakan
        label = t(f"arrears.col.{key}")
        if key == "trader":
            table.add_column(label, min_width=12, max_width=30,
                             footer=t("arrears.market_total", count=page.traders))
        elif key == "stalls":
            table.add_column(label, min_width=4, max_width=20)
        elif key in statements.ARREARS_MONEY:
            table.add_column(label, justify="right", no_wrap=True,
                             footer=_rupiah(getattr(totals, key)))
        else:
            table.add_column(label, justify="right" if key == "days" else "left", no_wrap=True)
    for row in page.rows:
        table.add_row(row.trader_name, row.stalls, _date(row.oldest_due),
                      str(max(row.days_overdue, 0)),
                      *(_rupiah(getattr(row, k)) if getattr(row, k) else ""
                        for k in statements.ARREARS_MONEY))
    print_wide(table)
    out().print(t("arrears.summary", traders=page.traders, day=_date(page.as_of),
                  **{k: _rupiah(getattr(totals, k)) for k in statements.ARREARS_MONEY}))
    if page.has_more:
        say_note(t("cli.arrears.more", shown=len(page.rows), count=page.traders))


def _write_arrears_csv(rows) -> None:  # type: ignore[no-untyped-def]
    import csv
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow([r.trader_id, r.trader_name, r.stalls, r.oldest_due.isoformat(),
                         r.days_overdue, r.invoices, r.not_due, r.d0_30, r.d31_60, r.d61_90,
                         r.d90_plus, r.overdue, r.total])

