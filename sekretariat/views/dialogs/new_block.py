"""Add a block of the market: its code (A, B, LT1 …) and name. Dismisses
with the new ``BlockInfo``, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat.i18n import t
from sekretariat.services import stalls
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError


class NewBlockDialog(SubmitDialog):
    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.block_dialog.help"
    TITLE_KEY = "tui.block_dialog.title"
    AUTO_FOCUS = "#code"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.block_dialog.submit", id="block.submit"),
    ]

    def __init__(self) -> None:
        super().__init__(classes="dialog")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.block_dialog.title"), classes="dialog-title", markup=False)
            yield Static(t("tui.block_dialog.explain"), classes="dialog-text", markup=False)
            yield Field(t("field.code"), Input(id="code", max_length=10), field="code")
            yield Field(t("tui.block_dialog.name"), Input(id="name", max_length=100),
                        field="name")
            yield FieldError("general")
            yield dialog_buttons(t("tui.block_dialog.submit"))
        yield Footer()

    @on(Input.Submitted, "#code")
    def _code_typed(self) -> None:
        self.query_one("#name", Input).focus()

    @on(Input.Submitted, "#name")
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        self.submit_service(stalls.create_block, self.session,
                            self.query_one("#code", Input).value,
                            self.query_one("#name", Input).value,
                            done=self.dismiss, group="block")
