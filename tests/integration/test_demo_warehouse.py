"""The demo's staples warehouse is real: items with their units and reorder
levels, four suppliers, deliveries (mostly on credit, some paid from the
drawer), cash sales to traders, internal use, write-offs with their reasons,
the suppliers paid by transfer; the stock value equals 1-300 in the books,
the check passes, and the books end with items below their reorder level.
The bulk path writes the same rows (``test_demo.py``'s equivalence test
compares the warehouse tables too)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter

import pytest
from argon2 import PasswordHasher

from sekretariat import db
from sekretariat.demo.build import build_demo
from sekretariat.demo.warehouse_setup import ITEMS, LOW_AT_END, SUPPLIERS
from sekretariat.services.core import check, journal, passwords, users
from sekretariat.services.warehouse import items, stock, suppliers

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    return build_demo(tmp_path_factory.mktemp("warehouse") / "demo.sqlite", today=TODAY)


@pytest.fixture
def opened(demo, tmp_path):
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo.path, copy)
    db.open_database(copy)
    yield demo
    db.close_database()


def _login(demo, role):
    username, _, password = next(a for a in demo.accounts if a[1] == role)
    return users.login(username, password)


def _rows(sql, params=()):
    return db.current_database().execute_sql(sql, params).fetchall()


def test_items_and_suppliers_are_set_up_with_units_and_levels(opened):
    session = _login(opened, "gudang")
    found = {i.code: i for i in items.list_items(session)}
    assert set(found) == {spec.code for spec in ITEMS}
    beras = found["beras"]
    assert (beras.base_unit, beras.factor_of("karung"), beras.factor_of("sak")) == ("kg", 50, 25)
    telur = found["telur"]
    assert (telur.base_unit, telur.factor_of("tray"), telur.factor_of("peti")) == (
        "butir", 30, 300)
    assert found["minyak"].factor_of("dus") == 12 and found["gula"].factor_of("karung") == 50
    assert all(i.reorder_level > 0 and i.active for i in found.values())
    assert [s.name for s in suppliers.list_suppliers(session)] == sorted(
        s.name for s in SUPPLIERS)


def test_every_item_moves_in_every_way_the_history_has(opened):
    kinds = Counter(r[0] for r in _rows(
        "SELECT i.code || ':' || m.kind || ':' || coalesce(m.payment, '-')"
        " FROM stock_movement m JOIN item i ON i.id = m.item_id"))
    for spec in ITEMS:
        assert kinds[f"{spec.code}:receipt:credit"] + kinds[f"{spec.code}:receipt:cash"] >= 2
        assert kinds[f"{spec.code}:issue:cash"] >= 10, spec.code
    by_payment = Counter(payment for (payment,) in _rows(
        "SELECT payment FROM stock_movement WHERE kind = 'receipt'"))
    assert by_payment["credit"] > by_payment["cash"] > 0          # on credit mostly
    # movements most days, realistic numbers a day
    per_day = [n for _, n in _rows("SELECT moved_on, count(*) FROM stock_movement GROUP BY 1")]
    history = (TODAY - opened.history_start).days
    assert len(per_day) >= 0.9 * history and 3 <= sum(per_day) / history <= 30
    # most sales are to a trader who rents a stall
    sales = _rows("SELECT trader_id FROM stock_movement WHERE kind = 'issue'"
                  " AND payment = 'cash'")
    assert 0.6 < sum(1 for (t,) in sales if t is not None) / len(sales) < 0.95
    assert _rows("SELECT count(*) FROM stock_movement m JOIN trader t ON t.id = m.trader_id"
                 " WHERE t.commodity NOT IN ('sembako', 'kelontong', 'telur', 'pempek', 'kue',"
                 " 'kopi', 'tahu_tempe')") == [(0,)]
    # internal use and write-offs each carry their reason
    internal = _rows("SELECT reason FROM stock_movement WHERE kind = 'issue'"
                     " AND payment IS NULL")
    write_offs = _rows("SELECT reason FROM stock_movement WHERE kind = 'write_off'")
    assert len(internal) >= 20 and write_offs and all(r.strip() for (r,) in internal + write_offs)
    entry = _rows("SELECT e.source, e.source_ref, m.number FROM stock_movement m"
                  " JOIN journal_entry e ON e.id = m.journal_entry_id LIMIT 1")[0]
    assert entry[:2] == ("warehouse", entry[2])


def test_stock_value_equals_the_books_and_the_check_passes(opened):
    session = _login(opened, "gudang")
    value = stock.stock_value(session).total
    books = journal.account_balance_unchecked("1-300", TODAY)
    assert value == books > 0
    report = check.integrity_report()
    assert report.ok, [(item.key, item.problems) for item in report.items if not item.ok]
    # every movement's stored balance is what the stock card reads
    card = stock.stock_card(session, "beras")
    assert card.count == _rows("SELECT count(*) FROM stock_movement m JOIN item i"
                               " ON i.id = m.item_id WHERE i.code = 'beras'")[0][0] > 20
    assert card.closing_qty == stock.on_hand("beras")[0]


def test_the_books_end_with_items_below_their_reorder_level(opened):
    low = {row.code for row in stock.low_stock(_login(opened, "gudang"))}
    assert set(LOW_AT_END) <= low and len(low) < len(ITEMS) // 2


def test_suppliers_are_paid_by_transfer_and_the_drawer_pays_cash_deliveries(opened):
    paid = _rows("SELECT e.memo, l.debit, l.party_id FROM journal_line l"
                 " JOIN account a ON a.id = l.account_id JOIN journal_entry e"
                 " ON e.id = l.entry_id WHERE a.code = '2-200' AND l.debit > 0")
    assert len(paid) >= 8 and all(m.startswith("Pembayaran utang dagang") for m, *_ in paid)
    owed = _rows("SELECT l.party_id, sum(l.credit - l.debit) FROM journal_line l"
                 " JOIN account a ON a.id = l.account_id WHERE a.code = '2-200'"
                 " GROUP BY 1")
    assert all(0 <= amount for _, amount in owed)          # nobody paid twice
    assert sum(amount for _, amount in owed) < sum(amount for _, amount, _ in paid)
    cash = _rows("SELECT count(*) FROM stock_movement m JOIN journal_line l"
                 " ON l.entry_id = m.journal_entry_id JOIN account a ON a.id = l.account_id"
                 " WHERE m.kind = 'receipt' AND a.code = '1-100' AND l.credit = m.value")
    assert cash[0][0] > 0
    # nothing after its day's close: every movement was recorded before 17:30
    assert _rows("SELECT count(*) FROM stock_movement m JOIN closed_day c ON c.day = m.moved_on"
                 " WHERE m.created_at > c.closed_at") == [(0,)]
