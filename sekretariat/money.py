"""Rupiah: whole numbers only, never floats.

``parse_rupiah`` accepts what people type (``1.250.000``, ``Rp 1.250.000``,
``Rp1.250.000,-``, ``1250000``, ``1,25 jt``, ``750 rb``) and refuses anything
else with a clear message. One rule in every UI language: ``.`` groups
thousands; ``,`` starts a fraction only before ``jt``/``rb`` (``juta``,
``ribu``, …) or as ``,-``; a comma followed by exactly three digits (``1,000``)
is ambiguous and refused with a question. ``format_rupiah`` writes
``Rp1.250.000`` in every language, so what it writes reads back the same.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sekretariat.errors import ValidationError

#: Largest amount accepted anywhere: a thousand trillion rupiah minus one.
#: Sums of millions of such amounts still fit SQLite's 64-bit integers.
MAX_AMOUNT = 999_999_999_999_999

_MULTIPLIERS = {
    "rb": 1_000,
    "ribu": 1_000,
    "k": 1_000,
    "jt": 1_000_000,
    "juta": 1_000_000,
    "m": 1_000_000_000,
    "milyar": 1_000_000_000,
    "miliar": 1_000_000_000,
}
_PREFIX = re.compile(r"^(rp\.?|idr)\s*", re.IGNORECASE)
_SUFFIX_DASH = re.compile(r",-$")
_WORD = re.compile(r"^(.*?)\s*([a-z]+)\.?$", re.IGNORECASE)


def parse_rupiah(
    text: str | int,
    *,
    field: str | None = None,
    allow_zero: bool = True,
    allow_negative: bool = False,
    maximum: int = MAX_AMOUNT,
) -> int:
    """Turn what a person typed into whole rupiah, or raise ``ValidationError``."""
    if isinstance(text, bool):
        raise ValidationError("money.invalid", field=field, text=str(text))
    if isinstance(text, int):
        return _check_range(text, field, allow_zero, allow_negative, maximum)
    raw = (text or "").strip()
    if not raw:
        raise ValidationError("money.empty", field=field)
    body = raw.replace("\u00a0", " ")
    negative = False
    if body.startswith("-"):
        negative, body = True, body[1:].strip()
    body = _PREFIX.sub("", body)
    if body.startswith("-"):
        negative, body = True, body[1:].strip()
    body = _SUFFIX_DASH.sub("", body)
    multiplier = 1
    match = _WORD.match(body)
    if match:
        word = match.group(2).lower()
        if word not in _MULTIPLIERS:
            raise ValidationError("money.invalid", field=field, text=raw)
        multiplier = _MULTIPLIERS[word]
        body = match.group(1).strip()
    body = body.replace(" ", "")
    value = _parse_number(body, raw, field, allow_fraction=multiplier > 1)
    value *= multiplier
    if value != value.to_integral_value():
        raise ValidationError("money.fraction", field=field, text=raw)
    amount = int(value)
    if negative:
        amount = -amount
    return _check_range(amount, field, allow_zero, allow_negative, maximum)


def _parse_number(body: str, raw: str, field: str | None, allow_fraction: bool) -> Decimal:
    if not body or not re.fullmatch(r"[0-9.,]+", body) or not body[0].isdigit():
        raise ValidationError("money.invalid", field=field, text=raw)
    whole, comma, fraction = body.partition(",")
    if comma and not allow_fraction and re.fullmatch(r"[0-9]{1,3}(,[0-9]{3})+", body):
        suggestion = body.replace(",", ".")
        raise ValidationError("money.ambiguous_comma", field=field, text=raw,
                              suggestion=suggestion)
    if "," in fraction or "." in fraction or (comma and not fraction):
        raise ValidationError("money.invalid", field=field, text=raw)
    if "." in whole:
        groups = whole.split(".")
        if not (1 <= len(groups[0]) <= 3) or any(len(g) != 3 for g in groups[1:]):
            raise ValidationError("money.grouping", field=field, text=raw)
        whole = "".join(groups)
    if len(whole) > 18:
        raise ValidationError("money.too_large", field=field, maximum=format_rupiah(MAX_AMOUNT))
    if fraction:
        if not allow_fraction:
            raise ValidationError("money.fraction", field=field, text=raw)
        return Decimal(f"{whole}.{fraction}")
    return Decimal(whole)


def _check_range(amount: int, field, allow_zero, allow_negative, maximum) -> int:
    if amount < 0 and not allow_negative:
        raise ValidationError("money.negative", field=field)
    if amount == 0 and not allow_zero:
        raise ValidationError("money.zero", field=field)
    if abs(amount) > maximum:
        raise ValidationError("money.too_large", field=field, maximum=format_rupiah(maximum))
    return amount


def format_number(value: int, lang: str | None = None) -> str:
    """Digits grouped by ``.`` in every language (``1.250.000``), the one way
    rupiah are read back (``lang`` is accepted for callers' symmetry)."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"money must be int, got {type(value).__name__}")
    return f"{value:,}".replace(",", ".")


def format_rupiah(amount: int, lang: str | None = None) -> str:
    """``Rp1.250.000``; negative amounts as ``-Rp1.250.000``."""
    text = format_number(abs(amount), lang)
    return f"-Rp{text}" if amount < 0 else f"Rp{text}"
