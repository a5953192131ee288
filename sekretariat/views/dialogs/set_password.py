"""The chair sets a new password for someone else's account."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.services import users
from sekretariat.views.base import BaseDialog
from sekretariat.views.widgets.fields import (
    FieldError,
    new_password,
    new_password_fields,
)


class SetPasswordDialog(BaseDialog):
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
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.set_password.submit"), id="submit", variant="primary")
                yield Button(t("tui.cancel"), id="cancel")
        yield Footer()

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        password = new_password(self)
        if password is None:
            return
        self.query_one("#submit", Button).disabled = True
        self.call_service(users.change_password, self.session, self.username, password,
                          done=lambda _: self.dismiss(True), failed=self._failed,
                          group="set-password")

    def _failed(self, error: SekretariatError | None) -> None:
        self.query_one("#submit", Button).disabled = False
        self.show_error(error)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
