"""The demo's parking area is real: a roster every day, a shift report for
every slot (cash hand-overs the close counts, posted as source 'parking'),
ticket books used in consecutive ranges, shortfalls that become debts and
are paid or written off, one tariff change, one attendant leaving and
another starting, and one attendant who under-reports — whom the leak
signal catches. The bulk path (large scale) writes what the services write."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import replace
from fractions import Fraction

from argon2 import PasswordHasher
from demohelp import TODAY, demo_fixture, login, opened, rows  # noqa: F401  (opened: fixture)

from sekretariat import db
from sekretariat.demo import parking_setup as lot
from sekretariat.demo.build import build_from_plan
from sekretariat.demo.market_plan import make_plan
from sekretariat.demo.market_records import SCALES, SEKOJO_BLOCKS
from sekretariat.services.cash import close_read
from sekretariat.services.core import check, passwords
from sekretariat.services.parking import debts, leaks, tickets

demo = demo_fixture("parking")


def _one(sql, params=()):
    return db.current_database().execute_sql(sql, params).fetchone()[0]


_SLOTS = ("SELECT r.{day}, z.code, s.code, a.name FROM {table} r"
          " JOIN parking_zone z ON z.id = r.zone_id JOIN parking_shift s ON s.id = r.shift_id"
          " JOIN attendant a ON a.id = r.attendant_id")


def test_every_roster_slot_of_every_history_day_has_its_report(opened):
    zones = _one("SELECT count(*) FROM parking_zone")
    assert zones == len(make_plan("small", 2026, TODAY).zones) >= 2
    assert [r[0] for r in rows("SELECT code FROM parking_shift WHERE active = 1"
                               " ORDER BY start_time")] == ["pagi", "siang", "sore"]
    roster = rows(_SLOTS.format(table="roster", day="roster_date") + " ORDER BY 1, 2, 3")
    reports = rows(_SLOTS.format(table="shift_report", day="report_date") + " WHERE r.void_entry_id IS NULL"
                   " ORDER BY 1, 2, 3")
    days = {d for d, *_ in roster}
    history = {(opened.history_start + dt.timedelta(days=n)).isoformat()
               for n in range((TODAY - opened.history_start).days)}
    assert days == history | {TODAY.isoformat()}          # today's roster is ready
    assert all(sum(1 for r in roster if r[0] == d) == 3 * zones for d in days)
    assert reports == [r for r in roster if r[0] < TODAY.isoformat()]
    # the attendants rotate: each works every shift of their zone
    shifts = defaultdict(set)
    for _, zone, shift, name in roster:
        shifts[(zone, name)].add(shift)
    assert all(found == {"pagi", "siang", "sore"} for found in shifts.values())


def test_income_equals_the_reports_and_debts_equal_the_receivable(opened):
    expected = _one("SELECT sum(expected) FROM shift_report WHERE void_entry_id IS NULL")
    income = _one("SELECT sum(l.credit - l.debit) FROM journal_line l JOIN account a"
                  " ON a.id = l.account_id WHERE a.code = '4-200'")
    assert income == expected > 0
    receivable = _one("SELECT sum(l.debit - l.credit) FROM journal_line l JOIN account a"
                      " ON a.id = l.account_id WHERE a.code = '1-210'")
    owed = debts.list_debts(login(opened, "parkir"))
    assert receivable == sum(row.debt for row in owed) > 0
    # hand-overs are cash, posted by the reports themselves
    assert _one("SELECT count(*) FROM journal_entry WHERE source = 'parking'") == _one(
        "SELECT count(*) FROM shift_report") + _one(
        "SELECT count(*) FROM shift_report WHERE void_entry_id IS NOT NULL")
    assert _one("SELECT sum(l.debit) FROM journal_line l JOIN account a ON a.id = l.account_id"
                " JOIN journal_entry e ON e.id = l.entry_id WHERE a.code = '1-100'"
                " AND e.source = 'parking' AND e.reverses_id IS NULL") == _one(
        "SELECT sum(handed_over) FROM shift_report")


def test_no_manual_parking_entries_remain(opened):
    assert _one("SELECT count(*) FROM journal_entry WHERE memo LIKE 'Setoran parkir%'"
                " OR source_ref LIKE 'parkir/%'") == 0


def test_shortfalls_become_debts_paid_later_and_one_is_written_off(opened):
    kinds = dict(rows("SELECT kind, count(*) FROM attendant_debt_movement GROUP BY 1"))
    assert kinds["shortfall"] >= 5 and kinds["payment"] >= 3 and kinds["write_off"] == 1
    assert _one("SELECT count(*) FROM shift_report WHERE difference > 0") >= 1   # an excess
    reason, by, day = rows(
        "SELECT m.reason, u.username, m.moved_on FROM attendant_debt_movement m"
        " JOIN app_user u ON u.id = m.created_by WHERE m.kind = 'write_off'")[0]
    assert by == "zainal" and "dihapuskan" in reason
    # every payment comes after a shortfall of the same attendant
    for person, paid_on in rows("SELECT attendant_id, moved_on FROM attendant_debt_movement"
                                " WHERE kind = 'payment'"):
        assert _one("SELECT min(moved_on) FROM attendant_debt_movement WHERE kind ="
                    " 'shortfall' AND attendant_id = ?", (person,)) < paid_on
    # the cash close shows the parking hand-overs as their own source
    draft = close_read.prepare_close(login(opened, "bendahara"),
                                     opened.closed_through + dt.timedelta(days=1))
    assert "parking" in {s.source for s in draft.sources}


def test_a_mistyped_report_is_voided_and_entered_again(opened):
    voided = rows("SELECT r.report_date, r.zone_id, r.shift_id, r.attendant_id, r.void_reason,"
                  " e.reverses_id = r.journal_entry_id FROM shift_report r"
                  " JOIN journal_entry e ON e.id = r.void_entry_id")
    assert voided and all(reason.startswith("salah ketik") and points
                          for *_, reason, points in voided)
    for day, zone, shift, person, *_ in voided:
        assert _one("SELECT count(*) FROM shift_report WHERE report_date = ? AND zone_id = ?"
                    " AND shift_id = ? AND attendant_id = ? AND void_entry_id IS NULL",
                    (day, zone, shift, person)) == 1
    assert any(day > opened.closed_through.isoformat() for day, *_ in voided)


def test_one_tariff_change_keeps_past_days_at_their_tariff(opened):
    history = rows("SELECT t.effective_from, t.amount FROM parking_tariff t"
                   " JOIN vehicle_type v ON v.id = t.vehicle_type_id WHERE v.code = 'motor'"
                   " ORDER BY 1")
    assert [amount for _, amount in history] == [2_000, 3_000]
    change = history[1][0]
    assert opened.history_start.isoformat() < change < TODAY.isoformat()
    tariffs = dict(rows(
        "SELECT r.report_date >= ?, group_concat(DISTINCT l.tariff) FROM shift_report_line l"
        " JOIN shift_report r ON r.id = l.report_id JOIN vehicle_type v"
        " ON v.id = l.vehicle_type_id WHERE v.code = 'motor' GROUP BY 1", (change,)))
    assert tariffs == {0: "2000", 1: "3000"}
    assert _one("SELECT count(*) FROM shift_report_line l JOIN vehicle_type v"
                " ON v.id = l.vehicle_type_id WHERE v.code = 'truk'") > 0


def test_ticket_books_are_used_in_consecutive_ranges_and_renewed(opened):
    session = login(opened, "parkir")
    books = tickets.list_books(session)
    assert len(books) > 10 and any(b.returned_on for b in books)
    by_series = defaultdict(list)
    for book in books:
        by_series[book.series].append(book)
        cursor = book.first_serial      # used from the start, one range after another
        for first, last in book.used:
            assert first == cursor and last >= first
            cursor = last + 1
        if book.returned_on is None:
            assert book.outstanding == book.unused_count
    for found in by_series.values():
        found.sort(key=lambda b: b.first_serial)
        for before, after in zip(found, found[1:]):
            assert before.last_serial < after.first_serial
    out = tickets.unreturned_books(session)
    assert {b.attendant_name for b in out} >= {lot.UNDER_REPORTER}
    from_tickets = _one("SELECT count(DISTINCT report_id) FROM shift_report_line"
                        " WHERE ticket_book_id IS NOT NULL")
    assert 0 < from_tickets < _one("SELECT count(*) FROM shift_report")


def test_an_attendant_leaves_and_another_starts(opened):
    left, start, end = rows("SELECT name, start_date, end_date FROM attendant"
                            " WHERE status = 'nonaktif'")[0]
    assert left == lot.LEAVER and start < end
    joined = _one("SELECT start_date FROM attendant WHERE name = ?", (lot.NEWCOMER,))
    assert joined == (dt.date.fromisoformat(end) + dt.timedelta(days=1)).isoformat()
    assert _one("SELECT max(r.roster_date) FROM roster r JOIN attendant a"
                " ON a.id = r.attendant_id WHERE a.name = ?", (lot.LEAVER,)) == end
    assert _one("SELECT count(*) FROM ticket_book b JOIN attendant a ON a.id = b.attendant_id"
                " WHERE a.name = ? AND b.returned_on IS NULL", (lot.LEAVER,)) == 0


def _comparable_ratios() -> dict[str, Fraction]:
    """Per attendant: vehicles per report on their slots (zone, weekday,
    shift) over the others' vehicles per report on the same slots."""
    found = rows(
        "SELECT a.name, r.zone_id, strftime('%w', r.report_date), r.shift_id,"
        " (SELECT sum(count) FROM shift_report_line l WHERE l.report_id = r.id)"
        " FROM shift_report r JOIN attendant a ON a.id = r.attendant_id"
        " WHERE r.void_entry_id IS NULL AND r.hours_worked_minutes IS NULL")
    slots = defaultdict(lambda: defaultdict(list))
    for name, *slot, vehicles in found:
        slots[tuple(slot)][name].append(vehicles)
    own, others = defaultdict(Fraction), defaultdict(Fraction)
    for people in slots.values():
        for name, counts in people.items():
            rest = [c for other, cs in people.items() if other != name for c in cs]
            if len(counts) >= 3 and len(rest) >= 3:
                own[name] += sum(counts)
                others[name] += Fraction(sum(rest), len(rest)) * len(counts)
    return {name: own[name] / others[name] for name in own}


def test_the_under_reporter_counts_about_30_percent_less_and_is_flagged(opened):
    ratios = _comparable_ratios()
    assert Fraction(6, 10) < ratios[lot.UNDER_REPORTER] < Fraction(78, 100)
    assert all(ratio > Fraction(9, 10) for name, ratio in ratios.items()
               if name != lot.UNDER_REPORTER)
    report = leaks.leak_signals(login(opened, "parkir"), TODAY - dt.timedelta(days=90),
                                TODAY - dt.timedelta(days=1))
    assert [row.name for row in report.rows if row.flagged] == [lot.UNDER_REPORTER]


def test_the_demo_still_checks_clean(opened):
    report = check.integrity_report()
    assert report.ok, [(item.key, item.problems) for item in report.items if not item.ok]


# --- the large scale, on a short history ------------------------------------------

_PARKING = ("parking_zone", "vehicle_type", "parking_shift", "parking_tariff", "attendant",
            "roster", "ticket_book", "shift_report", "shift_report_line",
            "attendant_debt_movement", "journal_entry", "journal_line", "audit_log", "sequence",
            "setting", "cash_close")


def test_the_large_scale_bulk_path_writes_what_the_services_write(tmp_path):
    """Four zones, three shifts, the large scale's volumes, over 50 days with
    every kind of parking event; both paths give the same rows."""
    passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    spec = replace(SCALES["large"], blocks=SEKOJO_BLOCKS[:2], history_years=0,
                   history_days=50)
    plan = make_plan(spec, 5, dt.date(2026, 3, 2))
    via_services = build_from_plan(tmp_path / "services.sqlite", plan, bulk=False)
    via_bulk = build_from_plan(tmp_path / "bulk.sqlite", plan, bulk=True, batch_days=9)
    for table in _PARKING:
        sql = f"SELECT * FROM {table} ORDER BY 1, 2"
        with sqlite3.connect(via_services.path) as a, sqlite3.connect(via_bulk.path) as b:
            assert b.execute(sql).fetchall() == a.execute(sql).fetchall(), table
    with sqlite3.connect(via_bulk.path) as conn:
        per_day = {n for n, in conn.execute(
            "SELECT count(*) FROM shift_report WHERE void_entry_id IS NULL GROUP BY report_date")}
        assert per_day == {12}                                  # 4 zones x 3 shifts
        kinds = {k for k, in conn.execute("SELECT DISTINCT kind FROM attendant_debt_movement")}
        assert kinds == {"shortfall", "payment", "write_off"}
        assert conn.execute("SELECT count(*) FROM shift_report WHERE void_entry_id IS NOT NULL"
                            ).fetchone()[0] >= 1
        assert conn.execute("SELECT count(*) FROM parking_tariff").fetchone()[0] == 5
        assert conn.execute("SELECT count(*) FROM attendant WHERE status = 'nonaktif'"
                            ).fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM ticket_book WHERE returned_on IS NOT NULL"
                            ).fetchone()[0] >= 1
    db.open_database(via_bulk.path)
    try:
        report = check.integrity_report()
        assert report.ok, [(item.key, item.problems) for item in report.items if not item.ok]
    finally:
        db.close_database()
