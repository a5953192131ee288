"""Parking income trends: per day, month or year, in total, per zone or per
vehicle type, zero-filled over the whole range.

Definitions (the one place that decides them):

* **Parking income** of a period is the ``expected`` of the shift reports
  dated in it that are not voided (``void_entry_id IS NULL``): the amount
  credited to 4-200 Pendapatan Parkir for the shifts worked those days. A
  report voided later drops out of the day it was dated, as its reversal
  takes it out of 4-200.
* Per **vehicle type** it is the sum of ``shift_report_line.amount`` of those
  reports (their lines add up to ``expected``); vehicles are the lines' counts.
* **Handed over** is ``shift_report.handed_over`` of those reports; it exists
  per report only, so it is 0 in a breakdown by vehicle type.

A period is a calendar day, month or year; a point's ``start`` is the first
day of its calendar period, while only reports dated within ``first`` ..
``last`` count (a range may start or end inside a month). Every series has
one point per period of the range, periods without reports at zero. The
sums are one ``GROUP BY`` in SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat.errors import ValidationError
from sekretariat.i18n import t
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.parking.parking_util import check_date, rows

GRAINS = ("day", "month", "year")
BREAKDOWNS = ("total", "zone", "type")
#: The widest range per grain: days at grain 'day', years at any grain.
MAX_DAYS = 400
MAX_YEARS = 50
_KEY_LENGTH = {"day": 10, "month": 7, "year": 4}

#: Reports dated :first .. :last and not voided. The unary + keeps the planner
#: off the UNIQUE index on void_entry_id (NULL for every live report) and on
#: the date index (migration 0010).
NOT_VOID_IN_RANGE = "+r.void_entry_id IS NULL AND r.report_date BETWEEN :first AND :last"

#: Vehicles of one report (a correlated subquery on r.id).
VEHICLES_SQL = "(SELECT coalesce(sum(l.count), 0) FROM shift_report_line l WHERE l.report_id = r.id)"


def trend_sql(grain: str, by: str) -> str:
    """The aggregation behind a trend: rows (period, series id, income,
    vehicles, handed over) for reports dated :first .. :last, not voided.
    The series id is NULL for 'total'."""
    key = f"substr(r.report_date, 1, {_KEY_LENGTH[grain]})"
    where = NOT_VOID_IN_RANGE
    if by == "type":
        return (f"SELECT {key} AS period, l.vehicle_type_id, sum(l.amount), sum(l.count), 0"
                f" FROM shift_report r JOIN shift_report_line l ON l.report_id = r.id"
                f" WHERE {where} GROUP BY 1, 2")
    series = "r.zone_id" if by == "zone" else "NULL"
    return (f"SELECT {key} AS period, {series}, sum(r.expected), sum({VEHICLES_SQL}),"
            f" sum(r.handed_over) FROM shift_report r WHERE {where} GROUP BY 1, 2")


@dataclass(frozen=True)
class TrendPoint:
    period: str        # 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'
    start: dt.date     # first day of the period
    income: int        # Rupiah (expected of non-voided reports / line amounts for 'type')
    vehicles: int      # vehicle count
    handed_over: int   # 0 when by == 'type' (hand-over is per report, not per type)


@dataclass(frozen=True)
class TrendSeries:
    code: str          # zone code / vehicle type code / 'total'
    name: str          # display name
    points: tuple[TrendPoint, ...]   # one per period of the range, zero-filled, in order
    income: int        # sum of points
    vehicles: int


@dataclass(frozen=True)
class Trend:
    grain: str
    by: str
    first: dt.date
    last: dt.date
    periods: tuple[str, ...]
    series: tuple[TrendSeries, ...]  # by='total': exactly one series code 'total'
    totals: tuple[TrendPoint, ...]   # per period over all series
    income: int
    vehicles: int


def periods_between(first: dt.date, last: dt.date, grain: str) -> list[tuple[str, dt.date]]:
    """(key, first day of the calendar period) for every period touching the range."""
    found: list[tuple[str, dt.date]] = []
    if grain == "day":
        day = first
        while day <= last:
            found.append((day.isoformat(), day))
            day += dt.timedelta(days=1)
    elif grain == "month":
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            found.append((f"{year:04d}-{month:02d}", dt.date(year, month, 1)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        found = [(f"{y:04d}", dt.date(y, 1, 1)) for y in range(first.year, last.year + 1)]
    return found


def _check(first: Any, last: Any, grain: str, by: str) -> tuple[dt.date, dt.date]:
    if grain not in GRAINS:
        raise ValidationError("parking.trend_grain_invalid", field="grain", grain=str(grain),
                              allowed=", ".join(GRAINS))
    if by not in BREAKDOWNS:
        raise ValidationError("parking.trend_by_invalid", field="by", by=str(by),
                              allowed=", ".join(BREAKDOWNS))
    first, last = check_date(first, "date_from"), check_date(last, "date_to")
    if last < first:
        raise ValidationError("parking.period_reversed", field="date_to")
    if grain == "day" and (last - first).days + 1 > MAX_DAYS:
        raise ValidationError("parking.trend_too_many_days", field="date_to", maximum=MAX_DAYS)
    if last.year - first.year + 1 > MAX_YEARS:
        raise ValidationError("parking.trend_too_many_years", field="date_to", maximum=MAX_YEARS)
    return first, last


def _names(by: str, ids: set[int]) -> list[tuple[int | None, str, str]]:
    """(id, code, name) of the series: every active zone or type, and any
    inactive one with figures in the range, by code."""
    if by == "total":
        return [(None, "total", t("parking.trend_total"))]
    table = "parking_zone" if by == "zone" else "vehicle_type"
    marks = ",".join("?" * len(ids)) or "NULL"
    return [tuple(r) for r in rows(
        f"SELECT id, code, name FROM {table} WHERE active = 1 OR id IN ({marks})"
        f" ORDER BY {'code' if by == 'zone' else 'id'}", sorted(ids))]


def income_trend(session: Session, first: Any, last: Any, *, grain: str = "day",
                 by: str = "total") -> Trend:
    """Parking income, vehicles and hand-overs of ``first`` .. ``last`` per
    period of ``grain``, in total or per zone or vehicle type."""
    require(session, "parking.view")
    first, last = _check(first, last, grain, by)
    figures: dict[tuple[str, int | None], tuple[int, int, int]] = {}
    for period, series, income, vehicles, handed in rows(
            trend_sql(grain, by), {"first": first.isoformat(), "last": last.isoformat()}):
        figures[(period, series)] = (income, vehicles, handed)
    periods = periods_between(first, last, grain)
    zeros: dict[str, TrendPoint] = {}      # one shared (immutable) zero point per period
    totals = {key: [0, 0, 0] for key, _ in periods}
    series_list = []
    for series_id, code, name in _names(by, {s for _, s in figures if s is not None}):
        points = []
        series_income = series_vehicles = 0
        for key, start in periods:
            got = figures.get((key, series_id))
            if got is None:
                zero = zeros.get(key) or zeros.setdefault(key, TrendPoint(key, start, 0, 0, 0))
                points.append(zero)
                continue
            income, vehicles, handed = got
            points.append(TrendPoint(key, start, income, vehicles, handed))
            series_income += income
            series_vehicles += vehicles
            total = totals[key]
            total[0] += income
            total[1] += vehicles
            total[2] += handed
        series_list.append(TrendSeries(code, name, tuple(points), series_income,
                                       series_vehicles))
    if by == "total":       # the one series is the totals
        total_points = series_list[0].points
    else:
        total_points = tuple(TrendPoint(key, start, *totals[key]) for key, start in periods)
    return Trend(grain, by, first, last, tuple(key for key, _ in periods), tuple(series_list),
                 total_points, sum(s.income for s in series_list),
                 sum(s.vehicles for s in series_list))


def _month_bounds(year: Any, month: Any) -> tuple[dt.date, dt.date]:
    year = _check_year(year)
    if not isinstance(month, int) or isinstance(month, bool) or not 1 <= month <= 12:
        raise ValidationError("parking.month_invalid", field="month", month=str(month))
    first = dt.date(year, month, 1)
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return first, following - dt.timedelta(days=1)


def _check_year(year: Any) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise ValidationError("parking.year_invalid", field="year", year=str(year))
    return year


def year_bounds(year: Any) -> tuple[dt.date, dt.date]:
    """1 January .. 31 December of ``year`` (refused outside 2000-2100)."""
    year = _check_year(year)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def month_trend(session: Session, year: int, month: int, *, by: str = "total") -> Trend:
    """A month's income per day."""
    require(session, "parking.view")
    first, last = _month_bounds(year, month)
    return income_trend(session, first, last, grain="day", by=by)


def year_trend(session: Session, year: int, *, by: str = "total") -> Trend:
    """A year's income per month."""
    require(session, "parking.view")
    first, last = year_bounds(year)
    return income_trend(session, first, last, grain="month", by=by)
