"""Parking foundation: zones, vehicle types, shifts and tariffs by effective
date, against a real SQLite file (clock frozen on Monday 23 Nov 2026)."""

from __future__ import annotations

import itertools

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parkinghelp import TODAY, D, dump, raw

from sekretariat.errors import Conflict, DayClosed, NotFound, PermissionDenied, ValidationError
from sekretariat.i18n import set_language, t
from sekretariat.services.core import days
from sekretariat.services.parking import setup, tariffs


def test_the_migration_brings_three_shifts_and_three_vehicle_types(chair):
    shifts = setup.list_shifts(chair)
    assert [(s.code, s.start_time, s.end_time, s.minutes) for s in shifts] == [
        ("pagi", "06:00", "14:00", 480), ("siang", "14:00", "22:00", 480),
        ("malam", "22:00", "06:00", 480)]
    assert [v.code for v in setup.list_vehicle_types(chair)] == ["motor", "mobil", "truk"]
    assert tariffs.tariffs_on(TODAY) == {}


def test_zones_are_created_updated_and_listed_with_an_audit_record(chair):
    zone = setup.create_zone(chair, " MD ", "  Motor   depan ", "1.200")
    assert (zone.code, zone.name, zone.capacity, zone.active) == ("md", "Motor depan", 1200, True)
    setup.create_zone(chair, "mb", "Mobil belakang", 40)
    changed = setup.update_zone(chair, "MD", capacity=150, active=False)
    assert (changed.capacity, changed.active) == (150, False)
    assert [z.code for z in setup.list_zones(chair)] == ["mb", "md"]
    assert [z.code for z in setup.list_zones(chair, active_only=True)] == ["mb"]
    actions = [r[0] for r in raw("SELECT action FROM audit_log WHERE entity = 'parking_zone'"
                                 " ORDER BY id")]
    assert actions == ["parking.zone_create", "parking.zone_create", "parking.zone_update"]


def test_shifts_take_hours_as_typed_and_may_run_past_midnight(chair):
    shift = setup.create_shift(chair, "subuh", "Subuh", "4.00", "08.30")
    assert (shift.start_time, shift.end_time, shift.minutes) == ("04:00", "08:30", 270)
    night = setup.update_shift(chair, "malam", start_time="21:00")
    assert (night.start_time, night.end_time, night.minutes) == ("21:00", "06:00", 540)
    setup.create_vehicle_type(chair, "sepeda", "Sepeda")
    assert setup.update_vehicle_type(chair, "sepeda", active=False).active is False


@pytest.mark.parametrize("call, key", [
    (lambda s: setup.create_zone(s, "", "Kosong", 1), "parking.code_empty"),
    (lambda s: setup.create_zone(s, "a b", "Spasi", 1), "parking.code_invalid"),
    (lambda s: setup.create_zone(s, "x" * 21, "Panjang", 1), "input.too_long"),
    (lambda s: setup.create_zone(s, "md", "x" * 61, 1), "input.too_long"),
    (lambda s: setup.create_zone(s, "md", "   ", 1), "parking.text_empty"),
    (lambda s: setup.create_zone(s, "md", "Motor", -1), "parking.count_invalid"),
    (lambda s: setup.create_zone(s, "md", "Motor", "12,5"), "parking.count_invalid"),
    (lambda s: setup.create_zone(s, "md", "Motor", 2.5), "parking.count_invalid"),
    (lambda s: setup.create_shift(s, "sore", "Sore", "25:00", "18:00"), "parking.time_invalid"),
    (lambda s: setup.create_shift(s, "sore", "Sore", "14:00", "14.00"), "parking.shift_no_length"),
    (lambda s: setup.update_shift(s, "pagi", end_time="6 sore"), "parking.time_invalid"),
    (lambda s: tariffs.set_tariff(s, "motor", 0, TODAY), "parking.tariff_zero"),
    (lambda s: tariffs.set_tariff(s, "motor", -2000, TODAY), "money.negative"),
    (lambda s: tariffs.set_tariff(s, "motor", 1500.5, TODAY), "money.invalid"),
    (lambda s: tariffs.set_tariff(s, "motor", "dua ribu", TODAY), "money.invalid"),
    (lambda s: tariffs.set_tariff(s, "motor", 2000, "31/02/2026"), "date.invalid"),
])
def test_bad_input_is_refused_with_a_message_and_changes_nothing(chair, call, key):
    setup.create_zone(chair, "mb", "Mobil belakang", 40)
    before = dump()
    with pytest.raises(ValidationError) as info:
        call(chair)
    assert info.value.key == key
    assert info.value.message != key          # a real text, in the user's language
    assert dump() == before


def test_a_long_name_is_refused_with_the_limit_shown(chair):
    with pytest.raises(ValidationError) as info:
        setup.create_zone(chair, "md", "x" * 61, 1)
    assert "60" in info.value.message and "61" in info.value.message


def test_duplicates_and_unknown_things_are_refused(chair):
    setup.create_zone(chair, "md", "Motor depan", 10)
    before = dump()
    with pytest.raises(Conflict):
        setup.create_zone(chair, "MD", "Lagi", 10)
    with pytest.raises(Conflict):
        setup.create_vehicle_type(chair, "motor", "Motor lagi")
    with pytest.raises(Conflict):
        setup.create_shift(chair, "pagi", "Pagi lagi", "05:00", "07:00")
    with pytest.raises(NotFound) as info:
        tariffs.set_tariff(chair, "becak", 1000, TODAY)
    assert info.value.key == "parking.type_not_found"
    with pytest.raises(NotFound):
        setup.update_zone(chair, "zz", name="Tidak ada")
    assert dump() == before


def test_a_tariff_change_never_rewrites_a_past_day(chair):
    assert tariffs.tariff_on("motor", D(2026, 10, 31)) is None      # before the first tariff
    tariffs.set_tariff(chair, "motor", "Rp 2.000", D(2026, 11, 1))
    tariffs.set_tariff(chair, "mobil", 5000, D(2026, 11, 1))
    tariffs.set_tariff(chair, "motor", 3000, D(2026, 12, 1))
    assert tariffs.tariff_on("motor", D(2026, 10, 31)) is None
    assert tariffs.tariff_on("motor", D(2026, 11, 1)).amount == 2000
    assert tariffs.tariff_on("motor", D(2026, 11, 30)).amount == 2000
    assert tariffs.tariff_on("motor", D(2026, 12, 1)).amount == 3000
    assert {k: v.amount for k, v in tariffs.tariffs_on(D(2026, 12, 5)).items()} == {
        "motor": 3000, "mobil": 5000}
    assert "truk" not in tariffs.tariffs_on(D(2026, 12, 5))
    # correcting a future row while it is open replaces it, and is audited
    fixed = tariffs.set_tariff(chair, "motor", 2500, D(2026, 12, 1))
    assert fixed.amount == 2500 and len(tariffs.list_tariffs(chair, "motor")) == 2
    assert tariffs.tariff_on("motor", D(2026, 11, 30)).amount == 2000
    audit = [r[0] for r in raw("SELECT action FROM audit_log WHERE entity = 'parking_tariff'"
                               " ORDER BY id")]
    assert audit == ["parking.tariff_create"] * 3 + ["parking.tariff_update"]


def test_a_closed_day_keeps_its_tariff_in_the_service_and_the_database(chair):
    tariffs.set_tariff(chair, "motor", 2000, D(2026, 11, 1))
    tariffs.set_tariff(chair, "motor", 2500, D(2026, 11, 20))
    days.close_day(chair, D(2026, 11, 20))
    before = dump()
    for day in (D(2026, 11, 1), D(2026, 11, 20), D(2026, 11, 5)):
        with pytest.raises(DayClosed):
            tariffs.set_tariff(chair, "motor", 9000, day)
    assert dump() == before
    for sql in ("UPDATE parking_tariff SET amount = 1 WHERE effective_from = '2026-11-20'",
                "UPDATE parking_tariff SET effective_from = '2026-11-21'"
                " WHERE effective_from = '2026-11-20'",
                "UPDATE parking_tariff SET effective_from = '2026-11-19'"
                " WHERE effective_from = '2026-11-01'",
                "DELETE FROM parking_tariff WHERE effective_from = '2026-11-01'",
                "INSERT INTO parking_tariff (vehicle_type_id, amount, effective_from, created_by,"
                " created_at) VALUES (2, 5000, '2026-11-10', 1, 'n')"):
        with pytest.raises(peewee.IntegrityError, match="closed_day"):
            raw(sql)
    assert dump() == before
    # a new tariff from the next open day is fine, and the closed days keep theirs
    tariffs.set_tariff(chair, "motor", 3000, D(2026, 11, 21))
    assert tariffs.tariff_on("motor", D(2026, 11, 20)).amount == 2500
    assert tariffs.tariff_on("motor", D(2026, 11, 21)).amount == 3000


def test_the_database_refuses_a_bad_tariff_row(chair):
    for sql in ("INSERT INTO parking_tariff (vehicle_type_id, amount, effective_from, created_by,"
                " created_at) VALUES (1, 0, '2026-12-01', 1, 'n')",
                "INSERT INTO parking_tariff (vehicle_type_id, amount, effective_from, created_by,"
                " created_at) VALUES (1, 1000, '2026/12/01', 1, 'n')"):
        with pytest.raises(peewee.IntegrityError, match="CHECK"):
            raw(sql)
    raw("INSERT INTO parking_tariff (vehicle_type_id, amount, effective_from, created_by,"
        " created_at) VALUES (1, 1000, '2026-12-01', 1, 'n')")
    with pytest.raises(peewee.IntegrityError, match="UNIQUE"):
        raw("INSERT INTO parking_tariff (vehicle_type_id, amount, effective_from, created_by,"
            " created_at) VALUES (1, 2000, '2026-12-01', 1, 'n')")


ROLES_THAT_MANAGE = {"ketua", "parkir"}
ROLES_THAT_VIEW = {"ketua", "bendahara", "parkir", "pembaca"}


def test_each_role_gets_what_its_job_needs_and_nothing_more(sessions):
    for role, session in sessions.items():
        before = dump()
        if role in ROLES_THAT_MANAGE:
            setup.create_zone(session, f"z-{role}", f"Zona {role}", 5)
            tariffs.set_tariff(session, "motor", 2000, TODAY)
        else:
            for call in (lambda: setup.create_zone(session, "zz", "Zona", 5),
                         lambda: setup.update_shift(session, "pagi", name="Pagi baru"),
                         lambda: setup.create_vehicle_type(session, "becak", "Becak"),
                         lambda: tariffs.set_tariff(session, "motor", 2000, TODAY)):
                with pytest.raises(PermissionDenied) as info:
                    call()
                assert t(f"role.{role}") in info.value.message
            assert dump() == before
        if role in ROLES_THAT_VIEW:
            assert setup.list_zones(session) is not None
            assert tariffs.list_tariffs(session) is not None
        else:
            with pytest.raises(PermissionDenied):
                setup.list_zones(session)
            with pytest.raises(PermissionDenied):
                tariffs.current_tariffs(session)


def test_refusals_speak_english_too(chair):
    set_language("en")
    with pytest.raises(ValidationError) as info:
        setup.create_zone(chair, "md", "Motor", "banyak")
    assert info.value.message == "'banyak' is not a whole number, zero or more."


_codes = itertools.count()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(st.integers(0, 120), st.integers(1, 50_000), max_size=8),
       probes=st.lists(st.integers(-5, 130), min_size=1, max_size=10))
def test_the_tariff_in_force_is_the_latest_on_or_before_the_day(chair, changes, probes):
    """Set a new vehicle type's tariffs in any order; on any day the tariff
    in force is the one with the latest effective date on or before it."""
    code = f"v{next(_codes)}"
    setup.create_vehicle_type(chair, code, code)
    first = D(2026, 11, 24)                              # open days (after the frozen today)
    for offset, amount in sorted(changes.items(), key=lambda kv: (kv[1] % 7, kv[0])):
        tariffs.set_tariff(chair, code, amount, first.fromordinal(first.toordinal() + offset))
    for probe in probes:
        day = first.fromordinal(first.toordinal() + probe)
        earlier = [o for o in changes if o <= probe]
        found = tariffs.tariff_on(code, day)
        in_all = tariffs.tariffs_on(day).get(code)
        if not earlier:
            assert found is None and in_all is None
        else:
            assert found.amount == changes[max(earlier)]
            assert found.effective_from == first.fromordinal(first.toordinal() + max(earlier))
            assert in_all == found
