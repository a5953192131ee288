"""The warehouse's rules in ``sekretariat check``: each sees raw-SQL tampering
past the guards; and hypothesis: random sequences of receipts, issues,
write-offs, adjustments and reversals never leave a balance below zero, keep
value_after the running sum (qty 0 => value 0), value every outgoing movement
at the moving average, and keep the stock value equal to 1-300."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_warehouse_core import TODAY, D, wh  # noqa: F401  (fixture)

from sekretariat import db
from sekretariat.errors import SekretariatError
from sekretariat.services.core import check, journal, market, users
from sekretariat.services.core.journal import LineInput
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse import items, movements, stock, suppliers

PASSWORD = "rahasia-123"
WAREHOUSE = {"check.warehouse_running", "check.warehouse_balances", "check.warehouse_average",
             "check.warehouse_stock_value", "check.warehouse_entries",
             "check.warehouse_reversals"}


def _failed():
    return {i.key: i.problems for i in check.integrity_report().items if not i.ok}


def _tamper(*statements, ignore_checks=False):
    conn = sqlite3.connect(str(db.current_path()), isolation_level=None)
    try:
        if ignore_checks:
            conn.execute("PRAGMA ignore_check_constraints = ON")
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def _past(*statements, triggers=("stock_movement_no_update",), ignore_checks=False):
    """Run ``statements`` with ``triggers`` dropped, then put them back."""
    conn = sqlite3.connect(str(db.current_path()))
    kept = [conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
            for name in triggers]
    conn.close()
    _tamper(*[f"DROP TRIGGER {name}" for name in triggers], *statements, *kept,
            ignore_checks=ignore_checks)


@pytest.fixture
def booked(wh):
    chair, sup = wh["chair"], wh["supplier"]
    m = movements
    made = {
        "in": m.record_receipt(chair, "beras", D(2026, 11, 2), 100, cost=1_000_000,
                               supplier_id=sup),
        "sale": m.record_issue(chair, "beras", D(2026, 11, 3), 30, price=350_000),
        "use": m.record_issue(chair, "beras", D(2026, 11, 4), 3, internal=True, reason="rapat"),
        "eggs": m.record_receipt(chair, "telur", D(2026, 11, 2), 90, cost=171_000,
                                 supplier_id=sup),
    }
    made["undo"] = m.reverse_movement(chair, made["eggs"].id, "salah pemasok")
    made["last"] = m.record_write_off(chair, "beras", D(2026, 11, 5), 7, reason="basah")
    assert _failed() == {}
    return {**wh, **made}


def test_a_running_balance_off_its_movements_is_seen(booked):
    _past(f"UPDATE stock_movement SET qty_after = qty_after + 1 WHERE id = {booked['last'].id}")
    assert _failed() == {"check.warehouse_running": (
        f"Mutasi {booked['last'].number}: urutan, tanggal atau saldo berjalan tidak sesuai "
        "mutasi sebelumnya.",)}


def test_a_negative_balance_or_value_without_quantity_is_seen(booked):
    last = booked["last"]
    _past(f"UPDATE stock_movement SET qty_after = -1 WHERE id = {last.id}", ignore_checks=True)
    problems = _failed()
    assert problems["check.warehouse_balances"] == (
        f"Mutasi {last.number}: saldo -1 bernilai Rp600.000.",)
    _past(f"UPDATE stock_movement SET qty_after = 0 WHERE id = {last.id}", ignore_checks=True)
    assert _failed()["check.warehouse_balances"] == (
        f"Mutasi {last.number}: saldo 0 bernilai Rp600.000.",)


def test_an_outgoing_value_off_the_moving_average_is_seen(booked):
    sale = booked["sale"]
    _past(f"UPDATE stock_movement SET value = value + 1 WHERE id = {sale.id}",
          "UPDATE stock_movement SET value_after = value_after + 1 WHERE item_id ="
          f" {sale.item_id} AND seq >= {sale.seq}")
    problems = _failed()
    assert problems["check.warehouse_average"] == (
        f"Mutasi {sale.number}: nilainya bukan harga rata-rata bergerak (atau kebalikan "
        "aslinya).",)
    assert set(problems) <= WAREHOUSE


def test_stock_posted_past_the_movements_is_seen(booked):
    with writing():
        journal.post_in_transaction(booked["chair"], TODAY, "setor modal barang", [
            LineInput("1-300", debit=5_000), LineInput("3-100", credit=5_000)])
    assert _failed() == {"check.warehouse_stock_value": (
        "Nilai stok semua barang Rp600.000, saldo 1-300 Rp605.000.",)}


def test_a_manual_entry_may_not_touch_the_stock_account(booked):
    from sekretariat.errors import ValidationError

    with pytest.raises(ValidationError) as info:
        journal.post_entry(booked["chair"], TODAY, "koreksi", [
            LineInput("1-300", debit=5_000), LineInput("3-100", credit=5_000)])
    assert info.value.key == "journal.subledger_account"


def test_an_entry_that_does_not_match_its_movement_is_seen(booked):
    sale, use = booked["sale"], booked["use"]
    _past(f"UPDATE stock_movement SET price = price + 1000 WHERE id = {sale.id}")
    assert _failed() == {"check.warehouse_entries": (
        f"Mutasi {sale.number}: jurnalnya tidak sesuai jenis, tanggal atau nilainya.",)}
    _past(f"UPDATE stock_movement SET price = price - 1000 WHERE id = {sale.id}",
          f"UPDATE stock_movement SET journal_entry_id = {sale.journal_entry_id}"
          f" WHERE id = {use.id}")
    assert set(_failed()) == {"check.warehouse_entries"}


def test_a_reversal_that_does_not_mirror_its_original_is_seen(booked):
    undo = booked["undo"]
    _past(f"UPDATE stock_movement SET supplier_id = NULL WHERE id = {undo.id}")
    assert _failed() == {"check.warehouse_reversals": (
        f"Pembatalan {undo.number} tidak mencerminkan mutasi aslinya.",)}


def test_a_movement_dated_off_its_entry_is_seen(booked):
    last = booked["last"]
    _past(f"UPDATE stock_movement SET moved_on = '2026-11-06' WHERE id = {last.id}")
    assert set(_failed()) == {"check.warehouse_entries"}
    _past(f"UPDATE stock_movement SET moved_on = '2026-11-01' WHERE id = {last.id}")
    # out of date order: the running rule sees it, and "the last balance on or
    # before a date" no longer is the latest one, so the stock value is off too
    assert set(_failed()) == {"check.warehouse_entries", "check.warehouse_running",
                              "check.warehouse_stock_value"}


# --- hypothesis ------------------------------------------------------------------

@contextlib.contextmanager
def fresh_database():
    with tempfile.TemporaryDirectory() as folder:
        db.open_database(Path(folder) / "prop.sqlite", create=True)
        db.current_database().execute_sql("PRAGMA synchronous = OFF")
        try:
            market.initialize(market.MarketInfo("Pasar Uji"), "ketua", "Ketua", PASSWORD)
            chair = users.login("ketua", PASSWORD)
            items.create_item(chair, "beras", "Beras", "kg", units=[("karung", 50)])
            items.create_item(chair, "telur", "Telur", "butir", units=[("tray", 30)])
            supplier = suppliers.create_supplier(chair, "UD Uji").id
            yield chair, supplier
        finally:
            db.close_database()


def _half_up(numerator: int, denominator: int) -> int:
    """An independent rounding (Decimal) for the model."""
    return int((Decimal(numerator) / Decimal(denominator)).to_integral_value(ROUND_HALF_UP))


ITEMS = st.sampled_from(["beras", "telur"])
#: Days move on from 1 Nov by these steps (a step back is refused by the order rule).
STEPS = st.sampled_from([0, 0, 0, 1, 1, 2, -1, -3])
#: Outgoing quantities as a percentage of what the item holds (above 100: too much).
OUT = st.integers(1, 110)
RECEIPT = st.tuples(st.just("receipt"), ITEMS, STEPS, st.integers(1, 200),
                    st.integers(1, 2_000_000))
OPS = st.one_of(
    RECEIPT, RECEIPT,
    st.tuples(st.just("sale"), ITEMS, STEPS, OUT, st.integers(1, 2_000_000)),
    st.tuples(st.just("use"), ITEMS, STEPS, OUT, st.just(0)),
    st.tuples(st.just("write_off"), ITEMS, STEPS, OUT, st.just(0)),
    st.tuples(st.just("adjust"), ITEMS, STEPS, st.integers(-110, 40).map(lambda n: n or 1),
              st.integers(0, 500_000)),
    st.tuples(st.just("reverse"), ITEMS, STEPS, st.integers(0, 30), st.just(0)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, min_size=1, max_size=30))
def test_random_movements_keep_every_stock_invariant(operations):
    with fresh_database() as (chair, supplier):
        model = {"beras": (0, 0), "telur": (0, 0)}
        day = D(2026, 11, 1)
        for kind, code, step, number, amount in operations:
            day = min(max(day + dt.timedelta(days=step), D(2026, 11, 1)), TODAY)
            before = db.current_database().execute_sql(
                "SELECT count(*) FROM stock_movement").fetchone()[0]
            qty, value = model[code]
            if kind in ("sale", "use", "write_off") or (kind == "adjust" and number < 0):
                share = max(qty * abs(number) // 100, 1)     # percent of what is held
                number = share if kind != "adjust" else -share
            try:
                if kind == "receipt":
                    done = movements.record_receipt(chair, code, day, number, cost=amount,
                                                    supplier_id=supplier)
                elif kind == "sale":
                    done = movements.record_issue(chair, code, day, number, price=amount)
                elif kind == "use":
                    done = movements.record_issue(chair, code, day, number, internal=True,
                                                  reason="pakai")
                elif kind == "write_off":
                    done = movements.record_write_off(chair, code, day, number, reason="rusak")
                elif kind == "adjust":
                    done = movements.record_adjustment(
                        chair, code, day, number, reason="opname",
                        value=amount if number > 0 and amount else None)
                elif number % 3:
                    # the item's latest live movement, dated on or after it
                    found = db.current_database().execute_sql(
                        "SELECT m.id, m.moved_on FROM stock_movement m JOIN item i"
                        " ON i.id = m.item_id WHERE i.code = ? AND m.kind <> 'reversal'"
                        " AND NOT EXISTS (SELECT 1 FROM stock_movement r"
                        " WHERE r.reverses_id = m.id) ORDER BY m.seq DESC LIMIT 1",
                        (code,)).fetchone()
                    if found is None:
                        continue
                    when = max(day, dt.date.fromisoformat(found[1]))
                    done = movements.reverse_movement(chair, found[0], "koreksi", when)
                else:
                    found = db.current_database().execute_sql(
                        "SELECT id FROM stock_movement ORDER BY id").fetchall()
                    if not found:
                        continue
                    target = found[number % len(found)][0]
                    done = movements.reverse_movement(chair, target, "koreksi", day)
            except SekretariatError as refused:
                event(f"{kind}: {refused.key}")
                after = db.current_database().execute_sql(
                    "SELECT count(*) FROM stock_movement").fetchone()[0]
                assert after == before, kind
                continue
            event(f"{kind}: done")
            code = done.item_code
            qty, value = model[code]
            if done.kind == "receipt":
                expected = amount
            elif done.kind == "reversal":
                expected = -stock.get_movement(chair, done.reverses_id).value
            elif done.quantity < 0:
                out = -done.quantity
                assert out <= qty
                expected = -value if out == qty else -_half_up(out * value, qty)
            else:
                expected = done.value       # a surplus: at a given value or the average
            assert done.value == expected, (kind, done)
            qty, value = qty + done.quantity, value + done.value
            assert qty >= 0 and value >= 0 and (qty > 0 or value == 0)
            assert (done.qty_after, done.value_after) == (qty, value)
            model[code] = (qty, value)
            assert stock.on_hand(code) == (qty, value)
        assert stock.stock_value(chair).total == journal.account_balance_unchecked(
            "1-300", dt.date(2100, 1, 1)) == sum(v for _, v in model.values())
        assert _failed() == {}
