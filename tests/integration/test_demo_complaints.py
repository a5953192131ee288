"""The demo's complaints and facilities (issue 13, item 7): a Sekojo-like
market's facilities with a few in poor condition, complaints through the
whole history answered mostly within standard, one recurring problem at one
block, a few overdue on the chair's home screen."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from demohelp import TODAY, demo_fixture, login, opened, rows  # noqa: F401

from sekretariat.services.complaints import facilities_read, rules, stats
from sekretariat.services.complaints.complaints_read import overdue_for

demo = demo_fixture("demo_complaints")


def test_the_market_has_sekojos_facilities_and_its_classification(opened):
    kinds = {kind for kind, in rows("SELECT DISTINCT kind FROM facility")}
    assert {"toilet", "mushola", "air", "listrik", "drainase", "jalan", "parkir", "keamanan",
            "sampah"} <= kinds
    poor = [e for e in facilities_read.conditions_on(TODAY).values() if e.condition != "baik"]
    assert 2 <= len(poor) <= 8
    assert rows("SELECT condition FROM facility_condition WHERE facility_id = (SELECT id FROM"
                " facility WHERE code = 'toilet-d') ORDER BY observed_on DESC, id DESC"
                " LIMIT 1") == [("rusak_berat",)]
    assert rows("SELECT count(*) FROM inspection") == [(1,)]
    assert rows("SELECT type_permendag, type_sni FROM market_profile") == [("C", "IV")]


def test_complaints_run_through_the_history_numbered_without_gaps(opened):
    first, last, count = rows("SELECT min(received_on), max(received_on), count(*)"
                              " FROM complaint")[0]
    start = dt.date.fromisoformat(first)
    assert dt.date.fromisoformat(last) == TODAY - dt.timedelta(days=1)
    weeks = (TODAY - start).days / 7
    assert 6 <= count / weeks <= 12
    assert {c for c, in rows("SELECT DISTINCT category FROM complaint")} == set(
        rules.CATEGORIES)
    numbers = sorted(int(n[-5:]) for n, in rows("SELECT number FROM complaint"))
    assert numbers == list(range(1, count + 1))
    assert rows("SELECT last FROM sequence WHERE series = 'ADU'") == [(count,)]
    # every step is attributed and audited: one audit record per step
    steps = Counter(action for action, in rows("SELECT action FROM complaint_step"))
    audited = Counter(action.split(".")[1] for action, in rows(
        "SELECT action FROM audit_log WHERE entity = 'complaint'"))
    assert steps == audited and steps["receive"] == count


def test_most_are_answered_within_standard_by_an_independent_count(opened):
    chair = login(opened, "ketua")
    year = stats.stats(chair, TODAY.year)
    # independently: from the steps, not the complaint's own columns
    answered = rows(
        "SELECT c.id, c.ack_due_on, c.resolve_due_on,"
        " (SELECT min(step_on) FROM complaint_step s WHERE s.complaint_id = c.id"
        "  AND s.action IN ('acknowledge', 'reject')),"
        " (SELECT max(step_on) FROM complaint_step s WHERE s.complaint_id = c.id"
        "  AND s.action IN ('resolve', 'reject'))"
        " FROM complaint c WHERE c.received_on LIKE ?", (f"{TODAY.year}-%",))
    closed = [r for r in answered if r[4] is not None]
    within = [r for r in closed if r[3] <= r[1] and r[4] <= r[2]]
    assert (year.closed, year.within) == (len(closed), len(within))
    assert 0.8 <= len(within) / len(closed) < 1
    assert rows("SELECT count(*) FROM complaint WHERE status = 'rejected'")[0][0] > 0


def test_the_recurring_problem_is_named_first(opened):
    chair = login(opened, "ketua")
    repeated = stats.stats(chair, TODAY.year).repeated
    top = repeated[0]
    assert (top.place_kind, top.place_code, top.category) == ("block", "C", "kebersihan")
    assert top.count >= 10 and top.count > repeated[1].count + 3


def test_a_few_are_overdue_for_the_chair_and_each_coordinator(opened):
    overdue = overdue_for(login(opened, "ketua"))
    assert [(c.category, c.area) for c in sorted(overdue, key=lambda c: c.number)] == [
        ("fasilitas", "facilities"), ("retribusi", "leasing"), ("parkir", "parking")]
    assert [c.category for c in overdue_for(login(opened, "staf"))] == ["fasilitas"]
    assert [c.category for c in overdue_for(login(opened, "parkir"))] == ["parkir"]
    assert overdue_for(login(opened, "gudang")) == []
