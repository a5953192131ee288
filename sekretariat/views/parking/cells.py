"""Money cells of the parking tables: an amount right-aligned, and a
difference with its sign (a shortfall in red, an excess in green)."""

from __future__ import annotations

from rich.text import Text

from sekretariat.money import format_rupiah


def signed(amount: int) -> Text:
    """A difference: a shortfall in red with its minus, an excess with a plus."""
    if amount == 0:
        return Text(format_rupiah(0), justify="right")
    text = ("+" if amount > 0 else "") + format_rupiah(amount)
    return Text(text, style="bold red" if amount < 0 else "green", justify="right")


def money(amount: int | None) -> Text:
    return Text("-" if amount is None else format_rupiah(amount), justify="right")
