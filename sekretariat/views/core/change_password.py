"""Change your own password (from the command palette)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat.i18n import t
from sekretariat.services.core import users
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import (
    Field,
    FieldError,
    new_password,
    new_password_fields,
)
from sekretariat.views.widgets.text_input import TextInput


class ChangePasswordDialog(SubmitDialog):
    """Dismisses with True once changed, else None."""

    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.help.change_password"
    TITLE_KEY = "tui.change_password.title"
    AUTO_FOCUS = "#current_password"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.key.save", id="change_password.submit"),
    ]

    def __init__(self) -> None:
        super().__init__(classes="dialog")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.change_password.title", username=self.session.username),
                         classes="dialog-title", markup=False)
            yield Field(t("field.current_password"),
                        TextInput(id="current_password", password=True, max_length=256),
                        field="current_password")
            yield from new_password_fields(t("tui.password.new"))
            yield FieldError("general")
            yield dialog_buttons(t("tui.change_password.submit"), "primary")
        yield Footer()

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        current = self.query_one("#current_password", Input).value
        if not current:
            self.query_one("#error-current_password", FieldError).show(
                t("tui.password.current_missing"))
            self.query_one("#current_password", Input).focus()
            return
        password = new_password(self)
        if password is None:
            return
        self.submit_service(users.change_password, self.session, self.session.username, password,
                            current, done=lambda _: self.dismiss(True), group="change-password")
