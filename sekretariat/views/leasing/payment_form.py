"""Take a payment from a trader: what they owe and their open invoices
(oldest due first, which is where the money goes unless the treasurer picks
invoices with the space bar), the amount, cash / transfer / QRIS with its
reference, and the kwitansi printed on save. An amount above what is owed is
taken only after the treasurer confirms it; the rest stays as credit. The
same form takes a lease's security deposit.

Dismisses with a ``PaymentTaken`` (the payment and the receipt's path)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Checkbox, DataTable, Footer, Input, Select, Static

from sekretariat import clock
from sekretariat.errors import Conflict, SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah, parse_rupiah
from sekretariat.services.leasing import deposits, documents, leases, payments, statements
from sekretariat.services.leasing.invoices import InvoiceInfo, list_invoices
from sekretariat.services.leasing.leases import LeaseInfo
from sekretariat.services.leasing.payments import PaymentInfo
from sekretariat.services.leasing.statements import TraderAccount
from sekretariat.views.core.form_base import FormScreen, form_buttons
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.fields import Field, FieldError, date_field
from sekretariat.views.widgets.validators import MoneyValidator
from sekretariat.views.widgets.text_input import TextInput

#: The purpose "pay the account"; a deposit is "deposit:<lease id>".
ACCOUNT = "account"
#: Open invoices the form lists (a trader with more is very far behind).
MAX_INVOICES = 200


@dataclass(frozen=True)
class PaymentContext:
    account: TraderAccount
    invoices: tuple[InvoiceInfo, ...]  # open, oldest due first
    deposit_leases: tuple[LeaseInfo, ...]  # active leases whose deposit is not all in


@dataclass(frozen=True)
class PaymentTaken:
    payment: PaymentInfo
    receipt: Path | None
    receipt_error: str = ""


def load_context(session, trader_id: int) -> PaymentContext:
    account = statements.account_summary(session, trader_id)
    page = list_invoices(session, trader_id=trader_id, open_only=True,
                         limit=MAX_INVOICES)
    invoices = sorted(page.rows, key=lambda i: (i.due_date, i.id))
    found = leases.list_leases(session, trader_id=trader_id, limit=50).rows
    owing = tuple(lease for lease in found if lease.status == "active"
                  and lease.deposit_amount > lease.deposit_held)
    return PaymentContext(account, tuple(invoices), owing)


def allocation_preview(invoices: tuple[InvoiceInfo, ...], picked: list[int],
                       value: int) -> tuple[list[tuple[InvoiceInfo, int]], int]:
    """Where ``value`` goes: the picked invoices in the order picked, then
    the oldest (the service's rule); and what is left over as credit."""
    by_id = {i.id: i for i in invoices}
    order = [by_id[i] for i in picked if i in by_id]
    order += [i for i in invoices if i.id not in picked]
    shares, left = [], value
    for invoice in order:
        if left <= 0:
            break
        share = min(invoice.open_amount, left)
        shares.append((invoice, share))
        left -= share
    return shares, left


class PaymentFormScreen(FormScreen):
    CSS_PATH = "../styles/forms.tcss"
    HELP_KEY = "tui.payment_form.help"
    TITLE_KEY = "tui.payment_form.title"
    AUTO_FOCUS = "#amount"

    BINDINGS = [
        Binding("space", "pick", "tui.payment_form.key.pick", id="payment.pick"),
    ]

    def __init__(self, trader_id: int, trader_name: str) -> None:
        super().__init__()
        self.trader_id = trader_id
        self.trader_name = trader_name
        self.context: PaymentContext | None = None
        self.picked: list[int] = []
        self.confirmed: str | None = None
        #: The amount the form filled in itself (what is owed): a real value,
        #: saved as it is with ctrl+s, and not "something typed" on Esc.
        self.suggested: str | None = None

    def compose(self) -> ComposeResult:
        today = clock.today()
        yield Static(t("tui.payment_form.heading", name=self.trader_name),
                     classes="screen-title", markup=False)
        yield Static(t("tui.loading"), id="payment-owed", classes="form-lead", markup=False)
        yield DataTable(id="open-invoices", cursor_type="row", zebra_stripes=True)
        with Horizontal(classes="form-row form-pad"):
            yield Field(t("tui.payment_form.purpose"),
                        Select([(t("tui.payment_form.purpose_account"), ACCOUNT)],
                               value=ACCOUNT, allow_blank=False, id="purpose"),
                        field="lease", classes="field wide")
            yield Field(t("field.amount"),
                        TextInput(id="amount", max_length=30,
                              validators=[MoneyValidator(required=True)]),
                        field="amount", classes="field narrow")
            yield Field(t("field.method"),
                        Select([(t(f"payment.method.{m}"), m) for m in payments.METHODS],
                               value="tunai", allow_blank=False, id="method"),
                        field="method", classes="field narrow")
        with Horizontal(classes="form-row form-pad"):
            yield Field(t("field.reference"),
                        TextInput(id="reference", max_length=100,
                              placeholder=t("tui.payment_form.reference_hint")),
                        field="reference")
            yield date_field(t("field.paid_on"), "paid_on", today)
            yield Field(t("tui.payment_form.receipt"),
                        Select([(t("tui.payment_form.receipt_80mm"), "80mm"),
                                (t("tui.payment_form.receipt_a6"), "A6")],
                               value="80mm", allow_blank=False, id="width"),
                        field="width", classes="field narrow")
        with Horizontal(classes="form-row form-pad"):
            yield Field(t("field.note"), TextInput(id="note", max_length=200), field="note")
            yield Checkbox(t("tui.payment_form.print"), True, id="print-receipt")
        yield Static("", id="allocation", classes="form-lead", markup=False)
        yield FieldError("allocate_to")
        yield FieldError("lease")
        yield FieldError("general")
        yield form_buttons(t("tui.payment_form.save"))
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#open-invoices", DataTable)
        table.add_column("#", key="pick", width=3)
        # the money before the long description, so it shows on a narrow screen
        for key, width in (("number", 16), ("due", 12)):
            table.add_column(t(f"tui.payment_form.col_{key}"), key=key, width=width)
        table.add_column(Text(t("tui.payment_form.col_open"), justify="right"), key="open",
                         width=15)
        table.add_column(t("tui.payment_form.col_what"), key="what", width=34)
        self._busy(True)
        self.call_service(load_context, self.session, self.trader_id, done=self.show_context,
                          failed=self._not_loaded, group="load")

    def _not_loaded(self, error: SekretariatError | None) -> None:
        self.show_error(error)

    def show_context(self, context: PaymentContext) -> None:
        self.context = context
        self._busy(False)
        account = context.account
        if account.balance > 0:
            owed = t("tui.payment_form.owes", amount=format_rupiah(account.balance),
                     count=len(context.invoices))
        elif account.balance < 0:
            owed = t("tui.payment_form.credit", amount=format_rupiah(-account.balance))
        else:
            owed = t("tui.payment_form.settled")
        self.query_one("#payment-owed", Static).update(owed)
        self._fill_invoices()
        purpose = self.query_one("#purpose", Select)
        options = [(t("tui.payment_form.purpose_account"), ACCOUNT)]
        for lease in context.deposit_leases:
            options.append((t("tui.payment_form.purpose_deposit", number=lease.agreement_number,
                              stall=lease.stall_code,
                              due=format_rupiah(lease.deposit_amount - lease.deposit_held)),
                            f"deposit:{lease.id}"))
        purpose.set_options(options)
        purpose.value = ACCOUNT
        purpose.disabled = len(options) == 1
        if account.balance > 0:
            self._suggest(account.balance)
        self.update_allocation()

    def _suggest(self, amount: int) -> None:
        """Fill in ``amount`` (selected, so typing replaces it) unless the
        treasurer has typed an amount of their own."""
        field = self.query_one("#amount", Input)
        if field.value.strip() and field.value != self.suggested:
            return
        self.suggested = format_rupiah(amount)
        field.value = self.suggested
        field.select_all()

    def _fill_invoices(self) -> None:
        table = self.query_one("#open-invoices", DataTable)
        table.clear()
        for invoice in self.context.invoices if self.context else ():
            order = self.picked.index(invoice.id) + 1 if invoice.id in self.picked else ""
            table.add_row(Text(str(order), style="bold"), invoice.number,
                          fmt_date(invoice.due_date),
                          Text(format_rupiah(invoice.open_amount), justify="right"),
                          short_text(documents.describe_invoice(invoice), 34),
                          key=str(invoice.id))

    # --- picking invoices ------------------------------------------------------------

    def action_pick(self) -> None:
        table = self.query_one("#open-invoices", DataTable)
        if not self.context or not table.row_count or self._purpose() != ACCOUNT:
            return
        invoice = self.context.invoices[table.cursor_row]
        if invoice.id in self.picked:
            self.picked.remove(invoice.id)
        else:
            self.picked.append(invoice.id)
        row = table.cursor_row
        self._fill_invoices()
        table.move_cursor(row=row)
        self.update_allocation()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pick":
            return isinstance(self.focused, DataTable) or None
        return super().check_action(action, parameters)

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    # --- as typed ----------------------------------------------------------------------

    def _purpose(self) -> str:
        return str(self.query_one("#purpose", Select).value)

    @on(Select.Changed, "#purpose")
    def _purpose_chosen(self) -> None:
        deposit = self._purpose() != ACCOUNT
        self.query_one("#open-invoices", DataTable).display = not deposit
        if deposit and self.context:
            lease = self._deposit_lease()
            if lease is not None:
                self._suggest(lease.deposit_amount - lease.deposit_held)
        elif self.context and self.context.account.balance > 0:
            self._suggest(self.context.account.balance)
        self.update_allocation()

    def _deposit_lease(self) -> LeaseInfo | None:
        purpose = self._purpose()
        if not self.context or not purpose.startswith("deposit:"):
            return None
        lease_id = int(purpose.split(":", 1)[1])
        return next((lease for lease in self.context.deposit_leases if lease.id == lease_id),
                    None)

    @on(Input.Changed, "#amount")
    def _amount_typed(self) -> None:
        self.confirmed = None
        self.update_allocation()

    def _amount(self) -> int | None:
        try:
            return parse_rupiah(self.query_one("#amount", Input).value)
        except SekretariatError:
            return None

    def update_allocation(self) -> None:
        shown = self.query_one("#allocation", Static)
        value = self._amount()
        if not self.context or not value:
            shown.update("")
            return
        if self._purpose() != ACCOUNT:
            lease = self._deposit_lease()
            shown.update(t("tui.payment_form.deposit_goes", amount=format_rupiah(value),
                           number=lease.agreement_number if lease else ""))
            return
        shares, left = allocation_preview(self.context.invoices, self.picked, value)
        parts = [t("tui.payment_form.share", number=inv.number, amount=format_rupiah(share))
                 for inv, share in shares[:4]]
        if len(shares) > 4:
            parts.append(t("tui.payment_form.more", count=len(shares) - 4))
        text = t("tui.payment_form.goes_to", parts=", ".join(parts)) if parts else ""
        if left > 0:
            text += ("; " if text else "") + t("tui.payment_form.left_as_credit",
                                               amount=format_rupiah(left))
        shown.update(text)
        shown.set_class(left > 0, "-warning")

    # --- saving -------------------------------------------------------------------------

    def submit(self) -> None:
        if self.context is None:
            return
        value = self.query_one
        amount_text = value("#amount", Input).value
        method = str(value("#method", Select).value)
        paid_on = value("#paid_on", Input).value.strip() or None
        reference = value("#reference", Input).value
        lease = self._deposit_lease()
        if lease is not None:
            self.save_with(deposits.receive_deposit, self.session, lease.id, amount_text, method,
                           paid_on=paid_on, reference=reference, done=self.paid)
            return
        self.save_with(payments.take_payment, self.session, self.trader_id, amount_text, method,
                       paid_on=paid_on, reference=reference,
                       allocate_to=list(self.picked) or None, confirm_amount=self.confirmed,
                       note=value("#note", Input).value, done=self.paid)

    def refused(self, error: SekretariatError | None) -> None:
        if isinstance(error, Conflict) and error.key == "payment.over_balance" \
                and self.confirmed is None:
            from sekretariat.views.core.confirm import ConfirmDialog

            self._busy(False)
            typed = self.query_one("#amount", Input).value
            owed = max(self.context.account.balance, 0) if self.context else 0
            amount = self._amount() or 0
            question = t("tui.payment_form.confirm_over", amount=format_rupiah(amount),
                         owed=format_rupiah(owed), extra=format_rupiah(amount - owed))
            self.app.push_screen(ConfirmDialog(question, t("tui.payment_form.confirm_yes")),
                                 lambda yes: self._confirmed_over(yes, typed))
            return
        super().refused(error)

    def _confirmed_over(self, yes: bool | None, typed: str) -> None:
        if yes and self.query_one("#amount", Input).value == typed:
            self.confirmed = typed
            self.action_save()
        else:
            self.query_one("#amount", Input).focus()

    def paid(self, payment: PaymentInfo) -> None:
        if not self.query_one("#print-receipt", Checkbox).value:
            self.dismiss(PaymentTaken(payment, None))
            return
        self._busy(True)
        width = str(self.query_one("#width", Select).value)
        self.call_service(documents.receipt_pdf, self.session, payment.id, width=width,
                          done=lambda path: self.dismiss(PaymentTaken(payment, path)),
                          failed=lambda error: self.dismiss(PaymentTaken(
                              payment, None, error.message if error else
                              t("tui.payment_form.receipt_failed"))),
                          group="print")

    def typed_something(self) -> bool:
        amount = self.query_one("#amount", Input).value.strip()
        return bool(amount and amount != self.suggested) or bool(self.picked)
