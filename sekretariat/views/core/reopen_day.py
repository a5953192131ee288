"""The chair reopens a closed day, giving a reason (it is audited). Days
closed after it are reopened too, or they would keep it locked."""

from __future__ import annotations

import datetime as dt

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_date
from sekretariat.services.core import days
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.validators import DateValidator, first_failure
from sekretariat.views.widgets.text_input import TextInput


class ReopenDayDialog(SubmitDialog):
    """Dismisses with the list of reopened days, or None if cancelled."""

    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.help.reopen_day"
    TITLE_KEY = "tui.reopen_day.title"
    AUTO_FOCUS = "#reason"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.key.reopen_confirm", id="reopen_day.submit"),
    ]

    def __init__(self, day: dt.date) -> None:
        super().__init__(classes="dialog")
        self.day = day

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.reopen_day.title"), classes="dialog-title", markup=False)
            yield Static(t("tui.reopen_day.explain", minimum=days.MIN_REASON),
                         classes="dialog-text", markup=False)
            yield Field(t("field.day"), TextInput(f"{self.day:%d/%m/%Y}", id="day",
                                              validators=[DateValidator()], max_length=10),
                        field="day")
            yield Field(t("field.reason"), TextInput(id="reason", max_length=300), field="reason")
            yield FieldError("general")
            yield dialog_buttons(t("tui.reopen_day.submit"), "warning")
        yield Footer()

    @on(Input.Changed, "#day")
    def _day_typed(self, event: Input.Changed) -> None:
        self.query_one("#error-day", FieldError).show(first_failure(event.validation_result))

    @on(Input.Changed, "#reason")
    def _reason_typed(self) -> None:
        self.query_one("#error-reason", FieldError).clear()

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        try:
            day = parse_date(self.query_one("#day", Input).value, field="day")
        except SekretariatError as exc:
            self.show_error(exc)
            return
        reason = self.query_one("#reason", Input).value
        self.submit_service(days.reopen_day, self.session, day, reason, done=self.dismiss,
                            group="reopen-day")
