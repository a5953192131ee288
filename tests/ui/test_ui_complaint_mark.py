"""A complaint about a facility marks the facility's condition from its page:
the page shows the facility's condition today; k opens a dialog prefilled
with it, "rusak berat" and a note saved there show on the page at once and
in the database (source complaint, pointing at the complaint); a closed day's
refusal shows in the dialog with nothing written; the key is greyed for a
role that does not manage facilities and on a complaint about a stall."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from textual.widgets import Input, Select
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat import clock
from sekretariat.services.complaints import complaints, facilities
from sekretariat.services.core import days
from sekretariat.services.leasing import stalls
from sekretariat.views.complaints.dialogs import ConditionDialog
from sekretariat.views.complaints.page import ComplaintScreen

TODAY = dt.date(2026, 11, 23)


def sql(db_path, query: str, *params) -> list[tuple]:
    with sqlite3.connect(db_path) as con:
        return con.execute(query, params).fetchall()


def notes(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


@pytest.fixture
def facility_complaint(sessions):
    """wc-a registered on 1 Nov (baik); ADU/2026/00001 about it."""
    chair = sessions["ketua"]
    clock.freeze(dt.datetime(2026, 11, 1, 9, 0))
    stalls.create_block(chair, "A", "Blok A")
    stalls.create_stall(chair, "A-01", "A", "kios", "4")
    facilities.create_facility(chair, "wc-a", "toilet", "Toilet Blok A", block="A")
    clock.freeze(dt.datetime.combine(TODAY, dt.time(9, 30)))
    return complaints.receive_complaint(
        sessions["sekretaris"], category="fasilitas", description="Pintu toilet lepas",
        place_kind="facility", place="wc-a", complainant_name="Bu Sri")


async def open_page(pilot, username: str, *, every: bool = False) -> ComplaintScreen:
    """The first complaint of the list (of all of them with ``every``, newest first)."""
    await login(pilot, username)
    await pilot.press("1", "6")
    await settle(pilot)
    if every:
        await pilot.press("a")
        await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ComplaintScreen)
    return pilot.app.screen


MARKED = ("SELECT f.code, c.observed_on, c.condition, c.source, k.number, c.note, u.username"
          " FROM facility_condition c JOIN facility f ON f.id = c.facility_id"
          " JOIN complaint k ON k.id = c.complaint_id JOIN app_user u ON u.id = c.created_by")


async def test_staff_mark_the_facility_badly_damaged(app_for, facility_complaint, db_path):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        page = await open_page(pilot, "staf")
        assert "Kondisi fasilitas: Baik (sejak 1 Nov 2026)" in screen_text(app)
        assert footer_keys(app)["k"] == ("Kondisi", True)
        await pilot.press("k")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConditionDialog)
        assert "Toilet Blok A (wc-a)" in screen_text(app)
        select = dialog.query_one("#condition", Select)
        assert select.value == "baik" and app.focused is select
        # Enter opens the choices: baik, rusak ringan, rusak berat
        await pilot.press("enter", "down", "down", "enter")
        await pilot.pause()
        assert select.value == "rusak_berat"
        await type_into(pilot, "#note", "Engsel pintu patah")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is page
        assert "Kondisi fasilitas: Rusak berat (sejak 23 Nov 2026)" in screen_text(app)
        assert "Kondisi Toilet Blok A (wc-a): Rusak berat." in notes(app)
        assert sql(db_path, MARKED) == [("wc-a", "2026-11-23", "rusak_berat", "complaint",
                                         "ADU/2026/00001", "Engsel pintu patah", "staf")]
        assert sql(db_path, "SELECT count(*) FROM audit_log"
                            " WHERE action = 'facilities.mark_complaint'") == [(1,)]
        # the complaint's own status is untouched; F5 reads it all again
        await pilot.press("f5")
        await settle(pilot)
        assert "Kondisi fasilitas: Rusak berat (sejak 23 Nov 2026)" in screen_text(app)
        assert sql(db_path, "SELECT status FROM complaint") == [("received",)]


async def test_a_resolved_complaint_marks_it_but_a_closed_day_refuses(
        app_for, sessions, facility_complaint, db_path):
    complaints.resolve(sessions["staf"], facility_complaint.id, "Pintu dipasang lagi")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await open_page(pilot, "sekretaris", every=True)
        keys = footer_keys(app)
        assert keys["k"][1] is True and keys["s"][1] is False
        days.close_day(sessions["ketua"], TODAY)  # meanwhile, the day is closed
        await pilot.press("k")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConditionDialog)
        await type_into(pilot, "#note", "Dicek ulang")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog
        assert "ditutup" in dialog.query_one("#error-general").render().plain
        assert dialog.query_one("#note", Input).value == "Dicek ulang"
        assert sql(db_path, "SELECT count(*) FROM facility_condition") == [(1,)]
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ComplaintScreen)
        assert "Kondisi fasilitas: Baik (sejak 1 Nov 2026)" in screen_text(app)


async def test_the_key_is_greyed_without_the_right_or_a_facility(app_for, sessions,
                                                               facility_complaint, db_path):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await open_page(pilot, "pembaca")  # may read, may not manage facilities
        assert "Kondisi fasilitas: Baik (sejak 1 Nov 2026)" in screen_text(app)
        assert footer_keys(app)["k"] == ("Kondisi", False)
        await pilot.press("k")
        await settle(pilot)
        assert isinstance(app.screen, ComplaintScreen)
    complaints.resolve(sessions["staf"], facility_complaint.id, "Selesai")
    complaints.receive_complaint(sessions["sekretaris"], category="kebersihan",
                                 description="Sampah menumpuk", place_kind="stall",
                                 place="A-01")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await open_page(pilot, "staf")  # the open one: about a stall
        text = screen_text(app)
        assert "Kios/los A-01" in text and "Kondisi fasilitas:" not in text
        assert footer_keys(app)["k"][1] is False
        await pilot.press("k")
        await settle(pilot)
        assert isinstance(app.screen, ComplaintScreen)
    assert sql(db_path, "SELECT count(*) FROM facility_condition") == [(1,)]


async def test_the_page_and_the_dialog_fit_80x24(app_for, facility_complaint):
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_page(pilot, "staf")
        assert page.query_one("#steps-table").region.height >= 3
        await pilot.press("k")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConditionDialog)
        submit = dialog.query_one("#submit").region
        assert submit.height > 0 and submit.bottom <= 23
