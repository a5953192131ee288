"""stall_import.import_stalls: a whole market's stalls at once — every row checked
first, every problem named by line, all of it written in one transaction
(blocks, stalls, own rates, audit) or none of it."""

import datetime as dt
import json

import pytest
from dbhelp import all_rows

from sekretariat import db
from sekretariat.errors import Conflict, DayClosed, PermissionDenied, ValidationError
from sekretariat.services.core import audit, days
from sekretariat.services.leasing import stall_import, stall_rates, stalls
from sekretariat.services.leasing.stall_import import ImportInvalid, StallRow

D = dt.date


def _rows():
    """A (existing block), B and C (new); two own rates."""
    return [
        StallRow("a-01", "A", "kios", "12", monthly_rate="450.000", line=2),
        StallRow("A-02", "a", "Kios", "2,25", note="  pojok   timur ", line=3),
        {"code": "B-01", "block": "B", "kind": "los", "area": "4", "line": 5},
        {"code": "C-01", "block": "C", "kind": "pelataran", "area": 9, "monthly_rate": 150000,
         "line": 6},
    ]


def _audit(actions=("block.create", "stall.create", "stall_rate.create")):
    marks = ", ".join("?" for _ in actions)
    return [(r[0], json.loads(r[1])) for r in db.current_database().execute_sql(
        f"SELECT action, after FROM audit_log WHERE action IN ({marks}) ORDER BY id", actions)]


def test_an_import_creates_blocks_stalls_rates_and_their_audit_records(chair):
    stalls.create_block(chair, "A", "Blok A")
    stall_rates.set_tariff(chair, "los", 200_000, D(2026, 1, 1))
    before_audit = len(_audit())
    result = stall_import.import_stalls(chair, _rows(), effective_from=D(2026, 12, 1))

    assert not result.dry_run
    assert (result.blocks_created, result.stalls_created, result.rates_set) == (2, 4, 2)
    assert result.block_codes == ("B", "C")
    assert result.codes == ("A-01", "A-02", "B-01", "C-01")
    assert [s.line for s in result.stalls] == [2, 3, 5, 6]

    found = {s.code: s for s in stalls.list_stalls(chair)}
    assert sorted(found) == ["A-01", "A-02", "B-01", "C-01"]
    assert (found["A-02"].block_code, found["A-02"].kind, found["A-02"].area_dm2,
            found["A-02"].note) == ("A", "kios", 225, "pojok timur")
    assert (found["C-01"].kind, found["C-01"].area_dm2) == ("pelataran", 900)
    assert [b.code for b in stalls.list_blocks(chair)] == ["A", "B", "C"]
    # own rates from the date given; the tariff for the others
    rate = stall_rates.rate_for(chair, found["A-01"].id, D(2026, 12, 1))
    assert (rate.monthly_rate, rate.source) == (450_000, "stall")
    assert stall_rates.rate_for(chair, found["A-01"].id, D(2026, 11, 30)) is None
    assert stall_rates.rate_for(chair, found["B-01"].id, D(2026, 12, 1)).source == "kind"
    assert [(r.monthly_rate, r.effective_from) for r in
            stall_rates.list_stall_rates(chair, found["C-01"].id)] == [(150_000, D(2026, 12, 1))]

    # audit records as create_block / create_stall / set_stall_rate write them, chained
    records = _audit()[before_audit:]
    assert [a for a, _ in records] == ["block.create", "block.create", "stall.create",
                                       "stall_rate.create", "stall.create", "stall.create",
                                       "stall.create", "stall_rate.create"]
    assert records[0][1] == {"code": "B", "name": ""}
    assert records[2][1] == {"code": "A-01", "block_id": found["A-01"].block_id, "kind": "kios",
                             "area_dm2": 1200, "note": ""}
    assert records[3][1] == {"stall_id": found["A-01"].id, "monthly_rate": 450_000,
                             "effective_from": "2026-12-01", "note": ""}
    count, problems = audit.verify_chain()
    assert problems == [] and count > 0


def test_the_rates_start_today_unless_a_date_is_given_and_lines_default_to_positions(chair):
    result = stall_import.import_stalls(chair, [
        {"code": "X-1", "block": "X", "kind": "kios", "area": "3", "monthly_rate": "100.000"},
        {"code": "X-2", "block": "X", "kind": "kios", "area": "3", "monthly_rate": ""}])
    assert result.effective_from == D(2026, 11, 23)  # the fixtures' today
    assert [s.line for s in result.stalls] == [1, 2] and result.rates_set == 1


def test_a_dry_run_checks_everything_and_writes_nothing(chair):
    stalls.create_block(chair, "A")
    before = all_rows()
    plan = stall_import.import_stalls(chair, _rows(), dry_run=True, effective_from=D(2026, 12, 1))
    assert all_rows() == before
    assert plan.dry_run
    assert (plan.blocks_created, plan.stalls_created, plan.rates_set) == (2, 4, 2)
    assert [(s.code, s.block_code, s.area_dm2, s.monthly_rate) for s in plan.stalls][:2] == [
        ("A-01", "A", 1200, 450_000), ("A-02", "A", 225, None)]
    # and a dry run refuses what the import would refuse
    with pytest.raises(ImportInvalid):
        stall_import.import_stalls(chair, [*_rows(), _rows()[0]], dry_run=True)
    assert all_rows() == before


def test_every_bad_row_is_named_by_line_and_nothing_is_written(chair):
    stalls.create_block(chair, "A")
    stalls.create_stall(chair, "A-09", "A", "kios", "6")
    before = all_rows()
    bad = [
        StallRow("A-01", "A", "kios", "6", line=2),                 # fine
        StallRow("A-02", "A", "toko", "6", line=3),                 # bad kind
        StallRow("A-03", "A", "los", "2,255", line=4),              # bad area
        StallRow("a-01", "A", "los", "abc", line=7),                # twice in the file + area
        StallRow("A-09", "A", "kios", "6", line=8),                 # already registered
        StallRow("", "Z!", "kios", "6", monthly_rate="0", line=9),  # code, block and rate
        StallRow("B-01", "B", "los", "3", line=10),                 # fine (new block B)
    ]
    with pytest.raises(ImportInvalid) as info:
        stall_import.import_stalls(chair, bad)
    error = info.value
    assert isinstance(error, ValidationError) and error.key == "stall.import_invalid"
    assert [(p.line, p.error.key) for p in error.problems] == [
        (3, "stall.kind_invalid"), (4, "stall.area_precision"), (7, "stall.area_invalid"),
        (7, "stall.import_duplicate"), (8, "stall.exists"), (9, "stall.code_empty"),
        (9, "block.code_invalid"), (9, "stall.rate_zero")]
    assert isinstance(error.problems[3].error, Conflict)
    assert isinstance(error.problems[4].error, Conflict)
    assert error.problems[3].message == "baris 7: Kode lapak A-01 sudah ada di baris 2 berkas ini."
    assert error.problems[1].message.startswith("baris 4: Luas (m²): ")
    # the message lists the first few and counts the rest
    assert error.message.startswith("8 kesalahan di berkas; tidak ada yang diimpor. baris 3: ")
    assert "baris 8" in error.message and "baris 9" not in error.message
    assert error.message.endswith("(dan 3 lagi)")
    assert all_rows() == before
    assert [b.code for b in stalls.list_blocks(chair)] == ["A"]  # B was not created


def test_a_failure_while_writing_leaves_nothing_behind(chair, monkeypatch):
    before = all_rows()

    def broken(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(audit, "record_many", broken)
    with pytest.raises(RuntimeError):
        stall_import.import_stalls(chair, _rows())
    assert all_rows() == before


def test_only_the_chair_and_the_secretary_may_import(sessions):
    before = all_rows()
    for role in ("bendahara", "parkir", "gudang", "staf", "pembaca"):
        with pytest.raises(PermissionDenied):
            stall_import.import_stalls(sessions[role], _rows(), dry_run=True)
        with pytest.raises(PermissionDenied):
            stall_import.import_stalls(sessions[role], _rows())
    assert all_rows() == before
    assert stall_import.import_stalls(sessions["sekretaris"], _rows()).stalls_created == 4


def test_nothing_to_import_is_refused(chair):
    with pytest.raises(ValidationError) as info:
        stall_import.import_stalls(chair, [])
    assert info.value.key == "stall.import_empty"


def test_own_rates_on_a_closed_day_are_refused_but_stalls_alone_are_not(chair):
    days.close_day(chair, D(2026, 11, 20), "")
    before = all_rows()
    with pytest.raises(DayClosed):
        stall_import.import_stalls(chair, _rows(), effective_from=D(2026, 11, 20))
    assert all_rows() == before
    plain = [dict(code=f"P-{i}", block="P", kind="los", area="2") for i in range(3)]
    assert stall_import.import_stalls(chair, plain, effective_from=D(2026, 11, 20)).stalls_created == 3


def test_a_code_registered_meanwhile_is_caught_inside_the_transaction(chair, monkeypatch):
    """The codes are checked again under the write lock: the dry run's answer
    is not trusted for the import itself."""
    checked = []
    real = stall_import._existing_stall_codes

    def spy(codes):
        checked.append(db.in_transaction())
        return real(codes)

    monkeypatch.setattr(stall_import, "_existing_stall_codes", spy)
    stall_import.import_stalls(chair, _rows()[:1])
    assert checked == [True]


def test_an_implausibly_small_rate_is_a_misread_file(chair):
    """``A-1,A,los,2,25``: an unquoted decimal comma in a comma-separated file."""
    from sekretariat.services.leasing.stall_import import ImportInvalid

    with pytest.raises(ImportInvalid) as refused:
        stall_import.import_stalls(chair, [{"code": "A-1", "block": "A", "kind": "los", "area": "2",
                                      "monthly_rate": "25"}])
    assert "Rp25" in refused.value.message and "tanda kutip" in refused.value.message
    assert stalls.list_blocks(chair) == []


def test_a_new_block_takes_its_name_from_the_first_row_that_gives_one(chair):
    stalls.create_block(chair, "A", "Blok A")
    stall_import.import_stalls(chair, [
        {"code": "A-09", "block": "A", "kind": "kios", "area": "6", "block_name": "diabaikan"},
        {"code": "B-01", "block": "B", "kind": "kios", "area": "6"},
        {"code": "B-02", "block": "B", "kind": "los", "area": "4", "block_name": "Blok B — Ikan"},
        {"code": "B-03", "block": "B", "kind": "los", "area": "4", "block_name": "lain"}])
    assert [(b.code, b.name) for b in stalls.list_blocks(chair)] == [
        ("A", "Blok A"), ("B", "Blok B — Ikan")]  # an existing block keeps its name
