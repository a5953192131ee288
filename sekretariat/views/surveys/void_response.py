"""Void a survey form: it is never deleted; it is marked void today with a
reason and leaves the index. The reason is asked, then the void confirmed.
Dismisses with the voided ``ResponseInfo``, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat.errors import ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.surveys import responses
from sekretariat.services.surveys.responses import ResponseInfo
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput


class VoidResponseDialog(SubmitDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/survey_responses.tcss"]
    HELP_KEY = "tui.surveys.void.help"
    TITLE_KEY = "tui.surveys.void.title"
    AUTO_FOCUS = "#reason"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.surveys.void.submit", id="surveys_void.submit"),
    ]

    def __init__(self, form: ResponseInfo, summary: str) -> None:
        super().__init__(classes="dialog survey-void-dialog")
        self.form = form
        self.summary = summary

    def compose(self) -> ComposeResult:
        form = self.form
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.surveys.void.title_of", number=form.id), classes="dialog-title",
                         markup=False)
            yield Static(t("tui.surveys.void.explain", number=form.id,
                           day=fmt_date(form.response_date), respondent=form.respondent or "-",
                           answers=self.summary), classes="dialog-text", markup=False)
            yield Field(t("tui.surveys.void.reason"),
                        TextInput(id="reason", max_length=responses.MAX_REASON), field="reason")
            yield FieldError("void_date")
            yield FieldError("general")
            yield dialog_buttons(t("tui.surveys.void.submit"), "error")
        yield Footer()

    def _reason(self) -> str:
        return " ".join(self.query_one("#reason", Input).value.split())

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self._submit_button().disabled:
            return
        self.clear_errors()
        if not self._reason():
            self._failed(ValidationError("surveys.reason_empty", field="reason"))
            return
        from sekretariat.views.core.confirm import ConfirmDialog

        question = t("tui.surveys.void.confirm", number=self.form.id,
                     day=fmt_date(self.form.response_date), reason=self._reason())
        self.app.push_screen(ConfirmDialog(question, t("tui.surveys.void.submit")),
                             self._confirmed)

    def _confirmed(self, yes: bool | None) -> None:
        if not yes:
            self.query_one("#reason", Input).focus()
            return
        self.submit_service(responses.void_response, self.session, self.form.id,
                            self._reason(), done=self.dismiss, group="void")
