"""Change your own password (from the command palette)."""

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
    Field,
    FieldError,
    new_password,
    new_password_fields,
)


class ChangePasswordDialog(BaseDialog):
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
                        Input(id="current_password", password=True, max_length=256),
                        field="current_password")
            yield from new_password_fields(t("tui.password.new"))
            yield FieldError("general")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.change_password.submit"), id="submit", variant="primary")
                yield Button(t("tui.cancel"), id="cancel")
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
        self.query_one("#submit", Button).disabled = True
        self.call_service(users.change_password, self.session, self.session.username, password,
                          current, done=lambda _: self.dismiss(True), failed=self._failed,
                          group="change-password")

    def _failed(self, error: SekretariatError | None) -> None:
        self.query_one("#submit", Button).disabled = False
        self.show_error(error)
        if error is not None and error.field in ("current_password", "password"):
            self.query_one(f"#{error.field}", Input).focus()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
