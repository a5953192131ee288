"""The supplier account's dialogs: paying a supplier (the amount, with the
whole debt filled in; the date; from the bank or cash from the drawer; a
reference and a note) and voiding a payment with a reason. The services'
refusals (more than is owed, a closed day, a drawer that would go below
zero) show under their field with everything typed kept. Each dismisses
with the ``SupplierPayment`` the service returned, or None."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Input, Select, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, parse_date
from sekretariat.money import format_rupiah
from sekretariat.services.warehouse import payables_pay
from sekretariat.services.warehouse.payables import AccountLine, SupplierBalance
from sekretariat.services.warehouse.payables_pay import MAX_MEMO, MAX_REFERENCE
from sekretariat.services.warehouse.suppliers import SupplierInfo
from sekretariat.services.warehouse.util import MAX_REASON
from sekretariat.views.base import dialog_buttons
from sekretariat.views.warehouse.form_base import WarehouseDialog
from sekretariat.views.widgets.fields import Field, FieldError, date_field, money_field
from sekretariat.views.widgets.text_input import TextInput
from sekretariat.views.widgets.void_dialog import VoidDialog

METHODS = ("bank", "cash")


class PaySupplierDialog(WarehouseDialog):
    TITLE_KEY = "tui.payables.pay.title"
    HELP_KEY = "tui.payables.help.pay"
    AUTO_FOCUS = "#amount"
    DAY_FIELD = "day"
    LAST_FIELD = "memo"

    def __init__(self, supplier: SupplierInfo, owed: SupplierBalance | None) -> None:
        super().__init__()
        self.supplier = supplier
        self.owed = owed

    def compose(self) -> ComposeResult:
        owed = self.owed
        with Vertical(classes="dialog-box -wide", id="pay-box"):
            yield Static(t("tui.payables.pay.heading", name=self.supplier.name),
                         classes="dialog-title", markup=False)
            yield Static(t("tui.payables.pay.owed",
                           amount=format_rupiah(owed.owed if owed else 0),
                           day=fmt_date(owed.oldest_unpaid) if owed and owed.oldest_unpaid
                           else "-"), classes="dialog-text", markup=False)
            with Horizontal(classes="dialog-row"):
                yield money_field(t("tui.payables.pay.amount"), "amount", required=True,
                                  classes="field money", own_error=False)
                yield date_field(t("tui.payables.pay.day"), "day", clock.today(),
                                 classes="field date", own_error=False)
                yield Field(t("tui.payables.pay.method"), Select(
                    [(t(f"payables.method.{m}"), m) for m in METHODS], value="bank",
                    allow_blank=False, id="method"), field="method", own_error=False,
                    classes="field")
            yield FieldError("amount")
            yield FieldError("day")
            yield FieldError("method")
            yield Field(t("tui.payables.pay.reference"),
                        TextInput(id="reference", max_length=MAX_REFERENCE), field="reference")
            yield Field(t("tui.payables.pay.memo"),
                        TextInput(id="memo", max_length=MAX_MEMO), field="memo")
            yield FieldError("general")
            yield dialog_buttons(t("tui.payables.pay.save"))
        yield Footer()

    def on_mount(self) -> None:
        if self.owed is not None and self.owed.owed > 0:
            amount = self.query_one("#amount", Input)
            amount.value = format_rupiah(self.owed.owed)
            amount.select_all()          # typing replaces the suggested amount

    def save(self) -> None:
        try:
            day = parse_date(self.value("day"), field="day")
        except SekretariatError as exc:
            self._failed(exc)
            return
        self.submit_service(payables_pay.pay_supplier, self.session, self.supplier.id,
                            self.value("amount"), day=day, method=self.choice("method"),
                            reference=self.value("reference"), memo=self.value("memo"),
                            done=self.dismiss)


class VoidSupplierPaymentDialog(VoidDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/warehouse.tcss"]
    HELP_KEY = "tui.payables.help.void"
    TITLE_KEY = "tui.payables.void.title"
    SUBMIT_KEY = "tui.payables.void.save"
    ERROR_FIELDS = ("general", "day")

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.payables.void.save", id="supplier_account.void_save"),
    ]

    def __init__(self, line: AccountLine) -> None:
        super().__init__(
            t("tui.payables.void.title"),
            t("tui.payables.void.explain", number=line.document, day=fmt_date(line.day),
              amount=format_rupiah(line.debit)),
            t("tui.payables.void.reason"), MAX_REASON)
        if line.payment_id is None:
            raise ValueError("only a payment's line is voided")
        self.payment_id = line.payment_id

    def submit(self, reason: str) -> None:
        self.submit_service(payables_pay.void_supplier_payment, self.session, self.payment_id,
                            reason, done=self.dismiss)
