"""The one place that reads the wall clock, so tests can fix 'today'."""

from __future__ import annotations

import datetime as dt

_fixed_now: dt.datetime | None = None


def now() -> dt.datetime:
    """Local time, naive, to the microsecond."""
    return _fixed_now if _fixed_now is not None else dt.datetime.now()


def today() -> dt.date:
    return now().date()


def now_iso() -> str:
    return now().isoformat(timespec="microseconds")


def freeze(when: dt.datetime | dt.date | None) -> None:
    """Fix the clock (tests, demo generation). ``None`` unfreezes it."""
    global _fixed_now
    if isinstance(when, dt.date) and not isinstance(when, dt.datetime):
        when = dt.datetime.combine(when, dt.time(9, 0))
    _fixed_now = when


def fixed() -> dt.datetime | None:
    """The frozen time, or None when the clock runs."""
    return _fixed_now
