"""Cells of the warehouse tables: quantities in an item's units, money
right-aligned, a moving-average cost in whole Rupiah."""

from __future__ import annotations

from fractions import Fraction

from rich.text import Text

from sekretariat.money import format_number, format_rupiah


def right(text: str, style: str = "") -> Text:
    return Text(text, style=style, justify="right")


def money(amount: int | None, *, dim_zero: bool = False) -> Text:
    if amount is None or (amount == 0 and dim_zero):
        return Text("-", style="dim", justify="right")
    return right(format_rupiah(amount))


def quantity(amount: int, *, dim_zero: bool = True) -> Text:
    if amount == 0 and dim_zero:
        return Text("-", style="dim", justify="right")
    return right(format_number(amount))


def whole_rupiah(value: Fraction) -> int:
    """The nearest whole Rupiah, halves up (a cost per unit is shown rounded)."""
    return (2 * value.numerator + value.denominator) // (2 * value.denominator)


def unit_cost(cost: Fraction | None, unit: str = "") -> Text:
    """``Rp12.500/kg`` (rounded to the Rupiah), ``-`` when nothing is held."""
    if cost is None:
        return Text("-", style="dim", justify="right")
    text = format_rupiah(whole_rupiah(cost))
    return right(f"{text}/{unit}" if unit else text)
