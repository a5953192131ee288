"""Survey figures written for people: a percentage or a mean in the user's
language (``73,4`` in Indonesian), a median or a change with thousands
separators (in rupiah for a rupiah question). Shared by the TUI and the CLI."""

from __future__ import annotations

RUPIAH_UNITS = ("rp", "rupiah")


def is_rupiah(unit: str) -> bool:
    return (unit or "").strip().lower() in RUPIAH_UNITS


def fmt_decimal(value, lang: str | None = None) -> str:
    """A Decimal as the user's language writes it (``73,4`` in Indonesian)."""
    from sekretariat.i18n import get_language

    if value is None:
        return "-"
    text = format(value, "f")
    return text.replace(".", ",") if (lang or get_language()) == "id" else text


def fmt_quantity(value, unit: str = "") -> str:
    """A median or a change (whole or a half) with thousands separators, in
    rupiah for a rupiah question."""
    from decimal import Decimal

    from sekretariat.money import format_number, format_rupiah

    if value is None:
        return "-"
    whole = int(value)
    if value == whole:
        return format_rupiah(whole) if is_rupiah(unit) else format_number(whole)
    sign = "-" if value < 0 else ""
    text = format_number(abs(whole)) + fmt_decimal(abs(value) - abs(Decimal(whole)))[1:]
    return f"{sign}{'Rp' if is_rupiah(unit) else ''}{text}"
