"""Dates and times for people, in the current language (babel)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from sekretariat.i18n import get_language


@lru_cache(maxsize=4)
def _locale(lang: str):
    from babel import Locale

    return Locale.parse("id_ID" if lang == "id" else "en_GB")


def fmt_date(value: dt.date | None) -> str:
    """``23 Nov 2026`` (id) / ``23 Nov 2026`` (en)."""
    if value is None:
        return "-"
    from babel.dates import format_date

    return format_date(value, "d MMM y", locale=_locale(get_language()))


def fmt_date_long(value: dt.date) -> str:
    """``Senin, 23 November 2026``."""
    from babel.dates import format_date

    return format_date(value, "EEEE, d MMMM y", locale=_locale(get_language()))


def fmt_datetime(value: dt.datetime | str | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return f"{fmt_date(value.date())} {value:%H:%M:%S}"


def parse_date(text: str, *, field: str | None = None) -> dt.date:
    """Accept ``2026-11-23``, ``23/11/2026``, ``23-11-2026`` or ``23.11.2026``."""
    from sekretariat.errors import ValidationError

    raw = (text or "").strip()
    if not raw:
        raise ValidationError("date.empty", field=field)
    try:
        if len(raw) == 10 and raw[4] == "-":
            return dt.date.fromisoformat(raw)
        for sep in "/-.":
            parts = raw.split(sep)
            if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
                return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        raise ValidationError("date.invalid", field=field, text=raw) from None
    raise ValidationError("date.invalid", field=field, text=raw)


#: ``2026-11``, ``2026/11``, ``11/2026``, ``11-2026``, ``11.2026`` (month 1 or 2 digits).
_YEAR_FIRST = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_MONTH_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{4})$")


def parse_period(text: str, *, field: str = "period") -> tuple[int, int]:
    """(year, month) from ``2026-11`` or ``11/2026``; a ValidationError otherwise."""
    from sekretariat.errors import ValidationError

    raw = (text or "").strip()
    year = month = None
    found = _YEAR_FIRST.match(raw)
    if found:
        year, month = int(found.group(1)), int(found.group(2))
    else:
        found = _MONTH_FIRST.match(raw)
        if found:
            month, year = int(found.group(1)), int(found.group(2))
    if year is None or month is None or not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise ValidationError("period.invalid", field=field, text=raw)
    return year, month


def fmt_month(year: int, month: int) -> str:
    """``Desember 2026`` / ``December 2026``."""
    from babel.dates import format_date

    return format_date(dt.date(year, month, 1), "LLLL y", locale=_locale(get_language()))
