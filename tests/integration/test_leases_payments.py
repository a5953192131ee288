"""Payments, receipts, credit, voids, deposits, statements and arrears ageing."""

import datetime as dt

import pytest
from test_leases_support import TODAY, market, snapshot, trial

from sekretariat.errors import Conflict, DayClosed, PermissionDenied, ValidationError
from sekretariat.services.leasing import (billing, deposit_held, deposits, leases, payments,
                                          receivables, statements)
from sekretariat.services.leasing.invoices import get_invoice
from sekretariat.services.core import days, journal

D = dt.date


def _three_months(chair, m, **kw):
    """Siti on A-01 from 1 Sep 2026 at 300.000: Sep, Oct, Nov billed (900.000 open)."""
    lease = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 9, 1), D(2027, 8, 31),
                                **kw)
    invoices = [billing.bill_period(chair, 2026, month).lines[0] for month in (9, 10, 11)]
    return lease, invoices


def _open(chair, invoices):
    return [get_invoice(chair, i.invoice_id).open_amount for i in invoices]


def test_a_partial_payment_settles_the_oldest_invoice_first(chair):
    m = market(chair)
    _, invoices = _three_months(chair, m)
    receipt = payments.take_payment(chair, m["siti"], "450.000", "tunai")
    assert (receipt.receipt_number, receipt.amount, receipt.method, receipt.unapplied) == (
        "KW/2026/00001", 450_000, "tunai", 0)
    assert [(a.invoice_number, a.amount) for a in receipt.allocations] == [
        ("INV/2026/00001", 300_000), ("INV/2026/00002", 150_000)]
    assert (receipt.trader_name, receipt.cashier, receipt.paid_on) == ("Siti Aminah",
                                                                       "Ketua Pasar", TODAY)
    assert _open(chair, invoices) == [0, 150_000, 300_000]
    entry = journal.find_entry(chair, receipt.journal_number)
    assert [(line.account_code, line.debit, line.credit) for line in entry.lines] == [
        ("1-100", 450_000, 0), ("1-200", 0, 450_000)]
    transfer = payments.take_payment(chair, m["siti"], 100_000, "transfer", reference="BRI-778")
    assert (transfer.receipt_number, transfer.reference) == ("KW/2026/00002", "BRI-778")
    assert journal.account_balance(chair, "1-110") == 100_000
    assert payments.find_payment(chair, "kw/2026/00001").id == receipt.id
    page = payments.list_payments(chair, trader_id=m["siti"])
    assert [p.receipt_number for p in page.rows] == ["KW/2026/00002", "KW/2026/00001"]
    assert page.total == 550_000


def test_the_user_can_pick_which_invoices_a_payment_settles(chair):
    m = market(chair)
    _, invoices = _three_months(chair, m)
    receipt = payments.take_payment(chair, m["siti"], 400_000, "qris",
                                    allocate_to=[invoices[2].invoice_id,
                                                 (invoices[1].invoice_id, 50_000)])
    assert [(a.invoice_number, a.amount) for a in receipt.allocations] == [
        ("INV/2026/00003", 300_000), ("INV/2026/00002", 50_000), ("INV/2026/00001", 50_000)]
    assert _open(chair, invoices) == [250_000, 250_000, 0]
    with pytest.raises(ValidationError) as info:
        payments.take_payment(chair, m["siti"], 10_000, "tunai",
                              allocate_to=[invoices[2].invoice_id])
    assert info.value.key == "payment.pick_not_open"
    with pytest.raises(ValidationError) as info:
        payments.take_payment(chair, m["siti"], 10_000, "tunai",
                              allocate_to=[(invoices[0].invoice_id, 20_000)])
    assert info.value.key == "payment.picks_exceed"


def test_a_payment_of_zero_is_refused_and_changes_nothing(chair):
    m = market(chair)
    _three_months(chair, m)
    before = snapshot()
    for value in (0, "0", "Rp 0"):
        with pytest.raises(ValidationError) as info:
            payments.take_payment(chair, m["siti"], value, "tunai")
        assert (info.value.key, info.value.field) == ("payment.zero", "amount")
    with pytest.raises(ValidationError) as info:
        payments.take_payment(chair, m["siti"], 1.5, "tunai")
    assert info.value.key == "money.invalid"
    with pytest.raises(ValidationError) as info:
        payments.take_payment(chair, m["siti"], 1000, "cek")
    assert info.value.key == "payment.method_invalid"
    assert snapshot() == before


def test_more_than_owed_needs_the_amount_confirmed(chair):
    m = market(chair)
    _three_months(chair, m)
    before, tb = snapshot(), trial(chair)
    for confirmation in (None, 950_000, "1.000.001"):
        with pytest.raises(Conflict) as info:
            payments.take_payment(chair, m["siti"], 1_000_000, "tunai",
                                  confirm_amount=confirmation)
        assert (info.value.key, info.value.field) == ("payment.over_balance", "amount")
    assert "Rp1.000.000" in info.value.message and "Rp900.000" in info.value.message
    assert snapshot() == before and trial(chair) == tb
    receipt = payments.take_payment(chair, m["siti"], 1_000_000, "tunai",
                                    confirm_amount="1.000.000")
    assert receipt.unapplied == 100_000
    assert receivables.balance(m["siti"]) == -100_000
    account = statements.account_summary(chair, m["siti"])
    assert (account.balance, account.credit, account.buckets.total) == (-100_000, 100_000, 0)


def test_a_payment_dated_on_a_closed_day_is_refused(sessions):
    chair, treasurer = sessions["ketua"], sessions["bendahara"]
    m = market(chair)
    _three_months(chair, m)
    days.close_day(treasurer, D(2026, 11, 20))
    before = snapshot()
    with pytest.raises(DayClosed) as info:
        payments.take_payment(treasurer, m["siti"], 100_000, "tunai", paid_on=D(2026, 11, 20))
    assert info.value.key == "day.closed"
    with pytest.raises(ValidationError) as info:
        payments.take_payment(treasurer, m["siti"], 100_000, "tunai",
                              paid_on=TODAY + dt.timedelta(days=1))
    assert info.value.key == "payment.future"
    assert snapshot() == before
    payments.take_payment(treasurer, m["siti"], 100_000, "tunai", paid_on=D(2026, 11, 21))


def test_a_voided_payment_reopens_its_invoices_and_keeps_its_number(chair):
    m = market(chair)
    _, invoices = _three_months(chair, m)
    first = payments.take_payment(chair, m["siti"], 400_000, "tunai")
    second = payments.take_payment(chair, m["siti"], 200_000, "tunai")
    voided = payments.void_payment(chair, first.id, "uang palsu")
    assert (voided.voided, voided.voided_on, voided.void_reason, voided.receipt_number) == (
        True, TODAY, "uang palsu", "KW/2026/00001")
    assert voided.allocations == () and voided.unapplied == 0
    # what the first payment settled is open again; the second keeps its allocation
    assert _open(chair, invoices) == [300_000, 100_000, 300_000]
    reversal = journal.find_entry(chair, voided.void_number)
    assert reversal.reverses_id == journal.find_entry(chair, voided.journal_number).id
    assert receivables.balance(m["siti"]) == 700_000
    assert payments.get_payment(chair, second.id).allocations[0].amount == 200_000
    before = snapshot()
    with pytest.raises(Conflict) as info:
        payments.void_payment(chair, first.id, "lagi")
    assert (info.value.key, info.value.field) == ("payment.already_voided", "payment")
    assert snapshot() == before
    with pytest.raises(ValidationError) as info:
        payments.void_payment(chair, second.id, "  ")
    assert info.value.key == "payment.void_reason_empty"
    assert receivables.verify() == ()


def test_a_credit_balance_can_be_paid_back(chair):
    m = market(chair)
    payments.take_payment(chair, m["budi"], 50_000, "tunai", confirm_amount=50_000)
    with pytest.raises(Conflict) as info:
        payments.refund_credit(chair, m["budi"], 60_000)
    assert info.value.key == "payment.refund_exceeds_credit"
    slip = payments.refund_credit(chair, m["budi"], 50_000, "tunai", note="pindah")
    assert (slip.number, slip.amount) == ("PD/2026/00001", 50_000)
    assert receivables.balance(m["budi"]) == 0 and receivables.credit_total(m["budi"]) == 0
    assert journal.account_balance(chair, "1-100") == 0


def test_only_the_treasurer_or_chair_takes_and_voids_payments(sessions):
    m = market(sessions["ketua"])
    with pytest.raises(PermissionDenied):
        payments.take_payment(sessions["sekretaris"], m["siti"], 1000, "tunai",
                              confirm_amount=1000)
    receipt = payments.take_payment(sessions["bendahara"], m["siti"], 1000, "tunai",
                                    confirm_amount=1000)
    with pytest.raises(PermissionDenied):
        payments.void_payment(sessions["staf"], receipt.id, "salah")
    assert payments.get_payment(sessions["pembaca"], receipt.id).cashier == "Pengguna bendahara"


# --- deposits ------------------------------------------------------------------

def test_deposits_are_received_with_a_receipt_and_cannot_exceed_the_agreement(chair):
    m = market(chair)
    lease, _ = _three_months(chair, m, deposit_amount=600_000)
    first = deposits.receive_deposit(chair, lease.id, 400_000, "tunai")
    assert (first.receipt_number, first.purpose, first.agreement_number) == (
        "KW/2026/00001", "deposit", lease.agreement_number)
    assert deposits.deposit_summary(chair, lease.id).state == "sebagian"
    before = snapshot()
    with pytest.raises(ValidationError) as info:
        deposits.receive_deposit(chair, lease.id, 300_000, "tunai")
    assert info.value.key == "deposit.over_agreed" and snapshot() == before
    deposits.receive_deposit(chair, lease.id, 200_000, "qris")
    assert deposits.deposit_summary(chair, lease.id).state == "ditahan"
    # a deposit is not a payment on account: the rent is still owed
    assert receivables.balance(m["siti"]) == 900_000
    assert journal.account_balance(chair, "2-100", party_kind="trader",
                                   party_id=m["siti"]) == -600_000
    with pytest.raises(Conflict) as info:
        deposits.refund_deposit(chair, lease.id)
    assert info.value.key == "deposit.arrears_first"
    used = deposits.set_off_deposit(chair, lease.id, 500_000)
    assert used.amount == 500_000 and receivables.balance(m["siti"]) == 400_000
    with pytest.raises(Conflict) as info:
        payments.void_payment(chair, first.id, "keliru")
    assert info.value.key == "deposit.already_used"
    payments.void_payment(chair, used.id, "batal potong")
    assert deposit_held.held(lease.id) == 600_000 and receivables.balance(m["siti"]) == 900_000
    assert [mv.kind for mv in deposits.list_movements(chair, lease.id)] == [
        "received", "received", "set_off"]
    assert receivables.verify() == ()


# --- statements and ageing ---------------------------------------------------------

def test_the_statement_is_the_journal_with_a_running_balance(chair):
    m = market(chair)
    _three_months(chair, m)
    payments.take_payment(chair, m["siti"], 450_000, "tunai")
    statement = statements.trader_statement(chair, m["siti"], D(2026, 1, 1), D(2026, 12, 31))
    assert [(x.reference, x.debit, x.credit, x.balance) for x in statement.lines] == [
        ("INV/2026/00001", 300_000, 0, 300_000), ("INV/2026/00002", 300_000, 0, 600_000),
        ("INV/2026/00003", 300_000, 0, 900_000), ("KW/2026/00001", 0, 450_000, 450_000)]
    assert (statement.opening_balance, statement.closing_balance) == (0, 450_000)
    assert statement.closing_balance == journal.account_balance(
        chair, "1-200", party_kind="trader", party_id=m["siti"])
    later = statements.trader_statement(chair, m["siti"], D(2026, 12, 1), D(2026, 12, 31))
    assert (later.opening_balance, later.lines, later.closing_balance) == (450_000, (), 450_000)
    with pytest.raises(ValidationError):
        statements.trader_statement(chair, m["siti"], D(2026, 12, 1), D(2026, 11, 1))
    # the whole history: from the first entry or the day the trader joined
    whole = statements.trader_statement(chair, m["siti"], None, D(2026, 12, 31))
    assert whole.date_from == statement.lines[0].entry_date
    assert (whole.opening_balance, whole.lines) == (0, statement.lines)
    budi = statements.trader_statement(chair, m["budi"], None, TODAY)  # nothing yet
    assert (budi.date_from, budi.lines, budi.closing_balance) == (TODAY, (), 0)


def test_arrears_are_aged_into_buckets_for_any_date(chair):
    m = market(chair)
    leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 7, 1), D(2027, 6, 30),
                        due_day=10)
    for month in (7, 8, 9, 10):
        billing.bill_period(chair, 2026, month, issue_date=D(2026, month, 1))
    billing.bill_period(chair, 2026, 11)  # issued today, due today
    leases.create_lease(chair, m["budi"], m["stalls"][1], D(2026, 12, 1), D(2027, 11, 30))
    billing.bill_period(chair, 2026, 12)  # issued 1 Dec: not yet due, not yet issued today
    today = statements.ageing(chair)
    siti = today.rows[0]
    # due 10 Jul (136 days), 10 Aug (105), 10 Sep (74), 10 Oct (44); 23 Nov is due
    # today: "jatuh tempo hari ini", not yet in arrears
    assert (siti.d90_plus, siti.d61_90, siti.d31_60, siti.d0_30, siti.not_due) == (
        600_000, 300_000, 300_000, 0, 300_000)
    assert (siti.days_overdue, siti.oldest_due, siti.invoices, siti.stalls) == (
        136, D(2026, 7, 10), 5, "A-01")
    assert [r.trader_name for r in today.rows] == ["Siti Aminah"]
    assert today.totals.overdue == 1_200_000
    payments.take_payment(chair, m["siti"], 400_000, "tunai")
    assert statements.ageing(chair).rows[0].d90_plus == 200_000
    # on 1 Oct, before the payment: 10 Jul (83), 10 Aug (52), 10 Sep (21), Oct not yet due
    october = statements.ageing(chair, D(2026, 10, 1)).rows[0]
    assert (october.d61_90, october.d31_60, october.d0_30, october.not_due, october.d90_plus) == (
        300_000, 300_000, 300_000, 300_000, 0)
    arrears = statements.list_arrears(chair)
    assert (arrears.traders, arrears.totals.overdue, arrears.totals.not_due) == (
        1, 800_000, 300_000)
    assert statements.list_arrears(chair, D(2026, 7, 9)).rows == ()


def test_a_voided_payment_counts_in_the_past_but_not_after(chair):
    m = market(chair)
    leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 9, 1), D(2027, 8, 31))
    billing.bill_period(chair, 2026, 9, issue_date=D(2026, 9, 1))
    receipt = payments.take_payment(chair, m["siti"], 300_000, "tunai", paid_on=D(2026, 10, 1))
    payments.void_payment(chair, receipt.id, "cek kosong", void_date=D(2026, 11, 1))
    assert statements.ageing(chair, D(2026, 10, 15)).rows == ()
    assert statements.ageing(chair, D(2026, 11, 1)).rows[0].total == 300_000
