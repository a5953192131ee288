"""Add a block of the market: its code (A, B, LT1 …) and name; or, given a
block, change its name (its code stays). Dismisses with the ``BlockInfo``
saved, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat.i18n import t
from sekretariat.services.leasing import stalls
from sekretariat.services.leasing.stalls import BlockInfo
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput


class NewBlockDialog(SubmitDialog):
    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.block_dialog.help"
    TITLE_KEY = "tui.block_dialog.title"
    AUTO_FOCUS = "#code"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.block_dialog.submit", id="block.submit"),
    ]

    def __init__(self, block: BlockInfo | None = None) -> None:
        super().__init__(classes="dialog")
        self.block = block
        if block is not None:
            self.AUTO_FOCUS = "#name"

    def compose(self) -> ComposeResult:
        block = self.block
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.block_dialog.title_edit", code=block.code) if block
                         else t("tui.block_dialog.title"), classes="dialog-title",
                         markup=False)
            yield Static(t("tui.block_dialog.explain"), classes="dialog-text", markup=False)
            yield Field(t("field.code"), TextInput(block.code if block else "", id="code",
                                               max_length=10, disabled=block is not None),
                        field="code")
            yield Field(t("tui.block_dialog.name"),
                        TextInput(block.name if block else "", id="name", max_length=100),
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
        name = self.query_one("#name", Input).value
        if self.block is not None:
            self.submit_service(stalls.update_block, self.session, self.block.id, name=name,
                                done=self.dismiss, group="block")
            return
        self.submit_service(stalls.create_block, self.session,
                            self.query_one("#code", Input).value, name,
                            done=self.dismiss, group="block")
