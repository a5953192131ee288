"""``sekretariat lease expiring [--days 30] [--csv]``: leases past their end
date that were neither renewed nor ended ("Sewa berakhir"), and those ending
within the days asked (services/leasing/expiry.py)."""

from __future__ import annotations

from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command, Group, as_of_option, flag, guarded, logged_in, out, parse_day, say_note,
    user_option,
)
from sekretariat.i18n import t
from sekretariat.i18n.leasing.expiry import days_text

CSV_COLUMNS = ("state", "agreement", "stall", "trader", "end_date", "days_left")


def register(app: typer.Typer) -> None:
    lease_app = typer.Typer(cls=Group, name="lease", help=t("cli.lease.expiring_help"),
                            no_args_is_help=True, rich_markup_mode="rich")
    app.add_typer(lease_app, name="lease", rich_help_panel=t("cli.bill.panel"))

    @lease_app.command("expiring", cls=Command, help=t("cli.lease.expiring_help"))
    @guarded
    def expiring(
        ctx: typer.Context,
        days: Annotated[int, typer.Option("--days", min=0, max=366,
                                          help=t("cli.lease.expiring_days"))] = 30,
        as_of: Annotated[str | None, as_of_option()] = None,
        as_csv: Annotated[bool, flag("--csv", "cli.lease.expiring_csv")] = False,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat import clock
        from sekretariat.services.leasing import expiry

        when = parse_day(as_of, "as_of")
        _, session = logged_in(ctx, user)
        found = expiry.expiring_leases(session, when or clock.today(), days)
        if as_csv:
            import csv
            import sys

            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(CSV_COLUMNS)
            for e in found:
                writer.writerow([e.state, e.agreement_number, e.stall_code, e.trader_name,
                                 e.end_date.isoformat(), e.days_left])
            return
        if not found:
            say_note(t("expiry.none", days=days))
            return
        from rich.table import Table

        from sekretariat.i18n.formats import fmt_date

        table = Table(title=t("tui.expiry.title"))
        for key in ("state", "agreement", "stall", "trader", "end", "days"):
            table.add_column(t(f"expiry.col.{key}"))
        for e in found:
            table.add_row(t(f"expiry.state.{e.state}"), e.agreement_number, e.stall_code,
                          e.trader_name, fmt_date(e.end_date), days_text(e.days_left))
        out().print(table)
