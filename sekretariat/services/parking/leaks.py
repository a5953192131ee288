"""Leak signals: per attendant, what was expected against what was handed
over, the outstanding debt, and a flag when the attendant's counts stay well
below the others' on comparable shifts.

Definitions (the one place that decides them):

* A report counts when it is dated in the range and not voided, as for the
  income (``trends``). Shortfall of a report = max(0, expected - handed
  over), excess = max(0, handed over - expected); ``target`` is the report's
  (prorated) target as copied on it; ``debt`` is ``debts.attendant_debt``
  (``DEBT_SQL``), outstanding now, whatever the range.
* A **slot** is a zone, a weekday (0 = Monday) and a shift. A report's
  vehicles are the sum of its lines' counts; a report for part of a shift
  (``hours_worked_minutes`` shorter than the shift) is scaled up to a full
  shift: vehicles x shift minutes / minutes worked, exactly (``Fraction``).
* In a slot, the attendant's **own mean** is their scaled vehicles per report
  there; the **others' mean** is the same over every other attendant's
  reports in that slot and range. A slot is **compared** only when both
  sides have at least ``min_reports`` reports and the others' mean is above
  zero; its ratio is own mean / others' mean.
* The attendant's **weighted ratio** is their scaled vehicles over all
  compared slots divided by what the others would have counted in as many
  reports: sum(own reports x own mean) / sum(own reports x others' mean).
  None when no slot could be compared.
* **Flagged** when the weighted ratio is below ``threshold`` (default 4/5:
  under 80 % of the others).

Sums and counts come from SQL ``GROUP BY``; only the per-slot means (few
rows) are combined in Python, with ``Fraction``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sekretariat.errors import ValidationError
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.parking.debts import DEBT_SQL
from sekretariat.services.parking.parking_util import check_date, rows
from sekretariat.services.parking.setup import shift_minutes
from sekretariat.services.parking.trends import MAX_YEARS, NOT_VOID_IN_RANGE, VEHICLES_SQL

_WHERE = NOT_VOID_IN_RANGE

#: Per attendant with reports in the range: id, name, reports, vehicles,
#: expected, handed over, shortfall, excess, target, outstanding debt.
SUMMARY_SQL = (
    f"SELECT a.id, a.name, count(*), sum({VEHICLES_SQL}), sum(r.expected), sum(r.handed_over),"
    f" sum(max(r.expected - r.handed_over, 0)), sum(max(r.handed_over - r.expected, 0)),"
    f" sum(r.target), ({DEBT_SQL.format(attendant='a.id')})"
    f" FROM shift_report r JOIN attendant a ON a.id = r.attendant_id WHERE {_WHERE}"
    f" GROUP BY a.id ORDER BY a.name, a.id")

#: Per zone, weekday (0 = Monday), shift, attendant and minutes worked:
#: reports and vehicles (unscaled).
SLOT_SQL = (
    f"SELECT r.zone_id, (CAST(strftime('%w', r.report_date) AS INTEGER) + 6) % 7, r.shift_id,"
    f" r.attendant_id, r.hours_worked_minutes, count(*), sum({VEHICLES_SQL})"
    f" FROM shift_report r WHERE {_WHERE} GROUP BY 1, 2, 3, 4, 5")


@dataclass(frozen=True)
class AttendantSummary:
    attendant_id: int
    name: str
    reports: int
    vehicles: int
    expected: int
    handed_over: int
    shortfall: int     # sum over reports of max(0, expected - handed_over)
    excess: int
    target: int        # sum of the reports' (prorated) targets
    debt: int          # debts.attendant_debt as of now (outstanding)


@dataclass(frozen=True)
class SlotComparison:           # one comparable slot where the attendant looks low
    zone: str                   # zone code
    zone_name: str
    weekday: int                # 0 = Monday
    shift: str                  # shift code
    shift_name: str
    own_reports: int
    own_mean: Fraction          # vehicles per full-shift report (prorated reports scaled)
    others_reports: int
    others_mean: Fraction
    ratio: Fraction             # own_mean / others_mean


@dataclass(frozen=True)
class LeakRow:
    attendant_id: int
    name: str
    expected: int
    handed_over: int
    shortfall: int
    debt: int
    flagged: bool
    ratio: Fraction | None      # the attendant's weighted ratio over all compared slots
    slots: tuple[SlotComparison, ...]  # the figures behind the flag (low slots first)
    target: int = 0             # the reports' (prorated) deposit targets, to set beside
                                # what was handed over


@dataclass(frozen=True)
class LeakReport:
    first: dt.date
    last: dt.date
    threshold: Fraction         # e.g. Fraction(4, 5): flagged below 80 % of the others
    rows: tuple[LeakRow, ...]   # flagged first (lowest ratio first), then by shortfall desc


def _range(first: Any, last: Any) -> tuple[dt.date, dt.date]:
    first, last = check_date(first, "date_from"), check_date(last, "date_to")
    if last < first:
        raise ValidationError("parking.period_reversed", field="date_to")
    if last.year - first.year + 1 > MAX_YEARS:
        raise ValidationError("parking.trend_too_many_years", field="date_to", maximum=MAX_YEARS)
    return first, last


def _params(first: dt.date, last: dt.date) -> dict[str, str]:
    return {"first": first.isoformat(), "last": last.isoformat()}


def attendant_summary(session: Session, first: Any, last: Any) -> list[AttendantSummary]:
    """Every attendant with reports in ``first`` .. ``last``, by name."""
    require(session, "parking.view")
    return [AttendantSummary(*row) for row in rows(SUMMARY_SQL, _params(*_range(first, last)))]


def check_threshold(value: Any) -> Fraction:
    """A fraction above 0 and at most 1 (``Fraction(4, 5)``, ``"0.8"``, ``"4/5"``)."""
    try:
        if isinstance(value, (bool, float)):
            raise ValueError
        if isinstance(value, str):
            text = value.strip().replace(",", ".")
            number = Fraction(text[:-1]) / 100 if text.endswith("%") else Fraction(text)
        elif isinstance(value, (int, Fraction, Decimal)):
            number = Fraction(value)
        else:
            raise ValueError
    except (ValueError, ZeroDivisionError):
        raise ValidationError("parking.threshold_invalid", field="threshold",
                              text=str(value)) from None
    if not 0 < number <= 1:
        raise ValidationError("parking.threshold_invalid", field="threshold", text=str(value))
    return number


def _check_min_reports(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 1000:
        raise ValidationError("parking.min_reports_invalid", field="min_reports",
                              text=str(value), maximum=1000)
    return value


def leak_signals(session: Session, first: Any, last: Any, *,
                 threshold: Any = Fraction(4, 5), min_reports: int = 4) -> LeakReport:
    """Every attendant with reports in the range, with their weighted ratio
    against the others on comparable slots and the flag."""
    require(session, "parking.view")
    threshold = check_threshold(threshold)
    min_reports = _check_min_reports(min_reports)
    first, last = _range(first, last)
    params = _params(first, last)
    summaries = [AttendantSummary(*row) for row in rows(SUMMARY_SQL, params)]
    compared = _comparisons(params, min_reports)
    found = []
    for s in summaries:
        slots = compared.get(s.attendant_id, [])
        ratio = None
        if slots:
            own = sum(c.own_reports * c.own_mean for c in slots)
            others = sum(c.own_reports * c.others_mean for c in slots)
            ratio = Fraction(own) / others
        slots.sort(key=lambda c: (c.ratio, c.zone, c.weekday, c.shift))
        found.append(LeakRow(s.attendant_id, s.name, s.expected, s.handed_over, s.shortfall,
                             s.debt, ratio is not None and ratio < threshold, ratio,
                             tuple(slots), s.target))
    found.sort(key=lambda r: (not r.flagged, r.ratio if r.flagged else 0, -r.shortfall, r.name,
                              r.attendant_id))
    return LeakReport(first, last, threshold, tuple(found))


def _comparisons(params: dict[str, str], min_reports: int) -> dict[int, list[SlotComparison]]:
    """attendant id -> the slots where they can be compared with the others."""
    shifts = {i: (code, name, shift_minutes(start, end)) for i, code, name, start, end in rows(
        "SELECT id, code, name, start_time, end_time FROM parking_shift")}
    zones = {i: (code, name) for i, code, name in rows("SELECT id, code, name FROM parking_zone")}
    # (zone, weekday, shift) -> attendant -> [reports, scaled vehicles]
    slots: dict[tuple[int, int, int], dict[int, list]] = {}
    for zone, weekday, shift, person, minutes, count, vehicles in rows(SLOT_SQL, params):
        full = shifts[shift][2]
        scaled = (Fraction(vehicles) if minutes is None or minutes >= full
                  else Fraction(vehicles * full, minutes))
        held = slots.setdefault((zone, weekday, shift), {}).setdefault(person, [0, Fraction(0)])
        held[0] += count
        held[1] += scaled
    found: dict[int, list[SlotComparison]] = {}
    for (zone, weekday, shift), people in slots.items():
        all_reports = sum(n for n, _ in people.values())
        all_vehicles = sum((v for _, v in people.values()), Fraction(0))
        for person, (own_n, own_v) in people.items():
            others_n, others_v = all_reports - own_n, all_vehicles - own_v
            if own_n < min_reports or others_n < min_reports or others_v <= 0:
                continue
            own_mean, others_mean = own_v / own_n, others_v / others_n
            found.setdefault(person, []).append(SlotComparison(
                zones[zone][0], zones[zone][1], weekday, shifts[shift][0], shifts[shift][1],
                own_n, own_mean, others_n, others_mean, own_mean / others_mean))
    return found
