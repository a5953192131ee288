"""Overdue (one rule, Python and SQL agree), the home screen's notice by
area, the pattern of a year (within-standard share equals an independent
count), gap-free numbers, the check rules seeing raw-SQL tampering, the
receipt and the CLI."""

from __future__ import annotations

import datetime as dt
import sqlite3
from fractions import Fraction

import pytest
from complaintshelp import TODAY, D, market, raw  # noqa: F401  (fixture)
from test_cli_support import ENV_NAMES, as_user

from sekretariat import clock, db
from sekretariat.errors import EXIT_OK, EXIT_REFUSED, NotFound
from sekretariat.services.complaints import complaints as cp
from sekretariat.services.complaints import complaints_read as cr
from sekretariat.services.complaints import papers, rules, stats
from sekretariat.services.core import check


def _on(day, hour=9):
    clock.freeze(dt.datetime.combine(day, dt.time(hour, 0)))


@pytest.fixture
def year(market):
    """Complaints over 2026: some answered in time, some late, some open."""
    chair, desk = market["ketua"], market["sekretaris"]
    made = {}
    _on(D(2026, 3, 2))
    made["fast"] = cp.resolve(chair, cp.receive_complaint(
        desk, category="kebersihan", description="a", place_kind="block", place="A").id, "ok")
    made["late"] = cp.receive_complaint(desk, category="parkir", description="b",
                                        place_kind="zone", place="p1")
    _on(D(2026, 3, 20))
    cp.resolve(chair, made["late"].id, "telat")                  # past its 7 days
    _on(D(2026, 9, 1))
    made["slow_ack"] = cp.receive_complaint(desk, category="retribusi", description="c",
                                            place_kind="stall", place="A-01")
    _on(D(2026, 9, 4))
    cp.acknowledge(chair, made["slow_ack"].id)                   # acknowledged late
    cp.resolve(chair, made["slow_ack"].id, "ok")
    _on(D(2026, 10, 1))
    made["rejected"] = cp.reject(chair, cp.receive_complaint(
        desk, category="lainnya", description="d", place_kind="market").id, "bukan urusan")
    _on(D(2026, 11, 10))
    for _ in range(3):
        cp.receive_complaint(desk, category="kebersihan", description="sampah blok B",
                             place_kind="block", place="B")
    made["ack_late"] = cp.receive_complaint(desk, category="parkir", description="e",
                                            place_kind="zone", place="p1")
    _on(TODAY, 9)
    made["fresh"] = cp.receive_complaint(desk, category="fasilitas", description="f",
                                         place_kind="facility", place="wc-a")
    _on(TODAY, 10)
    return made


def test_overdue_is_one_rule_in_python_and_sql(year, market):
    everyone = cr.list_complaints(market["ketua"], limit=100)
    flagged = {c.number for c in cr.list_complaints(market["ketua"], overdue=True)}
    assert flagged == {c.number for c in everyone if rules.is_overdue(c, TODAY)}
    assert flagged == {"ADU/2026/00005", "ADU/2026/00006", "ADU/2026/00007",
                       "ADU/2026/00008"}
    # acknowledged but past its resolve-by day: still overdue; acknowledged in
    # time and within its resolve-by day: not
    info = cp.acknowledge(market["parkir"], year["ack_late"].id)
    assert info.overdue
    assert not cr.get_complaint(market["staf"], year["fresh"].id).overdue
    _on(D(2026, 11, 25))
    assert cr.get_complaint(market["staf"], year["fresh"].id).overdue


def test_the_home_notice_shows_the_users_area_only(year, market):
    def numbers(role):
        return [c.number for c in cr.overdue_for(market[role])]

    assert numbers("parkir") == ["ADU/2026/00008"]
    assert numbers("staf") == ["ADU/2026/00005", "ADU/2026/00006", "ADU/2026/00007"]
    assert numbers("sekretaris") == [] and numbers("bendahara") == []
    assert len(numbers("ketua")) == 4
    mine = cr.list_complaints(market["parkir"], mine=True)
    assert {c.area for c in mine} == {"parking"}


def test_stats_and_the_within_standard_share_equal_an_independent_count(year, market):
    found = stats.stats(market["pembaca"], 2026)
    assert found.total == 9 and sum(found.by_month) == 9
    assert found.by_month[2] == 2 and found.by_month[10] == 5
    assert dict(found.by_category)["kebersihan"] == 4
    assert found.by_place[0].label == "Blok B" and found.by_place[0].count == 3
    # independent: read the rows, decide in Python with plain date comparisons
    closed = [r for r in raw("SELECT acknowledged_on, closed_on, ack_due_on, resolve_due_on"
                             " FROM complaint WHERE closed_on IS NOT NULL"
                             " AND received_on LIKE '2026-%'")]
    within = sum(1 for ack, done, ack_due, res_due in closed
                 if (ack or done) <= ack_due and done <= res_due)
    assert (found.closed, found.within) == (4, 2) == (len(closed), within)
    assert found.share_within == Fraction(1, 2)
    assert [(p.label, p.category, p.count) for p in found.repeated] == [
        ("Blok B", "kebersihan", 3)]
    assert stats.stats(market["ketua"], 2025).share_within is None


def test_numbers_have_no_gaps_even_after_refusals(market):
    desk = market["sekretaris"]
    for n in range(6):
        with pytest.raises(NotFound):
            cp.receive_complaint(desk, category="parkir", description="x", place_kind="zone",
                                 place="nope")
        cp.receive_complaint(desk, category="parkir", description=f"x{n}", place_kind="market")
    assert [n for n, in raw("SELECT number FROM complaint ORDER BY id")] == [
        f"ADU/2026/{n:05d}" for n in range(1, 7)]
    assert check.integrity_report().ok


def _failed():
    return {i.key: i.problems for i in check.integrity_report().items if not i.ok}


def _tamper(*statements, triggers=("complaint_fixed",)):
    """Run ``statements`` past the guards (triggers dropped, then put back)."""
    conn = sqlite3.connect(str(db.current_path()), isolation_level=None)
    try:
        kept = [conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (n,)).fetchone()[0]
                for n in triggers]
        conn.execute("PRAGMA ignore_check_constraints = ON")
        for sql in [*[f"DROP TRIGGER {n}" for n in triggers], *statements, *kept]:
            conn.execute(sql)
    finally:
        conn.close()


@pytest.mark.parametrize("sql, rule", [
    ("UPDATE complaint SET status = 'in_progress', acknowledged_on = '2026-11-23'"
     " WHERE number = 'ADU/2026/00009'", "check.complaints_steps"),
    ("UPDATE complaint SET resolution = 'lain' WHERE number = 'ADU/2026/00001'",
     "check.complaints_steps"),
    ("UPDATE complaint SET area = 'warehouse' WHERE number = 'ADU/2026/00009'",
     "check.complaints_steps"),
    ("UPDATE complaint SET status = 'resolved', resolution = NULL, closed_on = '2026-11-23'"
     " WHERE number = 'ADU/2026/00009'", "check.complaints_steps"),
    ("UPDATE complaint SET number = 'ADU/2025/00077' WHERE number = 'ADU/2026/00009'",
     "check.complaints_numbers"),
    ("UPDATE complaint_step SET action = 'note' WHERE id = (SELECT min(id) FROM complaint_step)",
     "check.complaints_steps"),
])
def test_each_rule_sees_raw_tampering(year, sql, rule):
    assert _failed() == {}
    _tamper(sql, triggers=("complaint_fixed", "complaint_step_no_change"))
    assert rule in _failed()


def test_a_complaint_without_steps_is_seen(year):
    _tamper("DELETE FROM complaint_step WHERE complaint_id = 9",
            triggers=("complaint_step_no_delete",))
    assert set(_failed()) == {"check.complaints_steps"}


def test_the_receipt_and_a_copy(year, market, tmp_path):
    first = papers.complaint_receipt_pdf(market["staf"], "ADU/2026/00009", to_dir=tmp_path)
    again = papers.complaint_receipt_pdf(market["staf"], 9, to_dir=tmp_path)
    assert first.name == "ADU-2026-00009.pdf" and again.name == "ADU-2026-00009-salinan-2.pdf"
    assert first.read_bytes().startswith(b"%PDF")


@pytest.fixture
def cli_db(year, market, db_path, monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    db.close_database()
    return db_path


def test_cli_lists_stats_and_works_a_complaint(cli_db):
    result = as_user(cli_db, "parkir", "complaints", "--overdue", "--mine", "--csv")
    assert result.exit_code == EXIT_OK, result.output
    assert [line.split(",")[0] for line in result.output.splitlines()[1:]] == [
        "ADU/2026/00008"]
    result = as_user(cli_db, "pembaca", "complaints", "stats", "--year", "2026", "--csv")
    assert "within_standard,,,2" in result.output and "closed,,,4" in result.output
    result = as_user(cli_db, "parkir", "complaints", "resolve", "ADU/2026/00008")
    assert result.exit_code == EXIT_REFUSED and "catatan" in result.output
    result = as_user(cli_db, "staf", "complaints", "resolve", "ADU/2026/00008", "--note", "x")
    assert result.exit_code == EXIT_REFUSED
    result = as_user(cli_db, "parkir", "complaints", "resolve", "ADU/2026/00008", "--note",
                     "Ditertibkan")
    assert result.exit_code == EXIT_OK, result.output
    result = as_user(cli_db, "staf", "complaints", "receive", "--category", "kebersihan",
                     "--place-kind", "block", "--place", "A", "--description", "Got mampet")
    assert result.exit_code == EXIT_OK and "ADU/2026/00010" in result.output
    result = as_user(cli_db, "staf", "complaints", "show", "ADU/2026/00008")
    assert result.exit_code == EXIT_OK and "Ditertibkan" in result.output
    result = as_user(cli_db, "staf", "print", "complaint", "ADU/2026/00010")
    assert result.exit_code == EXIT_OK and "ADU-2026-00010.pdf" in result.output
