"""A day's shift reports from the keyboard (issue 10, "done when"): the hub
(home keys 1 3) opens the report entry on the day's first slot; twelve
slots (four zones x three shifts) are typed with counts and the amount
handed over only, Enter saving each and opening the next; a shortfall
becomes the attendant's debt; a refusal keeps what was typed; another
attendant needs the override (asked, audited); a saved report is voided
with a reason. Checked on the screen and in the database."""

from __future__ import annotations

from parkingui import TODAY, make_lot, rows
from textual.widgets import Input
from uihelp import SIZE, login, screen_text, settle

from sekretariat.services.parking import debts
from sekretariat.views.parking.parking import ParkingScreen
from sekretariat.views.parking.pick_attendant import PickAttendantDialog
from sekretariat.views.parking.report_entry import ReportEntryScreen
from sekretariat.views.parking.report_void import VoidReportDialog

#: motor, mobil, handed over per slot (zones x shifts in order); slot 2
#: (Motor depan, malam: Cahya) hands over Rp10.000 short, slot 5 Rp2.000 more.
FIGURES = [(40, 3, 95_000), (35, 2, 80_000), (20, 1, 35_000), (50, 4, 120_000),
           (45, 5, 117_000), (10, 0, 20_000), (30, 2, 70_000), (25, 1, 55_000),
           (12, 0, 24_000), (60, 6, 150_000), (55, 4, 130_000), (15, 1, 35_000)]


def expected(motor: int, mobil: int) -> int:
    return motor * 2000 + mobil * 5000


async def open_entry(pilot) -> None:
    await pilot.press("1", "3")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ParkingScreen)
    await pilot.press("l")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ReportEntryScreen)


async def test_a_day_of_four_zones_typed_in_one_go(app_for, chair):
    ids = make_lot(chair, rostered_days=(TODAY,))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await open_entry(pilot)
        assert app.focused.id == "count-motor"
        assert "Motor depan · Pagi · Andi" in screen_text(app)
        pressed = 0
        for motor, mobil, handed in FIGURES:
            keys = [*str(motor), "enter", *str(mobil), "enter", *str(handed), "enter"]
            pressed += len(keys)
            await pilot.press(*keys)
            await settle(pilot)
        # every slot reported: the form says so and the list shows the numbers
        text = screen_text(app)
        assert "Semua jadwal hari ini sudah dilaporkan" in text
        assert "PKR/2026/00012" in text and "-Rp10.000" in text
        assert pressed == 136          # 12 slots: 100 digits and 36 Enters, nothing else
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ParkingScreen)
        text = screen_text(app)
        total = sum(expected(m, c) for m, c, _ in FIGURES)
        assert "Laporan 12 dari 12 jadwal" in text
        assert "Semua jadwal hari ini sudah dilaporkan." in text
        assert "Utang juru parkir: Rp10.000 (1 orang)" in text
        assert f"seharusnya Rp{total:,}".replace(",", ".") in text

    saved = rows("SELECT r.number, z.code, s.code, a.name, r.expected, r.handed_over,"
                 " r.difference, r.off_roster FROM shift_report r"
                 " JOIN parking_zone z ON z.id = r.zone_id JOIN parking_shift s"
                 " ON s.id = r.shift_id JOIN attendant a ON a.id = r.attendant_id ORDER BY r.id")
    assert len(saved) == 12
    assert [(r[4], r[5]) for r in saved] == [(expected(m, c), h) for m, c, h in FIGURES]
    assert saved[0][:4] == ("PKR/2026/00001", "a-md", "pagi", "Andi")
    assert saved[2][3:7] == ("Cahya", 45_000, 35_000, -10_000)
    assert {r[7] for r in saved} == {0}
    assert debts.attendant_debt(ids["Cahya"]) == 10_000
    assert rows("SELECT count(*) FROM shift_report_line WHERE count = 0") == [(0,)]


async def test_a_refusal_keeps_what_was_typed_and_shows_next_to_the_field(app_for, chair):
    make_lot(chair, rostered_days=(TODAY,))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await open_entry(pilot)
        # a count with letters: shown at once, and the save refused
        await pilot.press("4", "x", "enter", "2", "enter", *"90000", "enter")
        await settle(pilot)
        assert "'4x' bukan bilangan bulat nol atau lebih." in screen_text(app)
        assert rows("SELECT count(*) FROM shift_report") == [(0,)]
        screen = app.screen
        assert screen.query_one("#count-motor", Input).value == "4x"
        assert screen.query_one("#handed_over", Input).value == "90000"
        assert app.focused.id == "count-motor"
        # the amount handed over left empty: refused under it ("4" replaces the
        # selected "4x": a field selects its text when it gets the cursor)
        await pilot.press("4")
        assert screen.query_one("#count-motor", Input).value == "4"
        screen.query_one("#handed_over", Input).value = ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Ketik jumlah yang disetor (0 bila tidak ada)." in screen_text(app)
        assert app.focused.id == "handed_over"
        # minutes beyond the shift: the service's limit, next to the minutes
        await pilot.press(*"90000", "tab", *"600", "enter")
        await settle(pilot)
        assert "Lama kerja harus antara 1 dan 480 menit." in screen_text(app)
        assert rows("SELECT count(*) FROM shift_report") == [(0,)]
        # a shorter shift: the target prorated as typed, then saved
        await pilot.press("backspace", "backspace", "backspace", *"240")
        await pilot.pause()
        assert "Target Rp50.000" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
    assert rows("SELECT expected, handed_over, target, hours_worked_minutes FROM shift_report"
                ) == [(18_000, 90_000, 50_000, 240)]


async def test_another_attendant_needs_the_override_and_a_report_can_be_voided(app_for, chair):
    ids = make_lot(chair, rostered_days=(TODAY,))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await open_entry(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, PickAttendantDialog)
        await pilot.press(*"luk", "enter")              # Lukman, rostered elsewhere tonight
        await settle(pilot)
        assert "tidak terjadwal" in screen_text(app)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ReportEntryScreen)
        assert "Lukman" in screen_text(app) and "menggantikan Andi" in screen_text(app)
        await pilot.press(*"10", "enter", "enter", *"15000", "enter")
        await settle(pilot)
        # the next slot opened; Andi's slot stays open, Lukman's report is its
        # own row after the roster's (PgUp twice: Andi's, then round to it)
        assert "Motor depan · Siang · Budi" in screen_text(app)
        assert debts.attendant_debt(ids["Lukman"]) == 5_000
        await pilot.press("pageup")
        await settle(pilot)
        assert "Motor depan · Pagi · Andi" in screen_text(app)
        await pilot.press("pageup")
        await settle(pilot)
        text = screen_text(app)
        assert "Motor depan · Pagi · Lukman  (di luar jadwal)" in text
        assert "| Lukman (di … | PKR/2026/00001 | -Rp5.000" in text
        assert "tersimpan PKR/2026/00001" in text
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, VoidReportDialog)
        await pilot.press("enter")                          # no reason: refused
        await settle(pilot)
        assert isinstance(app.screen, VoidReportDialog)
        await pilot.press(*"salah orang", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReportEntryScreen)
        # the voided report is gone from the day; Andi's slot still waits
        assert "PKR/2026/00001" not in screen_text(app)
        assert "Motor depan · Pagi · Andi" in screen_text(app)
        assert app.screen.query_one("#count-motor", Input).disabled is False
    report = rows("SELECT attendant_id, off_roster, expected, handed_over, void_reason"
                  " FROM shift_report")
    assert report == [(ids["Lukman"], 1, 20_000, 15_000, "salah orang")]
    audited = rows("SELECT action FROM audit_log WHERE action LIKE 'parking.report%'"
                   " ORDER BY id")
    assert audited == [("parking.report",), ("parking.report_off_roster",),
                       ("parking.report_void",)]
    assert debts.attendant_debt(ids["Lukman"]) == 0
