"""The blind stock count (stok opname): counters' lines add up, a counter
never sees the book, the book at the cut-off ignores later movements, both
the coordinator and the chair approve (two people) before the variance posts
on the count day, bad input changes nothing, and the check rules catch
tampering by raw SQL."""

from __future__ import annotations

import dataclasses
import datetime as dt

import peewee
import pytest
from test_warehouse_core import D, raw, wh  # noqa: F401  (fixture)

from sekretariat import clock, db
from sekretariat.errors import Conflict, DayClosed, NotFound, PermissionDenied, ValidationError
from sekretariat.services.core import check, days, journal, users
from sekretariat.services.warehouse import counts, counts_read, movements, stock

TODAY = D(2026, 11, 23)
TABLES = ("stock_count", "stock_count_line", "stock_count_variance", "stock_movement",
          "journal_entry", "journal_line", "sequence", "audit_log")


def dump():
    conn = db.current_database()
    return {t: conn.execute_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def problems():
    return {i.key: i.problems for i in check.integrity_report().items if not i.ok}


def at(hour, minute=0, second=0, day=TODAY):
    clock.freeze(dt.datetime.combine(day, dt.time(hour, minute, second)))


@pytest.fixture
def stocked(wh, sessions):
    """200 kg beras for Rp2.400.000 (Rp12.000/kg) and 10 liter minyak for
    Rp150.000, received on 2 November; the roles' sessions."""
    chair = wh["chair"]
    movements.record_receipt(chair, "beras", D(2026, 11, 2), "4 karung", cost=2_400_000,
                             supplier_id=wh["supplier"])
    movements.record_receipt(chair, "minyak", D(2026, 11, 2), 10, cost=150_000,
                             supplier_id=wh["supplier"])
    return {**wh, **sessions}


def test_two_counters_lines_add_up_and_the_counter_never_sees_the_book(stocked):
    gudang, staf = stocked["gudang"], stocked["staf"]
    count = counts.create_count(gudang, TODAY, "09:00", place="gudang A")
    assert (count.number, count.status, count.counted_at) == ("OPN/2026/00001", "open", "09:00")
    mine = counts.add_line(gudang, count.id, "beras", "2 karung")
    theirs = counts.add_line(staf, count.id, "Beras medium", "40", place="gudang A")
    counts.add_line(staf, count.id, "beras", "1 karung", place="rak 2")
    counts.add_line(staf, count.id, "minyak", "0")
    assert (mine.quantity, mine.place, theirs.quantity) == (100, "gudang A", 40)
    # blind: a counter's calls carry nothing but what they typed
    for value in (mine, *counts_read.my_lines(staf, count.id), *counts_read.count_items(staf)):
        names = {f.name for f in dataclasses.fields(value)}
        assert not names & {"book_qty", "book_value", "qty_after", "value", "on_hand"}
    assert [(ln.item_code, ln.place, ln.quantity) for ln in counts_read.my_lines(staf, count.id)] \
        == [("beras", "gudang A", 40), ("beras", "rak 2", 50), ("minyak", "gudang A", 0)]
    assert [ln.quantity for ln in counts_read.my_lines(gudang, count.id)] == [100]
    assert "200" not in repr(counts_read.my_lines(staf, count.id))
    with pytest.raises(PermissionDenied):
        counts_read.variance_sheet(staf, count.id)
    with pytest.raises(Conflict) as refused:
        counts_read.variance_sheet(gudang, count.id)
    assert refused.value.key == "warehouse.count_still_open"
    counts.close_count(gudang, count.id)
    sheet = counts_read.variance_sheet(gudang, count.id)
    rows = {r.code: r for r in sheet.rows}
    assert (rows["beras"].counted, rows["beras"].book_qty, rows["beras"].variance,
            rows["beras"].variance_value) == (190, 200, -10, -120_000)
    assert (rows["minyak"].counted, rows["minyak"].variance, rows["minyak"].variance_value) == (
        0, -10, -150_000)
    assert [n.code for n in sheet.not_counted] == ["telur"]
    assert sheet.total_value == -270_000


def test_the_book_at_the_cut_off_ignores_movements_after_it(stocked):
    chair, gudang = stocked["chair"], stocked["gudang"]
    at(8)
    movements.record_receipt(chair, "beras", TODAY, 50, cost=600_000, supplier_id=stocked["supplier"])
    at(9, 0, 40)             # recorded in the cut-off minute: still before it
    movements.record_issue(chair, "beras", TODAY, 10, price=150_000)
    at(9, 30)
    count = counts.create_count(gudang, TODAY, "09:00")
    at(9, 1)                 # recorded after the cut-off (the clock went back: a test)
    movements.record_issue(chair, "beras", TODAY, 30, price=450_000)
    at(9, 45)
    counts.add_line(gudang, count.id, "beras", "5 karung")  # 250 kg found at 09:00
    counts.close_count(gudang, count.id)
    assert counts_read.book_at_cutoff(stocked["beras"].id, TODAY, "09:00") == (240, 2_880_000)
    assert counts_read.book_at_cutoff(stocked["beras"].id, TODAY, "08:59") == (250, 3_000_000)
    assert counts_read.book_at_cutoff(stocked["beras"].id, D(2026, 11, 22), "23:59") == (
        200, 2_400_000)
    row = next(r for r in counts_read.variance_sheet(gudang, count.id).rows if r.code == "beras")
    assert (row.book_qty, row.counted, row.variance, row.variance_value) == (240, 250, 10, 120_000)
    counts.approve_count(gudang, count.id)
    counts.approve_count(chair, count.id)
    # found 250 at 09:00, 30 issued after it: 220 now
    assert stock.on_hand("beras") == (220, 2_640_000)
    assert problems() == {}


def test_both_approvals_are_needed_then_the_variance_posts_on_the_count_day(stocked):
    chair, gudang = stocked["chair"], stocked["gudang"]
    count = counts.create_count(gudang, D(2026, 11, 20), "16:00", place="gudang A")
    counts.add_line(gudang, count.id, "beras", "3 karung")
    counts.add_line(stocked["staf"], count.id, "beras", "20 kg")
    counts.add_line(gudang, count.id, "minyak", "1 dus")
    counts.close_count(gudang, count.id)
    for role in ("staf", "bendahara", "sekretaris", "pembaca"):
        with pytest.raises(PermissionDenied):
            counts.approve_count(stocked[role], count.id)
    before = dump()
    done = counts.approve_count(gudang, count.id)
    assert (done.status, done.coordinator, done.chair) == ("closed", "Pengguna gudang", None)
    assert raw("SELECT count(*) FROM stock_movement WHERE source = 'count'").fetchone() == (0,)
    with pytest.raises(Conflict) as twice:
        counts.approve_count(gudang, count.id)
    assert twice.value.key == "warehouse.count_already_approved"
    assert counts_read.may_approve(chair, done) and not counts_read.may_approve(gudang, done)
    done = counts.approve_count(chair, count.id)
    assert done.status == "approved" and done.posted_at is not None
    assert dump()["stock_movement"] != before["stock_movement"]
    posted = movements.movements_of("count", count.number)
    assert [(m.kind, m.item_code, m.day, m.quantity) for m in posted] == [
        ("adjustment", "beras", D(2026, 11, 20), -30), ("adjustment", "minyak", D(2026, 11, 20), 2)]
    assert posted[0].value == -360_000 and posted[1].value == 30_000
    assert stock.on_hand("beras") == (170, 2_040_000)      # exactly what was counted
    assert stock.on_hand("minyak") == (12, 180_000)
    assert journal.account_balance_unchecked("5-850", D(2100, 1, 1)) == 330_000
    assert stock.stock_value(chair).total == journal.account_balance_unchecked(
        "1-300", D(2100, 1, 1))
    assert problems() == {}
    sheet = counts_read.variance_sheet(chair, count.id)
    assert [r.movement_number for r in sheet.rows] == [m.number for m in posted]
    for session in (chair, gudang):          # posting twice
        with pytest.raises(Conflict) as again:
            counts.approve_count(session, count.id)
        assert again.value.key == "warehouse.count_final"
    assert len(movements.movements_of("count", count.number)) == 2


def test_the_coordinator_and_the_chair_must_be_two_people(stocked):
    chair, gudang = stocked["chair"], stocked["gudang"]
    count = counts.create_count(gudang, TODAY, "09:00")
    counts.add_line(gudang, count.id, "beras", 190)
    counts.close_count(gudang, count.id)
    counts.approve_count(gudang, count.id)
    users.update_user(chair, "gudang", role="ketua")
    promoted = users.login("gudang", "rahasia-123")
    before = dump()
    with pytest.raises(Conflict) as refused:
        counts.approve_count(promoted, count.id)
    assert refused.value.key == "warehouse.count_same_approver"
    assert dump() == before


def test_a_variance_before_later_movements_of_the_item_is_refused_with_its_name(stocked):
    chair, gudang = stocked["chair"], stocked["gudang"]
    count = counts.create_count(gudang, D(2026, 11, 20), "16:00")
    counts.add_line(gudang, count.id, "beras", 190)
    counts.add_line(gudang, count.id, "minyak", 10)             # no variance: no matter
    counts.close_count(gudang, count.id)
    later = movements.record_issue(chair, "beras", D(2026, 11, 21), 5, price=60_000)
    movements.record_issue(chair, "minyak", D(2026, 11, 21), 1, price=15_000)
    row = next(r for r in counts_read.variance_sheet(gudang, count.id).rows if r.code == "beras")
    assert row.later_movement == later.number
    before = dump()
    with pytest.raises(Conflict) as refused:
        counts.approve_count(gudang, count.id)
    assert refused.value.key == "warehouse.count_later_movements"
    assert "Beras medium" in refused.value.message and later.number in refused.value.message
    assert dump() == before
    # a reversal is dated later too: the count is cancelled and done again
    movements.reverse_movement(chair, later.id, "salah catat")
    with pytest.raises(Conflict):
        counts.approve_count(chair, count.id)
    counts.cancel_count(gudang, count.id, "ulangi opname")
    again = counts.create_count(gudang, TODAY, "09:30")     # after the reversal (09:30)
    counts.add_line(gudang, again.id, "beras", 190)
    counts.close_count(gudang, again.id)
    counts.approve_count(gudang, again.id)
    counts.approve_count(chair, again.id)
    assert stock.on_hand("beras")[0] == 190


@pytest.mark.parametrize("item, quantity, unit, error, key", [
    ("gandum", "2", None, NotFound, "warehouse.item_not_found"),
    ("beras", "-2 kg", None, ValidationError, "warehouse.quantity_negative"),
    ("beras", -2, None, ValidationError, "warehouse.quantity_negative"),
    ("beras", "1,5 kg", None, ValidationError, "warehouse.quantity_not_whole"),
    ("beras", 1.5, None, ValidationError, "warehouse.quantity_invalid"),
    ("beras", "2 dus", None, ValidationError, "warehouse.unit_unknown"),
    ("beras", "2", "peti", ValidationError, "warehouse.unit_unknown"),
    ("beras", "dua", None, ValidationError, "warehouse.quantity_invalid"),
])
def test_bad_lines_are_refused_and_change_nothing(stocked, item, quantity, unit, error, key):
    count = counts.create_count(stocked["gudang"], TODAY, "09:00")
    before = dump()
    with pytest.raises(error) as refused:
        counts.add_line(stocked["staf"], count.id, item, quantity, unit)
    assert refused.value.key == key and refused.value.message
    assert dump() == before


def test_bad_counts_are_refused_and_change_nothing(stocked):
    chair, gudang, staf = stocked["chair"], stocked["gudang"], stocked["staf"]
    days.close_day(chair, D(2026, 11, 10))
    before = dump()
    for args, error, key in (
            ((D(2026, 11, 10), "12:00"), DayClosed, "day.closed"),
            ((D(2026, 11, 24), "08:00"), ValidationError, "warehouse.future_date"),
            ((TODAY, "10:00"), ValidationError, "warehouse.count_time_future"),
            ((TODAY, "25:00"), ValidationError, "warehouse.count_time_invalid"),
            ((TODAY, "jam 9"), ValidationError, "warehouse.count_time_invalid")):
        with pytest.raises(error) as refused:
            counts.create_count(gudang, *args)
        assert refused.value.key == key
    with pytest.raises(PermissionDenied):
        counts.create_count(staf, TODAY, "09:00")
    assert dump() == before
    count = counts.create_count(gudang, TODAY, "9.15")
    assert count.counted_at == "09:15"
    with pytest.raises(Conflict) as empty:
        counts.close_count(gudang, count.id)
    assert empty.value.key == "warehouse.count_empty"
    counts.add_line(staf, count.id, "telur", "1 tray")
    counts.close_count(gudang, count.id)
    before = dump()
    with pytest.raises(Conflict) as closed:
        counts.add_line(staf, count.id, "telur", "1 tray")
    assert closed.value.key == "warehouse.count_not_open"
    with pytest.raises(PermissionDenied):
        counts.add_line(stocked["pembaca"], count.id, "telur", 1)
    with pytest.raises(NotFound):
        counts.add_line(staf, 999, "telur", 1)
    assert dump() == before


def test_a_surplus_of_an_item_never_bought_posts_at_no_value(stocked):
    gudang = stocked["gudang"]
    count = counts.create_count(gudang, TODAY, "09:00")
    counts.add_line(gudang, count.id, "telur", "1 tray")
    counts.close_count(gudang, count.id)
    counts.approve_count(stocked["chair"], count.id)
    counts.approve_count(gudang, count.id)
    assert stock.on_hand("telur") == (30, 0)
    assert problems() == {}


def test_a_cancelled_count_takes_no_lines_and_posts_nothing(stocked):
    gudang = stocked["gudang"]
    count = counts.create_count(gudang, TODAY, "09:00")
    counts.add_line(gudang, count.id, "beras", 1)
    done = counts.cancel_count(gudang, count.id, "salah tanggal")
    assert done.status == "cancelled"
    for call in (lambda: counts.add_line(gudang, count.id, "beras", 1),
                 lambda: counts.approve_count(gudang, count.id),
                 lambda: counts.close_count(gudang, count.id)):
        with pytest.raises(Conflict):
            call()


# --- the database and the check ------------------------------------------------------

def _approved(stocked):
    gudang = stocked["gudang"]
    count = counts.create_count(gudang, TODAY, "09:00")
    counts.add_line(gudang, count.id, "beras", "3 karung")
    counts.add_line(stocked["staf"], count.id, "beras", "20 kg")
    counts.close_count(gudang, count.id)
    counts.approve_count(gudang, count.id)
    counts.approve_count(stocked["chair"], count.id)
    assert problems() == {}
    return count


def test_lines_are_append_only_in_the_database(stocked):
    count = _approved(stocked)
    for sql in ("UPDATE stock_count_line SET quantity = 999",
                "DELETE FROM stock_count_line",
                "UPDATE stock_count_variance SET counted = counted + 1, variance = variance + 1",
                "DELETE FROM stock_count_variance",
                "UPDATE stock_count SET status = 'closed'",
                "DELETE FROM stock_count",
                f"INSERT INTO stock_count_line (count_id, item_id, quantity, counted_by,"
                f" created_at) VALUES ({count.id}, 1, 5, 1, '2026-11-23T10:00:00')"):
        with pytest.raises(peewee.IntegrityError, match="append_only"):
            with db.transaction():
                raw(sql)


def test_the_check_catches_lines_typed_after_closing(stocked):
    count = _approved(stocked)
    raw("DROP TRIGGER stock_count_line_no_update")
    raw("UPDATE stock_count_line SET created_at = '2026-11-23T23:00:00' WHERE id = 1")
    found = problems()
    assert any(count.number in p for p in found["check.warehouse_count_lines"])
    assert "check.triggers" in found


def test_the_check_catches_posted_variances_that_differ_from_the_lines(stocked):
    count = _approved(stocked)
    raw("DROP TRIGGER stock_count_variance_no_update")
    raw("UPDATE stock_count_variance SET counted = counted + 5, variance = variance + 5")
    found = problems()
    assert any(count.number in p for p in found["check.warehouse_count_posted"])


def test_the_check_catches_a_line_added_after_posting(stocked):
    count = _approved(stocked)
    raw("DROP TRIGGER stock_count_line_open_only")
    raw("INSERT INTO stock_count_line (count_id, item_id, quantity, counted_by, created_at)"
        " VALUES (?, ?, 5, 1, ?)", (count.id, stocked["beras"].id, count_closed_at(count)))
    found = problems()
    assert any(count.number in p for p in found["check.warehouse_count_posted"])


def count_closed_at(count):
    return raw("SELECT closed_at FROM stock_count WHERE id = ?", (count.id,)).fetchone()[0]


def test_the_check_catches_a_count_movement_without_its_sheet(stocked):
    _approved(stocked)
    chair = stocked["chair"]
    movements.record_adjustment(chair, "minyak", TODAY, -1, reason="rusak", source="count",
                                source_ref="OPN/2026/00099")
    found = problems()
    assert any("OPN/2026/00099" in p for p in found["check.warehouse_count_posted"])


def test_an_approved_sheet_stays_as_approved(stocked):
    """Minyak counted right (no variance, so no adjustment blocks the order
    rule); a movement dated before the count day recorded after the approval
    changes the book at the cut-off, but not the approved sheet."""
    chair, gudang = stocked["chair"], stocked["gudang"]
    count = counts.create_count(gudang, TODAY, "09:00")
    counts.add_line(gudang, count.id, "minyak", "10")
    counts.add_line(gudang, count.id, "beras", "190")
    counts.close_count(gudang, count.id)
    counts.approve_count(gudang, count.id)
    counts.approve_count(chair, count.id)
    before = counts_read.variance_sheet(gudang, count.id)
    movements.record_issue(chair, "minyak", D(2026, 11, 20), 2, price=40_000)
    assert counts_read.book_at_cutoff(stocked["minyak"].id, TODAY, "09:00")[0] == 8
    after = counts_read.variance_sheet(gudang, count.id)
    assert after.rows == before.rows
    minyak = next(r for r in after.rows if r.code == "minyak")
    assert (minyak.book_qty, minyak.counted, minyak.variance) == (10, 10, 0)
