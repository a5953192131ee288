"""The demo's staples warehouse is real: items with their units and reorder
levels, four suppliers, deliveries (mostly on credit, some paid from the
drawer), cash sales to traders, internal use, write-offs with their reasons,
the suppliers paid by transfer; the stock value equals 1-300 in the books,
the check passes, and the books end with items below their reorder level.
Monthly bulk purchase rounds (some short) are posted and paid for, the
books end with one ordered and one collecting requests; quarterly stock
counts are approved by the coordinator and the chair, the last one waits
for the chair. The bulk path writes the same rows (``test_demo.py``'s
equivalence test compares the warehouse tables too)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from demohelp import TODAY, demo_fixture, login, opened, rows  # noqa: F401  (opened: fixture)

from sekretariat.demo.warehouse_setup import ITEMS, LOW_AT_END, SUPPLIERS
from sekretariat.services.core import check, journal
from sekretariat.services.warehouse import items, stock, suppliers

demo = demo_fixture("warehouse")


def test_items_and_suppliers_are_set_up_with_units_and_levels(opened):
    session = login(opened, "gudang")
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
    kinds = Counter(r[0] for r in rows(
        "SELECT i.code || ':' || m.kind || ':' || coalesce(m.payment, '-')"
        " FROM stock_movement m JOIN item i ON i.id = m.item_id"))
    for spec in ITEMS:
        assert kinds[f"{spec.code}:receipt:credit"] + kinds[f"{spec.code}:receipt:cash"] >= 2
        assert kinds[f"{spec.code}:issue:cash"] >= 10, spec.code
    by_payment = Counter(payment for (payment,) in rows(
        "SELECT payment FROM stock_movement WHERE kind = 'receipt'"))
    assert by_payment["credit"] > by_payment["cash"] > 0          # on credit mostly
    # movements most days, realistic numbers a day
    per_day = [n for _, n in rows("SELECT moved_on, count(*) FROM stock_movement GROUP BY 1")]
    history = (TODAY - opened.history_start).days
    assert len(per_day) >= 0.9 * history and 3 <= sum(per_day) / history <= 30
    # most sales are to a trader who rents a stall
    sales = rows("SELECT trader_id FROM stock_movement WHERE kind = 'issue'"
                 " AND payment = 'cash'")
    assert 0.6 < sum(1 for (t,) in sales if t is not None) / len(sales) < 0.95
    assert rows("SELECT count(*) FROM stock_movement m JOIN trader t ON t.id = m.trader_id"
                " WHERE t.commodity NOT IN ('sembako', 'kelontong', 'telur', 'pempek', 'kue',"
                " 'kopi', 'tahu_tempe')") == [(0,)]
    # internal use and write-offs each carry their reason
    internal = rows("SELECT reason FROM stock_movement WHERE kind = 'issue'"
                    " AND payment IS NULL")
    write_offs = rows("SELECT reason FROM stock_movement WHERE kind = 'write_off'")
    assert len(internal) >= 20 and write_offs and all(r.strip() for (r,) in internal + write_offs)
    entry = rows("SELECT e.source, e.source_ref, m.number FROM stock_movement m"
                 " JOIN journal_entry e ON e.id = m.journal_entry_id LIMIT 1")[0]
    assert entry[:2] == ("warehouse", entry[2])


def test_stock_value_equals_the_books_and_the_check_passes(opened):
    session = login(opened, "gudang")
    value = stock.stock_value(session).total
    books = journal.account_balance_unchecked("1-300", TODAY)
    assert value == books > 0
    report = check.integrity_report()
    assert report.ok, [(item.key, item.problems) for item in report.items if not item.ok]
    # every movement's stored balance is what the stock card reads
    card = stock.stock_card(session, "beras")
    assert card.count == rows("SELECT count(*) FROM stock_movement m JOIN item i"
                              " ON i.id = m.item_id WHERE i.code = 'beras'")[0][0] > 20
    assert card.closing_qty == stock.on_hand("beras")[0]


def test_the_books_end_with_items_below_their_reorder_level(opened):
    low = {row.code for row in stock.low_stock(login(opened, "gudang"))}
    assert set(LOW_AT_END) <= low and len(low) < len(ITEMS) // 2


def test_suppliers_are_paid_by_transfer_and_the_drawer_pays_cash_deliveries(opened):
    paid = rows("SELECT e.memo, l.debit, l.party_id FROM journal_line l"
                " JOIN account a ON a.id = l.account_id JOIN journal_entry e"
                " ON e.id = l.entry_id WHERE a.code = '2-200' AND l.debit > 0")
    assert len(paid) >= 8 and all(m.startswith("Pembayaran utang dagang") for m, *_ in paid)
    owed = rows("SELECT l.party_id, sum(l.credit - l.debit) FROM journal_line l"
                " JOIN account a ON a.id = l.account_id WHERE a.code = '2-200'"
                " GROUP BY 1")
    assert all(0 <= amount for _, amount in owed)          # nobody paid twice
    assert sum(amount for _, amount in owed) < sum(amount for _, amount, _ in paid)
    cash = rows("SELECT count(*) FROM stock_movement m JOIN journal_line l"
                " ON l.entry_id = m.journal_entry_id JOIN account a ON a.id = l.account_id"
                " WHERE m.kind = 'receipt' AND a.code = '1-100' AND l.credit = m.value")
    assert cash[0][0] > 0
    # nothing after its day's close: every movement was recorded before 17:30
    assert rows("SELECT count(*) FROM stock_movement m JOIN closed_day c ON c.day = m.moved_on"
                " WHERE m.created_at > c.closed_at") == [(0,)]


# --- bulk purchase rounds and stock counts ---------------------------------------------

def test_bulk_rounds_run_every_month_and_the_books_end_with_each_status(opened):
    from sekretariat.services.warehouse import rounds_read

    session = login(opened, "gudang")
    found = rounds_read.list_rounds(session)
    statuses = Counter(r.status for r in found)
    assert statuses["posted"] >= 3 and statuses["ordered"] == 1 and statuses["open"] == 1
    # the latest is collecting requests, the one before is on its way
    before, latest = sorted(found, key=lambda r: r.id)[-2:]
    assert (before.status, latest.status) == ("ordered", "open")
    assert rows("SELECT count(*) FROM round_request WHERE round_id = ?", (latest.id,))[0][0] > 0
    for summary in found:
        if summary.status != "posted":
            continue
        info = rounds_read.get_round(session, summary.id)
        traders = {line.trader_id for line in info.lines}
        assert 6 <= len(traders) <= 20 and all(1 <= line.requested <= 5 for line in info.lines)
        assert {c.description.split()[0] for c in info.costs} >= {"Ongkos", "Upah"}
        # bought below retail: what the traders saved shows
        assert info.total_saving > 0 and all(s.saving > 0 for s in info.savings)


def test_a_short_round_is_shared_by_largest_remainder(opened):
    from sekretariat.services.warehouse import allocation

    short = rows("SELECT r.id, r.quantity_received, sum(q.units) FROM round_item r"
                 " JOIN round_request q ON q.round_item_id = r.id JOIN purchase_round p"
                 " ON p.id = r.round_id WHERE p.status = 'posted' GROUP BY r.id"
                 " HAVING r.quantity_received < sum(q.units)")
    assert short
    for round_item, supply, demand in short:
        lines = rows("SELECT q.id, q.trader_id, q.units, q.position, a.allocated, a.charge"
                     " FROM round_request q JOIN round_allocation a ON a.request_id = q.id"
                     " WHERE q.round_item_id = ? ORDER BY q.position", (round_item,))
        requests = [allocation.Request(k, t, u, p) for k, t, u, p, _, _ in lines]
        expected = allocation.allocate(requests, supply, rows(
            "SELECT m.value FROM stock_movement m JOIN round_item r ON r.receipt_id = m.id"
            " WHERE r.id = ?", (round_item,))[0][0])
        assert [(s.allocated, s.charge) for s in expected.shares] == [
            (line[4], line[5]) for line in lines]
        assert sum(line[4] for line in lines) == supply < demand
        assert any(0 < line[4] < line[2] for line in lines)      # shares cut, not dropped


def test_goods_invoices_are_paid_mostly_in_time_a_few_late(opened):
    invoices = rows("SELECT i.id, i.due_date, i.amount, o.open_amount,"
                    " (SELECT max(a.alloc_date) FROM invoice_allocation a"
                    "  WHERE a.invoice_id = i.id) FROM invoice i"
                    " JOIN invoice_open o ON o.invoice_id = i.id WHERE i.kind = 'goods'")
    assert len(invoices) >= 30
    paid = [row for row in invoices if row[3] == 0]
    assert len(paid) >= 0.8 * len(invoices)
    late = [row for row in paid if row[4] > row[1]]
    assert 0 < len(late) < 0.4 * len(paid)
    # paid at the treasurer's desk like rent: receipts, on the traders' receivable
    assert rows("SELECT count(DISTINCT a.payment_id) FROM invoice_allocation a"
                " JOIN invoice i ON i.id = a.invoice_id WHERE i.kind = 'goods'")[0][0] >= 20
    # each posted share is an issue at its charge and a goods invoice
    assert rows("SELECT count(*) FROM round_allocation a JOIN stock_movement m"
                " ON m.id = a.movement_id JOIN invoice i ON i.id = a.invoice_id"
                " WHERE -m.value <> a.charge OR i.amount <> a.charge"
                " OR m.payment <> 'account'") == [(0,)]


def test_counts_are_approved_by_two_and_one_waits_for_the_chair(opened):
    from sekretariat.services.warehouse import counts, counts_read

    taken = rows("SELECT c.id, c.status, c.counted_on, k.role, h.role FROM stock_count c"
                " LEFT JOIN app_user k ON k.id = c.coordinator_id"
                " LEFT JOIN app_user h ON h.id = c.chair_id ORDER BY c.id")
    approved = [r for r in taken if r[1] == "approved"]
    assert approved and all(r[3:] == ("gudang", "ketua") for r in approved)
    *_, pending = taken
    assert pending[1:] == ("closed", (TODAY - dt.timedelta(days=1)).isoformat(), "gudang", None)
    # two counters; the rice counted in two stores by both, their lines add up
    for count_id, *_ in taken:
        by = rows("SELECT u.role, count(*) FROM stock_count_line l JOIN app_user u"
                  " ON u.id = l.counted_by WHERE l.count_id = ? GROUP BY 1", (count_id,))
        assert {role for role, _ in by} == {"staf", "gudang"}
        rice = rows("SELECT count(DISTINCT l.counted_by), count(DISTINCT l.place)"
                    " FROM stock_count_line l JOIN item i ON i.id = l.item_id"
                    " WHERE l.count_id = ? AND i.code = 'beras'", (count_id,))
        assert rice == [(2, 2)]
    # the approved count's adjustments: small shortages, posted on the count day
    count_id, _, day, *_ = approved[0]
    moved = rows("SELECT m.quantity, m.moved_on, m.value FROM stock_count_variance v"
                 " JOIN stock_movement m ON m.id = v.movement_id WHERE v.count_id = ?",
                 (count_id,))
    assert moved and all(q != 0 and on == day for q, on, _ in moved)
    assert sum(value for *_, value in moved) < 0
    # the pending sheet shows, and the chair's approval posts it
    chair = login(opened, "ketua")
    sheet = counts_read.variance_sheet(chair, pending[0])
    assert sheet.rows and any(row.variance for row in sheet.rows)
    counts.approve_count(chair, pending[0])
    assert check.integrity_report().ok
    assert stock.stock_value(chair).total == journal.account_balance_unchecked("1-300", TODAY)


@pytest.mark.parametrize("today", [TODAY + dt.timedelta(days=n) for n in range(0, 40, 3)])
def test_whatever_day_the_books_end_a_round_is_collecting_and_one_is_on_its_way(today):
    from sekretariat.demo.engine import HistoryContext
    from sekretariat.demo.market_plan import make_plan
    from sekretariat.demo.market_records import SCALES
    from sekretariat.demo.warehouse_rounds import Rounds

    plan = make_plan(SCALES["small"], 2026, today)
    end = plan.history_end
    found = Rounds(HistoryContext(plan), None).rounds
    collecting = [r for r in found if r.ordered is None or r.ordered > end]
    on_its_way = [r for r in found if r.ordered is not None and r.ordered <= end
                  and r.received is None]
    posted = [r for r in found if r.received is not None and r.received <= end]
    assert len(collecting) == len(on_its_way) == 1
    assert min(collecting[0].request_days) <= end
    assert max(on_its_way[0].request_days) < on_its_way[0].ordered
    assert len(posted) >= 2 and any(r.short for r in posted)
    assert len(found) == len(posted) + 2
