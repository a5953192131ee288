"""A small bar chart drawn with block characters (``▁▂▃▄▅▆▇█``): one bar per
period, scaled so that the largest value fills the chart's height, a value
axis labelled in short Rupiah (``Rp1,2 jt``) and the periods marked under
the bars (days, months or years). It takes the width and height it is given
(80x24 included), colours itself from the theme (component classes), and
keeps its arithmetic in whole numbers: bar heights are eighths of a row,
rounded half up from integers, never floats.

``draw`` is the pure part (values in, lines of ``rich.text.Text`` out), so the
scaling is tested without a screen; ``BarChart`` is the widget around it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

#: A cell filled by 0..8 eighths, from the bottom.
EIGHTHS = " ▁▂▃▄▅▆▇█"
#: Label steps tried in turn until the period labels no longer touch.
STEPS = (1, 2, 5, 10, 20, 50, 100)
#: The widest bar, however few periods there are.
MAX_BAR = 8


def short_rupiah(amount: int) -> str:
    """``Rp1,2 jt``, ``Rp150 rb``, ``Rp2,5 M``: an axis label. One form in
    every language, like ``money.format_rupiah`` (and ``parse_rupiah`` reads
    it back, to its one decimal)."""
    from babel.numbers import format_compact_decimal

    if not isinstance(amount, int) or isinstance(amount, bool):
        raise TypeError(f"money must be int, got {type(amount).__name__}")
    if amount < 0:
        return "-" + short_rupiah(-amount)
    text = format_compact_decimal(amount, format_type="short", locale="id_ID",
                                  fraction_digits=1)
    return "Rp" + text.replace("\u00a0", " ")


def scale(values: Sequence[int], rows: int) -> list[int]:
    """Each value's bar height in eighths of a row: the largest value fills
    all ``rows``, zero (or less) is empty, and any value above zero shows at
    least one eighth, so a day with income never looks like a day without."""
    full = rows * 8
    top = max(values, default=0)
    if top <= 0 or rows <= 0:
        return [0] * len(values)
    return [0 if v <= 0 else max(1, (2 * v * full + top) // (2 * top)) for v in values]


def cell(eighths: int, row: int) -> str:
    """The character of a bar ``eighths`` high in ``row`` (0 = the bottom row)."""
    fill = eighths - row * 8
    return EIGHTHS[max(0, min(fill, 8))]


def label_step(labels: Sequence[str], slot: int, steps: Sequence[int] = STEPS) -> int:
    """The first step at which every ``step``-th label fits in its slots with
    a space after it."""
    widest = max((len(label) for label in labels), default=0)
    for step in steps:
        if step * slot >= widest + 1:
            return step
    return max(len(labels), 1)


def draw(values: Sequence[int], labels: Sequence[str], width: int, height: int, *,
         highlight: int | None = None, axis_label: Callable[[int], str] = short_rupiah,
         steps: Sequence[int] = STEPS, empty: str = "",
         styles: dict[str, Style] | None = None) -> list[Text]:
    """The chart as ``height`` lines of at most ``width`` cells: ``height - 1``
    rows of bars over one row of period labels. Labels on the value axis: the
    largest value at the top row, half of it mid-way (with an even number of
    rows), ``Rp0`` at the bottom.
    With more periods than columns, the latest periods that fit are drawn."""
    styles = styles or {}
    bar_style, high_style = styles.get("bar", Style()), styles.get("highlight", Style())
    axis_style, label_style = styles.get("axis", Style()), styles.get("label", Style())
    rows = max(height - 1, 1)
    top = max(values, default=0)
    ticks = {rows - 1: axis_label(0)}
    if top > 0:
        ticks[0] = axis_label(top)
        if rows >= 4 and rows % 2 == 0:  # the row whose top edge is exactly half
            ticks[rows // 2] = axis_label(top // 2)
    gutter = max(len(text) for text in ticks.values()) + 1
    plot = max(width - gutter, 1)
    values, labels = list(values), list(labels)
    if len(values) > plot:  # too many periods: keep the latest that fit
        skip = len(values) - plot
        values, labels = values[skip:], labels[skip:]
        highlight = None if highlight is None else highlight - skip
    slot = plot // len(values) if values else plot
    bar = 1 if slot < 2 else min(slot - 1, MAX_BAR)
    heights = scale(values, rows)
    lines: list[Text] = []
    for line in range(rows):
        text = Text(no_wrap=True, overflow="crop")
        tick = ticks.get(line)
        text.append((tick or "").rjust(gutter - 1), label_style)
        text.append("┤" if tick else "│", axis_style)
        if top > 0:
            row = rows - 1 - line
            for index, eighths in enumerate(heights):
                style = high_style if index == highlight else bar_style
                text.append(cell(eighths, row) * bar, style)
                text.append(" " * (slot - bar))
        elif line == rows // 2 and empty:
            text.append(" " + empty, label_style)
        lines.append(text)
    lines.append(_period_line(labels, slot, gutter, steps, axis_style, label_style))
    return lines[:height] if height >= 1 else []


def _period_line(labels: list[str], slot: int, gutter: int, steps: Sequence[int],
                 axis_style: Style, label_style: Style) -> Text:
    text = Text(no_wrap=True, overflow="crop")
    text.append(" " * (gutter - 1))
    text.append("└", axis_style)
    step = label_step(labels, slot, steps)
    row = ""
    for index, label in enumerate(labels):
        if index % step == 0:
            row = row.ljust(index * slot) + label
    text.append(row, label_style)
    return text


class BarChart(Widget):
    """A bar chart of whole-number values, one bar per labelled period.
    ``set_data`` gives it the figures; ``highlight`` marks one bar (e.g. the
    table row under the cursor). It draws to whatever size it is given."""

    COMPONENT_CLASSES = {"bar-chart--bar", "bar-chart--highlight", "bar-chart--axis",
                         "bar-chart--label"}

    DEFAULT_CSS = """
    BarChart {
        height: 10;
        width: 1fr;
    }
    BarChart > .bar-chart--bar {
        color: $primary;
    }
    BarChart > .bar-chart--highlight {
        color: $accent;
    }
    BarChart > .bar-chart--axis {
        color: $text-muted;
    }
    BarChart > .bar-chart--label {
        color: $text-muted;
    }
    """

    highlight: reactive[int | None] = reactive(None)

    def __init__(self, *, empty: str = "", name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.values: tuple[int, ...] = ()
        self.labels: tuple[str, ...] = ()
        self.steps: tuple[int, ...] = STEPS
        self.empty = empty

    def set_data(self, values: Sequence[int], labels: Sequence[str], *,
                 steps: Sequence[int] = STEPS, empty: str | None = None) -> None:
        if len(values) != len(labels):
            raise ValueError("one label per value")
        self.values, self.labels, self.steps = tuple(values), tuple(labels), tuple(steps)
        if empty is not None:
            self.empty = empty
        self.highlight = None
        self.refresh()

    def lines(self, width: int, height: int) -> list[Text]:
        styles = {name: self.get_component_rich_style(f"bar-chart--{name}", partial=True)
                  for name in ("bar", "highlight", "axis", "label")}
        return draw(self.values, self.labels, width, height, highlight=self.highlight,
                    steps=self.steps, empty=self.empty, styles=styles)

    def render(self) -> Text:
        size = self.content_size
        if size.width < 4 or size.height < 2:
            return Text("")
        return Text("\n").join(self.lines(size.width, size.height))
