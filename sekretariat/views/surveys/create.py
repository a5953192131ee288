"""The dialog that writes a new survey: year, audience, title and its
questions typed one a line (see ``question_text``). Dismisses with the new
``SurveyInfo`` (a draft), or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Input, Select, Static, TextArea

from sekretariat import clock
from sekretariat.errors import SekretariatError, ValidationError
from sekretariat.i18n import t
from sekretariat.services.surveys import questionnaires
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.surveys.question_text import parse_questions
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput


class CreateSurveyDialog(SubmitDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/surveys.tcss"]
    TITLE_KEY = "tui.surveys.create.title"
    HELP_KEY = "tui.surveys.help.create"
    AUTO_FOCUS = "#year"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.surveys.key.save", id="surveys.create.save"),
    ]

    def __init__(self, audience: str = "parkir") -> None:
        super().__init__(classes="dialog survey-dialog")
        self.audience = audience

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide", id="survey-create-box"):
            yield Static(t("tui.surveys.create.title"), classes="dialog-title", markup=False)
            with Horizontal(classes="survey-row"):
                yield Field(t("tui.surveys.year"), TextInput(str(clock.today().year), id="year",
                                                             max_length=4),
                            field="year", own_error=False, classes="field narrow")
                yield Field(t("tui.surveys.audience"), Select(
                    [(questionnaires.audience_label(a), a) for a in questionnaires.AUDIENCES],
                    value=self.audience, allow_blank=False, id="audience"),
                    field="audience", own_error=False, classes="field medium")
            yield FieldError("year")
            yield FieldError("audience")
            yield Field(t("tui.surveys.title"), TextInput(id="title",
                                                          max_length=questionnaires.MAX_TITLE),
                        field="title")
            yield Static(t("tui.surveys.create.format"), classes="dialog-text", markup=False)
            yield TextArea(id="questions", soft_wrap=False, show_line_numbers=True)
            yield FieldError("questions")
            yield FieldError("general")
            yield dialog_buttons(t("tui.surveys.create.save"))
        yield Footer()

    @on(Input.Submitted)
    def _entered(self) -> None:
        self.focus_next()

    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self._submit_button().disabled:
            return
        self.clear_errors()
        try:
            text = self.query_one("#year", Input).value.strip()
            if not text.isdigit():
                raise ValidationError("surveys.year_invalid", field="year", year=text)
            questions = parse_questions(self.query_one("#questions", TextArea).text)
        except SekretariatError as exc:
            self._failed(exc)
            return
        self.submit_service(questionnaires.create_survey, self.session, int(text),
                            str(self.query_one("#audience", Select).value),
                            self.query_one("#title", Input).value, questions,
                            done=self.dismiss)
