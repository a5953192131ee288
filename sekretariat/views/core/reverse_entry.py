"""Reverse a posted entry: a reason (required) and the reversal's date."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_date
from sekretariat.services.core import journal
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.validators import DateValidator
from sekretariat.views.widgets.text_input import TextInput


class ReverseEntryDialog(SubmitDialog):
    """Dismisses with the reversing ``PostedEntry``, or None if cancelled."""

    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.help.reverse_entry"
    TITLE_KEY = "tui.reverse.title"
    AUTO_FOCUS = "#reason"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.key.reverse_confirm", id="reverse.submit"),
    ]

    def __init__(self, entry_id: int, number: str) -> None:
        super().__init__(classes="dialog")
        self.entry_id = entry_id
        self.number = number

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.reverse.title", number=self.number), classes="dialog-title",
                         markup=False)
            yield Static(t("tui.reverse.explain"), classes="dialog-text", markup=False)
            yield Field(t("field.reason"), TextInput(id="reason", max_length=300), field="reason")
            yield Field(t("field.reversal_date"),
                        TextInput(f"{clock.today():%d/%m/%Y}", id="reversal_date",
                              validators=[DateValidator()], max_length=10),
                        field="reversal_date")
            yield FieldError("general")
            yield dialog_buttons(t("tui.reverse.submit"), "warning")
        yield Footer()

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        reason = self.query_one("#reason", Input).value
        try:
            when = parse_date(self.query_one("#reversal_date", Input).value,
                              field="reversal_date")
        except SekretariatError as exc:
            self.show_error(exc)
            return
        if not reason.strip():
            self.query_one("#error-reason", FieldError).show(t("journal.reason_empty"))
            self.query_one("#reason", Input).focus()
            return
        self.submit_service(journal.reverse_entry, self.session, self.entry_id, reason, when,
                            done=self.dismiss, group="reverse")
