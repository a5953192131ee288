"""Small helpers shared by the parking services: reading rows, cleaning typed
codes and texts, dates and whole-Rupiah amounts. No business rules here."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from sekretariat import db
from sekretariat.errors import ValidationError
from sekretariat.money import MAX_AMOUNT, parse_rupiah

MAX_NAME = 60
MAX_CODE = 20
_CODE = re.compile(r"[a-z0-9][a-z0-9_-]*")


def rows(sql: str, params: Sequence[Any] | dict = ()) -> list[tuple]:
    return list(db.current_database().execute_sql(
        sql, params if isinstance(params, dict) else tuple(params)))


def one(sql: str, params: Sequence[Any] | dict = ()) -> tuple | None:
    return db.current_database().execute_sql(
        sql, params if isinstance(params, dict) else tuple(params)).fetchone()


def as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def check_date(value: Any, field: str) -> dt.date:
    """A ``datetime.date`` (not a datetime), or typed text in the user's format."""
    if value is None or value == "":
        raise ValidationError("date.empty", field=field)
    if isinstance(value, str):
        from sekretariat.i18n.formats import parse_date

        return parse_date(value, field=field)
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError("date.invalid", field=field, text=str(value))
    return value


def clean_text(value: Any, field: str, *, maximum: int, required: bool = False) -> str:
    """One line of text, inner spaces squeezed; over ``maximum`` is refused
    with the limit shown, never cut."""
    text = " ".join(str(value or "").split())
    if required and not text:
        raise ValidationError("parking.text_empty", field=field)
    if len(text) > maximum:
        raise ValidationError("input.too_long", field=field, maximum=maximum, found=len(text))
    return text


def check_code(value: Any, field: str = "code") -> str:
    """A short code: lower-case letters, digits, '-' or '_' (``motor``, ``a1``)."""
    code = str(value or "").strip().lower()
    if not code:
        raise ValidationError("parking.code_empty", field=field)
    if len(code) > MAX_CODE:
        raise ValidationError("input.too_long", field=field, maximum=MAX_CODE, found=len(code))
    if not _CODE.fullmatch(code):
        raise ValidationError("parking.code_invalid", field=field, code=code)
    return code


def check_count(value: Any, field: str, *, maximum: int = 1_000_000) -> int:
    """A whole number, zero or more (a capacity)."""
    if isinstance(value, str):
        text = value.strip().replace(".", "")
        if not text.isascii() or not text.isdigit():
            raise ValidationError("parking.count_invalid", field=field, text=value)
        value = int(text)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= maximum:
        raise ValidationError("parking.count_invalid", field=field, text=str(value))
    return value


def check_amount(value: Any, field: str = "amount") -> int:
    """Whole Rupiah above zero, from an int or typed text (``2.000``, ``Rp 2.000``)."""
    if isinstance(value, float):
        raise ValidationError("money.invalid", field=field, text=str(value))
    amount = parse_rupiah(value, field=field, allow_zero=True, maximum=MAX_AMOUNT)
    if amount <= 0:
        raise ValidationError("parking.tariff_zero", field=field)
    return amount
