"""The annual report's charts, drawn with ``reportlab.graphics`` in the
embedded DejaVu fonts (every label's font is set: the graphics default may
have been read before the fonts were registered): stacked or grouped bars
over the months (or the days of one month), a line of shares, horizontal
bars, and a small meter for a table cell. Value axes start at zero."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sekretariat.reports.pdf import FONT, register_fonts
from sekretariat.reports.reports.annual_format import money_axis, num

#: Muted colours that stay apart on paper and in greyscale.
PALETTE = ("#2F5D8A", "#E0923A", "#5B9A5B", "#B84A4A", "#7A5C9E", "#8C8C3A", "#3A9A9A",
           "#9E6A4A")
Series = Sequence[tuple[str, Sequence[int]]]


def _colour(index: int):
    from reportlab.lib import colors

    return colors.HexColor(PALETTE[index % len(PALETTE)])


def _value_axis(axis, top: int, formatter: Callable[[float], str]) -> None:
    axis.valueMin = 0
    if top <= 0:
        axis.valueMax = 1
    axis.labels.fontName = FONT
    axis.labels.fontSize = 7
    axis.labelTextFormat = formatter
    axis.strokeWidth = 0.5
    axis.visibleGrid = True
    axis.gridStrokeWidth = 0.25
    axis.gridStrokeColor = _grey(0.82)


def _grey(level: float):
    from reportlab.lib import colors

    return colors.Color(level, level, level)


def _legend(drawing, names: Sequence[str], x: float, y: float, columns: int,
            colour: Callable[[int], object] = _colour) -> None:
    from reportlab.graphics.charts.legends import Legend

    legend = Legend()
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.x, legend.y = x, y
    legend.dx = legend.dy = 7
    legend.deltax = 10
    legend.deltay = 11
    legend.autoXPadding = 12
    legend.columnMaximum = max(1, -(-len(names) // columns))
    legend.boxAnchor = "nw"
    legend.colorNamePairs = [(colour(i), name) for i, name in enumerate(names)]
    drawing.add(legend)


def bars(categories: Sequence[str], series: Series, width: float, height: float, *,
         stacked: bool = True, money: bool = True):
    """Bars per category: the series stacked (income by source) or side by
    side (expected against handed over); the legend under the chart."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing

    register_fonts()
    names = [name for name, _ in series]
    columns = 3 if len(names) > 2 else len(names) or 1
    legend_rows = -(-len(names) // columns)
    legend_h = 11 * legend_rows + 8
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 48, 18 + legend_h
    chart.width, chart.height = width - 58, height - chart.y - 8
    chart.data = [list(values) for _, values in series] or [[0] * len(categories)]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeWidth = 0.5
    if stacked:
        chart.categoryAxis.style = "stacked"
        top = max((sum(column) for column in zip(*chart.data)), default=0)
    else:
        top = max((max(values, default=0) for values in chart.data), default=0)
    _value_axis(chart.valueAxis, top, money_axis if money else _count_axis)
    chart.barSpacing = 1
    chart.groupSpacing = 6 if len(categories) > 15 else 10
    chart.bars.strokeWidth = 0
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = _colour(index)
    drawing.add(chart)
    _legend(drawing, names, 48, legend_h - 2, columns)
    return drawing


def line(categories: Sequence[str], series: Series, width: float, height: float, *,
         formatter: Callable[[float], str], top: int | None = None):
    """Lines over the categories (occupancy in whole per mille, shown as %)."""
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing

    register_fonts()
    names = [name for name, _ in series]
    legend_h = 20 if len(names) > 1 else 0
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 48, 18 + legend_h
    chart.width, chart.height = width - 58, height - chart.y - 8
    chart.data = [list(values) for _, values in series]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeWidth = 0.5
    highest = max((max(values, default=0) for values in chart.data), default=0)
    _value_axis(chart.valueAxis, highest, formatter)
    if top is not None:
        chart.valueAxis.valueMax = top
        chart.valueAxis.valueStep = top // 5 or 1
    chart.joinedLines = 1
    for index in range(len(chart.data)):
        chart.lines[index].strokeColor = _colour(index)
        chart.lines[index].strokeWidth = 1.5
        chart.lines[index].symbol = _dot(_colour(index))
    drawing.add(chart)
    if legend_h:
        _legend(drawing, names, 48, legend_h - 2, len(names))
    return drawing


def _dot(colour):
    from reportlab.graphics.widgets.markers import makeMarker

    marker = makeMarker("FilledCircle")
    marker.size = 4
    marker.fillColor = colour
    marker.strokeColor = colour
    return marker


def horizontal(labels: Sequence[str], values: Sequence[int], width: float, *,
               money: bool = True, bar_height: float = 14):
    """One bar per label (a monthly report's income by source)."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing

    register_fonts()
    label_w = min(190.0, width * 0.42)
    height = bar_height * max(1, len(labels)) + 26
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 16
    chart.width, chart.height = width - label_w - 12, height - 22
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [label[:40] for label in reversed(labels)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.strokeWidth = 0.5
    _value_axis(chart.valueAxis, max(values, default=0), money_axis if money else _count_axis)
    chart.bars[0].fillColor = _colour(0)
    chart.bars.strokeWidth = 0
    chart.barSpacing = 2
    drawing.add(chart)
    return drawing


def meter(share, width: float, height: float = 8):
    """A small bar filled to ``share`` (0..1) for a table cell."""
    from reportlab.graphics.shapes import Drawing, Rect

    drawing = Drawing(width, height)
    drawing.add(Rect(0, 1, width, height - 2, fillColor=_grey(0.9), strokeColor=None))
    filled = max(0.0, min(1.0, float(share))) * width
    if filled:
        drawing.add(Rect(0, 1, filled, height - 2, fillColor=_colour(0), strokeColor=None))
    return drawing


def _count_axis(value: float) -> str:
    return num(round(value))


def percent_axis(per_mille: float) -> str:
    """Occupancy points are whole per mille: 729 is shown as ``73 %``."""
    return f"{round(per_mille / 10)} %"
