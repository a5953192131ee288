"""Moving-average cost, exactly, in whole Rupiah (pure functions).

An outgoing movement of ``q`` units from a balance of ``Q`` units worth
``V`` is valued ``-round_half_up(q × V / Q)`` (a ``Fraction``, never a
float); when it takes the last units (``q == Q``) it takes exactly ``-V``,
so a balance never keeps value without quantity (qty 0 ⇒ value 0) and never
drifts. A receipt adds its cost. ``check`` recomputes every outgoing value
with ``outgoing_value``.
"""

from __future__ import annotations

from fractions import Fraction

from sekretariat.services.warehouse.util import round_half_up


def outgoing_value(quantity: int, qty_before: int, value_before: int) -> int:
    """The (negative or zero) value of taking ``quantity`` > 0 units out of a
    balance of ``qty_before`` >= ``quantity`` units worth ``value_before``."""
    if quantity <= 0 or quantity > qty_before:
        raise ValueError("an outgoing quantity must be above zero and within the balance")
    if quantity == qty_before:
        return -value_before
    return -round_half_up(Fraction(quantity * value_before, qty_before))


def value_at_average(quantity: int, qty_before: int, value_before: int,
                     last_cost: Fraction | None) -> int | None:
    """The value of ``quantity`` > 0 units found (a count surplus) at the
    current average cost, or at the last known one when the balance is empty;
    None when the item has never had a cost."""
    if qty_before > 0:
        return round_half_up(Fraction(quantity * value_before, qty_before))
    if last_cost is None:
        return None
    return round_half_up(quantity * last_cost)
