"""Daily fees: fee types, a collector's day as a setoran, unpaid fees as receivables."""

import datetime as dt

import pytest
from test_leases_support import TODAY, market, snapshot

from sekretariat.errors import Conflict, PermissionDenied, ValidationError
from sekretariat.services.leasing import daily_fees, fee_setup, leases, payments, receivables, statements
from sekretariat.services.core import journal
from sekretariat.services.core.session import Session

D = dt.date


@pytest.fixture
def fees(chair):
    m = market(chair)
    for index, trader in ((0, "siti"), (1, "budi")):
        leases.create_lease(chair, m[trader], m["stalls"][index], D(2026, 1, 1), D(2027, 12, 31))
    clean = fee_setup.create_fee_type(chair, "Kebersihan", "Iuran kebersihan", 2_000)
    guard = fee_setup.create_fee_type(chair, "keamanan", "Iuran keamanan", "3.000")
    joko = fee_setup.create_collector(chair, "Pak Joko")
    return {**m, "clean": clean.id, "guard": guard.id, "joko": joko.id}


def test_fee_types_collectors_and_the_sheet(chair, fees):
    assert [(f.code, f.amount) for f in fee_setup.list_fee_types(chair)] == [
        ("keamanan", 3_000), ("kebersihan", 2_000)]
    sheet = daily_fees.expected_fees(chair, TODAY)
    assert [(e.stall_code, e.trader_name, e.amount, e.recorded) for e in sheet] == [
        ("A-01", "Siti Aminah", 5_000, False), ("A-02", "Budi Santoso", 5_000, False)]
    with pytest.raises(Conflict):
        fee_setup.create_fee_type(chair, "KEBERSIHAN", "x", 1)
    with pytest.raises(Conflict):
        fee_setup.create_collector(chair, "pak joko")
    changed = fee_setup.update_fee_type(chair, fees["clean"], daily_amount=2_500)
    assert changed.amount == 2_500


def test_a_collectors_day_is_a_setoran_posted_to_cash(chair, fees):
    s1, s2 = fees["stalls"][:2]
    record = daily_fees.record_collection(chair, TODAY, fees["joko"],
                                          {s1: None, s2: [fees["clean"]]},
                                          {s2: [fees["guard"]]})
    assert (record.number, record.collected, record.handed_in, record.unpaid_total) == (
        "SIH/2026/00001", 7_000, 7_000, 3_000)
    assert [(x.stall_code, x.fee_type_code, x.paid, x.invoice_number) for x in record.lines] == [
        ("A-01", "keamanan", True, None), ("A-01", "kebersihan", True, None),
        ("A-02", "keamanan", False, None), ("A-02", "kebersihan", True, None)]
    entry = journal.find_entry(chair, record.journal_number)
    assert [(line.account_code, line.debit, line.credit) for line in entry.lines] == [
        ("1-100", 7_000, 0), ("4-110", 0, 7_000)]
    # the default policy only records the unpaid fee
    assert receivables.balance(fees["budi"]) == 0
    assert [e.recorded for e in daily_fees.expected_fees(chair, TODAY)] == [True, True]


def test_unpaid_fees_become_receivables_when_the_policy_says_so(chair, fees):
    fee_setup.set_unpaid_policy(chair, "piutang")
    s1, s2 = fees["stalls"][:2]
    record = daily_fees.record_collection(chair, TODAY, fees["joko"], {s1: None}, {s2: None})
    unpaid = [x for x in record.lines if not x.paid]
    assert {x.invoice_number for x in unpaid} == {"INV/2026/00001"}
    assert receivables.balance(fees["budi"]) == 5_000
    row = statements.ageing(chair).rows[0]  # due today: not yet in arrears
    assert (row.d0_30, row.not_due) == (0, 5_000)
    payments.take_payment(chair, fees["budi"], 5_000, "tunai")
    assert receivables.balance(fees["budi"]) == 0
    voided = daily_fees.void_collection(chair, record.id, "lembar salah")
    assert voided.voided
    assert journal.account_balance(chair, "4-110") == 0
    # the daily-fee invoice was voided: Budi's payment is now credit
    assert receivables.balance(fees["budi"]) == -5_000
    again = daily_fees.record_collection(chair, TODAY, fees["joko"], {s1: None, s2: None})
    assert again.number == "SIH/2026/00002" and receivables.verify() == ()


def test_a_short_setoran_needs_a_note_and_posts_the_difference(chair, fees):
    s1, s2 = fees["stalls"][:2]
    before = snapshot()
    with pytest.raises(ValidationError) as info:
        daily_fees.record_collection(chair, TODAY, fees["joko"], {s1: None, s2: None},
                                     handed_in=8_000)
    assert info.value.key == "fee.difference_note" and snapshot() == before
    record = daily_fees.record_collection(chair, TODAY, fees["joko"], {s1: None, s2: None},
                                          handed_in="8.000", note="uang receh kurang")
    assert (record.collected, record.handed_in, record.difference) == (10_000, 8_000, -2_000)
    assert journal.account_balance(chair, "5-900") == 2_000
    assert journal.account_balance(chair, "1-100") == 8_000


def test_a_fee_is_recorded_once_a_day_and_bad_sheets_change_nothing(chair, fees):
    s1, s2, s3 = fees["stalls"][:3]
    daily_fees.record_collection(chair, TODAY, fees["joko"], {s1: None})
    other = fee_setup.create_collector(chair, "Bu Rina")
    before = snapshot()
    cases = [
        (lambda: daily_fees.record_collection(chair, TODAY, other.id, {s1: [fees["clean"]]}),
         Conflict, "fee.already_recorded"),
        (lambda: daily_fees.record_collection(chair, TODAY, fees["joko"], {s2: None}),
         Conflict, "fee.collector_day_recorded"),
        (lambda: daily_fees.record_collection(chair, TODAY, other.id, {s2: None}, {s2: None}),
         ValidationError, "fee.paid_and_unpaid"),
        (lambda: daily_fees.record_collection(chair, TODAY, other.id, {}, {s3: None}),
         ValidationError, "fee.unpaid_no_lease"),
        (lambda: daily_fees.record_collection(chair, TODAY, other.id, {}),
         ValidationError, "fee.nothing_recorded"),
        (lambda: daily_fees.record_collection(chair, TODAY + dt.timedelta(days=1), other.id,
                                              {s2: None}), ValidationError, "fee.future"),
    ]
    for call, error, key in cases:
        with pytest.raises(error) as info:
            call()
        assert info.value.key == key
    assert snapshot() == before
    # a vacant stall may pay (a yard spot without a lease)
    record = daily_fees.record_collection(chair, TODAY, other.id, {s3: [fees["guard"]]})
    assert record.collected == 3_000
    page = daily_fees.list_collections(chair, date_from=TODAY)
    assert [c.collector_name for c in page.rows] == ["Bu Rina", "Pak Joko"]


def test_fee_permissions(sessions):
    staff, parking = sessions["staf"], sessions["parkir"]
    with pytest.raises(PermissionDenied):
        fee_setup.create_fee_type(staff, "x", "x", 1)
    with pytest.raises(PermissionDenied):
        daily_fees.record_collection(parking, TODAY, 1, {1: None})
    assert fee_setup.list_collectors(parking) == []


def test_a_stall_kind_can_pay_its_own_amount(chair, fees):
    """A los pays Rp1.000 for security where a kios pays the fee's Rp3.000; a
    changed kind amount applies from the next recorded day only."""
    from sekretariat.services.leasing import stalls

    los = stalls.create_stall(chair, "A-09", "A", "los", "4")
    leases.create_lease(chair, fees["siti"], los.id, D(2026, 1, 1), D(2027, 12, 31),
                        monthly_rate=150_000)
    guard = fee_setup.set_kind_amount(chair, fees["guard"], "los", "1.000")
    assert guard.amount_for("los") == 1_000 and guard.amount_for("kios") == 3_000
    sheet = {e.stall_code: e.amount for e in daily_fees.expected_fees(chair, TODAY)}
    assert sheet == {"A-01": 5_000, "A-02": 5_000, "A-09": 3_000}
    day = daily_fees.record_collection(chair, TODAY, fees["joko"], {los.id: None},
                                       {fees["stalls"][0]: None})
    assert (day.collected, day.unpaid_total) == (3_000, 5_000)
    fee_setup.set_kind_amount(chair, fees["guard"], "los", 1_500)
    recorded = daily_fees.get_collection(chair, day.id)
    assert sorted(line.amount for line in recorded.lines if line.stall_code == "A-09") == [
        1_000, 2_000]
    back = fee_setup.set_kind_amount(chair, fees["guard"], "los", None)
    assert back.kind_amounts == () and back.amount_for("los") == 3_000
    with pytest.raises(ValidationError):
        fee_setup.set_kind_amount(chair, fees["guard"], "gudang", 1_000)
    with pytest.raises(PermissionDenied):
        fee_setup.set_kind_amount(Session(0, "x", "x", "staf"), fees["guard"], "los", 1_000)


def test_kind_amounts_are_given_when_the_fee_is_made(chair, fees):
    rubbish = fee_setup.create_fee_type(chair, "sampah", "Iuran sampah", 500,
                                         kind_amounts={"pelataran": 300})
    assert rubbish.kind_amounts == (("pelataran", 300),)
    with pytest.raises(ValidationError):
        fee_setup.create_fee_type(chair, "parkir", "x", 500, kind_amounts={"los": 0})
    assert [f.code for f in fee_setup.list_fee_types(chair)] == [
        "keamanan", "kebersihan", "sampah"]
