"""Dates stored one way (ISO CHECK on every date column), migration 0004 on
a version-3 database, and the closed-day gaps: lease end/cancel, raw reopen,
and correcting a closed day's payment by a reversal dated today."""

import datetime as dt
import re
import sqlite3

import peewee
import pytest
from test_leases_closed_days import BEFORE, LOCK, closed  # noqa: F401  (fixture)
from test_leases_support import TODAY

from sekretariat import db
from sekretariat.db import _split_sql
from sekretariat.errors import DayClosed
from sekretariat.migrations import all_migrations
from sekretariat.services.core import check, days
from sekretariat.services.leasing import lease_endings, leases, payments, receivables

#: The rule: a TEXT column named 'day' or ending in _date/_on/_from/_until,
#: or period_start/period_end, holds a date (timestamps end in _at).
DATE_COLUMN = re.compile(r"^(day|.*_date|.*_on|.*_from|.*_until|period_start|period_end)$")
BAD_DATES = ("2026/11/30", "30/11/2026", "2026-11-30T09:00", "2026-11-31", "kemarin")


def _date_columns(conn) -> list[tuple[str, str, bool]]:
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"
                                 " AND name NOT LIKE 'sqlite_%'"):
        for _, name, kind, notnull, _, _ in conn.execute(f"PRAGMA table_info({table})"):
            if DATE_COLUMN.match(name) or kind.upper() == "DATE":
                found.append((table, name, bool(notnull)))
    return found


def test_every_date_column_refuses_a_non_iso_value(db_path):
    conn = sqlite3.connect(db_path)
    columns = _date_columns(conn)
    assert len(columns) >= 25
    for table, column, _ in columns:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        assert f"date({column}, '+0 days') IS {column}" in sql, (table, column)
    conn.close()


def test_raw_sql_with_a_non_iso_date_is_refused(chair, closed):  # noqa: F811
    conn = db.current_database()
    targets = [("payment", "paid_on", "id = ?", closed["payment"].id),
               ("lease", "end_date", "id = ?", closed["lease"].id),
               ("closed_day", "day", "day = ?", LOCK.isoformat())]
    for table, column, where, key in targets:
        for bad in BAD_DATES:
            with pytest.raises(peewee.IntegrityError):
                conn.execute_sql(f"UPDATE {table} SET {column} = ? WHERE {where}", (bad, key))
    for bad in BAD_DATES:
        with pytest.raises(peewee.IntegrityError, match="CHECK"):
            conn.execute_sql("INSERT INTO journal_entry (number, entry_date, memo, created_by,"
                             " created_at, digest) VALUES ('JU/2026/99999', ?, 'x', 1, 'n', 'x')",
                             (bad,))
        with pytest.raises(peewee.IntegrityError, match="CHECK"):
            conn.execute_sql("INSERT INTO closed_day (day, closed_by, closed_at) VALUES (?, 1, 'n')",
                             (bad,))


def test_a_version_3_database_migrates_to_4_with_its_data(tmp_path):
    path = tmp_path / "old.sqlite"
    raw = sqlite3.connect(path)
    for migration in all_migrations()[:3]:
        for statement in _split_sql(migration.sql):
            raw.execute(statement)
    raw.execute(f"PRAGMA application_id = {db.APPLICATION_ID}")
    raw.execute("PRAGMA user_version = 3")
    raw.execute("INSERT INTO app_user (username, full_name, role, password_hash, created_at)"
                " VALUES ('ketua', 'Ketua', 'ketua', 'x', '2026-11-01T08:00:00')")
    raw.execute("INSERT INTO journal_entry (number, entry_date, memo, created_by, created_at,"
                " digest) VALUES ('JU/2026/00001', '2026-11-02', 'lama', 1, 'n', 'd')")
    raw.execute("INSERT INTO journal_line (entry_id, entry_date, account_id, debit)"
                " VALUES (1, '2026-11-02', 1, 500)")
    raw.execute("INSERT INTO journal_line (entry_id, entry_date, account_id, credit)"
                " VALUES (1, '2026-11-02', 8, 500)")
    raw.execute("INSERT INTO closed_day (day, closed_by, closed_at) VALUES ('2026-11-02', 1, 'n')")
    raw.commit()
    before = {t: raw.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
              for t in ("journal_entry", "journal_line", "closed_day", "app_user")}
    raw.close()
    conn = db.open_database(path)
    assert conn.execute_sql("PRAGMA user_version").fetchone()[0] >= 4
    for table, rows in before.items():
        assert conn.execute_sql(f"SELECT * FROM {table} ORDER BY 1").fetchall() == rows
    assert conn.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    present = {r[0] for r in conn.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert check._expected_triggers() <= present
    report = check.integrity_report()
    triggers = [i for i in report.items if i.key == "check.triggers"][0]
    assert triggers.ok, triggers.details
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        conn.execute_sql("INSERT INTO journal_entry (number, entry_date, memo, created_by,"
                         " created_at, digest) VALUES ('JU/2026/00002', '2026-11-01', 'x', 1,"
                         " 'n', 'd')")


def test_ending_a_lease_inside_closed_days_is_refused(chair, closed):  # noqa: F811
    with pytest.raises(DayClosed) as info:
        lease_endings.terminate_lease(chair, closed["lease"].id, BEFORE, "pindah")
    assert info.value.key == "lease.end_in_closed_day"
    with pytest.raises(DayClosed) as info:
        leases.cancel_lease(chair, closed["lease"].id, "salah catat")
    assert info.value.key == "lease.cancel_in_closed_day"
    conn = db.current_database()
    lease_id = closed["lease"].id
    for raw in (f"UPDATE lease SET status = 'ended', ended_on = '{BEFORE}', end_reason = 'x',"
                f" closed_on = '{TODAY}' WHERE id = {lease_id}",
                f"UPDATE lease SET status = 'cancelled', end_reason = 'x', closed_on = '{TODAY}'"
                f" WHERE id = {lease_id}",
                f"UPDATE lease SET end_reason = 'diubah' WHERE id = {lease_id}"):
        with pytest.raises(peewee.IntegrityError, match="closed_day"):
            conn.execute_sql(raw)
    assert lease_endings.terminate_lease(chair, lease_id, LOCK, "pindah").ended_on == LOCK


def test_a_raw_reopen_without_its_audit_record_is_refused(chair, closed):  # noqa: F811
    with pytest.raises(peewee.IntegrityError, match="reopen_unaudited"):
        db.current_database().execute_sql(
            "UPDATE closed_day SET reopened_by = 1, reopened_at = 'n', reopen_reason = 'tanpa audit'")
    assert days.lock_date() == LOCK
    assert days.reopen_day(chair, LOCK, "koreksi setoran yang terlewat") == [LOCK]
    assert days.lock_date() is None


def test_a_closed_days_payment_is_voided_by_a_reversal_dated_today(chair, closed):  # noqa: F811
    conn = db.current_database()
    pid = closed["payment"].id
    cols = ("receipt_number, trader_id, purpose, lease_id, paid_on, amount, method, reference,"
            " memo, journal_entry_id, created_by, created_at")
    original = conn.execute_sql(f"SELECT {cols} FROM payment WHERE id = ?", (pid,)).fetchone()
    entry_id = original[-3]
    entry = conn.execute_sql("SELECT * FROM journal_entry WHERE id = ?", (entry_id,)).fetchall()
    lines = conn.execute_sql("SELECT * FROM journal_line WHERE entry_id = ?", (entry_id,)).fetchall()
    allocations = conn.execute_sql("SELECT * FROM invoice_allocation ORDER BY id").fetchall()
    closed_days = conn.execute_sql("SELECT * FROM closed_day").fetchall()
    with pytest.raises(DayClosed):
        payments.void_payment(chair, pid, "salah catat", LOCK)
    voided = payments.void_payment(chair, pid, "salah catat")
    assert voided.voided and voided.voided_on == TODAY
    assert conn.execute_sql(f"SELECT {cols} FROM payment WHERE id = ?", (pid,)).fetchone() == original
    assert conn.execute_sql("SELECT * FROM journal_entry WHERE id = ?", (entry_id,)).fetchall() == entry
    assert conn.execute_sql("SELECT * FROM journal_line WHERE entry_id = ?",
                            (entry_id,)).fetchall() == lines
    assert conn.execute_sql("SELECT * FROM invoice_allocation ORDER BY id").fetchall()[
        :len(allocations)] == allocations
    assert conn.execute_sql("SELECT * FROM closed_day").fetchall() == closed_days
    reversal = conn.execute_sql("SELECT entry_date FROM journal_entry WHERE reverses_id = ?",
                                (entry_id,)).fetchone()
    assert reversal == (TODAY.isoformat(),)
    assert receivables.verify() == ()
    open_amount = conn.execute_sql("SELECT open_amount FROM invoice_open WHERE invoice_id = ?",
                                   (closed["invoice"].invoice_id,)).fetchone()[0]
    assert open_amount == 300_000
    # the closed day's rows still refuse raw edits
    for raw in (f"UPDATE payment SET amount = 1 WHERE id = {pid}",
                f"UPDATE journal_line SET debit = 1 WHERE entry_id = {entry_id}",
                "INSERT INTO journal_entry (number, entry_date, memo, created_by, created_at,"
                f" digest) VALUES ('JU/2026/99999', '{LOCK}', 'x', 1, 'n', 'x')"):
        with pytest.raises(peewee.IntegrityError):
            conn.execute_sql(raw)


def test_a_closed_days_void_stamp_needs_its_reversal(chair, closed):  # noqa: F811
    invoice_id = closed["invoice"].invoice_id
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        db.current_database().execute_sql(
            f"UPDATE invoice SET void_entry_id = 1, voided_on = '{TODAY}', void_reason = 'x'"
            f" WHERE id = {invoice_id}")


def test_every_date_column_with_rows_refuses_raw_non_iso_updates(chair, closed, tmp_path):  # noqa: F811
    """On a copy with the triggers dropped, so that only the CHECK answers."""
    copy = db.backup_to(db.current_database(), tmp_path / "copy")
    conn = sqlite3.connect(copy)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    tried = set()
    for table, column, _ in _date_columns(conn):
        if conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0:
            continue
        tried.add(table)
        for bad in BAD_DATES:
            with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
                conn.execute(f"UPDATE {table} SET {column} = ?", (bad,))
    assert {"journal_entry", "lease", "invoice", "payment", "closed_day",
            "fee_collection", "deposit_movement"} <= tried
    conn.close()
