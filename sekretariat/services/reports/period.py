"""The period a report covers: a year, a month or any span of days.

``year_period`` / ``month_period`` / ``span`` check what is asked (whole
numbers, a start not after its end, nothing starting in the future) and say
whether the figures are final: a period whose last day is after the last
closed day (``days.lock_date``) is provisional (*sementara*), and every
document made from it says so. ``require_data`` refuses a period in which
nothing was posted. ``previous_year`` is the comparative period.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat import clock
from sekretariat.errors import ValidationError
from sekretariat.services.core import days
from sekretariat.services.core.inputs import one

FIRST_YEAR = 2000


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    kind: str                 # 'year', 'month' or 'span'

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def provisional(self) -> bool:
        """True while the books of its last day can still change."""
        lock = days.lock_date()
        return lock is None or lock < self.end

    def label(self) -> str:
        """'Tahun 2026', 'November 2026', '1 Mar 2026 – 31 Mar 2026'."""
        from sekretariat.i18n import t
        from sekretariat.i18n.formats import fmt_date, fmt_month

        if self.kind == "year":
            return t("report.period.year", year=self.year)
        if self.kind == "month":
            return fmt_month(self.year, self.start.month)
        return t("report.period.span", start=fmt_date(self.start), end=fmt_date(self.end))

    def slug(self) -> str:
        """For file names: '2026', '2026-11', '2026-03-01_2026-03-31'."""
        if self.kind == "year":
            return f"{self.year}"
        if self.kind == "month":
            return f"{self.year}-{self.start.month:02d}"
        return f"{self.start.isoformat()}_{self.end.isoformat()}"


def _whole(value: Any, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or isinstance(value, float):
        raise ValidationError("report.period_number", field=field, text=str(value))
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise ValidationError("report.period_number", field=field, text=str(value)) from None
    if not low <= number <= high:
        raise ValidationError("report.period_range", field=field, text=str(value),
                              low=low, high=high)
    return number


def _not_future(start: dt.date, field: str) -> None:
    if start > clock.today():
        raise ValidationError("report.period_future", field=field)


def year_period(year: Any) -> Period:
    value = _whole(year, "year", FIRST_YEAR, clock.today().year + 1)
    start = dt.date(value, 1, 1)
    _not_future(start, "year")
    return Period(start, dt.date(value, 12, 31), "year")


def month_period(year: Any, month: Any) -> Period:
    y = _whole(year, "year", FIRST_YEAR, clock.today().year + 1)
    m = _whole(month, "month", 1, 12)
    start = dt.date(y, m, 1)
    _not_future(start, "month")
    return Period(start, dt.date(y, m, calendar.monthrange(y, m)[1]), "month")


def span(start: dt.date, end: dt.date) -> Period:
    if end < start:
        raise ValidationError("report.period_reversed", field="end")
    _not_future(start, "start")
    return Period(start, end, "span")


def previous_year(period: Period) -> Period:
    """The same days one year earlier (the comparative columns)."""
    def back(day: dt.date) -> dt.date:
        last = calendar.monthrange(day.year - 1, day.month)[1]
        return dt.date(day.year - 1, day.month, min(day.day, last))

    return Period(back(period.start), back(period.end), period.kind)


def has_data(period: Period) -> bool:
    """Anything posted in the period (the journal is the books)."""
    return one("SELECT 1 FROM journal_entry WHERE entry_date BETWEEN ? AND ? LIMIT 1",
               (period.start.isoformat(), period.end.isoformat())) is not None


def books_exist_before(day: dt.date) -> bool:
    return one("SELECT 1 FROM journal_entry WHERE entry_date < ? LIMIT 1",
               (day.isoformat(),)) is not None


def require_data(period: Period) -> Period:
    if not has_data(period):
        raise ValidationError("report.no_data", field="period", period=period.label())
    return period
