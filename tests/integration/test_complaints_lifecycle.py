"""A complaint from the desk to resolved or rejected: numbered without gaps,
due dates from the standard, its area's coordinator (or the chair) works
it, every step dated, attributed and audited; closed complaints and closed
days refused; bad input changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from complaintshelp import TODAY, D, close_day, market, raw  # noqa: F401  (fixture)
from dbhelp import all_rows

from sekretariat import clock
from sekretariat.errors import (
    Conflict,
    DayClosed,
    NotFound,
    PermissionDenied,
    SekretariatError,
    ValidationError,
)
from sekretariat.services.complaints import complaints as cp
from sekretariat.services.complaints import complaints_read as cr
from sekretariat.services.complaints import standards


def _audit(entity_id):
    return [a for a, in raw("SELECT action FROM audit_log WHERE entity = 'complaint'"
                            " AND entity_id = ? ORDER BY id", (str(entity_id),))]


def test_receive_numbers_dates_area_and_audit(market):
    desk = market["bendahara"]
    first = cp.receive_complaint(desk, category="kebersihan", description="  Sampah  menumpuk ",
                                 place_kind="block", place="a", channel="telepon",
                                 complainant_name="Bu Sri", complainant_phone="0812 333")
    assert first.number == "ADU/2026/00001"
    assert (first.received_on, first.ack_due_on, first.resolve_due_on) == (
        TODAY, D(2026, 11, 24), D(2026, 11, 30))
    assert first.description == "Sampah menumpuk"
    assert first.area == "facilities" and first.status == "received"
    assert first.place_label == "Blok A" and first.received_by == "Pengguna bendahara"
    assert [(s.action, s.from_status, s.to_status, s.area) for s in first.steps] == [
        ("receive", None, "received", "facilities")]
    assert _audit(first.id) == ["complaints.receive"]
    second = cp.receive_complaint(desk, category="parkir", description="Juru parkir kasar",
                                  place_kind="zone", place="P1")
    third = cp.receive_complaint(desk, category="keamanan", description="Lampu jalan mati",
                                 place_kind="market")
    fourth = cp.receive_complaint(desk, category="retribusi", description="Tarif naik",
                                  place_kind="stall", place="a-01")
    assert [c.number[-1] for c in (second, third, fourth)] == ["2", "3", "4"]
    assert [c.area for c in (second, third, fourth)] == ["parking", "general", "leasing"]


def test_standards_set_by_the_chair_give_the_due_dates(market):
    chair = market["ketua"]
    with pytest.raises(PermissionDenied):
        standards.set_standard(market["sekretaris"], "parkir", 2, 3)
    for bad in ((-1, 3), (2, 1), (1, 366), ("x", 3), (1.5, 3)):
        before = all_rows()
        with pytest.raises(ValidationError):
            standards.set_standard(chair, "parkir", *bad)
        assert all_rows() == before
    assert standards.set_standard(chair, "parkir", 0, 3) == standards.Standard("parkir", 0, 3)
    assert standards.standards()["keamanan"] == standards.Standard("keamanan", 1, 7)
    info = cp.receive_complaint(chair, category="parkir", description="x", place_kind="zone",
                                place="p1")
    assert (info.ack_due_on, info.resolve_due_on) == (TODAY, D(2026, 11, 26))
    assert raw("SELECT count(*) FROM audit_log WHERE action = 'complaints.standard_set'"
               ).fetchone() == (1,)


def test_lifecycle_every_step_audited(market):
    staff = market["staf"]
    info = cp.receive_complaint(market["sekretaris"], category="fasilitas",
                                description="Toilet bocor", place_kind="facility", place="wc-a")
    assert info.area == "facilities" and info.place_label == "Toilet Blok A (wc-a)"
    info = cp.acknowledge(staff, info.number, "dicek besok")
    assert info.status == "in_progress" and info.acknowledged_on == TODAY
    clock.freeze(dt.datetime(2026, 11, 25, 10, 0))
    info = cp.add_note(staff, info.id, "tukang dipanggil")
    info = cp.resolve(staff, info.id, "Pipa diganti")
    assert (info.status, info.closed_on, info.resolution) == ("resolved", D(2026, 11, 25),
                                                              "Pipa diganti")
    assert info.within_standard and not info.overdue
    history = cr.get_complaint(market["pembaca"], info.number).steps
    assert [(s.action, s.step_on, s.user) for s in history] == [
        ("receive", TODAY, "Pengguna sekretaris"), ("acknowledge", TODAY, "Pengguna staf"),
        ("note", D(2026, 11, 25), "Pengguna staf"), ("resolve", D(2026, 11, 25), "Pengguna staf")]
    assert _audit(info.id) == ["complaints.receive", "complaints.acknowledge",
                               "complaints.note", "complaints.resolve"]
    before = all_rows()
    for move in (lambda: cp.reject(staff, info.id, "salah"),
                 lambda: cp.add_note(staff, info.id, "lagi"),
                 lambda: cp.resolve(market["ketua"], info.id, "lagi"),
                 lambda: cp.assign(market["ketua"], info.id, "general")):
        with pytest.raises(Conflict, match="sudah Selesai"):
            move()
    assert all_rows() == before


def test_resolving_from_received_acknowledges_first_and_reject(market):
    chair = market["ketua"]
    one = cp.receive_complaint(chair, category="lainnya", description="a", place_kind="market")
    one = cp.resolve(chair, one.id, "dijawab")
    assert [s.action for s in one.steps] == ["receive", "acknowledge", "resolve"]
    assert one.acknowledged_on == one.closed_on == TODAY
    assert _audit(one.id) == ["complaints.receive", "complaints.acknowledge",
                              "complaints.resolve"]
    two = cp.receive_complaint(chair, category="lainnya", description="b", place_kind="market")
    two = cp.reject(chair, two.id, "bukan wewenang pasar")
    assert (two.status, two.acknowledged_on, two.reject_reason) == (
        "rejected", None, "bukan wewenang pasar")
    assert two.within_standard


def test_only_the_area_coordinator_or_the_chair_works_it(market):
    info = cp.receive_complaint(market["bendahara"], category="parkir", description="x",
                                place_kind="zone", place="p1")
    before = all_rows()
    for role in ("sekretaris", "staf", "gudang", "bendahara", "pembaca"):
        with pytest.raises(PermissionDenied):
            cp.acknowledge(market[role], info.id)
    with pytest.raises(PermissionDenied, match="tanpa Ketua"):
        cp.resolve(market["sekretaris"], info.id, "x")
    with pytest.raises(PermissionDenied):
        cp.assign(market["parkir"], info.id, "general")
    with pytest.raises(PermissionDenied):
        cp.receive_complaint(market["pembaca"], category="parkir", description="x",
                             place_kind="market")
    assert all_rows() == before
    cp.acknowledge(market["parkir"], info.id)
    moved = cp.assign(market["ketua"], info.id, "general", "urusan umum")
    assert moved.area == "general" and moved.steps[-1].area == "general"
    with pytest.raises(PermissionDenied):
        cp.add_note(market["parkir"], info.id, "x")
    assert cp.resolve(market["sekretaris"], info.id, "beres").status == "resolved"


def test_a_closed_day_refuses_every_step(market):
    chair = market["ketua"]
    info = cp.receive_complaint(chair, category="keamanan", description="x", place_kind="market")
    close_day(chair, TODAY)
    before = all_rows()
    for move in (lambda: cp.receive_complaint(chair, category="keamanan", description="y",
                                              place_kind="market"),
                 lambda: cp.acknowledge(chair, info.id), lambda: cp.add_note(chair, info.id, "n"),
                 lambda: cp.resolve(chair, info.id, "r"), lambda: cp.reject(chair, info.id, "r"),
                 lambda: cp.assign(chair, info.id, "parking")):
        with pytest.raises(DayClosed):
            move()
    assert all_rows() == before
    # and the database refuses it too
    for sql in ("INSERT INTO complaint_step (complaint_id, step_on, at, action, from_status,"
                f" to_status, note, user_id) VALUES ({info.id}, '2026-11-23', 'x', 'note',"
                " 'received', 'received', '', 1)",
                "UPDATE complaint SET status = 'in_progress', acknowledged_on = '2026-11-23'"
                f" WHERE id = {info.id}",
                "INSERT INTO complaint (number, received_on, received_at, channel,"
                " complainant_kind, category, place_kind, description, area, ack_due_on,"
                " resolve_due_on, created_by, created_at) VALUES ('ADU/2026/00009',"
                " '2026-11-20', 'x', 'kantor', 'pengunjung', 'lainnya', 'market', 'x',"
                " 'general', '2026-11-21', '2026-11-27', 1, 'x')"):
        with pytest.raises(Exception, match="closed_day"):
            raw(sql)
    assert all_rows() == before


@pytest.mark.parametrize("changes, error, key", [
    ({"category": ""}, ValidationError, "complaints.category_empty"),
    ({"category": "banjir"}, ValidationError, "complaints.category_unknown"),
    ({"description": "   "}, ValidationError, "complaints.description_empty"),
    ({"description": "x" * 501}, ValidationError, "input.too_long"),
    ({"complainant_name": "n" * 61}, ValidationError, "input.too_long"),
    ({"place": "Z-99"}, NotFound, "complaints.place_unknown"),
    ({"place_kind": "kolam"}, ValidationError, "complaints.place_kind_unknown"),
    ({"place_kind": "market"}, ValidationError, "complaints.place_not_for_market"),
    ({"place": ""}, ValidationError, "complaints.place_empty"),
    ({"channel": "surat"}, ValidationError, "complaints.channel_unknown"),
    ({"complainant_kind": "turis"}, ValidationError, "complaints.complainant_unknown"),
    ({"trader_id": 1}, ValidationError, "complaints.trader_not_pedagang"),
    ({"complainant_kind": "pedagang", "trader_id": 999}, NotFound, "complaints.person_unknown"),
])
def test_bad_input_changes_nothing(market, changes, error, key):
    values = {"category": "kebersihan", "description": "Sampah", "place_kind": "stall",
              "place": "A-01", **changes}
    before = all_rows()
    with pytest.raises(error) as caught:
        cp.receive_complaint(market["sekretaris"], **values)
    assert caught.value.key == key
    if key == "input.too_long":
        assert caught.value.params["maximum"] in (500, 60)
    assert all_rows() == before


def test_working_without_a_note_or_reason_is_refused(market):
    chair = market["ketua"]
    info = cp.receive_complaint(chair, category="lainnya", description="a", place_kind="market")
    before = all_rows()
    for move, key in ((lambda: cp.resolve(chair, info.id, "  "), "complaints.resolution_empty"),
                      (lambda: cp.reject(chair, info.id, ""), "complaints.reason_empty"),
                      (lambda: cp.add_note(chair, info.id, ""), "complaints.note_empty"),
                      (lambda: cp.assign(chair, info.id, "pasar"), "complaints.area_unknown"),
                      (lambda: cp.acknowledge(chair, "ADU/2026/00099"), "complaints.not_found")):
        with pytest.raises(SekretariatError) as caught:
            move()
        assert caught.value.key == key
    assert all_rows() == before
