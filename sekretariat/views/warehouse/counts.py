"""Stok Opname: every stock count with its status and approvals. n opens a
new count (date, cut-off time, place); Enter opens the one under the cursor
— an open count for counting (blind entry, ``count_entry``), a closed or
approved one for its variance sheet (``count_sheet``); c closes an open
count (counting done) and shows its sheet."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, parse_date
from sekretariat.services.warehouse import counts, counts_read
from sekretariat.services.warehouse.counts_read import CountInfo
from sekretariat.services.warehouse.util import MAX_REASON
from sekretariat.views.base import BaseScreen, dialog_buttons
from sekretariat.views.warehouse.count_entry import CountEntryScreen
from sekretariat.views.warehouse.count_sheet import CountSheetScreen, status_text
from sekretariat.views.warehouse.form_base import CheckValidator, WarehouseDialog
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.fields import Field, FieldError, date_field
from sekretariat.views.widgets.text_input import TextInput

#: Column key -> width.
COLUMNS = (("number", 15), ("day", 11), ("time", 5), ("status", 9), ("approvals", 27),
           ("place", 16), ("lines", 6))
_STATUS_STYLE = {"open": "bold", "closed": "bold yellow", "approved": "green",
                 "cancelled": "dim"}


def approvals_text(count: CountInfo) -> str:
    pending = t("tui.counts.sheet.pending")
    return t("tui.counts.approvals_text", coordinator="✓" if count.coordinator else pending,
             chair="✓" if count.chair else pending)


class CountsScreen(BaseScreen):
    CSS_PATH = "../styles/warehouse_counts.tcss"
    HELP_KEY = "tui.counts.help.list"
    TITLE_KEY = "tui.section.counts"
    AUTO_FOCUS = "#counts-table"

    BINDINGS = [
        Binding("enter", "open", "tui.counts.key.open", id="counts.open"),
        Binding("n", "new", "tui.counts.key.new", id="counts.new"),
        Binding("c", "close", "tui.counts.key.close", id="counts.close"),
        Binding("f5", "refresh", "tui.key.refresh", id="counts.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, CountInfo] = {}

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.counts"), classes="screen-title", markup=False)
        yield DataTable(id="counts-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="counts-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#counts-table", DataTable)
        for key, width in COLUMNS:
            table.add_column(t(f"tui.counts.col_{key}"), key=key, width=width)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.call_service(counts_read.list_counts, self.session,
                          done=lambda found: self.show(found, select), group="load")

    def show(self, found: list[CountInfo], select: int | None = None) -> None:
        table = self.query_one("#counts-table", DataTable)
        at = table.cursor_row
        table.clear()
        self.counts = {str(c.id): c for c in found}
        for index, c in enumerate(found):
            table.add_row(c.number, fmt_date(c.counted_on), c.counted_at,
                          Text(status_text(c.status), style=_STATUS_STYLE[c.status]),
                          approvals_text(c), short_text(c.place or "-", 16), str(c.lines),
                          key=str(c.id))
            if c.id == select:
                at = index
        if found:
            table.move_cursor(row=max(0, min(at, len(found) - 1)))
        self.query_one("#counts-status", Static).update(
            t("tui.counts.count", count=len(found)) if found else t("tui.counts.empty"))
        self.refresh_bindings()

    @property
    def highlighted(self) -> CountInfo | None:
        if not self.is_mounted:
            return None
        table = self.query_one("#counts-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.counts.get(key or "")

    @on(DataTable.RowHighlighted, "#counts-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(DataTable.RowSelected, "#counts-table")
    def _chosen(self) -> None:
        self.action_open()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        count = self.highlighted
        if action == "new":
            return self.may("warehouse.manage") or None
        if action == "close":
            if not self.may("warehouse.manage"):
                return None
            return (count is not None and count.status == "open") or None
        if action == "open":
            if count is None or count.status == "cancelled":
                return None
            need = "warehouse.count" if count.status == "open" else "warehouse.view"
            return self.may(need) or None
        return super().check_action(action, parameters)

    def action_refresh(self) -> None:
        self.reload()

    def action_new(self) -> None:
        if self.check_action("new", ()) is True:
            self.app.push_screen(NewCountDialog(), self._created)

    def _created(self, count: CountInfo | None) -> None:
        if count is not None:
            self.notify(t("tui.counts.created", number=count.number))
            self.reload(select=count.id)

    def action_open(self) -> None:
        count = self.highlighted
        if count is None or self.check_action("open", ()) is not True:
            return
        if count.status == "open":
            self.app.push_screen(CountEntryScreen(count), lambda _: self.reload(select=count.id))
        else:
            self._sheet(count)

    def _sheet(self, count: CountInfo) -> None:
        self.app.push_screen(CountSheetScreen(count.id), lambda _: self.reload(select=count.id))

    def action_close(self) -> None:
        count = self.highlighted
        if count is not None and self.check_action("close", ()) is True:
            self.call_service(counts.close_count, self.session, count.id, done=self._count_closed)

    def _count_closed(self, count: CountInfo) -> None:
        self.notify(t("tui.counts.closed", number=count.number))
        self.reload(select=count.id)
        if self.may("warehouse.view"):
            self._sheet(count)


class NewCountDialog(WarehouseDialog):
    """A new count: its day and cut-off time (now by default), place and
    note. Dismisses with the new ``CountInfo``, or None."""

    TITLE_KEY = "tui.counts.new.title"
    HELP_KEY = "tui.counts.help.new"
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/warehouse.tcss",
                "../styles/warehouse_counts.tcss"]
    AUTO_FOCUS = "#counted_on"
    DAY_FIELD = "counted_on"
    LAST_FIELD = "note"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="count-new-box"):
            yield Static(t("tui.counts.new.title"), classes="dialog-title", markup=False)
            with Horizontal(classes="dialog-row"):
                yield date_field(t("tui.counts.day"), "counted_on", clock.today(),
                                 classes="field date", own_error=False)
                yield Field(t("tui.counts.time"), TextInput(
                    clock.now().strftime("%H:%M"), id="counted_at", max_length=5,
                    validators=[CheckValidator(counts.check_time, required=True)]),
                    field="counted_at", own_error=False, classes="field time")
            yield FieldError("counted_on")
            yield FieldError("counted_at")
            yield Field(t("tui.counts.place"), TextInput(id="place", max_length=counts.MAX_PLACE),
                        field="place")
            yield Field(t("tui.counts.note"), TextInput(id="note", max_length=MAX_REASON),
                        field="note")
            yield FieldError("general")
            yield dialog_buttons(t("tui.counts.new.save"))
        yield Footer()

    def save(self) -> None:
        from sekretariat.errors import SekretariatError

        try:
            day = parse_date(self.value("counted_on"), field="counted_on")
        except SekretariatError as exc:
            self._failed(exc)
            return
        self.submit_service(counts.create_count, self.session, day, self.value("counted_at"),
                            place=self.value("place"), note=self.value("note"),
                            done=self.dismiss)
