"""The parking rules in ``sekretariat check``: quiet on a healthy roster and
tariff table, and each sees raw-SQL tampering that gets past the guards."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from parkinghelp import TODAY, D

from sekretariat import db
from sekretariat.services.core import check
from sekretariat.services.parking import attendants, roster, setup, tariffs


def _failed():
    return {i.key: i.problems for i in check.integrity_report().items if not i.ok}


def _tamper(*statements):
    raw = sqlite3.connect(str(db.current_path()), isolation_level=None)
    try:
        for sql in statements:
            raw.execute(sql)
    finally:
        raw.close()


@pytest.fixture
def healthy(chair):
    setup.create_zone(chair, "md", "Motor depan", 120)
    setup.create_zone(chair, "mb", "Mobil belakang", 40)
    andi = attendants.register_attendant(chair, "Andi", D(2026, 11, 1)).id
    budi = attendants.register_attendant(chair, "Budi", D(2026, 11, 1)).id
    tariffs.set_tariff(chair, "motor", 2000, D(2026, 11, 1))
    tariffs.set_tariff(chair, "mobil", 5000, D(2026, 11, 1))
    for offset in range(7):
        day = TODAY + dt.timedelta(days=offset)
        roster.assign(chair, day, "md", "malam", andi)
        roster.assign(chair, day, "mb", "pagi", budi)
        roster.assign(chair, day, "mb", "siang", budi)
    assert _failed() == {}
    return {"andi": andi, "budi": budi}


def test_the_parking_rules_are_registered():
    keys = {r.key for r in check.rules() if r.area == "parking"}
    assert keys == {"check.parking_roster_active", "check.parking_roster_overlap",
                    "check.parking_tariffs", "check.parking_debts",
                    "check.parking_report_lines", "check.parking_report_entry",
                    "check.parking_tickets"}


def test_a_roster_row_before_the_attendant_started_is_seen(healthy):
    _tamper("UPDATE attendant SET start_date = '2026-11-25' WHERE name = 'Andi'")
    failed = _failed()
    assert list(failed) == ["check.parking_roster_active"]
    assert len(failed["check.parking_roster_active"]) == 2          # 23 and 24 Nov
    assert "Andi" in failed["check.parking_roster_active"][0]


def test_a_roster_row_after_the_attendant_left_is_seen(healthy):
    _tamper("UPDATE attendant SET status = 'nonaktif', end_date = '2026-11-28'"
            " WHERE name = 'Budi'")
    failed = _failed()
    assert list(failed) == ["check.parking_roster_active"]
    assert len(failed["check.parking_roster_active"]) == 2          # 29 Nov, pagi and siang


def test_an_attendant_on_overlapping_shifts_is_seen(healthy):
    _tamper("UPDATE parking_shift SET end_time = '15:00' WHERE code = 'pagi'")
    failed = _failed()
    assert list(failed) == ["check.parking_roster_overlap"]
    assert len(failed["check.parking_roster_overlap"]) == 7        # Budi's pagi + siang, daily


def test_a_night_shift_into_the_next_morning_is_seen(healthy):
    _tamper("INSERT INTO parking_shift (code, name, start_time, end_time, created_at)"
            " VALUES ('subuh', 'Subuh', '05:00', '09:00', 'n')",
            "INSERT INTO roster (roster_date, zone_id, shift_id, attendant_id, created_by,"
            " created_at) VALUES ('2026-11-26', (SELECT id FROM parking_zone WHERE code = 'md'),"
            " (SELECT id FROM parking_shift WHERE code = 'subuh'),"
            " (SELECT id FROM attendant WHERE name = 'Andi'), 1, 'n')")
    failed = _failed()
    assert list(failed) == ["check.parking_roster_overlap"]
    assert "Andi" in failed["check.parking_roster_overlap"][0]


def test_a_bad_tariff_row_is_seen(healthy):
    _tamper("PRAGMA ignore_check_constraints = ON",
            "UPDATE parking_tariff SET amount = -500 WHERE vehicle_type_id ="
            " (SELECT id FROM vehicle_type WHERE code = 'mobil')")
    failed = _failed()
    assert set(failed) == {"check.integrity", "check.parking_tariffs"}   # SQLite sees it too
    assert "mobil" in failed["check.parking_tariffs"][0]


def test_two_tariffs_of_one_type_on_one_day_are_seen(healthy):
    _tamper("CREATE TABLE t AS SELECT * FROM parking_tariff",
            "DROP TABLE parking_tariff",
            "CREATE TABLE parking_tariff (id INTEGER PRIMARY KEY, vehicle_type_id INTEGER,"
            " amount INTEGER, effective_from TEXT, created_by INTEGER, created_at TEXT)",
            "INSERT INTO parking_tariff SELECT * FROM t",
            "DROP TABLE t",
            "INSERT INTO parking_tariff (vehicle_type_id, amount, effective_from, created_by,"
            " created_at) VALUES (1, 3000, '2026-11-01', 1, 'n')")
    failed = _failed()
    assert "check.parking_tariffs" in failed      # (the dropped triggers are reported too)
    assert any("motor" in p for p in failed["check.parking_tariffs"])


def test_the_service_refuses_new_hours_that_would_clash(chair, healthy):
    from sekretariat.errors import Conflict

    from parkinghelp import dump
    before = dump()
    with pytest.raises(Conflict) as info:
        setup.update_shift(chair, "pagi", end_time="15:00")
    assert info.value.key == "parking.shift_hours_clash" and "Budi" in info.value.message
    assert dump() == before
    assert setup.update_shift(chair, "pagi", start_time="07:00").start_time == "07:00"
