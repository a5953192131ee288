"""How the annual (and monthly) report writes its figures, in Indonesian
whatever the interface language: Rupiah (``Rp1.250.000``), counts
(``1.250``), shares (``72,9 %``), changes (``+12,5 %``, ``+3,1 poin``),
periods (``Tahun 2026``, ``November 2026``) and months on a chart's axis
(``Jan`` … ``Des``). The document's fixed texts are the catalog's
``annualdoc.*`` keys (i18n/reports/annual_pdf.py)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from sekretariat.i18n import t_in
from sekretariat.money import format_number, format_rupiah
from sekretariat.reports.leasing.receipt import MONTHS

if TYPE_CHECKING:
    from sekretariat.services.reports.period import Period

DASH = "–"
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                "Des")


def d(key: str, **params) -> str:
    """A document text, in Indonesian."""
    return t_in("id", key, **params)


def rp(amount: int | None) -> str:
    return DASH if amount is None else format_rupiah(int(amount), "id")


def num(value: int | None) -> str:
    """A count or a plain amount with thousands dots; negative with a minus."""
    if value is None:
        return DASH
    value = int(value)
    return f"-{format_number(-value)}" if value < 0 else format_number(value)


def decimal(value: Fraction | int, places: int = 1) -> str:
    """``72,9``, ``1.250,5`` (rounded half up, away from zero; never ``-0,0``)."""
    exact = Decimal(Fraction(value).numerator) / Decimal(Fraction(value).denominator)
    rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    head, _, tail = f"{abs(rounded):f}".partition(".")
    sign = "-" if rounded < 0 else ""
    return sign + format_number(int(head)) + ("," + tail if tail else "")


def pct(share: Fraction | int | None, places: int = 1) -> str:
    """A share 0..1 as ``72,9 %``; ``–`` for none."""
    return DASH if share is None else f"{decimal(Fraction(share) * 100, places)} %"


def _signed(text: str) -> str:
    """A plus before a figure that is above zero once rounded."""
    zero = not any(c in "123456789" for c in text)
    return text if zero or text.startswith("-") else "+" + text


def signed_pct(change: Fraction | None, places: int = 1) -> str:
    """A relative change as ``+12,5 %`` / ``-3,0 %``; ``–`` for none."""
    return DASH if change is None else _signed(pct(change, places))


def points(difference: Fraction | None) -> str:
    """A change between two shares in percentage points: ``+3,1 poin``."""
    if difference is None:
        return DASH
    return _signed(d("annualdoc.points", value=decimal(Fraction(difference) * 100)))


def signed_rp(amount: int) -> str:
    return rp(amount) if amount <= 0 else "+" + rp(amount)


def signed_num(value: int) -> str:
    return num(value) if value <= 0 else "+" + num(value)


def times(value: Fraction | None) -> str:
    """A turnover ratio: ``4,2 kali``."""
    return DASH if value is None else d("annualdoc.times", value=decimal(value))


def ratio(part: int, whole: int) -> Fraction | None:
    return None if not whole else Fraction(part, whole)


def relative(value: int, previous: int | None) -> Fraction | None:
    """(value - previous) / previous, None when there is nothing to compare."""
    if previous is None or previous == 0:
        return None
    return Fraction(value - previous, abs(previous))


def date_short(day: dt.date) -> str:
    """``23 Nov 2026``."""
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"


def date_long(day: dt.date) -> str:
    """``23 November 2026``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def month_name(day: dt.date) -> str:
    """``November 2026``."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def period_label(period: Period) -> str:
    """``Tahun 2026``, ``November 2026``, ``1 Mar 2026 – 31 Mar 2026``."""
    if period.kind == "year":
        return d("annualdoc.period_year", year=period.start.year)
    if period.kind == "month":
        return month_name(period.start)
    return f"{date_short(period.start)} {DASH} {date_short(period.end)}"


def column_label(period: Period) -> str:
    """A comparative column's heading: ``2026``, ``Nov 2026``, or the span."""
    if period.kind == "year":
        return str(period.start.year)
    if period.kind == "month":
        return f"{SHORT_MONTHS[period.start.month - 1]} {period.start.year}"
    return f"{date_short(period.start)} {DASH} {date_short(period.end)}"


def category(day: dt.date, daily: bool) -> str:
    """A chart's or a table's label for one point: ``Jan`` or the day ``17``."""
    return str(day.day) if daily else SHORT_MONTHS[day.month - 1]


def is_daily(days: list[dt.date]) -> bool:
    """Points that are days of one month (a monthly report's charts)."""
    return len({(day.year, day.month) for day in days}) == 1 and len(days) > 1


def money_axis(value: float) -> str:
    """An axis label: ``0``, ``250 rb``, ``12,5 jt``, ``1,2 M`` (Indonesian units)."""
    amount = Fraction(value).limit_denominator(1000)
    for size, unit in ((10**9, "M"), (10**6, "jt"), (10**3, "rb")):
        if abs(amount) >= size:
            return f"{decimal(amount / size, 1).removesuffix(',0')} {unit}"
    return decimal(amount, 0)
