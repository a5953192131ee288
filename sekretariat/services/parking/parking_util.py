"""Small helpers shared by the parking services: reading rows, cleaning typed
codes and texts, dates and whole-Rupiah amounts. No business rules here."""

from __future__ import annotations

from typing import Any

from sekretariat.errors import ValidationError
from sekretariat.money import MAX_AMOUNT, parse_rupiah
from sekretariat.services.core import inputs
from sekretariat.services.core.inputs import MAX_CODE, as_date, check_date, one, rows  # noqa: F401

MAX_NAME = 60


def clean_text(value: Any, field: str, *, maximum: int, required: bool = False) -> str:
    return inputs.clean_text(value, field, maximum=maximum, required=required,
                             empty_key="parking.text_empty")


def check_code(value: Any, field: str = "code") -> str:
    """A short code (``motor``, ``a1``)."""
    return inputs.check_code(value, field, area="parking")


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
