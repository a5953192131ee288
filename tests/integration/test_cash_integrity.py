"""The close is all or nothing (a kill mid-close), its backup opens and passes
``check``, the paper witness catches a rewritten audit chain, every cash rule
in ``check`` sees raw-SQL tampering, and after a cash close no module can
write into the day (services and raw SQL)."""

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import peewee
import pytest
import test_leases_closed_days as leasing_closed
from cashhelp import count_for, journal_cash, table_counts
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from test_leases_closed_days import BEFORE, LOCK

from sekretariat import db
from sekretariat.errors import DatabaseError
from sekretariat.services.cash import close, close_read, vouchers, witness
from sekretariat.services.core import audit, check

D1, D2 = dt.date(2026, 11, 20), dt.date(2026, 11, 21)


@pytest.fixture
def treasurer(sessions):
    return sessions["bendahara"]


@pytest.fixture
def closed_d1(treasurer):
    vouchers.record_income(treasurer, D1, "4-900", 500_000, "Toilet", "Pendapatan toilet")
    expense = vouchers.record_expense(treasurer, D1, "5-300", 120_000, "Pak Udin", "Sapu")
    vouchers.record_income(treasurer, D2, "4-900", 40_000, "Toilet", "Pendapatan toilet")
    result = close.close_cash_day(treasurer, D1, count_for(379_000), "receh kurang")
    vouchers.void_voucher(treasurer, expense.id, "salah catat")
    return result


def _failed():
    return {item.key: item.problems for item in check.integrity_report().items if not item.ok}


def _tamper(*statements):
    raw = sqlite3.connect(str(db.current_path()), isolation_level=None)
    try:
        for sql in statements:
            raw.execute(sql)
    finally:
        raw.close()


def test_a_healthy_cash_database_passes_check(closed_d1):
    assert _failed() == {}


@pytest.mark.parametrize("statements, rules", [
    (["DROP TRIGGER cash_close_no_update",
      "UPDATE cash_close SET counted = counted + 2000, difference = difference + 2000"
      " WHERE day = '2026-11-20'"],
     {"check.cash_close_balance", "check.cash_close_count", "check.cash_close_difference",
      "check.cash_close_audit"}),
    (["DROP TRIGGER cash_close_count_no_update",
      "UPDATE cash_close_count SET quantity = quantity + 1 WHERE denomination = 500"],
     {"check.cash_close_count"}),
    (["DROP TRIGGER cash_close_no_update",
      "UPDATE cash_close SET opening = 5 WHERE day = '2026-11-20'"],
     {"check.cash_close_balance", "check.cash_close_audit"}),
    (["DROP TRIGGER cash_close_no_update",
      "UPDATE cash_close SET difference_entry_id = (SELECT journal_entry_id FROM cash_voucher"
      " LIMIT 1) WHERE day = '2026-11-20'"],
     {"check.cash_close_difference", "check.cash_close_audit"}),
    (["DROP TRIGGER cash_voucher_fixed", "DROP TRIGGER cash_voucher_closed_day_update",
      "UPDATE cash_voucher SET amount = amount + 1 WHERE number = 'BKM/2026/00001'"],
     {"check.cash_vouchers"}),
    (["DROP TRIGGER cash_voucher_fixed", "DROP TRIGGER cash_voucher_closed_day_update",
      "UPDATE cash_voucher SET counter_account = '4-100' WHERE number = 'BKM/2026/00001'"],
     {"check.cash_vouchers"}),
    (["DROP TRIGGER cash_voucher_fixed", "DROP TRIGGER cash_voucher_closed_day_update",
      "UPDATE cash_voucher SET voided_on = '2026-11-22' WHERE number = 'BKK/2026/00001'"],
     {"check.cash_vouchers"}),
])
def test_each_cash_rule_sees_tampering(closed_d1, statements, rules):
    _tamper(*statements)
    found = set(_failed()) - {"check.triggers"}
    assert found == rules


@pytest.fixture
def cash_closed(chair):
    """The leasing suite's documents of every kind dated 19 Nov, closed up to
    20 Nov by the treasurer's cash close instead of a bare lock."""
    from sekretariat.services.core import days

    documents = leasing_closed.documents_of_every_kind(chair)
    close.close_cash_day(chair, BEFORE, count_for(journal_cash(BEFORE)))
    close.close_cash_day(chair, LOCK, count_for(journal_cash(LOCK)))
    assert days.lock_date() == LOCK
    return documents


def test_after_a_cash_close_no_service_writes_into_the_day(chair, cash_closed):
    leasing_closed.test_every_service_write_refuses_a_closed_day(chair, cash_closed)


@pytest.mark.parametrize("name", sorted(leasing_closed.RAW_REFUSED))
def test_after_a_cash_close_raw_sql_is_refused(cash_closed, name):
    leasing_closed.test_the_database_refuses_raw_sql_on_closed_days(cash_closed, name)


CASH_RAW_REFUSED = [
    "INSERT INTO journal_entry (number, entry_date, memo, created_by, created_at, digest)"
    " VALUES ('JU/2026/09999', '2026-11-20', 'x', 1, 'n', 'x')",
    "INSERT INTO cash_voucher (number, kind, voucher_date, cash_account, counter_account, amount,"
    " memo, journal_entry_id, created_by, created_at) VALUES ('BKM/2026/09999', 'income',"
    " '2026-11-20', '1-100', '4-900', 1, 'x', 1, 1, 'x')",
    "UPDATE cash_voucher SET void_entry_id = 1, voided_on = '2026-11-23', void_reason = 'x'"
    " WHERE number = 'BKM/2026/00001'",
    "INSERT INTO cash_close (day, opening, expected, counted, difference, counted_by,"
    " closed_day_id, created_at) VALUES ('2026-11-19', 0, 0, 0, 0, 1, 1, 'x')",
    "INSERT INTO cash_close_count (close_id, form, denomination, quantity)"
    " VALUES (1, 'note', 2000, 1)",
]


@pytest.mark.parametrize("sql", CASH_RAW_REFUSED)
def test_raw_sql_into_a_closed_cash_day_is_refused(closed_d1, treasurer, sql):
    close.close_cash_day(treasurer, D2, count_for(419_000))
    with pytest.raises(peewee.IntegrityError, match="closed_day|append_only"):
        db.current_database().execute_sql(sql)


@pytest.mark.parametrize("sql", [
    "UPDATE cash_close SET counted = 1", "DELETE FROM cash_close",
    "UPDATE cash_close_count SET quantity = 1", "DELETE FROM cash_close_count",
    "UPDATE cash_voucher SET amount = 1", "DELETE FROM cash_voucher"])
def test_closes_and_vouchers_are_append_only(closed_d1, sql):
    with pytest.raises(peewee.IntegrityError, match="append_only|closed_day"):
        db.current_database().execute_sql(sql)


_KILLED = textwrap.dedent("""
    import sys, time, datetime as dt
    from argon2 import PasswordHasher
    from sekretariat import clock, db
    from sekretariat.services.core import audit, passwords, users
    from sekretariat.services.cash import close
    sys.path.insert(0, {helpers!r})
    from cashhelp import count_for
    passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    clock.freeze(dt.datetime(2026, 11, 23, 9, 30))
    db.open_database({path!r})
    session = users.login("bendahara", "rahasia-123")
    real = audit.record_many
    def slow(*args, **kwargs):
        real(*args, **kwargs)
        if args[1] and args[1][0][0] == "cash.close":
            print("inside", flush=True)
            time.sleep(30)
    audit.record_many = slow
    close.close_cash_day(session, dt.date(2026, 11, 21), count_for(419_000))
""")


def test_a_kill_during_the_close_leaves_the_day_open(closed_d1, treasurer, tmp_path):
    """Zero day 21 Nov? no: 21 Nov has activity; the child closes it and is
    killed after every row of the close is written but before COMMIT."""
    before = table_counts()
    path = str(db.current_path())
    db.close_database()
    script = _KILLED.format(path=path, helpers=os.path.dirname(__file__))
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "inside"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    db.open_database(path)
    after = table_counts()
    assert after.pop("audit_log") == before.pop("audit_log") + 1   # the child's login only
    assert after == before
    assert close_read.close_status(treasurer).lock_date == D1
    assert _failed() == {}
    close.close_cash_day(treasurer, D2, count_for(419_000))   # and it still closes


def test_the_backup_opens_and_passes_check(closed_d1, treasurer):
    result = close.close_and_back_up(treasurer, D2, count_for(419_000))
    assert result.backup_error is None and os.path.isfile(result.backup_path)
    from sekretariat.services.core import backup
    assert backup.last_backup().path == result.backup_path
    live = db.current_path()
    db.open_database(result.backup_path)
    try:
        assert _failed() == {}
        assert close_read.close_in_force(treasurer, D2).counted == 419_000
    finally:
        db.open_database(live)


def test_a_failed_backup_never_undoes_the_close(closed_d1, treasurer, monkeypatch):
    def broken(*args, **kwargs):
        raise DatabaseError("db.unwritable", path="/backups")
    monkeypatch.setattr(db, "backup_to", broken)
    result = close.close_and_back_up(treasurer, D2, count_for(419_000))
    assert result.backup_error and result.backup_path is None
    assert close_read.close_in_force(treasurer, D2).counted == 419_000


def test_backups_keep_thirty_daily_and_twelve_monthly(closed_d1, treasurer):
    from sekretariat.services.cash import backups

    folder = backups.folder()
    folder.mkdir(exist_ok=True)
    stem = db.current_path().stem
    for n in range(1, 36):
        (folder / f"{stem}-harian-202510{n % 28 + 1:02d}-0{n:05d}.sqlite").write_bytes(b"x")
    for n in range(1, 13):
        (folder / f"{stem}-bulanan-2025{n:02d}.sqlite").write_bytes(b"x")
    done = backups.daily_backup(treasurer)
    daily = sorted(p.name for p in folder.glob(f"{stem}-harian-*.sqlite"))
    monthly = sorted(p.name for p in folder.glob(f"{stem}-bulanan-*.sqlite"))
    assert len(daily) == 30 and os.path.basename(done.path) in daily
    assert len(monthly) == 12 and f"{stem}-bulanan-202611.sqlite" in monthly
    assert f"{stem}-bulanan-202501.sqlite" not in monthly


def test_the_witness_catches_a_rewritten_chain(closed_d1, treasurer):
    paper = closed_d1.witness
    assert witness.verify(D1, paper.short) == []
    # rewrite an audit row written before the close, then re-hash the chain from
    # there on, as someone covering their tracks would: the chain verifies again
    raw = sqlite3.connect(str(db.current_path()), isolation_level=None)
    raw.execute("DROP TRIGGER audit_log_no_update")
    rows = raw.execute("SELECT id, at, user_id, username, action, entity, entity_id, before,"
                       " after FROM audit_log ORDER BY id").fetchall()
    prev = audit.GENESIS
    for row_id, at, user_id, username, action, entity, entity_id, before, after in rows:
        if action == "cash.voucher" and '"Sapu"' in after:
            after = after.replace('"Sapu"', '"Sapu ijuk"')
        digest = audit.chain_hash(prev, at, user_id, username, action, entity, entity_id,
                                  before, after)
        raw.execute("UPDATE audit_log SET after = ?, prev_hash = ?, hash = ? WHERE id = ?",
                    (after, prev, digest, row_id))
        prev = digest
    raw.close()
    assert audit.verify_chain()[1] == []
    assert "check.audit_chain" not in _failed()
    problems = witness.verify(D1, paper.short)
    assert problems and "20 Nov 2026" in problems[0]


@hsettings(max_examples=15, deadline=None,
           suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(1, 400), st.integers(-3, 3)),
                min_size=1, max_size=6))
def test_every_close_counts_what_the_journal_says(sessions, plan):
    """Random days of income and expenses, each closed with a count a little
    off: the expected is always the journal's, and after each close the drawer
    in the journal is exactly what was counted."""
    from sekretariat import clock

    treasurer = sessions["bendahara"]
    lock = close_read.earliest_open_day() or dt.date(2026, 1, 1)
    day = max(lock, dt.date(2026, 1, 1))
    for gap, thousands, off in plan:
        day = day + dt.timedelta(days=gap)
        if day > clock.today():
            break
        vouchers.record_income(treasurer, day, "4-900", thousands * 1_000, "A", "masuk")
        held = journal_cash(day)
        spend = min(held, thousands * 500)
        if spend:
            vouchers.record_expense(treasurer, day, "5-800", spend, "B", "keluar")
        draft = close_read.prepare_close(treasurer, day)
        assert draft.expected == journal_cash(day)
        counted = max(0, draft.expected + off * 500)
        close.close_cash_day(treasurer, day, count_for(counted), "selisih" if off else "")
        assert journal_cash(day) == counted
        day = day + dt.timedelta(days=1)
    assert _failed() == {}
