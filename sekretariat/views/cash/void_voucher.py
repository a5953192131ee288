"""Void a cash voucher: never deleted, a reversing entry dated today undoes
it and the voucher keeps its number. A reason is required. Dismisses with
the voided ``VoucherInfo``, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.cash import vouchers
from sekretariat.services.cash.vouchers import VoucherInfo
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput


class VoidVoucherDialog(SubmitDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/cash_book.tcss"]
    HELP_KEY = "tui.cash.void.help"
    TITLE_KEY = "tui.cash.void.title"
    AUTO_FOCUS = "#reason"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.cash.void.submit", id="cash_void.submit"),
    ]

    def __init__(self, voucher: VoucherInfo) -> None:
        super().__init__(classes="dialog cash-dialog")
        self.voucher = voucher

    def compose(self) -> ComposeResult:
        voucher = self.voucher
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.cash.void.title_of", number=voucher.number),
                         classes="dialog-title", markup=False)
            yield Static(t("tui.cash.void.explain", kind=t(f"cash.kind.{voucher.kind}"),
                           amount=format_rupiah(voucher.amount), day=fmt_date(voucher.voucher_date),
                           party=voucher.party or "-", memo=voucher.memo),
                         classes="dialog-text", markup=False)
            yield Field(t("tui.cash.void.reason"),
                        TextInput(id="reason", max_length=vouchers.MAX_MEMO), field="reason")
            yield FieldError("amount")  # the drawer guard, when voiding money that came in
            yield FieldError("general")
            yield dialog_buttons(t("tui.cash.void.submit"), "error")
        yield Footer()

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self._submit_button().disabled:
            return
        self.clear_errors()
        self.submit_service(vouchers.void_voucher, self.session, self.voucher.id,
                            self.query_one("#reason", Input).value, done=self.dismiss,
                            group="void")
