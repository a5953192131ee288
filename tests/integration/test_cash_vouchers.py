"""Direct cash vouchers: numbered, posted through the journal, the drawer never
below zero, voided by reversal; bad input changes nothing."""

import datetime as dt

import pytest
from cashhelp import journal_cash, table_counts

from sekretariat.errors import Conflict, DayClosed, PermissionDenied, ValidationError
from sekretariat.services.cash import book, close, vouchers
from sekretariat.services.core import journal
from cashhelp import count_for

TODAY = dt.date(2026, 11, 23)
YESTERDAY = TODAY - dt.timedelta(days=1)


@pytest.fixture
def treasurer(sessions):
    return sessions["bendahara"]


def _refused(call, kind=ValidationError, key=None):
    before = table_counts()
    with pytest.raises(kind) as info:
        call()
    if key:
        assert info.value.key == key
    assert table_counts() == before
    return info.value


def test_each_kind_posts_its_entry_with_a_gap_free_number(treasurer):
    income = vouchers.record_income(treasurer, TODAY, "4-900", 750_000, "Pengelola toilet",
                                    "Pendapatan toilet umum")
    expense = vouchers.record_expense(treasurer, TODAY, "5-200", 120_000, "PLN",
                                      "Listrik November")
    deposit = vouchers.transfer(treasurer, TODAY, "to_bank", 300_000, "Setor ke Bank Sumsel")
    withdrawal = vouchers.transfer(treasurer, TODAY, "from_bank", 50_000, "Tarik tunai")
    remit = vouchers.remit_to_owner(treasurer, TODAY, 100_000, "Kodam II/Sriwijaya",
                                    "Setoran November")
    assert [v.number for v in (income, expense, deposit, withdrawal, remit)] == [
        "BKM/2026/00001", "BKK/2026/00001", "BKK/2026/00002", "BKM/2026/00002",
        "BKK/2026/00003"]
    assert journal_cash(TODAY) == 750_000 - 120_000 - 300_000 + 50_000 - 100_000
    assert journal.account_balance(treasurer, "1-110") == 250_000
    entry = journal.get_entry(treasurer, expense.journal_entry_id)
    assert {(l.account_code, l.debit, l.credit) for l in entry.lines} == {
        ("5-200", 120_000, 0), ("1-100", 0, 120_000)}
    assert entry.source == "cash.expense" and entry.source_ref == "BKK/2026/00001"
    page = book.cash_book(treasurer, TODAY, TODAY)
    assert [r.balance for r in page.rows] == [750_000, 630_000, 330_000, 380_000, 280_000]
    assert (page.total_in, page.total_out, page.closing) == (800_000, 520_000, 280_000)


def test_the_drawer_never_goes_below_zero(treasurer):
    vouchers.record_income(treasurer, YESTERDAY, "4-900", 100_000, "A", "Masuk")
    error = _refused(lambda: vouchers.record_expense(treasurer, TODAY, "5-300", 100_001, "B",
                                                     "Sapu"), key="cash.drawer_negative")
    assert "Rp100.000" in error.message
    _refused(lambda: vouchers.transfer(treasurer, TODAY, "to_bank", 150_000, "Setor"),
             key="cash.drawer_negative")
    # a back-dated cash-out that would sink a later day is refused too
    vouchers.record_expense(treasurer, TODAY, "5-300", 80_000, "B", "Sapu")
    _refused(lambda: vouchers.record_expense(treasurer, YESTERDAY, "5-300", 30_000, "C", "x"),
             key="cash.drawer_negative")
    # the bank may pay what the drawer cannot
    vouchers.transfer(treasurer, TODAY, "to_bank", 20_000, "Setor")
    vouchers.record_expense(treasurer, TODAY, "5-300", 20_000, "D", "y", cash_account="1-110")


@pytest.mark.parametrize("call, key", [
    (lambda s: vouchers.record_expense(s, TODAY, "4-900", 1_000, "A", "b"),
     "cash.not_expense_account"),
    (lambda s: vouchers.record_expense(s, TODAY, "5-900", 1_000, "A", "b"),
     "cash.not_expense_account"),
    (lambda s: vouchers.record_income(s, TODAY, "5-300", 1_000, "A", "b"),
     "cash.not_income_account"),
    (lambda s: vouchers.record_income(s, TODAY, "4-900", 0, "A", "b"), "cash.amount_invalid"),
    (lambda s: vouchers.record_income(s, TODAY, "4-900", -5, "A", "b"), "cash.amount_invalid"),
    (lambda s: vouchers.record_income(s, TODAY, "4-900", 10.5, "A", "b"), "cash.amount_invalid"),
    (lambda s: vouchers.record_income(s, TODAY, "4-900", 1_000, "", "b"), "cash.party_empty"),
    (lambda s: vouchers.record_income(s, TODAY, "4-900", 1_000, "A", "  "), "cash.memo_empty"),
    (lambda s: vouchers.record_income(s, TODAY, "4-900", 1_000, "A" * 121, "b"),
     "cash.text_long"),
    (lambda s: vouchers.record_income(s, TODAY, "4-900", 1_000, "A", "b" * 301),
     "cash.text_long"),
    (lambda s: vouchers.record_income(s, TODAY + dt.timedelta(days=1), "4-900", 1_000, "A", "b"),
     "cash.future_date"),
    (lambda s: vouchers.record_income(s, TODAY, "4-900", 1_000, "A", "b", cash_account="1-200"),
     "cash.not_cash_account"),
    (lambda s: vouchers.transfer(s, TODAY, "sideways", 1_000, "b"), "cash.transfer_direction"),
])
def test_bad_input_is_refused_and_changes_nothing(treasurer, call, key):
    error = _refused(lambda: call(treasurer), key=key)
    assert error.message and error.message != key


def test_a_long_text_is_refused_with_its_limit_never_cut(treasurer):
    error = _refused(lambda: vouchers.record_income(treasurer, TODAY, "4-900", 1_000, "A",
                                                    "x" * 305))
    assert "305" in error.message and "300" in error.message


def test_roles_without_the_right_are_refused(sessions):
    for role in ("parkir", "gudang", "staf", "sekretaris", "pembaca"):
        _refused(lambda: vouchers.record_income(sessions[role], TODAY, "4-900", 1_000, "A", "b"),
                 PermissionDenied)


def test_void_reverses_today_and_keeps_the_number(treasurer, chair):
    vouchers.record_income(treasurer, YESTERDAY, "4-900", 200_000, "A", "Masuk")
    expense = vouchers.record_expense(treasurer, YESTERDAY, "5-600", 40_000, "Toko", "ATK")
    close.close_cash_day(treasurer, YESTERDAY, count_for(160_000))
    void = vouchers.void_voucher(treasurer, expense.id, "salah catat")
    assert void.voided_on == TODAY and void.number == "BKK/2026/00001"
    assert journal_cash(YESTERDAY) == 160_000          # the closed day is untouched
    assert journal_cash(TODAY) == 200_000
    reversal = journal.get_entry(treasurer, journal.get_entry(
        treasurer, expense.journal_entry_id).reversed_by_id)
    assert reversal.entry_date == TODAY
    _refused(lambda: vouchers.void_voucher(treasurer, expense.id, "lagi"), Conflict)
    _refused(lambda: vouchers.void_voucher(treasurer, expense.id, "x", YESTERDAY), Conflict)
    income = vouchers.find_voucher(treasurer, "BKM/2026/00001")
    _refused(lambda: vouchers.void_voucher(treasurer, income.id, "x", YESTERDAY), DayClosed)


def test_voiding_income_cannot_sink_the_drawer(treasurer):
    income = vouchers.record_income(treasurer, TODAY, "4-900", 50_000, "A", "Masuk")
    vouchers.record_expense(treasurer, TODAY, "5-300", 30_000, "B", "Sapu")
    _refused(lambda: vouchers.void_voucher(treasurer, income.id, "salah"),
             key="cash.drawer_negative")
