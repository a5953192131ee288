"""The demo's cash area is real: every closed day is closed through the cash
module (the drawer counted by denomination, the differences on 5-900 with a
note, one approved by the chair), other income and expenses are numbered
vouchers, and a person trying the demo can close the next day."""

from __future__ import annotations

import datetime as dt
import random

from demohelp import TODAY, demo_fixture, login, opened, rows  # noqa: F401  (opened: fixture)

from sekretariat.demo.cash_events import count_drawer
from sekretariat.services.cash import close, close_read, vouchers, witness
from sekretariat.services.cash.balance import CASH, journal_balance_at_end_of
from sekretariat.services.cash.settings import get_settings
from sekretariat.services.core import check

demo = demo_fixture("cash")


def test_every_closed_day_has_a_close_in_force_that_counted_the_books(opened):
    treasurer = login(opened, "bendahara")
    day = opened.history_start
    while day <= opened.closed_through:
        found = close_read.close_in_force(treasurer, day)
        assert not found.zero_day and found.counted_by == "rosmala"
        assert found.counted == sum(c.amount for c in found.counts)
        assert found.counted == journal_balance_at_end_of(CASH, day)
        assert found.difference == found.counted - found.expected
        assert {(c.form, c.denomination) for c in found.counts} == {
            (d.form, d.value) for d in get_settings().denominations}
        day += dt.timedelta(days=1)
    assert rows("SELECT count(*) FROM closed_day") == rows("SELECT count(*) FROM cash_close")


def test_most_counts_are_exact_some_differ_with_a_note_one_approved_by_the_chair(opened):
    treasurer = login(opened, "bendahara")
    closes = close_read.list_closes(treasurer, limit=1_000)
    off = [c for c in closes if c.difference]
    assert 3 <= len(off) <= len(closes) // 4
    assert all(c.note and c.difference_entry for c in off)
    threshold = get_settings().approval_threshold
    approved = [c for c in closes if c.approved_by]
    assert len(approved) == 1
    assert approved[0].approved_by == "zainal" and abs(approved[0].difference) > threshold
    assert all(abs(c.difference) <= threshold for c in off if not c.approved_by)
    assert rows("SELECT count(*) FROM audit_log WHERE action = 'cash.approve'") == [(1,)]
    # each difference is one 5-900 entry of the close; no manual entry stands in for it
    assert rows("SELECT count(*) FROM journal_entry WHERE source = 'cash.difference'") == [
        (len(off),)]
    assert rows("SELECT count(*) FROM journal_line l JOIN account a ON a.id = l.account_id"
                " JOIN journal_entry e ON e.id = l.entry_id"
                " WHERE a.code = '5-900' AND e.source <> 'cash.difference'") == [(0,)]


def test_other_income_and_expenses_are_numbered_vouchers(opened):
    treasurer = login(opened, "bendahara")
    found = vouchers.list_vouchers(treasurer, opened.history_start, TODAY, limit=10_000)
    kinds = {v.kind for v in found}
    assert kinds == {"income", "expense", "to_bank", "remit"}
    for item in found:
        series = "BKM" if item.money_in else "BKK"
        assert item.number.startswith(f"{series}/{item.voucher_date.year}/")
    for series in ("BKM", "BKK"):   # gap-free
        numbers = sorted(int(v.number.rsplit("/", 1)[1]) for v in found
                         if v.number.startswith(series) and v.voucher_date.year == 2026)
        assert numbers == list(range(1, len(numbers) + 1))
    assert any(v.is_void for v in found)
    assert {v.cash_account for v in found if v.kind == "remit"} == {"1-110"}
    toilet = vouchers.find_voucher(treasurer, next(v.number for v in found
                                                  if v.counter_account == "4-900"))
    assert toilet.kind == "income" and toilet.memo.startswith("Pendapatan toilet umum")
    # nothing else moves the drawer by hand: only the opening is a manual entry
    # on 1-100 (parking hand-overs are shift reports, source 'parking')
    manual = {ref.split("/")[0] for ref, in rows(
        "SELECT DISTINCT coalesce(e.source_ref, '') FROM journal_entry e"
        " JOIN journal_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id"
        " WHERE a.code = '1-100' AND e.source = 'manual'")}
    assert manual == {"saldo-awal"}


def test_the_demo_checks_clean_and_a_close_witness_verifies(opened):
    report = check.integrity_report()
    assert report.ok, [(item.key, item.problems) for item in report.items if not item.ok]
    treasurer = login(opened, "bendahara")
    last = close_read.close_in_force(treasurer, opened.closed_through)
    assert witness.verify(opened.closed_through, witness.for_close(last.id).short) == []


def test_the_person_trying_the_demo_closes_the_next_day(opened):
    treasurer = login(opened, "bendahara")
    status = close_read.close_status(treasurer)
    day = opened.closed_through + dt.timedelta(days=1)
    assert status.lock_date == opened.closed_through and status.next_to_close == day
    draft = close_read.prepare_close(treasurer, day)
    yesterday = day - dt.timedelta(days=1)
    assert draft.has_activity and draft.opening == journal_balance_at_end_of(CASH, yesterday)
    counts = count_drawer(draft.expected, draft.settings.denominations, random.Random(1))
    result = close.close_cash_day(treasurer, day, counts, expected_seen=draft.expected)
    assert result.close.counted == draft.expected and result.close.difference == 0
    assert check.integrity_report().ok
