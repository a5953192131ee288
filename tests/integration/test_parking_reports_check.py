"""The rules of shift reports, ticket books and debts in ``sekretariat
check``: each sees raw-SQL tampering past the guards; and hypothesis: the
expected amount is always counts x the tariff in force, and the attendants'
debts always add up to 1-210 after random reports, payments, write-offs and
voids."""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from parkinghelp import D
from test_parking_reports import EARLIER, lot, report  # noqa: F401  (fixture)

from sekretariat import db
from sekretariat.errors import SekretariatError
from sekretariat.services.core import check, journal, market, users
from sekretariat.services.parking import attendants, debts, setup, shift_reports, tariffs, tickets

PASSWORD = "rahasia-123"


def _failed():
    return {i.key: i.problems for i in check.integrity_report().items if not i.ok}


def _tamper(*statements):
    conn = sqlite3.connect(str(db.current_path()), isolation_level=None)
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def _past_trigger(trigger, *statements):
    """Run ``statements`` with ``trigger`` dropped, then put it back."""
    (sql,) = sqlite3.connect(str(db.current_path())).execute(
        "SELECT sql FROM sqlite_master WHERE name = ?", (trigger,)).fetchone()
    _tamper(f"DROP TRIGGER {trigger}", *statements, sql)


@pytest.fixture
def booked(chair, lot):  # noqa: F811  (the imported fixture)
    book = tickets.issue_book(chair, "A", 1, 100, "motor", lot["andi"], EARLIER)
    first = report(chair, lot["andi"], day=EARLIER, tickets_used={"motor": (book.id, 1, 20)},
                   handed_over=30_000)
    second = report(chair, lot["budi"], zone="mb", shift="siang", counts={"mobil": 3},
                    handed_over=15_000)
    debts.pay_debt(chair, lot["andi"], 2_000)
    assert _failed() == {}
    return {"book": book.id, "first": first, "second": second, **lot}


def test_a_payment_movement_without_its_journal_lines_is_seen(booked):
    _tamper("INSERT INTO attendant_debt_movement (attendant_id, moved_on, kind, amount,"
            f" journal_entry_id, reason, created_by, created_at) VALUES ({booked['andi']},"
            f" '2026-11-23', 'payment', 3000, {booked['first'].journal_entry_id}, '', 1, 'x')")
    problems = _failed()
    assert set(problems) == {"check.parking_debts"}
    assert any("Andi" in p for p in problems["check.parking_debts"])


def test_a_line_at_another_tariff_is_seen(booked):
    number = booked["second"].number
    _past_trigger("shift_report_line_no_update",
            "UPDATE shift_report_line SET tariff = 4000, amount = count * 4000"
            f" WHERE report_id = {booked['second'].id}")
    assert _failed() == {"check.parking_report_lines": (
        f"Laporan {number}: angka tidak sesuai jumlah × tarif yang berlaku pada harinya.",)}


def test_a_report_whose_figures_leave_its_entry_is_seen(booked):
    _past_trigger("shift_report_fixed",
            "UPDATE shift_report SET handed_over = handed_over + 1000,"
            f" difference = difference + 1000 WHERE id = {booked['second'].id}")
    assert set(_failed()) == {"check.parking_report_entry"}


def test_overlapping_ticket_ranges_are_seen(booked):
    _tamper("INSERT INTO ticket_book (series, first_serial, last_serial, vehicle_type_id,"
            f" attendant_id, issued_on, created_by, created_at) VALUES ('A', 90, 120, 1,"
            f" {booked['budi']}, '2026-11-23', 1, 'x')")
    assert _failed() == {"check.parking_tickets": (
        "Karcis A 1-100 bertumpang tindih atau di luar bukunya.",)}


def test_a_used_range_outside_its_book_is_seen(booked):
    _past_trigger("shift_report_line_no_update",
            "UPDATE shift_report_line SET first_serial = 91, last_serial = 110"
            f" WHERE report_id = {booked['first'].id}")
    assert set(_failed()) == {"check.parking_tickets"}


# --- hypothesis ------------------------------------------------------------------

@contextlib.contextmanager
def fresh_database():
    with tempfile.TemporaryDirectory() as folder:
        db.open_database(Path(folder) / "prop.sqlite", create=True)
        db.current_database().execute_sql("PRAGMA synchronous = OFF")
        try:
            market.initialize(market.MarketInfo("Pasar Uji"), "ketua", "Ketua", PASSWORD)
            chair = users.login("ketua", PASSWORD)
            setup.create_zone(chair, "md", "Motor depan", 100)
            people = [attendants.register_attendant(chair, n, D(2026, 1, 1)).id
                      for n in ("Andi", "Budi")]
            yield chair, people
        finally:
            db.close_database()


november = st.integers(1, 23).map(lambda n: D(2026, 11, n))
tariff_steps = st.lists(st.tuples(st.sampled_from(["motor", "mobil"]), november,
                                  st.integers(500, 20_000)), min_size=2, max_size=6)
report_actions = st.tuples(
    st.just("report"), st.integers(0, 1), november, st.sampled_from(["pagi", "siang", "malam"]),
    st.dictionaries(st.sampled_from(["motor"] * 4 + ["mobil"] * 4 + ["truk"]),
                    st.integers(0, 60), max_size=3),
    st.integers(0, 150_000))
other_actions = st.one_of(
    st.tuples(st.just("pay"), st.integers(0, 1), st.integers(1, 20_000)),
    st.tuples(st.just("write_off"), st.integers(0, 1), st.integers(1, 20_000)),
    st.tuples(st.just("void"), st.integers(0, 10)))
actions = st.tuples(st.lists(report_actions, min_size=2, max_size=8),
                    st.lists(other_actions, max_size=6)).flatmap(
    lambda drawn: st.permutations(drawn[0] + drawn[1]))


@given(tariff_steps, actions)
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_expected_is_counts_times_tariff_and_debts_equal_1_210(chair, steps, todo):
    """(``chair`` brings the fixed clock and fast hasher; each example opens
    its own database.)"""
    with fresh_database() as (session, people):
        tariffs.set_tariff(session, "motor", steps[0][2], D(2026, 11, 1))
        tariffs.set_tariff(session, "mobil", steps[1][2], D(2026, 11, 1))
        for kind, day, amount in steps[2:]:      # later changes (the same day corrects)
            tariffs.set_tariff(session, kind, amount, day)
        made = []
        for action in todo:
            try:
                if action[0] == "report":
                    _, who, day, shift, counts, handed = action
                    made.append((shift_reports.record_shift_report(
                        session, day, "md", shift, people[who], counts=counts,
                        handed_over=handed, override_off_roster=True), counts))
                elif action[0] == "pay":
                    debts.pay_debt(session, people[action[1]], action[2])
                elif action[0] == "write_off":
                    debts.write_off(session, people[action[1]], action[2], "uji")
                elif made:
                    shift_reports.void_report(session, made[action[1] % len(made)][0].id,
                                              "uji")
            except SekretariatError as refused:
                event(f"refused: {refused.key}")   # a refusal leaves everything consistent
        for done, counts in made:
            expected = sum(count * tariffs.tariff_on(kind, done.day).amount
                           for kind, count in counts.items() if count)
            assert done.expected == expected
            assert all(x.tariff == tariffs.tariff_on(x.vehicle_type, done.day).amount
                       for x in done.lines)
        event(f"reports made: {min(len(made), 3)}+")
        owed = sum(debts.attendant_debt(p) for p in people)
        event(f"debt outstanding: {owed > 0}")
        assert owed == journal.account_balance_unchecked("1-210", D(2100, 1, 1))
        assert all(debts.attendant_debt(p) >= 0 for p in people)
        assert _failed() == {}

