"""The stock card a page at a time and over a period; the stock list as of
an earlier date; an item's units and reorder level changed in its form."""

from __future__ import annotations

import datetime as dt
import sqlite3

from test_ui_warehouse_roles import open_warehouse, stock_some
from textual.widgets import DataTable
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat import clock
from sekretariat.services.warehouse import items, movements, suppliers
from sekretariat.views.warehouse.item_form import ItemDialog
from sekretariat.views.warehouse.stock_card import StockCardScreen

YESTERDAY = dt.date(2026, 11, 22)


async def test_pages_and_period_of_the_stock_card(app_for, chair):
    items.create_item(chair, "telur", "telur", "butir", units=(("tray", 30),))
    supplier = suppliers.create_supplier(chair, "Peternak Maju")
    movements.record_receipt(chair, "telur", YESTERDAY, "4 tray", cost=180_000,
                             supplier_id=supplier.id)
    for _ in range(100):
        movements.record_issue(chair, "telur", clock.today(), 1, price=2_000)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await open_warehouse(pilot)
        assert "Halaman" not in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StockCardScreen)
        table = screen.query_one("#card-table", DataTable)
        assert table.row_count == 100
        assert "Halaman 1 dari 2 · 101 mutasi" in screen_text(app)
        assert footer_keys(app)["less_than_sign"][1] is False
        await pilot.press("greater_than_sign")
        await settle(pilot)
        assert table.row_count == 1
        assert "Halaman 2 dari 2 · 101 mutasi" in screen_text(app)
        text = screen_text(app)
        assert "GDG/2026/00101 | Barang keluar | - | 1 | 20 | Rp1.500 | Rp30.000" in text
        assert "saldo akhir 23 Nov 2026: 20 butir · Rp30.000" in text
        await pilot.press("less_than_sign")
        await settle(pilot)
        assert table.row_count == 100
        # only yesterday: the receipt, the balance before today
        await pilot.press("d")
        await type_into(pilot, "#first", "22/11/2026")
        await type_into(pilot, "#last", "22/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert table.row_count == 1
        text = screen_text(app)
        assert "22 Nov 2026 | GDG/2026/00001 | Barang masuk | 120 | - | 120 | Rp1.500" in text
        assert "saldo akhir 22 Nov 2026: 120 butir (4 tray) · Rp180.000" in text
        # a reversed period is refused next to To
        await type_into(pilot, "#first", "23/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one("#error-last").display
        assert table.row_count == 1


async def test_the_stock_as_of_yesterday(app_for, sessions):
    stock_some(sessions["ketua"])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "gudang")
        await open_warehouse(pilot)
        assert "Nilai stok: Rp2.080.000" in screen_text(app)
        await pilot.press("d")
        await type_into(pilot, "#as_of", "22/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        text = screen_text(app)
        assert "Gudang · stok per 22 Nov 2026" in text
        assert "Nilai stok: Rp0" in text
        assert "minyak goreng | 0 liter | menipis | - | - | 12 liter" in text
        await type_into(pilot, "#as_of", "24/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert "24 Nov 2026 belum tiba" in app.screen.query_one("#error-as_of").render().plain


async def test_units_and_reorder_level_changed_in_the_form(app_for, sessions, db_path):
    stock_some(sessions["ketua"])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "gudang")
        await open_warehouse(pilot)
        await pilot.press("e")    # beras, the first row
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ItemDialog)
        assert dialog.query_one("#code").disabled
        assert dialog.query_one("#units").value == "karung=50"
        await type_into(pilot, "#reorder_level", "100")
        await type_into(pilot, "#units", "zak=25, kg=2")
        assert "disebut dua kali" in dialog.query_one("#error-units").render().plain
        await type_into(pilot, "#units", "zak=25")
        await type_into(pilot, "#base_unit", "liter")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog   # the base unit of an item that moved stays
        assert "tidak bisa diubah" in dialog.query_one("#error-base_unit").render().plain
        await type_into(pilot, "#base_unit", "kg")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ItemDialog)
        with sqlite3.connect(db_path) as con:
            found = con.execute("SELECT u.name, u.factor, u.active, i.reorder_level FROM item i"
                                " JOIN item_unit u ON u.item_id = i.id WHERE i.code = 'beras'"
                                " ORDER BY u.name").fetchall()
        assert found == [("karung", 50, 0, 100), ("zak", 25, 1, 100)]
        assert "beras | 120 kg (4 zak + 20 kg) |  |" in screen_text(app)
