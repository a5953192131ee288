"""The chair adds an account: username, full name, role, first password."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Select, Static

from sekretariat.i18n import t
from sekretariat.services.core import users
from sekretariat.services.core.permissions import ROLES
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import (
    Field,
    FieldError,
    new_password,
    new_password_fields,
)
from sekretariat.views.widgets.text_input import TextInput


def role_options() -> list[tuple[str, str]]:
    return [(t(f"role.{role}"), role) for role in ROLES]


class AddUserDialog(SubmitDialog):
    """Dismisses with the new ``UserInfo``, or None if cancelled."""

    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.help.add_user"
    TITLE_KEY = "tui.add_user.title"
    AUTO_FOCUS = "#username"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.key.save", id="add_user.submit"),
    ]

    def __init__(self) -> None:
        super().__init__(classes="dialog")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.add_user.title"), classes="dialog-title", markup=False)
            yield Field(t("field.username"),
                        TextInput(id="username", placeholder=t("tui.add_user.username_hint"),
                              max_length=32), field="username")
            yield Field(t("field.full_name"), TextInput(id="full_name", max_length=100),
                        field="full_name")
            yield Field(t("field.role"),
                        Select(role_options(), id="role", prompt=t("tui.add_user.pick_role")),
                        field="role")
            yield from new_password_fields(t("field.password"))
            yield FieldError("general")
            yield dialog_buttons(t("tui.add_user.submit"), "primary")
        yield Footer()

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        value = lambda name: self.query_one(f"#{name}", Input).value  # noqa: E731
        role = self.query_one("#role", Select).value
        if role == Select.NULL:
            self.query_one("#error-role", FieldError).show(t("tui.add_user.role_missing"))
            return
        password = new_password(self)
        if password is None:
            return
        self.submit_service(users.create_user, self.session, value("username"), value("full_name"),
                            str(role), password, done=self.dismiss, group="add-user")
