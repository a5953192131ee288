"""The parking set-up screen from the keyboard (issue 10, point 1): a zone,
a vehicle type and tariffs added and seen in the database; a bad tariff
(negative, fractional, on a closed day) refused with the form kept and the
database unchanged; the tariff history with the one in force today; shift
hours and the deposit target changed; roles without parking.manage see the
keys greyed; 80x24."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Checkbox, DataTable, Input, TabbedContent
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat import db
from sekretariat.services.core import days
from sekretariat.services.parking import setup, tariffs
from sekretariat.views.parking.setup import ParkingSetupScreen
from sekretariat.views.parking.setup_forms import ShiftDialog, VehicleTypeDialog, ZoneDialog
from sekretariat.views.parking.setup_tariff import TargetDialog, TariffDialog


def _rows(sql: str, *params):
    return db.current_database().execute_sql(sql, params).fetchall()


def _dump() -> dict[str, list[tuple]]:
    return {table: _rows(f"SELECT * FROM {table} ORDER BY 1")
            for table in ("parking_zone", "vehicle_type", "parking_tariff", "parking_shift",
                          "setting", "audit_log")}


async def _open(pilot, role: str = "ketua") -> ParkingSetupScreen:
    await login(pilot, role)
    await pilot.app.push_screen(ParkingSetupScreen())
    await settle(pilot)
    assert isinstance(pilot.app.screen, ParkingSetupScreen)
    return pilot.app.screen


def _error(app, field: str) -> str:
    return app.screen.query_one(f"#error-{field}").text_shown


async def test_add_a_zone_a_vehicle_type_and_tariffs_from_the_keyboard(app_for, chair):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        assert footer_keys(app)["n"] == ("Tambah", True)
        assert "Belum ada tarif" in screen_text(app)

        # a zone: typed key by key, Enter moves on and saves on the last field
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ZoneDialog)
        assert app.focused.id == "code"
        await pilot.press(*"md", "enter", *"Motor depan", "enter", *"12,5")
        await pilot.pause()
        assert "bukan bilangan bulat" in _error(app, "capacity")     # as typed
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ZoneDialog)                    # kept, nothing written
        assert _rows("SELECT count(*) FROM parking_zone") == [(0,)]
        assert app.screen.query_one("#name", Input).value == "Motor depan"
        await type_into(pilot, "#capacity", "1.200", keys=True)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert _rows("SELECT code, name, capacity, active FROM parking_zone") == [
            ("md", "Motor depan", 1200, 1)]
        assert "Motor depan" in screen_text(app) and "1.200" in screen_text(app)

        # a vehicle type on tab 2
        await pilot.press("2")
        await settle(pilot)
        assert screen.tab == "types"
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, VehicleTypeDialog)
        await pilot.press(*"sepeda", "enter", *"Sepeda", "ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert _rows("SELECT code, name, active FROM vehicle_type ORDER BY id DESC LIMIT 1") == [
            ("sepeda", "Sepeda", 1)]

        # a tariff on tab 3: the first type (motor) is chosen
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, TariffDialog)
        assert app.focused.id == "amount"
        assert "Belum ada tarif yang berlaku" in screen_text(app)
        await pilot.press(*"2.000", "ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert _rows("SELECT v.code, t.amount, t.effective_from FROM parking_tariff t"
                     " JOIN vehicle_type v ON v.id = t.vehicle_type_id") == [
            ("motor", 2000, "2026-11-23")]

        # a change from 1 December on, from the row under the cursor: history kept
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, TariffDialog)
        assert "Berlaku hari ini: Rp2.000 (sejak 23 Nov 2026)" in screen_text(app)
        await pilot.press(*"3.000", "enter")
        await type_into(pilot, "#effective_from", "01/12/2026", keys=True)
        await pilot.press("enter")                     # Enter on the date saves
        await settle(pilot)
        assert app.screen is screen
        table = screen.query_one("#table-tariffs", DataTable)
        rows = [" | ".join(str(c) for c in table.get_row_at(i)) for i in range(table.row_count)]
        assert rows == ["Sepeda motor | Rp2.000 | 23 Nov 2026 | berlaku hari ini",
                        "Sepeda motor | Rp3.000 | 1 Des 2026 | mulai nanti"]
        assert "Berlaku 23 Nov 2026: Sepeda motor Rp2.000, Mobil belum ada" in screen_text(app)

    assert tariffs.tariff_on("motor", dt.date(2026, 11, 30)).amount == 2000
    assert tariffs.tariff_on("motor", dt.date(2026, 12, 1)).amount == 3000
    actions = [r[0] for r in _rows("SELECT action FROM audit_log WHERE action LIKE 'parking.%'"
                                   " ORDER BY id")]
    assert actions == ["parking.zone_create", "parking.type_create", "parking.tariff_create",
                       "parking.tariff_create"]


async def test_a_bad_tariff_is_refused_and_the_form_and_database_kept(app_for, chair):
    tariffs.set_tariff(chair, "mobil", 5000, dt.date(2026, 11, 1))
    days.close_day(chair, dt.date(2026, 11, 20))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        before = _dump()                              # (after the login's audit record)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("e")                        # the mobil row
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, TariffDialog)
        assert "Berlaku hari ini: Rp5.000 (sejak 1 Nov 2026)" in screen_text(app)
        for typed, message in (("-2000", "tidak boleh negatif"),
                               ("1500,5", "Rupiah tidak memakai sen"),
                               ("0", "lebih dari nol")):
            await type_into(pilot, "#amount", typed, keys=True)
            assert message in _error(app, "amount")     # as typed
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert app.screen is dialog                 # refused: the form stays as typed
            assert dialog.query_one("#amount", Input).value == typed
            assert message in _error(app, "amount")
            assert app.focused.id == "amount"
        assert _dump() == before
        # a good amount on a closed day: the service refuses it, under the date
        await type_into(pilot, "#amount", "6.000", keys=True)
        await type_into(pilot, "#effective_from", "20/11/2026")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog
        assert "20 Nov 2026" in _error(app, "effective_from")
        assert dialog.query_one("#amount", Input).value == "6.000"
        assert _dump() == before
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
    assert _dump() == before


async def test_shift_hours_zone_status_and_the_deposit_target(app_for, chair):
    setup.create_zone(chair, "mb", "Mobil belakang", 40)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        # the zone set inactive through its dialog (Enter on the row)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ZoneDialog)
        assert app.screen.query_one("#code", Input).disabled     # a code never changes
        app.screen.query_one("#active", Checkbox).focus()
        await pilot.press("space", "ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert _rows("SELECT active FROM parking_zone WHERE code = 'mb'") == [(0,)]
        assert "nonaktif" in screen_text(app)

        # the morning shift from 05:00 to 13:00; a bad hour shown as typed
        await pilot.press("4")
        await settle(pilot)
        assert screen.query_one("#setup-tabs", TabbedContent).active == "tab-shifts"
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ShiftDialog)
        assert "Lama shift: 8 j 00 m" in screen_text(app)
        await type_into(pilot, "#start_time", "25:00", keys=True)
        assert "bukan jam yang sah" in _error(app, "start_time")
        await type_into(pilot, "#start_time", "05.00", keys=True)
        await type_into(pilot, "#end_time", "13:00", keys=True)
        assert _error(app, "start_time") == ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert _rows("SELECT start_time, end_time FROM parking_shift WHERE code = 'pagi'") == [
            ("05:00", "13:00")]
        audit = _rows("SELECT action, after FROM audit_log"
                      " WHERE action = 'parking.shift_update'")
        assert len(audit) == 1 and "name" not in audit[0][1]     # only what changed

        # the deposit target on tab 5: n is greyed there, e changes it
        await pilot.press("5")
        await settle(pilot)
        assert "belum ditetapkan" in screen_text(app)
        assert footer_keys(app)["n"][1] is False
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, TargetDialog)
        await type_into(pilot, "#target", "50.000", keys=True)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert "Rp50.000" in screen_text(app)
    assert _rows("SELECT value FROM setting WHERE key = 'parking.target'") == [("50000",)]


async def test_roles_without_parking_manage_look_with_the_keys_greyed(app_for, sessions):
    tariffs.set_tariff(sessions["ketua"], "motor", 2000, dt.date(2026, 11, 1))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot, "bendahara")
        before = _dump()
        keys = footer_keys(app)
        assert keys["n"] == ("Tambah", False) and keys["e"] == ("Ubah", False)
        await pilot.press("3")
        await settle(pilot)
        assert "Rp2.000" in screen_text(app) and "berlaku hari ini" in screen_text(app)
        for key in ("n", "e", "enter"):
            await pilot.press(key)
            await settle(pilot)
            assert app.screen is screen                  # nothing opened
    assert _dump() == before


async def test_the_coordinator_may_change_and_80x24_shows_it_all(app_for, sessions):
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot, "parkir")
        keys = footer_keys(app)
        assert keys["n"] == ("Tambah", True) and keys["e"][1] is False   # no zone yet
        for tab in ("1", "2", "3", "4", "5"):
            await pilot.press(tab)
            await settle(pilot)
            for widget in screen.query("DataTable, Tabs, Footer, .setup-status"):
                if widget.display and widget.is_on_screen:
                    region = widget.region
                    assert region.right <= 80 and region.bottom <= 24, widget
        await pilot.press("4", "e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ShiftDialog)
        submit = dialog.query_one("#submit")
        submit.scroll_visible(animate=False)
        await pilot.pause()
        assert submit.region.bottom <= 24 and submit.region.right <= 80
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
