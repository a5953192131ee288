"""One dialog for the movements a person records by hand: a receipt (barang
masuk: cost, supplier, on credit or cash), an issue (barang keluar: a cash
sale with its price, optionally naming the trader who bought, picked by
typing part of a name or stall with the lease form's trader picker; or
internal use with a reason) and a write-off (damaged or expired, with a
reason). The quantity is typed in the unit chosen beside it (the base unit
or a purchase unit) and its base amount shows as you type; the service's
refusals (beyond stock, a closed day, a date before the item's latest
movement) go under their field with all typed kept. Dismisses with the
recorded ``Movement``, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Select, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_date
from sekretariat.services.warehouse import movements, overview, suppliers
from sekretariat.services.warehouse.items import ItemInfo, in_units, to_base
from sekretariat.services.warehouse.util import MAX_REASON
from sekretariat.views.base import dialog_buttons
from sekretariat.views.leasing.trader_picker import TraderPicker
from sekretariat.views.warehouse.form_base import CheckValidator, WarehouseDialog
from sekretariat.views.widgets.fields import Field, FieldError, date_field, money_field
from sekretariat.views.widgets.text_input import TextInput
from sekretariat.views.widgets.validators import first_failure

KINDS = ("receipt", "issue", "write_off")
#: Write-off causes offered (the reason starts with the one chosen).
CAUSES = ("damaged", "expired", "other")


def typed_unit(text: str, unit: str | None) -> str | None:
    """The unit to read ``text`` in: none when the text names its own."""
    return None if any(c.isalpha() for c in text) else unit


class MovementDialog(WarehouseDialog):
    TITLE_KEY = "tui.warehouse.move.title"
    AUTO_FOCUS = "#quantity"
    DAY_FIELD = "day"

    def __init__(self, kind: str, item: ItemInfo) -> None:
        super().__init__()
        if kind not in KINDS:
            raise ValueError(kind)
        self.kind = kind
        self.item = item
        self.HELP_KEY = ("tui.warehouse.help.issue_trader" if kind == "issue"
                         else f"tui.warehouse.help.{kind}")
        self.LAST_FIELD = "cost" if kind == "receipt" else "reason"

    # --- the form -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        kind, item = self.kind, self.item
        units = [(item.base_unit, item.base_unit)] + [(f"{u.name} ({u.factor} {item.base_unit})",
                                                      u.name) for u in item.units if u.active]
        with Vertical(classes="dialog-box -wide", id="move-box"):
            yield Static(t(f"tui.warehouse.move.title_{kind}", item=item.name),
                         classes="dialog-title", markup=False)
            with Horizontal(id="move-facts"):
                yield Static(t("tui.loading"), id="move-held", markup=False)
                yield Static("", id="move-base", classes="field-hint", markup=False)
            with Horizontal(classes="dialog-row"):
                yield Field(t("tui.warehouse.move.quantity"), TextInput(
                    id="quantity", max_length=30, placeholder=t("tui.warehouse.move.quantity_hint"),
                    validators=[CheckValidator(self._check_quantity, required=True,
                                               empty_key="warehouse.quantity_zero")]),
                    field="quantity", own_error=False, classes="field quantity")
                yield Field(t("tui.warehouse.move.unit"), Select(
                    units, value=item.base_unit, allow_blank=False, id="unit"),
                    field="unit", own_error=False, classes="field unit")
                yield date_field(t("tui.warehouse.move.day"), "day", clock.today(),
                                 classes="field date", own_error=False)
            yield FieldError("quantity")
            yield FieldError("unit")
            yield FieldError("day")
            yield from getattr(self, f"_compose_{kind}")()
            yield FieldError("general")
            yield dialog_buttons(t(f"tui.warehouse.move.save_{kind}"),
                                 "warning" if kind == "write_off" else "primary")
        yield Footer()

    def _compose_receipt(self) -> ComposeResult:
        with Horizontal(classes="dialog-row"):
            yield Field(t("tui.warehouse.move.supplier"), Select(
                [], prompt=t("tui.loading"), id="supplier"), field="supplier",
                own_error=False, classes="field")
            yield Field(t("tui.warehouse.move.payment"), Select(
                [(t("warehouse.payment.credit"), "credit"), (t("warehouse.payment.cash"), "cash")],
                value="credit", allow_blank=False, id="payment"), field="payment",
                own_error=False, classes="field payment")
            yield money_field(t("tui.warehouse.move.cost"), "cost", required=True,
                              classes="field money", own_error=False,
                              placeholder=t("tui.warehouse.move.cost_hint"))
        yield FieldError("supplier")
        yield FieldError("payment")
        yield FieldError("cost")

    def _compose_issue(self) -> ComposeResult:
        with Horizontal(classes="dialog-row"):
            yield Field(t("tui.warehouse.move.way"), Select(
                [(t("tui.warehouse.move.way_sale"), "sale"),
                 (t("tui.warehouse.move.way_internal"), "internal")],
                value="sale", allow_blank=False, id="way"), field="way", own_error=False,
                classes="field way")
            yield money_field(t("tui.warehouse.move.price"), "price", classes="field money",
                              own_error=False, placeholder=t("tui.warehouse.move.price_hint"))
        yield FieldError("price")
        with Horizontal(classes="dialog-row"):       # side by side: the form fits 80x24
            yield TraderPicker(t("tui.warehouse.move.trader"), id="buyer", classes="field")
            yield self._reason_field("tui.warehouse.move.note")

    def _compose_write_off(self) -> ComposeResult:
        with Horizontal(classes="dialog-row"):
            yield Field(t("tui.warehouse.move.cause"), Select(
                [(t(f"tui.warehouse.move.cause_{c}"), c) for c in CAUSES], value="damaged",
                allow_blank=False, id="cause"), field="cause", own_error=False,
                classes="field way")
        yield self._reason_field("tui.warehouse.move.reason")

    def _reason_field(self, label: str) -> Field:
        hint = t(f"tui.warehouse.move.reason_hint_{self.kind}")
        return Field(t(label), TextInput(id="reason", max_length=MAX_REASON, placeholder=hint),
                     field="reason")

    def on_mount(self) -> None:
        self.call_service(overview.held_now, self.session, self.item.id, done=self._held,
                          group="held", failed=lambda error: None)
        if self.kind == "receipt":
            self.call_service(suppliers.list_suppliers, self.session, active_only=True,
                              done=self._suppliers, group="suppliers")

    def _held(self, held: tuple[int, int]) -> None:
        self.held = held[0]
        self.query_one("#move-held", Static).update(t(
            "tui.warehouse.move.held", quantity=in_units(self.item, held[0])))

    def _suppliers(self, found) -> None:
        select = self.query_one("#supplier", Select)
        select.set_options([(s.name, s.id) for s in found])
        select.prompt = t("tui.warehouse.move.supplier_none" if not found
                          else "tui.warehouse.move.supplier_choose")
        if len(found) == 1:
            select.value = found[0].id

    # --- as typed -----------------------------------------------------------------------

    def _unit(self) -> str | None:
        return self.choice("unit")

    def _check_quantity(self, text: str) -> int:
        return to_base(self.item, text, typed_unit(text, self._unit()))

    def _base_amount(self) -> int | None:
        try:
            return self._check_quantity(self.value("quantity"))
        except ValidationError:
            return None

    def typed(self, field: str) -> None:
        if field in ("quantity", "cost"):
            self._show_base()

    @on(Select.Changed, "#unit")
    def _unit_chosen(self) -> None:
        quantity = self.query_one("#quantity", TextInput)
        if quantity.value.strip():
            result = quantity.validate(quantity.value)
            self.query_one("#error-quantity", FieldError).show(first_failure(result))
        self._show_base()

    @on(Select.Changed, "#way")
    def _way_chosen(self) -> None:
        internal = self.choice("way") == "internal"
        price = self.query_one("#price", TextInput)
        price.disabled = internal
        buyer = self.query_one(TraderPicker)
        buyer.disabled = internal
        if internal:
            price.value = ""
            buyer.query_one("#trader", TextInput).value = ""
        self.query_one("#reason", TextInput).placeholder = t(
            "tui.warehouse.move.reason_hint_internal" if internal
            else "tui.warehouse.move.reason_hint_issue")

    @on(TraderPicker.Chosen)
    def _buyer_chosen(self) -> None:
        self.query_one("#reason", TextInput).focus()

    def _buyer(self) -> int | None:
        """The trader chosen as the buyer; typed but not chosen is refused
        (never dropped silently)."""
        picker = self.query_one(TraderPicker)
        if picker.typed and picker.trader_id is None:
            raise ValidationError("tui.warehouse.move.trader_unchosen", field="trader",
                                  text=picker.typed)
        return picker.trader_id

    def _show_base(self) -> None:
        amount = self._base_amount()
        hint = self.query_one("#move-base", Static)
        if amount is None:
            hint.update("")
            return
        text = t("tui.warehouse.move.base", quantity=in_units(self.item, amount))
        held = getattr(self, "held", None)
        if self.kind != "receipt" and held is not None and amount > held:
            text += "  " + t("tui.warehouse.move.more_than_held")
        if self.kind == "receipt":
            text += self._cost_each(amount)
        hint.update(text)

    def _cost_each(self, amount: int) -> str:
        from fractions import Fraction

        from sekretariat.money import format_rupiah, parse_rupiah
        from sekretariat.views.warehouse.cells import whole_rupiah

        try:
            cost = parse_rupiah(self.value("cost"))
        except ValidationError:
            return ""
        return "  " + t("tui.warehouse.move.cost_each", cost=format_rupiah(
            whole_rupiah(Fraction(cost, amount))), unit=self.item.base_unit)

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        try:
            day = parse_date(self.value("day"), field="day")
        except SekretariatError as exc:
            self._failed(exc)
            return
        text = self.value("quantity")
        unit = typed_unit(text, self._unit())
        item = self.item.id
        if self.kind == "receipt":
            self.submit_service(movements.record_receipt, self.session, item, day, text, unit,
                                cost=self.value("cost"), supplier_id=self.choice("supplier"),
                                payment=self.choice("payment"), done=self.dismiss)
        elif self.kind == "issue":
            internal = self.choice("way") == "internal"
            try:
                buyer = None if internal else self._buyer()
            except ValidationError as exc:
                self._failed(exc)
                return
            self.submit_service(movements.record_issue, self.session, item, day, text, unit,
                                price=None if internal else self.value("price"),
                                trader_id=buyer, internal=internal,
                                reason=self.value("reason"), done=self.dismiss)
        else:
            cause = t(f"tui.warehouse.move.cause_{self.choice('cause')}")
            note = self.value("reason").strip()
            if self.choice("cause") == "other":
                reason = note
            else:
                reason = f"{cause}: {note}" if note else cause
            self.submit_service(movements.record_write_off, self.session, item, day, text, unit,
                                reason=reason, done=self.dismiss)
