"""The warehouse's home-screen line for its coordinator, its keys greyed by
role, the palette's warehouse commands, the write-off and reversal dialogs,
and its screens at 80x24."""

from __future__ import annotations

import datetime as dt
import sqlite3

from textual.widgets import DataTable, Select
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat.services.warehouse import items, movements, suppliers
from sekretariat.views.core.home import HomeScreen
from sekretariat.views.warehouse.item_form import ItemDialog
from sekretariat.views.warehouse.movement_form import MovementDialog
from sekretariat.views.warehouse.reverse import ReverseMovementDialog
from sekretariat.views.warehouse.stock_card import StockCardScreen
from sekretariat.views.warehouse.warehouse import WarehouseScreen

TODAY = dt.date(2026, 11, 23)


def stock_some(chair) -> dict[str, int]:
    """beras 120 kg (low at 150), gula 10 kg (low at 20), minyak 24 liter (fine)."""
    made = {}
    supplier = suppliers.create_supplier(chair, "CV Pangan Jaya")
    for code, name, unit, units, level, quantity, cost in (
            ("beras", "beras", "kg", (("karung", 50),), 150, 120, 1_500_000),
            ("gula", "gula pasir", "kg", (), 20, 10, 160_000),
            ("minyak", "minyak goreng", "liter", (("dus", 12),), 12, 24, 420_000)):
        made[code] = items.create_item(chair, code, name, unit, reorder_level=level,
                                       units=units).id
        movements.record_receipt(chair, code, TODAY, quantity, cost=cost,
                                 supplier_id=supplier.id)
    return made


async def open_warehouse(pilot) -> None:
    await pilot.press("1", "4")
    await settle(pilot)
    assert isinstance(pilot.app.screen, WarehouseScreen)


async def test_the_home_line_for_the_warehouse_coordinator(app_for, sessions):
    stock_some(sessions["ketua"])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "gudang")
        assert isinstance(app.screen, HomeScreen)
        await settle(pilot)
        line = app.screen.query_one("#home-stock")
        assert str(line.visual) == ("Stok menipis: 2 barang (beras, gula pasir) · g membuka "
                                    "gudang")
        assert line.has_class("-low")
        assert footer_keys(app)["g"] == ("Gudang", True)
        await pilot.press("g")
        await settle(pilot)
        assert isinstance(app.screen, WarehouseScreen)
        text = screen_text(app)
        assert "beras | 120 kg (2 karung + 20 kg) | menipis" in text
        assert "minyak goreng | 24 liter (2 dus) |  | Rp420.000 | Rp17.500/liter" in text
        assert "Nilai stok: Rp2.080.000" in text
        assert "3 barang · 2 menipis" in text
        # receiving more beras clears it from the line once home again
        await pilot.press("m")
        await settle(pilot)
        await type_into(pilot, "#quantity", "1 karung")
        app.screen.query_one("#payment", Select).value = "credit"
        await type_into(pilot, "#cost", "650.000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, WarehouseScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert str(app.screen.query_one("#home-stock").visual).startswith(
            "Stok menipis: 1 barang (gula pasir)")


async def test_roles_see_the_line_and_keys_their_job_needs(app_for, sessions, db_path):
    stock_some(sessions["ketua"])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")  # sees the warehouse, records movements, no line
        assert not app.screen.query("#home-stock")
        assert "g" not in footer_keys(app)
        await open_warehouse(pilot)
        keys = footer_keys(app)
        assert keys["m"][1] and keys["k"][1] and keys["h"][1]
        assert keys["n"][1] is False and keys["e"][1] is False
        await pilot.press("escape")
        await settle(pilot)
        await app.logout()
        await settle(pilot)
        await login(pilot, "sekretaris")  # looks only
        await open_warehouse(pilot)
        keys = footer_keys(app)
        for key in "mkhne":
            assert keys[key][1] is False, key
        assert keys["s"][1] and app.screen.check_action("card", ()) is True
        assert app.screen.check_action("reverse", ()) is None
        before = sql_count(db_path)
        await pilot.press("m", "k", "h", "v", "n", "e")
        await settle(pilot)
        assert isinstance(app.screen, WarehouseScreen)
        assert sql_count(db_path) == before
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, StockCardScreen)
        await pilot.press("escape", "o")
        await settle(pilot)
        assert type(app.screen).__name__ == "CountsScreen"


def sql_count(db_path) -> int:
    with sqlite3.connect(db_path) as con:
        return con.execute("SELECT count(*) FROM stock_movement").fetchone()[0]


async def test_palette_write_off_and_reversal(app_for, sessions, db_path):
    stock_some(sessions["ketua"])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "gudang")
        names = [c.name for c in app.palette_commands()]
        for wanted in ("Barang masuk", "Barang keluar", "Stok gudang", "Kartu stok", "Pemasok",
                       "Barang rusak / kedaluwarsa", "Stok opname", "Barang gudang baru"):
            assert wanted in names, wanted
        run = {c.name: c.run for c in app.palette_commands()}
        run["Barang rusak / kedaluwarsa"]()
        await settle(pilot)
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, MovementDialog) and dialog.kind == "write_off"
        assert dialog.item.code == "beras"  # the first row
        dialog.query_one("#cause", Select).value = "other"
        await type_into(pilot, "#quantity", "5")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog   # "other" needs a reason
        assert dialog.query_one("#error-reason").display
        assert sql_count(db_path) == 3
        dialog.query_one("#cause", Select).value = "damaged"
        await type_into(pilot, "#reason", "karung basah")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, WarehouseScreen)
        with sqlite3.connect(db_path) as con:
            row = con.execute("SELECT number, kind, quantity, reason FROM stock_movement"
                              " ORDER BY id DESC LIMIT 1").fetchone()
        assert row == ("GDG/2026/00004", "write_off", -5, "Rusak: karung basah")
        # v reverses it, with a reason
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ReverseMovementDialog)
        assert "GDG/2026/00004" in screen_text(app)
        await type_into(pilot, "#reason", "salah catat")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, WarehouseScreen)
        with sqlite3.connect(db_path) as con:
            row = con.execute("SELECT m.kind, m.quantity, o.number FROM stock_movement m"
                              " JOIN stock_movement o ON o.id = m.reverses_id").fetchone()
        assert row == ("reversal", 5, "GDG/2026/00004")
        assert "beras | 120 kg (2 karung + 20 kg)" in screen_text(app)


async def test_the_warehouse_at_80x24(app_for, sessions):
    stock_some(sessions["ketua"])
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await login(pilot, "gudang")
        assert app.screen.query_one("#home-stock").region.bottom <= 23
        await open_warehouse(pilot)
        table = app.screen.query_one("#stock-table", DataTable)
        keys = [c.key.value for c in table.ordered_columns]
        assert keys[:3] == ["name", "quantity", "low"]
        assert sum(c.get_render_width(table) for c in table.ordered_columns[:3]) <= 78
        assert table.region.height >= 5
        for key in ("m", "k", "h", "n", "e", "s", "o"):
            assert key in footer_keys(app), key
        for key, kind in (("m", "receipt"), ("k", "issue"), ("h", "write_off")):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, MovementDialog) and app.screen.kind == kind
            for selector in ("#quantity", "#unit", "#day", "#submit"):
                region = app.screen.query_one(selector).region
                assert region.height and region.bottom <= 23 and region.right <= 80, (
                    kind, selector)
            await pilot.press("escape")
            await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ItemDialog)
        for selector in ("#name", "#units", "#submit"):
            region = app.screen.query_one(selector).region
            assert region.height and region.bottom <= 23, selector
        await pilot.press("escape", "enter")
        await settle(pilot)
        assert isinstance(app.screen, StockCardScreen)
        table = app.screen.query_one("#card-table", DataTable)
        assert sum(c.get_render_width(table) for c in table.ordered_columns[:6]) <= 78
        assert table.region.height >= 3
        assert app.screen.query_one("#card-closing").region.bottom <= 23
