"""`sekretariat check` stays green on an exercised database, and the
subledger check finds derived figures or documents changed behind the
program's back."""

import datetime as dt

import pytest
from test_leases_support import TODAY, market

from sekretariat import db
from sekretariat.services.leasing import (billing, daily_fees, deposits, fee_setup, late_fees,
                                          lease_endings, leases, payments, receivables)
from sekretariat.services.core import check, journal
from sekretariat.services.core.journal import LineInput

D = dt.date


@pytest.fixture
def exercised(chair):
    m = market(chair)
    old = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 8, 1), D(2026, 12, 31),
                              deposit_amount=300_000)
    deposits.receive_deposit(chair, old.id, 300_000, "tunai")
    moved = leases.create_lease(chair, m["budi"], m["stalls"][1], D(2026, 9, 1), D(2027, 8, 31),
                                frequency="quarterly")
    for month in (8, 9, 10, 11):
        billing.bill_period(chair, 2026, month, issue_date=D(2026, month, 1))
    late_fees.assess_late_fees(chair)
    first = payments.take_payment(chair, m["siti"], 500_000, "tunai")
    payments.take_payment(chair, m["budi"], 2_000_000, "transfer", confirm_amount=2_000_000)
    payments.void_payment(chair, first.id, "salah input")
    leases.renew_lease(chair, old.id, D(2027, 12, 31))
    lease_endings.transfer_stall(chair, moved.id, m["siti"], TODAY, arrears="keep")
    fee = fee_setup.create_fee_type(chair, "kebersihan", "Kebersihan", 2_000)
    collector = fee_setup.create_collector(chair, "Pak Joko")
    fee_setup.set_unpaid_policy(chair, "piutang")
    daily_fees.record_collection(chair, TODAY, collector.id, {m["stalls"][0]: [fee.id]},
                                 {m["stalls"][1]: [fee.id]})
    payments.refund_credit(chair, m["budi"], 1_000)
    return m


def test_check_passes_on_an_exercised_database(chair, exercised):
    report = check.run_check(chair)
    assert report.ok, [(i.key, i.problems) for i in report.items if not i.ok]
    item = next(i for i in report.items if i.key == "check.receivables")
    assert (item.ok, item.problems) == (True, ())


def _raw(sql, *params):
    db.current_database().execute_sql(sql, params)


def test_the_subledger_check_finds_a_tampered_open_amount(chair, exercised):
    _raw("UPDATE invoice_open SET open_amount = open_amount + 1000 WHERE invoice_id = 1")
    problems = receivables.verify()
    assert any("INV/2026/00001" in p for p in problems)
    assert any("Siti Aminah" in p for p in problems)  # the trader no longer agrees either
    assert "check.receivables" in {i.key for i in check.integrity_report().items if not i.ok}


def test_the_subledger_check_finds_a_removed_allocation(chair, exercised):
    _raw("DROP TRIGGER invoice_allocation_no_delete")
    _raw("DELETE FROM invoice_allocation WHERE id = (SELECT max(id) FROM invoice_allocation)")
    assert receivables.verify() != ()
    assert not check.run_check(chair).ok  # the dropped guard is missed too


def test_a_manual_entry_on_the_receivable_account_is_reported(chair, exercised):
    from sekretariat.services.core.tx import writing

    with writing():  # a module bug posting to 1-200 without a trader
        journal.post_in_transaction(chair, TODAY, "koreksi manual",
                                    [LineInput("1-200", debit=5_000),
                                     LineInput("4-900", credit=5_000)])
    problems = receivables.verify()
    assert problems[-1] == "1 baris jurnal pada piutang/jaminan tanpa pedagang."
