"""Sewa berakhir / akan berakhir: active leases past their end date (not
renewed nor ended) and those ending within 30 days; p renews (perpanjang)
and a ends (akhiri) the lease under the cursor with the lease dialogs."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.leasing.expiry import days_text
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.leasing import expiry, leases
from sekretariat.services.leasing.expiry import ExpiringLease
from sekretariat.views.base import BaseScreen


class ExpiringLeasesScreen(BaseScreen):
    CSS_PATH = "../styles/arrears.tcss"
    HELP_KEY = "tui.expiry.help"
    TITLE_KEY = "tui.expiry.title"
    AUTO_FOCUS = "#expiring-table"

    BINDINGS = [
        Binding("p", "act('renew')", "tui.expiry.key.renew", id="expiring.renew"),
        Binding("a", "act('end')", "tui.expiry.key.end", id="expiring.end"),
        Binding("f5", "refresh", "tui.key.refresh", id="expiring.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.found: list[ExpiringLease] = []

    def compose(self) -> ComposeResult:
        yield Static(t("tui.expiry.title"), classes="screen-title", markup=False)
        yield Static(t("tui.loading"), id="expiring-summary", markup=False)
        table = DataTable(id="expiring-table", cursor_type="row", zebra_stripes=True)
        for key in ("state", "agreement", "stall", "trader", "end", "days"):
            table.add_column(t(f"expiry.col.{key}"), key=key)
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    def load(self) -> None:
        self.call_service(expiry.expiring_leases, self.session, clock.today(),
                          done=self._show, group="expiring")

    def _show(self, found: list[ExpiringLease]) -> None:
        self.found = found
        table = self.query_one("#expiring-table", DataTable)
        row = table.cursor_row
        table.clear()
        for e in found:
            state = Text(t(f"expiry.state.{e.state}"), style="bold $error" if e.ended else "")
            table.add_row(state, e.agreement_number, e.stall_code, e.trader_name,
                          fmt_date(e.end_date), days_text(e.days_left), key=str(e.lease_id))
        if found:
            table.move_cursor(row=min(row, len(found) - 1))
        ended = sum(1 for e in found if e.ended)
        summary = (t("tui.expiry.home", ended=ended, ending=len(found) - ended,
                     days=expiry.DEFAULT_DAYS) if found
                   else t("expiry.none", days=expiry.DEFAULT_DAYS))
        self.query_one("#expiring-summary", Static).update(summary)
        self.refresh_bindings()

    @property
    def current(self) -> ExpiringLease | None:
        table = self.query_one("#expiring-table", DataTable)
        if not self.found or not 0 <= table.cursor_row < len(self.found):
            return None
        return self.found[table.cursor_row]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "act":
            return self.may("leases.manage") and (self.current is not None or None)
        return super().check_action(action, parameters)

    def action_act(self, what: str) -> None:
        chosen = self.current
        if chosen is None or not self.may("leases.manage"):
            return
        self.call_service(leases.get_lease, self.session, chosen.lease_id,
                          done=lambda lease: self._open(what, lease), group="expiring-open")

    def _open(self, what: str, lease) -> None:
        from sekretariat.views.leasing import lease_actions

        screen = (lease_actions.RenewLeaseScreen if what == "renew"
                  else lease_actions.EndLeaseScreen)
        self.app.push_screen(screen(lease), lambda _result: self.load())

    def action_refresh(self) -> None:
        self.load()
