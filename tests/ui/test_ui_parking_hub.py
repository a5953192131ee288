"""The parking hub (home section 13): the day's roster slots with their
reports and the day's totals, the debts and the books out; [ and ] move a
day; keys greyed by role; the palette's parking commands; every parking
screen of the hub usable at 80x24."""

from __future__ import annotations

import datetime as dt

from parkingui import TODAY, make_lot
from uihelp import SIZE, footer_keys, login, screen_text, settle

from sekretariat.services.parking import shift_reports, tickets
from sekretariat.views.parking.account import AttendantAccountScreen
from sekretariat.views.parking.debts import DebtsScreen
from sekretariat.views.parking.parking import ParkingScreen
from sekretariat.views.parking.report_entry import ReportEntryScreen
from sekretariat.views.parking.roster import RosterScreen
from sekretariat.views.parking.tickets import TicketBooksScreen


async def open_hub(pilot) -> None:
    await pilot.press("1", "3")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ParkingScreen)


async def test_the_day_its_reports_and_totals(app_for, chair):
    ids = make_lot(chair, rostered_days=(TODAY,))
    shift_reports.record_shift_report(chair, TODAY, "a-md", "pagi", ids["Andi"],
                                      counts={"motor": 40, "mobil": 3}, handed_over=90_000)
    shift_reports.record_shift_report(chair, TODAY, "b-mb", "pagi", ids["Dedi"],
                                      counts={"mobil": 10}, handed_over=50_000)
    tickets.issue_book(chair, "A", 1, 500, "motor", ids["Budi"])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await open_hub(pilot)
        text = screen_text(app)
        assert "Parkir · Senin, 23 November 2026" in text
        assert ("Laporan 2 dari 12 jadwal · seharusnya Rp145.000 · disetor Rp140.000 · "
                "selisih -Rp5.000") in text
        assert "Utang juru parkir: Rp5.000 (1 orang) · buku karcis belum kembali: 1" in text
        assert ("Motor depan | Pagi | Andi | PKR/2026/00001 | Rp95.000 | Rp90.000 | -Rp5.000"
                in text)
        assert "Motor depan | Siang | Budi | belum | - | - | -" in text
        assert "10 jadwal belum ada laporannya" in text
        keys = footer_keys(app)
        assert keys["l"] == ("Laporan", True)
        assert all(keys[k][1] for k in "jkupgb")
        assert "s" not in keys           # setup: F1 and the palette only (the footer is full)
        assert app.screen.check_action("setup", ()) is True
        assert keys["right_square_bracket"][1] is False     # no later day than today
        assert keys["left_square_bracket"][1] is True
        await pilot.press("left_square_bracket")
        await settle(pilot)
        text = screen_text(app)
        assert "Minggu, 22 November 2026" in text and "Tidak ada jadwal jaga" in text
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert "Senin, 23 November 2026" in screen_text(app)
        # Enter on a row: the report entry at that slot
        table = app.screen.query_one("#hub-table")
        table.move_cursor(row=4)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReportEntryScreen)
        assert "Mobil belakang · Siang · Eko" in screen_text(app)
        assert app.focused.id == "count-motor"


async def test_a_reader_sees_the_day_but_enters_nothing(app_for, sessions):
    make_lot(sessions["ketua"], rostered_days=(TODAY,))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "pembaca")
        await open_hub(pilot)
        keys = footer_keys(app)
        assert keys["l"][1] is False and keys["u"][1] is True
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, ParkingScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ParkingScreen)


async def test_the_palette_finds_the_parking_commands(app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "parkir")
        names = [c.name for c in app.palette_commands()]
        for name in ("Laporan parkir harian", "Setoran parkir", "Jadwal juru parkir",
                     "Buku karcis parkir", "Utang juru parkir", "Grafik parkir",
                     "Kebocoran parkir", "Tarif parkir"):
            assert name in names
        command = next(c for c in app.palette_commands() if c.name == "Jadwal juru parkir")
        command.run()
        await settle(pilot)
        assert isinstance(app.screen, RosterScreen)
        await pilot.press("ctrl+q")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        names = [c.name for c in app.palette_commands()]
        assert not [n for n in names if "parkir" in n.lower()]


async def test_every_screen_at_80x24(app_for, chair):
    ids = make_lot(chair, rostered_days=(TODAY, TODAY - dt.timedelta(days=7)))
    shift_reports.record_shift_report(chair, TODAY, "a-md", "pagi", ids["Andi"],
                                      counts={"motor": 40}, handed_over=70_000)
    tickets.issue_book(chair, "A", 1, 500, "motor", ids["Budi"])
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await login(pilot, "ketua")
        await open_hub(pilot)
        assert "Laporan 1 dari 12 jadwal" in screen_text(app)
        await pilot.press("l")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReportEntryScreen)
        # the slot's fields and the figures fit above the footer
        for selector in ("#last-motor", "#count-mobil", "#handed_over", "#slot-figures"):
            region = screen.query_one(selector).region
            assert region.height and region.bottom <= 23, selector
        await pilot.press("escape", "j")
        await settle(pilot)
        assert isinstance(app.screen, RosterScreen)
        assert "Andi" in screen_text(app)
        for key, kind in (("k", TicketBooksScreen), ("u", DebtsScreen)):
            await pilot.press("escape", key)
            await settle(pilot)
            assert isinstance(app.screen, kind)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AttendantAccountScreen)
        assert "Utang sekarang: Rp10.000" in screen_text(app)


async def test_the_hub_opens_the_other_parking_screens(app_for, chair):
    make_lot(chair, rostered_days=(TODAY,))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await open_hub(pilot)
        for key, name in (("p", "AttendantsScreen"), ("s", "ParkingSetupScreen"),
                          ("g", "TrendsScreen"), ("b", "LeaksScreen")):
            await pilot.press(key)
            await settle(pilot)
            assert type(app.screen).__name__ == name
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, ParkingScreen)
