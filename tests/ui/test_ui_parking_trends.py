"""Grafik Parkir (issue 10, point 7): a month's daily income as a chart with
bars on the days that had income, the table's total equal to the SQL sum of
the non-voided reports, the year by month and ten years by year, the
breakdown per zone and per vehicle type, and the screen at 80x24."""

from __future__ import annotations

from datetime import date as D

import pytest
from textual.widgets import DataTable
from uihelp import SIZE, footer_keys, login, screen_text, settle

from sekretariat import db
from sekretariat.money import format_rupiah
from sekretariat.services.parking import attendants, setup, shift_reports, tariffs
from sekretariat.views.parking.chart import BarChart
from sekretariat.views.parking.trends import TrendsScreen


def _sql_income(first: str, last: str) -> int:
    return db.current_database().execute_sql(
        "SELECT coalesce(sum(expected), 0) FROM shift_report WHERE void_entry_id IS NULL"
        " AND report_date BETWEEN ? AND ?", (first, last)).fetchone()[0]


@pytest.fixture
def reports(chair):
    """Two zones; in November 2026: 2 Nov Rp200.000 (md), 10 Nov Rp60.000
    (mb: Rp50.000 of cars, Rp10.000 of motorbikes), 20 Nov Rp40.000 voided;
    in October: 15 Oct Rp100.000 (md)."""
    setup.create_zone(chair, "md", "Motor depan", 120)
    setup.create_zone(chair, "mb", "Mobil belakang", 40)
    andi = attendants.register_attendant(chair, "Andi", D(2026, 1, 5)).id
    budi = attendants.register_attendant(chair, "Budi", D(2026, 1, 5)).id
    tariffs.set_tariff(chair, "motor", 2000, D(2026, 1, 1))
    tariffs.set_tariff(chair, "mobil", 5000, D(2026, 1, 1))

    def report(day, zone, shift, who, counts, handed):
        return shift_reports.record_shift_report(chair, day, zone, shift, who, counts=counts,
                                                 handed_over=handed, override_off_roster=True)

    report(D(2026, 11, 2), "md", "pagi", andi, {"motor": 100}, 200_000)
    report(D(2026, 11, 10), "mb", "siang", budi, {"mobil": 10, "motor": 5}, 55_000)
    voided = report(D(2026, 11, 20), "md", "pagi", andi, {"motor": 20}, 40_000)
    shift_reports.void_report(chair, voided.id, "salah zona")
    report(D(2026, 10, 15), "md", "pagi", andi, {"motor": 50}, 100_000)
    return {"andi": andi, "budi": budi}


async def _open(pilot) -> TrendsScreen:
    await login(pilot, "ketua")
    await pilot.app.push_screen(TrendsScreen())
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, TrendsScreen)
    return screen


def _bottom_row(chart: BarChart) -> str:
    lines = chart.lines(chart.content_size.width, chart.content_size.height)
    return lines[-2].plain


def _total_row(app) -> list[str]:
    table = app.screen.query_one("#trend-table", DataTable)
    return [str(c) for c in table.get_row("total")]


async def test_a_months_daily_income_as_bars_and_a_table_totalled_by_the_service(app_for,
                                                                                  reports):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        text = screen_text(app)
        assert "Pendapatan parkir · November 2026 · per hari · total" in text
        chart = screen.query_one("#trend-chart", BarChart)
        assert len(chart.values) == 30
        assert [(day + 1, v) for day, v in enumerate(chart.values) if v] == [
            (2, 200_000), (10, 60_000)]
        # bars on the days with income only (the voided report is no income)
        gutter = _bottom_row(chart).index("┤") + 1
        width = chart.content_size.width
        slot = (width - gutter) // 30
        bottom = _bottom_row(chart)
        assert bottom[gutter + 1 * slot] == "█" and bottom[gutter + 9 * slot] == "█"
        assert bottom[gutter + 0 * slot] == " " and bottom[gutter + 19 * slot] == " "
        assert chart.lines(width, chart.content_size.height)[0].plain.startswith("Rp200 rb┤")
        # the table: one row per day, then the service's total, equal to the SQL sum
        november = _sql_income("2026-11-01", "2026-11-30")
        assert november == 260_000
        total = _total_row(app)
        assert total[0] == "Jumlah" and total[1] == format_rupiah(november) == "Rp260.000"
        assert total[2] == "115"
        table = screen.query_one("#trend-table", DataTable)
        assert table.row_count == 31
        assert [str(c) for c in table.get_row("2026-11-02")][:2] == ["Sen, 2 Nov", "Rp200.000"]
        assert "Jumlah Rp260.000 · 115 kendaraan · grafik: total" in text
        # the cursor's row is the highlighted bar
        table.move_cursor(row=9)
        await pilot.pause()
        assert chart.highlight == 9
        keys = footer_keys(app)
        assert keys["d"][1] is False and keys["m"] == ("Bulanan", True)
        assert keys["s"][1] is False                   # nothing to pick without a breakdown
        await pilot.press("right_square_bracket")       # December is still to come
        await settle(pilot)
        assert "November 2026" in screen_text(app)


async def test_switching_to_the_year_and_the_years_changes_the_chart(app_for, reports):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        chart = screen.query_one("#trend-chart", BarChart)
        await pilot.press("m")
        await settle(pilot)
        assert "Pendapatan parkir · 2026 · per bulan · total" in screen_text(app)
        assert len(chart.values) == 12 and chart.labels[:3] == ("Jan", "Feb", "Mar")
        assert chart.values[9:] == (100_000, 260_000, 0)
        assert _total_row(app)[1] == format_rupiah(_sql_income("2026-01-01", "2026-12-31"))
        assert chart.lines(chart.content_size.width, 11)[-1].plain.split()[-1] == "Des"

        await pilot.press("left_square_bracket")         # 2025: nothing yet
        await settle(pilot)
        assert "· 2025 ·" in screen_text(app)
        assert set(chart.values) == {0}
        assert any("Belum ada laporan shift" in line.plain
                   for line in chart.lines(chart.content_size.width, 11))
        await pilot.press("right_square_bracket", "y")
        await settle(pilot)
        assert "Pendapatan parkir · 2017–2026 · per tahun · total" in screen_text(app)
        assert chart.labels == tuple(str(y) for y in range(2017, 2027))
        assert chart.values[-1] == 360_000 == _sql_income("2017-01-01", "2026-12-31")

        await pilot.press("d")                           # back to the month, per day
        await settle(pilot)
        assert len(chart.values) == 30 and sum(1 for v in chart.values if v) == 2


async def test_breakdown_per_zone_and_per_vehicle_type(app_for, reports):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        chart = screen.query_one("#trend-chart", BarChart)
        await pilot.press("m", "b")
        await settle(pilot)
        assert "· per zona" in screen_text(app)
        table = screen.query_one("#trend-table", DataTable)
        headers = [str(c.label) for c in table.columns.values()]
        assert headers == ["Periode", "Mobil belakang", "Motor depan", "Jumlah", "Kendaraan"]
        assert _total_row(app)[1:4] == ["Rp60.000", "Rp300.000", "Rp360.000"]
        assert [str(c) for c in table.get_row("2026-11")][1:4] == [
            "Rp60.000", "Rp200.000", "Rp260.000"]
        assert chart.values[10] == 260_000               # all zones drawn
        await pilot.press("s")                           # only the first zone
        await pilot.pause()
        assert chart.values[10] == 60_000 and chart.values[9] == 0
        assert "grafik: Mobil belakang" in screen_text(app)
        await pilot.press("s", "s")                      # the second, then all again
        await pilot.pause()
        assert chart.values[10] == 260_000

        await pilot.press("b")                           # per vehicle type
        await settle(pilot)
        assert "· per jenis kendaraan" in screen_text(app)
        headers = [str(c.label) for c in table.columns.values()]
        assert headers == ["Periode", "Sepeda motor", "Mobil", "Pikap/truk", "Jumlah",
                           "Kendaraan"]
        assert _total_row(app)[1:5] == ["Rp310.000", "Rp50.000", "Rp0", "Rp360.000"]
        await pilot.press("b")
        await settle(pilot)
        assert "· 2026 · per bulan · total" in screen_text(app)


async def test_the_trends_screen_at_80x24(app_for, reports):
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        chart = screen.query_one("#trend-chart", BarChart)
        table = screen.query_one("#trend-table", DataTable)
        assert chart.region.height == 11 and table.region.height >= 5
        for keys in (("b",), ("m",), ("s",), ("y",), ("b",), ("left_square_bracket",), ("d",)):
            await pilot.press(*keys)
            await settle(pilot)
            lines = chart.lines(chart.content_size.width, chart.content_size.height)
            assert len(lines) == 11 and all(len(line.plain) <= 78 for line in lines)
        assert isinstance(app.screen, TrendsScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, TrendsScreen)


async def test_from_the_parking_hub_g_opens_the_trends_and_b_the_leaks(app_for, reports):
    from sekretariat.views.parking.leaks import LeaksScreen

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await pilot.press("1", "3")
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        assert isinstance(app.screen, TrendsScreen)
        assert _total_row(app)[1] == "Rp260.000"
        await pilot.press("escape", "b")
        await settle(pilot)
        assert isinstance(app.screen, LeaksScreen)
        assert "Andi" in screen_text(app)
