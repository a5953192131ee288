"""The attendants screen from the keyboard (issue 10, point 2): register an
attendant (a bad NIK refused as typed and on save, nothing written, nothing
lost), change the phone, end their work on a last day (refused while the
roster still has them later), the outstanding debt from the shift reports,
the NIK masked for the coordinator, keys greyed for read-only roles, Enter
opening the account, and 80x24."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import DataTable, Input
from uihelp import SIZE, footer_keys, login, nik, screen_text, settle, type_into

from sekretariat import db
from sekretariat.services.parking import attendants, roster, setup, shift_reports, tariffs
from sekretariat.views.parking.attendant_form import AttendantDialog, DeactivateDialog
from sekretariat.views.parking.attendants import AttendantsScreen

TODAY = dt.date(2026, 11, 23)


def _rows(sql: str, *params):
    return db.current_database().execute_sql(sql, params).fetchall()


def _dump() -> dict[str, list[tuple]]:
    return {table: _rows(f"SELECT * FROM {table} ORDER BY 1")
            for table in ("attendant", "roster", "audit_log")}


async def _open(pilot, role: str = "ketua") -> AttendantsScreen:
    await login(pilot, role)
    await pilot.app.push_screen(AttendantsScreen())
    await settle(pilot)
    assert isinstance(pilot.app.screen, AttendantsScreen)
    return pilot.app.screen


def _error(app, field: str) -> str:
    return app.screen.query_one(f"#error-{field}").text_shown


def _table(screen) -> list[str]:
    table = screen.query_one("#attendants-table", DataTable)
    return [" | ".join(str(c) for c in table.get_row_at(i)) for i in range(table.row_count)]


@pytest.fixture
def lot(chair):
    """Andi with a Rp20.000 shortfall today; Budi rostered tomorrow."""
    setup.create_zone(chair, "md", "Motor depan", 120)
    tariffs.set_tariff(chair, "motor", 2000, dt.date(2026, 11, 1))
    andi = attendants.register_attendant(chair, "Andi", dt.date(2026, 1, 5),
                                         phone="0812-1111-2222", nik=nik(5)).id
    budi = attendants.register_attendant(chair, "Budi", dt.date(2026, 3, 1)).id
    roster.assign(chair, TODAY, "md", "pagi", andi)
    roster.assign(chair, TODAY + dt.timedelta(days=1), "md", "pagi", budi)
    shift_reports.record_shift_report(chair, TODAY, "md", "pagi", andi, counts={"motor": 100},
                                      handed_over=180_000)
    return {"andi": andi, "budi": budi}


async def test_register_an_attendant_a_bad_nik_kept_and_refused(app_for, chair):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        assert "Belum ada juru parkir" in screen_text(app)
        assert footer_keys(app)["n"] == ("Daftarkan", True)
        await pilot.press("n")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, AttendantDialog)
        assert app.focused.id == "name"
        await pilot.press(*"Joko Susilo", "enter", "enter", *"0812 3333 4444", "enter",
                          *"12345")
        await pilot.pause()
        assert "16 angka" in _error(app, "nik")               # as typed
        await pilot.press("enter")                            # Enter on the NIK saves
        await settle(pilot)
        assert app.screen is dialog                           # refused, kept
        assert dialog.query_one("#name", Input).value == "Joko Susilo"
        assert dialog.query_one("#phone", Input).value == "0812 3333 4444"
        assert dialog.query_one("#nik", Input).value == "12345"
        assert _rows("SELECT count(*) FROM attendant") == [(0,)]
        # a phone the service refuses on save, shown under the phone
        await type_into(pilot, "#phone", "08x", keys=True)
        assert "tidak sah" in _error(app, "phone")
        await type_into(pilot, "#phone", "0812 3333 4444", keys=True)
        await type_into(pilot, "#nik", nik(9), keys=True)
        assert _error(app, "nik") == ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert _table(screen) == [
            f"Joko Susilo | 0812 3333 4444 | aktif | 23 Nov 2026 | Rp0 |  | {nik(9)}"]
        assert "1 juru parkir, 1 aktif" in screen_text(app)
    assert _rows("SELECT name, phone, nik, status, start_date, end_date FROM attendant") == [
        ("Joko Susilo", "0812 3333 4444", nik(9), "aktif", "2026-11-23", None)]
    assert _rows("SELECT action FROM audit_log WHERE entity = 'attendant'") == [
        ("parking.attendant_create",)]


async def test_debt_edit_and_end_work_with_a_refusal_kept(app_for, lot):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        assert _table(screen) == [
            f"Andi | 0812-1111-2222 | aktif | 5 Jan 2026 | Rp20.000 |  | {nik(5)}",
            "Budi | - | aktif | 1 Mar 2026 | Rp0 |  | -"]
        assert "utang belum lunas: Rp20.000" in screen_text(app)

        # Andi's phone changed: only the phone is written and audited
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, AttendantDialog)
        assert app.screen.query_one("#nik", Input).value == nik(5)    # the chair sees it
        await type_into(pilot, "#phone", "0812-9999-0000", keys=True)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert _rows("SELECT phone, nik FROM attendant WHERE name = 'Andi'") == [
            ("0812-9999-0000", nik(5))]
        assert _rows("SELECT before, after FROM audit_log"
                     " WHERE action = 'parking.attendant_update'") == [
            ('{"phone":"0812-1111-2222"}', '{"phone":"0812-9999-0000"}')]

        # Budi is rostered tomorrow: ending his work today is refused, kept
        await pilot.press("down", "x")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, DeactivateDialog)
        before = _dump()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog
        assert "masih dijadwalkan pada 24 Nov 2026" in _error(app, "last_day")
        assert _dump() == before
        await type_into(pilot, "#last_day", "24/11/2026", keys=True)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert "Budi | - | berhenti | 1 Mar 2026 | Rp0 | 24 Nov 2026 | -" in _table(screen)
        assert footer_keys(app)["x"][1] is False           # already ended
        # Andi owes Rp20.000: the dialog says so, and his debt stays
        await pilot.press("up", "x")
        await settle(pilot)
        assert "Andi masih berutang Rp20.000" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
    assert _rows("SELECT name, status, end_date FROM attendant ORDER BY name") == [
        ("Andi", "aktif", None), ("Budi", "nonaktif", "2026-11-24")]


async def test_the_coordinator_sees_a_masked_nik_and_keeps_it(app_for, sessions, lot):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot, "parkir")
        masked = "*" * 12 + nik(5)[-4:]
        assert masked in _table(screen)[0] and nik(5) not in screen_text(app)
        keys = footer_keys(app)
        assert keys["n"][1] and keys["e"][1] and keys["x"][1]
        await pilot.press("e")
        await settle(pilot)
        assert app.screen.query_one("#nik", Input).value == ""        # never the mask
        await type_into(pilot, "#name", "Andi Saputra", keys=True)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
    assert _rows("SELECT name, nik FROM attendant WHERE id = ?", lot["andi"]) == [
        ("Andi Saputra", nik(5))]


@pytest.mark.parametrize("role", ["bendahara", "pembaca"])
async def test_read_only_roles_see_the_keys_greyed(app_for, sessions, lot, role):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot, role)
        before = _dump()
        keys = footer_keys(app)
        assert keys["n"] == ("Daftarkan", False)
        assert keys["e"][1] is False and keys["x"][1] is False
        for key in ("n", "e", "x"):
            await pilot.press(key)
            await settle(pilot)
            assert app.screen is screen
        assert "Rp20.000" in screen_text(app)
    assert _dump() == before


async def test_enter_opens_the_account_and_80x24(app_for, lot):
    account = pytest.importorskip("sekretariat.views.parking.account")
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        table = screen.query_one("#attendants-table", DataTable)
        assert table.region.right <= 80 and table.region.bottom <= 24
        # the first five columns (name .. debt) fit in 80 columns
        assert sum(c.get_render_width(table) for c in list(table.columns.values())[:5]) <= 78
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, account.AttendantAccountScreen)
        assert app.screen.attendant_id == lot["andi"]
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        await pilot.press("n")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, AttendantDialog)
        submit = dialog.query_one("#submit")
        assert submit.region.bottom <= 24 and submit.region.right <= 80
