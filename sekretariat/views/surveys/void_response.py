"""Void a survey form: it is never deleted; it is marked void today with a
reason and leaves the index. The reason is asked, then the void confirmed.
Dismisses with the voided ``ResponseInfo``, or None."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input

from sekretariat.errors import ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.surveys import responses
from sekretariat.services.surveys.responses import ResponseInfo
from sekretariat.views.widgets.void_dialog import VoidDialog


class VoidResponseDialog(VoidDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/survey_responses.tcss"]
    HELP_KEY = "tui.surveys.void.help"
    TITLE_KEY = "tui.surveys.void.title"
    SUBMIT_KEY = "tui.surveys.void.submit"
    ERROR_FIELDS = ("void_date", "general")

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.surveys.void.submit", id="surveys_void.submit"),
    ]

    def __init__(self, form: ResponseInfo, summary: str) -> None:
        super().__init__(
            t("tui.surveys.void.title_of", number=form.id),
            t("tui.surveys.void.explain", number=form.id, day=fmt_date(form.response_date),
              respondent=form.respondent or "-", answers=summary),
            t("tui.surveys.void.reason"), responses.MAX_REASON,
            classes="dialog survey-void-dialog")
        self.form = form
        self.summary = summary

    def _reason(self) -> str:
        return " ".join(self.reason().split())

    def submit(self, reason: str) -> None:
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
