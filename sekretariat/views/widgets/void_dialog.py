"""The dialog that voids a posted record with a reason (a cash voucher, a
shift report, a survey form): the record never changes or disappears; the
service reverses or marks it in an open day and keeps its number. Each area
subclasses it with its own texts and ``submit``, which calls its service
(``submit_service``); it dismisses with what the service returned, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat.i18n import t
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput


class VoidDialog(SubmitDialog):
    AUTO_FOCUS = "#reason"
    #: i18n key of the submit button (the subclass's ctrl+s binding uses it too)
    SUBMIT_KEY = ""
    #: fields whose refusals show under the reason (besides the reason's own)
    ERROR_FIELDS: tuple[str, ...] = ("general",)

    def __init__(self, title: str, explain: str, reason_label: str, max_reason: int, *,
                 classes: str = "dialog") -> None:
        super().__init__(classes=classes)
        self.texts = (title, explain, reason_label)
        self.max_reason = max_reason

    def compose(self) -> ComposeResult:
        title, explain, reason_label = self.texts
        with Vertical(classes="dialog-box"):
            yield Static(title, classes="dialog-title", markup=False)
            yield Static(explain, classes="dialog-text", markup=False)
            yield Field(reason_label, TextInput(id="reason", max_length=self.max_reason),
                        field="reason")
            for field in self.ERROR_FIELDS:
                yield FieldError(field)
            yield dialog_buttons(t(self.SUBMIT_KEY), "error")
        yield Footer()

    def reason(self) -> str:
        return self.query_one("#reason", Input).value

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self._submit_button().disabled:
            return
        self.clear_errors()
        self.submit(self.reason())

    def submit(self, reason: str) -> None:
        raise NotImplementedError
