"""The dialogs of a bulk round: open one (title, items with their purchase
unit), a trader's request, the order (supplier, bulk price and units per
item), a landed cost, the receipt (more than ordered asks first) and an
item's retail price. Each calls its service; a refusal shows under its
field with everything typed kept. The allocation preview is in
round_alloc_view.py."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Select, Static

from sekretariat import clock
from sekretariat.errors import Conflict, SekretariatError, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_date
from sekretariat.services.leasing import traders
from sekretariat.services.warehouse import retail, rounds, suppliers
from sekretariat.services.warehouse.rounds_read import RoundInfo
from sekretariat.views.base import dialog_buttons
from sekretariat.views.warehouse.form_base import CheckValidator, WarehouseDialog
from sekretariat.views.widgets.fields import Field, FieldError, date_field
from sekretariat.views.widgets.text_input import TextInput

CSS = ["../styles/dialogs.tcss", "../styles/warehouse.tcss", "../styles/warehouse_rounds.tcss"]


def text_field(key: str, field: str, value: str = "", *, maximum: int = 60,
               required: bool = False, classes: str = "field") -> Field:
    return Field(t(f"tui.round.form.{key}"), TextInput(
        value, id=field, max_length=maximum,
        validators=[CheckValidator(None, required=required)]),
        field=field, own_error=False, classes=classes)


def item_select(info: RoundInfo, *, blank: bool = False, field: str = "item") -> Field:
    options = [(f"{i.item_name} ({i.unit})", i.item_id) for i in info.items]
    if blank:
        select = Select(options, prompt=t("tui.round.form.whole_round"), id=field)
    else:
        select = Select(options, value=options[0][1], allow_blank=False, id=field)
    return Field(t("tui.round.form.item"), select, field=field, own_error=False,
                 classes="field")


def parse_items(text: str) -> list[tuple[str, str]]:
    """'beras karung, minyak dus' -> [('beras', 'karung'), ('minyak', 'dus')]
    ('beras=karung' too; no unit: the item's base unit)."""
    found = []
    for part in text.replace(";", ",").split(","):
        words = part.replace("=", " ").split()
        if words:
            found.append((" ".join(words[:-1]) or words[0],
                          words[-1] if len(words) > 1 else ""))
    return found


def find_trader(session, text: str) -> tuple[int, str]:
    """The one active trader ``text`` names (name part or stall code)."""
    text = " ".join(str(text or "").split())
    if not text:
        raise ValidationError("tui.round.trader_empty", field="trader")
    found = traders.search(session, text, status="aktif", limit=5).rows
    exact = [r for r in found if r.name.lower() == text.lower()]
    if len(exact) == 1 or len(found) == 1:
        row = (exact or found)[0]
        return row.id, row.name
    if not found:
        raise ValidationError("tui.round.trader_none", field="trader", text=text)
    raise ValidationError("tui.round.trader_many", field="trader", text=text,
                          names=", ".join(r.name for r in found))


def request_by_text(session, round_id: int, item_id: int, trader_text: str,
                    units: str) -> str:
    """Find the trader, record the request; the trader's name comes back."""
    trader_id, name = find_trader(session, trader_text)
    rounds.record_request(session, round_id, item_id, trader_id, units)
    return name


class NewRoundDialog(WarehouseDialog):
    """A round's title and items; dismisses with the new round's id."""

    TITLE_KEY = "tui.round.new.title"
    HELP_KEY = "tui.round.help.new"
    CSS_PATH = CSS
    AUTO_FOCUS = "#title"
    LAST_FIELD = "items"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide", id="round-new-box"):
            yield Static(t("tui.round.new.title"), classes="dialog-title", markup=False)
            yield text_field("title", "title", required=True, maximum=120)
            yield FieldError("title")
            yield text_field("items", "items", required=True, maximum=200)
            yield Static(t("tui.round.new.items_hint"), classes="field-hint", markup=False)
            for name in ("items", "item", "unit", "day", "general"):
                yield FieldError(name)
            yield dialog_buttons(t("tui.round.new.save"))
        yield Footer()

    def save(self) -> None:
        self.submit_service(rounds.open_round, self.session, self.value("title"),
                            parse_items(self.value("items")), done=self.dismiss)


class RequestDialog(WarehouseDialog):
    """A trader's request (by name or stall code), in the item's purchase units."""

    TITLE_KEY = "tui.round.request.title"
    HELP_KEY = "tui.round.help.request"
    CSS_PATH = CSS
    AUTO_FOCUS = "#trader"
    LAST_FIELD = "units"

    def __init__(self, info: RoundInfo) -> None:
        super().__init__()
        self.info = info

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide", id="round-request-box"):
            yield Static(t("tui.round.request.title"), classes="dialog-title", markup=False)
            yield text_field("trader", "trader", required=True)
            yield FieldError("trader")
            with Horizontal(classes="dialog-row"):
                yield item_select(self.info)
                yield text_field("units", "units", required=True, maximum=9)
            for name in ("item", "units", "general"):
                yield FieldError(name)
            yield dialog_buttons(t("tui.round.request.save"))
        yield Footer()

    def save(self) -> None:
        self.submit_service(request_by_text, self.session, self.info.id, self.choice("item"),
                            self.value("trader"), self.value("units"), done=self.dismiss)


class OrderDialog(WarehouseDialog):
    """The supplier, and per item the bulk price and the units (default: demand)."""

    TITLE_KEY = "tui.round.order.title"
    HELP_KEY = "tui.round.help.order"
    CSS_PATH = CSS
    AUTO_FOCUS = "#supplier"

    def __init__(self, info: RoundInfo) -> None:
        super().__init__()
        self.info = info
        self.LAST_FIELD = f"qty-{info.items[-1].item_id}"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide", id="round-order-box"):
            yield Static(t("tui.round.order.title"), classes="dialog-title", markup=False)
            yield Field(t("tui.round.form.supplier"), Select([], prompt=t("tui.loading"),
                                                             id="supplier"),
                        field="supplier", own_error=False, classes="field")
            yield FieldError("supplier")
            for item in self.info.items:
                with Horizontal(classes="dialog-row"):
                    yield Static(f"{item.item_name} ({item.unit})", classes="round-item-name",
                                 markup=False)
                    yield text_field("price", f"price-{item.item_id}", required=True,
                                     maximum=20)
                    yield text_field("quantity", f"qty-{item.item_id}", str(item.requested),
                                     required=True, maximum=9)
                yield FieldError(f"price-{item.item_id}")   # what its validators refuse
                yield FieldError(f"qty-{item.item_id}")
            for name in ("prices", "quantities", "day", "general"):
                yield FieldError(name)
            yield dialog_buttons(t("tui.round.order.save"))
        yield Footer()

    def on_mount(self) -> None:
        self.call_service(suppliers.list_suppliers, self.session, done=self._suppliers)

    def _suppliers(self, found) -> None:
        select = self.query_one("#supplier", Select)
        select.prompt = t("tui.round.choose_supplier")
        select.set_options([(s.name, s.id) for s in found if s.active])

    def save(self) -> None:
        supplier = self.choice("supplier")
        if supplier is None:
            self._failed(ValidationError("tui.round.supplier_empty", field="supplier"))
            return
        prices = {i.item_id: self.value(f"price-{i.item_id}") for i in self.info.items}
        units = {i.item_id: self.value(f"qty-{i.item_id}") for i in self.info.items}
        self.submit_service(rounds.order_round, self.session, self.info.id, supplier, prices,
                            units, done=self.dismiss)


class CostDialog(WarehouseDialog):
    """A landed cost: description, amount, one item or the whole round."""

    TITLE_KEY = "tui.round.cost.title"
    HELP_KEY = "tui.round.help.cost"
    CSS_PATH = CSS
    AUTO_FOCUS = "#description"
    LAST_FIELD = "amount"

    def __init__(self, info: RoundInfo) -> None:
        super().__init__()
        self.info = info

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide", id="round-cost-box"):
            yield Static(t("tui.round.cost.title"), classes="dialog-title", markup=False)
            yield text_field("description", "description", required=True, maximum=120)
            yield FieldError("description")
            with Horizontal(classes="dialog-row"):
                yield text_field("amount", "amount", required=True, maximum=20)
                yield item_select(self.info, blank=True)
            for name in ("amount", "item", "general"):
                yield FieldError(name)
            yield dialog_buttons(t("tui.round.cost.save"))
        yield Footer()

    def save(self) -> None:
        self.submit_service(rounds.add_landed_cost, self.session, self.info.id,
                            self.value("description"), self.value("amount"),
                            self.choice("item"), done=self.dismiss)


class ReceiveDialog(WarehouseDialog):
    """Units arrived per item (default: ordered); more than ordered asks first."""

    TITLE_KEY = "tui.round.receive.title"
    HELP_KEY = "tui.round.help.receive"
    CSS_PATH = CSS
    DAY_FIELD = "day"

    def __init__(self, info: RoundInfo) -> None:
        super().__init__()
        self.info = info
        self.LAST_FIELD = f"recv-{info.items[-1].item_id}"
        self.AUTO_FOCUS = f"#recv-{info.items[0].item_id}"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide", id="round-receive-box"):
            yield Static(t("tui.round.receive.title"), classes="dialog-title", markup=False)
            for item in self.info.items:
                with Horizontal(classes="dialog-row"):
                    yield Static(t("tui.round.receive.ordered", item=item.item_name,
                                   units=item.ordered or 0, unit=item.unit),
                                 classes="round-item-name", markup=False)
                    yield text_field("arrived", f"recv-{item.item_id}", str(item.ordered or 0),
                                     required=True, maximum=9)
                yield FieldError(f"recv-{item.item_id}")
            yield date_field(t("tui.round.form.day"), "day", clock.today(),
                             classes="field date", own_error=False)
            for name in ("received", "day", "general"):
                yield FieldError(name)
            yield dialog_buttons(t("tui.round.receive.save"))
        yield Footer()

    def save(self, confirm_over: bool = False) -> None:
        try:
            day = parse_date(self.value("day"), field="day")
        except SekretariatError as exc:
            self._failed(exc)
            return
        arrived = {i.item_id: self.value(f"recv-{i.item_id}") for i in self.info.items}
        self._submit_button().disabled = True
        self.call_service(rounds.receive_round, self.session, self.info.id, arrived, day,
                          confirm_over=confirm_over, done=lambda _: self.dismiss(True),
                          failed=self._refused, group="submit")

    def _refused(self, error: SekretariatError | None) -> None:
        if isinstance(error, Conflict) and error.key == "round.over_ordered":
            from sekretariat.views.core.confirm import ConfirmDialog

            self._submit_button().disabled = False
            self.app.push_screen(
                ConfirmDialog(t("tui.round.receive.over", detail=error.message),
                              t("tui.round.receive.over_yes")),
                lambda yes: self.save(confirm_over=True) if yes else None)
            return
        self._failed(error)


class RetailDialog(WarehouseDialog):
    """An item's retail price per base unit from a day (for the savings)."""

    TITLE_KEY = "tui.round.retail.title"
    HELP_KEY = "tui.round.help.retail"
    CSS_PATH = CSS
    AUTO_FOCUS = "#price"
    DAY_FIELD = "day"
    LAST_FIELD = "price"

    def __init__(self, info: RoundInfo) -> None:
        super().__init__()
        self.info = info

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide", id="round-retail-box"):
            yield Static(t("tui.round.retail.title"), classes="dialog-title", markup=False)
            with Horizontal(classes="dialog-row"):
                yield item_select(self.info)
                yield date_field(t("tui.round.form.day"), "day", clock.today(),
                                 classes="field date", own_error=False)
            yield text_field("retail_price", "price", required=True, maximum=20)
            for name in ("item", "day", "price", "general"):
                yield FieldError(name)
            yield dialog_buttons(t("tui.round.retail.save"))
        yield Footer()

    def save(self) -> None:
        try:
            day = parse_date(self.value("day"), field="day")
        except SekretariatError as exc:
            self._failed(exc)
            return
        self.submit_service(retail.set_retail_price, self.session, self.choice("item"), day,
                            self.value("price"), done=self.dismiss)
