"""The demo records its daily fees (retribusi harian) through the daily-fee
service, as real use does: collections (setoran) with their lines, each
with its cash entry; no manual journal entry stands in for them."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from argon2 import PasswordHasher

from sekretariat import db
from sekretariat.demo.build import build_demo
from sekretariat.services.core import check, passwords, users
from sekretariat.services.leasing import daily_fees

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    return build_demo(tmp_path_factory.mktemp("fees") / "demo.sqlite", today=TODAY)


def _rows(path, sql, params=()):
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()


def test_every_closed_day_has_the_collectors_setoran(demo):
    days = {d for d, in _rows(demo.path, "SELECT DISTINCT fee_date FROM fee_collection")}
    first = demo.history_start
    expected = {(first + dt.timedelta(days=n)).isoformat()
                for n in range((demo.closed_through - first).days + 1)}
    assert days == expected
    collectors = _rows(demo.path, "SELECT fee_date, count(DISTINCT collector_id)"
                                  " FROM fee_collection GROUP BY 1")
    assert {n for _, n in collectors} == {2}
    paid, unpaid = _rows(demo.path, "SELECT sum(paid), sum(1 - paid) FROM fee_collection_line")[0]
    assert paid > 0 and unpaid > 0


def test_each_setoran_is_its_own_cash_entry_and_no_manual_entry_stands_in(demo):
    bad = _rows(demo.path, "SELECT c.number FROM fee_collection c JOIN journal_entry e"
                           " ON e.id = c.journal_entry_id WHERE e.source <> 'fee_collection'"
                           " OR e.source_ref <> c.number OR e.entry_date <> c.fee_date")
    assert not bad
    manual = _rows(demo.path, "SELECT count(*) FROM journal_line l JOIN journal_entry e"
                              " ON e.id = l.entry_id JOIN account a ON a.id = l.account_id"
                              " WHERE a.code = '4-110' AND e.source = 'manual'")
    assert manual == [(0,)]
    assert not _rows(demo.path, "SELECT 1 FROM journal_entry WHERE source_ref LIKE 'iuran/%'")
    income, collected = _rows(demo.path, """
        SELECT (SELECT sum(l.credit - l.debit) FROM journal_line l JOIN account a
                ON a.id = l.account_id WHERE a.code = '4-110'),
               (SELECT sum(collected) FROM fee_collection WHERE voided_on IS NULL)""")[0]
    assert income == collected > 0


def test_the_daily_fee_screens_read_them_and_check_is_clean(demo):
    db.open_database(demo.path)
    try:
        treasurer = next(a for a in demo.accounts if a[1] == "bendahara")
        session = users.login(treasurer[0], treasurer[2])
        page = daily_fees.list_collections(session, date_to=demo.closed_through, limit=5)
        assert len(page.rows) == 5 and page.has_more
        newest = daily_fees.get_collection(session, page.rows[0].id)
        assert newest.fee_date == demo.closed_through and newest.journal_number
        assert newest.collected == sum(l.amount for l in newest.lines if l.paid) > 0
        report = check.integrity_report()
        assert report.ok, [(item.key, item.problems) for item in report.items if not item.ok]
    finally:
        db.close_database()
