"""The books: ``day list|close|reopen`` (the closed-day lock) and
``journal trial-balance``."""


from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    Group,
    as_of_option,
    ask,
    flag,
    guarded,
    logged_in,
    out,
    parse_day,
    say_error,
    say_note,
    say_ok,
    user_option,
)
from sekretariat.errors import ValidationError
from sekretariat.i18n import t


def register(app: typer.Typer) -> None:
    panel = t("cli.panel.books")
    day_app = typer.Typer(cls=Group, name="day", help=t("cli.help.day"), no_args_is_help=True,
                          rich_markup_mode="rich")
    journal_app = typer.Typer(cls=Group, name="journal", help=t("cli.help.journal"),
                              no_args_is_help=True, rich_markup_mode="rich")
    app.add_typer(day_app, name="day", rich_help_panel=panel)
    app.add_typer(journal_app, name="journal", rich_help_panel=panel)

    def date_argument(help_key: str) -> typer.models.ArgumentInfo:
        return typer.Argument(metavar=t("cli.metavar.date"), help=t(help_key),
                              show_default=False)

    # --- day -------------------------------------------------------------------

    @day_app.command("list", cls=Command, help=t("cli.help.day_list"))
    @guarded
    def day_list(
        ctx: typer.Context,
        limit: Annotated[int, typer.Option("--limit", min=1, max=10_000,
                                           help=t("cli.opt.limit"))] = 30,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from rich.table import Table

        from sekretariat.i18n.formats import fmt_date, fmt_datetime
        from sekretariat.services.core import days

        st, session = logged_in(ctx, user)
        rows = days.list_closed_days(session, limit=limit)
        lock = days.lock_date()
        if lock is None:
            out().print(t("cli.day.no_lock"))
        else:
            out().print(t("cli.day.lock", day=fmt_date(lock)))
        if not rows:
            return
        table = Table()
        table.add_column(t("field.day"), no_wrap=True, style="bold")
        table.add_column(t("cli.day.closed_col"))
        table.add_column(t("cli.day.note_col"))
        table.add_column(t("cli.day.reopened_col"))
        for row in rows:
            reopened = ""
            if row.reopened_at:
                reopened = t("cli.day.reopened_cell", username=row.reopened_by or "-",
                             when=fmt_datetime(row.reopened_at), reason=row.reopen_reason or "")
            table.add_row(fmt_date(row.day),
                          t("cli.day.by", username=row.closed_by,
                            when=fmt_datetime(row.closed_at)),
                          row.note or "", reopened,
                          style=None if row.is_current else "dim")
        out().print(table)

    @day_app.command("close", cls=Command, help=t("cli.help.day_close"))
    @guarded
    def day_close(
        ctx: typer.Context,
        day: Annotated[str, date_argument("cli.arg.close_date")],
        note: Annotated[str, typer.Option("--note", show_default=False,
                                          metavar=t("cli.metavar.text"),
                                          help=t("cli.opt.note"))] = "",
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.i18n.formats import fmt_date
        from sekretariat.services.cash import close

        when = parse_day(day)
        st, session = logged_in(ctx, user)
        closed = close.close_quiet_days(session, when, note)
        say_ok(t("cli.day.closed", day=fmt_date(closed[-1])))
        say_note(t("cli.day.closed_note"))

    @day_app.command("reopen", cls=Command, help=t("cli.help.day_reopen"))
    @guarded
    def day_reopen(
        ctx: typer.Context,
        day: Annotated[str, date_argument("cli.arg.reopen_date")],
        reason: Annotated[str | None, typer.Option("--reason", show_default=False,
                                                   metavar=t("cli.metavar.text"),
                                                   help=t("cli.opt.reason"))] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.i18n.formats import fmt_date
        from sekretariat.services.core import days, permissions

        when = parse_day(day)
        st, session = logged_in(ctx, user)
        permissions.require(session, "day.reopen")  # refuse before asking for the reason

        def long_enough(text: str) -> str:
            if len(text.strip()) < days.MIN_REASON:
                raise ValidationError("day.reason_short", field="reason",
                                      minimum=days.MIN_REASON)
            return text.strip()

        if reason is None:
            reason = ask(t("cli.prompt.reason"), long_enough)
        reopened = days.reopen_day(session, when, reason)
        say_ok(t("cli.day.reopened", days=", ".join(fmt_date(d) for d in reopened)))
        lock = days.lock_date()
        say_note(t("cli.day.lock", day=fmt_date(lock)) if lock else t("cli.day.no_lock"))

    # --- journal ---------------------------------------------------------------

    @journal_app.command("trial-balance", cls=Command, help=t("cli.help.trial_balance"))
    @guarded
    def trial_balance(
        ctx: typer.Context,
        as_of: Annotated[str | None, as_of_option()] = None,
        as_csv: Annotated[bool, flag("--csv", "cli.opt.csv")] = False,
        every: Annotated[bool, flag("--all", "cli.opt.all_accounts")] = False,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.core import journal, market

        when = parse_day(as_of, "as_of")
        st, session = logged_in(ctx, user)
        balance = journal.trial_balance(session, when)
        rows = [r for r in balance.rows if every or r.debit or r.credit]
        if as_csv:
            _write_csv(rows)
            return
        profile = market.get_profile()
        _print_trial_balance(balance, rows, profile.name if profile else "")


def _write_csv(rows) -> None:  # type: ignore[no-untyped-def]
    import csv
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["code", "name", "type", "debit", "credit", "balance_debit",
                     "balance_credit"])
    for r in rows:
        writer.writerow([r.code, r.name, r.type, r.debit, r.credit, max(r.balance, 0),
                         max(-r.balance, 0)])


def _print_trial_balance(balance, rows, market_name: str) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    from sekretariat.i18n.formats import fmt_date
    from sekretariat.money import format_rupiah

    out().print(Text(t("cli.tb.title", market=market_name, day=fmt_date(balance.as_of)),
                     style="bold"))
    if not rows:
        say_note(t("cli.tb.empty"))
        return
    table = Table(show_footer=True)
    net_debit = sum(max(r.balance, 0) for r in rows)
    net_credit = sum(max(-r.balance, 0) for r in rows)
    table.add_column(t("cli.tb.code"), no_wrap=True)
    table.add_column(t("cli.tb.account"), footer=t("cli.tb.total"))
    table.add_column(t("cli.tb.debit"), justify="right", no_wrap=True,
                     footer=format_rupiah(net_debit))
    table.add_column(t("cli.tb.credit"), justify="right", no_wrap=True,
                     footer=format_rupiah(net_credit))
    for r in rows:
        table.add_row(r.code, r.name,
                      format_rupiah(r.balance) if r.balance > 0 else "",
                      format_rupiah(-r.balance) if r.balance < 0 else "")
    out().print(table)
    if balance.balanced and net_debit == net_credit:
        say_ok(t("cli.tb.balanced"))
    else:
        say_error(t("cli.tb.unbalanced", debit=format_rupiah(balance.total_debit),
                    credit=format_rupiah(balance.total_credit)))
