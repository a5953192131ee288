"""A blind stock count from the keyboard (issue 11, item 4): the coordinator
opens a count, two counters (gudang, then staf) each type their lines and
see only their own, never the book; the coordinator closes it and sees the
variance sheet; the coordinator and then the chair approve (the key greyed
once used) and the database shows the adjustment on the count day."""

from __future__ import annotations

import datetime as dt

import pytest
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat import db
from sekretariat.services.warehouse import items, movements, stock, suppliers
from sekretariat.views.warehouse.count_entry import CountEntryScreen
from sekretariat.views.warehouse.count_sheet import CountSheetScreen
from sekretariat.views.warehouse.counts import CountsScreen, NewCountDialog

TODAY = dt.date(2026, 11, 23)


def _rows(sql: str, *params):
    return db.current_database().execute_sql(sql, params).fetchall()


@pytest.fixture
def warehouse(sessions):
    """Beras (kg; karung 50): 200 kg for Rp2.400.000; gula not stocked."""
    chair = sessions["ketua"]
    items.create_item(chair, "beras", "Beras medium", "kg", units=[("karung", 50)])
    items.create_item(chair, "gula", "Gula pasir", "kg")
    supplier = suppliers.create_supplier(chair, "UD Makmur")
    movements.record_receipt(chair, "beras", dt.date(2026, 11, 2), "4 karung", cost=2_400_000,
                             supplier_id=supplier.id)
    return sessions


async def _counts(pilot, user: str) -> CountsScreen:
    """The coordinator opens the count from the warehouse (o); a counter who
    may not see the stock (staf) reaches it through the palette alone."""
    await login(pilot, user)
    if user == "staf":
        names = [c.name for c in pilot.app.palette_commands()]
        assert not [n for n in names if "Gudang" in n]      # the stock itself stays hidden
        (command,) = [c for c in pilot.app.palette_commands() if c.name == "Stok opname"]
        command.run()
    else:
        pilot.app.open_section("warehouse")
        await settle(pilot)
        await pilot.press("o")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CountsScreen)
    return pilot.app.screen


async def _enter_line(pilot, item: str, quantity: str) -> None:
    await type_into(pilot, "#item", item)
    await pilot.press("enter")
    assert pilot.app.focused.id == "quantity"
    await type_into(pilot, "#quantity", quantity)
    await pilot.press("enter")
    await settle(pilot)


async def test_two_counters_count_blind_then_both_approve_and_it_posts(app_for, warehouse):
    # the coordinator opens the count and counts 2 karung at gudang A
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _counts(pilot, "gudang")
        assert "Belum ada stok opname" in screen_text(app)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, NewCountDialog)
        await type_into(pilot, "#counted_at", "25:00")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, NewCountDialog)          # refused, kept
        assert "tidak sah" in screen_text(app)
        await type_into(pilot, "#counted_at", "09:00")
        await type_into(pilot, "#place", "gudang A")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CountsScreen)
        assert "OPN/2026/00001" in screen_text(app) and "dibuka" in screen_text(app)
        assert _rows("SELECT number, counted_on, counted_at, place, status FROM stock_count") \
            == [("OPN/2026/00001", "2026-11-23", "09:00", "gudang A", "open")]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CountEntryScreen)
        await _enter_line(pilot, "beras", "2 karung")
        await _enter_line(pilot, "gandum", "1")                # unknown item: refused
        text = screen_text(app)
        assert "gandum" in text and "1 baris Anda" in text
        assert "100 kg (2 karung)" in text
        assert "200" not in text and "2.400.000" not in text   # blind

    # a second counter: 40 kg more at gudang A; sees only their own line
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _counts(pilot, "staf")
        assert footer_keys(app)["n"][1] is False and footer_keys(app)["c"][1] is False
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CountEntryScreen) and screen is not app.screen
        await _enter_line(pilot, "Beras medium", "40")
        text = screen_text(app)
        assert "40 kg" in text and "100 kg" not in text and "1 baris Anda" in text
        assert "200" not in text
    assert _rows("SELECT quantity, place FROM stock_count_line ORDER BY id") == [
        (100, "gudang A"), (40, "gudang A")]

    # the coordinator closes it: the sheet, and the first approval
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _counts(pilot, "gudang")
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CountSheetScreen)
        text = screen_text(app)
        assert "140 kg (2 karung + 40 kg)" in text and "200 kg (4 karung)" in text
        assert "-60 kg (-1 karung + 10 kg)" in text and "-Rp720.000" in text
        assert "Gula pasir" in text and "Tidak dihitung" in text
        assert footer_keys(app)["a"][1] is True
        await pilot.press("a")
        await settle(pilot)
        assert "Koordinator gudang: Pengguna gudang" in screen_text(app)
        assert footer_keys(app)["a"][1] is False               # greyed once approved
        assert _rows("SELECT status FROM stock_count") == [("closed",)]
        assert _rows("SELECT count(*) FROM stock_movement WHERE source = 'count'") == [(0,)]

    # the chair approves: the variance posts on the count day
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _counts(pilot, "ketua")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CountSheetScreen)
        await pilot.press("a")
        await settle(pilot)
        assert "disetujui" in screen_text(app) and "GDG/2026/00002" in screen_text(app)
        assert footer_keys(app)["a"][1] is False
    assert _rows("SELECT status FROM stock_count") == [("approved",)]
    assert _rows("SELECT kind, moved_on, quantity, value, source_ref FROM stock_movement"
                 " WHERE source = 'count'") == [
        ("adjustment", "2026-11-23", -60, -720_000, "OPN/2026/00001")]
    assert stock.on_hand("beras") == (140, 1_680_000)
