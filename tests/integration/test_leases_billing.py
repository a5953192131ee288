"""Billing runs, proration, idempotence, late fees, voids and credit notes."""

import datetime as dt
import sqlite3

import peewee
import pytest
from dbhelp import all_rows
from test_leases_support import TODAY, market, snapshot, trial

from sekretariat import db
from sekretariat.errors import Conflict, PermissionDenied, ValidationError
from sekretariat.services.leasing import (billing, invoices, late_fees, leases, payments,
                                          receivables, statements)
from sekretariat.services.core import journal

D = dt.date


def _lease(chair, m, stall=0, trader="siti", start=D(2026, 9, 15), end=D(2027, 9, 14), **kw):
    return leases.create_lease(chair, m[trader], m["stalls"][stall], start, end, **kw)


def test_a_billing_run_posts_one_invoice_per_lease_with_proration(chair):
    m = market(chair)
    _lease(chair, m, 0, "siti", D(2026, 11, 16), D(2027, 11, 15), due_day=5)
    _lease(chair, m, 1, "budi", D(2026, 1, 1), D(2026, 12, 31), monthly_rate=250_000)
    run = billing.bill_period(chair, 2026, 11)
    assert (run.preview, run.issue_date, run.total, run.already_billed) == (
        False, TODAY, 150_000 + 250_000, 0)
    lines = [(x.stall_code, x.invoice_number, x.period_start, x.period_end, x.billed_days,
              x.period_days, x.amount, x.due_date, x.prorated) for x in run.lines]
    assert lines == [
        ("A-01", "INV/2026/00001", D(2026, 11, 16), D(2026, 11, 30), 15, 30, 150_000,
         D(2026, 11, 23), True),
        ("A-02", "INV/2026/00002", D(2026, 11, 1), D(2026, 11, 30), 30, 30, 250_000,
         D(2026, 11, 23), False)]
    invoice = invoices.get_invoice(chair, run.lines[0].invoice_id)
    assert (invoice.kind, invoice.open_amount, invoice.trader_name) == ("rent", 150_000,
                                                                       "Siti Aminah")
    entry = journal.find_entry(chair, invoice.journal_number)
    assert [(line.account_code, line.debit, line.credit, line.party_id) for line in entry.lines] \
        == [("1-200", 150_000, 0, m["siti"]), ("4-100", 0, 150_000, None)]
    assert entry.source_ref == "INV/2026/00001"
    assert journal.account_balance(chair, "4-100") == -400_000
    assert db.current_database().execute_sql(
        "SELECT count(*) FROM audit_log WHERE action = 'billing.run'").fetchone()[0] == 1


def test_billing_a_period_twice_is_refused_and_changes_nothing(chair):
    m = market(chair)
    _lease(chair, m)
    billing.bill_period(chair, 2026, 11)
    before = trial(chair)
    snap = snapshot()
    with pytest.raises(Conflict) as info:
        billing.bill_period(chair, 2026, 11)
    assert info.value.key == "invoice.period_already_billed"
    assert "November 2026" in info.value.message
    assert snapshot() == snap and trial(chair) == before
    preview = billing.bill_period(chair, 2026, 11, preview=True)
    assert (preview.lines, preview.already_billed) == ((), 1)
    # the unique index refuses a second live invoice even behind the program's back
    with pytest.raises(peewee.IntegrityError):
        db.current_database().execute_sql(
            "INSERT INTO invoice (number, kind, trader_id, lease_id, period_start, period_end,"
            " billed_days, period_days, issue_date, due_date, amount, memo, journal_entry_id,"
            " created_by, created_at) SELECT 'INV/2026/09999', kind, trader_id, lease_id,"
            " period_start, period_end, billed_days, period_days, issue_date, due_date, amount,"
            " memo, 1, 1, 'x' FROM invoice WHERE id = 1")


def test_preview_writes_nothing_and_matches_the_run(chair):
    m = market(chair)
    _lease(chair, m)
    _lease(chair, m, 1, "budi", D(2026, 1, 1), D(2027, 12, 31), frequency="quarterly")
    before = snapshot()
    preview = billing.bill_period(chair, 2026, 10, preview=True)
    assert snapshot() == before
    run = billing.bill_period(chair, 2026, 10)
    strip = [(x.lease_id, x.period_start, x.period_end, x.amount) for x in preview.lines]
    assert strip == [(x.lease_id, x.period_start, x.period_end, x.amount) for x in run.lines]
    assert preview.total == run.total == 300_000 + 900_000


def test_quarterly_and_yearly_leases_bill_when_their_part_starts(chair):
    m = market(chair)
    quarterly = _lease(chair, m, 0, "siti", D(2026, 3, 15), D(2027, 3, 14), frequency="quarterly")
    yearly = _lease(chair, m, 1, "budi", D(2026, 7, 1), D(2029, 6, 30), frequency="yearly")
    march = billing.bill_period(chair, 2026, 3)
    assert [(x.lease_id, x.period_start, x.period_end, x.amount) for x in march.lines] == [
        (quarterly.id, D(2026, 3, 15), D(2026, 3, 31), 170_000)]  # 17/90 of 900.000
    april = billing.bill_period(chair, 2026, 4)
    assert [(x.period_start, x.period_end, x.amount) for x in april.lines] == [
        (D(2026, 4, 1), D(2026, 6, 30), 900_000)]
    assert billing.bill_period(chair, 2026, 5).lines == ()
    july = billing.bill_period(chair, 2026, 7)
    assert [(x.lease_id, x.period_start, x.period_end, x.billed_days, x.period_days, x.amount)
            for x in july.lines] == [
        (quarterly.id, D(2026, 7, 1), D(2026, 9, 30), 92, 92, 900_000),
        # 184/365 of 3.600.000 = 1.814.794,52 -> 1.814.795
        (yearly.id, D(2026, 7, 1), D(2026, 12, 31), 184, 365, 1_814_795)]


def test_billing_ahead_is_limited_to_next_month_and_dated_in_its_month(chair):
    m = market(chair)
    _lease(chair, m, due_day=10)
    december = billing.bill_period(chair, 2026, 12)
    assert (december.issue_date, december.lines[0].due_date) == (D(2026, 12, 1), D(2026, 12, 10))
    with pytest.raises(ValidationError) as info:
        billing.bill_period(chair, 2027, 1)
    assert info.value.key == "invoice.period_too_far"
    with pytest.raises(ValidationError):
        billing.bill_period(chair, 2026, 13)


def test_a_credit_balance_settles_the_next_invoice(chair):
    m = market(chair)
    _lease(chair, m, start=D(2026, 11, 1))
    payments.take_payment(chair, m["siti"], 500_000, "tunai", confirm_amount=500_000)
    assert receivables.balance(m["siti"]) == -500_000
    run = billing.bill_period(chair, 2026, 11)
    assert run.credit_applied == 300_000
    assert invoices.get_invoice(chair, run.lines[0].invoice_id).open_amount == 0
    assert receivables.credit_total(m["siti"]) == 200_000
    assert receivables.balance(m["siti"]) == -200_000


def test_only_the_treasurer_or_chair_bills(sessions):
    with pytest.raises(PermissionDenied):
        billing.bill_period(sessions["sekretaris"], 2026, 11)


def _billing_history(chair, m):
    """Rent for Aug-Dec 2026, a payment leaving credit, late fees."""
    _lease(chair, m, 0, "siti", D(2026, 8, 1), D(2027, 7, 31), due_day=10)
    _lease(chair, m, 1, "budi", D(2026, 8, 17), D(2026, 12, 12), monthly_rate=250_000)
    _lease(chair, m, 2, "budi", D(2026, 9, 1), D(2027, 8, 31), frequency="quarterly")
    _lease(chair, m, 3, "siti", D(2026, 8, 20), D(2029, 8, 19), frequency="yearly")
    for month in (8, 9, 10):
        billing.bill_period(chair, 2026, month, issue_date=D(2026, month, 1))
    late_fees.assess_late_fees(chair, D(2026, 10, 15))
    payments.take_payment(chair, m["budi"], 2_000_000, "tunai", confirm_amount=2_000_000)
    billing.bill_period(chair, 2026, 11)
    late_fees.assess_late_fees(chair)
    billing.bill_period(chair, 2026, 12)


def test_the_batched_run_writes_the_rows_of_one_posting_per_invoice(chair, tmp_path,
                                                                     monkeypatch):
    """Billing and late fees post their entries in one batch; the rows — ids,
    numbers, digests, audit payloads and chain — are those of the former path,
    one ``post_invoice_entry`` (one journal posting) per invoice."""
    m = market(chair)
    copy = tmp_path / "copy.sqlite"
    target = sqlite3.connect(str(copy))
    db.current_database().connection().backup(target)
    target.close()
    _billing_history(chair, m)
    batched = all_rows()
    counts = db.current_database().execute_sql(
        "SELECT (SELECT count(*) FROM invoice WHERE kind = 'rent'),"
        " (SELECT count(*) FROM invoice WHERE kind = 'late_fee'),"
        " (SELECT count(*) FROM invoice_allocation)").fetchone()
    assert min(counts) > 0 and receivables.verify() == ()
    db.close_database()
    db.open_database(copy)
    monkeypatch.setattr(billing, "post_invoice_entries", lambda session, invoices: [
        billing.post_invoice_entry(session, **values) for values in invoices])
    _billing_history(chair, m)
    assert all_rows() == batched


# --- late fees ---------------------------------------------------------------

def _overdue(chair, m):
    """Rent for Aug 2026 issued 1 Aug, due 10 Aug; unpaid."""
    lease = _lease(chair, m, start=D(2026, 8, 1), due_day=10)
    run = billing.bill_period(chair, 2026, 8, issue_date=D(2026, 8, 1))
    assert run.lines[0].due_date == D(2026, 8, 10)
    return lease, run.lines[0]


def test_late_fees_are_charged_per_whole_month_once(chair):
    m = market(chair)
    _, august = _overdue(chair, m)
    first = late_fees.assess_late_fees(chair, D(2026, 9, 15))
    assert [(x.invoice_number, x.month, x.open_amount, x.fee, x.late_fee_number)
            for x in first.lines] == [("INV/2026/00001", 1, 300_000, 6_000, "INV/2026/00002")]
    payments.take_payment(chair, m["siti"], 106_000, "tunai")  # settles the rent (due first)
    later = late_fees.assess_late_fees(chair, TODAY)
    # months 2 and 3 (10 Oct, 10 Nov) on what is still open today
    assert [(x.month, x.open_amount, x.fee) for x in later.lines] == [
        (2, 194_000, 3_880), (3, 194_000, 3_880)]
    assert late_fees.assess_late_fees(chair, TODAY).lines == ()
    assert invoices.get_invoice(chair, later.lines[0].invoice_id).open_amount == 194_000
    fees = invoices.list_invoices(chair, kind="late_fee").rows
    assert [(f.late_fee_for_number, f.late_fee_month, f.amount, f.issue_date) for f in fees] == [
        ("INV/2026/00001", 3, 3_880, TODAY), ("INV/2026/00001", 2, 3_880, TODAY),
        ("INV/2026/00001", 1, 6_000, D(2026, 9, 15))]
    assert journal.account_balance(chair, "4-300") == -(6_000 + 3_880 * 2)
    with pytest.raises(peewee.IntegrityError):
        db.current_database().execute_sql(
            "INSERT INTO invoice (number, kind, trader_id, lease_id, period_start, period_end,"
            " billed_days, period_days, issue_date, due_date, amount, late_fee_for_id,"
            " late_fee_month, memo, journal_entry_id, created_by, created_at)"
            " VALUES ('INV/2026/09999', 'late_fee', 1, 1, '2026-09-10', '2026-09-10', 1, 1,"
            " '2026-11-23', '2026-11-23', 6000, 1, 1, 'x', 1, 1, 'x')")


def test_a_waived_late_fee_is_not_charged_again(chair):
    m = market(chair)
    _overdue(chair, m)
    run = late_fees.assess_late_fees(chair)
    assert len(run.lines) == 3
    waived = invoices.find_invoice(chair, run.lines[0].late_fee_number)
    invoices.void_invoice(chair, waived.id, "diberi keringanan")
    assert late_fees.assess_late_fees(chair).lines == ()


def test_late_fee_preview_and_a_lease_without_late_fees(chair):
    m = market(chair)
    _lease(chair, m, 1, "budi", D(2026, 8, 1), D(2027, 7, 31), late_fee_bp=0)
    billing.bill_period(chair, 2026, 8, issue_date=D(2026, 8, 1))
    before = snapshot()
    assert late_fees.assess_late_fees(chair, preview=True).lines == ()
    assert snapshot() == before
    with pytest.raises(ValidationError) as info:
        late_fees.assess_late_fees(chair, TODAY + dt.timedelta(days=1))
    assert info.value.key == "invoice.future_date"


# --- voids and credit notes ----------------------------------------------------

def test_voiding_an_invoice_turns_what_was_paid_into_credit(chair):
    m = market(chair)
    _lease(chair, m, start=D(2026, 10, 1))
    october = billing.bill_period(chair, 2026, 10).lines[0]
    november = billing.bill_period(chair, 2026, 11).lines[0]
    payments.take_payment(chair, m["siti"], 300_000, "tunai")
    assert invoices.get_invoice(chair, october.invoice_id).open_amount == 0
    voided = invoices.void_invoice(chair, october.invoice_id, "salah tagih")
    assert (voided.voided, voided.open_amount, voided.number) == (True, 0, "INV/2026/00001")
    # the payment now settles November instead
    assert invoices.get_invoice(chair, november.invoice_id).open_amount == 0
    assert receivables.balance(m["siti"]) == 0
    before = snapshot()
    with pytest.raises(Conflict) as info:
        invoices.void_invoice(chair, october.invoice_id, "lagi")
    assert info.value.key == "invoice.already_voided" and snapshot() == before
    # a voided period can be billed again
    again = billing.bill_period(chair, 2026, 10)
    assert [x.invoice_number for x in again.lines] == ["INV/2026/00003"]
    assert receivables.verify() == ()


def test_credit_notes_reduce_an_invoice(chair):
    m = market(chair)
    _lease(chair, m, start=D(2026, 11, 1))
    invoice = billing.bill_period(chair, 2026, 11).lines[0]
    note = invoices.issue_credit_note(chair, invoice.invoice_id, "50.000", "kios banjir 5 hari")
    assert (note.number, note.amount, note.invoice_number) == ("NK/2026/00001", 50_000,
                                                               invoice.invoice_number)
    assert invoices.get_invoice(chair, invoice.invoice_id).open_amount == 250_000
    assert journal.account_balance(chair, "4-100") == -250_000
    with pytest.raises(ValidationError) as info:
        invoices.issue_credit_note(chair, invoice.invoice_id, 250_001, "terlalu banyak")
    assert info.value.key == "credit_note.too_much"
    statement = statements.trader_statement(chair, m["siti"], D(2026, 11, 1), D(2026, 11, 30))
    assert [(x.reference, x.debit, x.credit) for x in statement.lines] == [
        ("INV/2026/00001", 300_000, 0), ("NK/2026/00001", 0, 50_000)]
