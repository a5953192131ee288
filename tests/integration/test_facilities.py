"""The facilities register (issue 13 item 1): the condition of a facility on a
day from its history (registration, inspection rounds, repairs), the last
inspection, partial rounds, permissions, closed days (service and trigger),
bad input leaving the database unchanged, audit rows, the market's
classification, and the ``facilities`` commands."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import peewee
import pytest
from dbhelp import all_rows
from test_cli_support import ENV_NAMES, as_user, query

from sekretariat import clock, db
from sekretariat.errors import (
    EXIT_OK,
    EXIT_REFUSED,
    DayClosed,
    NotFound,
    PermissionDenied,
    SekretariatError,
    ValidationError,
)
from sekretariat.i18n import t
from sekretariat.services.complaints import facilities, inspections
from sekretariat.services.complaints.facilities_read import (
    condition_on,
    facility_history,
    list_facilities,
)
from sekretariat.services.core import days, market
from sekretariat.services.leasing import stalls
from sekretariat.services.parking import setup

TODAY = dt.date(2026, 11, 23)
NOV1, NOV10 = dt.date(2026, 11, 1), dt.date(2026, 11, 10)


def _on(day: dt.date) -> None:
    clock.freeze(dt.datetime.combine(day, dt.time(9, 30)))


@pytest.fixture
def market_facilities(sessions):
    """Three facilities registered on 1 Nov, an inspection round on 10 Nov."""
    chair = sessions["ketua"]
    stalls.create_block(chair, "A", "Blok A")
    setup.create_zone(chair, "depan", "Parkir depan", 40)
    _on(NOV1)
    facilities.create_facility(chair, "toilet-a", "toilet", "Toilet Blok A", block="a",
                               quantity=4)
    facilities.create_facility(sessions["sekretaris"], "parkir-depan", "parkir",
                               "Lahan parkir depan", zone="depan")
    facilities.create_facility(sessions["staf"], "mushola", "mushola", "Mushola Al-Ikhlas",
                               location="Lantai 2", condition="rusak_ringan")
    _on(NOV10)
    inspections.record_inspection(chair, {"toilet-a": "rusak_berat", "parkir-depan": "baik",
                                          "mushola": "rusak ringan"},
                                  note="Putaran bulanan", notes={"toilet-a": "Pintu lepas"})
    _on(TODAY)
    return sessions


def _states(session, day):
    return {r.facility.code: (r.condition, r.since, r.last_inspected_on,
                              r.last_inspection_number)
            for r in list_facilities(session, as_of=day)}


def test_condition_on_a_day_comes_from_the_history(market_facilities):
    reader = market_facilities["pembaca"]
    assert _states(reader, dt.date(2026, 10, 31)) == {}
    assert _states(reader, dt.date(2026, 11, 5)) == {
        "toilet-a": ("baik", NOV1, None, None), "parkir-depan": ("baik", NOV1, None, None),
        "mushola": ("rusak_ringan", NOV1, None, None)}
    after = {"toilet-a": ("rusak_berat", NOV10, NOV10, "INS/2026/00001"),
             "parkir-depan": ("baik", NOV10, NOV10, "INS/2026/00001"),
             "mushola": ("rusak_ringan", NOV10, NOV10, "INS/2026/00001")}
    assert _states(reader, NOV10) == after
    assert _states(reader, dt.date(2026, 11, 9))["toilet-a"] == ("baik", NOV1, None, None)
    # a repair today: the condition changes, the last inspection stays
    inspections.mark_condition(market_facilities["staf"], "toilet-a", "baik",
                               note="Pintu diganti")
    now = _states(reader, None)
    assert now["toilet-a"] == ("baik", TODAY, NOV10, "INS/2026/00001")
    assert _states(reader, NOV10) == after  # the past is not rewritten
    # two rows on one day: the later one counts
    inspections.mark_condition(market_facilities["staf"], "toilet-a", "rusak_ringan")
    toilet = facilities.facility_by_code("toilet-a")
    assert condition_on(toilet.id, TODAY).condition == "rusak_ringan"
    # register order: by kind (toilet, mushola, parkir), then code
    assert [r.facility.code for r in list_facilities(reader)] == [
        "toilet-a", "mushola", "parkir-depan"]
    row = list_facilities(reader)[0].facility
    assert (row.block_code, row.zone_code, row.quantity) == ("A", None, 4)


def test_history_and_inactive_facilities(market_facilities):
    staf = market_facilities["staf"]
    history = facility_history(market_facilities["gudang"], "Toilet-A")
    assert [(e.observed_on, e.condition, e.source, e.inspection_number, e.note)
            for e in history.entries] == [
        (NOV1, "baik", "register", None, ""),
        (NOV10, "rusak_berat", "inspection", "INS/2026/00001", "Pintu lepas")]
    facilities.update_facility(staf, "mushola", name="Mushola Pasar", quantity=2,
                               active=False)
    assert "mushola" not in _states(staf, None)
    every = {r.facility.code: r for r in list_facilities(staf, include_inactive=True)}
    assert every["mushola"].facility.name == "Mushola Pasar"
    assert every["mushola"].facility.active is False
    # an inactive facility is not missing from a round, and cannot be inspected
    done = inspections.record_inspection(staf, {"toilet-a": "baik", "parkir-depan": "baik"})
    assert done.missing == () and done.number == "INS/2026/00002"
    with pytest.raises(ValidationError, match="tidak aktif"):
        inspections.record_inspection(staf, {"mushola": "baik"}, partial=True)


def test_a_round_leaving_facilities_out_is_refused_unless_partial(market_facilities):
    staf = market_facilities["staf"]
    before = all_rows()
    with pytest.raises(ValidationError) as refused:
        inspections.record_inspection(staf, {"toilet-a": "baik"})
    assert "2 fasilitas aktif belum diperiksa: mushola, parkir-depan" in refused.value.message
    assert all_rows() == before
    done = inspections.record_inspection(staf, {"toilet-a": "baik"}, partial=True)
    assert done.number == "INS/2026/00002"  # the refused round took no number
    assert done.missing == ("mushola", "parkir-depan")
    assert done.conditions == (("toilet-a", "baik"),)
    assert query(db.current_path(), "SELECT count(*) FROM facility_condition"
                 " WHERE inspection_id = ?", done.id) == [(1,)]
    # a facility registered after the round's day is neither missing nor allowed
    facilities.create_facility(staf, "pos-1", "keamanan", "Pos keamanan utara")
    old = inspections.record_inspection(staf, {"toilet-a": "baik", "parkir-depan": "baik",
                                               "mushola": "baik"}, day=dt.date(2026, 11, 20))
    assert old.missing == ()
    with pytest.raises(ValidationError, match="baru terdaftar"):
        inspections.record_inspection(staf, {"pos-1": "baik"}, day=dt.date(2026, 11, 20),
                                      partial=True)


def test_permissions(market_facilities):
    s = market_facilities
    for role in ("bendahara", "parkir", "gudang", "pembaca"):
        with pytest.raises(PermissionDenied):
            facilities.create_facility(s[role], f"x-{role}", "sampah", "Tong sampah")
        with pytest.raises(PermissionDenied):
            inspections.record_inspection(s[role], {"toilet-a": "baik"}, partial=True)
        with pytest.raises(PermissionDenied):
            inspections.mark_condition(s[role], "toilet-a", "baik")
        with pytest.raises(PermissionDenied):
            facilities.update_facility(s[role], "toilet-a", name="X")
        assert len(list_facilities(s[role])) == 3
    for role in ("ketua", "bendahara", "sekretaris", "parkir", "gudang", "staf", "pembaca"):
        if role != "ketua":
            with pytest.raises(PermissionDenied):
                market.set_classification(s[role], "C", "IV")
    assert market.get_profile().type_permendag is None


def test_closed_day_refused_by_service_and_trigger(market_facilities):
    chair = market_facilities["ketua"]
    days.close_day(chair, dt.date(2026, 11, 20))
    before = all_rows()
    everything = {"toilet-a": "baik", "parkir-depan": "baik", "mushola": "baik"}
    with pytest.raises(DayClosed):
        inspections.record_inspection(chair, everything, day=dt.date(2026, 11, 20))
    with pytest.raises(DayClosed):
        inspections.mark_condition(chair, "toilet-a", "baik", day=dt.date(2026, 11, 15))
    assert all_rows() == before
    conn = db.current_database()
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        conn.execute_sql("INSERT INTO facility_condition (facility_id, observed_on, condition,"
                         " source, created_by, created_at) VALUES (1, '2026-11-19', 'baik',"
                         " 'repair', 1, 'x')")
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        conn.execute_sql("INSERT INTO inspection (number, inspected_on, created_by, created_at)"
                         " VALUES ('INS/2026/09999', '2026-11-20', 1, 'x')")
    with pytest.raises(peewee.IntegrityError, match="append_only"):
        conn.execute_sql("UPDATE facility_condition SET condition = 'baik' WHERE id = 1")
    assert all_rows() == before
    # the day after the lock is open
    done = inspections.record_inspection(chair, everything, day=dt.date(2026, 11, 21))
    assert done.number == "INS/2026/00002"


@pytest.mark.parametrize("call", [
    lambda s: facilities.create_facility(s, "toilet-b", "wc", "Toilet B"),
    lambda s: facilities.create_facility(s, "toilet-b", "toilet", "Toilet B",
                                         condition="lumayan"),
    lambda s: facilities.create_facility(s, "toilet-b", "toilet", "T" * 81),
    lambda s: facilities.create_facility(s, "toilet-b", "toilet", "   "),
    lambda s: facilities.create_facility(s, "Toilet B", "toilet", "Toilet B"),
    lambda s: facilities.create_facility(s, "toilet-a", "toilet", "Toilet lagi"),
    lambda s: facilities.create_facility(s, "toilet-b", "toilet", "Toilet B", quantity=0),
    lambda s: facilities.create_facility(s, "toilet-b", "toilet", "Toilet B", block="Z"),
    lambda s: facilities.create_facility(s, "toilet-b", "toilet", "Toilet B", zone="x"),
    lambda s: facilities.create_facility(s, "toilet-b", "toilet", "Toilet B", block="A",
                                         zone="depan"),
    lambda s: facilities.create_facility(s, "toilet-b", "toilet", "Toilet B",
                                         location="L" * 121),
    lambda s: facilities.update_facility(s, "toilet-a", quantity="dua"),
    lambda s: facilities.update_facility(s, "nope", name="X"),
    lambda s: inspections.record_inspection(s, {}),
    lambda s: inspections.record_inspection(s, {"toilet-a": "hancur"}, partial=True),
    lambda s: inspections.record_inspection(s, {"wc-x": "baik"}, partial=True),
    lambda s: inspections.record_inspection(s, {"toilet-a": "baik", "TOILET-A": "baik"},
                                            partial=True),
    lambda s: inspections.record_inspection(s, {"toilet-a": "baik"}, partial=True,
                                            day=dt.date(2026, 11, 24)),
    lambda s: inspections.record_inspection(s, {"toilet-a": "baik"}, partial=True,
                                            note="n" * 301),
    lambda s: inspections.record_inspection(s, {"toilet-a": "baik"}, partial=True,
                                            notes={"mushola": "bocor"}),
    lambda s: inspections.mark_condition(s, "toilet-a", "baik", source="complaint"),
    lambda s: inspections.mark_condition(s, "toilet-a", "baik", source="complaint",
                                         complaint_id=999),
    lambda s: inspections.mark_condition(s, "toilet-a", "baik", complaint_id=1),
    lambda s: inspections.mark_condition(s, "toilet-a", "baik", source="inspection"),
    lambda s: inspections.mark_condition(s, "toilet-a", "sedang"),
    lambda s: market.set_classification(s, "E", "IV"),
    lambda s: market.set_classification(s, "A", "V"),
])
def test_bad_input_changes_nothing(market_facilities, call):
    before = all_rows()
    with pytest.raises((ValidationError, NotFound, SekretariatError)) as refused:
        call(market_facilities["ketua"])
    assert refused.value.message and "facilities." not in refused.value.message
    assert all_rows() == before


def _audit(action):
    return [(json.loads(b) if b else None, json.loads(a)) for b, a in query(
        db.current_path(), "SELECT before, after FROM audit_log WHERE action = ? ORDER BY id",
        action)]


def test_every_write_is_audited(market_facilities):
    staf = market_facilities["staf"]
    created = _audit("facilities.create")
    assert [a["code"] for _, a in created] == ["toilet-a", "parkir-depan", "mushola"]
    assert created[2][1]["condition"] == "rusak_ringan" and created[2][1]["observed_on"] == \
        "2026-11-01"
    [(_, rnd)] = _audit("facilities.inspect")
    assert rnd["number"] == "INS/2026/00001" and rnd["conditions"]["mushola"] == "rusak_ringan"
    assert rnd["notes"] == {"toilet-a": "Pintu lepas"}
    facilities.update_facility(staf, "toilet-a", location="Ujung timur")
    assert _audit("facilities.update") == [({"location": ""}, {"location": "Ujung timur"})]
    inspections.mark_condition(staf, "toilet-a", "baik")
    [(_, mark)] = _audit("facilities.mark_repair")
    assert (mark["facility"], mark["condition"], mark["observed_on"]) == (
        "toilet-a", "baik", "2026-11-23")
    for action in ("facilities.create", "facilities.update", "facilities.inspect",
                   "facilities.mark_repair", "market.classify"):
        assert t(f"audit_action.{action}") != f"audit_action.{action}"


def test_market_classification(chair):
    before = all_rows()
    assert market.get_profile().type_permendag is None
    profile = market.set_classification(chair, "c", " iv ")
    assert (profile.type_permendag, profile.type_sni) == ("C", "IV")
    assert market.set_classification(chair, "C", "IV") == profile  # nothing to change
    # editing the profile's texts keeps the classification
    kept = market.update_profile(chair, market.MarketInfo("Pasar Sekojo Baru", "Jl. Sekojo"))
    assert (kept.type_permendag, kept.type_sni) == ("C", "IV")
    again = market.get_profile()
    assert (again.name, again.type_permendag, again.type_sni) == ("Pasar Sekojo Baru", "C", "IV")
    assert market.set_classification(chair, None, "").type_sni is None
    assert _audit("market.classify") == [
        ({"type_permendag": None, "type_sni": None}, {"type_permendag": "C", "type_sni": "IV"}),
        ({"type_permendag": "C", "type_sni": "IV"}, {"type_permendag": None, "type_sni": None})]
    assert len(all_rows()["audit_log"]) == len(before["audit_log"]) + 3


# --- the command line --------------------------------------------------------------

@pytest.fixture
def cli_market(market_facilities, db_path, monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    db.close_database()
    return db_path


def _csv(result):
    assert result.exit_code == EXIT_OK, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def test_cli_register_inspect_history(cli_market):
    path = cli_market
    rows = _csv(as_user(path, "pembaca", "facilities", "--csv", "--as-of", "10/11/2026"))
    assert [(r["code"], r["condition"], r["last_inspection"]) for r in rows] == [
        ("toilet-a", "rusak_berat", "INS/2026/00001"), ("mushola", "rusak_ringan",
                                                        "INS/2026/00001"),
        ("parkir-depan", "baik", "INS/2026/00001")]
    added = as_user(path, "staf", "facilities", "add", "pdam-1", "--kind", "air", "--name",
                    "Sambungan PDAM", "--block", "A", "--condition", "rusak_berat")
    assert added.exit_code == EXIT_OK, added.output
    assert "pdam-1" in added.output and "Rusak berat" in added.output
    refused = as_user(path, "staf", "facilities", "inspect", "--set", "toilet-a=baik")
    assert refused.exit_code == EXIT_REFUSED
    assert "belum diperiksa" in refused.output and "pdam-1" in refused.output
    bad = as_user(path, "staf", "facilities", "inspect", "--set", "toilet-a=bagus",
                  "--partial")
    assert bad.exit_code == EXIT_REFUSED and "bagus" in bad.output
    done = as_user(path, "staf", "facilities", "inspect", "--set", "toilet-a=baik",
                   "--set", "pdam-1=rusak_ringan", "--partial", "--note", "Cek pagi")
    assert done.exit_code == EXIT_OK, done.output
    assert "INS/2026/00002" in done.output and "mushola, parkir-depan" in done.output
    now = {r["code"]: r for r in _csv(as_user(path, "pembaca", "facilities", "--csv"))}
    assert (now["pdam-1"]["condition"], now["pdam-1"]["block"],
            now["pdam-1"]["last_inspected_on"]) == ("rusak_ringan", "A", "2026-11-23")
    history = _csv(as_user(path, "pembaca", "facilities", "history", "pdam-1", "--csv"))
    assert [(h["date"], h["condition"], h["source"], h["inspection"]) for h in history] == [
        ("2026-11-23", "rusak_berat", "register", ""),
        ("2026-11-23", "rusak_ringan", "inspection", "INS/2026/00002")]
    table = as_user(path, "pembaca", "facilities", env={"COLUMNS": "200"})
    assert table.exit_code == EXIT_OK and "Sambungan PDAM" in table.output
    assert "Rusak ringan" in table.output
    denied = as_user(path, "parkir", "facilities", "add", "x", "--kind", "sampah", "--name",
                     "Tong")
    assert denied.exit_code == EXIT_REFUSED


def test_cli_classification(cli_market):
    path = cli_market
    refused = as_user(path, "sekretaris", "facilities", "classify", "--permendag", "C")
    assert refused.exit_code == EXIT_REFUSED
    done = as_user(path, "ketua", "facilities", "classify", "--permendag", "C", "--sni", "IV")
    assert done.exit_code == EXIT_OK and "Permendag C, SNI IV" in done.output
    kept = as_user(path, "ketua", "facilities", "classify", "--sni", "-")
    assert "Permendag C, SNI belum ditetapkan" in kept.output
    assert query(path, "SELECT type_permendag, type_sni FROM market_profile") == [("C", None)]
    bad = as_user(path, "ketua", "facilities", "classify", "--permendag", "E")
    assert bad.exit_code == EXIT_REFUSED and "A, B, C, D" in bad.output
