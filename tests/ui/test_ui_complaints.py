"""Pengaduan from the keyboard: the secretary takes a complaint at the desk
(category by its first letters, place, what happened, who), ctrl+s saves it,
says its number and prints its receipt; the coordinator of its area (staf:
cleanliness is facilities') acknowledges and resolves it on its page (the
database's status and steps follow); a role of another area sees those keys
greyed; the chair sees an overdue complaint on the home screen; the list
and the page render at 80x24."""

from __future__ import annotations

import datetime as dt
import sqlite3

from textual.widgets import DataTable, Input, Select
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat import clock
from sekretariat.services.complaints import complaints
from sekretariat.views.complaints.complaints import ComplaintsScreen
from sekretariat.views.complaints.dialogs import ResolveDialog
from sekretariat.views.complaints.page import ComplaintScreen
from sekretariat.views.complaints.receive_form import ReceiveDialog
from sekretariat.views.core.home import HomeScreen


def sql(db_path, query: str, *params) -> list[tuple]:
    with sqlite3.connect(db_path) as con:
        return con.execute(query, params).fetchall()


def notes(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def open_list(pilot, username: str) -> ComplaintsScreen:
    await login(pilot, username)
    await pilot.press("1", "6")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ComplaintsScreen)
    return pilot.app.screen


async def open_first(pilot) -> ComplaintScreen:
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ComplaintScreen)
    return pilot.app.screen


def home_line(app) -> str:
    """The home screen's overdue line as shown ("" when hidden or absent)."""
    found = app.screen.query("#home-complaints")
    if not found or not found.first().display:
        return ""
    return str(found.first().visual)


def take(session, **changes):
    values = {"category": "kebersihan", "description": "Sampah menumpuk di depan kios",
              "place_kind": "stall", "place": "A-01", "complainant_name": "Siti"}
    return complaints.receive_complaint(session, **{**values, **changes})


async def test_the_secretary_takes_a_complaint_at_the_desk(app_for, sessions, market_data,
                                                           db_path):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_list(pilot, "sekretaris")
        assert "Tidak ada pengaduan yang cocok." in screen_text(app)
        await pilot.press("n")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ReceiveDialog)
        # saving at once: what happened is asked for first, then the category
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog and app.focused.id == "description"
        assert dialog.query_one("#error-description").render().plain
        await pilot.press(*"Sampah menumpuk", "ctrl+s")
        await settle(pilot)
        assert app.screen is dialog and app.focused.id == "category"
        assert "kategori" in dialog.query_one("#error-category").render().plain.lower()
        assert sql(db_path, "SELECT count(*) FROM complaint") == [(0,)]
        # the category by its first letters, then the rest field by field
        dialog.query_one("#category", Select).focus()
        await pilot.press("enter")
        await pilot.press(*"keb")
        await pilot.press("enter")
        await pilot.pause()
        assert dialog.query_one("#category", Select).value == "kebersihan"
        await pilot.press("tab", "tab")  # the place's kind stays "kios/los"
        assert app.focused.id == "place"
        await pilot.press(*"a-09", "enter")  # no such stall: refused at save
        assert app.focused.id == "description"
        assert dialog.query_one("#description", Input).value == "Sampah menumpuk"
        await pilot.press("enter")
        await type_into(pilot, "#complainant_name", "Siti Aminah", keys=True)
        await pilot.press("enter")
        assert app.focused.id == "complainant_phone"
        await pilot.press(*"0812", "enter")  # Enter on the last field saves
        await settle(pilot)
        assert app.screen is dialog
        assert "a-09" in dialog.query_one("#error-place").render().plain
        assert dialog.query_one("#description", Input).value == "Sampah menumpuk"
        assert sql(db_path, "SELECT count(*) FROM complaint") == [(0,)]
        await type_into(pilot, "#place", "A-01", keys=True)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert sql(db_path, "SELECT number, category, place_kind, description, area, status,"
                            " complainant_name, complainant_phone, channel FROM complaint") == [
            ("ADU/2026/00001", "kebersihan", "stall", "Sampah menumpuk", "facilities",
             "received", "Siti Aminah", "0812", "kantor")]
        said = notes(app)
        assert "Pengaduan ADU/2026/00001 diterima" in said and "24 Nov 2026" in said
        assert (db_path.parent / "exports" / "ADU-2026-00001.pdf").exists()
        assert "ADU-2026-00001.pdf" in said
        text = screen_text(app)
        assert "ADU/2026/00001 | 23 Nov 2026 | Kebersihan | Diterima" in text
        assert "Kios/los A-01" in text


async def test_the_coordinator_acknowledges_and_resolves_it(app_for, sessions, market_data,
                                                            db_path):
    info = take(sessions["sekretaris"])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await open_list(pilot, "staf")
        page = await open_first(pilot)
        text = screen_text(app)
        assert "Pengaduan ADU/2026/00001 · Kebersihan" in text
        assert "Sampah menumpuk di depan kios" in text
        keys = footer_keys(app)
        assert keys["a"] == ("Tanggapi", True) and keys["s"] == ("Selesaikan", True)
        assert keys["g"][1] is False  # reassigning is the chair's
        await pilot.press("a")
        await settle(pilot)
        assert sql(db_path, "SELECT status, acknowledged_on FROM complaint") == [
            ("in_progress", "2026-11-23")]
        assert footer_keys(app)["a"][1] is False
        # resolving needs what was done
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, ResolveDialog)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ResolveDialog)
        assert app.screen.query_one("#error-reason").render().plain
        assert sql(db_path, "SELECT status FROM complaint") == [("in_progress",)]
        await type_into(pilot, "#reason", "Sampah diangkut petugas kebersihan")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is page
        assert sql(db_path, "SELECT status, closed_on, resolution FROM complaint") == [
            ("resolved", "2026-11-23", "Sampah diangkut petugas kebersihan")]
        assert sql(db_path, "SELECT action, from_status, to_status, u.username, note"
                            " FROM complaint_step st JOIN app_user u ON u.id = st.user_id"
                            " WHERE complaint_id = ? ORDER BY st.id", info.id) == [
            ("receive", None, "received", "sekretaris", ""),
            ("acknowledge", "received", "in_progress", "staf", ""),
            ("resolve", "in_progress", "resolved", "staf",
             "Sampah diangkut petugas kebersihan")]
        text = screen_text(app)
        assert "Penyelesaian: Sampah diangkut petugas kebersihan" in text
        assert "Diselesaikan" in text
        keys = footer_keys(app)
        assert not any(keys[k][1] for k in "asxcg") and keys["p"][1] is True
        # back on the list, it has left the open ones
        await pilot.press("escape")
        await settle(pilot)
        assert "Tidak ada pengaduan yang cocok." in screen_text(app)
        await pilot.press("a")
        await settle(pilot)
        assert "ADU/2026/00001 | 23 Nov 2026 | Kebersihan | Selesai" in screen_text(app)


async def test_another_area_sees_the_keys_greyed(app_for, sessions, market_data, db_path):
    take(sessions["sekretaris"])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_list(pilot, "parkir")
        await pilot.press("m")  # only the parking coordinator's: none
        await settle(pilot)
        assert "Tidak ada pengaduan yang cocok." in screen_text(app)
        await pilot.press("m")
        await settle(pilot)
        assert screen.query_one("#complaints-table", DataTable).row_count == 1
        await open_first(pilot)
        keys = footer_keys(app)
        assert not any(keys[k][1] for k in "asxcg")
        assert keys["p"] == ("Cetak", True)
        await pilot.press("a", "s", "x")
        await settle(pilot)
        assert isinstance(app.screen, ComplaintScreen)
        assert sql(db_path, "SELECT status FROM complaint") == [("received",)]
        assert sql(db_path, "SELECT count(*) FROM complaint_step") == [(1,)]


async def test_the_chair_sees_an_overdue_complaint_at_home(app_for, sessions, market_data):
    take(sessions["sekretaris"])
    take(sessions["sekretaris"], category="keamanan", place_kind="block", place="B")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        assert isinstance(app.screen, HomeScreen)
        assert home_line(app) == ""
    clock.freeze(dt.datetime(2026, 11, 25, 8, 0))  # past the day to acknowledge by
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        assert home_line(app) == "Pengaduan terlambat: 2 (ADU/2026/00001, ADU/2026/00002)"
        await pilot.press("l")
        await settle(pilot)
        await login(pilot, "staf")  # facilities: only the cleanliness one
        assert home_line(app) == "Pengaduan terlambat: 1 (ADU/2026/00001)"
        await pilot.press("l")
        await settle(pilot)
        await login(pilot, "bendahara")  # answers no area: no line at all
        assert isinstance(app.screen, HomeScreen) and not app.screen.query("#home-complaints")
        await pilot.press("l")
        await settle(pilot)
        await open_list(pilot, "ketua")
        await pilot.press("t")
        await settle(pilot)
        text = screen_text(app)
        assert "! 24 Nov 2026" in text and "2 terlambat" in text


async def test_the_list_the_dialog_and_the_page_fit_80x24(app_for, sessions, market_data):
    take(sessions["sekretaris"])
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_list(pilot, "sekretaris")
        table = app.screen.query_one("#complaints-table", DataTable)
        assert table.region.height >= 5
        await pilot.press("n")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ReceiveDialog)
        submit = dialog.query_one("#submit").region
        assert submit.height > 0 and submit.bottom <= 23  # above the footer, no scrolling
        await pilot.press("escape")
        await settle(pilot)
        await open_first(pilot)
        page = app.screen
        assert page.query_one("#steps-table", DataTable).region.height >= 3
        assert page.query_one("#complaint-title").region.width <= 80


async def test_the_palette_takes_a_new_complaint(app_for, sessions):
    from sekretariat.views.complaints.palette import complaint_actions

    assert [name for name, _, _ in complaint_actions(sessions["pembaca"], None)] == [
        "Pengaduan terlambat", "Pola pengaduan"]
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        actions = complaint_actions(sessions["sekretaris"], app.open_section)
        assert actions[0][0].startswith("Pengaduan baru")
        actions[0][2]()
        await settle(pilot)
        assert isinstance(app.screen, ReceiveDialog)
        assert isinstance(app.screen_stack[-2], ComplaintsScreen)
