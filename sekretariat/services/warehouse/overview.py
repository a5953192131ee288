"""What the warehouse screens read and save in one call: the stock list with
each item's units (for ``in_units``), the low-stock line of the home screen,
the movement an item's reversal would undo, and an item saved with its
units typed as one line (``karung=50, dus=12``).

Every figure comes from the stock core (``stock.stock_value``,
``stock.low_stock``, ``items.list_items``); nothing here re-sums stock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat.errors import ValidationError
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse import items, stock
from sekretariat.services.warehouse.items import ItemInfo
from sekretariat.services.warehouse.stock import Movement, StockValue
from sekretariat.services.warehouse.util import check_unit_name, one, whole_number

#: Items named on the home screen's low-stock line; the rest are counted.
SHOWN = 3


@dataclass(frozen=True)
class WarehouseOverview:
    stock: StockValue                 # every item's row and the total (stock.stock_value)
    items: dict[int, ItemInfo]        # by id: the units for in_units

    def item(self, item_id: int) -> ItemInfo:
        return self.items[item_id]


def warehouse_overview(session: Session, as_of: dt.date | None = None) -> WarehouseOverview:
    """The hub's rows: stock and value of every item as of a date (now by default)."""
    value = stock.stock_value(session, as_of)
    return WarehouseOverview(value, {i.id: i for i in items.list_items(session)})


@dataclass(frozen=True)
class LowStock:
    count: int
    names: tuple[str, ...]            # the first SHOWN, by name


def low_stock_summary(session: Session) -> LowStock:
    """The home screen's "Stok menipis" line (``stock.low_stock``)."""
    found = stock.low_stock(session)
    return LowStock(len(found), tuple(r.name for r in found[:SHOWN]))


def held_now(session: Session, item_id: int) -> tuple[int, int]:
    """(quantity, value) the item holds now (``stock.on_hand``)."""
    require(session, "warehouse.view")
    return stock.on_hand(item_id)


def reversible_movement(session: Session, item_id: int) -> Movement | None:
    """The movement a reversal of the item would undo: its latest that is
    neither a reversal nor reversed already (None: nothing to undo)."""
    require(session, "warehouse.view")
    found = one("SELECT m.id FROM stock_movement m WHERE m.item_id = ? AND m.kind <> 'reversal'"
                " AND NOT EXISTS (SELECT 1 FROM stock_movement r WHERE r.reverses_id = m.id)"
                " ORDER BY m.seq DESC LIMIT 1", (item_id,))
    return None if found is None else stock.movement_info(found[0])


# --- an item with its units, as one form saves it -------------------------------------

def parse_units(text: Any, base_unit: str = "") -> list[tuple[str, int]]:
    """``karung=50, dus=12`` (or ``karung 50``) -> [("karung", 50), ("dus", 12)];
    a unit without a whole factor of at least 1, or named twice, is refused."""
    found: list[tuple[str, int]] = []
    for part in str(text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        name, _, factor = part.replace("=", " ").partition(" ")
        if not factor.strip():
            raise ValidationError("warehouse.units_invalid", field="units", text=part)
        name = check_unit_name(name, "units")
        try:
            number = whole_number(factor.strip(), "units", minimum=1)
        except ValidationError:
            raise ValidationError("warehouse.units_invalid", field="units", text=part) from None
        if name == base_unit.strip().lower() or name in dict(found):
            raise ValidationError("warehouse.unit_twice", field="units", unit=name)
        found.append((name, number))
    return found


def units_text(item: ItemInfo) -> str:
    """The item's active units as the form shows them: ``karung=50, dus=12``."""
    return ", ".join(f"{u.name}={u.factor}" for u in item.units if u.active)


def save_item(session: Session, item_id: int | None, *, code: str = "", name: str,
              base_unit: str, reorder_level: Any, units: Any) -> ItemInfo:
    """Create an item, or change one: its name, base unit, reorder level,
    and its units (added, factor corrected, or retired when left out), all
    in one transaction."""
    require(session, "warehouse.manage")
    wanted = parse_units(units, str(base_unit or ""))
    if item_id is None:
        return items.create_item(session, code, name, base_unit, reorder_level=reorder_level,
                                 units=wanted)
    with writing():
        current = items.update_item(session, item_id, name=name, base_unit=base_unit,
                                    reorder_level=reorder_level)
        for unit_name, factor in wanted:
            current = items.set_unit(session, item_id, unit_name, factor)
        for unit in current.units:
            if unit.active and unit.name not in dict(wanted):
                current = items.retire_unit(session, item_id, unit.name)
    return items.item_info(item_id)
