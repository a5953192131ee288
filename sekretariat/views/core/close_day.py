"""Close a day: everything dated on or before it is locked, in every module.
(The treasurer's cash count comes with the end-of-day close; this is the lock.)"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, parse_date
from sekretariat.services.core import days
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.validators import DateValidator, first_failure
from sekretariat.views.widgets.text_input import TextInput


class CloseDayDialog(SubmitDialog):
    """Dismisses with the new ``ClosedDayInfo``, or None if cancelled."""

    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.help.close_day"
    TITLE_KEY = "tui.close_day.title"
    AUTO_FOCUS = "#day"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.key.close_day_confirm", id="close_day.submit"),
    ]

    def __init__(self) -> None:
        super().__init__(classes="dialog")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.close_day.title"), classes="dialog-title", markup=False)
            yield Static(t("tui.close_day.explain"), classes="dialog-text", markup=False)
            yield Field(t("field.day"), TextInput(f"{clock.today():%d/%m/%Y}", id="day",
                                              validators=[DateValidator()], max_length=10),
                        field="day")
            yield Field(t("tui.close_day.note"), TextInput(id="note", max_length=300), field="note")
            yield Static("", id="close-confirm", classes="dialog-warning", markup=False)
            yield FieldError("general")
            yield dialog_buttons(t("tui.close_day.submit"), "error")
        yield Footer()

    def on_mount(self) -> None:
        self._describe(self.query_one("#day", Input).value)

    @on(Input.Changed, "#day")
    def _day_typed(self, event: Input.Changed) -> None:
        self.query_one("#error-day", FieldError).show(first_failure(event.validation_result))
        self._describe(event.value)

    def _describe(self, text: str) -> None:
        try:
            day = parse_date(text)
        except SekretariatError:
            message = ""
        else:
            message = t("tui.close_day.confirm", day=fmt_date(day))
        self.query_one("#close-confirm", Static).update(message)

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        try:
            day = parse_date(self.query_one("#day", Input).value, field="day")
        except SekretariatError as exc:
            self.show_error(exc)
            return
        note = self.query_one("#note", Input).value
        self.submit_service(days.close_day, self.session, day, note, done=self.dismiss,
                            group="close-day")
