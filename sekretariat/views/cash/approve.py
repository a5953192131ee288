"""The chair approves a cash difference above the market's limit: the chair
types their own username and password here, at the treasurer's PC, and the
close runs from this dialog (so a wrong password is refused here, with the
service's message, and the approval is audited by the service)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat.errors import AuthError, PermissionDenied, SekretariatError
from sekretariat.i18n import t
from sekretariat.money import format_rupiah
from sekretariat.services.core.users import MAX_PASSWORD_LENGTH
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput

#: Refusals that belong to the approval itself; any other goes back to the close screen.
_APPROVAL_KEYS = ("cash.approval_needed", "cash.approver_not_chair")


@dataclass(frozen=True)
class Refused:
    """The close was refused for a reason that is not the approval's."""

    error: SekretariatError | None


class ApproveDialog(SubmitDialog):
    """``run(approver=(username, password))`` closes the day. Dismisses with
    its result, a ``Refused`` or None (cancelled)."""

    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.close.approve_help"
    TITLE_KEY = "tui.close.approve_title"
    AUTO_FOCUS = "#approver"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.close.key.approve", id="approve.submit"),
    ]

    def __init__(self, difference: int, threshold: int, run: Callable[..., Any]) -> None:
        super().__init__(classes="dialog", id="approve-dialog")
        self.difference = difference
        self.threshold = threshold
        self.run = run

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.close.approve_title"), classes="dialog-title", markup=False)
            yield Static(t("tui.close.approve_explain",
                           difference=format_rupiah(self.difference),
                           threshold=format_rupiah(self.threshold)),
                         classes="dialog-text", markup=False)
            yield Field(t("tui.close.approver"), TextInput(id="approver", max_length=64),
                        field="approver")
            yield Field(t("tui.close.approver_password"),
                        TextInput(id="approver_password", password=True,
                                  max_length=MAX_PASSWORD_LENGTH),
                        field="approver_password")
            yield FieldError("general")
            yield dialog_buttons(t("tui.close.approve_submit"), "warning")
        yield Footer()

    @on(Input.Submitted, "#approver")
    def _to_password(self) -> None:
        self.query_one("#approver_password", Input).focus()

    @on(Input.Submitted, "#approver_password")
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        username = self.query_one("#approver", Input).value.strip()
        password = self.query_one("#approver_password", Input).value
        if not username:
            self.query_one("#error-approver", FieldError).show(t("tui.close.approver_empty"))
            self.query_one("#approver", Input).focus()
            return
        if not password:
            self.query_one("#error-approver_password", FieldError).show(
                t("tui.close.approver_password_empty"))
            self.query_one("#approver_password", Input).focus()
            return
        self.submit_service(self.run, approver=(username, password), done=self.dismiss,
                            group="approve")

    def _failed(self, error: SekretariatError | None) -> None:
        if error is not None and not isinstance(error, (AuthError, PermissionDenied)) \
                and error.key not in _APPROVAL_KEYS:
            self.dismiss(Refused(error))
            return
        self._submit_button().disabled = False
        self.show_error(error)
        password = self.query_one("#approver_password", Input)
        password.value = ""
        password.focus()
