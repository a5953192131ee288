"""Typing in a stack of paper forms: one row per question. A statement takes
one digit 1..5, a number question a whole number (rupiah as people write it
for a rupiah question); empty skips it. Enter or Down goes to the next row,
Up back. Ctrl+S saves the form and clears the rows for the next one, keeping
the date; a refusal shows next to its row and nothing typed is lost."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Input, Label, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_date
from sekretariat.money import parse_rupiah
from sekretariat.services.surveys import questionnaires, responses
from sekretariat.services.surveys.questionnaires import QuestionInfo, SurveyInfo
from sekretariat.views.base import BaseScreen
from sekretariat.views.surveys.question_text import is_rupiah
from sekretariat.views.widgets.fields import FieldError, date_field
from sekretariat.views.widgets.text_input import TextInput


def read_answer(q: QuestionInfo, text: str) -> int | None:
    """What was typed for ``q``: None when empty, else a whole number (or a
    ``ValidationError`` for the row ``q<position>``)."""
    text = text.strip()
    field = f"q{q.position}"
    if not text:
        return None
    if q.kind == "likert":
        if text not in ("1", "2", "3", "4", "5"):
            raise ValidationError("tui.surveys.entry.likert", field=field, text=text)
        return int(text)
    if is_rupiah(q.unit):
        return parse_rupiah(text, field=field)
    digits = text.replace(".", "")
    if not digits.isdigit():
        raise ValidationError("tui.surveys.entry.whole", field=field, text=text)
    return int(digits)


class EntryScreen(BaseScreen):
    CSS_PATH = "../styles/surveys.tcss"
    HELP_KEY = "tui.surveys.help.entry"
    TITLE_KEY = "tui.surveys.entry.title"

    BINDINGS = [
        Binding("ctrl+s", "save", "tui.surveys.key.save_form", id="surveys.entry.save"),
        Binding("down", "move(1)", "tui.surveys.key.next_row", id="surveys.entry.next",
                show=False),
        Binding("up", "move(-1)", "tui.surveys.key.previous_row", id="surveys.entry.previous",
                show=False),
        Binding("ctrl+r", "results", "tui.surveys.key.results", id="surveys.entry.results"),
        Binding("ctrl+l", "responses", "tui.surveys.key.responses",
                id="surveys.entry.responses"),
    ]

    def __init__(self, survey_id: int) -> None:
        super().__init__()
        self.survey_id = survey_id
        self.survey: SurveyInfo | None = None
        self.entered = 0
        self.saving = False

    def compose(self) -> ComposeResult:
        yield Static(t("tui.loading"), id="entry-title", classes="screen-title", markup=False)
        with Horizontal(id="entry-head"):
            yield date_field(t("tui.surveys.entry.day"), "day", clock.today(), own_error=False)
            yield Static("", id="entry-count", markup=False)
        yield FieldError("day")
        yield VerticalScroll(id="entry-rows")
        yield FieldError("general")
        yield Footer()

    def on_mount(self) -> None:
        self.call_service(questionnaires.get_survey, self.session, self.survey_id,
                          done=self.show_survey)

    def show_survey(self, survey: SurveyInfo) -> None:
        self.survey = survey
        self.query_one("#entry-title", Static).update(t(
            "tui.surveys.entry.heading", title=survey.title, year=survey.year,
            audience=questionnaires.audience_label(survey.audience)))
        rows = self.query_one("#entry-rows", VerticalScroll)
        for q in survey.questions:
            if q.kind == "likert":
                label = t("tui.surveys.entry.likert_row", position=q.position, text=q.text,
                          weight=q.weight)
                box = TextInput(id=f"q{q.position}", max_length=1, placeholder="1-5",
                                classes="answer likert")
            else:
                label = t("tui.surveys.entry.number_row", position=q.position, text=q.text,
                          unit=q.unit or "-")
                box = TextInput(id=f"q{q.position}", max_length=20, classes="answer number")
            rows.mount(Horizontal(Label(label, classes="question", markup=False), box,
                                  FieldError(f"q{q.position}"), classes="entry-row"))
        self._show_count()
        self.call_after_refresh(self._first_row)

    def _answer_inputs(self) -> list[Input]:
        if self.survey is None:
            return []
        return [self.query_one(f"#q{q.position}", Input) for q in self.survey.questions]

    def _first_row(self) -> None:
        inputs = self._answer_inputs()
        if inputs:
            inputs[0].focus()

    def _show_count(self) -> None:
        self.query_one("#entry-count", Static).update(
            t("tui.surveys.entry.count", count=self.entered))

    # --- moving between rows -------------------------------------------------------

    def action_move(self, step: int) -> None:
        inputs = self._answer_inputs()
        if self.focused in inputs:
            index = inputs.index(self.focused) + step  # type: ignore[arg-type]
            if 0 <= index < len(inputs):
                inputs[index].focus()
            elif index < 0:
                self.query_one("#day", Input).focus()
        elif step > 0 and inputs:
            inputs[0].focus()

    @on(Input.Submitted)
    def _entered(self) -> None:
        self.action_move(1)

    @on(Input.Changed, ".answer")
    def _typed(self, event: Input.Changed) -> None:
        if self.survey is None:
            return
        q = next(q for q in self.survey.questions if f"q{q.position}" == event.input.id)
        error = self.query_one(f"#error-q{q.position}", FieldError)
        try:
            read_answer(q, event.value)
        except SekretariatError as exc:
            error.show(exc.message)
        else:
            error.clear()

    # --- saving ------------------------------------------------------------------------

    def action_save(self) -> None:
        if self.survey is None or self.saving:
            return
        self.clear_errors()
        try:
            day = parse_date(self.query_one("#day", Input).value, field="day")
            answers = {q.id: read_answer(q, self.query_one(f"#q{q.position}", Input).value)
                       for q in self.survey.questions}
        except SekretariatError as exc:
            self._refused(exc)
            return
        self.saving = True
        self.call_service(responses.record_response, self.session, self.survey_id, day,
                          answers, done=self._saved, failed=self._refused, group="save")

    def _refused(self, error: SekretariatError | None) -> None:
        self.saving = False
        self.show_error(error)
        if error is not None and error.field:
            for target in self.query(f"#{error.field}"):
                if isinstance(target, Input):
                    target.focus()

    def _saved(self, response) -> None:
        self.saving = False
        self.entered += 1
        for box in self._answer_inputs():
            box.value = ""
        self.clear_errors()
        self._show_count()
        self.notify(t("tui.surveys.entry.saved", number=response.id))
        self._first_row()

    def action_results(self) -> None:
        from sekretariat.views.surveys.results import ResultsScreen

        self.app.push_screen(ResultsScreen(self.survey_id))

    def action_responses(self) -> None:
        from sekretariat.views.surveys.responses import ResponsesScreen

        self.app.push_screen(ResponsesScreen(self.survey_id))
