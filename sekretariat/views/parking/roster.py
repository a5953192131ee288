"""Jadwal jaga: a week of the roster as a grid, one row per zone and shift,
one column per day (Monday to Sunday), the attendant in each cell. Enter
(or a) puts an attendant on the cell's slot (picked by typing part of the
name), x takes them off, [ and ] move a week, t comes back to this week, and
c copies last week's roster into this one in one action, saying what was
copied and what was skipped (and asking before it replaces anyone)."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat import clock
from sekretariat.errors import Conflict
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.parking import attendants, roster, setup
from sekretariat.services.parking.roster import CopyResult, RosterRow
from sekretariat.services.parking.setup import ShiftInfo, ZoneInfo
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.cells import short_text

_WEEK = Binding.Group("tui.parking.key.week_group", compact=True)
DAY_WIDTH = 8
SLOT_WIDTH = 26


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def load_week(session, monday: dt.date) -> tuple[list[ZoneInfo], list[ShiftInfo],
                                                  list[RosterRow]]:
    return (setup.list_zones(session, active_only=True),
            setup.list_shifts(session, active_only=True),
            roster.roster_between(session, monday, monday + dt.timedelta(days=6)))


class RosterScreen(BaseScreen):
    CSS_PATH = "../styles/parking.tcss"
    HELP_KEY = "tui.parking.help.roster"
    TITLE_KEY = "tui.parking.roster.title"
    AUTO_FOCUS = "#roster-grid"

    BINDINGS = [
        Binding("a", "assign", "tui.parking.key.assign", id="parking_roster.assign"),
        Binding("x", "unassign", "tui.parking.key.unassign", id="parking_roster.unassign"),
        Binding("c", "copy_week", "tui.parking.key.copy_week", id="parking_roster.copy"),
        Binding("left_square_bracket", "week(-1)", "tui.parking.key.week",
                id="parking_roster.week_back", group=_WEEK, key_display="[ ]"),
        Binding("right_square_bracket", "week(1)", "tui.parking.key.week",
                id="parking_roster.week_next", group=_WEEK, key_display="[ ]"),
        Binding("t", "this_week", "tui.parking.key.this_week", id="parking_roster.this_week",
                show=False),
        Binding("f5", "refresh", "tui.key.refresh", id="parking_roster.refresh", show=False),
    ]

    def __init__(self, day: dt.date | None = None) -> None:
        super().__init__()
        self.monday = monday_of(day or clock.today())
        self.cells: dict[tuple[str, str], RosterRow] = {}   # (row key, iso day) -> row
        self.note = ""     # what the last copy did, shown under the grid

    def compose(self) -> ComposeResult:
        yield Static("", id="roster-title", classes="screen-title", markup=False)
        yield DataTable(id="roster-grid", cursor_type="cell", zebra_stripes=True)
        yield Static("", id="roster-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.reload()

    def reload(self) -> None:
        last = self.monday + dt.timedelta(days=6)
        self.query_one("#roster-title", Static).update(t(
            "tui.parking.roster.heading", first=fmt_date(self.monday), last=fmt_date(last)))
        self.call_service(load_week, self.session, self.monday, done=self.show, group="load")

    def show(self, found: tuple[list[ZoneInfo], list[ShiftInfo], list[RosterRow]]) -> None:
        zones, shifts, rows = found
        table = self.query_one("#roster-grid", DataTable)
        at = table.cursor_coordinate
        table.clear(columns=True)
        table.add_column(t("tui.parking.col.slot"), key="slot", width=SLOT_WIDTH)
        for offset in range(7):
            day = self.monday + dt.timedelta(days=offset)
            label = t(f"tui.parking.weekday.{offset}") + f" {day.day}"
            table.add_column(label, key=day.isoformat(), width=DAY_WIDTH)
        self.cells = {(f"{r.zone_code}/{r.shift_code}", r.day.isoformat()): r for r in rows}
        for zone in zones:
            for shift in shifts:
                key = f"{zone.code}/{shift.code}"
                cells = []
                for offset in range(7):
                    day = (self.monday + dt.timedelta(days=offset)).isoformat()
                    row = self.cells.get((key, day))
                    cells.append(short_text(row.attendant_name, DAY_WIDTH) if row
                                 else Text("·", style="dim", justify="center"))
                # the shift first: a long zone name must never hide which shift it is
                label = f"{shift.name:<6} {zone.code.upper()} · {zone.name}"
                table.add_row(short_text(label, SLOT_WIDTH), *cells,
                              key=key)
        if table.row_count:
            table.cursor_coordinate = table.validate_cursor_coordinate(at)
            if table.cursor_coordinate.column == 0:
                table.move_cursor(column=1)
        status = (t("tui.parking.roster.count", count=len(rows)) if zones else
                  t("tui.parking.roster.no_zones"))
        self.query_one("#roster-status", Static).update(
            status + ("\n" + self.note if self.note else ""))
        self.refresh_bindings()

    # --- the cell under the cursor ------------------------------------------------------

    def _cell(self) -> tuple[str, dt.date] | None:
        """(zone/shift key, day) under the cursor, or None on the label column."""
        table = self.query_one("#roster-grid", DataTable)
        if not table.row_count:
            return None
        keys = table.coordinate_to_cell_key(table.cursor_coordinate)
        if keys.column_key.value in (None, "slot") or keys.row_key.value is None:
            return None
        return keys.row_key.value, dt.date.fromisoformat(keys.column_key.value)

    @on(DataTable.CellHighlighted, "#roster-grid")
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(DataTable.CellSelected, "#roster-grid")
    def _chosen(self) -> None:
        if self.may("parking.manage"):
            self.action_assign()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("assign", "unassign", "copy_week") and not self.may("parking.manage"):
            return False
        if action == "assign":
            return self._cell() is not None or None
        if action == "unassign":
            cell = self._cell()
            return (cell is not None and (cell[0], cell[1].isoformat()) in self.cells) or None
        if action == "this_week":
            return self.monday != monday_of(clock.today()) or None
        return super().check_action(action, parameters)

    # --- assign, unassign -------------------------------------------------------------------

    def action_assign(self) -> None:
        from sekretariat.views.parking.pick_attendant import PickAttendantDialog

        cell = self._cell()
        if cell is None:
            return
        key, day = cell
        zone, shift = key.split("/")
        title = t("tui.parking.roster.pick", slot=self._slot_name(key), day=fmt_date(day))
        self.call_service(
            attendants.list_attendants, self.session, active_on=day,
            done=lambda people: self.app.push_screen(
                PickAttendantDialog(title, people),
                lambda person: person and self._assign(day, zone, shift, person[0])))

    def _slot_name(self, key: str) -> str:
        table = self.query_one("#roster-grid", DataTable)
        return str(table.get_cell(key, "slot"))

    def _assign(self, day: dt.date, zone: str, shift: str, attendant_id: int,
                replace: bool = False) -> None:
        def failed(error) -> None:
            if isinstance(error, Conflict) and error.key == "parking.slot_taken" and not replace:
                self._ask(error.message + "\n" + t("tui.parking.roster.replace_question"),
                          lambda: self._assign(day, zone, shift, attendant_id, True))
            else:
                self.show_error(error)

        self.call_service(roster.assign, self.session, day, zone, shift, attendant_id,
                          replace=replace, done=lambda row: self._changed(
                              t("tui.parking.roster.assigned", name=row.attendant_name,
                                slot=f"{row.zone_name} {row.shift_name}",
                                day=fmt_date(row.day))),
                          failed=failed, group="change")

    def action_unassign(self) -> None:
        cell = self._cell()
        if cell is None or (cell[0], cell[1].isoformat()) not in self.cells:
            return
        row = self.cells[(cell[0], cell[1].isoformat())]
        self._ask(t("tui.parking.roster.unassign_question", name=row.attendant_name,
                    slot=f"{row.zone_name} {row.shift_name}", day=fmt_date(row.day)),
                  lambda: self.call_service(
                      roster.unassign, self.session, row.day, row.zone_code, row.shift_code,
                      done=lambda _: self._changed(t("tui.parking.roster.unassigned",
                                                     name=row.attendant_name)),
                      group="change"))

    def _ask(self, question: str, then) -> None:
        from sekretariat.views.core.confirm import ConfirmDialog

        self.app.push_screen(ConfirmDialog(question), lambda yes: yes and then())

    def _changed(self, message: str) -> None:
        self.notify(message)
        self.reload()

    # --- weeks ------------------------------------------------------------------------------

    def action_week(self, step: int) -> None:
        self.note = ""
        self.monday += dt.timedelta(days=7 * step)
        self.reload()

    def action_this_week(self) -> None:
        self.monday = monday_of(clock.today())
        self.reload()

    def action_refresh(self) -> None:
        self.reload()

    def action_copy_week(self, overwrite: bool = False) -> None:
        source = self.monday - dt.timedelta(days=7)

        def failed(error) -> None:
            if (isinstance(error, Conflict) and error.key == "parking.copy_would_overwrite"
                    and not overwrite):
                self._ask(error.message + "\n" + t("tui.parking.roster.overwrite_question"),
                          lambda: self.action_copy_week(True))
            else:
                self.show_error(error)

        self.call_service(roster.copy_week, self.session, source, self.monday,
                          overwrite=overwrite, done=self._copied, failed=failed, group="change")

    def _copied(self, result: CopyResult) -> None:
        text = t("tui.parking.roster.copied", copied=result.copied, replaced=result.replaced,
                 skipped=len(result.skipped))
        if result.skipped:
            text += " " + "; ".join(
                t("tui.parking.roster.skipped_row", name=r.attendant_name,
                  day=fmt_date(r.day), slot=f"{r.zone_name} {r.shift_name}")
                for r in result.skipped[:5])
        self.note = text
        self.notify(text, timeout=8)
        self.reload()
