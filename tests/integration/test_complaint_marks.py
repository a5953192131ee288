"""A complaint about a facility marks the facility's condition
(``complaint_marks.mark_from_complaint`` and ``complaints mark``): a
facility_condition row with source 'complaint' pointing at the complaint,
and an audit row; a closed complaint may still mark it, a closed day may
not; a complaint about anything else, a bad condition and a role that does
not manage facilities are refused with the database unchanged."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from complaintshelp import TODAY, close_day, market, raw  # noqa: F401  (fixture)
from dbhelp import all_rows
from test_cli_support import ENV_NAMES, as_user, query

from sekretariat import clock, db
from sekretariat.errors import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    DayClosed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from sekretariat.services.complaints import complaint_marks, facilities
from sekretariat.services.complaints import complaints as cp

NOV1 = dt.date(2026, 11, 1)


@pytest.fixture
def marks(market):
    """wc-b registered on 1 Nov (baik); complaint 1 about it, complaint 2
    about stall A-01."""
    clock.freeze(dt.datetime.combine(NOV1, dt.time(9, 0)))
    facilities.create_facility(market["ketua"], "wc-b", "toilet", "Toilet Blok B", block="B")
    clock.freeze(dt.datetime.combine(TODAY, dt.time(9, 30)))
    desk = market["sekretaris"]
    cp.receive_complaint(desk, category="fasilitas", description="Pintu toilet lepas",
                         place_kind="facility", place="wc-b")
    cp.receive_complaint(desk, category="kebersihan", description="Sampah menumpuk",
                         place_kind="stall", place="A-01")
    return market


def _conditions(code="wc-b"):
    return raw("SELECT c.observed_on, c.condition, c.source, c.complaint_id, c.note,"
               " u.username FROM facility_condition c JOIN facility f ON f.id = c.facility_id"
               " JOIN app_user u ON u.id = c.created_by WHERE f.code = ? ORDER BY c.id",
               (code,)).fetchall()


def _audit():
    return [json.loads(a) for a, in raw(
        "SELECT after FROM audit_log WHERE action = 'facilities.mark_complaint' ORDER BY id")]


def test_a_facility_complaint_marks_its_facility(marks):
    staff = marks["staf"]
    seen = complaint_marks.facility_of(marks["pembaca"], "ADU/2026/00001")
    assert (seen.code, seen.name, seen.active) == ("wc-b", "Toilet Blok B", True)
    assert (seen.state.condition, seen.state.since) == ("baik", NOV1)
    done = complaint_marks.mark_from_complaint(staff, "adu/2026/00001", "rusak berat",
                                               "Engsel patah")
    assert (done.complaint_number, done.code) == ("ADU/2026/00001", "wc-b")
    assert (done.state.condition, done.state.since, done.state.source) == (
        "rusak_berat", TODAY, "complaint")
    assert _conditions() == [
        ("2026-11-01", "baik", "register", None, "", "ketua"),
        ("2026-11-23", "rusak_berat", "complaint", 1, "Engsel patah", "staf")]
    [after] = _audit()
    assert (after["facility"], after["condition"], after["source"], after["complaint_id"],
            after["observed_on"], after["note"]) == (
        "wc-b", "rusak_berat", "complaint", 1, "2026-11-23", "Engsel patah")
    assert complaint_marks.facility_of(marks["pembaca"], 1).state.condition == "rusak_berat"
    # the complaint itself does not move
    assert raw("SELECT status FROM complaint WHERE id = 1").fetchone() == ("received",)


def test_a_closed_complaint_may_still_mark_it(marks):
    cp.resolve(marks["staf"], 1, "Engsel diganti")
    done = complaint_marks.mark_from_complaint(marks["sekretaris"], 1, "baik")
    assert done.state.condition == "baik"
    assert _conditions()[-1] == ("2026-11-23", "baik", "complaint", 1, "", "sekretaris")


def test_a_complaint_about_a_stall_is_refused(marks):
    assert complaint_marks.facility_of(marks["staf"], "ADU/2026/00002") is None
    before = all_rows()
    with pytest.raises(ValidationError) as refused:
        complaint_marks.mark_from_complaint(marks["ketua"], "ADU/2026/00002", "rusak_berat")
    assert "ADU/2026/00002" in refused.value.message
    assert "bukan tentang fasilitas" in refused.value.message
    assert "Kios/los A-01" in refused.value.message
    assert all_rows() == before


@pytest.mark.parametrize(("condition", "note", "error", "words"), [
    ("hancur", "", ValidationError, "baik, rusak_ringan, rusak_berat"),
    ("", "", ValidationError, "Kondisi"),
    ("rusak_berat", "n" * 301, ValidationError, "300"),
])
def test_bad_input_is_refused_and_changes_nothing(marks, condition, note, error, words):
    before = all_rows()
    with pytest.raises(error) as refused:
        complaint_marks.mark_from_complaint(marks["staf"], 1, condition, note)
    assert words in refused.value.message and "facilities." not in refused.value.message
    assert all_rows() == before


def test_an_unknown_complaint_is_refused(marks):
    before = all_rows()
    with pytest.raises(NotFound, match="ADU/2026/00009"):
        complaint_marks.mark_from_complaint(marks["staf"], "ADU/2026/00009", "baik")
    assert all_rows() == before


def test_roles_without_facilities_manage_are_refused(marks):
    before = all_rows()
    for role in ("bendahara", "parkir", "gudang", "pembaca"):
        with pytest.raises(PermissionDenied):
            complaint_marks.mark_from_complaint(marks[role], 1, "rusak_berat")
        assert complaint_marks.facility_of(marks[role], 1).state.condition == "baik"
    assert all_rows() == before


def test_a_closed_day_is_refused(marks):
    close_day(marks["ketua"], TODAY)
    before = all_rows()
    with pytest.raises(DayClosed):
        complaint_marks.mark_from_complaint(marks["staf"], 1, "rusak_berat")
    assert all_rows() == before


# --- the command line --------------------------------------------------------------

@pytest.fixture
def cli_marks(marks, db_path, monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    db.close_database()
    return db_path


def test_cli_mark(cli_marks):
    path = cli_marks
    done = as_user(path, "staf", "complaints", "mark", "ADU/2026/00001", "--condition",
                   "rusak_berat", "--note", "Engsel patah")
    assert done.exit_code == EXIT_OK, done.output
    assert "ADU/2026/00001" in done.output and "Rusak berat" in done.output
    assert "wc-b" in done.output and "23 Nov 2026" in done.output
    marked = ("SELECT c.condition, c.source, k.number, c.note FROM facility_condition c"
              " JOIN complaint k ON k.id = c.complaint_id")
    assert query(path, marked) == [("rusak_berat", "complaint", "ADU/2026/00001",
                                    "Engsel patah")]
    stall = as_user(path, "staf", "complaints", "mark", "ADU/2026/00002", "--condition",
                    "baik")
    assert stall.exit_code == EXIT_REFUSED and "bukan tentang fasilitas" in stall.output
    bad = as_user(path, "staf", "complaints", "mark", "ADU/2026/00001", "--condition",
                  "bagus")
    assert bad.exit_code == EXIT_REFUSED and "bagus" in bad.output
    denied = as_user(path, "pembaca", "complaints", "mark", "ADU/2026/00001", "--condition",
                     "baik")
    assert denied.exit_code == EXIT_REFUSED
    missing = as_user(path, "staf", "complaints", "mark", "ADU/2026/00001")
    assert missing.exit_code == EXIT_USAGE and "--condition" in missing.output
    english = as_user(path, "staf", "--lang", "en", "complaints", "mark", "ADU/2026/00001",
                      "--condition", "baik")
    assert english.exit_code == EXIT_OK and "Good" in english.output
    assert query(path, marked)[1:] == [("baik", "complaint", "ADU/2026/00001", "")]
