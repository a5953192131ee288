"""Parking income trends (services/parking/trends.py): zero-filled per day,
month or year, in total, per zone and per vehicle type; the sums equal the
non-voided reports' expected amounts by plain SQL and the line amounts per
type; voided reports drop out; bad input and permissions are refused; and
hypothesis: trend income == sum of expected == the net 4-200 credit of the
parking entries (reversals subtracted)."""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parkinghelp import TODAY, D, raw

from sekretariat import db
from sekretariat.errors import PermissionDenied, ValidationError
from sekretariat.services.core import journal, market, users
from sekretariat.services.parking import attendants, roster, setup, shift_reports, tariffs
from sekretariat.services.parking.trends import income_trend, month_trend, year_trend

PASSWORD = "rahasia-123"


def build_lot(chair) -> dict[str, int]:
    """Two zones, three attendants, motor/mobil tariffs from 1 Sep 2026 (motor
    up from 2,000 to 3,000 on 1 Nov)."""
    setup.create_zone(chair, "md", "Motor depan", 120)
    setup.create_zone(chair, "mb", "Mobil belakang", 40)
    people = {name: attendants.register_attendant(chair, name, D(2026, 1, 5)).id
              for name in ("Andi", "Budi", "Cici")}
    tariffs.set_tariff(chair, "motor", 2000, D(2026, 9, 1))
    tariffs.set_tariff(chair, "mobil", 5000, D(2026, 9, 1))
    tariffs.set_tariff(chair, "motor", 3000, D(2026, 11, 1))
    return people


def put(session, day, zone, shift, attendant, counts, handed_over=None, minutes=None):
    """Roster the attendant and record their report (handed over in full by default)."""
    roster.assign(session, day, zone, shift, attendant)
    if handed_over is None:
        handed_over = sum(n * tariffs.tariff_on(k, day).amount for k, n in counts.items() if n)
    return shift_reports.record_shift_report(session, day, zone, shift, attendant, counts=counts,
                                             handed_over=handed_over, minutes_worked=minutes)


@pytest.fixture
def booked(chair):
    p = build_lot(chair)
    made = [
        put(chair, D(2026, 10, 30), "md", "pagi", p["Andi"], {"motor": 40}),
        put(chair, D(2026, 11, 2), "md", "pagi", p["Andi"], {"motor": 50, "mobil": 2}, 150_000),
        put(chair, D(2026, 11, 2), "mb", "siang", p["Budi"], {"mobil": 10, "truk": 0}),
        put(chair, D(2026, 11, 15), "mb", "malam", p["Cici"], {"motor": 3, "mobil": 7},
            minutes=240),
        put(chair, D(2026, 11, 20), "md", "siang", p["Budi"], {"motor": 80}, 250_000),
    ]
    voided = put(chair, D(2026, 11, 20), "mb", "pagi", p["Cici"], {"mobil": 99})
    shift_reports.void_report(chair, voided.id, "salah hitung")
    return {"people": p, "made": made, "voided": voided}


def sql_expected(first, last) -> int:
    return raw("SELECT coalesce(sum(expected), 0) FROM shift_report WHERE void_entry_id IS NULL"
               " AND report_date BETWEEN ? AND ?", (first.isoformat(), last.isoformat())
               ).fetchone()[0]


def test_a_month_by_day_is_zero_filled_and_sums_to_the_expected(chair, booked):
    trend = month_trend(chair, 2026, 11)
    assert (trend.grain, trend.by, trend.first, trend.last) == (
        "day", "total", D(2026, 11, 1), D(2026, 11, 30))
    assert len(trend.periods) == 30 and trend.periods[0] == "2026-11-01"
    (series,) = trend.series
    assert series.code == "total" and len(series.points) == 30
    by_day = {p.period: (p.income, p.vehicles, p.handed_over) for p in series.points if p.income}
    # hand-checked: 2 Nov 50x3,000 + 2x5,000 and 10x5,000; 15 Nov 3x3,000 + 7x5,000;
    # 20 Nov 80x3,000 (the voided 99 cars are gone)
    assert by_day == {"2026-11-02": (210_000, 62, 200_000), "2026-11-15": (44_000, 10, 44_000),
                      "2026-11-20": (240_000, 80, 250_000)}
    assert series.points[0] == series.points[0].__class__("2026-11-01", D(2026, 11, 1), 0, 0, 0)
    assert trend.income == series.income == 494_000 == sql_expected(D(2026, 11, 1),
                                                                     D(2026, 11, 30))
    assert trend.vehicles == 152
    assert trend.totals == series.points


def test_by_zone_and_by_type_split_the_same_income(chair, booked):
    zones = month_trend(chair, 2026, 11, by="zone")
    assert [(s.code, s.name, s.income, s.vehicles) for s in zones.series] == [
        ("mb", "Mobil belakang", 94_000, 20), ("md", "Motor depan", 400_000, 132)]
    assert all(len(s.points) == 30 for s in zones.series)
    assert sum(p.handed_over for p in zones.totals) == 494_000
    types = month_trend(chair, 2026, 11, by="type")
    lines = dict(raw(
        "SELECT v.code, sum(l.amount) FROM shift_report_line l JOIN shift_report r"
        " ON r.id = l.report_id JOIN vehicle_type v ON v.id = l.vehicle_type_id"
        " WHERE r.void_entry_id IS NULL AND r.report_date LIKE '2026-11-%' GROUP BY v.code"))
    assert {s.code: s.income for s in types.series} == {"motor": 399_000, "mobil": 95_000,
                                                        "truk": 0}
    assert {s.code: s.income for s in types.series if s.income} == lines
    assert all(p.handed_over == 0 for s in types.series for p in s.points)
    for trend in (zones, types):
        assert trend.income == 494_000
        assert [p.income for p in trend.totals] == [
            sum(s.points[i].income for s in trend.series) for i in range(30)]


def test_a_year_by_month_and_ranges_by_year(chair, booked):
    year = year_trend(chair, 2026, by="zone")
    assert year.periods == tuple(f"2026-{m:02d}" for m in range(1, 13))
    assert [p.income for p in year.totals][9:] == [80_000, 494_000, 0]
    assert year.income == sql_expected(D(2026, 1, 1), D(2026, 12, 31)) == 574_000
    assert year.totals[10].start == D(2026, 11, 1)
    # a range inside months counts only its own days
    part = income_trend(chair, D(2026, 10, 30), D(2026, 11, 10), grain="month")
    assert [(p.period, p.income) for p in part.totals] == [("2026-10", 80_000),
                                                           ("2026-11", 210_000)]
    years = income_trend(chair, "1/1/2025", "31/12/2026", grain="year", by="type")
    assert years.periods == ("2025", "2026") and years.income == 574_000


def test_bad_input_and_permissions(sessions, booked):
    chair = sessions["ketua"]
    for call, key in (
            (lambda: income_trend(chair, TODAY, TODAY, grain="week"), "parking.trend_grain_invalid"),
            (lambda: income_trend(chair, TODAY, TODAY, by="attendant"), "parking.trend_by_invalid"),
            (lambda: income_trend(chair, TODAY, D(2026, 11, 1)), "parking.period_reversed"),
            (lambda: income_trend(chair, D(2025, 1, 1), D(2026, 3, 1)),
             "parking.trend_too_many_days"),
            (lambda: income_trend(chair, D(2000, 1, 1), D(2060, 1, 1), grain="year"),
             "parking.trend_too_many_years"),
            (lambda: income_trend(chair, "31/02/2026", TODAY), "date.invalid"),
            (lambda: month_trend(chair, 2026, 13), "parking.month_invalid"),
            (lambda: year_trend(chair, 1999), "parking.year_invalid"),
            (lambda: year_trend(chair, "2026"), "parking.year_invalid")):
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.key == key or key == "date.invalid", refused.value.key
    # 400 days day by day is the widest allowed
    assert len(income_trend(chair, D(2025, 10, 20), D(2026, 11, 23)).periods) == 400
    for role in ("sekretaris", "gudang", "staf"):
        with pytest.raises(PermissionDenied):
            month_trend(sessions[role], 2026, 11)
    for role in ("parkir", "bendahara", "pembaca"):
        assert month_trend(sessions[role], 2026, 11).income == 494_000


# --- hypothesis ------------------------------------------------------------------

@contextlib.contextmanager
def fresh_database():
    with tempfile.TemporaryDirectory() as folder:
        db.open_database(Path(folder) / "prop.sqlite", create=True)
        db.current_database().execute_sql("PRAGMA synchronous = OFF")
        try:
            market.initialize(market.MarketInfo("Pasar Uji"), "ketua", "Ketua", PASSWORD)
            chair = users.login("ketua", PASSWORD)
            yield chair, build_lot(chair)
        finally:
            db.close_database()


autumn = st.integers(0, 83).map(lambda n: D(2026, 9, 1) + dt.timedelta(days=n))
report_draws = st.lists(st.tuples(
    st.sampled_from(["Andi", "Budi", "Cici"]), autumn, st.sampled_from(["md", "mb"]),
    st.sampled_from(["pagi", "siang", "malam"]),
    st.dictionaries(st.sampled_from(["motor", "mobil"]), st.integers(0, 80), min_size=1),
    st.integers(0, 400_000), st.booleans()), min_size=1, max_size=10)


@given(report_draws, st.sampled_from(["total", "zone", "type"]))
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_trend_income_equals_expected_and_the_4_200_credits(chair, draws, by):
    """(``chair`` brings the fixed clock and fast hasher; each example opens
    its own database.)"""
    with fresh_database() as (session, people):
        for name, day, zone, shift, counts, handed, void in draws:
            if not any(counts.values()) and not handed:
                continue
            done = shift_reports.record_shift_report(
                session, day, zone, shift, people[name], counts=counts, handed_over=handed,
                override_off_roster=True) if not raw(
                    "SELECT 1 FROM shift_report WHERE report_date = ? AND zone_id ="
                    " (SELECT id FROM parking_zone WHERE code = ?) AND shift_id ="
                    " (SELECT id FROM parking_shift WHERE code = ?) AND attendant_id = ?"
                    " AND void_entry_id IS NULL",
                    (day.isoformat(), zone, shift, people[name])).fetchone() else None
            if done is not None and void and done.handed_over <= journal.account_balance_unchecked(
                    "1-100", TODAY):
                shift_reports.void_report(session, done.id, "uji")
        first, last = D(2026, 9, 1), D(2026, 11, 23)
        expected = sql_expected(first, last)
        income_4200 = raw(
            "SELECT coalesce(sum(l.credit - l.debit), 0) FROM journal_line l"
            " JOIN journal_entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id"
            " WHERE a.code = '4-200' AND e.source = 'parking' AND e.reverses_id IS NULL"
            ).fetchone()[0] - raw(
            "SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_line l"
            " JOIN journal_entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id"
            " WHERE a.code = '4-200' AND e.reverses_id IS NOT NULL").fetchone()[0]
        for grain in ("day", "month", "year"):
            trend = income_trend(session, first, last, grain=grain, by=by)
            assert trend.income == sum(s.income for s in trend.series) == expected == income_4200
            assert trend.vehicles == raw(
                "SELECT coalesce(sum(l.count), 0) FROM shift_report_line l JOIN shift_report r"
                " ON r.id = l.report_id WHERE r.void_entry_id IS NULL").fetchone()[0]
