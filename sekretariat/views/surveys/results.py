"""The figures of one survey: the Customer Satisfaction Index overall and per
statement (with a bar), and for each number question its median and the
change against the previous year's survey of the same audience."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.services.surveys import indices, questionnaires
from sekretariat.services.surveys.indices import SurveyIndex
from sekretariat.views.base import BaseScreen
from sekretariat.views.surveys.question_text import fmt_decimal, fmt_quantity
from sekretariat.views.widgets.cells import short_text

BAR_WIDTH = 20


def bar(percent) -> Text:
    """A bar of ``BAR_WIDTH`` cells, full at 100 %."""
    if percent is None:
        return Text("")
    filled = round(float(percent) / 100 * BAR_WIDTH)
    return Text("█" * filled + "░" * (BAR_WIDTH - filled), style="green")


def _right(text: str) -> Text:
    return Text(text, justify="right")


class ResultsScreen(BaseScreen):
    CSS_PATH = "../styles/surveys.tcss"
    HELP_KEY = "tui.surveys.help.results"
    TITLE_KEY = "tui.surveys.results.title"
    AUTO_FOCUS = "#statements"

    BINDINGS = [
        Binding("f5", "refresh", "tui.key.refresh", id="surveys.results.refresh"),
    ]

    def __init__(self, survey_id: int) -> None:
        super().__init__()
        self.survey_id = survey_id
        self.index: SurveyIndex | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.loading"), id="results-title", classes="screen-title", markup=False)
        with VerticalScroll(id="results-body"):
            yield Static("", id="results-csi", markup=False)
            yield DataTable(id="statements", cursor_type="row", zebra_stripes=True)
            yield Static(t("tui.surveys.results.numbers"), id="numbers-title", markup=False)
            yield DataTable(id="numbers", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        statements = self.query_one("#statements", DataTable)
        statements.add_column("#", key="position", width=3)
        statements.add_column(t("tui.surveys.results.col_statement"), key="text", width=34)
        for key, width in (("weight", 6), ("answers", 7), ("mean", 7), ("satisfaction", 8)):
            statements.add_column(_right(t(f"tui.surveys.results.col_{key}")), key=key,
                                  width=width)
        statements.add_column("", key="bar", width=BAR_WIDTH)
        numbers = self.query_one("#numbers", DataTable)
        numbers.add_column("#", key="position", width=3)
        numbers.add_column(t("tui.surveys.results.col_question"), key="text", width=30)
        for key, width in (("answers", 7), ("median", 16), ("previous", 22), ("change", 16),
                           ("change_pct", 8)):
            numbers.add_column(_right(t(f"tui.surveys.results.col_{key}")), key=key,
                               width=width)
        self.action_refresh()

    def action_refresh(self) -> None:
        self.call_service(indices.survey_index, self.session, self.survey_id, done=self.show)

    def show(self, index: SurveyIndex) -> None:
        self.index = index
        survey = index.survey
        self.query_one("#results-title", Static).update(t(
            "tui.surveys.results.heading", title=survey.title, year=survey.year,
            audience=questionnaires.audience_label(survey.audience),
            status=questionnaires.status_label(survey.status)))
        csi = (t("tui.surveys.results.csi", csi=fmt_decimal(index.csi), responses=index.responses)
               if index.csi is not None
               else t("tui.surveys.results.no_answers", responses=index.responses))
        self.query_one("#results-csi", Static).update(csi)
        statements = self.query_one("#statements", DataTable)
        statements.clear()
        for s in index.statements:
            statements.add_row(str(s.position), short_text(s.text, 34), _right(str(s.weight)),
                               _right(str(s.answers)), _right(fmt_decimal(s.mean)),
                               _right(fmt_decimal(s.satisfaction) + " %"
                                      if s.satisfaction is not None else "-"),
                               bar(s.satisfaction), key=str(s.question_id))
        numbers = self.query_one("#numbers", DataTable)
        numbers.clear()
        for n in index.numbers:
            previous = (f"{fmt_quantity(n.previous_median, n.unit)} ({n.previous_year})"
                        if n.previous_year is not None else "-")
            change = fmt_quantity(n.change, n.unit)
            if n.change is not None and n.change > 0:
                change = "+" + change
            pct = "-" if n.change_pct is None else (
                ("+" if n.change_pct > 0 else "") + fmt_decimal(n.change_pct) + " %")
            label = f"{n.text} ({n.unit})" if n.unit else n.text
            numbers.add_row(str(n.position), short_text(label, 30), _right(str(n.answers)),
                            _right(fmt_quantity(n.median, n.unit)), _right(previous),
                            _right(change), _right(pct), key=str(n.question_id))
        has_numbers = bool(index.numbers)
        self.query_one("#numbers-title").display = has_numbers
        numbers.display = has_numbers
