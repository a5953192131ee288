"""Leases that run out and dated stall statuses, by keys: the home screen's
count, the list's renew (p) and end (a), the stall map's mark and its date,
the stall form's "Status mulai"."""

from __future__ import annotations

import datetime as dt

import pytest

from test_ui_stall_map import drawn_cells
from uihelp import SIZE, login, nik, screen_text, settle, type_into

from sekretariat.services.leasing import leases, stall_rates, stall_status, stalls, traders
from sekretariat.views.core.home import HomeScreen
from sekretariat.views.leasing.expiring import ExpiringLeasesScreen
from sekretariat.views.leasing.lease_actions import EndLeaseScreen, RenewLeaseScreen

D = dt.date
TODAY = D(2026, 11, 23)


@pytest.fixture
def ending(chair):
    """A-01 ended yesterday (not renewed), A-02 ends in 10 days, A-03 in 60."""
    block = stalls.create_block(chair, "A", "Blok A")
    stall_rates.set_tariff(chair, "kios", 300_000, D(2026, 1, 1))
    ids = [stalls.create_stall(chair, f"A-0{i}", block.id, "kios", "6").id for i in (1, 2, 3)]
    siti = traders.create_trader(chair, "Siti Aminah", nik(11, female=True))
    budi = traders.create_trader(chair, "Budi Santoso", nik(12))
    start = D(2026, 1, 1)
    ended = leases.create_lease(chair, siti.id, ids[0], start, TODAY - dt.timedelta(days=1))
    soon = leases.create_lease(chair, budi.id, ids[1], start, TODAY + dt.timedelta(days=10))
    leases.create_lease(chair, budi.id, ids[2], start, TODAY + dt.timedelta(days=60))
    return {"stalls": ids, "ended": ended, "soon": soon}


async def test_home_shows_the_count_and_x_opens_the_list(app_for, ending, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        text = screen_text(app)
        assert "Sewa berakhir: 1 · akan berakhir (30 hari): 1" in text
        assert "A-01 · Siti Aminah" in text and "A-03" not in text
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, ExpiringLeasesScreen)
        text = screen_text(app)
        assert "A-01" in text and "A-02" in text and "A-03" not in text
        assert "lewat 1 hari" in text and "10 hari lagi" in text


async def test_renew_by_key_changes_the_database(app_for, ending, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, ExpiringLeasesScreen)
        await pilot.press("p")  # the cursor is on A-01 (ended first)
        await settle(pilot)
        assert isinstance(app.screen, RenewLeaseScreen)
        await type_into(pilot, "#end_date", "31/12/2027")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, ExpiringLeasesScreen)
        assert leases.get_lease(sessions["ketua"], ending["ended"].id).status == "renewed"
        assert "A-01" not in screen_text(app)


async def test_end_by_key_changes_the_database(app_for, ending, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("down")
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, EndLeaseScreen)
        await type_into(pilot, "#reason", "Pindah ke pasar lain")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, ExpiringLeasesScreen)
        lease = leases.get_lease(sessions["ketua"], ending["soon"].id)
        assert (lease.status, lease.ended_on) == ("ended", TODAY)
        assert "A-02" not in screen_text(app)


async def test_a_reader_sees_the_list_but_cannot_renew(app_for, ending, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "pembaca")
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, ExpiringLeasesScreen)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ExpiringLeasesScreen)
        assert leases.get_lease(sessions["ketua"], ending["ended"].id).status == "active"


async def test_the_stall_map_marks_ending_leases_and_shows_a_past_status(app_for, ending,
                                                                         chair, sessions):
    stall_status.set_stall_status(chair, ending["stalls"][2], "perbaikan", D(2026, 11, 1))
    stall_status.set_stall_status(chair, ending["stalls"][2], "normal", D(2026, 11, 20))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "staf")
        app.open_section("stalls")
        await settle(pilot)
        await settle(pilot)
        screen = app.screen
        cells = drawn_cells(screen)
        assert "A-01!" in cells and "A-02!" in cells and "A-03" in cells
        assert cells["A-03"] == "disewa"
        assert "Sewa berakhir/segera" in screen_text(app)
        # as of 10 Nov: A-03 was under repair, A-01 still running (ends 22 Nov: soon)
        await pilot.press("d")
        await type_into(pilot, "#as_of", "10/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        cells = drawn_cells(screen)
        assert cells["A-03"] == "perbaikan"
        assert cells["A-01!"] == "disewa"
        assert "per 10 Nov 2026" in str(screen.query_one("#stall-summary").visual)


async def test_the_stall_form_saves_status_from_a_date(app_for, ending, chair):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        app.open_section("stalls")
        await settle(pilot)
        await settle(pilot)
        await pilot.press("right", "right")
        await pilot.press("e")
        await settle(pilot)
        from textual.widgets import Select

        app.screen.query_one("#status", Select).value = "diblokir"
        await type_into(pilot, "#status_from", "25/11/2026")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
    a3 = ending["stalls"][2]
    assert stall_status.status_on(chair, a3, D(2026, 11, 24)) == "normal"
    assert stall_status.status_on(chair, a3, D(2026, 11, 25)) == "diblokir"
