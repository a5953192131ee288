"""The paper forms typed in for one survey, newest first, a page at a time:
number, form date, who typed it, the respondent and the answers in question
order. A wrong form is never deleted: ``v`` voids the one under the cursor
with a reason (asked, then confirmed); a void form stays in the list, marked
as such, and no longer counts in the index."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.surveys import questionnaires, responses
from sekretariat.services.surveys.questionnaires import SurveyInfo
from sekretariat.services.surveys.responses import ResponseInfo
from sekretariat.services.surveys.text import fmt_quantity
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.paged_table import PagedTable

PAGE_SIZE = 100
ANSWERS_WIDTH = 38
RESPONDENT_WIDTH = 20


@dataclass(frozen=True)
class ResponsesPage:
    survey: SurveyInfo
    rows: list[ResponseInfo]
    offset: int
    has_more: bool


def load_page(session, survey_id: int, offset: int, limit: int = PAGE_SIZE) -> ResponsesPage:
    """The survey (its questions, its count in force) and ``limit`` of its
    forms from ``offset`` (one more asked for, to know whether there are more)."""
    survey = questionnaires.get_survey(session, survey_id)
    found = responses.list_responses(session, survey_id, limit=limit + 1, offset=offset)
    return ResponsesPage(survey, found[:limit], offset, len(found) > limit)


def answers_summary(survey: SurveyInfo, response: ResponseInfo) -> str:
    """The answers in question order: statements as their digit, amounts
    written out, ``-`` for a skipped one; the statements together, then
    each number."""
    likert, numbers = [], []
    for q in survey.questions:
        value = response.answers.get(q.id)
        if q.kind == "likert":
            likert.append("-" if value is None else str(value))
        else:
            numbers.append("-" if value is None else fmt_quantity(value, q.unit))
    return " · ".join(p for p in (" ".join(likert), *numbers) if p)


def status_text(response: ResponseInfo) -> Text:
    if response.is_void:
        return Text(t("tui.surveys.responses.void", day=fmt_date(response.voided_on)),
                    style="bold red")
    return Text(t("tui.surveys.responses.in_force"))


class ResponsesScreen(BaseScreen):
    CSS_PATH = ["../styles/surveys.tcss", "../styles/survey_responses.tcss"]
    HELP_KEY = "tui.surveys.help.responses"
    TITLE_KEY = "tui.surveys.responses.title"
    AUTO_FOCUS = "#responses-table"

    BINDINGS = [
        Binding("v", "void", "tui.surveys.key.void", id="surveys.responses.void"),
        Binding("m", "more", "tui.key.more", id="surveys.responses.more"),
        Binding("f5", "refresh", "tui.key.refresh", id="surveys.responses.refresh",
                show=False),
    ]

    def __init__(self, survey_id: int) -> None:
        super().__init__()
        self.survey_id = survey_id
        self.survey: SurveyInfo | None = None
        self.forms: dict[str, ResponseInfo] = {}
        self.has_more = False
        self.fetching = False
        self.select: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.loading"), id="responses-title", classes="screen-title",
                     markup=False)
        yield PagedTable(id="responses-table")
        yield Static("", id="responses-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#responses-table", PagedTable)
        for key, width in (("number", 6), ("date", 12), ("by", 10),
                           ("respondent", RESPONDENT_WIDTH), ("answers", ANSWERS_WIDTH),
                           ("status", 18)):
            table.add_column(t(f"tui.surveys.responses.col_{key}"), key=key, width=width)
        self.reload()

    # --- loading ------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """From the top again, as many forms as are shown (a void keeps its place)."""
        self.select = select
        self.fetching = True
        self.call_service(load_page, self.session, self.survey_id, 0,
                          max(PAGE_SIZE, len(self.forms)), done=self.show_page,
                          failed=self._failed, group="load")

    def _failed(self, error) -> None:
        self.fetching = False
        self.show_error(error)

    def show_page(self, page: ResponsesPage) -> None:
        table = self.query_one("#responses-table", PagedTable)
        survey = self.survey = page.survey
        if page.offset == 0:
            table.clear()
            self.forms.clear()
        for response in page.rows:
            key = str(response.id)
            if key in self.forms:        # a form typed in meanwhile shifted the pages
                continue
            self.forms[key] = response
            summary = answers_summary(survey, response)
            table.add_row(
                Text(f"#{response.id}", style="strike dim" if response.is_void else ""),
                fmt_date(response.response_date), Text(response.created_by),
                short_text(response.respondent or "-", RESPONDENT_WIDTH),
                Text(str(short_text(summary, ANSWERS_WIDTH)),
                     style="strike dim" if response.is_void else ""),
                status_text(response), key=key)
        self.has_more = page.has_more
        self.fetching = False
        if self.select is not None and str(self.select) in self.forms:
            table.move_cursor(row=table.get_row_index(str(self.select)))
            self.select = None
        self.query_one("#responses-title", Static).update(t(
            "tui.surveys.responses.heading", title=survey.title, year=survey.year,
            audience=questionnaires.audience_label(survey.audience), count=survey.responses))
        shown = len(self.forms)
        if not shown:
            status = t("tui.surveys.responses.empty")
        elif self.has_more:
            status = t("tui.surveys.responses.shown_more", count=shown)
        else:
            status = t("tui.surveys.responses.shown_all", count=shown)
        self.query_one("#responses-status", Static).update(status)
        self.refresh_bindings()

    def action_more(self) -> None:
        if self.has_more and not self.fetching:
            self.fetching = True
            self.call_service(load_page, self.session, self.survey_id, len(self.forms),
                              done=self.show_page, failed=self._failed, group="load")

    @on(PagedTable.NeedMore, "#responses-table")
    def _need_more(self) -> None:
        self.action_more()

    def action_refresh(self) -> None:
        self.reload(select=self.highlighted.id if self.highlighted else None)

    # --- the form under the cursor -------------------------------------------------------

    @property
    def highlighted(self) -> ResponseInfo | None:
        table = self.query_one("#responses-table", PagedTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.forms.get(key or "")

    @on(PagedTable.RowHighlighted, "#responses-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "void":
            if not self.may("surveys.enter"):
                return False
            form = self.highlighted
            return (form is not None and not form.is_void) or None
        if action == "more":
            return self.has_more or None
        return super().check_action(action, parameters)

    def action_void(self) -> None:
        from sekretariat.views.surveys.void_response import VoidResponseDialog

        form = self.highlighted
        if self.survey is None or form is None or not self.may("surveys.enter"):
            return
        if form.is_void:
            self.notify(t("surveys.response_already_void", id=form.id), severity="warning")
            return
        self.app.push_screen(VoidResponseDialog(form, answers_summary(self.survey, form)),
                             self._voided)

    def _voided(self, form: ResponseInfo | None) -> None:
        if form is None:
            return
        self.notify(t("tui.surveys.responses.voided", number=form.id))
        self.reload(select=form.id)
