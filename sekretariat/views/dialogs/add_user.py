"""The chair adds an account: username, full name, role, first password."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Input, Select, Static

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.services import users
from sekretariat.services.permissions import ROLES
from sekretariat.views.base import BaseDialog
from sekretariat.views.widgets.fields import (
    Field,
    FieldError,
    new_password,
    new_password_fields,
)


def role_options() -> list[tuple[str, str]]:
    return [(t(f"role.{role}"), role) for role in ROLES]


class AddUserDialog(BaseDialog):
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
                        Input(id="username", placeholder=t("tui.add_user.username_hint"),
                              max_length=32), field="username")
            yield Field(t("field.full_name"), Input(id="full_name", max_length=100),
                        field="full_name")
            yield Field(t("field.role"),
                        Select(role_options(), id="role", prompt=t("tui.add_user.pick_role")),
                        field="role")
            yield from new_password_fields(t("field.password"))
            yield FieldError("general")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.add_user.submit"), id="submit", variant="primary")
                yield Button(t("tui.cancel"), id="cancel")
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
        self.query_one("#submit", Button).disabled = True
        self.call_service(users.create_user, self.session, value("username"), value("full_name"),
                          str(role), password, done=self.dismiss, failed=self._failed,
                          group="add-user")

    def _failed(self, error: SekretariatError | None) -> None:
        self.query_one("#submit", Button).disabled = False
        self.show_error(error)
        if error is not None and error.field in ("username", "full_name", "password"):
            self.query_one(f"#{error.field}", Input).focus()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
