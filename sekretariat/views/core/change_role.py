"""The chair changes the role of an account."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Select, Static

from sekretariat.i18n import t
from sekretariat.services.core import users
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.core.add_user import role_options
from sekretariat.views.widgets.fields import Field, FieldError


class ChangeRoleDialog(SubmitDialog):
    """Dismisses with the updated ``UserInfo``, or None if cancelled."""

    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.help.change_role"
    TITLE_KEY = "tui.change_role.title"
    AUTO_FOCUS = "#role"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.key.save", id="change_role.submit"),
    ]

    def __init__(self, username: str, role: str) -> None:
        super().__init__(classes="dialog")
        self.username = username
        self.role = role

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.change_role.title", username=self.username),
                         classes="dialog-title", markup=False)
            yield Field(t("field.role"),
                        Select(role_options(), id="role", value=self.role, allow_blank=False),
                        field="role")
            yield FieldError("general")
            yield dialog_buttons(t("tui.change_role.submit"), "primary")
        yield Footer()

    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        role = self.query_one("#role", Select).value
        if role == self.role:
            self.dismiss(None)
            return
        self.submit_service(users.update_user, self.session, self.username, role=str(role),
                            done=self.dismiss, group="change-role")
