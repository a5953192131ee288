"""Hari yang ditutup: the closed days (with reopened ones, who and why) and —
for the chair — reopening one with a reason. A day is closed from the TUI
only through the treasurer's cash close (``c`` opens it)."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, fmt_datetime
from sekretariat.services.core import days
from sekretariat.services.core.days import ClosedDayInfo
from sekretariat.views.base import BaseScreen, run_safely


def _closed_days(session) -> tuple[list[ClosedDayInfo], dt.date | None]:
    return days.list_closed_days(session), days.lock_date()


class DaysScreen(BaseScreen):
    CSS_PATH = "../styles/days.tcss"
    HELP_KEY = "tui.close.days_help"
    TITLE_KEY = "tui.close.days_title"
    SECTION = "days"
    AUTO_FOCUS = "#days-table"

    BINDINGS = [
        Binding("c", "close_day", "tui.key.close_day", id="days.close"),
        Binding("o", "reopen_day", "tui.key.reopen_day", id="days.reopen"),
        Binding("f5", "refresh", "tui.key.refresh", id="days.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.day_rows: dict[str, ClosedDayInfo] = {}
        self.lock_day: dt.date | None = None
        self.loaded = False
        self.reopen_when_loaded = False

    def compose(self) -> ComposeResult:
        yield Static(t("tui.close.days_title"), classes="screen-title", markup=False)
        yield Static(t("tui.loading"), id="days-lock", markup=False)
        yield DataTable(id="days-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#days-table", DataTable)
        for key, width in (("day", 12), ("status", 16), ("closed_by", 12), ("closed_at", 21),
                           ("note", 20), ("reopened_by", 12), ("reason", 30)):
            table.add_column(t(f"tui.days.col_{key}"), key=key, width=width)
        self.action_refresh()

    def action_refresh(self) -> None:
        self.load_days()

    @work(thread=True, exclusive=True, exit_on_error=False, group="days")
    def load_days(self) -> None:
        self.deliver(run_safely("days.list", _closed_days, self.session), self.show_days)

    def show_days(self, result: tuple[list[ClosedDayInfo], dt.date | None]) -> None:
        rows, self.lock_day = result
        table = self.query_one("#days-table", DataTable)
        table.clear()
        self.day_rows.clear()
        for row in rows:
            key = str(row.id)
            self.day_rows[key] = row
            if row.is_current:
                status = Text(t("tui.days.status_closed"), style="bold")
            else:
                status = Text(t("tui.days.status_reopened"), style="italic")
            table.add_row(fmt_date(row.day), status, Text(row.closed_by),
                          fmt_datetime(row.closed_at), Text(row.note or ""),
                          Text(row.reopened_by or ""), Text(row.reopen_reason or ""), key=key)
        lock = self.query_one("#days-lock", Static)
        if self.lock_day is None:
            text = t("tui.days.none_closed")
        else:
            text = t("tui.days.locked_until", day=fmt_date(self.lock_day))
        lock.update(text)
        lock.set_class(self.lock_day is not None, "-locked")
        self.loaded = True
        self.refresh_bindings()
        if self.reopen_when_loaded:
            self.reopen_when_loaded = False
            self.action_reopen_day()

    @property
    def current_row(self) -> ClosedDayInfo | None:
        table = self.query_one("#days-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.day_rows.get(key or "")

    @on(DataTable.RowHighlighted, "#days-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close_day":  # absent for a role that may not close a day
            return self.may("day.close") and self.may("cash.close")
        if action == "reopen_day":  # (until the list is in, we cannot tell)
            return self.may("day.reopen") and (
                (not self.loaded or self.lock_day is not None) or None)
        return super().check_action(action, parameters)

    def action_close_day(self) -> None:
        """The cash close (the only way to close a day here): of the reopened
        day under the cursor, else of the next day to close."""
        if not (self.may("day.close") and self.may("cash.close")):
            return
        from sekretariat.views.cash.close import CloseScreen

        row = self.current_row
        day = row.day if row is not None and not row.is_current and (
            self.lock_day is None or row.day > self.lock_day) else None
        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 2 else None
        if isinstance(below, CloseScreen):
            self.dismiss()
            below.open_day(day)
            return
        self.app.push_screen(CloseScreen(day))

    def on_screen_resume(self) -> None:
        if self.loaded:  # a close made meanwhile shows at once
            self.action_refresh()

    def action_reopen_day(self) -> None:
        if not self.may("day.reopen"):
            return
        if not self.loaded:  # opened from the palette: wait for the list
            self.reopen_when_loaded = True
            return
        if self.lock_day is None:
            self.notify(t("tui.days.nothing_to_reopen"), severity="warning")
            return
        row = self.current_row
        day = row.day if row is not None and row.is_current else self.lock_day
        from sekretariat.views.core.reopen_day import ReopenDayDialog

        self.app.push_screen(ReopenDayDialog(day), self._reopened)

    def _reopened(self, reopened: list[dt.date] | None) -> None:
        if reopened:
            self.notify(t("tui.days.reopened", days=", ".join(fmt_date(d) for d in reopened)))
            self.action_refresh()
