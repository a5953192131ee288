"""The roster from the keyboard: last week copied into this one in one
action (an attendant no longer active skipped and named), the empty slot
filled by typing part of a name, a slot emptied; a role that may only
look sees the keys greyed. Checked on the screen and in the database."""

from __future__ import annotations

from parkingui import LAST_MONDAY, TODAY, make_lot, rows
from uihelp import SIZE, footer_keys, login, screen_text, settle

from sekretariat.services.parking import attendants
from sekretariat.views.parking.parking import ParkingScreen
from sekretariat.views.parking.pick_attendant import PickAttendantDialog
from sekretariat.views.parking.roster import RosterScreen


async def open_roster(pilot) -> None:
    await pilot.press("1", "3")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ParkingScreen)
    await pilot.press("j")
    await settle(pilot)
    assert isinstance(pilot.app.screen, RosterScreen)


async def test_copy_last_week_then_fill_and_empty_a_slot(app_for, chair):
    ids = make_lot(chair, rostered_days=(LAST_MONDAY, LAST_MONDAY.replace(day=18)))
    attendants.deactivate_attendant(chair, ids["Lukman"], LAST_MONDAY.replace(day=22))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await open_roster(pilot)
        text = screen_text(app)
        assert "Jadwal jaga · 23 Nov 2026 – 29 Nov 2026" in text
        assert "0 slot terisi minggu ini." in text
        await pilot.press("c")
        await settle(pilot)
        text = screen_text(app)
        assert "Jadwal minggu lalu disalin: 22 slot (0 diganti), 2 dilewati." in text
        assert "Lukman (Timur Malam, 16 Nov 2026): tidak aktif, atau slotnya sudah dilaporkan" in text
        assert "22 slot terisi minggu ini." in text
        # the cursor is on Monday of the first row; Timur Malam is the last row
        await pilot.press("end")
        table = app.screen.query_one("#roster-grid")
        table.move_cursor(row=11, column=1)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, PickAttendantDialog)
        assert "Lukman" not in screen_text(app)        # not active any more
        await pilot.press(*"iRF", "enter")             # Irfan (also on Pasar samping Malam)
        await settle(pilot)
        # Irfan already works the night shift elsewhere: refused, shown
        assert isinstance(app.screen, RosterScreen)
        assert rows("SELECT count(*) FROM roster WHERE roster_date = ?", TODAY.isoformat()
                    ) == [(11,)]
        await pilot.press("a", *"gil", "enter")         # Gilang works the morning: free at night
        await settle(pilot)
        assert "Malam  D-TM · Timur | Gilang | ·" in screen_text(app)
        # empty Monday's Motor depan Pagi (Andi)
        table.move_cursor(row=0, column=1)
        await pilot.press("x")
        await settle(pilot)
        assert "Hapus Andi dari Motor depan Pagi" in screen_text(app)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, RosterScreen)
        # the week before: as it was
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert "Jadwal jaga · 16 Nov 2026 – 22 Nov 2026" in screen_text(app)
        assert "24 slot terisi minggu ini." in screen_text(app)

    this_week = rows("SELECT r.roster_date, z.code, s.code, a.name FROM roster r"
                     " JOIN parking_zone z ON z.id = r.zone_id JOIN parking_shift s"
                     " ON s.id = r.shift_id JOIN attendant a ON a.id = r.attendant_id"
                     " WHERE r.roster_date >= ? ORDER BY 1, 2, s.start_time", TODAY.isoformat())
    assert len(this_week) == 22
    monday = [r for r in this_week if r[0] == TODAY.isoformat()]
    assert ("2026-11-23", "a-md", "pagi", "Andi") not in monday
    assert ("2026-11-23", "d-tm", "malam", "Gilang") in monday
    assert rows("SELECT count(*) FROM audit_log WHERE action = 'parking.roster_copy'") == [(1,)]


async def test_the_treasurer_sees_the_roster_but_cannot_change_it(app_for, sessions):
    make_lot(sessions["ketua"], rostered_days=(TODAY,))
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await login(pilot, "bendahara")
        await open_roster(pilot)
        assert "Andi" in screen_text(app)
        keys = footer_keys(app)
        assert "a" not in keys and "c" not in keys and "x" not in keys
        await pilot.press("c", "x")
        await settle(pilot)
        assert isinstance(app.screen, RosterScreen)
    assert rows("SELECT count(*) FROM roster") == [(12,)]
