"""Pengaturan parkir: the zones (with capacity), vehicle types, tariffs per
type by effective date (the whole history, the ones in force today marked),
shifts (with hours) and the deposit target per attendant and shift, one tab
each (keys 1-5). n adds to the tab shown, e or Enter changes the row under
the cursor; both need ``parking.manage`` (others look, with those keys
greyed)."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static, TabbedContent, TabPane

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.parking import setup_read
from sekretariat.services.parking.setup_read import SetupOverview
from sekretariat.views.base import BaseScreen
from sekretariat.views.parking.setup_tables import TABS, add_columns, fill, target_text

_TABS_GROUP = Binding.Group("tui.parking_setup.key.tabs", compact=True)
#: The tabs that hold a table (the last one, the target, holds one amount).
TABLE_TABS = TABS[:-1]


class ParkingSetupScreen(BaseScreen):
    CSS_PATH = "../styles/parking_setup.tcss"
    HELP_KEY = "tui.parking_setup.help"
    TITLE_KEY = "tui.parking_setup.title"
    AUTO_FOCUS = "#table-zones"

    BINDINGS = [
        Binding("n", "new", "tui.parking_setup.key.new", id="parking_setup.new"),
        Binding("e", "edit", "tui.parking_setup.key.edit", id="parking_setup.edit"),
        *(Binding(str(number), f"tab('{tab}')", "tui.parking_setup.key.tab",
                  id=f"parking_setup.tab{number}", group=_TABS_GROUP)
          for number, tab in enumerate(TABS, start=1)),
        Binding("f5", "refresh", "tui.key.refresh", id="parking_setup.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.overview: SetupOverview | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.parking_setup.title"), classes="screen-title", markup=False)
        with TabbedContent(id="setup-tabs", initial="tab-zones"):
            for number, tab in enumerate(TABLE_TABS, start=1):
                with TabPane(f"{number} {t(f'tui.parking_setup.tab_{tab}')}", id=f"tab-{tab}"):
                    yield DataTable(id=f"table-{tab}", cursor_type="row", zebra_stripes=True)
                    yield Static("", id=f"status-{tab}", classes="setup-status", markup=False)
            with TabPane(f"{len(TABS)} {t('tui.parking_setup.tab_target')}", id="tab-target"):
                yield Static("", id="target-amount", markup=False)
                yield Static(t("tui.parking_setup.target_lead"), id="target-lead",
                             classes="setup-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        for tab in TABLE_TABS:
            add_columns(self.query_one(f"#table-{tab}", DataTable), tab)
        self.reload()

    # --- loading ------------------------------------------------------------------------

    def reload(self, select: tuple[str, int] | None = None) -> None:
        self.call_service(setup_read.setup_overview, self.session,
                          done=lambda found: self.show(found, select), group="load")

    def show(self, overview: SetupOverview, select: tuple[str, int] | None = None) -> None:
        self.overview = overview
        for tab in TABLE_TABS:
            table = self.query_one(f"#table-{tab}", DataTable)
            at = table.cursor_row
            status = fill(table, tab, overview)
            self.query_one(f"#status-{tab}", Static).update(status)
            if select is not None and select[0] == tab and str(select[1]) in table.rows:
                at = table.get_row_index(str(select[1]))
            if table.row_count:
                table.move_cursor(row=max(0, min(at, table.row_count - 1)))
        self.query_one("#target-amount", Static).update(target_text(overview))
        self.refresh_bindings()

    def action_refresh(self) -> None:
        self.reload()

    # --- which tab, which row ---------------------------------------------------------------

    @property
    def tab(self) -> str:
        if not self.is_mounted:
            return TABS[0]
        return (self.query_one("#setup-tabs", TabbedContent).active or "tab-zones")[4:]

    def action_tab(self, tab: str) -> None:
        self.query_one("#setup-tabs", TabbedContent).active = f"tab-{tab}"
        self._focus_tab()

    @on(TabbedContent.TabActivated, "#setup-tabs")
    def _tab_changed(self) -> None:
        self._focus_tab()
        self.refresh_bindings()

    def _focus_tab(self) -> None:
        if self.tab in TABLE_TABS:
            self.query_one(f"#table-{self.tab}", DataTable).focus()

    def highlighted(self) -> Any | None:
        """The zone, vehicle type, tariff or shift under the cursor."""
        tab, overview = self.tab, self.overview
        if overview is None or tab not in TABLE_TABS:
            return None
        table = self.query_one(f"#table-{tab}", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        found = {"zones": overview.zones, "types": overview.vehicle_types,
                 "tariffs": overview.tariffs, "shifts": overview.shifts}[tab]
        return next((item for item in found if str(item.id) == key), None)

    @on(DataTable.RowHighlighted)
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(DataTable.RowSelected)
    def _chosen(self) -> None:
        if self.check_action("edit", ()) is True:
            self.action_edit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("new", "edit"):
            if not self.may("parking.manage") or self.overview is None:
                return None
            if action == "new":
                return self.tab != "target" or None
            return self.tab == "target" or self.highlighted() is not None or None
        return super().check_action(action, parameters)

    # --- adding and changing -------------------------------------------------------------

    def action_new(self) -> None:
        if self.check_action("new", ()) is not True:
            return
        self._open(self.tab, None)

    def action_edit(self) -> None:
        if self.check_action("edit", ()) is not True:
            return
        self._open(self.tab, self.highlighted())

    def _open(self, tab: str, current: Any | None) -> None:
        from sekretariat.views.parking import setup_forms, setup_tariff

        overview = self.overview
        assert overview is not None
        if tab == "zones":
            dialog = setup_forms.ZoneDialog(current)
        elif tab == "types":
            dialog = setup_forms.VehicleTypeDialog(current)
        elif tab == "shifts":
            dialog = setup_forms.ShiftDialog(current)
        elif tab == "tariffs":
            dialog = setup_tariff.TariffDialog(overview, current.vehicle_type if current else None)
        else:
            dialog = setup_tariff.TargetDialog(overview.target)
        self.app.push_screen(dialog, lambda saved: self._saved(tab, saved))

    def _saved(self, tab: str, saved: Any | None) -> None:
        if saved is None:
            return
        if tab == "target":
            self.notify(t("tui.parking_setup.target_saved", amount=format_rupiah(saved)))
            self.reload()
            return
        if tab == "tariffs":
            self.notify(t("tui.parking_setup.tariff_saved", name=saved.vehicle_name,
                          amount=format_rupiah(saved.amount),
                          day=fmt_date(saved.effective_from)))
        else:
            self.notify(t("tui.parking_setup.saved", name=saved.name))
        self.reload(select=(tab, saved.id))
