"""Pola pengaduan: the pattern of a year's complaints ([ and ] move the
year). First the places with repeated complaints in the last 90 days (the
same place, the same category, two or more), then the year's count, the
share of the closed ones answered within standard, the counts by category
and a bar chart by month. Everything is read by ``stats.stats``."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Footer, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.complaints import stats
from sekretariat.services.complaints.stats import ComplaintStats
from sekretariat.views.base import BaseScreen
from sekretariat.views.complaints.cells import category_name
from sekretariat.views.parking.chart import BarChart, draw
from sekretariat.views.widgets.cells import short_text


class CountChart(BarChart):
    """The parking chart with plain counts on its value axis."""

    def lines(self, width: int, height: int):  # type: ignore[no-untyped-def]
        styles = {name: self.get_component_rich_style(f"bar-chart--{name}", partial=True)
                  for name in ("bar", "highlight", "axis", "label")}
        return draw(self.values, self.labels, width, height, highlight=self.highlight,
                    axis_label=str, steps=self.steps, empty=self.empty, styles=styles)


def share_text(info: ComplaintStats) -> str:
    """The within-standard share as a whole percent, rounded half up."""
    return f"{(200 * info.within + info.closed) // (2 * info.closed)}%"


class PatternScreen(BaseScreen):
    HELP_KEY = "tui.complaints.help.pattern"
    TITLE_KEY = "tui.complaints.palette.pattern"
    AUTO_FOCUS = "#pattern-repeated"

    DEFAULT_CSS = """
    PatternScreen #pattern-repeated { height: auto; max-height: 8; }
    PatternScreen #pattern-said, PatternScreen #pattern-summary { height: auto; padding: 0 1; }
    PatternScreen #pattern-lower { height: 1fr; }
    PatternScreen #pattern-categories { width: 32; height: auto; }
    PatternScreen #pattern-months { width: 1fr; height: 1fr; min-height: 6; }
    """

    BINDINGS = [
        Binding("left_square_bracket", "year(-1)", "tui.complaints.key.year_back",
                id="complaints.pattern.back", key_display="["),
        Binding("right_square_bracket", "year(1)", "tui.complaints.key.year_next",
                id="complaints.pattern.next", key_display="]"),
    ]

    def __init__(self, year: int | None = None) -> None:
        super().__init__()
        self.year = clock.today().year if year is None else year
        self.info: ComplaintStats | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.complaints.pattern.title", year=self.year), id="pattern-title",
                     classes="screen-title", markup=False)
        yield Static("", id="pattern-said", markup=False)
        yield DataTable(id="pattern-repeated", cursor_type="row", zebra_stripes=True)
        yield Static(t("tui.loading"), id="pattern-summary", markup=False)
        with Horizontal(id="pattern-lower"):
            yield DataTable(id="pattern-categories", cursor_type="row")
            yield CountChart(id="pattern-months", empty=t("tui.complaints.pattern.empty"))
        yield Footer()

    def on_mount(self) -> None:
        repeated = self.query_one("#pattern-repeated", DataTable)
        for key, width in (("place", 30), ("category", 16), ("count", 7)):
            repeated.add_column(t(f"tui.complaints.pattern.col_{key}"), key=key, width=width)
        categories = self.query_one("#pattern-categories", DataTable)
        for key, width in (("category", 18), ("count", 7)):
            categories.add_column(t(f"tui.complaints.pattern.col_{key}"), key=key, width=width)
        self.load()

    def load(self) -> None:
        self.call_service(stats.stats, self.session, self.year, done=self.show,
                          group="pattern")

    def action_year(self, step: int) -> None:
        self.year += step
        self.query_one("#pattern-title", Static).update(
            t("tui.complaints.pattern.title", year=self.year))
        self.load()

    def show(self, info: ComplaintStats) -> None:
        if info.year != self.year:
            return  # an answer to an earlier year
        self.info = info
        since = fmt_date(info.repeat_since)
        repeated = self.query_one("#pattern-repeated", DataTable)
        repeated.clear()
        for place in info.repeated:
            repeated.add_row(short_text(place.label, 30), category_name(place.category),
                             str(place.count))
        repeated.display = bool(info.repeated)
        self.query_one("#pattern-said", Static).update(
            t("tui.complaints.pattern.repeated" if info.repeated
              else "tui.complaints.pattern.no_repeated", since=since))
        summary = (t("tui.complaints.pattern.summary", total=info.total, year=info.year,
                     within=info.within, closed=info.closed, share=share_text(info))
                   if info.closed else
                   t("tui.complaints.pattern.summary_none_closed", total=info.total,
                     year=info.year))
        self.query_one("#pattern-summary", Static).update(summary)
        categories = self.query_one("#pattern-categories", DataTable)
        categories.clear()
        for category, count in info.by_category:
            categories.add_row(category_name(category), str(count))
        self.query_one("#pattern-months", CountChart).set_data(
            info.by_month, [f"{m:02d}" for m in range(1, 13)])
