"""The block-character bar chart (views/parking/chart.py): scaling in whole
eighths (the largest value fills the height, zero is empty, any income
shows), the short Rupiah axis labels, the period labels, and the widget
drawing to the size it is given."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.app import App, ComposeResult

from sekretariat.views.parking.chart import (EIGHTHS, BarChart, cell, draw, label_step, scale,
                                             short_rupiah)


def test_the_largest_value_fills_the_height_and_zero_is_empty():
    assert scale([0, 50, 100], 4) == [0, 16, 32]
    assert scale([100, 0, 100], 1) == [8, 0, 8]


def test_heights_round_half_up_in_whole_eighths():
    # 1/3 of 24 eighths is exactly 8; 1/16 of 8 eighths is 0.5 -> 1; 3/16 is 1.5 -> 2
    assert scale([1, 3], 8) == [21, 64]   # 1 * 64 / 3 = 21.33 -> 21
    assert scale([1, 2, 3, 16], 1) == [1, 1, 2, 8]


def test_any_income_shows_at_least_one_eighth():
    assert scale([1, 10_000_000], 10) == [1, 80]


def test_nothing_to_scale():
    assert scale([], 5) == []
    assert scale([0, 0], 5) == [0, 0]
    assert scale([-5, 0], 5) == [0, 0]


def test_cells_of_a_bar_from_the_bottom():
    assert [cell(12, row) for row in range(3)] == ["█", "▄", " "]
    assert cell(0, 0) == " " and cell(8, 0) == "█" and cell(1, 0) == EIGHTHS[1] == "▁"


@pytest.mark.parametrize("amount, text", [
    (0, "Rp0"), (500, "Rp500"), (1_000, "Rp1 rb"), (150_000, "Rp150 rb"),
    (1_200_000, "Rp1,2 jt"), (12_500_000, "Rp12,5 jt"), (2_500_000_000, "Rp2,5 M"),
    (-1_200_000, "-Rp1,2 jt")])
def test_short_rupiah(amount, text):
    assert short_rupiah(amount) == text


def test_short_rupiah_takes_whole_rupiah_only():
    with pytest.raises(TypeError):
        short_rupiah(1.5)


def test_label_step_keeps_labels_apart():
    assert label_step(["Jan", "Feb"], 5) == 1
    assert label_step([str(d) for d in range(1, 32)], 2) == 2
    assert label_step([str(d) for d in range(1, 32)], 2, (1, 7)) == 7


def test_draw_a_month_at_80_columns():
    values = [0] * 30
    values[0], values[9], values[22] = 1_200_000, 600_000, 1
    lines = draw(values, [str(d) for d in range(1, 31)], 78, 9, steps=(1, 7, 14))
    plain = [line.plain for line in lines]
    assert len(plain) == 9 and all(len(p) <= 78 for p in plain)
    # the value axis: the largest at the top, half of it at the middle (8 rows), zero below
    assert plain[0].startswith("Rp1,2 jt┤")
    assert plain[4].startswith("Rp600 rb┤")
    assert plain[7].startswith("     Rp0┤")
    gutter = len("Rp1,2 jt┤")
    slot = (78 - gutter) // 30
    columns = [gutter + i * slot for i in range(30)]
    # day 1 is full height, day 10 is half, day 23 shows one eighth, the rest empty
    assert [p[columns[0]] for p in plain[:8]] == ["█"] * 8
    assert [p[columns[9]] for p in plain[:8]] == [" "] * 4 + ["█"] * 4
    assert [p[columns[22]] for p in plain[:8]] == [" "] * 7 + ["▁"]
    assert all(p[columns[1]] == " " for p in plain[:8])
    # the days are marked weekly under their bars
    marks = plain[8]
    assert marks[gutter - 1] == "└"
    for day in (1, 8, 15, 22, 29):
        at = columns[day - 1]
        assert marks[at:at + len(str(day))] == str(day)
    assert "2" not in marks[columns[1]:columns[1] + 1]


def test_draw_a_year_by_month_with_a_highlighted_bar():
    labels = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    lines = draw([0] * 10 + [3_000_000, 0], labels, 80, 5, highlight=10,
                 styles={"highlight": Style(bold=True)})
    assert lines[-1].plain.split() == ["└Jan", *labels[1:]]
    top = lines[0]
    assert top.plain.startswith("  Rp3 jt┤") and lines[2].plain.startswith("Rp1,5 jt┤")
    bold = [span for span in top.spans if span.style.bold]
    assert len(bold) == 1 and set(top.plain[bold[0].start:bold[0].end]) == {"█"}


def test_draw_without_income_says_so():
    lines = draw([0, 0, 0], ["1", "2", "3"], 40, 5, empty="Belum ada laporan")
    plain = [line.plain for line in lines]
    assert "Belum ada laporan" in plain[2]
    assert plain[3].startswith("Rp0┤")
    assert "█" not in "".join(plain)


def test_more_periods_than_columns_keeps_the_latest():
    lines = draw(list(range(1, 101)), [str(i) for i in range(1, 101)], 30, 3)
    assert all(len(line.plain) <= 30 for line in lines)
    assert lines[0].plain.rstrip().endswith("█")   # the last (largest) value is drawn


class _ChartApp(App):
    def compose(self) -> ComposeResult:
        yield BarChart(id="chart")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_widget_draws_to_its_size(size):
    app = _ChartApp()
    async with app.run_test(size=size) as pilot:
        chart = app.query_one(BarChart)
        chart.set_data([100_000, 0, 250_000], ["1", "2", "3"])
        chart.highlight = 2
        await pilot.pause()
        width = chart.content_size.width
        assert width == size[0]
        lines = chart.lines(width, chart.content_size.height)
        assert len(lines) == 10
        assert lines[0].plain.startswith("Rp250 rb┤")
        assert "█" in lines[0].plain and lines[-1].plain.split() == ["└1", "2", "3"]
        with pytest.raises(ValueError):
            chart.set_data([1, 2], ["1"])
