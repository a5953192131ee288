"""Stall status with dates (stall_status.status_on is the one answer) and
leases that run out (expiry.expiring_leases)."""

import datetime as dt

import peewee
import pytest
from test_leases_support import TODAY, market, snapshot

from sekretariat import db
from sekretariat.errors import DayClosed, ValidationError
from sekretariat.services.core import audit, days
from sekretariat.services.core.check import integrity_report
from sekretariat.services.leasing import (daily_fees, expiry, fee_setup, lease_endings, leases, occupancy, stall_setup,
                                          stall_status, stalls)

D = dt.date


def _check(key: str):
    return next(i for i in integrity_report().items if i.key == key)


def test_status_from_a_date_is_the_status_on_each_day(chair):
    m = market(chair)
    a1, a2 = m["stalls"][0], m["stalls"][1]
    stall_status.set_stall_status(chair, a1, "perbaikan", D(2026, 11, 10))
    stall_status.set_stall_status(chair, a1, "normal", D(2026, 11, 20))
    stall_status.set_stall_status(chair, a2, "diblokir", TODAY)
    assert stall_status.status_on(chair, a1, D(2026, 11, 9)) == "normal"
    assert stall_status.status_on(chair, a1, D(2026, 11, 10)) == "perbaikan"
    assert stall_status.status_on(chair, a1, D(2026, 11, 19)) == "perbaikan"
    assert stall_status.status_on(chair, a1, D(2026, 11, 20)) == "normal"
    # the stall map and occupancy of a past day read the same answer
    past = {s.code: s.status for s in stalls.list_stalls(chair, as_of=D(2026, 11, 15))}
    assert past["A-01"] == "perbaikan" and past["A-02"] == "kosong"
    now = {s.code: s.status for s in stalls.list_stalls(chair, as_of=TODAY)}
    assert now["A-01"] == "kosong" and now["A-02"] == "diblokir"
    assert [s.code for s in stalls.list_stalls(chair, as_of=D(2026, 11, 15),
                                                status="perbaikan")] == ["A-01"]
    occ = occupancy.occupancy(chair, D(2026, 11, 15))
    assert (occ.perbaikan, occ.diblokir, occ.kosong) == (1, 0, 3)
    occ = occupancy.occupancy(chair, TODAY)
    assert (occ.perbaikan, occ.diblokir, occ.kosong) == (0, 1, 3)
    # the stored status is the latest change's
    assert stalls.get_stall(chair, a2).admin_status == "diblokir"
    assert _check("check.stall_status").ok
    actions = [r[0] for r in db.current_database().execute_sql(
        "SELECT action FROM audit_log WHERE entity = 'stall_status_change'")]
    assert actions == ["stall.status"] * 3


def test_daily_fee_list_leaves_out_a_stall_blocked_on_that_day(chair):
    m = market(chair)
    a1 = m["stalls"][0]
    leases.create_lease(chair, m["siti"], a1, D(2026, 9, 1), D(2027, 8, 31))
    fee_setup.create_fee_type(chair, "kebersihan", "Kebersihan", 2_000)
    stall_status.set_stall_status(chair, a1, "diblokir", D(2026, 11, 22))
    assert [f.stall_id for f in daily_fees.expected_fees(chair, D(2026, 11, 21))] == [a1]
    assert daily_fees.expected_fees(chair, D(2026, 11, 22)) == []


def test_the_stall_form_saves_the_status_from_a_date(chair):
    m = market(chair)
    stall_setup.edit_stall(chair, m["stalls"][0], status="diblokir", status_from="21/11/2026")
    assert stall_status.status_on(chair, m["stalls"][0], D(2026, 11, 20)) == "normal"
    assert stall_status.status_on(chair, m["stalls"][0], D(2026, 11, 21)) == "diblokir"


def test_a_status_change_in_a_closed_day_is_refused(chair):
    m = market(chair)
    days.close_day(chair, D(2026, 11, 20))
    before = snapshot()
    with pytest.raises(DayClosed):
        stall_status.set_stall_status(chair, m["stalls"][0], "diblokir", D(2026, 11, 20))
    with pytest.raises(DayClosed):
        stalls.update_stall(chair, m["stalls"][0], status="perbaikan", status_from=D(2026, 11, 1))
    assert snapshot() == before
    assert stall_status.status_on(chair, m["stalls"][0], D(2026, 11, 20)) == "normal"
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        db.current_database().execute_sql(
            "INSERT INTO stall_status_change (stall_id, status, effective_from, created_at)"
            " VALUES (?, 'diblokir', '2026-11-19', 'x')", (m["stalls"][0],))
    stall_status.set_stall_status(chair, m["stalls"][0], "diblokir", D(2026, 11, 21))
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        db.current_database().execute_sql(
            "UPDATE stall_status_change SET effective_from = '2026-11-20'")


def test_bad_status_input_is_refused_with_a_message(chair):
    m = market(chair)
    with pytest.raises(ValidationError):
        stall_status.set_stall_status(chair, m["stalls"][0], "rusak", TODAY)
    with pytest.raises(ValidationError):
        stall_status.set_stall_status(chair, m["stalls"][0], "diblokir", "31/02/2026")
    with pytest.raises(peewee.IntegrityError):  # the ISO CHECK
        db.current_database().execute_sql(
            "INSERT INTO stall_status_change (stall_id, status, effective_from, created_at)"
            " VALUES (?, 'diblokir', '2026-12-32', 'x')", (m["stalls"][0],))


def test_check_catches_a_status_written_past_the_services(chair):
    m = market(chair)
    stall_status.set_stall_status(chair, m["stalls"][0], "diblokir", TODAY)
    assert _check("check.stall_status").ok
    db.current_database().execute_sql("UPDATE stall SET status = 'normal' WHERE id = ?",
                                      (m["stalls"][0],))
    item = _check("check.stall_status")
    assert not item.ok and "A-01" in item.problems[0]
    db.current_database().execute_sql("UPDATE stall SET status = 'perbaikan' WHERE id = ?",
                                      (m["stalls"][1],))
    assert len(_check("check.stall_status").problems) == 2


# --- leases that run out ---------------------------------------------------------

def _lease(chair, m, stall: int, end: dt.date, trader: str = "siti"):
    return leases.create_lease(chair, m[trader], m["stalls"][stall], D(2026, 1, 1), end)


def test_expiring_leases_boundaries(chair):
    m = market(chair, stall_count=6)
    today = _lease(chair, m, 0, TODAY)
    yesterday = _lease(chair, m, 1, TODAY - dt.timedelta(days=1))
    in30 = _lease(chair, m, 2, TODAY + dt.timedelta(days=30))
    _lease(chair, m, 3, TODAY + dt.timedelta(days=31))
    renewed = _lease(chair, m, 4, TODAY - dt.timedelta(days=3))
    leases.renew_lease(chair, renewed.id, D(2027, 12, 31))
    found = expiry.expiring_leases(chair, TODAY)
    assert [(e.lease_id, e.state, e.days_left) for e in found] == [
        (yesterday.id, "ended", -1), (today.id, "ending", 0), (in30.id, "ending", 30)]
    assert found[0].stall_code == "A-02" and found[0].trader_name == "Siti Aminah"
    assert [e.lease_id for e in expiry.expiring_leases(chair, TODAY, within_days=0)] == [
        yesterday.id, today.id]
    # ended early: not listed any more
    lease_endings.terminate_lease(chair, yesterday.id, TODAY - dt.timedelta(days=1), "selesai",
                           deposit="keep")
    assert yesterday.id not in {e.lease_id for e in expiry.expiring_leases(chair, TODAY)}
    assert set(expiry.expiring_by_stall(chair, TODAY)) == {m["stalls"][0], m["stalls"][2]}


def test_expiring_leases_refuses_bad_days(chair):
    for bad in (-1, 367, "x", True):
        with pytest.raises(ValidationError):
            expiry.expiring_leases(chair, TODAY, within_days=bad)


def test_expiring_leases_is_read_only(chair):
    m = market(chair)
    _lease(chair, m, 0, TODAY)
    before = snapshot()
    count = len(audit_rows := list(db.current_database().execute_sql("SELECT id FROM audit_log")))
    expiry.expiring_leases(chair, TODAY)
    assert snapshot() == before and count == len(audit_rows)


def test_the_same_status_again_changes_nothing(chair):
    m = market(chair)
    before = snapshot()
    assert stall_status.set_stall_status(chair, m["stalls"][0], "normal", TODAY) is None
    assert snapshot() == before
    change = stall_status.set_stall_status(chair, m["stalls"][0], "diblokir", D(2026, 11, 21))
    later = stall_status.set_stall_status(chair, m["stalls"][0], "normal", D(2026, 11, 30))
    assert (change.status, change.effective_from) == ("diblokir", D(2026, 11, 21))
    assert (later.status, later.effective_from) == ("normal", D(2026, 11, 30))
    assert [c.status for c in stall_status.history(chair, m["stalls"][0])] == ["diblokir", "normal"]
    assert stalls.get_stall(chair, m["stalls"][0]).admin_status == "diblokir"  # as of today
