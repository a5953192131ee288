"""Small helpers shared by the warehouse services: reading rows, cleaning
typed codes, texts and dates, exact whole numbers. No business rules here."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from sekretariat import clock
from sekretariat.errors import ValidationError
from sekretariat.services.core import inputs
from sekretariat.services.core.inputs import MAX_CODE, as_date, one, rows  # noqa: F401

MAX_NAME = 60
MAX_UNIT = 20
MAX_TEXT = 200
MAX_REASON = 300
MAX_PHONE = 30
#: The largest quantity typed or held, in base units (a billion grams is a
#: thousand tonnes: more than any market's warehouse).
MAX_QUANTITY = 1_000_000_000
_UNIT = re.compile(r"[^\W\d_][\w.-]*")
_PHONE = re.compile(r"\+?[0-9][0-9 -]*")
#: A number as typed: '.' groups thousands, ',' starts a fraction (``1.250``,
#: ``1,5``), the one rule of money.py.
_NUMBER = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?|[0-9]+(,[0-9]+)?")


def check_date(value: Any, field: str, *, default_today: bool = False,
               not_future: bool = False) -> dt.date:
    """``inputs.check_date``; empty is today when ``default_today``; a future
    day refused when ``not_future``."""
    if (value is None or value == "") and default_today:
        value = clock.today()
    value = inputs.check_date(value, field)
    if not_future and value > clock.today():
        from sekretariat.i18n.formats import fmt_date

        raise ValidationError("warehouse.future_date", field=field, day=fmt_date(value))
    return value


def clean_text(value: Any, field: str, *, maximum: int, required: bool = False) -> str:
    return inputs.clean_text(value, field, maximum=maximum, required=required,
                             empty_key="warehouse.text_empty")


def check_code(value: Any, field: str = "code") -> str:
    """An item code (``beras``, ``gula-1``)."""
    return inputs.check_code(value, field, area="warehouse")


def check_unit_name(value: Any, field: str = "unit") -> str:
    """A unit's name, one word in lower case (``kg``, ``karung``, ``liter``)."""
    name = str(value or "").strip().lower()
    if not name:
        raise ValidationError("warehouse.unit_empty", field=field)
    if len(name) > MAX_UNIT:
        raise ValidationError("input.too_long", field=field, maximum=MAX_UNIT, found=len(name))
    if not _UNIT.fullmatch(name):
        raise ValidationError("warehouse.unit_name_invalid", field=field, unit=name)
    return name


def check_phone(value: Any) -> str:
    phone = clean_text(value, "phone", maximum=MAX_PHONE)
    if phone and not _PHONE.fullmatch(phone):
        raise ValidationError("warehouse.phone_invalid", field="phone", text=phone)
    return phone


def whole_number(value: Any, field: str, *, minimum: int = 0,
                 maximum: int = MAX_QUANTITY) -> int:
    """A whole number from an int or typed digits (``1.000`` groups
    thousands); fractions, negatives and words are refused."""
    if isinstance(value, str):
        text = value.strip()
        if not _NUMBER.fullmatch(text) or "," in text:
            raise ValidationError("warehouse.whole_number", field=field, text=value)
        value = int(text.replace(".", ""))
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
        raise ValidationError("warehouse.whole_number", field=field, text=str(value))
    return value


def exact_number(text: str, field: str) -> Fraction:
    """A positive number as typed, exactly (``2``, ``1,5``, ``1.250``)."""
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        raise ValidationError("warehouse.quantity_invalid", field=field, text=text)
    try:
        return Fraction(Decimal(text.replace(".", "").replace(",", ".")))
    except InvalidOperation:  # pragma: no cover - the pattern already refused it
        raise ValidationError("warehouse.quantity_invalid", field=field, text=text) from None


def round_half_up(value: Fraction) -> int:
    """The nearest whole number, halves away from zero (Rupiah of a cost)."""
    if value < 0:
        return -round_half_up(-value)
    return (2 * value.numerator + value.denominator) // (2 * value.denominator)
