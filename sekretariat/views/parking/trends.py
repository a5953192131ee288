"""Grafik Parkir: parking income as a bar chart and a table of the same
figures — a month per day (the default: the current month), a year per month
or ten years per year — in total, per zone or per vehicle type. The figures
and their totals come from ``services.parking.trends``; this screen only
lays them out (the table's totals are the service's, never summed again)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat import clock
from sekretariat.i18n import get_language, t
from sekretariat.i18n.formats import fmt_month
from sekretariat.money import format_number, format_rupiah
from sekretariat.services.parking import trends
from sekretariat.services.parking.trends import Trend, TrendPoint
from sekretariat.views.base import BaseScreen
from sekretariat.views.parking.chart import BarChart

_PERIOD = Binding.Group("tui.parking_charts.key.period_group", compact=True)
_GRAIN = Binding.Group("tui.parking_charts.key.grain_group", compact=True)
#: How many years the yearly chart spans.
YEARS = 10
#: Period label steps per grain: weekly marks for days, quarters for months.
LABEL_STEPS = {"day": (1, 7, 14), "month": (1, 2, 3, 6), "year": (1, 2, 5, 10)}


@dataclass(frozen=True)
class TrendQuery:
    grain: str       # 'day': a month per day; 'month': a year per month; 'year': YEARS years
    year: int        # the month's or the year's, or the last of the years
    month: int       # used at grain 'day'
    by: str = "total"


def load_trend(session, query: TrendQuery) -> Trend:
    """The service call behind the screen (one per grain)."""
    if query.grain == "day":
        return trends.month_trend(session, query.year, query.month, by=query.by)
    if query.grain == "month":
        return trends.year_trend(session, query.year, by=query.by)
    return trends.income_trend(session, dt.date(query.year - YEARS + 1, 1, 1),
                               dt.date(query.year, 12, 31), grain="year", by=query.by)


def step_query(query: TrendQuery, step: int) -> TrendQuery:
    """The previous (-1) or next (+1) period at the same grain."""
    if query.grain == "day":
        index = query.year * 12 + query.month - 1 + step
        return replace(query, year=index // 12, month=index % 12 + 1)
    return replace(query, year=query.year + step)


def first_day(query: TrendQuery) -> dt.date:
    """The first day the query covers."""
    if query.grain == "day":
        return dt.date(query.year, query.month, 1)
    if query.grain == "month":
        return dt.date(query.year, 1, 1)
    return dt.date(query.year - YEARS + 1, 1, 1)


def _babel(day: dt.date, pattern: str) -> str:
    from babel.dates import format_date

    return format_date(day, pattern, locale="id_ID" if get_language() == "id" else "en_GB")


def bar_label(grain: str, point: TrendPoint) -> str:
    """Under a bar: the day of the month, the month's short name, the year."""
    if grain == "day":
        return str(point.start.day)
    if grain == "month":
        return _babel(point.start, "LLL")
    return point.period


def row_label(grain: str, point: TrendPoint) -> str:
    """In the table: ``Sen, 2 Nov``, ``November``, ``2026``."""
    if grain == "day":
        return _babel(point.start, "EEE, d MMM")
    if grain == "month":
        return _babel(point.start, "LLLL")
    return point.period


def period_text(query: TrendQuery) -> str:
    if query.grain == "day":
        return fmt_month(query.year, query.month)
    if query.grain == "month":
        return str(query.year)
    return t("tui.parking_charts.years", first=query.year - YEARS + 1, last=query.year)


def _money(amount: int, *, bold: bool = False) -> Text:
    if amount == 0 and not bold:
        return Text("-", style="dim", justify="right")
    return Text(format_rupiah(amount), style="bold" if bold else "", justify="right")


def _count(value: int, *, bold: bool = False) -> Text:
    if value == 0 and not bold:
        return Text("-", style="dim", justify="right")
    return Text(format_number(value), style="bold" if bold else "", justify="right")


class TrendsScreen(BaseScreen):
    CSS_PATH = "../styles/parking_charts.tcss"
    HELP_KEY = "tui.parking_charts.help.trends"
    TITLE_KEY = "tui.parking_charts.trends.title"
    AUTO_FOCUS = "#trend-table"

    BINDINGS = [
        Binding("d", "grain('day')", "tui.parking_charts.key.day", id="parking_charts.day",
                group=_GRAIN),
        Binding("m", "grain('month')", "tui.parking_charts.key.month",
                id="parking_charts.month", group=_GRAIN),
        Binding("y", "grain('year')", "tui.parking_charts.key.year", id="parking_charts.year",
                group=_GRAIN),
        Binding("left_square_bracket", "step(-1)", "tui.parking_charts.key.previous",
                id="parking_charts.previous", group=_PERIOD),
        Binding("right_square_bracket", "step(1)", "tui.parking_charts.key.next",
                id="parking_charts.next", group=_PERIOD),
        Binding("b", "breakdown", "tui.parking_charts.key.breakdown",
                id="parking_charts.breakdown"),
        Binding("s", "series", "tui.parking_charts.key.series", id="parking_charts.series"),
        Binding("f5", "refresh", "tui.key.refresh", id="parking_charts.trends.refresh",
                show=False),
    ]

    def __init__(self, grain: str = "day", by: str = "total") -> None:
        super().__init__()
        today = clock.today()
        self.query_now = TrendQuery(grain, today.year, today.month, by)
        self.trend: Trend | None = None
        #: The series drawn in the chart (an index into trend.series); None: all.
        self.series_index: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.loading"), id="trend-title", classes="screen-title", markup=False)
        yield BarChart(id="trend-chart", empty=t("tui.parking_charts.trends.empty"))
        yield Static("", id="trend-summary", markup=False)
        yield DataTable(id="trend-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.reload()

    # --- loading --------------------------------------------------------------------

    def reload(self, **changes) -> None:
        self.query_now = replace(self.query_now, **changes)
        self.query_one("#trend-title", Static).update(self._heading())
        self.call_service(load_trend, self.session, self.query_now, done=self.show,
                          group="load")

    def _heading(self) -> str:
        q = self.query_now
        return t("tui.parking_charts.trends.heading", period=period_text(q),
                 grain=t(f"tui.parking_charts.grain.{q.grain}"),
                 by=t(f"tui.parking_charts.by.{q.by}"))

    def show(self, trend: Trend) -> None:
        q = self.query_now
        if (trend.grain, trend.by, trend.first) != (q.grain, q.by, first_day(q)):
            return  # an answer to an earlier question
        self.trend = trend
        if self.series_index is not None and self.series_index >= len(trend.series):
            self.series_index = None
        self._fill_table(trend)
        self._draw()
        self.refresh_bindings()

    def _fill_table(self, trend: Trend) -> None:
        table = self.query_one("#trend-table", DataTable)
        at = table.cursor_row
        table.clear(columns=True)
        table.add_column(t("tui.parking_charts.col_period"), key="period", width=12)
        breakdown = trend.by != "total"
        if breakdown:
            for series in trend.series:
                table.add_column(Text(series.name, justify="right"), key=f"s:{series.code}",
                                 width=min(max(13, len(series.name)), 18))
        table.add_column(Text(t("tui.parking_charts.col_total" if breakdown
                                else "tui.parking_charts.col_income"), justify="right"),
                         key="income", width=14)
        table.add_column(Text(t("tui.parking_charts.col_vehicles"), justify="right"),
                         key="vehicles", width=10)
        for index, point in enumerate(trend.totals):
            cells = [row_label(trend.grain, point)]
            if breakdown:
                cells += [_money(series.points[index].income) for series in trend.series]
            table.add_row(*cells, _money(point.income), _count(point.vehicles),
                          key=point.period)
        totals = [Text(t("tui.parking_charts.total_row"), style="bold")]
        if breakdown:
            totals += [_money(series.income, bold=True) for series in trend.series]
        table.add_row(*totals, _money(trend.income, bold=True),
                      _count(trend.vehicles, bold=True), key="total")
        table.move_cursor(row=min(at, table.row_count - 1))

    def _draw(self) -> None:
        trend = self.trend
        if trend is None:
            return
        series = None if self.series_index is None else trend.series[self.series_index]
        points = trend.totals if series is None else series.points
        chart = self.query_one("#trend-chart", BarChart)
        chart.set_data([p.income for p in points], [bar_label(trend.grain, p) for p in points],
                       steps=LABEL_STEPS[trend.grain])
        self._follow_cursor()
        name = (series.name if series is not None
                else t("tui.parking_charts.all_series") if trend.by != "total"
                else t("tui.parking_charts.by.total"))
        income = trend.income if series is None else series.income
        vehicles = trend.vehicles if series is None else series.vehicles
        self.query_one("#trend-summary", Static).update(t(
            "tui.parking_charts.trends.summary", income=format_rupiah(income),
            vehicles=format_number(vehicles), series=name))

    @on(DataTable.RowHighlighted, "#trend-table")
    def _follow_cursor(self) -> None:
        table = self.query_one("#trend-table", DataTable)
        chart = self.query_one("#trend-chart", BarChart)
        row = table.cursor_row
        chart.highlight = row if 0 <= row < len(chart.values) else None

    # --- actions --------------------------------------------------------------------

    def action_refresh(self) -> None:
        self.reload()

    def action_grain(self, grain: str) -> None:
        if grain != self.query_now.grain:
            self.reload(grain=grain)

    def action_step(self, step: int) -> None:
        if self._may_step(step):
            wanted = step_query(self.query_now, step)
            self.reload(year=wanted.year, month=wanted.month)

    def _may_step(self, step: int) -> bool:
        wanted = step_query(self.query_now, step)
        if step > 0:
            return first_day(wanted) <= clock.today()
        return first_day(wanted).year >= 2000

    def action_breakdown(self) -> None:
        order = trends.BREAKDOWNS
        self.series_index = None
        self.reload(by=order[(order.index(self.query_now.by) + 1) % len(order)])

    def action_series(self) -> None:
        trend = self.trend
        if trend is None or trend.by == "total" or not trend.series:
            return
        index = -1 if self.series_index is None else self.series_index
        index += 1
        self.series_index = None if index >= len(trend.series) else index
        self._draw()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "step":
            return self._may_step(int(parameters[0])) or None  # type: ignore[call-overload]
        if action == "grain":
            return parameters[0] != self.query_now.grain or None
        if action == "series":
            return (self.trend is not None and self.trend.by != "total"
                    and bool(self.trend.series)) or None
        return super().check_action(action, parameters)
