"""Reverse a posted entry: a reason (required) and the reversal's date."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_date
from sekretariat.services import journal
from sekretariat.views.base import BaseDialog
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.validators import DateValidator


class ReverseEntryDialog(BaseDialog):
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
            yield Field(t("field.reason"), Input(id="reason", max_length=300), field="reason")
            yield Field(t("field.reversal_date"),
                        Input(f"{clock.today():%d/%m/%Y}", id="reversal_date",
                              validators=[DateValidator()], max_length=10),
                        field="reversal_date")
            yield FieldError("general")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.reverse.submit"), id="submit", variant="warning")
                yield Button(t("tui.cancel"), id="cancel")
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
        self.query_one("#submit", Button).disabled = True
        self.call_service(journal.reverse_entry, self.session, self.entry_id, reason, when,
                          done=self.dismiss, failed=self._failed, group="reverse")

    def _failed(self, error: SekretariatError | None) -> None:
        self.query_one("#submit", Button).disabled = False
        self.show_error(error)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
