"""Void a payment: it is never deleted; a reversing entry dated the void
date undoes it, the invoices it paid are open again and its receipt keeps
its number (printed again it says BATAL). Dismisses with the voided
``PaymentInfo``, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import payments
from sekretariat.services.leasing.payments import PaymentInfo
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.validators import DateValidator
from sekretariat.views.widgets.text_input import TextInput


class VoidPaymentDialog(SubmitDialog):
    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.void_payment.help"
    TITLE_KEY = "tui.void_payment.title"
    AUTO_FOCUS = "#reason"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.void_payment.submit", id="void.submit"),
    ]

    def __init__(self, payment: PaymentInfo) -> None:
        super().__init__(classes="dialog")
        self.payment = payment

    def compose(self) -> ComposeResult:
        payment = self.payment
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.void_payment.title_of", number=payment.receipt_number),
                         classes="dialog-title", markup=False)
            yield Static(t("tui.void_payment.explain", amount=format_rupiah(payment.amount),
                           name=payment.trader_name, day=fmt_date(payment.paid_on)),
                         classes="dialog-text", markup=False)
            yield Field(t("field.reason"), TextInput(id="reason", max_length=300), field="reason")
            yield Field(t("field.void_date"),
                        TextInput(f"{clock.today():%d/%m/%Y}", id="void_date", max_length=10,
                              validators=[DateValidator()]),
                        field="void_date")
            yield FieldError("payment")
            yield FieldError("general")
            yield dialog_buttons(t("tui.void_payment.submit"), "error")
        yield Footer()

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        self.submit_service(payments.void_payment, self.session, self.payment.id,
                            self.query_one("#reason", Input).value,
                            self.query_one("#void_date", Input).value,
                            done=self.dismiss, group="void")
