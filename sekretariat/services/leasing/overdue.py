"""When a bill is overdue: the one rule, for Python and for SQL.

An invoice is overdue (*menunggak*) from the day **after** its due date; on its
due date it is "jatuh tempo hari ini", not yet in arrears. Its age in days
past due is ``as_of - due_date``: 0 on the due date, 1 on the first day in
arrears. The ageing buckets count overdue days 1–30, 31–60, 61–90 and over 90;
everything else open (due today or later) is "belum jatuh tempo".

Every reader asks here: the arrears list and its ageing, the stall map's
colour, late fees, reminder letters, statements, the home screen and the CLI.
SQL queries take their predicates from :func:`overdue_sql` and
:func:`bucket_sql` so the aggregate and the per-row answers cannot drift.
"""

from __future__ import annotations

import datetime as dt

#: Ageing buckets of overdue days: (name, first day, last day or None).
BUCKET_RANGES: tuple[tuple[str, int, int | None], ...] = (
    ("d0_30", 1, 30), ("d31_60", 31, 60), ("d61_90", 61, 90), ("d90_plus", 91, None))


def days_past_due(due_date: dt.date, as_of: dt.date) -> int:
    """Days from the due date to ``as_of``: 0 on the due date, negative before."""
    return (as_of - due_date).days


def is_overdue(due_date: dt.date, as_of: dt.date) -> bool:
    """True from the day after the due date on."""
    return due_date < as_of


def days_overdue(due_date: dt.date, as_of: dt.date) -> int:
    """Days in arrears: 0 while not overdue (due today or later)."""
    return max(days_past_due(due_date, as_of), 0)


def bucket(due_date: dt.date, as_of: dt.date) -> str:
    """The ageing bucket of an open amount due on ``due_date``."""
    if not is_overdue(due_date, as_of):
        return "not_due"
    age = days_past_due(due_date, as_of)
    for name, low, high in BUCKET_RANGES:
        if age >= low and (high is None or age <= high):
            return name
    raise AssertionError(age)  # pragma: no cover - the last range is open


def overdue_sql(due: str = "due_date", day: str = ":day") -> str:
    """The SQL condition "overdue on ``day``" for a due-date column (ISO text)."""
    return f"{due} < {day}"


def age_sql(due: str = "due_date", day: str = ":day") -> str:
    """The SQL expression for days past due (0 on the due date)."""
    return f"CAST(julianday({day}) - julianday({due}) AS INTEGER)"


def bucket_sql(name: str, age: str = "d") -> str:
    """The SQL condition that an age in days (see :func:`age_sql`) falls in a
    bucket; ``not_due`` is every age of 0 or less."""
    if name == "not_due":
        return f"{age} < 1"
    low, high = next((lo, hi) for n, lo, hi in BUCKET_RANGES if n == name)
    return f"{age} >= {low}" if high is None else f"{age} BETWEEN {low} AND {high}"
