"""Billing periods, proration and late-fee months: pure integer date arithmetic.

No database, no floats. The rules, stated once:

* **Periods are calendar periods.** A monthly lease is billed per calendar
  month, a quarterly one per calendar quarter (Jan-Mar, Apr-Jun, ...), a yearly
  one per calendar year. The part of a period a lease covers is billed in the
  run for the month in which that part *starts*: a quarterly lease starting on
  15 March is billed 15-31 March in the March run and April-June in the April
  run.
* **Proration by days.** A part covering ``d`` of the period's ``D`` days is
  billed ``rate x months x d / D`` rupiah, **rounded half up to the rupiah**
  (``round_half_up``: exact integer arithmetic, .5 goes up). A full period is
  never prorated, so it is billed exactly ``rate x months``.
* **Percentages are basis points** (2% = 200 bp): ``amount x bp / 10000``,
  rounded half up to the rupiah.
* **Whole months overdue**: month ``m`` has elapsed once ``as_of`` reaches the
  same day-of-month ``m`` months after the due date (clamped to the month's last
  day: due 31 Jan -> 28/29 Feb -> 31 Mar).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

#: Billing frequency -> months per period.
FREQUENCIES: dict[str, int] = {"monthly": 1, "quarterly": 3, "yearly": 12}
BP_DENOMINATOR = 10_000


def round_half_up(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded half up (away from zero on .5),
    exactly, for any sign of the numerator and a positive denominator."""
    if not isinstance(numerator, int) or not isinstance(denominator, int):
        raise TypeError("integers only")
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    if numerator < 0:
        return -round_half_up(-numerator, denominator)
    return (2 * numerator + denominator) // (2 * denominator)


def apply_bp(amount: int, bp: int) -> int:
    """``amount x bp / 10000`` rounded half up: 2% (200 bp) of 1.250.025 is 25.001."""
    return round_half_up(amount * bp, BP_DENOMINATOR)


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day-of-month ``months`` later, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def days_inclusive(start: dt.date, end: dt.date) -> int:
    return (end - start).days + 1


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return days_inclusive(self.start, self.end)


def calendar_period(frequency: str, day: dt.date) -> Period:
    """The calendar month, quarter or year (by ``frequency``) containing ``day``."""
    months = _months(frequency)
    first_month = (day.month - 1) // months * months + 1
    start = dt.date(day.year, first_month, 1)
    return Period(start, month_end(add_months(start, months - 1)))


def period_amount(monthly_rate: int, frequency: str) -> int:
    """What a full period costs: the monthly rate times the months in it."""
    return monthly_rate * _months(frequency)


def prorate(full_amount: int, days: int, period_days: int) -> int:
    """``full_amount x days / period_days`` rounded half up to the rupiah."""
    if not 0 <= days <= period_days:
        raise ValueError("days must lie within the period")
    if days == period_days:
        return full_amount
    return round_half_up(full_amount * days, period_days)


@dataclass(frozen=True)
class BillingPart:
    """The part of one calendar period a lease covers, and what it costs."""

    period: Period
    start: dt.date
    end: dt.date
    amount: int

    @property
    def billed_days(self) -> int:
        return days_inclusive(self.start, self.end)

    @property
    def period_days(self) -> int:
        return self.period.days

    @property
    def prorated(self) -> bool:
        return self.billed_days != self.period_days


def part_in(frequency: str, monthly_rate: int, lease_start: dt.date, lease_end: dt.date,
            period: Period) -> BillingPart | None:
    """The lease's part of ``period`` (None when they do not overlap)."""
    start, end = max(period.start, lease_start), min(period.end, lease_end)
    if start > end:
        return None
    amount = prorate(period_amount(monthly_rate, frequency), days_inclusive(start, end),
                     period.days)
    return BillingPart(period, start, end, amount)


def billing_part(frequency: str, monthly_rate: int, lease_start: dt.date, lease_end: dt.date,
                 year: int, month: int) -> BillingPart | None:
    """What the billing run for ``year``/``month`` bills this lease: the part
    of its period that starts in that month, or None."""
    period = calendar_period(frequency, dt.date(year, month, 1))
    part = part_in(frequency, monthly_rate, lease_start, lease_end, period)
    if part is None or (part.start.year, part.start.month) != (year, month):
        return None
    return part


def lease_parts(frequency: str, monthly_rate: int, lease_start: dt.date,
                lease_end: dt.date) -> list[BillingPart]:
    """Every part a lease is billed for over its whole term, in order."""
    parts = []
    period = calendar_period(frequency, lease_start)
    while period.start <= lease_end:
        part = part_in(frequency, monthly_rate, lease_start, lease_end, period)
        if part is not None:
            parts.append(part)
        period = calendar_period(frequency, period.end + dt.timedelta(days=1))
    return parts


def due_date(part_start: dt.date, due_day: int, issue_date: dt.date) -> dt.date:
    """Due on ``due_day`` of the month the part starts in, but never before the
    part starts nor before the invoice is issued."""
    nominal = dt.date(part_start.year, part_start.month, due_day)
    return max(nominal, part_start, issue_date)


def months_overdue(due: dt.date, as_of: dt.date) -> int:
    """Whole months elapsed since ``due``: the largest m with
    ``add_months(due, m) <= as_of`` (0 when not yet a month late)."""
    if as_of <= due:
        return 0
    months = (as_of.year - due.year) * 12 + as_of.month - due.month
    while months > 0 and add_months(due, months) > as_of:
        months -= 1
    return months


def _months(frequency: str) -> int:
    try:
        return FREQUENCIES[frequency]
    except KeyError:
        raise ValueError(f"unknown billing frequency {frequency!r}") from None
