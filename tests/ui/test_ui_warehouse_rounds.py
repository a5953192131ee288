"""A bulk round end to end from the keyboard (warehouse hub, r): open it
with beras in karung, Siti (by stall code) asks 3 and Budi 2, close, order
at a bulk price (the PO is printed), a landed cost for the whole round, 4
karung arrive (short), the preview shows the exact quotas 2,400 / 1,600,
confirm, post (the distribution sheet is printed). Then the database: the
goods invoices' charges add up to the landed cost, Siti's statement lists
hers, the papers exist; a locked round greys every change key; 80x24 renders."""

from __future__ import annotations

import sqlite3

from textual.widgets import Select
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat import clock
from sekretariat.services.leasing import statements
from sekretariat.services.warehouse import items, suppliers
from sekretariat.views.core.confirm import ConfirmDialog
from sekretariat.views.warehouse.round_allocation import AllocationDialog
from sekretariat.views.warehouse.round_forms import (
    CostDialog,
    NewRoundDialog,
    OrderDialog,
    ReceiveDialog,
    RequestDialog,
)
from sekretariat.views.warehouse.round_screen import RoundScreen
from sekretariat.views.warehouse.rounds import RoundsScreen
from sekretariat.views.warehouse.warehouse import WarehouseScreen

CHANGE_KEYS = ("a", "c", "o", "b", "t", "l", "p")


def sql(db_path, query: str, *params) -> list[tuple]:
    with sqlite3.connect(db_path) as con:
        return con.execute(query, params).fetchall()


def stock_setup(chair) -> int:
    items.create_item(chair, "beras", "Beras medium", "kg", units=[("karung", 50)])
    return suppliers.create_supplier(chair, "UD Makmur", phone="0711-123456").id


async def press(pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await settle(pilot)


async def test_a_short_round_end_to_end(app_for, chair, sessions, market_data, db_path):
    supplier = stock_setup(chair)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "gudang")
        await press(pilot, "1", "4")
        assert isinstance(app.screen, WarehouseScreen)
        await press(pilot, "r")
        assert isinstance(app.screen, RoundsScreen)
        assert "Belum ada putaran" in screen_text(app)
        # open the round
        await press(pilot, "n")
        assert isinstance(app.screen, NewRoundDialog)
        await type_into(pilot, "#title", "Beras Desember")
        await type_into(pilot, "#items", "beras sak")
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, NewRoundDialog)     # refused: no such unit, kept
        assert "sak" in screen_text(app) and app.screen.query_one("#title").value
        assert sql(db_path, "SELECT count(*) FROM purchase_round") == [(0,)]
        await type_into(pilot, "#items", "beras karung")
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, RoundScreen)
        assert "PB/2026/00001" in screen_text(app) and "Terbuka" in screen_text(app)
        # two requests: Siti by her stall code, Budi by name
        for trader, units in (("A-01", "3"), ("budi", "2")):
            await press(pilot, "a")
            assert isinstance(app.screen, RequestDialog)
            await type_into(pilot, "#trader", trader)
            await type_into(pilot, "#units", units)
            await press(pilot, "ctrl+s")
            assert isinstance(app.screen, RoundScreen)
        text = screen_text(app)
        assert "Siti Aminah" in text and "Budi Santoso" in text
        assert sql(db_path, "SELECT t.name, q.units FROM round_request q JOIN trader t"
                            " ON t.id = q.trader_id ORDER BY q.position") == [
            ("Siti Aminah", 3), ("Budi Santoso", 2)]
        # close the requests
        await press(pilot, "c")
        assert isinstance(app.screen, ConfirmDialog)
        await press(pilot, "y")
        assert sql(db_path, "SELECT status FROM purchase_round") == [("closed",)]
        assert footer_keys(app)["a"][1] is False and footer_keys(app)["o"][1] is True
        # order: 5 karung (the demand) at Rp600.000, the PO printed
        await press(pilot, "o")
        assert isinstance(app.screen, OrderDialog)
        app.screen.query_one("#supplier", Select).value = supplier
        item_id = sql(db_path, "SELECT id FROM item WHERE code = 'beras'")[0][0]
        assert app.screen.query_one(f"#qty-{item_id}").value == "5"
        await press(pilot, "ctrl+s")                 # no price: said under the price
        assert isinstance(app.screen, OrderDialog)
        assert "Isian ini wajib diisi." in screen_text(app)
        assert app.screen.focused.id == f"price-{item_id}"
        await type_into(pilot, f"#price-{item_id}", "600.000")
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, RoundScreen)
        assert sql(db_path, "SELECT status, po_number FROM purchase_round") == [
            ("ordered", "PO/2026/00001")]
        exports = db_path.parent / "exports"
        assert (exports / "PO-2026-00001.pdf").exists()
        # a landed cost for the whole round
        await press(pilot, "b")
        assert isinstance(app.screen, CostDialog)
        await type_into(pilot, "#description", "Angkut truk")
        await type_into(pilot, "#amount", "40.000")
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, RoundScreen)
        # 4 of 5 arrive
        await press(pilot, "t")
        assert isinstance(app.screen, ReceiveDialog)
        await type_into(pilot, f"#recv-{item_id}", "4")
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, RoundScreen)
        assert sql(db_path, "SELECT status FROM purchase_round") == [("received",)]
        # the allocation: exact quotas, then confirmed
        await press(pilot, "l")
        assert isinstance(app.screen, AllocationDialog)
        text = screen_text(app)
        assert "2,400" in text and "1,600" in text
        rows = [line for line in text.splitlines() if "Siti" in line or "Budi" in line]
        assert len(rows) == 2
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, RoundScreen)
        stored = sql(db_path, "SELECT t.name, a.allocated, a.charge FROM round_allocation a"
                              " JOIN round_request q ON q.id = a.request_id"
                              " JOIN trader t ON t.id = q.trader_id ORDER BY q.position")
        assert [units for _, units, _ in stored] in ([3, 1], [2, 2])
        landed = 4 * 600_000 + 40_000
        assert sum(charge for _, _, charge in stored) == landed
        # post: confirm, locked, the distribution sheet printed
        await press(pilot, "p")
        assert isinstance(app.screen, ConfirmDialog)
        assert "terkunci" in screen_text(app)
        await press(pilot, "y")
        assert isinstance(app.screen, RoundScreen)
        assert sql(db_path, "SELECT status FROM purchase_round") == [("posted",)]
        keys = footer_keys(app)
        assert not any(keys[k][1] for k in CHANGE_KEYS if k in keys)
        assert (exports / "PB-2026-00001-distribusi.pdf").exists()
        assert "INV/2026/" in screen_text(app)
        # print again: a SALINAN file beside the first
        await press(pilot, "d")
        assert (exports / "PB-2026-00001-distribusi-salinan-2.pdf").exists()
    invoices = sql(db_path, "SELECT i.number, i.trader_id, i.amount FROM invoice i"
                            " WHERE i.kind = 'goods' ORDER BY i.id")
    assert len(invoices) == 2 and sum(amount for *_, amount in invoices) == landed
    siti_invoice = [number for number, trader, _ in invoices if trader == market_data["siti"]]
    statement = statements.trader_statement(chair, market_data["siti"], None, clock.today())
    goods = [line for line in statement.lines if siti_invoice[0] in line.description]
    assert len(goods) == 1 and "Pembelian bersama PB/2026/00001" in goods[0].description
    assert goods[0].reference == siti_invoice[0]            # the invoice, not the stock issue
    assert goods[0].debit == [a for n, _, a in invoices if n == siti_invoice[0]][0]


async def test_round_screen_fits_80x24(app_for, chair, sessions, market_data):
    from sekretariat.services.warehouse import rounds

    stock_setup(chair)
    rid = rounds.open_round(chair, "Beras Desember", [("beras", "karung")])
    rounds.record_request(chair, rid, "beras", market_data["siti"], 3)
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await login(pilot, "gudang")
        await press(pilot, "1", "4")
        await press(pilot, "r")
        assert "PB/2026/00001" in screen_text(app)
        await press(pilot, "enter")
        assert isinstance(app.screen, RoundScreen)
        lines = app.screen.query_one("#round-lines")
        assert lines.region.height >= 3 and lines.region.right <= 80
        assert "Siti Aminah" in screen_text(app)
        keys = footer_keys(app)
        assert keys["a"][1] is True and keys["o"][1] is False


async def test_moving_a_unit_by_hand_takes_two_edits_and_is_checked_on_storing(
        app_for, chair, sessions, market_data, db_path):
    """The engine gives 2 / 2 of 4 karung (quotas 2,4 / 1,6). The coordinator
    moves one to Siti: Budi to 1 first (one karung left over: shown, and
    storing is refused with nothing stored), then Siti to 3; stored 3 / 1,
    charges still adding up to the landed cost. Siti to 4 is above her request."""
    from sekretariat.services.warehouse import rounds

    supplier = stock_setup(chair)
    rid = rounds.open_round(chair, "Beras Desember", [("beras", "karung")])
    rounds.record_request(chair, rid, "beras", market_data["siti"], 3)
    rounds.record_request(chair, rid, "beras", market_data["budi"], 2)
    rounds.close_round(chair, rid)
    rounds.order_round(chair, rid, supplier, {"beras": 600_000})
    rounds.receive_round(chair, rid, {"beras": 4})
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "gudang")
        await press(pilot, "1", "4")
        await press(pilot, "r")
        await press(pilot, "enter")
        await press(pilot, "l")
        assert isinstance(app.screen, AllocationDialog)
        table = app.screen.query_one("#alloc-table")
        budi_row = 1                                   # rows in request order: Siti, Budi
        assert "Budi" in str(table.get_row_at(budi_row))
        table.move_cursor(row=budi_row)
        await press(pilot, "e")
        await type_into(pilot, "#units", "1")
        await press(pilot, "enter")
        assert "1 karung belum dibagi" in screen_text(app)
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, AllocationDialog)           # refused, shown
        assert sql(db_path, "SELECT count(*) FROM round_allocation") == [(0,)]
        table.move_cursor(row=1 - budi_row)
        await press(pilot, "e")
        await type_into(pilot, "#units", "4")                       # above her request
        await press(pilot, "enter")
        assert "belum dibagi" in screen_text(app)                   # the edit was dropped
        await press(pilot, "e")
        await type_into(pilot, "#units", "3")
        await press(pilot, "enter")
        assert "belum dibagi" not in screen_text(app)
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, RoundScreen)
    stored = sql(db_path, "SELECT q.trader_id, a.allocated, a.charge FROM round_allocation a"
                          " JOIN round_request q ON q.id = a.request_id")
    units = {trader: allocated for trader, allocated, _ in stored}
    assert units == {market_data["siti"]: 3, market_data["budi"]: 1}
    assert sum(charge for *_, charge in stored) == 4 * 600_000


async def test_a_retail_price_is_recorded_from_the_round(app_for, chair, sessions,
                                                        market_data, db_path):
    """h (F1: not in the footer) records beras's retail price per kg for today
    (what the savings are reckoned from); a fractional price is refused with
    the dialog kept and nothing stored."""
    from sekretariat.services.warehouse import retail, rounds
    from sekretariat.views.warehouse.round_forms import RetailDialog

    stock_setup(chair)
    rid = rounds.open_round(chair, "Beras Desember", [("beras", "karung")])
    rounds.record_request(chair, rid, "beras", market_data["siti"], 3)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "gudang")
        await press(pilot, "1", "4")
        await press(pilot, "r")
        await press(pilot, "enter")
        assert "h" not in footer_keys(app)                  # rarer: F1 and the palette
        await press(pilot, "h")
        assert isinstance(app.screen, RetailDialog)
        await type_into(pilot, "#price", "13.500,5")
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, RetailDialog)
        assert sql(db_path, "SELECT count(*) FROM retail_price") == [(0,)]
        await type_into(pilot, "#price", "13.500")
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, RoundScreen)
    assert sql(db_path, "SELECT priced_on, price FROM retail_price") == [
        (clock.today().isoformat(), 13_500)]
    item_id = sql(db_path, "SELECT id FROM item WHERE code = 'beras'")[0][0]
    assert retail.retail_price_on(item_id, clock.today()) == 13_500


async def test_a_posted_share_is_returned_from_the_round_screen(app_for, chair, sessions,
                                                              market_data, db_path):
    """r on Budi's row of a posted round: the dialog names his units, charge and
    invoice; an empty reason is refused with nothing written; with a reason
    the units go back to stock and his goods invoice is void; the row shows
    'diretur' and r is greyed once nothing is left to return... for Budi."""
    from sekretariat.services.warehouse import rounds, rounds_alloc, rounds_post, stock
    from sekretariat.views.warehouse.round_return import ReturnShareDialog

    supplier = stock_setup(chair)
    rid = rounds.open_round(chair, "Beras Desember", [("beras", "karung")])
    rounds.record_request(chair, rid, "beras", market_data["siti"], 3)
    rounds.record_request(chair, rid, "beras", market_data["budi"], 2)
    rounds.close_round(chair, rid)
    rounds.order_round(chair, rid, supplier, {"beras": 600_000})
    rounds.receive_round(chair, rid, {"beras": 5})
    rounds_alloc.confirm_allocation(chair, rid)
    rounds_post.post_round(chair, rid)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "gudang")
        await press(pilot, "1", "4")
        await press(pilot, "r")
        await press(pilot, "enter")
        assert isinstance(app.screen, RoundScreen)
        assert footer_keys(app)["r"][1] is True
        table = app.screen.query_one("#round-lines")
        table.move_cursor(row=1)                            # Siti, Budi in request order
        await press(pilot, "r")
        assert isinstance(app.screen, ReturnShareDialog)
        text = screen_text(app)
        budi_invoice = sql(db_path, "SELECT number FROM invoice WHERE kind = 'goods'"
                                    " AND trader_id = ?", market_data["budi"])[0][0]
        assert "Budi" in text and "Rp1.200.000" in text and budi_invoice in text
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, ReturnShareDialog)    # no reason: refused
        assert sql(db_path, "SELECT count(*) FROM stock_movement WHERE kind = 'reversal'") == \
            [(0,)]
        await type_into(pilot, "#reason", "Tidak diambil")
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, RoundScreen)
        assert "diretur" in screen_text(app) and "Tidak diambil" in screen_text(app)
    assert sql(db_path, "SELECT trader_id FROM invoice WHERE kind = 'goods'"
                        " AND voided_on IS NOT NULL") == [(market_data["budi"],)]
    assert stock.on_hand("beras") == (100, 1_200_000)
