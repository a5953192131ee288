"""Survei: every questionnaire by year and audience with its state and how
many forms are in. From here a survey is written (n) or copied from the one
under the cursor for the next year (c), opened for responses and closed (o),
its paper forms typed in (e) or listed and voided (r) and its index seen
(Enter)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.services.surveys import questionnaires
from sekretariat.services.surveys.questionnaires import SurveyInfo
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.cells import short_text


class SurveysScreen(BaseScreen):
    CSS_PATH = "../styles/surveys.tcss"
    HELP_KEY = "tui.surveys.help.list"
    TITLE_KEY = "tui.section.surveys"
    SECTION = "surveys"
    AUTO_FOCUS = "#surveys-table"

    BINDINGS = [
        Binding("enter", "results", "tui.surveys.key.results", id="surveys.results"),
        Binding("e", "entry", "tui.surveys.key.entry", id="surveys.entry"),
        Binding("r", "responses", "tui.surveys.key.responses", id="surveys.responses"),
        Binding("n", "create", "tui.surveys.key.create", id="surveys.create"),
        Binding("c", "copy", "tui.surveys.key.copy", id="surveys.copy"),
        Binding("o", "open_close", "tui.surveys.key.open_close", id="surveys.open_close"),
        Binding("f5", "refresh", "tui.key.refresh", id="surveys.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.surveys: dict[str, SurveyInfo] = {}

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.surveys"), classes="screen-title", markup=False)
        yield DataTable(id="surveys-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="surveys-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#surveys-table", DataTable)
        for key, width in (("year", 6), ("audience", 16), ("status", 10), ("questions", 12),
                           ("responses", 12), ("title", 40)):
            table.add_column(t(f"tui.surveys.col_{key}"), key=key, width=width)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.call_service(questionnaires.list_surveys, self.session,
                          done=lambda found: self.show(found, select), group="load")

    def show(self, found: list[SurveyInfo], select: int | None = None) -> None:
        table = self.query_one("#surveys-table", DataTable)
        at = table.cursor_row
        table.clear()
        self.surveys = {str(s.id): s for s in found}
        for index, s in enumerate(found):
            table.add_row(str(s.year), questionnaires.audience_label(s.audience),
                          questionnaires.status_label(s.status), str(len(s.questions)),
                          str(s.responses), short_text(s.title, 40), key=str(s.id))
            if s.id == select:
                at = index
        if found:
            table.move_cursor(row=min(at, len(found) - 1))
        self.query_one("#surveys-status", Static).update(
            t("tui.surveys.count", count=len(found)) if found else t("tui.surveys.empty"))
        self.refresh_bindings()

    @property
    def highlighted(self) -> SurveyInfo | None:
        table = self.query_one("#surveys-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.surveys.get(key or "")

    @on(DataTable.RowHighlighted, "#surveys-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(DataTable.RowSelected, "#surveys-table")
    def _chosen(self) -> None:
        self.action_results()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        survey = self.highlighted
        if action in ("create", "copy", "open_close") and not self.may("surveys.manage"):
            return False
        if action == "entry":
            if not self.may("surveys.enter"):
                return False
            return (survey is not None and survey.status == "open") or None
        if action in ("results", "responses", "copy", "open_close"):
            return survey is not None or None
        return super().check_action(action, parameters)

    def action_refresh(self) -> None:
        self.reload()

    def action_create(self) -> None:
        from sekretariat.views.surveys.create import CreateSurveyDialog

        survey = self.highlighted
        self.app.push_screen(CreateSurveyDialog(survey.audience if survey else "parkir"),
                             self._created)

    def _created(self, survey: SurveyInfo | None) -> None:
        if survey is not None:
            self.notify(t("tui.surveys.created", year=survey.year,
                          audience=questionnaires.audience_label(survey.audience)))
            self.reload(select=survey.id)

    def action_copy(self) -> None:
        survey = self.highlighted
        if survey is not None:
            self.call_service(questionnaires.copy_survey, self.session, survey.id,
                              survey.year + 1, done=self._created)

    def action_open_close(self) -> None:
        survey = self.highlighted
        if survey is None:
            return
        change = (questionnaires.close_survey if survey.status == "open"
                  else questionnaires.open_survey)
        self.call_service(change, self.session, survey.id, done=self._changed)

    def _changed(self, survey: SurveyInfo) -> None:
        self.notify(t("tui.surveys.status_now", status=questionnaires.status_label(survey.status)))
        self.reload(select=survey.id)

    def action_entry(self) -> None:
        from sekretariat.views.surveys.entry import EntryScreen

        survey = self.highlighted
        if survey is not None:
            self.app.push_screen(EntryScreen(survey.id), lambda _: self.reload(select=survey.id))

    def action_results(self) -> None:
        from sekretariat.views.surveys.results import ResultsScreen

        survey = self.highlighted
        if survey is not None:
            self.app.push_screen(ResultsScreen(survey.id))

    def action_responses(self) -> None:
        from sekretariat.views.surveys.responses import ResponsesScreen

        survey = self.highlighted
        if survey is not None:
            self.app.push_screen(ResponsesScreen(survey.id),
                                 lambda _: self.reload(select=survey.id))
