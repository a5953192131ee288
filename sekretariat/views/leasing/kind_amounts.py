"""What each stall kind pays of one daily fee: an amount per kind, or empty
for the fee's own amount. Dismisses with the updated ``FeeTypeInfo``."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat.i18n import t
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import fee_setup
from sekretariat.services.leasing.fee_setup import FeeTypeInfo
from sekretariat.services.leasing.stall_codes import KINDS
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import FieldError, money_field


class KindAmountsDialog(SubmitDialog):
    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.kind_amounts.help"
    TITLE_KEY = "tui.kind_amounts.title"
    AUTO_FOCUS = f"#amount_{KINDS[0]}"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.key.save", id="kinds.submit"),
    ]

    def __init__(self, fee: FeeTypeInfo) -> None:
        super().__init__(classes="dialog")
        self.fee = fee

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.kind_amounts.title_of", name=self.fee.name),
                         classes="dialog-title", markup=False)
            yield Static(t("tui.kind_amounts.explain", amount=format_rupiah(self.fee.amount)),
                         classes="dialog-text", markup=False)
            for kind in KINDS:
                yield money_field(t(f"stall.kind.{kind}"), f"amount_{kind}",
                                  placeholder=format_rupiah(self.fee.amount), classes="field")
            yield FieldError("amount")
            yield FieldError("general")
            yield dialog_buttons(t("tui.form.save"))
        yield Footer()

    def on_mount(self) -> None:
        for kind, value in self.fee.kind_amounts:
            self.query_one(f"#amount_{kind}", Input).value = format_rupiah(value)

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        amounts = {kind: self.query_one(f"#amount_{kind}", Input).value.strip()
                   for kind in KINDS}
        self.submit_service(fee_setup.set_kind_amounts, self.session, self.fee.id, amounts,
                            done=self.dismiss, group="kinds")
