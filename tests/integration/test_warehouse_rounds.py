"""Bulk purchase rounds end to end: requests, order (PO), a short receipt
with landed costs, the fair allocation (preview, hand adjustment, confirm),
posting (issues at landed cost + goods invoices on the traders' statements,
paid like rent), savings, the document data, bad input refused with the
database unchanged, the lock, and the check rules with tamper tests."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from test_leases_support import market
from test_warehouse_core import D, dump, raw, wh  # noqa: F401  (fixture)

from sekretariat import clock, db
from sekretariat.errors import Conflict, DayClosed, PermissionDenied, ValidationError
from sekretariat.services.core import check, days, journal
from sekretariat.services.leasing import invoices, payments, statements
from sekretariat.services.warehouse import (
    movements,
    retail,
    rounds,
    rounds_alloc,
    rounds_post,
    rounds_read,
    stock,
)

ROUND_RULES = {"check.round_allocations", "check.round_charges", "check.round_postings",
               "check.round_locked"}


def problems():
    return {i.key: i.problems for i in check.integrity_report().items if not i.ok}


def _tamper(*statements, triggers=()):
    conn = sqlite3.connect(str(db.current_path()))
    kept = [conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
            for name in triggers]
    conn.close()
    conn = sqlite3.connect(str(db.current_path()), isolation_level=None)
    try:
        for sql in [*(f"DROP TRIGGER {n}" for n in triggers), *statements, *kept]:
            conn.execute(sql)
    finally:
        conn.close()


@pytest.fixture
def traders(wh):
    m = market(wh["chair"])
    from sekretariat.services.leasing import traders as trader_service
    from test_leases_support import nik

    ani = trader_service.create_trader(wh["chair"], "Ani Lestari", nik(female=True))
    return {**wh, "siti": m["siti"], "budi": m["budi"], "ani": ani.id}


def _short_round(t, *, post=True):
    """Beras in karung (50 kg): requests 5, 3, 2 (+1 gula-less: minyak 2 dus);
    10 karung ordered at Rp600.000, 9 arrive; transport Rp90.000 for the
    round, loading Rp30.000 for the beras."""
    chair = t["chair"]
    rid = rounds.open_round(chair, "Beras November", [("beras", "karung"), ("minyak", "dus")],
                            D(2026, 11, 2))
    r_siti = rounds.record_request(chair, rid, "beras", t["siti"], 5)
    r_budi = rounds.record_request(chair, rid, "beras", t["budi"], "3")
    r_ani = rounds.record_request(chair, rid, "beras", t["ani"], 2)
    r_min = rounds.record_request(chair, rid, "minyak", t["siti"], 2)
    rounds.close_round(chair, rid)
    po = rounds.order_round(chair, rid, t["supplier"], {"beras": "Rp600.000", "minyak": 150_000},
                            day=D(2026, 11, 3))
    rounds.add_landed_cost(chair, rid, "Angkut truk", 90_000)
    rounds.add_landed_cost(chair, rid, "Bongkar muat beras", "30.000", item="beras")
    rounds.receive_round(chair, rid, {"beras": 9, "minyak": 2}, D(2026, 11, 5))
    found = {"round": rid, "po": po, "siti": r_siti, "budi": r_budi, "ani": r_ani,
             "minyak": r_min}
    if post:
        rounds_alloc.confirm_allocation(chair, rid)
        found["posted"] = rounds_post.post_round(chair, rid, D(2026, 11, 6))
    return found


def test_a_short_round_end_to_end(traders):
    t, chair = traders, traders["chair"]
    retail.set_retail_price(chair, "beras", D(2026, 11, 1), 14_000)
    r = _short_round(t, post=False)
    assert r["po"] == "PO/2026/00001"
    info = rounds_read.get_round(chair, r["round"])
    assert (info.number, info.status, info.supplier_name) == ("PB/2026/00001", "received",
                                                              "UD Makmur")
    beras, minyak = info.items
    # goods 9 × 600.000 = 5.400.000 and 2 × 150.000 = 300.000; the 90.000 spread by value:
    # 85.263,15.. / 4.736,84.. -> 85.263 + 4.737 (largest remainder); + 30.000 loading
    assert (beras.received, beras.landed_cost) == (9, 5_400_000 + 85_263 + 30_000)
    assert (minyak.received, minyak.landed_cost) == (2, 300_000 + 4_737)
    receipts = movements.movements_of("round", "PB/2026/00001")
    assert [(m.kind, m.quantity, m.value) for m in receipts] == [
        ("receipt", 450, 5_515_263), ("receipt", 24, 304_737)]
    preview = rounds_alloc.preview_allocation(chair, r["round"])
    shares = preview.items[0].allocation.shares
    # 9 of 10 requested: quotas 4,5 2,7 1,8: floors 7, the 2 left to .8 and .7
    assert [(s.requested, s.allocated) for s in shares] == [(5, 4), (3, 3), (2, 2)]
    assert sum(s.allocated for s in shares) == 9
    assert sum(s.charge for s in shares) == 5_515_263  # everything handed out
    assert rounds_read.get_round(chair, r["round"]).status == "received"  # preview stores nothing
    rounds_alloc.confirm_allocation(chair, r["round"])
    posted = rounds_post.post_round(chair, r["round"], D(2026, 11, 6))
    assert posted.total == 5_515_263 + 304_737
    assert [p.invoice_number for p in posted.lines] == [
        "INV/2026/00001", "INV/2026/00002", "INV/2026/00003", "INV/2026/00004"]
    # the stock: everything went out, the value with it; 1-300 agrees
    assert stock.on_hand("beras") == (0, 0) and stock.on_hand("minyak") == (0, 0)
    assert journal.account_balance_unchecked("1-300", D(2100, 1, 1)) == 0
    assert problems() == {}
    # the trader's statement and arrears show the charge with a clear label
    siti = statements.trader_statement(chair, t["siti"], None, clock.today())
    labels = [siti.describe(line) for line in siti.lines]
    assert any("Pembelian bersama PB/2026/00001: Beras medium" in text and "karung" in text
               for text in labels), labels
    invoice = invoices.find_invoice(chair, posted.lines[0].invoice_number)
    assert (invoice.kind, invoice.due_date, invoice.open_amount) == (
        "goods", D(2026, 11, 20), invoice.amount)
    # paid through the existing payments, oldest first
    receipt = payments.take_payment(chair, t["siti"], invoice.amount, "tunai")
    assert [a.invoice_number for a in receipt.allocations] == [invoice.number]
    assert invoices.get_invoice(chair, invoice.id).open_amount == 0
    assert problems() == {}
    # savings: retail 14.000/kg × 50 kg × units − charge
    info = rounds_read.get_round(chair, r["round"])
    line = next(x for x in info.lines if x.request_id == r["siti"])
    assert line.retail_value == 14_000 * 50 * line.allocated
    assert line.saving == line.retail_value - line.charge
    assert info.total_saving == sum(s.saving for s in info.savings)
    assert info.status == "posted" and line.invoice_number == invoice.number


def test_allocation_follows_the_engine_and_surplus_stays_in_stock(traders):
    t, chair = traders, traders["chair"]
    rid = rounds.open_round(chair, "Minyak", [("minyak", "dus")], D(2026, 11, 2))
    a = rounds.record_request(chair, rid, "minyak", t["siti"], 2)
    b = rounds.record_request(chair, rid, "minyak", t["budi"], 1)
    rounds.close_round(chair, rid)
    rounds.order_round(chair, rid, t["supplier"], {"minyak": 100_000}, {"minyak": 4},
                       D(2026, 11, 3))
    rounds.add_landed_cost(chair, rid, "Angkut", 1_000)
    rounds.receive_round(chair, rid, {"minyak": 4}, D(2026, 11, 4))
    stored = rounds_alloc.confirm_allocation(chair, rid)
    alloc = stored.items[0].allocation
    assert [(s.key, s.allocated, s.charge) for s in alloc.shares] == [
        (a, 2, 200_500), (b, 1, 100_250)]
    assert (alloc.surplus, alloc.stock_cost) == (1, 100_250)
    rounds_post.post_round(chair, rid, D(2026, 11, 5))
    assert stock.on_hand("minyak") == (12, 100_250)
    assert problems() == {}
    info = rounds_read.get_round(chair, rid)
    assert info.surplus == (("Minyak goreng", "dus", 1),)


def test_a_hand_adjustment_keeps_the_invariants(traders):
    t, chair = traders, traders["chair"]
    r = _short_round(t, post=False)
    auto = rounds_alloc.preview_allocation(chair, r["round"]).items[0].allocation
    assert [s.allocated for s in auto.shares] == [4, 3, 2]
    # move one unit from Budi to Siti (5 asked): both within their requests
    stored = rounds_alloc.confirm_allocation(chair, r["round"], {r["siti"]: 5, r["budi"]: 2})
    assert stored.items[0].allocation.manual
    assert [s.allocated for s in stored.items[0].allocation.shares] == [5, 2, 2]
    assert rounds_read.get_round(chair, r["round"]).lines[0].manual
    before = dump()
    with pytest.raises(ValidationError) as err:
        rounds_alloc.confirm_allocation(chair, r["round"], {r["ani"]: 3})
    assert err.value.key == "allocation.over_request"
    with pytest.raises(ValidationError) as err:
        rounds_alloc.confirm_allocation(chair, r["round"], {r["ani"]: 0})
    assert err.value.key == "allocation.sum_mismatch"
    with pytest.raises(ValidationError):
        rounds_alloc.confirm_allocation(chair, r["round"], {r["ani"]: -1})
    with pytest.raises(ValidationError):
        rounds_alloc.confirm_allocation(chair, r["round"], {r["ani"]: "1,5"})
    assert dump() == before
    # keeping a unit in stock on purpose is allowed
    kept = rounds_alloc.confirm_allocation(chair, r["round"], {r["ani"]: 0}, keep_in_stock=True)
    assert kept.items[0].allocation.surplus == 2
    rounds_post.post_round(chair, r["round"], D(2026, 11, 6))
    qty, value = stock.on_hand("beras")
    assert qty == 100 and value == kept.items[0].allocation.stock_cost > 0
    assert problems() == {}


def test_bad_input_is_refused_and_changes_nothing(traders):
    t, chair = traders, traders["chair"]
    rid = rounds.open_round(chair, "Beras", [("beras", "karung")], D(2026, 11, 2))
    before = dump()
    for units in (-1, 0, "1,5", 1.5, "dua"):
        with pytest.raises(ValidationError):
            rounds.record_request(chair, rid, "beras", t["siti"], units)
    with pytest.raises(ValidationError) as err:
        rounds.open_round(chair, "X", [("beras", "peti")])
    assert err.value.key == "warehouse.unit_unknown"
    with pytest.raises(Conflict):
        rounds.close_round(chair, rid)  # no requests
    assert dump() == before
    rounds.record_request(chair, rid, "beras", t["siti"], 2)
    rounds.record_request(chair, rid, "beras", t["siti"], 4)  # replaces
    info = rounds_read.get_round(chair, rid)
    assert [(x.trader_id, x.requested) for x in info.lines] == [(t["siti"], 4)]
    rounds.close_round(chair, rid)
    with pytest.raises(Conflict):
        rounds.record_request(chair, rid, "beras", t["budi"], 1)  # closed
    rounds.order_round(chair, rid, t["supplier"], {"beras": 600_000}, day=D(2026, 11, 3))
    before = dump()
    with pytest.raises(Conflict) as err:
        rounds.receive_round(chair, rid, {"beras": 5}, D(2026, 11, 4))
    assert err.value.key == "round.over_ordered"
    with pytest.raises(ValidationError):
        rounds.receive_round(chair, rid, {"beras": -1}, D(2026, 11, 4))
    with pytest.raises(ValidationError):
        rounds.receive_round(chair, rid, {"beras": 2}, D(2026, 11, 1))  # before the order
    with pytest.raises(ValidationError):
        rounds.add_landed_cost(chair, rid, "Angkut", 1.5)
    with pytest.raises(Conflict):
        rounds_alloc.confirm_allocation(chair, rid)  # nothing received yet
    assert dump() == before
    rounds.receive_round(chair, rid, {"beras": 5}, D(2026, 11, 4), confirm_over=True)
    assert stock.on_hand("beras")[0] == 250
    rounds_alloc.confirm_allocation(chair, rid)
    rounds_post.post_round(chair, rid, D(2026, 11, 5))
    before = dump()
    with pytest.raises(Conflict) as err:
        rounds_post.post_round(chair, rid)
    assert err.value.key == "round.locked"
    for action in (lambda: rounds_alloc.confirm_allocation(chair, rid),
                   lambda: rounds.record_request(chair, rid, "beras", t["budi"], 1),
                   lambda: rounds.cancel_round(chair, rid, "salah")):
        with pytest.raises(Conflict):
            action()
    with pytest.raises(Conflict):  # the database refuses it too
        from sekretariat.services.core.tx import writing
        with writing():
            raw("UPDATE round_allocation SET charge = charge + 1 WHERE round_id = ?", (rid,))
    inv = raw("SELECT id FROM invoice WHERE kind = 'goods'").fetchone()[0]
    with pytest.raises(Conflict) as err:
        invoices.void_invoice(chair, inv, "salah")
    assert err.value.key == "invoice.goods_via_round"
    assert dump() == before
    assert problems() == {}


def test_a_closed_day_and_permissions(sessions, traders):
    t, chair = traders, traders["chair"]
    r = _short_round(t, post=False)
    rounds_alloc.confirm_allocation(chair, r["round"])
    days.close_day(chair, D(2026, 11, 10))
    before = dump()
    with pytest.raises(DayClosed):
        rounds_post.post_round(chair, r["round"], D(2026, 11, 6))
    with pytest.raises(PermissionDenied):
        rounds_post.post_round(sessions["pembaca"], r["round"])
    with pytest.raises(PermissionDenied):
        rounds.open_round(sessions["bendahara"], "X", [("beras", "karung")])
    assert dump() == before
    rounds_read.get_round(sessions["pembaca"], r["round"])  # reading is allowed
    rounds_post.post_round(sessions["gudang"], r["round"])  # today, an open day
    assert problems() == {}


def test_document_data(traders):
    t, chair = traders, traders["chair"]
    retail.set_retail_price(chair, "beras", D(2026, 11, 1), 14_000)
    r = _short_round(t)
    po = rounds_read.purchase_order_data(chair, r["round"])
    assert (po.po_number, po.round_number, po.supplier_name, po.total) == (
        "PO/2026/00001", "PB/2026/00001", "UD Makmur", 10 * 600_000 + 2 * 150_000)
    assert [(x.item_code, x.unit, x.factor, x.quantity, x.amount) for x in po.lines] == [
        ("beras", "karung", 50, 10, 6_000_000), ("minyak", "dus", 12, 2, 300_000)]
    assert po.ordered_by == "Ketua Pasar"
    sheet = rounds_read.distribution_data(chair, r["round"])
    assert sheet.handed_out_on == D(2026, 11, 6)
    assert sum(row.charge for row in sheet.rows) == sheet.total_charge == r["posted"].total
    assert sheet.received == (("Beras medium", "karung", 10, 9), ("Minyak goreng", "dus", 2, 2))
    assert all(row.invoice_number.startswith("INV/") for row in sheet.rows)
    assert [row.quota for row in sheet.rows] == ["4,500", "2,700", "1,800", "2"]
    assert [(row.allocated, row.base_quantity) for row in sheet.rows][:3] == [
        (4, "200 kg"), (3, "150 kg"), (2, "100 kg")]
    assert sheet.rows[0].stall_codes == "" and sheet.prepared_by == "Ketua Pasar"
    assert sheet.total_saving == sum(row.saving for row in sheet.rows) > 0


def test_the_check_rules_see_tampering(traders):
    t = traders
    r = _short_round(t)
    assert not (ROUND_RULES & set(problems()))
    locks = ("round_allocation_locked_update",)
    _tamper(f"UPDATE round_allocation SET charge = charge + 1 WHERE request_id = {r['siti']}",
            triggers=locks)
    found = problems()
    assert {"check.round_charges", "check.round_postings", "check.round_locked"} <= set(found)


def test_over_allocation_is_seen(traders):
    r = _short_round(traders)
    _tamper(f"UPDATE round_allocation SET allocated = allocated + 5 WHERE request_id ="
            f" {r['ani']}", triggers=("round_allocation_locked_update",))
    assert "check.round_allocations" in problems()


def test_a_later_request_in_a_locked_round_is_seen(traders):
    r = _short_round(traders)
    clock.freeze(dt.datetime(2026, 11, 23, 10, 0))
    _tamper(f"INSERT INTO round_request (round_id, round_item_id, trader_id, units, position,"
            f" created_by, created_at) SELECT {r['round']}, round_item_id, {traders['budi']}, 1,"
            f" 99, 1, '2026-11-23T11:00:00' FROM round_request WHERE id = {r['minyak']}",
            triggers=("round_request_locked_insert",))
    assert "check.round_locked" in problems()


def test_a_round_issue_valued_otherwise_is_seen(traders):
    r = _short_round(traders)
    movement = raw("SELECT movement_id FROM round_allocation WHERE request_id = ?",
                   (r["budi"],)).fetchone()[0]
    _tamper(f"UPDATE stock_movement SET price = price + 1 WHERE id = {movement}",
            triggers=("stock_movement_no_update",))
    assert "check.round_postings" in problems()


def test_a_given_value_must_fit_the_stock(traders):
    """append_in_transaction(value=...): an outgoing value within the
    balance's value, all of it with the last unit; refused otherwise."""
    from sekretariat.services.core.tx import writing
    from sekretariat.services.warehouse import items

    chair = traders["chair"]
    movements.record_receipt(chair, "beras", D(2026, 11, 2), 100, cost=1_000_000,
                             supplier_id=traders["supplier"])
    info = items.item_info("beras")
    before = dump()
    for quantity, value in ((-10, -1_000_001), (-100, -999_999), (-10, 5)):
        with pytest.raises(Conflict) as err:
            with writing():
                movements.append_in_transaction(chair, info, D(2026, 11, 3), "write_off",
                                                quantity, reason="uji", value=value)
        assert err.value.key == "warehouse.value_beyond_stock"
    assert dump() == before
    with writing():
        done = movements.append_in_transaction(chair, info, D(2026, 11, 3), "write_off", -10,
                                               reason="uji", value=-300_000, memo="Memo sendiri")
    assert (done.value, done.value_after) == (-300_000, 700_000)
    assert journal.get_entry(chair, done.journal_entry_id).memo == "Memo sendiri"
