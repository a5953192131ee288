import datetime as dt

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sekretariat import db
from sekretariat.errors import Conflict, DayClosed, PermissionDenied, ValidationError
from sekretariat.services.core import days, journal
from sekretariat.services.core.journal import LineInput

TODAY = dt.date(2026, 11, 23)
LINES = [LineInput("1-100", debit=10_000), LineInput("4-110", credit=10_000)]


def test_close_locks_that_day_and_every_day_before(sessions):
    treasurer = sessions["bendahara"]
    days.close_day(treasurer, dt.date(2026, 11, 20), "tutup kas")
    assert days.lock_date() == dt.date(2026, 11, 20)
    for day in (dt.date(2026, 11, 20), dt.date(2026, 1, 1)):
        with pytest.raises(DayClosed) as info:
            journal.post_entry(treasurer, day, "terlambat", LINES)
        assert "20 Nov 2026" in info.value.message
    journal.post_entry(treasurer, dt.date(2026, 11, 21), "masih buka", LINES)


def test_database_triggers_refuse_raw_sql_on_closed_days(chair):
    entry = journal.post_entry(chair, dt.date(2026, 11, 19), "x", LINES)
    days.close_day(chair, dt.date(2026, 11, 20))
    conn = db.current_database()
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        conn.execute_sql(
            "INSERT INTO journal_entry (number, entry_date, memo, created_by, created_at, digest)"
            " VALUES ('JU/2026/99999', '2026-11-20', 'lewat SQL', 1, 'now', 'x')")
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        conn.execute_sql(
            "INSERT INTO journal_line (entry_id, entry_date, account_id, debit)"
            " VALUES (?, '2026-11-19', 1, 5)", (entry.id,))
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        conn.execute_sql(
            "INSERT INTO journal_entry (number, entry_date, memo, created_by, created_at, digest,"
            " reverses_id) VALUES ('JU/2026/99998', '2026-11-20', 'balik', 1, 'now', 'x', ?)",
            (entry.id,))


def test_only_the_chair_reopens_with_a_reason(sessions):
    treasurer, chair = sessions["bendahara"], sessions["ketua"]
    days.close_day(treasurer, dt.date(2026, 11, 18))
    days.close_day(treasurer, dt.date(2026, 11, 20))
    with pytest.raises(PermissionDenied):
        days.reopen_day(treasurer, dt.date(2026, 11, 18), "bendahara mencoba membuka")
    with pytest.raises(ValidationError) as info:
        days.reopen_day(chair, dt.date(2026, 11, 18), "salah")
    assert info.value.key == "day.reason_short"
    reopened = days.reopen_day(chair, dt.date(2026, 11, 18), "setoran parkir terlewat dicatat")
    assert reopened == [dt.date(2026, 11, 18), dt.date(2026, 11, 20)]
    assert days.lock_date() is None
    journal.post_entry(treasurer, dt.date(2026, 11, 18), "setoran terlewat", LINES)
    history = days.list_closed_days(chair)
    assert all(not d.is_current and d.reopened_by == "ketua" for d in history)
    assert history[0].reopen_reason == "setoran parkir terlewat dicatat"
    actions = [r[0] for r in db.current_database().execute_sql(
        "SELECT action FROM audit_log WHERE entity = 'closed_day' ORDER BY id")]
    assert actions == ["day.close", "day.close", "day.reopen"]


def test_refusals(sessions):
    with pytest.raises(PermissionDenied):
        days.close_day(sessions["parkir"], dt.date(2026, 11, 20))
    with pytest.raises(ValidationError):
        days.close_day(sessions["bendahara"], TODAY + dt.timedelta(days=1))
    days.close_day(sessions["bendahara"], dt.date(2026, 11, 20))
    with pytest.raises(DayClosed):
        days.close_day(sessions["bendahara"], dt.date(2026, 11, 19))
    with pytest.raises(Conflict):
        days.reopen_day(sessions["ketua"], dt.date(2026, 11, 22), "hari ini tidak ditutup")


def test_closed_day_rows_are_append_only(chair):
    days.close_day(chair, dt.date(2026, 11, 20))
    conn = db.current_database()
    with pytest.raises(peewee.IntegrityError):
        conn.execute_sql("DELETE FROM closed_day")
    with pytest.raises(peewee.IntegrityError):
        conn.execute_sql("UPDATE closed_day SET day = '2026-11-01'")


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offset=st.integers(min_value=0, max_value=400), close_after=st.integers(0, 30))
def test_closed_days_are_immutable(chair, offset, close_after):
    """After a close, nothing dated on or before it can be posted or reversed."""
    lock = days.lock_date()
    close_on = TODAY - dt.timedelta(days=close_after)
    if lock is None or close_on > lock:
        days.close_day(chair, close_on)
    lock = days.lock_date()
    before = db.current_database().execute_sql("SELECT count(*) FROM journal_line").fetchone()
    day = lock - dt.timedelta(days=offset)
    with pytest.raises(DayClosed):
        journal.post_entry(chair, day, "ditolak", LINES)
    after = db.current_database().execute_sql("SELECT count(*) FROM journal_line").fetchone()
    assert before == after
