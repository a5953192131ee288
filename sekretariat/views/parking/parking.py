"""Parkir, the hub: a day's roster slots (zone x shift x attendant) each with
its report (number, expected, handed over, difference), the day's totals,
the attendants' outstanding debt and the ticket books still out. [ and ]
move a day, t comes back to today. From here: the fast report entry (l),
the roster (j), ticket books (k), debts (u), attendants (p), setup (s),
trends (g) and leak signals (b)."""

from __future__ import annotations

import datetime as dt
import importlib

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date_long
from sekretariat.money import format_rupiah
from sekretariat.services.parking import day_sheet
from sekretariat.services.parking.day_sheet import DaySheet, Slot
from sekretariat.views.base import BaseScreen
from sekretariat.views.parking.cells import money, signed
from sekretariat.views.widgets.cells import short_text

_DAY = Binding.Group("tui.parking.key.day_group", compact=True)

#: action -> (module, screen class, permission) of the screens the hub opens.
OPENS: dict[str, tuple[str, str, str]] = {
    "report_entry": ("report_entry", "ReportEntryScreen", "parking.report"),
    "roster": ("roster", "RosterScreen", "parking.view"),
    "tickets": ("tickets", "TicketBooksScreen", "parking.view"),
    "debts": ("debts", "DebtsScreen", "parking.view"),
    "attendants": ("attendants", "AttendantsScreen", "parking.view"),
    "setup": ("setup", "ParkingSetupScreen", "parking.view"),
    "trends": ("trends", "TrendsScreen", "parking.view"),
    "leaks": ("leaks", "LeaksScreen", "parking.view"),
}


class ParkingScreen(BaseScreen):
    CSS_PATH = "../styles/parking.tcss"
    HELP_KEY = "tui.parking.help.hub"
    TITLE_KEY = "tui.section.parking"
    SECTION = "parking"
    AUTO_FOCUS = "#hub-table"

    BINDINGS = [
        Binding("l", "report_entry", "tui.parking.key.report_entry", id="parking.report_entry"),
        Binding("j", "roster", "tui.parking.key.roster", id="parking.roster"),
        Binding("k", "tickets", "tui.parking.key.tickets", id="parking.tickets"),
        Binding("u", "debts", "tui.parking.key.debts", id="parking.debts"),
        Binding("p", "attendants", "tui.parking.key.attendants", id="parking.attendants"),
        Binding("s", "setup", "tui.parking.key.setup", id="parking.setup", show=False),
        Binding("g", "trends", "tui.parking.key.trends", id="parking.trends"),
        Binding("b", "leaks", "tui.parking.key.leaks", id="parking.leaks"),
        Binding("left_square_bracket", "step(-1)", "tui.parking.key.day", id="parking.day_back",
                group=_DAY, key_display="[ ]"),
        Binding("right_square_bracket", "step(1)", "tui.parking.key.day", id="parking.day_next",
                group=_DAY, key_display="[ ]"),
        Binding("t", "today", "tui.parking.key.today", id="parking.today", show=False),
        Binding("f5", "refresh", "tui.key.refresh", id="parking.refresh", show=False),
    ]

    def __init__(self, day: dt.date | None = None) -> None:
        super().__init__()
        self.day = day or clock.today()
        self.sheet: DaySheet | None = None
        self.slots: dict[str, Slot] = {}

    def compose(self) -> ComposeResult:
        yield Static("", id="hub-title", classes="screen-title", markup=False)
        yield Static(t("tui.loading"), id="hub-summary", markup=False)
        yield Static("", id="hub-owed", markup=False)
        yield DataTable(id="hub-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="hub-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#hub-table", DataTable)
        for key, width in (("zone", 26), ("shift", 7), ("attendant", 16), ("number", 15),
                           ("expected", 12), ("handed", 12), ("difference", 12)):
            table.add_column(t(f"tui.parking.col.{key}"), key=key, width=width)
        self.reload()

    def on_screen_resume(self) -> None:
        if self.sheet is not None:
            self.reload()

    def reload(self) -> None:
        self.query_one("#hub-title", Static).update(
            t("tui.parking.hub.title", day=fmt_date_long(self.day)))
        self.call_service(day_sheet.day_sheet, self.session, self.day, done=self.show,
                          group="load")

    def show(self, sheet: DaySheet) -> None:
        if sheet.day != self.day:
            return
        self.sheet = sheet
        table = self.query_one("#hub-table", DataTable)
        at = table.cursor_row
        table.clear()
        self.slots = {}
        for slot in sheet.slots:
            self.slots[slot.key] = slot
            report = slot.report
            name = slot.attendant_name if slot.rostered else t(
                "tui.parking.off_roster_name", name=slot.attendant_name)
            table.add_row(
                short_text(slot.zone_name, 26), short_text(slot.shift_name, 7),
                short_text(name, 16),
                report.number if report else Text(t("tui.parking.no_report"), style="dim"),
                money(report.expected if report else None),
                money(report.handed_over if report else None),
                signed(report.difference) if report else Text("-", justify="right"),
                key=slot.key)
        if sheet.slots:
            table.move_cursor(row=min(at, len(sheet.slots) - 1))
        rostered = sum(1 for s in sheet.slots if s.rostered)
        self.query_one("#hub-summary", Static).update(t(
            "tui.parking.hub.summary", reports=sheet.reports, slots=rostered,
            expected=format_rupiah(sheet.expected), handed=format_rupiah(sheet.handed_over),
            difference=signed(sheet.difference).plain))
        self.query_one("#hub-owed", Static).update(t(
            "tui.parking.hub.owed", debt=format_rupiah(sheet.debt_total), debtors=sheet.debtors,
            books=sheet.unreturned_books))
        status = t("tui.parking.hub.empty") if not sheet.slots else t(
            "tui.parking.hub.missing", count=sheet.missing) if sheet.missing else t(
            "tui.parking.hub.complete")
        if sheet.voided:
            status += "  " + t("tui.parking.hub.voided", count=sheet.voided)
        self.query_one("#hub-status", Static).update(status)
        self.refresh_bindings()

    # --- the day ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in OPENS:
            return self.may(OPENS[action][2]) or None
        if action == "step" and parameters and parameters[0] == 1:
            return self.day < clock.today() or None
        if action == "today":
            return self.day != clock.today() or None
        return super().check_action(action, parameters)

    def action_step(self, days: int) -> None:
        self.day += dt.timedelta(days=days)
        self.reload()
        self.refresh_bindings()

    def action_today(self) -> None:
        self.day = clock.today()
        self.reload()
        self.refresh_bindings()

    def action_refresh(self) -> None:
        self.reload()

    @on(DataTable.RowSelected, "#hub-table")
    def _chosen(self) -> None:
        if self.may("parking.report"):
            self.action_report_entry(any_slot=True)

    # --- the screens it opens ------------------------------------------------------------

    def _open(self, action: str, *args) -> None:
        module, cls, _ = OPENS[action]
        screen = getattr(importlib.import_module(f"sekretariat.views.parking.{module}"), cls)
        self.app.push_screen(screen(*args))

    def action_report_entry(self, any_slot: bool = False) -> None:
        """From the slot under the cursor (with ``any_slot`` even a reported
        one, to see or void it), else from the first slot without a report."""
        from sekretariat.views.parking.report_entry import ReportEntryScreen

        table = self.query_one("#hub-table", DataTable)
        key = None
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        slot = self.slots.get(key or "")
        if slot is not None and slot.report is not None and not any_slot:
            key = None
        self.app.push_screen(ReportEntryScreen(self.day, start=key))

    def action_roster(self) -> None:
        self._open("roster")

    def action_tickets(self) -> None:
        self._open("tickets")

    def action_debts(self) -> None:
        self._open("debts")

    def action_attendants(self) -> None:
        self._open("attendants")

    def action_setup(self) -> None:
        self._open("setup")

    def action_trends(self) -> None:
        self._open("trends")

    def action_leaks(self) -> None:
        self._open("leaks")
