"""The home screen's "Sewa berakhir / akan berakhir" line: how many active
leases are past their end date and how many end within 30 days, with the
first few; x opens the list (ExpiringLeasesScreen). Shown only to roles that
may see leases."""

from __future__ import annotations

from textual.widgets import Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.core import permissions
from sekretariat.services.leasing import expiry
from sekretariat.services.leasing.expiry import ExpiringLease

#: Leases named on the home screen; the rest are counted.
SHOWN = 3


def may_see(session) -> bool:
    return permissions.can(session, "leases.view")


class ExpiryNotice(Static):
    """Fills itself from expiry.expiring_leases once mounted."""

    def __init__(self) -> None:
        super().__init__("", id="home-expiry", markup=False)

    def on_mount(self) -> None:
        self.screen.call_service(expiry.expiring_leases, self.screen.session, clock.today(),
                                 done=self.show, group="home-expiry")

    def show(self, found: list[ExpiringLease]) -> None:
        if not found:
            self.update(t("tui.expiry.home_none"))
            return
        ended = sum(1 for e in found if e.ended)
        lines = [t("tui.expiry.home", ended=ended, ending=len(found) - ended,
                   days=expiry.DEFAULT_DAYS)]
        lines += [f"  {t(f'expiry.state.{e.state}')}: {e.stall_code} · {e.trader_name} · "
                  f"{fmt_date(e.end_date)}" for e in found[:SHOWN]]
        if len(found) > SHOWN:
            lines.append("  " + t("tui.expiry.home_more", count=len(found) - SHOWN))
        self.update("\n".join(lines))


def open_list(app) -> None:
    from sekretariat.views.leasing.expiring import ExpiringLeasesScreen

    app.push_screen(ExpiringLeasesScreen())
