"""The allocation of a received round: the engine's preview (each trader's
request, exact quota, units, charge), hand edits of one line's units (the
service checks them: the item's units add up, nobody above the request;
a refusal shows and the edit is dropped), then Ctrl+S confirms it (the
round is 'allocated', ready to post)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Input, Static

from sekretariat.i18n import t
from sekretariat.services.warehouse import rounds_alloc, rounds_read
from sekretariat.services.warehouse.rounds_read import quota_text
from sekretariat.views.base import dialog_buttons
from sekretariat.views.warehouse.cells import money, right
from sekretariat.views.warehouse.form_base import WarehouseDialog
from sekretariat.views.warehouse.round_forms import CSS
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput

COLUMNS = (("item", 12), ("trader", 16), ("+requested", 6), ("+quota", 7), ("+allocated", 6),
           ("+charge", 12))


def preview(session, round_id: int, manual: dict[int, str]):
    """The preview and the traders' names (both from the services). While
    editing by hand, units may be left over for a moment (moving a unit from
    one trader to another takes two edits): the preview allows it, the
    confirmation does not, unless every unit is handed out."""
    found = rounds_alloc.preview_allocation(session, round_id, manual,
                                            keep_in_stock=bool(manual))
    names = {share.trader_id: rounds_read.trader_name(share.trader_id)
             for item in found.items for share in item.allocation.shares}
    return found, names


class AllocationDialog(WarehouseDialog):
    """Preview, edit by hand, confirm; dismisses with the stored allocation."""

    TITLE_KEY = "tui.round.alloc.title"
    HELP_KEY = "tui.round.help.alloc"
    CSS_PATH = CSS
    AUTO_FOCUS = "#alloc-table"

    BINDINGS = [
        Binding("e", "edit", "tui.round.key.edit_units", id="warehouse_round.alloc_edit"),
    ]

    def __init__(self, round_id: int, number: str) -> None:
        super().__init__()
        self.round_id = round_id
        self.number = number
        self.manual: dict[int, str] = {}
        self.shown = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide", id="round-alloc-box"):
            yield Static(t("tui.round.alloc.heading", number=self.number),
                         classes="dialog-title", markup=False)
            yield DataTable(id="alloc-table", cursor_type="row", zebra_stripes=True)
            yield Static("", id="alloc-total", markup=False)
            yield Field(t("tui.round.alloc.units"), TextInput(id="units", max_length=9),
                        field="units", own_error=False, classes="field")
            yield FieldError("units")
            yield FieldError("allocated")
            yield FieldError("general")
            yield dialog_buttons(t("tui.round.alloc.save"))
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#alloc-table", DataTable)
        for key, width in COLUMNS:
            table.add_column(t(f"tui.round.col_{key.lstrip('+')}"), key=key.lstrip("+"),
                             width=width)
        self.load()

    def load(self, undo: int | None = None) -> None:
        def failed(error) -> None:
            if undo is not None:
                self.manual.pop(undo, None)
            self.show_error(error)

        self.call_service(preview, self.session, self.round_id, dict(self.manual),
                          done=self.show, failed=failed, group="load")

    def show(self, result) -> None:
        found, names = result
        self.shown = found
        table = self.query_one("#alloc-table", DataTable)
        at = table.cursor_row
        table.clear()
        for item in found.items:
            for share in item.allocation.shares:
                table.add_row(short_text(item.item_name, 12),
                              short_text(names.get(share.trader_id, ""), 16),
                              right(str(share.requested)), right(quota_text(share.quota)),
                              right(str(share.allocated)), money(share.charge),
                              key=str(share.key))
        if table.row_count:
            table.move_cursor(row=max(0, min(at, table.row_count - 1)))
        text = t("tui.round.alloc.total", charge=money(found.total_charge).plain,
                 manual=t("tui.round.alloc.manual") if any(
                     i.allocation.manual for i in found.items) else "")
        for item in found.items:
            left = min(item.allocation.supply, item.allocation.demand) - item.allocation.allocated
            if left > 0:
                text += "\n" + t("tui.round.alloc.left", units=left, unit=item.unit,
                                  item=item.item_name)
        self.query_one("#alloc-total", Static).update(text)

    def _key(self) -> int | None:
        table = self.query_one("#alloc-table", DataTable)
        if not table.row_count:
            return None
        return int(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def action_edit(self) -> None:
        if self._key() is not None:
            self.query_one("#units", Input).focus()

    @on(Input.Submitted, "#units")
    def _units(self, event: Input.Submitted) -> None:
        event.stop()
        key = self._key()
        text = event.value.strip()
        if key is None or not text:
            return
        self.clear_errors()
        before = self.manual.get(key)
        self.manual[key] = text
        event.input.value = ""
        self.load(undo=key if before is None else None)
        self.call_after_refresh(self.query_one("#alloc-table", DataTable).focus)

    def save(self) -> None:
        self.submit_service(rounds_alloc.confirm_allocation, self.session, self.round_id,
                            dict(self.manual), done=self.dismiss)
