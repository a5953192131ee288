"""A cash sale naming the trader who bought (issue 11, item 2): in the issue
dialog the buyer is picked by typing part of a name (the lease form's
trader picker); the movement records the trader and the stock card shows
the name. A name typed but not chosen is refused under the field with
everything kept and nothing written; internal use has no buyer; leaving it
empty is a sale to nobody in particular."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from textual.widgets import Input, OptionList, Select
from uihelp import SIZE, login, nik, screen_text, settle, type_into

from sekretariat.services.leasing import traders
from sekretariat.services.warehouse import items, movements, suppliers
from sekretariat.views.leasing.trader_picker import TraderPicker
from sekretariat.views.warehouse.movement_form import MovementDialog
from sekretariat.views.warehouse.stock_card import StockCardScreen
from sekretariat.views.warehouse.warehouse import WarehouseScreen


def sql(db_path, query: str, *params) -> list[tuple]:
    with sqlite3.connect(db_path) as con:
        return con.execute(query, params).fetchall()


@pytest.fixture
def stocked(sessions):
    """Beras 100 kg for Rp1.200.000; traders Siti Aminah and Siti Rahma."""
    chair = sessions["ketua"]
    items.create_item(chair, "beras", "Beras medium", "kg", units=[("karung", 50)])
    supplier = suppliers.create_supplier(chair, "UD Makmur")
    movements.record_receipt(chair, "beras", dt.date(2026, 11, 2), "2 karung", cost=1_200_000,
                             supplier_id=supplier.id)
    aminah = traders.create_trader(chair, "Siti Aminah", nik(1, female=True))
    rahma = traders.create_trader(chair, "Siti Rahma", nik(2, female=True))
    return {"aminah": aminah.id, "rahma": rahma.id}


async def _issue(pilot) -> MovementDialog:
    await pilot.press("1", "4")
    await settle(pilot)
    assert isinstance(pilot.app.screen, WarehouseScreen)
    await pilot.press("k")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, MovementDialog) and dialog.kind == "issue"
    return dialog


async def test_a_cash_sale_names_the_trader_and_the_stock_card_shows_it(app_for, stocked,
                                                                        db_path):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "gudang")
        dialog = await _issue(pilot)
        await type_into(pilot, "#quantity", "10")
        await type_into(pilot, "#price", "150.000")
        # "Siti" finds both; typed but not chosen is refused, all kept, nothing written
        await type_into(pilot, "#trader", "Siti")
        await settle(pilot)
        options = dialog.query_one(TraderPicker).query_one(OptionList)
        assert options.option_count == 2 and "Siti Rahma" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog
        error = dialog.query_one("#error-trader").render().plain
        assert "'Siti' belum dipilih" in error
        assert dialog.query_one("#quantity", Input).value == "10"
        assert dialog.query_one("#price", Input).value == "150.000"
        assert sql(db_path, "SELECT count(*) FROM stock_movement WHERE kind = 'issue'") == [(0,)]
        # part of the name finds one: Enter takes it and moves on to the note
        await type_into(pilot, "#trader", "aminah", keys=True)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert dialog.query_one(TraderPicker).trader_id == stocked["aminah"]
        assert app.focused.id == "reason"
        assert "✓ Siti Aminah" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, WarehouseScreen)
        assert sql(db_path, "SELECT m.quantity, m.payment, m.price, t.name FROM stock_movement m"
                            " JOIN trader t ON t.id = m.trader_id WHERE m.kind = 'issue'") == [
            (-10, "cash", 150_000, "Siti Aminah")]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, StockCardScreen)
        line = next(row for row in screen_text(app).splitlines() if "GDG/2026/00002" in row)
        assert "Siti Aminah" in line


async def test_internal_use_has_no_buyer_and_an_empty_buyer_is_allowed(app_for, stocked,
                                                                       db_path):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "gudang")
        dialog = await _issue(pilot)
        await type_into(pilot, "#trader", "Siti Rahma")
        await settle(pilot)
        dialog.query_one("#way", Select).value = "internal"
        await settle(pilot)
        picker = dialog.query_one(TraderPicker)
        assert picker.disabled and picker.typed == "" and picker.trader_id is None
        await type_into(pilot, "#quantity", "2")
        await type_into(pilot, "#reason", "contoh untuk pembeli")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, WarehouseScreen)
        # a cash sale with the buyer left empty
        dialog = await _issue(pilot)
        assert not dialog.query_one(TraderPicker).disabled
        await type_into(pilot, "#quantity", "3")
        await type_into(pilot, "#price", "45.000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, WarehouseScreen)
    assert sql(db_path, "SELECT quantity, payment, price, trader_id, reason FROM stock_movement"
                        " WHERE kind = 'issue' ORDER BY seq") == [
        (-2, None, None, None, "contoh untuk pembeli"), (-3, "cash", 45_000, None, "")]
