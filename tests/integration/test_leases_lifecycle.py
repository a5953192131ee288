"""Leases: sign, overlap, renew, terminate with settlement, transfer, cancel."""

import datetime as dt

import peewee
import pytest
from test_leases_support import TODAY, market, snapshot, trial

from sekretariat import db
from sekretariat.errors import Conflict, PermissionDenied, ValidationError
from sekretariat.services.leasing import (billing, deposits, lease_endings, leases, payments,
                                          receivables, stalls, statements, traders)
from sekretariat.services.leasing import stall_rates
from sekretariat.services.core import journal

D = dt.date


def _refused(call, error, key, field=None):
    before = snapshot()
    with pytest.raises(error) as info:
        call()
    assert info.value.key == key, info.value.key
    if field is not None:
        assert info.value.field == field
    assert snapshot() == before
    return info.value


def test_signing_a_lease_numbers_it_and_takes_the_stall_rate(chair):
    m = market(chair)
    lease = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 12, 1), D(2027, 11, 30),
                                deposit_amount="600.000", due_day=5)
    assert lease.agreement_number == "SPS/2026/00001"
    assert (lease.monthly_rate, lease.frequency, lease.due_day, lease.late_fee_bp) == (
        300_000, "monthly", 5, 200)
    assert (lease.deposit_amount, lease.deposit_held, lease.state) == (600_000, 0, "upcoming")
    assert (lease.trader_name, lease.stall_code, lease.block_code) == ("Siti Aminah", "A-01", "A")
    assert leases.find_lease(chair, "sps/2026/00001").id == lease.id
    assert leases.lease_in_force(chair, m["stalls"][0], D(2027, 1, 1)).id == lease.id
    assert leases.lease_in_force(chair, m["stalls"][0], TODAY) is None
    explicit = leases.create_lease(chair, m["budi"], m["stalls"][1], D(2026, 1, 1),
                                   D(2026, 12, 31), monthly_rate=275_000, frequency="quarterly",
                                   late_fee_bp=150)
    assert (explicit.monthly_rate, explicit.period_amount, explicit.state) == (
        275_000, 825_000, "running")
    assert [x.id for x in leases.list_leases(chair, in_force_on=TODAY).rows] == [explicit.id]
    assert leases.list_leases(chair, ending_between=(D(2026, 12, 1), D(2026, 12, 31))).rows[0] \
        .agreement_number == "SPS/2026/00002"
    audit = db.current_database().execute_sql(
        "SELECT count(*) FROM audit_log WHERE action = 'lease.create'").fetchone()[0]
    assert audit == 2


def test_overlapping_leases_are_refused_and_nothing_changes(chair):
    m = market(chair)
    first = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 1, 1), D(2026, 12, 31))
    error = _refused(lambda: leases.create_lease(chair, m["budi"], m["stalls"][0],
                                                 D(2026, 12, 31), D(2027, 12, 31)),
                     Conflict, "lease.overlap", "start_date")
    assert first.agreement_number in error.message and "A-01" in error.message
    _refused(lambda: leases.create_lease(chair, m["budi"], m["stalls"][0], D(2025, 6, 1),
                                         D(2026, 1, 1), monthly_rate=250_000),
             Conflict, "lease.overlap")
    # the day after is free
    leases.create_lease(chair, m["budi"], m["stalls"][0], D(2027, 1, 1), D(2027, 12, 31))


def test_the_database_refuses_an_overlap_too(chair):
    m = market(chair)
    leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 1, 1), D(2026, 12, 31))
    with pytest.raises(peewee.IntegrityError, match="lease_overlap"):
        db.current_database().execute_sql(
            "INSERT INTO lease (agreement_number, trader_id, stall_id, signed_on, start_date,"
            " end_date, monthly_rate, frequency, due_day, created_by, created_at) VALUES"
            " ('SPS/2026/09999', ?, ?, '2026-11-23', '2026-06-01', '2027-05-31', 1, 'monthly',"
            " 1, 1, 'x')", (m["budi"], m["stalls"][0]))


def test_a_lease_ending_before_it_starts_is_refused(chair):
    m = market(chair)
    error = _refused(lambda: leases.create_lease(chair, m["siti"], m["stalls"][0],
                                                 D(2026, 12, 1), D(2026, 11, 30)),
                     ValidationError, "lease.end_before_start", "end_date")
    assert "30 Nov 2026" in error.message and "1 Des 2026" in error.message


@pytest.mark.parametrize("kwargs, key", [
    ({"due_day": 31}, "lease.due_day_invalid"),
    ({"frequency": "weekly"}, "lease.frequency_invalid"),
    ({"late_fee_bp": 20_000}, "lease.late_fee_invalid"),
    ({"monthly_rate": 0}, "lease.rate_zero"),
    ({"deposit_amount": -5}, "money.negative"),
    ({"signed_on": TODAY + dt.timedelta(days=1)}, "lease.signed_future"),
])
def test_bad_lease_terms_are_refused(chair, kwargs, key):
    m = market(chair)
    _refused(lambda: leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 12, 1),
                                         D(2027, 11, 30), **kwargs), ValidationError, key)


def test_a_blocked_trader_or_stall_gets_no_new_lease(chair):
    m = market(chair)
    traders.set_status(chair, m["budi"], "diblokir", "menunggak")
    error = _refused(lambda: leases.create_lease(chair, m["budi"], m["stalls"][0],
                                                 D(2026, 12, 1), D(2027, 11, 30)),
                     Conflict, "lease.trader_blocked", "trader")
    assert "Budi Santoso" in error.message
    stalls.update_stall(chair, m["stalls"][1], status="perbaikan")
    _refused(lambda: leases.create_lease(chair, m["siti"], m["stalls"][1], D(2026, 12, 1),
                                         D(2027, 11, 30)), Conflict, "lease.stall_unavailable")
    stalls.create_stall(chair, "A-99", "A", "pelataran", 4)
    _refused(lambda: leases.create_lease(chair, m["siti"], stalls.get_stall(chair, code="A-99").id,
                                         D(2026, 12, 1), D(2027, 11, 30)),
             ValidationError, "lease.rate_missing")


def test_renewal_continues_the_lease_and_carries_the_deposit(chair):
    m = market(chair)
    old = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 1, 1), D(2026, 12, 31),
                              deposit_amount=600_000)
    deposits.receive_deposit(chair, old.id, 600_000, "transfer", reference="BRI 123")
    stall_rates.set_tariff(chair, "kios", 330_000, D(2027, 1, 1))
    new = leases.renew_lease(chair, old.id, D(2027, 12, 31))
    assert (new.start_date, new.end_date, new.monthly_rate, new.renewed_from_id) == (
        D(2027, 1, 1), D(2027, 12, 31), 330_000, old.id)
    assert (new.deposit_held, new.agreement_number) == (600_000, "SPS/2026/00002")
    old = leases.get_lease(chair, old.id)
    assert (old.status, old.state, old.deposit_held, old.renewed_by_id) == (
        "renewed", "renewed", 0, new.id)
    assert deposits.deposit_summary(chair, old.id).state == "dipindahkan"
    assert deposits.deposit_summary(chair, new.id).state == "ditahan"
    assert receivables.deposit_held_by_trader(m["siti"]) == 600_000
    _refused(lambda: leases.renew_lease(chair, old.id, D(2028, 12, 31)), Conflict,
             "lease.already_renewed")
    _refused(lambda: lease_endings.terminate_lease(chair, old.id, D(2026, 12, 31), "x"), Conflict,
             "lease.already_renewed")


def _billed_lease(chair, m, *, deposit=600_000, paid=400_000):
    """Siti on A-01 from 1 Sep 2026, 300.000 a month, Sep-Nov billed, some paid."""
    lease = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 9, 1), D(2027, 8, 31),
                                deposit_amount=deposit)
    if deposit:
        deposits.receive_deposit(chair, lease.id, deposit, "tunai")
    for month in (9, 10, 11):
        billing.bill_period(chair, 2026, month)
    if paid:
        payments.take_payment(chair, m["siti"], paid, "tunai")
    return lease


def test_termination_credits_unused_days_sets_off_and_refunds_the_deposit(chair):
    m = market(chair)
    lease = _billed_lease(chair, m)
    settlement = lease_endings.terminate_lease(chair, lease.id, D(2026, 11, 15), "pindah ke pasar lain")
    assert [(n.number, n.invoice_number, n.amount) for n in settlement.credit_notes] == [
        ("NK/2026/00001", "INV/2026/00003", 150_000)]
    assert settlement.arrears_before == 200_000 + 150_000
    assert (settlement.deposit_held, settlement.deposit_set_off, settlement.set_off_receipt) == (
        600_000, 350_000, "KW/2026/00003")
    assert (settlement.deposit_refunded, settlement.deposit_forfeited,
            settlement.deposit_kept) == (250_000, 0, 0)
    assert (settlement.arrears_remaining, settlement.trader_balance) == (0, 0)
    ended = leases.get_lease(chair, lease.id)
    assert (ended.status, ended.ended_on, ended.end_reason, ended.deposit_held) == (
        "ended", D(2026, 11, 15), "pindah ke pasar lain", 0)
    assert journal.account_balance(chair, "1-100") == 600_000 + 400_000 - 250_000
    assert journal.account_balance(chair, "4-100") == -(300_000 * 3 - 150_000)
    assert journal.account_balance(chair, "2-100", party_kind="trader", party_id=m["siti"]) == 0
    assert stalls.get_stall(chair, m["stalls"][0], as_of=D(2026, 11, 16)).status == "kosong"
    assert receivables.verify() == ()


def test_terminating_an_ended_lease_is_refused(chair):
    m = market(chair)
    lease = _billed_lease(chair, m, deposit=0, paid=0)
    lease_endings.terminate_lease(chair, lease.id, D(2026, 11, 30), "selesai", deposit="keep")
    error = _refused(lambda: lease_endings.terminate_lease(chair, lease.id, D(2026, 11, 30), "lagi"),
                     Conflict, "lease.already_ended", "lease")
    assert "SPS/2026/00001" in error.message


@pytest.mark.parametrize("ended_on, key", [(D(2026, 8, 31), "lease.end_before_start"),
                                           (D(2027, 9, 1), "lease.ended_after_end")])
def test_termination_dates_are_checked(chair, ended_on, key):
    m = market(chair)
    lease = _billed_lease(chair, m, deposit=0, paid=0)
    _refused(lambda: lease_endings.terminate_lease(chair, lease.id, ended_on, "x"), ValidationError, key)


def test_termination_keeping_the_deposit_leaves_the_arrears_on_the_account(chair):
    m = market(chair)
    lease = _billed_lease(chair, m, paid=0)
    settlement = lease_endings.terminate_lease(chair, lease.id, D(2026, 11, 30), "kontrak diputus",
                                        deposit="keep")
    assert (settlement.deposit_set_off, settlement.deposit_kept) == (0, 600_000)
    assert settlement.arrears_remaining == settlement.trader_balance == 900_000
    assert statements.account_summary(chair, m["siti"]).deposit_held == 600_000
    # the treasurer later uses and returns the deposit
    used = deposits.set_off_deposit(chair, lease.id)
    assert (used.method, used.amount, [a.amount for a in used.allocations]) == (
        "jaminan", 600_000, [300_000, 300_000])
    assert receivables.balance(m["siti"]) == 300_000
    with pytest.raises(Conflict) as info:
        deposits.refund_deposit(chair, lease.id)
    assert info.value.key == "deposit.nothing_held"


def test_forfeiting_the_deposit(chair):
    m = market(chair)
    lease = _billed_lease(chair, m, paid=900_000)
    settlement = lease_endings.terminate_lease(chair, lease.id, D(2026, 11, 30), "melanggar tata tertib",
                                        deposit="forfeit")
    assert (settlement.deposit_forfeited, settlement.arrears_remaining) == (600_000, 0)
    assert journal.account_balance(chair, "4-900") == -600_000


def test_settling_money_needs_the_treasurers_permission(sessions):
    secretary = sessions["sekretaris"]
    m = market(sessions["ketua"])
    lease = _billed_lease(sessions["ketua"], m, paid=0)
    with pytest.raises(PermissionDenied):
        lease_endings.terminate_lease(secretary, lease.id, D(2026, 11, 30), "berhenti")
    settlement = lease_endings.terminate_lease(secretary, lease.id, D(2026, 11, 30), "berhenti",
                                        deposit="keep")
    assert settlement.deposit_kept == 600_000
    with pytest.raises(PermissionDenied):
        leases.create_lease(sessions["bendahara"], m["budi"], m["stalls"][1], D(2027, 1, 1),
                            D(2027, 12, 31))


def _budi_in_arrears(chair, m):
    lease = leases.create_lease(chair, m["budi"], m["stalls"][1], D(2026, 10, 1),
                                D(2027, 9, 30), deposit_amount=100_000)
    deposits.receive_deposit(chair, lease.id, 100_000, "tunai")
    billing.bill_period(chair, 2026, 10)
    billing.bill_period(chair, 2026, 11)
    return lease


def test_a_transfer_that_must_settle_is_refused_while_arrears_remain(chair):
    m = market(chair)
    lease = _budi_in_arrears(chair, m)
    error = _refused(lambda: lease_endings.transfer_stall(chair, lease.id, m["siti"], TODAY,
                                                   arrears="settle"),
                     Conflict, "lease.transfer_arrears_open", "arrears")
    # 600.000 billed - 80.000 unused days (23-30 Nov) - 100.000 deposit = 420.000
    assert "Rp420.000" in error.message and "Budi Santoso" in error.message
    _refused(lambda: lease_endings.transfer_stall(chair, lease.id, m["siti"], TODAY, arrears="maybe"),
             ValidationError, "lease.transfer_arrears_choice")
    _refused(lambda: lease_endings.transfer_stall(chair, lease.id, m["budi"], TODAY, arrears="keep"),
             ValidationError, "lease.transfer_same_trader")
    _refused(lambda: lease_endings.transfer_stall(chair, lease.id, m["siti"], D(2026, 10, 1),
                                           arrears="keep"),
             ValidationError, "lease.transfer_date")


def test_a_transfer_settles_when_the_arrears_are_paid(chair):
    m = market(chair)
    lease = _budi_in_arrears(chair, m)
    payments.take_payment(chair, m["budi"], 420_000, "qris", reference="QR-1")
    result = lease_endings.transfer_stall(chair, lease.id, m["siti"], TODAY, arrears="settle",
                                   deposit_amount=150_000)
    assert (result.arrears_mode, result.arrears_kept) == ("settle", 0)
    assert result.settlement.deposit_set_off == 100_000
    assert result.settlement.arrears_remaining == 0
    assert (result.old_lease.status, result.old_lease.ended_on,
            result.old_lease.transferred_to_id) == ("ended", D(2026, 11, 22), result.new_lease.id)
    assert (result.new_lease.trader_name, result.new_lease.start_date,
            result.new_lease.transferred_from_id, result.new_lease.deposit_amount) == (
        "Siti Aminah", TODAY, lease.id, 150_000)
    assert receivables.balance(m["budi"]) == 0


def test_a_transfer_can_keep_the_arrears_on_the_outgoing_trader_and_says_so(chair):
    m = market(chair)
    lease = _budi_in_arrears(chair, m)
    before = trial(chair)
    result = lease_endings.transfer_stall(chair, lease.id, m["siti"], TODAY, arrears="keep")
    assert (result.arrears_mode, result.arrears_kept) == ("keep", 520_000)
    assert result.settlement.deposit_kept == 100_000
    assert receivables.balance(m["budi"]) == 520_000
    assert receivables.balance(m["siti"]) == 0
    # billed today, due today: not yet in arrears; from tomorrow on, Budi's alone
    assert statements.list_arrears(chair).rows == ()
    arrears = statements.list_arrears(chair, TODAY + dt.timedelta(days=1))
    assert [(r.trader_name, r.overdue, r.stalls) for r in arrears.rows] == [
        ("Budi Santoso", 520_000, "A-02")]
    assert trial(chair) != before
    # billing the month again bills only the new trader's part (23-30 Nov)
    run = billing.bill_period(chair, 2026, 11)
    assert [(line.trader_name, line.billed_days, line.amount) for line in run.lines] == [
        ("Siti Aminah", 8, 80_000)]
    assert run.already_billed == 1
    # the stall shows only what its new tenant owes, not Budi's kept arrears
    stall = stalls.get_stall(chair, m["stalls"][1], as_of=D(2026, 12, 31))
    assert (stall.trader_name, stall.in_arrears) == ("Siti Aminah", True)
    assert stall.overdue_amount == 80_000
    # her first part was issued today and is due today: not yet in arrears, on the
    # map as in the arrears list, and never Budi's kept arrears
    stall_today = stalls.get_stall(chair, m["stalls"][1])
    assert (stall_today.trader_name, stall_today.overdue_amount) == ("Siti Aminah", 0)
    siti_row = [r for r in statements.list_arrears(chair).rows if r.trader_name == "Siti Aminah"]
    assert siti_row == []
    siti_age = [r for r in statements.ageing(chair).rows if r.trader_name == "Siti Aminah"]
    assert [(r.d0_30, r.not_due, r.days_overdue) for r in siti_age] == [(0, 80_000, 0)]


def test_cancelling_a_lease_signed_by_mistake(chair):
    m = market(chair)
    lease = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 12, 1), D(2027, 11, 30))
    cancelled = leases.cancel_lease(chair, lease.id, "salah kios")
    assert (cancelled.status, cancelled.agreement_number) == ("cancelled", "SPS/2026/00001")
    again = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 12, 1), D(2027, 11, 30))
    assert again.agreement_number == "SPS/2026/00002"
    billing.bill_period(chair, 2026, 12)
    _refused(lambda: leases.cancel_lease(chair, again.id, "ragu"), Conflict,
             "lease.cancel_not_empty")
    with pytest.raises(peewee.IntegrityError, match="append_only:lease"):
        db.current_database().execute_sql("UPDATE lease SET monthly_rate = 1 WHERE id = ?",
                                          (again.id,))
    with pytest.raises(peewee.IntegrityError, match="append_only:lease"):
        db.current_database().execute_sql("DELETE FROM lease WHERE id = ?", (lease.id,))
