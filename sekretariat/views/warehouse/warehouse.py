"""Gudang, the hub: every item with what it holds (in its base unit and its
purchase units), its value, moving-average cost and reorder level, low
stock marked; the total stock value (``stock.stock_value``), as of today or
a chosen date (d). Enter opens the item's stock card; m receives, k issues,
h writes off, v reverses the item's latest movement; n and e add and change
items, s the suppliers, o the stock counts."""

from __future__ import annotations

import datetime as dt
import importlib

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, DataTable, Footer, Input, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, parse_date
from sekretariat.money import format_number, format_rupiah
from sekretariat.services.warehouse import overview
from sekretariat.services.warehouse.items import in_units
from sekretariat.services.warehouse.overview import WarehouseOverview
from sekretariat.services.warehouse.stock import StockRow
from sekretariat.views.base import BaseScreen
from sekretariat.views.warehouse.cells import money, right, unit_cost
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.fields import FieldError, date_field, date_text
from sekretariat.views.widgets.validators import first_failure

#: action -> the permission it needs (besides an item under the cursor for some).
NEEDS: dict[str, str] = {
    "card": "warehouse.view", "receipt": "warehouse.move", "issue": "warehouse.move",
    "write_off": "warehouse.move", "reverse": "warehouse.move", "new_item": "warehouse.manage",
    "edit_item": "warehouse.manage", "suppliers": "warehouse.view", "counts": "warehouse.view",
    "rounds": "warehouse.view",
}
#: Actions that work on the item under the cursor.
ON_ITEM = ("card", "receipt", "issue", "write_off", "reverse", "edit_item")
#: Column key -> width ("+": right-aligned); the first four fit 80 columns.
COLUMNS = (("name", 18), ("quantity", 34), ("low", 7), ("+value", 13), ("+unit_cost", 15),
           ("+reorder", 10), ("code", 8))


class WarehouseScreen(BaseScreen):
    CSS_PATH = "../styles/warehouse.tcss"
    HELP_KEY = "tui.warehouse.help.hub"
    TITLE_KEY = "tui.section.warehouse"
    SECTION = "warehouse"
    AUTO_FOCUS = "#stock-table"

    BINDINGS = [
        Binding("enter", "card", "tui.warehouse.key.card", id="warehouse.card"),
        Binding("m", "receipt", "tui.warehouse.key.receipt", id="warehouse.receipt"),
        Binding("k", "issue", "tui.warehouse.key.issue", id="warehouse.issue"),
        Binding("h", "write_off", "tui.warehouse.key.write_off", id="warehouse.write_off"),
        Binding("v", "reverse", "tui.warehouse.key.reverse", id="warehouse.reverse",
                show=False),
        Binding("n", "new_item", "tui.warehouse.key.new_item", id="warehouse.new_item"),
        Binding("e", "edit_item", "tui.warehouse.key.edit_item", id="warehouse.edit_item"),
        Binding("s", "suppliers", "tui.warehouse.key.suppliers", id="warehouse.suppliers"),
        Binding("o", "counts", "tui.warehouse.key.counts", id="warehouse.counts"),
        Binding("r", "rounds", "tui.round.key.rounds", id="warehouse.rounds"),
        Binding("d", "edit_date", "tui.warehouse.key.date", id="warehouse.date", show=False),
        Binding("f5", "refresh", "tui.key.refresh", id="warehouse.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.as_of: dt.date | None = None     # None: now
        self.data: WarehouseOverview | None = None
        self.rows: dict[str, StockRow] = {}
        #: An action asked for before the list was loaded (from the palette).
        self.pending: str | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="stock-title", classes="screen-title", markup=False)
        with Horizontal(id="stock-controls"):
            yield date_field(t("tui.warehouse.as_of"), "as_of", clock.today(),
                             classes="field date", own_error=False)
            yield Button(t("tui.warehouse.apply"), id="apply")
            yield Static(t("tui.loading"), id="stock-total", markup=False)
        yield FieldError("as_of")
        yield DataTable(id="stock-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="stock-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#stock-table", DataTable)
        for key, width in COLUMNS:
            label = t(f"tui.warehouse.col.{key.lstrip('+')}")
            table.add_column(right(label) if key.startswith("+") else label,
                             key=key.lstrip("+"), width=width)
        self.reload()

    def on_screen_resume(self) -> None:
        if self.data is not None:
            self.reload()

    # --- loading ---------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        day = fmt_date(self.as_of or clock.today())
        self.query_one("#stock-title", Static).update(t("tui.warehouse.title", day=day))
        as_of = self.as_of
        self.call_service(overview.warehouse_overview, self.session, as_of,
                          done=lambda data: self.show(data, as_of, select), group="load")

    def show(self, data: WarehouseOverview, as_of: dt.date | None,
             select: int | None = None) -> None:
        if as_of != self.as_of:
            return  # an answer to an earlier question
        self.data = data
        table = self.query_one("#stock-table", DataTable)
        at = table.cursor_row
        table.clear()
        self.rows = {}
        for index, row in enumerate(data.stock.rows):
            key = str(row.item_id)
            self.rows[key] = row
            info = data.item(row.item_id)
            style = "" if row.active else "dim"
            table.add_row(
                Text(short_text(row.name, 18).plain, style=style),
                Text(in_units(info, row.quantity), style="bold red" if row.low else style),
                Text(t("tui.warehouse.low"), style="bold red") if row.low else Text(""),
                money(row.value, dim_zero=True), unit_cost(row.unit_cost, row.base_unit),
                right(f"{format_number(row.reorder_level)} {row.base_unit}"),
                Text(row.code, style="dim"), key=key)
            if row.item_id == select:
                at = index
        if data.stock.rows:
            table.move_cursor(row=max(0, min(at, len(data.stock.rows) - 1)))
        low = sum(1 for r in data.stock.rows if r.low)
        self.query_one("#stock-total", Static).update(t(
            "tui.warehouse.total", value=format_rupiah(data.stock.total)))
        status = t("tui.warehouse.empty") if not data.stock.rows else t(
            "tui.warehouse.status", count=len(data.stock.rows), low=low)
        self.query_one("#stock-status", Static).update(status)
        self.refresh_bindings()
        if self.pending is not None:
            action, self.pending = self.pending, None
            self.call_later(self.run_action, action)

    def action_refresh(self) -> None:
        self.reload()

    # --- the date -------------------------------------------------------------------

    @on(Input.Changed, "#as_of")
    def _date_typed(self, event: Input.Changed) -> None:
        self.query_one("#error-as_of", FieldError).show(first_failure(event.validation_result))

    @on(Input.Submitted, "#as_of")
    @on(Button.Pressed, "#apply")
    def apply_date(self) -> None:
        self.clear_errors()
        field = self.query_one("#as_of", Input)
        try:
            day = parse_date(field.value, field="as_of")
        except SekretariatError as exc:
            self.show_error(exc)
            field.focus()
            return
        if day > clock.today():
            self.query_one("#error-as_of", FieldError).show(
                t("warehouse.future_date", day=fmt_date(day)))
            field.focus()
            return
        self.as_of = None if day == clock.today() else day
        self.query_one("#stock-total", Static).update(t("tui.loading"))
        self.reload()
        self.query_one("#stock-table").focus()

    def action_edit_date(self) -> None:
        self.query_one("#as_of", Input).focus()

    def action_back(self) -> None:
        # Escape in the date field returns to the table first.
        if isinstance(self.focused, Input):
            self.query_one("#as_of", Input).value = date_text(self.as_of or clock.today())
            self.clear_errors()
            self.query_one("#stock-table").focus()
            return
        super().action_back()

    # --- the item under the cursor ------------------------------------------------

    @property
    def highlighted(self) -> StockRow | None:
        if not self.is_mounted:
            return None
        table = self.query_one("#stock-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(key or "")

    @on(DataTable.RowHighlighted, "#stock-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(DataTable.RowSelected, "#stock-table")
    def _chosen(self) -> None:
        self.action_card()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in NEEDS:
            if not self.may(NEEDS[action]):
                return None
            if action in ON_ITEM:
                if self.data is None:
                    return True  # asked for while loading (the palette): it waits
                row = self.highlighted
                if row is None:
                    return None
                if action in ("receipt", "issue", "write_off") and not row.active:
                    return None
            return True
        return super().check_action(action, parameters)

    def _ready(self, action: str) -> StockRow | None:
        """The row an action works on, or None (nothing done). Asked for
        before the list is loaded (the palette), it runs once it is."""
        if self.data is None:
            self.pending = action
            return None
        if self.check_action(action, ()) is not True:
            return None
        return self.highlighted

    def action_card(self) -> None:
        row = self._ready("card")
        if row is not None:
            from sekretariat.views.warehouse.stock_card import StockCardScreen

            self.app.push_screen(StockCardScreen(row.item_id))

    def _movement(self, kind: str) -> None:
        row = self._ready(kind)
        if row is None or self.data is None:
            return
        from sekretariat.views.warehouse.movement_form import MovementDialog

        item = self.data.item(row.item_id)
        self.app.push_screen(MovementDialog(kind, item),
                             lambda done: self._moved_stock(done, row.item_id))

    def _moved_stock(self, movement, item_id: int) -> None:
        if movement is None:
            return
        info = self.data.item(item_id) if self.data else None
        quantity = in_units(info, abs(movement.quantity)) if info else str(movement.quantity)
        self.notify(t("tui.warehouse.recorded", number=movement.number,
                      kind=t(f"warehouse.kind.{movement.kind}"), quantity=quantity))
        self.reload(select=item_id)

    def action_receipt(self) -> None:
        self._movement("receipt")

    def action_issue(self) -> None:
        self._movement("issue")

    def action_write_off(self) -> None:
        self._movement("write_off")

    def action_reverse(self) -> None:
        row = self._ready("reverse")
        if row is None or self.data is None:
            return
        from sekretariat.views.warehouse.reverse import open_reverse

        open_reverse(self, self.data.item(row.item_id),
                     lambda done: self._moved_stock(done, row.item_id))

    def action_new_item(self) -> None:
        if self.data is None:
            self.pending = "new_item"
            return
        if self.check_action("new_item", ()) is not True:
            return
        from sekretariat.views.warehouse.item_form import ItemDialog

        self.app.push_screen(ItemDialog(), self._item_saved)

    def action_edit_item(self) -> None:
        row = self._ready("edit_item")
        if row is None or self.data is None:
            return
        from sekretariat.views.warehouse.item_form import ItemDialog

        self.app.push_screen(ItemDialog(self.data.item(row.item_id)), self._item_saved)

    def _item_saved(self, item) -> None:
        if item is not None:
            self.notify(t("tui.warehouse.item_saved", name=item.name))
            self.reload(select=item.id)

    def action_suppliers(self) -> None:
        if self.check_action("suppliers", ()) is True:
            from sekretariat.views.warehouse.suppliers import SuppliersScreen

            self.app.push_screen(SuppliersScreen())

    def action_counts(self) -> None:
        if self.check_action("counts", ()) is True:
            module = importlib.import_module("sekretariat.views.warehouse.counts")
            self.app.push_screen(module.CountsScreen())

    def action_rounds(self) -> None:
        if self.check_action("rounds", ()) is True:
            from sekretariat.views.warehouse.rounds import RoundsScreen

            self.app.push_screen(RoundsScreen())
