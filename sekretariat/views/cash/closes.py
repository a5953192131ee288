"""Riwayat Penutupan Kas: every close, newest first — the day, counted,
expected, difference, who counted, who approved, and whether it was
reopened (by whom, why). Days closed without cash activity (zero days) are
dimmed, and ``z`` hides them. Enter shows a close with its denominations;
``p`` prints its report."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.cash import close_read
from sekretariat.services.cash.close_read import CloseInfo
from sekretariat.views.base import BaseScreen
from sekretariat.views.cash.report_print import print_close_report

#: Closes loaded at a time (``m`` loads older ones).
PAGE = 100


def money(amount: int, style: str = "") -> Text:
    return Text(format_rupiah(amount), style=style, justify="right")


class ClosesScreen(BaseScreen):
    CSS_PATH = "../styles/cash.tcss"
    HELP_KEY = "tui.close.history_help"
    TITLE_KEY = "tui.close.history_title"
    AUTO_FOCUS = "#closes-table"

    BINDINGS = [
        Binding("enter", "detail", "tui.close.key.detail", id="closes.detail"),
        Binding("p", "print", "tui.close.key.print", id="closes.print"),
        Binding("z", "toggle_zero", "tui.close.key.zero", id="closes.zero"),
        Binding("m", "more", "tui.close.key.more", id="closes.more"),
        Binding("f5", "refresh", "tui.key.refresh", id="closes.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, CloseInfo] = {}
        self.with_zero = True
        self.complete = False      # every close is on screen

    def compose(self) -> ComposeResult:
        yield Static(t("tui.close.history_title"), classes="screen-title", markup=False)
        yield Static(t("tui.loading"), id="closes-note", markup=False)
        yield DataTable(id="closes-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#closes-table", DataTable)
        table.add_column(t("tui.close.col_day"), key="day", width=12)
        for key in ("counted", "expected", "difference"):
            table.add_column(Text(t(f"tui.close.col_{key}"), justify="right"), key=key,
                             width=14)
        for key, width in (("counted_by", 12), ("approved_by", 12), ("status", 40)):
            table.add_column(t(f"tui.close.col_{key}"), key=key, width=width)
        self.action_refresh()

    def action_refresh(self) -> None:
        self.rows.clear()
        self.query_one("#closes-table", DataTable).clear()
        self._load(None)

    def _load(self, before: dt.date | None) -> None:
        self.call_service(close_read.list_closes, self.session, limit=PAGE, before=before,
                          include_zero=self.with_zero, done=self.show_closes, group="closes")

    def show_closes(self, found: list[CloseInfo]) -> None:
        table = self.query_one("#closes-table", DataTable)
        for info in found:
            key = str(info.id)
            if key in self.rows:
                continue
            self.rows[key] = info
            table.add_row(*self._cells(info), key=key)
        self.complete = len(found) < PAGE
        shown = len(self.rows)
        if not shown:
            note = t("tui.close.history_none")
        else:
            note = t("tui.close.history_count", count=shown)
            note += " " + t("tui.close.history_zero_shown" if self.with_zero
                            else "tui.close.history_zero_hidden")
            if not self.complete:
                note += " " + t("tui.close.history_more")
        self.query_one("#closes-note", Static).update(note)
        self.refresh_bindings()

    @staticmethod
    def _cells(info: CloseInfo) -> list:
        style = "dim" if info.zero_day else ""
        if not info.in_force:
            style = "italic dim"
        difference = Text(format_rupiah(info.difference), justify="right",
                          style=style or ("bold" if info.difference else ""))
        if info.in_force:
            status = t("tui.close.status_zero" if info.zero_day else "tui.close.status_closed")
        else:
            status = t("tui.close.status_reopened", by=info.reopened_by or "-",
                       reason=info.reopen_reason or "-")
        return [Text(fmt_date(info.day), style=style), money(info.counted, style),
                money(info.expected, style), difference, Text(info.counted_by, style=style),
                Text(info.approved_by or "", style=style), Text(status, style=style)]

    @property
    def current(self) -> CloseInfo | None:
        table = self.query_one("#closes-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(key or "")

    @on(DataTable.RowHighlighted, "#closes-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(DataTable.RowSelected, "#closes-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_detail()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("detail", "print"):
            return self.current is not None or None
        if action == "more":
            return not self.complete
        return super().check_action(action, parameters)

    def action_detail(self) -> None:
        info = self.current
        if info is not None:
            from sekretariat.views.cash.close_detail import CloseDetailDialog

            self.app.push_screen(CloseDetailDialog(info.id))

    def action_print(self) -> None:
        info = self.current
        if info is not None:
            print_close_report(self, info.id, info.day)

    def action_toggle_zero(self) -> None:
        self.with_zero = not self.with_zero
        self.action_refresh()

    def action_more(self) -> None:
        if self.complete or not self.rows:
            return
        oldest = min(info.day for info in self.rows.values())
        # the oldest day again (a day closed twice may straddle the pages); seen rows are skipped
        self._load(oldest + dt.timedelta(days=1))
