"""Attendants and the roster: assign, replace, overlapping hours, copying a
week forward in one transaction, closed days, roles and bad input."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest
from parkinghelp import TODAY, D, dump, raw

from sekretariat.errors import Conflict, DayClosed, NotFound, PermissionDenied, ValidationError
from sekretariat.services.core import check, days
from sekretariat.services.parking import attendants, roster, setup

NEXT_MONDAY = D(2026, 11, 30)


@pytest.fixture
def lot(chair):
    setup.create_zone(chair, "md", "Motor depan", 120)
    setup.create_zone(chair, "mb", "Mobil belakang", 40)
    andi = attendants.register_attendant(chair, "Andi", D(2026, 1, 5), phone="0812-1111-2222",
                                         nik="1671012345678901")
    budi = attendants.register_attendant(chair, "Budi", "01/11/2026")
    return {"andi": andi.id, "budi": budi.id}


def _week(chair, lot, monday):
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        roster.assign(chair, day, "md", "pagi", lot["andi"])
        roster.assign(chair, day, "mb", "siang", lot["budi"])


def test_attendants_are_registered_with_contact_and_dates(chair, lot):
    andi = attendants.get_attendant(chair, lot["andi"])
    assert (andi.name, andi.phone, andi.status, andi.start_date, andi.end_date) == (
        "Andi", "0812-1111-2222", "aktif", D(2026, 1, 5), None)
    assert andi.nik == "1671012345678901"
    assert [a.name for a in attendants.list_attendants(chair, active_on=D(2026, 10, 1))] == ["Andi"]
    changed = attendants.update_attendant(chair, lot["budi"], phone="+62 812 3333")
    assert changed.phone == "+62 812 3333"


def test_the_nik_is_masked_for_the_parking_coordinator(sessions, lot):
    seen = attendants.get_attendant(sessions["parkir"], lot["andi"]).nik
    assert seen == "*" * 12 + "8901"
    assert attendants.get_attendant(sessions["bendahara"], lot["andi"]).nik == "1671012345678901"


@pytest.mark.parametrize("call, key", [
    (lambda s: attendants.register_attendant(s, "", TODAY), "parking.text_empty"),
    (lambda s: attendants.register_attendant(s, "x" * 61, TODAY), "input.too_long"),
    (lambda s: attendants.register_attendant(s, "Cici", TODAY, phone="08-abc"),
     "parking.phone_invalid"),
    (lambda s: attendants.register_attendant(s, "Cici", TODAY, phone="0" * 21), "input.too_long"),
    (lambda s: attendants.register_attendant(s, "Cici", TODAY, nik="12345"), "parking.nik_invalid"),
    (lambda s: attendants.register_attendant(s, "Cici", "kemarin"), "date.invalid"),
    (lambda s: attendants.register_attendant(s, "Cici", None), "date.empty"),
])
def test_bad_attendant_input_changes_nothing(chair, lot, call, key):
    before = dump()
    with pytest.raises(ValidationError) as info:
        call(chair)
    assert info.value.key == key
    assert dump() == before


def test_assigning_a_slot_and_reading_the_day(chair, lot):
    roster.assign(chair, TODAY, "mb", "siang", lot["budi"])
    roster.assign(chair, TODAY, "md", "pagi", lot["andi"])
    roster.assign(chair, TODAY, "md", "malam", lot["budi"])      # siang then malam: no overlap
    day = roster.roster_for(chair, TODAY)
    assert [(r.zone_code, r.shift_code, r.attendant_name) for r in day] == [
        ("mb", "siang", "Budi"), ("md", "pagi", "Andi"), ("md", "malam", "Budi")]
    again = roster.assign(chair, TODAY, "md", "pagi", lot["andi"])   # the same: nothing new
    assert again.id == day[1].id
    assert raw("SELECT count(*) FROM audit_log WHERE action = 'parking.roster_assign'"
               ).fetchone()[0] == 3


def test_a_taken_slot_is_replaced_only_when_asked(chair, lot):
    roster.assign(chair, TODAY, "md", "pagi", lot["andi"])
    before = dump()
    with pytest.raises(Conflict) as info:
        roster.assign(chair, TODAY, "md", "pagi", lot["budi"])
    assert info.value.key == "parking.slot_taken" and "Andi" in info.value.message
    assert dump() == before
    row = roster.assign(chair, TODAY, "md", "pagi", lot["budi"], replace=True)
    assert row.attendant_name == "Budi"
    assert [r.attendant_name for r in roster.roster_for(chair, TODAY)] == ["Budi"]
    roster.unassign(chair, TODAY, "md", "pagi")
    assert roster.roster_for(chair, TODAY) == []
    with pytest.raises(NotFound):
        roster.unassign(chair, TODAY, "md", "pagi")


def test_an_attendant_never_works_overlapping_hours(chair, lot):
    roster.assign(chair, TODAY, "md", "malam", lot["andi"])          # 22:00 - 06:00
    setup.create_shift(chair, "subuh", "Subuh", "04:00", "08:00")
    before = dump()
    with pytest.raises(Conflict) as info:
        roster.assign(chair, TODAY, "mb", "malam", lot["andi"])       # same hours elsewhere
    assert info.value.key == "parking.attendant_busy"
    with pytest.raises(Conflict):                                    # into the next morning
        roster.assign(chair, TODAY + dt.timedelta(days=1), "mb", "subuh", lot["andi"])
    assert dump() == before
    roster.assign(chair, TODAY + dt.timedelta(days=1), "mb", "pagi", lot["andi"])  # from 06:00


def test_only_active_attendants_zones_and_shifts_are_rostered(chair, lot):
    before = dump()
    with pytest.raises(ValidationError) as info:
        roster.assign(chair, D(2026, 10, 31), "md", "pagi", lot["budi"])   # before Budi started
    assert info.value.key == "parking.attendant_not_active_on"
    setup.update_zone(chair, "mb", active=False)
    with pytest.raises(ValidationError) as info:
        roster.assign(chair, TODAY, "mb", "pagi", lot["budi"])
    assert info.value.key == "parking.zone_inactive"
    with pytest.raises(NotFound):
        roster.assign(chair, TODAY, "md", "sore", lot["budi"])
    with pytest.raises(NotFound):
        roster.assign(chair, TODAY, "md", "pagi", 999)
    assert dump()["roster"] == before["roster"]


def test_deactivating_waits_for_the_roster_and_then_ends_the_work(chair, lot):
    roster.assign(chair, TODAY + dt.timedelta(days=2), "md", "pagi", lot["budi"])
    before = dump()
    with pytest.raises(Conflict) as info:
        attendants.deactivate_attendant(chair, lot["budi"], TODAY)
    assert info.value.key == "parking.attendant_rostered_later"
    assert dump() == before
    roster.unassign(chair, TODAY + dt.timedelta(days=2), "md", "pagi")
    gone = attendants.deactivate_attendant(chair, lot["budi"])
    assert (gone.status, gone.end_date) == ("nonaktif", TODAY)
    with pytest.raises(ValidationError):
        roster.assign(chair, TODAY + dt.timedelta(days=1), "md", "pagi", lot["budi"])
    roster.assign(chair, TODAY, "md", "pagi", lot["budi"])            # the last day still works
    with pytest.raises(Conflict):
        attendants.deactivate_attendant(chair, lot["budi"])
    assert [a.name for a in attendants.list_attendants(chair, active_on=TODAY + dt.timedelta(
        days=1))] == ["Andi"]


def test_copying_a_week_forward_in_one_action(chair, lot):
    _week(chair, lot, TODAY)
    result = roster.copy_week(chair, TODAY, NEXT_MONDAY)
    assert (result.copied, result.replaced, result.skipped) == (14, 0, ())
    copied = roster.roster_between(chair, NEXT_MONDAY, NEXT_MONDAY + dt.timedelta(days=6))
    original = roster.roster_between(chair, TODAY, TODAY + dt.timedelta(days=6))
    assert [(r.day - dt.timedelta(days=7), r.zone_code, r.shift_code, r.attendant_id)
            for r in copied] == [(r.day, r.zone_code, r.shift_code, r.attendant_id)
                                 for r in original]
    assert raw("SELECT count(*) FROM audit_log WHERE action = 'parking.roster_copy'"
               ).fetchone()[0] == 1
    # copying again finds the same people in place: nothing to do, nothing refused
    assert roster.copy_week(chair, TODAY, NEXT_MONDAY).copied == 0
    assert check.integrity_report().ok


def test_a_copy_over_someone_else_is_refused_whole_unless_told(chair, lot):
    _week(chair, lot, TODAY)
    cici = attendants.register_attendant(chair, "Cici", TODAY).id
    roster.assign(chair, NEXT_MONDAY + dt.timedelta(days=3), "md", "pagi", cici)
    roster.assign(chair, NEXT_MONDAY, "md", "malam", cici)          # a slot the source leaves empty
    before = dump()
    with pytest.raises(Conflict) as info:
        roster.copy_week(chair, TODAY, NEXT_MONDAY)
    assert info.value.key == "parking.copy_would_overwrite" and "1" in info.value.message
    assert dump() == before
    result = roster.copy_week(chair, TODAY, NEXT_MONDAY, overwrite=True)
    assert (result.copied, result.replaced) == (14, 1)
    thursday = roster.roster_for(chair, NEXT_MONDAY + dt.timedelta(days=3))
    assert [(r.zone_code, r.shift_code, r.attendant_name) for r in thursday] == [
        ("mb", "siang", "Budi"), ("md", "pagi", "Andi")]
    assert ("md", "malam", "Cici") in [(r.zone_code, r.shift_code, r.attendant_name)
                                       for r in roster.roster_for(chair, NEXT_MONDAY)]


def test_a_copy_skips_who_has_left_and_refuses_overlaps_whole(chair, lot):
    _week(chair, lot, TODAY)
    for offset in range(2, 7):
        roster.unassign(chair, TODAY + dt.timedelta(days=offset), "mb", "siang")
    attendants.deactivate_attendant(chair, lot["budi"], TODAY + dt.timedelta(days=1))
    result = roster.copy_week(chair, TODAY, NEXT_MONDAY)
    assert result.copied == 7 and [r.attendant_name for r in result.skipped] == ["Budi", "Budi"]
    # a week whose copy would put Andi on two overlapping shifts is refused whole
    second = NEXT_MONDAY + dt.timedelta(days=7)
    roster.assign(chair, second + dt.timedelta(days=4), "mb", "pagi", lot["andi"])
    before = dump()
    with pytest.raises(Conflict) as info:
        roster.copy_week(chair, NEXT_MONDAY, second)
    assert info.value.key == "parking.attendant_busy"
    assert dump() == before


@pytest.mark.parametrize("source, target, key", [
    (D(2026, 11, 24), NEXT_MONDAY, "parking.not_monday"),
    (TODAY, D(2026, 12, 1), "parking.not_monday"),
    (TODAY, TODAY, "parking.copy_same_week"),
    (TODAY, "senin depan", "date.invalid"),
])
def test_a_copy_between_wrong_days_is_refused(chair, lot, source, target, key):
    before = dump()
    with pytest.raises(ValidationError) as info:
        roster.copy_week(chair, source, target)
    assert info.value.key == key
    assert dump() == before


def test_closed_days_keep_their_roster_in_the_service_and_the_database(chair, lot):
    last_week = D(2026, 11, 16)
    _week(chair, lot, last_week)
    days.close_day(chair, D(2026, 11, 20))
    before = dump()
    closed = D(2026, 11, 18)
    for call in (lambda: roster.assign(chair, closed, "md", "malam", lot["budi"]),
                 lambda: roster.assign(chair, closed, "md", "pagi", lot["budi"], replace=True),
                 lambda: roster.unassign(chair, closed, "md", "pagi"),
                 lambda: roster.copy_week(chair, D(2026, 11, 9), last_week),
                 lambda: attendants.deactivate_attendant(chair, lot["andi"], closed),
                 lambda: attendants.update_attendant(chair, lot["budi"],
                                                     start_date=D(2026, 11, 2))):
        with pytest.raises(DayClosed):
            call()
    assert dump() == before
    for sql in ("UPDATE roster SET attendant_id = 2 WHERE roster_date = '2026-11-18'",
                "UPDATE roster SET roster_date = '2026-11-25' WHERE roster_date = '2026-11-18'",
                "UPDATE roster SET roster_date = '2026-11-19' WHERE roster_date = '2026-11-22'",
                "DELETE FROM roster WHERE roster_date = '2026-11-18'",
                "INSERT INTO roster (roster_date, zone_id, shift_id, attendant_id, created_by,"
                " created_at) VALUES ('2026-11-18', 1, 3, 2, 1, 'n')",
                "UPDATE attendant SET start_date = '2026-11-21' WHERE name = 'Budi'",
                "UPDATE attendant SET status = 'nonaktif', end_date = '2026-11-19'"
                " WHERE name = 'Andi'"):
        with pytest.raises(peewee.IntegrityError, match="closed_day"):
            raw(sql)
    with pytest.raises(peewee.IntegrityError, match="append_only"):
        raw("DELETE FROM attendant WHERE name = 'Budi'")
    assert dump() == before
    # the open days after the lock still move, and a copy from the closed week is fine
    assert roster.copy_week(chair, last_week, TODAY).copied == 14


def test_roles_without_the_parking_job_cannot_touch_attendants_or_the_roster(sessions, lot):
    roster.assign(sessions["ketua"], TODAY, "md", "pagi", lot["andi"])
    for role, session in sessions.items():
        before = dump()
        if role in ("ketua", "parkir"):
            roster.assign(session, TODAY, "mb", "pagi", lot["budi"], replace=True)
            continue
        for call in (lambda: attendants.register_attendant(session, "Dedi", TODAY),
                     lambda: attendants.deactivate_attendant(session, lot["andi"]),
                     lambda: roster.assign(session, TODAY, "mb", "siang", lot["budi"]),
                     lambda: roster.unassign(session, TODAY, "md", "pagi"),
                     lambda: roster.copy_week(session, TODAY, NEXT_MONDAY)):
            with pytest.raises(PermissionDenied):
                call()
        assert dump() == before
        if role in ("bendahara", "pembaca"):
            assert len(roster.roster_for(session, TODAY)) >= 1
            assert attendants.list_attendants(session)
        else:
            with pytest.raises(PermissionDenied):
                roster.roster_for(session, TODAY)
            with pytest.raises(PermissionDenied):
                attendants.list_attendants(session)


def test_a_reported_slot_keeps_its_roster(chair, lot):
    """Once the rostered attendant has reported a slot, the roster says who was
    on duty: it cannot be emptied or replaced (nor by a week copy) until the
    report is voided."""
    from sekretariat.services.parking import shift_reports, tariffs

    tariffs.set_tariff(chair, "motor", 2_000, D(2026, 11, 1))
    monday = TODAY                                   # 23 Nov 2026, a Monday
    roster.assign(chair, monday - dt.timedelta(days=7), "md", "pagi", lot["budi"])
    roster.assign(chair, monday, "md", "pagi", lot["andi"])
    done = shift_reports.record_shift_report(chair, monday, "md", "pagi", lot["andi"],
                                             counts={"motor": 10}, handed_over=20_000)
    before = dump()
    with pytest.raises(Conflict) as refused:
        roster.unassign(chair, monday, "md", "pagi")
    assert refused.value.key == "parking.slot_reported" and done.number in refused.value.message
    with pytest.raises(Conflict):
        roster.assign(chair, monday, "md", "pagi", lot["budi"], replace=True)
    assert dump() == before
    copied = roster.copy_week(chair, monday - dt.timedelta(days=7), monday, overwrite=True)
    assert (copied.copied, copied.replaced, len(copied.skipped)) == (0, 0, 1)
    assert [r.attendant_name for r in roster.roster_for(chair, monday)] == ["Andi"]
    shift_reports.void_report(chair, done.id, "salah orang")
    roster.assign(chair, monday, "md", "pagi", lot["budi"], replace=True)
    assert [r.attendant_name for r in roster.roster_for(chair, monday)] == ["Budi"]
