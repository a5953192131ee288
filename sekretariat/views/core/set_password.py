"""The chair sets a new password for someone else's account."""

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
    FieldError,
    new_password,
    new_password_fields,
)


class SetPasswordDialog(SubmitDialog):
    """Dismisses with True once the password is set, else None."""

    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.help.set_password"
    TITLE_KEY = "tui.set_password.title"
    AUTO_FOCUS = "#password"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.key.save", id="set_password.submit"),
    ]

    def __init__(self, username: str) -> None:
        super().__init__(classes="dialog")
        self.username = username

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.set_password.title", username=self.username),
                         classes="dialog-title", markup=False)
            yield from new_password_fields(t("tui.password.new"))
            yield FieldError("general")
            yield dialog_buttons(t("tui.set_password.submit"), "primary")
        yield Footer()

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        password = new_password(self)
        if password is None:
            return
        self.submit_service(users.change_password, self.session, self.username, password,
                            done=lambda _: self.dismiss(True), group="set-password")
