"""The stall registry from the stall map, as a new market would start: a
block, its stalls, their tariff, a stall's correction (chair and secretary)."""

from __future__ import annotations

import datetime as dt

from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat import db
from sekretariat.services.leasing import stall_rates, stalls


async def _open_map(pilot):
    from sekretariat.views.leasing.stall_map import StallMapScreen

    pilot.app.open_section("stalls")
    await settle(pilot)
    await settle(pilot)
    assert isinstance(pilot.app.screen, StallMapScreen)
    return pilot.app.screen


def _count(table: str) -> int:
    return db.current_database().execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]


async def test_a_new_market_registers_a_block_stalls_and_their_tariff(app_for, sessions, chair):
    from sekretariat.views.leasing.new_block import NewBlockDialog
    from sekretariat.views.leasing.stall_form import StallFormScreen
    from sekretariat.views.leasing.tariffs import TariffScreen

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        screen = await _open_map(pilot)
        assert "Belum ada blok. Ctrl+B menambah blok pertama" in screen_text(app)
        # the block
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert isinstance(app.screen, NewBlockDialog)
        await type_into(pilot, "#code", "a")
        await pilot.press("enter")  # to the name
        assert app.focused.id == "name"
        await type_into(pilot, "#name", "Blok A — Sayur")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert app.screen is screen
        assert [(b.code, b.name) for b in stalls.list_blocks(chair)] == [("A", "Blok A — Sayur")]
        assert "Blok A belum punya lapak. Ctrl+N menambah lapak" in screen_text(app)
        # its name corrected (ctrl+r): the code stays
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, NewBlockDialog)
        assert app.screen.query_one("#code").disabled and app.focused.id == "name"
        await type_into(pilot, "#name", "Blok A — Sayur dan Buah")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert app.screen is screen
        assert [(b.code, b.name) for b in stalls.list_blocks(chair)] == [
            ("A", "Blok A — Sayur dan Buah")]
        assert "Blok A — Sayur dan Buah" in screen_text(app)  # the block's tab
        # a stall: a bad area first, refused under the row, nothing saved
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, StallFormScreen)
        await type_into(pilot, "#code", "a-01")
        await type_into(pilot, "#area", "dua belas")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, StallFormScreen)
        assert app.screen.query_one("#error-area").text_shown
        assert app.focused.id == "area" and _count("stall") == 0
        await type_into(pilot, "#area", "12")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert app.screen is screen
        stall = stalls.get_stall(chair, code="A-01")
        assert (stall.kind, stall.area_dm2, stall.status) == ("kios", 1200, "kosong")
        assert screen.current is not None and screen.current.code == "A-01"
        assert "Lapak A-01 terdaftar" in " ".join(str(n.message) for n in app._notifications)
        # the tariff of kiosks, market-wide
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert isinstance(app.screen, TariffScreen)
        assert "Belum ada tarif" in screen_text(app)
        await type_into(pilot, "#monthly_rate", "450rb")
        await type_into(pilot, "#effective_from", "01/01/2026")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert [(t.kind, t.block_id, t.monthly_rate, t.effective_from)
                for t in stall_rates.list_tariffs(chair)] == [("kios", None, 450_000,
                                                          dt.date(2026, 1, 1))]
        assert "sekarang" in screen_text(app) and "Rp450.000" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        # a new stall's form says what the tariffs would make it pay
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert "Rp450.000 — tarif kios seluruh pasar sejak 1 Jan 2026" in screen_text(app)
        app.screen.query_one("#kind").value = "los"
        await settle(pilot)
        assert "Belum ada tarif untuk lapak ini" in screen_text(app)
        await pilot.press("escape")  # nothing typed: no question
        await settle(pilot)
        assert app.screen is screen
        # the stall corrected: under repair, with its own rate
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, StallFormScreen)
        assert "Rp450.000 — tarif kios seluruh pasar" in screen_text(app)
        form.query_one("#status").value = "perbaikan"
        await type_into(pilot, "#monthly_rate", "500.000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert app.screen is screen
        stall = stalls.get_stall(chair, code="A-01")
        assert stall.status == "perbaikan"
        assert stall_rates.rate_for(chair, stall.id).monthly_rate == 500_000
        assert "Status: Perbaikan" in screen_text(app)


async def test_other_roles_see_the_map_without_the_registry_keys(app_for, market_data,
                                                                  sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await _open_map(pilot)
        keys = footer_keys(app)
        assert "e" not in keys and "ctrl+n" not in keys
        before = _count("stall"), _count("block")
        await pilot.press("ctrl+n", "ctrl+b", "ctrl+t", "e")
        await settle(pilot)
        assert (_count("stall"), _count("block")) == before
        assert type(app.screen).__name__ == "StallMapScreen"


async def test_the_palette_opens_the_stall_form_once_the_blocks_are_known(app_for, market_data,
                                                                          sessions):
    from sekretariat.views.leasing.stall_form import StallFormScreen

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        names = [c.name for c in app.palette_commands()]
        assert {"Lapak baru", "Blok baru", "Ubah nama blok", "Tarif sewa"} <= set(names)
        app.open_section("stalls", "new_stall")  # the palette's "Lapak baru"
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, StallFormScreen)
        assert app.screen.query_one("#block").value == market_data_block_a()


def market_data_block_a() -> int:
    return db.current_database().execute_sql(
        "SELECT id FROM block WHERE code = 'A'").fetchone()[0]
