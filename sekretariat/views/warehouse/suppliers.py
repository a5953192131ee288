"""Pemasok: every supplier with what it is owed (``payables.supplier_balances``)
and since when, phone, contact person, address and whether it is still
used. u opens its account (kartu utang: pay, void); n adds, e changes, x
stops (or resumes) using one — a supplier is never deleted, so past
receipts keep naming it. Changing needs ``warehouse.manage``; others look,
with those keys greyed."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.warehouse import payables, suppliers
from sekretariat.services.warehouse.payables import SupplierBalance
from sekretariat.services.warehouse.suppliers import SupplierInfo
from sekretariat.services.warehouse.util import MAX_NAME, MAX_PHONE, MAX_TEXT, check_phone
from sekretariat.views.base import BaseScreen, dialog_buttons
from sekretariat.views.warehouse.cells import money
from sekretariat.views.warehouse.form_base import CheckValidator, WarehouseDialog
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput

#: Column key -> width ("+": right-aligned): name to since fit 80 columns.
COLUMNS = (("name", 22), ("phone", 15), ("+owed", 14), ("oldest", 11), ("contact", 16),
           ("status", 9), ("address", 24))


def load_suppliers(session) -> tuple[list[SupplierInfo], dict[int, SupplierBalance]]:  # type: ignore[no-untyped-def]
    """Every supplier and what each is owed today."""
    return (suppliers.list_suppliers(session),
            {b.supplier_id: b for b in payables.supplier_balances(session)})


class SuppliersScreen(BaseScreen):
    CSS_PATH = "../styles/warehouse.tcss"
    HELP_KEY = "tui.payables.help.suppliers"
    TITLE_KEY = "tui.warehouse.suppliers.title"
    AUTO_FOCUS = "#suppliers-table"

    BINDINGS = [
        Binding("u", "account", "tui.payables.key.account", id="warehouse_suppliers.account"),
        Binding("n", "add", "tui.warehouse.key.add_supplier", id="warehouse_suppliers.add"),
        Binding("e", "edit", "tui.warehouse.key.edit_supplier", id="warehouse_suppliers.edit"),
        Binding("x", "toggle", "tui.warehouse.key.toggle_supplier",
                id="warehouse_suppliers.toggle"),
        Binding("f5", "refresh", "tui.key.refresh", id="warehouse_suppliers.refresh",
                show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, SupplierInfo] = {}
        self.balances: dict[int, SupplierBalance] = {}
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Static(t("tui.warehouse.suppliers.title"), classes="screen-title", markup=False)
        yield DataTable(id="suppliers-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="suppliers-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#suppliers-table", DataTable)
        for key, width in COLUMNS:
            name = key.lstrip("+")
            label = t(f"tui.payables.col_{name}" if name in ("owed", "oldest")
                      else f"tui.warehouse.suppliers.col_{name}")
            table.add_column(Text(label, justify="right") if key.startswith("+") else label,
                             key=name, width=width)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.call_service(load_suppliers, self.session,
                          done=lambda found: self.show(*found, select), group="load")

    def show(self, found: list[SupplierInfo], balances: dict[int, SupplierBalance],
             select: int | None = None) -> None:
        self.balances = balances
        table = self.query_one("#suppliers-table", DataTable)
        at = table.cursor_row
        table.clear()
        self.rows = {str(s.id): s for s in found}
        for index, s in enumerate(found):
            style = "" if s.active else "dim"
            owed = balances.get(s.id)
            since = owed.oldest_unpaid if owed else None
            table.add_row(Text(short_text(s.name, 22).plain, style=style), s.phone or "-",
                          money(owed.owed if owed else 0, dim_zero=True),
                          fmt_date(since) if since else Text("-", style="dim"),
                          short_text(s.contact_person or "-", 16),
                          Text(t("tui.warehouse.suppliers.active" if s.active
                                 else "tui.warehouse.suppliers.inactive"), style=style),
                          short_text(s.address or "-", 24), key=str(s.id))
            if s.id == select:
                at = index
        if found:
            table.move_cursor(row=max(0, min(at, len(found) - 1)))
        self.loaded = True
        self.query_one("#suppliers-status", Static).update(
            t("tui.warehouse.suppliers.count", count=len(found),
              active=sum(1 for s in found if s.active)) + " · " + t(
                "tui.payables.suppliers_total",
                total=format_rupiah(sum(b.owed for b in balances.values()))) if found
            else t("tui.warehouse.suppliers.empty"))
        self.refresh_bindings()

    def action_refresh(self) -> None:
        self.reload()

    @property
    def highlighted(self) -> SupplierInfo | None:
        if not self.is_mounted:
            return None
        table = self.query_one("#suppliers-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(key or "")

    @on(DataTable.RowHighlighted, "#suppliers-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(DataTable.RowSelected, "#suppliers-table")
    def _chosen(self) -> None:
        self.action_edit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "account":
            return (self.loaded and self.highlighted is not None) or None
        if action in ("add", "edit", "toggle"):
            if not self.may("warehouse.manage") or not self.loaded:
                return None
            return action == "add" or self.highlighted is not None or None
        return super().check_action(action, parameters)

    def action_account(self) -> None:
        supplier = self.highlighted
        if supplier is None or self.check_action("account", ()) is not True:
            return
        from sekretariat.views.warehouse.supplier_account import SupplierAccountScreen

        self.app.push_screen(SupplierAccountScreen(supplier.id),
                             lambda _: self.reload(select=supplier.id))

    def action_add(self) -> None:
        if self.check_action("add", ()) is True:
            self.app.push_screen(SupplierDialog(), self._saved)

    def action_edit(self) -> None:
        if self.check_action("edit", ()) is True:
            self.app.push_screen(SupplierDialog(self.highlighted), self._saved)

    def action_toggle(self) -> None:
        supplier = self.highlighted
        if supplier is None or self.check_action("toggle", ()) is not True:
            return
        self.call_service(suppliers.update_supplier, self.session, supplier.id,
                          active=not supplier.active, done=self._saved)

    def _saved(self, supplier: SupplierInfo | None) -> None:
        if supplier is not None:
            self.notify(t("tui.warehouse.suppliers.saved", name=supplier.name))
            self.reload(select=supplier.id)


class SupplierDialog(WarehouseDialog):
    TITLE_KEY = "tui.warehouse.supplier.title"
    HELP_KEY = "tui.warehouse.help.supplier"
    AUTO_FOCUS = "#name"
    LAST_FIELD = "address"

    def __init__(self, supplier: SupplierInfo | None = None) -> None:
        super().__init__()
        self.supplier = supplier

    def compose(self) -> ComposeResult:
        s = self.supplier

        def field(key: str, value: str, maximum: int, check=None, required=False) -> Field:
            return Field(t(f"tui.warehouse.supplier.{key}"), TextInput(
                value, id=key, max_length=maximum,
                validators=[CheckValidator(check, required=required)]),
                field=key, own_error=False, classes="field")

        with Vertical(classes="dialog-box -wide", id="supplier-box"):
            yield Static(t("tui.warehouse.supplier.edit_title" if s else
                           "tui.warehouse.supplier.new_title"), classes="dialog-title",
                         markup=False)
            with Horizontal(classes="dialog-row"):
                yield field("name", s.name if s else "", MAX_NAME, required=True)
                yield field("phone", s.phone if s else "", MAX_PHONE, check_phone)
            yield FieldError("name")
            yield FieldError("phone")
            yield field("contact_person", s.contact_person if s else "", MAX_NAME)
            yield FieldError("contact_person")
            yield field("address", s.address if s else "", MAX_TEXT)
            yield FieldError("address")
            yield FieldError("general")
            yield dialog_buttons(t("tui.warehouse.supplier.save_new" if s is None
                                   else "tui.warehouse.save"))
        yield Footer()

    def save(self) -> None:
        values = {key: self.value(key) for key in ("name", "phone", "contact_person",
                                                   "address")}
        if self.supplier is None:
            name = values.pop("name")
            self.submit_service(suppliers.create_supplier, self.session, name,
                                done=self.dismiss, **values)
        else:
            self.submit_service(suppliers.update_supplier, self.session, self.supplier.id,
                                done=self.dismiss, **values)
