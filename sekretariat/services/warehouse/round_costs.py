"""The landed cost of each item of a bulk purchase round (one fact, used by
the receipt, the allocation and ``check``).

An item's landed cost is its bulk price times the purchase units that
arrived, plus the landed costs (transport, loading) booked to it, plus its
share of the costs of the whole round. A whole-round cost is spread over the
items by the value of what arrived of each (bulk price × units received),
exactly, by largest remainder (``allocation.largest_remainder``: floors,
then the rupiah left to the largest remainders, earlier items first on a
tie), so the shares add up to the cost to the rupiah. Items of which nothing
arrived carry no cost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sekretariat.services.warehouse.allocation import largest_remainder
from sekretariat.services.warehouse.util import rows


def spread(amount: int, values: Sequence[int]) -> list[int]:
    """``amount`` split over parts in proportion to ``values`` (whole
    rupiah, adding up exactly); all zero when every value is zero."""
    total = sum(values)
    if not total:
        return [0] * len(values)
    return largest_remainder([amount * value for value in values], total, amount)


def landed_costs(items: Sequence[tuple[int, int, int]], item_costs: Mapping[int, int],
                 round_costs: int) -> dict[int, int]:
    """``items``: (round item id, bulk price, units received) in item order;
    ``item_costs``: the costs booked to an item; ``round_costs``: the total of
    the whole round's. Returns each item's landed cost."""
    goods = [price * units for _, price, units in items]
    shares = spread(round_costs, goods)
    return {item_id: goods[i] + (item_costs.get(item_id, 0) if goods[i] else 0) + shares[i]
            for i, (item_id, _, _) in enumerate(items)}


def round_landed_costs(round_id: int, received: Mapping[int, int] | None = None
                       ) -> dict[int, int]:
    """Each round item's landed cost from the stored prices and costs, and
    the units received (stored, or ``received`` when about to be stored)."""
    items = [(item_id, price or 0, (received or {}).get(item_id, stored or 0))
             for item_id, price, stored in rows(
                 "SELECT id, bulk_price, quantity_received FROM round_item WHERE round_id = ?"
                 " ORDER BY id", (round_id,))]
    item_costs: dict[int, int] = {}
    whole = 0
    for item_id, amount in rows("SELECT round_item_id, amount FROM round_cost"
                                " WHERE round_id = ? ORDER BY id", (round_id,)):
        if item_id is None:
            whole += amount
        else:
            item_costs[item_id] = item_costs.get(item_id, 0) + amount
    return landed_costs(items, item_costs, whole)
