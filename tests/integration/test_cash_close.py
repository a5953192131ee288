"""The end-of-day close: the expected balance is the journal's, the count is
by denomination, a difference needs a note (and the chair above the limit),
days close in order (zero days with the next), reopening and closing again
shows what changed; bad input changes nothing."""

import datetime as dt

import pytest
from cashhelp import count_for, journal_cash, table_counts

from sekretariat import clock
from sekretariat.errors import AuthError, Conflict, DayClosed, PermissionDenied, ValidationError
from sekretariat.services.cash import close, close_read, settings, vouchers
from sekretariat.services.core import audit, days, journal, users
from sekretariat.services.core.journal import LineInput

PASSWORD = "rahasia-123"
D1, D2, D3, TODAY = (dt.date(2026, 11, 20), dt.date(2026, 11, 21), dt.date(2026, 11, 22),
                     dt.date(2026, 11, 23))


@pytest.fixture
def treasurer(sessions):
    return sessions["bendahara"]


@pytest.fixture
def busy(treasurer):
    """Cash in and out on 20 Nov and 22 Nov; nothing on 21 Nov."""
    vouchers.record_income(treasurer, D1, "4-900", 500_000, "Toilet", "Pendapatan toilet")
    vouchers.record_expense(treasurer, D1, "5-300", 120_000, "Pak Udin", "Sapu lidi")
    vouchers.transfer(treasurer, D1, "to_bank", 200_000, "Setor Bank Sumsel")
    vouchers.record_income(treasurer, D3, "4-900", 65_000, "Toilet", "Pendapatan toilet")
    return treasurer


def _refused(call, kind=ValidationError, key=None):
    before = table_counts()
    with pytest.raises(kind) as info:
        call()
    if key:
        assert info.value.key == key, info.value.key
    assert table_counts() == before
    return info.value


def test_the_draft_shows_every_source_and_the_journals_balance(busy):
    draft = close_read.prepare_close(busy, D1)
    assert draft.opening == 0 and draft.expected == 180_000 == journal_cash(D1)
    assert {(s.source, s.money_in, s.money_out) for s in draft.sources} == {
        ("cash.income", 500_000, 0), ("cash.expense", 0, 120_000), ("cash.to_bank", 0, 200_000)}
    assert (draft.total_in, draft.total_out) == (500_000, 320_000)
    assert draft.settings.blind_count and draft.zero_days == ()


def test_an_exact_count_closes_the_day_everywhere(busy):
    result = close.close_cash_day(busy, D1, count_for(180_000))
    assert (result.close.counted, result.close.difference) == (180_000, 0)
    assert days.lock_date() == D1 and result.close.difference_entry is None
    assert sum(line.amount for line in result.close.counts) == 180_000
    assert result.witness.short.count("-") == 3
    _refused(lambda: vouchers.record_income(busy, D1, "4-900", 1_000, "A", "b"), DayClosed)
    _refused(lambda: journal.post_entry(busy, D1, "x", [LineInput("1-100", debit=5),
                                                        LineInput("4-900", credit=5)]), DayClosed)


def test_a_difference_needs_a_note_and_posts_over_or_short(busy):
    short = count_for(179_000)
    error = _refused(lambda: close.close_cash_day(busy, D1, short), key="cash.note_needed")
    assert "-Rp1.000" in error.message or "Rp1.000" in error.message
    result = close.close_cash_day(busy, D1, short, "uang receh kurang")
    assert result.close.difference == -1_000 and journal_cash(D1) == 179_000
    entry = journal.find_entry(busy, result.close.difference_entry)
    assert {(l.account_code, l.debit, l.credit) for l in entry.lines} == {
        ("5-900", 1_000, 0), ("1-100", 0, 1_000)}
    over = close.close_cash_day(busy, D3, count_for(179_000 + 65_000 + 500), "kembalian lebih")
    assert over.close.difference == 500 and over.zero_days == (D2,)
    assert journal_cash(D3) == 244_500


@pytest.mark.parametrize("counts, key", [
    ({("note", 100_000): -1}, "cash.count_invalid"),
    ({("note", 100_000): 1.5}, "cash.count_invalid"),
    ({("note", 100_000): "2"}, "cash.count_invalid"),
    ({("note", 75_000): 1}, "cash.count_unknown"),
    ({("coin", 100_000): 1}, "cash.count_unknown"),
    ([("note", 50_000, 1), ("note", 50_000, 2)], "cash.count_twice"),
])
def test_bad_counts_are_refused(busy, counts, key):
    _refused(lambda: close.close_cash_day(busy, D1, counts, "catatan"), key=key)


def test_days_close_in_order_and_never_in_the_future(busy):
    error = _refused(lambda: close.close_cash_day(busy, D3, count_for(245_000)), Conflict,
                     "cash.close_earlier_first")
    assert "20 Nov 2026" in error.message
    _refused(lambda: close.close_cash_day(busy, TODAY + dt.timedelta(days=1), {}),
             key="cash.close_future")
    close.close_cash_day(busy, D1, count_for(180_000))
    _refused(lambda: close.close_cash_day(busy, D1, count_for(180_000)), DayClosed)
    # 21 Nov had no cash: it closes as a zero day with 22 Nov
    result = close.close_cash_day(busy, D3, count_for(245_000))
    assert result.zero_days == (D2,)
    history = close_read.list_closes(busy)
    assert [(c.day, c.zero_day, c.counted) for c in history] == [
        (D3, False, 245_000), (D2, True, 180_000), (D1, False, 180_000)]


def test_a_large_difference_needs_the_chair(busy, chair):
    settings.update_settings(chair, approval_threshold=10_000)
    counts = count_for(150_000)
    _refused(lambda: close.close_cash_day(busy, D1, counts, "hilang"), key="cash.approval_needed")
    with pytest.raises(AuthError):
        close.close_cash_day(busy, D1, counts, "hilang", approver=("ketua", "salah-sandi"))
    assert days.lock_date() is None
    users.create_user(chair, "sekre", "Sekretaris", "sekretaris", PASSWORD)
    _refused(lambda: close.close_cash_day(busy, D1, counts, "hilang",
                                          approver=("sekre", PASSWORD)), PermissionDenied)
    result = close.close_cash_day(busy, D1, counts, "hilang", approver=("ketua", PASSWORD))
    assert result.close.approved_by == "ketua" and result.close.difference == -30_000
    actions = [row.action for row in audit.list_log(chair, limit=30).rows]
    assert "cash.approve" in actions


def test_the_chair_closing_approves_by_closing(busy, chair):
    result = close.close_cash_day(chair, D1, count_for(100_000), "selisih besar")
    assert result.close.approved_by == "ketua"


def test_other_roles_cannot_close(sessions, busy):
    for role in ("sekretaris", "parkir", "gudang", "staf", "pembaca"):
        _refused(lambda: close_read.prepare_close(sessions[role], D1), PermissionDenied)
        _refused(lambda: close.close_cash_day(sessions[role], D1, count_for(180_000)),
                 PermissionDenied)


def test_books_that_moved_since_the_treasurer_looked_are_refused(busy):
    seen = close_read.prepare_close(busy, D1).expected
    vouchers.record_income(busy, D1, "4-900", 5_000, "A", "terlambat")
    _refused(lambda: close.close_cash_day(busy, D1, count_for(185_000), expected_seen=seen),
             key="cash.books_moved")


def test_reopening_and_closing_again_shows_what_changed(busy, chair):
    first = close.close_cash_day(busy, D1, count_for(180_000))
    days.reopen_day(chair, D1, "bukti pengeluaran tertinggal")
    clock.freeze(dt.datetime(2026, 11, 23, 11, 0))
    vouchers.record_expense(busy, D1, "5-600", 30_000, "Toko", "ATK tertinggal")
    draft = close_read.prepare_close(busy, D1)
    assert draft.previous.counted == 180_000 and draft.expected == 150_000
    assert [(c.source, c.cash_out) for c in draft.changes] == [("cash.expense", 30_000)]
    again = close.close_cash_day(busy, D1, count_for(150_000))
    assert again.close.id != first.close.id
    history = close_read.list_closes(busy)
    assert [(c.day, c.in_force) for c in history] == [(D1, True), (D1, False)]
    assert close_read.close_in_force(busy, D1).counted == 150_000


def test_status_for_the_home_screen(busy):
    status = close_read.close_status(busy)
    assert not status.yesterday_closed and status.open_activity_days == (D1, D3)
    close.close_cash_day(busy, D1, count_for(180_000))
    close.close_cash_day(busy, D3, count_for(245_000))
    status = close_read.close_status(busy)
    assert status.yesterday_closed and status.open_activity_days == ()
    assert status.last_close.day == D3


def test_quiet_days_close_without_a_count_but_a_cash_day_does_not(busy):
    close.close_cash_day(busy, D1, count_for(180_000))
    _refused(lambda: close.close_quiet_days(busy, D3), Conflict, "cash.day_needs_count")
    assert close.close_quiet_days(busy, D2, "hari libur") == (D2,)
    quiet = close_read.close_in_force(busy, D2)
    assert quiet.zero_day and quiet.counted == quiet.expected == 180_000 and quiet.counts == ()
    assert days.lock_date() == D2
