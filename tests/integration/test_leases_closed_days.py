"""A closed day is closed for stalls, leases, invoices, payments, deposits and
daily fees too: the services refuse, and the database triggers refuse raw SQL."""

import datetime as dt

import peewee
import pytest
from test_leases_support import TODAY, market, snapshot

from sekretariat import db
from sekretariat.errors import DayClosed
from sekretariat.services.leasing import (billing, daily_fees, deposits, fee_setup, invoices,
                                          late_fees, lease_endings, leases, payments, receivables,
                                          stalls)
from sekretariat.services.leasing import stall_rates
from sekretariat.services.core import days

D = dt.date
BEFORE = D(2026, 11, 19)
LOCK = D(2026, 11, 20)


@pytest.fixture
def closed(chair):
    """Documents of every kind dated 19 Nov, then the books closed up to 20 Nov."""
    documents = documents_of_every_kind(chair)
    days.close_day(chair, LOCK)
    return documents


def documents_of_every_kind(chair):
    """Stalls, a lease, a deposit, an invoice, a payment and a daily-fee
    hand-over, all dated 19 Nov (the cash close's tests close them their way)."""
    m = market(chair)
    stall_rates.set_tariff(chair, "los", 150_000, BEFORE)
    stall_rates.set_stall_rate(chair, m["stalls"][3], 325_000, BEFORE)
    lease = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 9, 1), D(2027, 8, 31),
                                deposit_amount=600_000, signed_on=BEFORE)
    deposit = deposits.receive_deposit(chair, lease.id, 600_000, "tunai", paid_on=BEFORE)
    invoice = billing.bill_period(chair, 2026, 11, issue_date=BEFORE).lines[0]
    payment = payments.take_payment(chair, m["siti"], 100_000, "tunai", paid_on=BEFORE)
    fee = fee_setup.create_fee_type(chair, "kebersihan", "Kebersihan", 2_000)
    collector = fee_setup.create_collector(chair, "Pak Joko")
    collection = daily_fees.record_collection(chair, BEFORE, collector.id,
                                              {m["stalls"][0]: None})
    return {**m, "lease": lease, "deposit": deposit, "invoice": invoice, "payment": payment,
            "fee": fee, "collector": collector, "collection": collection}


def _refused_closed(call):
    before = snapshot()
    with pytest.raises(DayClosed) as info:
        call()
    assert info.value.key == "day.closed"
    assert snapshot() == before


def test_every_service_write_refuses_a_closed_day(chair, closed):
    c = closed
    calls = [
        lambda: stall_rates.set_tariff(chair, "kios", 1_000, LOCK),
        lambda: stall_rates.set_stall_rate(chair, c["stalls"][1], 1_000, BEFORE),
        lambda: leases.create_lease(chair, c["budi"], c["stalls"][1], D(2026, 12, 1),
                                    D(2027, 11, 30), signed_on=LOCK),
        lambda: lease_endings.terminate_lease(chair, c["lease"].id, D(2026, 11, 30), "x", on=LOCK),
        lambda: leases.cancel_lease(chair, c["lease"].id, "x", on=LOCK),
        lambda: billing.bill_period(chair, 2026, 11, issue_date=LOCK),
        lambda: late_fees.assess_late_fees(chair, LOCK),
        lambda: invoices.void_invoice(chair, c["invoice"].invoice_id, "salah", LOCK),
        lambda: invoices.issue_credit_note(chair, c["invoice"].invoice_id, 1_000, "x", on=LOCK),
        lambda: payments.take_payment(chair, c["siti"], 1_000, "tunai", paid_on=LOCK),
        lambda: payments.void_payment(chair, c["payment"].id, "salah", LOCK),
        lambda: payments.void_payment(chair, c["deposit"].id, "salah", LOCK),
        lambda: payments.refund_credit(chair, c["siti"], 1_000, on=LOCK),
        lambda: deposits.receive_deposit(chair, c["lease"].id, 1_000, "tunai", paid_on=LOCK),
        lambda: deposits.refund_deposit(chair, c["lease"].id, on=LOCK),
        lambda: deposits.forfeit_deposit(chair, c["lease"].id, "x", on=LOCK),
        lambda: daily_fees.record_collection(chair, LOCK, c["collector"].id,
                                             {c["stalls"][1]: None}),
        lambda: daily_fees.void_collection(chair, c["collection"].id, "salah", LOCK),
    ]
    for call in calls:
        _refused_closed(call)


def test_settling_today_does_not_rewrite_closed_history(chair, closed):
    # an end date inside the closed days would change their occupancy: refused
    with pytest.raises(DayClosed) as info:
        lease_endings.terminate_lease(chair, closed["lease"].id, D(2026, 11, 15), "pindah")
    assert info.value.key == "lease.end_in_closed_day"
    settlement = lease_endings.terminate_lease(chair, closed["lease"].id, LOCK, "pindah")
    # the closed invoice stays; the unused days come back as a credit note dated today
    assert [n.amount for n in settlement.credit_notes] == [100_000]
    assert invoices.get_invoice(chair, closed["invoice"].invoice_id).amount == 300_000
    assert settlement.settled_on == TODAY
    assert (settlement.deposit_set_off, settlement.deposit_refunded) == (100_000, 500_000)
    assert receivables.verify() == ()


RAW_REFUSED = {
    "tariff insert": "INSERT INTO tariff (kind, monthly_rate, effective_from, created_by,"
                     " created_at) VALUES ('pelataran', 1, '2026-11-20', 1, 'x')",
    "tariff update": "UPDATE tariff SET monthly_rate = 1 WHERE effective_from = '2026-11-19'",
    "tariff delete": "DELETE FROM tariff WHERE effective_from = '2026-11-19'",
    "stall_rate insert": "INSERT INTO stall_rate (stall_id, monthly_rate, effective_from,"
                         " created_by, created_at) VALUES (2, 1, '2026-11-01', 1, 'x')",
    "stall_rate update": "UPDATE stall_rate SET monthly_rate = 1",
    "stall_rate delete": "DELETE FROM stall_rate",
    "lease insert": "INSERT INTO lease (agreement_number, trader_id, stall_id, signed_on,"
                    " start_date, end_date, monthly_rate, frequency, due_day, created_by,"
                    " created_at) VALUES ('SPS/2026/09999', 2, 3, '2026-11-20', '2027-01-01',"
                    " '2027-12-31', 1, 'monthly', 1, 1, 'x')",
    "lease closing": "UPDATE lease SET status = 'ended', ended_on = '2026-11-15',"
                     " end_reason = 'x', closed_on = '2026-11-20'",
    "invoice insert": "INSERT INTO invoice (number, kind, trader_id, lease_id, period_start,"
                      " period_end, billed_days, period_days, issue_date, due_date, amount, memo,"
                      " journal_entry_id, created_by, created_at) VALUES ('INV/2026/09999',"
                      " 'rent', 1, 1, '2026-12-01', '2026-12-31', 31, 31, '2026-11-20',"
                      " '2026-12-10', 1, 'x', 1, 1, 'x')",
    "invoice void": "UPDATE invoice SET void_entry_id = 1, voided_on = '2026-11-23',"
                    " void_reason = 'x'",
    "payment insert": "INSERT INTO payment (receipt_number, trader_id, purpose, paid_on, amount,"
                      " method, memo, journal_entry_id, created_by, created_at) VALUES"
                      " ('KW/2026/09999', 1, 'account', '2026-11-20', 1, 'tunai', 'x', 1, 1,"
                      " 'x')",
    "payment void": "UPDATE payment SET void_entry_id = 1, voided_on = '2026-11-23',"
                    " void_reason = 'x' WHERE purpose = 'account'",
    "credit_note insert": "INSERT INTO credit_note (number, trader_id, invoice_id, issued_on,"
                          " amount, reason, journal_entry_id, created_by, created_at) VALUES"
                          " ('NK/2026/09999', 1, 1, '2026-11-20', 1, 'x', 1, 1, 'x')",
    "allocation insert": "INSERT INTO invoice_allocation (invoice_id, payment_id, amount,"
                         " alloc_date, created_at) VALUES (1, 2, 1, '2026-11-20', 'x')",
    "deposit insert": "INSERT INTO deposit_movement (lease_id, trader_id, kind, moved_on,"
                      " amount, created_by, created_at) VALUES (1, 1, 'carried_in',"
                      " '2026-11-20', 1, 1, 'x')",
    "deposit void": "UPDATE deposit_movement SET voided_on = '2026-11-23'",
    "collection insert": "INSERT INTO fee_collection (number, fee_date, collector_id, collected,"
                         " handed_in, created_by, created_at) VALUES ('SIH/2026/09999',"
                         " '2026-11-20', 1, 0, 0, 1, 'x')",
    "collection void": "UPDATE fee_collection SET voided_on = '2026-11-23', void_reason = 'x'",
    "collection line insert": "INSERT INTO fee_collection_line (collection_id, fee_date,"
                              " stall_id, fee_type_id, amount, paid) VALUES (1, '2026-11-20',"
                              " 2, 1, 1, 1)",
}


@pytest.mark.parametrize("name", sorted(RAW_REFUSED))
def test_the_database_refuses_raw_sql_on_closed_days(closed, name):
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        db.current_database().execute_sql(RAW_REFUSED[name])


RAW_APPEND_ONLY = {
    "invoice amount": "UPDATE invoice SET amount = 1",
    "invoice delete": "DELETE FROM invoice",
    "payment amount": "UPDATE payment SET amount = 1",
    "payment delete": "DELETE FROM payment",
    "allocation update": "UPDATE invoice_allocation SET amount = 1",
    "allocation delete": "DELETE FROM invoice_allocation",
    "deposit delete": "DELETE FROM deposit_movement",
    "collection delete": "DELETE FROM fee_collection",
    "collection line update": "UPDATE fee_collection_line SET paid = 0",
    "lease delete": "DELETE FROM lease",
}


@pytest.mark.parametrize("name", sorted(RAW_APPEND_ONLY))
def test_posted_documents_are_append_only(chair, name):
    m = market(chair)
    lease = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 11, 1),
                                D(2027, 10, 31), deposit_amount=100_000)
    deposits.receive_deposit(chair, lease.id, 100_000, "tunai")
    billing.bill_period(chair, 2026, 11)
    payments.take_payment(chair, m["siti"], 100_000, "tunai")
    collector = fee_setup.create_collector(chair, "Pak Joko")
    fee_setup.create_fee_type(chair, "keamanan", "Keamanan", 1_000)
    daily_fees.record_collection(chair, TODAY, collector.id, {m["stalls"][0]: None})
    with pytest.raises(peewee.IntegrityError, match="append_only"):
        db.current_database().execute_sql(RAW_APPEND_ONLY[name])


def test_the_database_refuses_over_allocation_and_foreign_allocations(chair):
    m = market(chair)
    leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 11, 1), D(2027, 10, 31))
    billing.bill_period(chair, 2026, 11)
    payments.take_payment(chair, m["siti"], 100_000, "tunai")
    budi = payments.take_payment(chair, m["budi"], 50_000, "tunai", confirm_amount=50_000)
    conn = db.current_database()
    with pytest.raises(peewee.IntegrityError, match="CHECK"):
        conn.execute_sql("INSERT INTO invoice_allocation (invoice_id, payment_id, amount,"
                         " alloc_date, created_at) VALUES (1, 1, 250000, '2026-11-23', 'x')")
    with pytest.raises(peewee.IntegrityError, match="allocation_invalid"):
        conn.execute_sql("INSERT INTO invoice_allocation (invoice_id, payment_id, amount,"
                         " alloc_date, created_at) VALUES (1, ?, 1, '2026-11-23', 'x')",
                         (budi.id,))
    with pytest.raises(peewee.IntegrityError, match="deposit_overdrawn"):
        conn.execute_sql("INSERT INTO deposit_movement (lease_id, trader_id, kind, moved_on,"
                         " amount, method, journal_entry_id, created_by, created_at) VALUES"
                         " (1, 1, 'refunded', '2026-11-23', 1, 'tunai', 1, 1, 'x')")
