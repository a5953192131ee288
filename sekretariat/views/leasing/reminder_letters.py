"""Reminder letters for everyone overdue long enough: one surat teguran
(PDF) per trader whose oldest open invoice is at least so many days overdue
on the arrears list's date. Dismisses with the list of letters written
(possibly empty), or None."""

from __future__ import annotations

import datetime as dt

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.leasing import documents
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput

DEFAULT_MIN_DAYS = 30


class ReminderLettersDialog(SubmitDialog):
    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.reminders.help"
    TITLE_KEY = "tui.reminders.title"
    AUTO_FOCUS = "#min_days"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.reminders.submit", id="reminders.submit"),
    ]

    def __init__(self, as_of: dt.date) -> None:
        super().__init__(classes="dialog")
        self.as_of = as_of
        #: What the progress line says last ("Menulis surat 3 dari 14 …").
        self.progress = ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.reminders.title"), classes="dialog-title", markup=False)
            yield Static(t("tui.reminders.explain", day=fmt_date(self.as_of)),
                         classes="dialog-text", markup=False)
            yield Field(t("tui.reminders.min_days"),
                        TextInput(str(DEFAULT_MIN_DAYS), id="min_days", max_length=5,
                              type="integer"),
                        field="min_days")
            yield FieldError("general")
            yield Static("", id="reminders-progress", classes="dialog-text", markup=False)
            yield dialog_buttons(t("tui.reminders.submit"))
        yield Footer()

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        self.clear_errors()
        text = self.query_one("#min_days", Input).value.strip()
        self.submit_service(documents.reminder_letters, self.session, self.as_of,
                            min_days=int(text) if text.isdigit() else text,
                            on_progress=self._from_worker, done=self.dismiss,
                            group="reminders")

    def _from_worker(self, done: int, total: int) -> None:
        """(Worker thread.) Each letter written: say how far it is."""
        try:
            self.app.call_from_thread(self._show_progress, done, total)
        except RuntimeError:  # the app has closed meanwhile
            pass

    def _show_progress(self, done: int, total: int) -> None:
        self.progress = t("tui.reminders.progress", done=done, total=total)
        if self.is_attached:  # (not once the dialog is closed)
            self.query_one("#reminders-progress", Static).update(self.progress)
