"""Items (staples) with a base unit, their other units with exact
conversions, and reading what a person typed as a quantity.

Quantities are whole numbers of the item's base unit ('kg', 'liter',
'butir', 'pcs'), never floats. Another unit converts by a whole factor
('karung' = 50 kg, 'tray' = 30 butir): "2 karung" is 100 kg, "1,5 karung"
75 kg, "1,5 tray" 45 butir; a quantity that is not a whole number of base
units ("0,5 butir", "1,01 tray") is refused, and so is a unit the item has no
conversion for. An item's code and base unit never change once it has moved; a unit's
factor may be corrected (movements are stored in base units).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.money import format_number
from sekretariat.services.core import audit
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse.util import (
    MAX_NAME,
    MAX_QUANTITY,
    check_code,
    check_unit_name,
    clean_text,
    exact_number,
    one,
    rows,
    whole_number,
)

#: What a quantity looks like when typed: a number, then optionally a unit.
_TYPED = re.compile(r"\s*(?P<sign>[-+]?)\s*(?P<number>[0-9][0-9.,]*)\s*(?P<unit>\S.*?)?\s*")


@dataclass(frozen=True)
class UnitInfo:
    name: str
    factor: int          # base units per unit
    active: bool


@dataclass(frozen=True)
class ItemInfo:
    id: int
    code: str
    name: str
    base_unit: str
    reorder_level: int   # base units
    active: bool
    units: tuple[UnitInfo, ...]   # other units, by name (the base unit not among them)

    def factor_of(self, unit: str | None) -> int | None:
        """Base units per ``unit`` (1 for the base unit), None: no conversion."""
        name = (unit or self.base_unit).strip().lower()
        if name == self.base_unit:
            return 1
        return next((u.factor for u in self.units if u.name == name and u.active), None)


# --- reading -------------------------------------------------------------------

_SELECT = "SELECT id, code, name, base_unit, reorder_level, active FROM item"


def _units(item_id: int) -> tuple[UnitInfo, ...]:
    return tuple(UnitInfo(name, factor, bool(active)) for name, factor, active in rows(
        "SELECT name, factor, active FROM item_unit WHERE item_id = ? ORDER BY factor, name",
        (item_id,)))


def _info(row: tuple) -> ItemInfo:
    return ItemInfo(*row[:5], bool(row[5]), _units(row[0]))


def item_info(item: int | str | ItemInfo) -> ItemInfo:
    """The item by id, code or as given (for services that checked their
    permission); NotFound otherwise."""
    if isinstance(item, ItemInfo):
        return item
    if isinstance(item, int) and not isinstance(item, bool):
        row = one(_SELECT + " WHERE id = ?", (item,))
    else:
        row = one(_SELECT + " WHERE code = ?", (str(item or "").strip().lower(),))
    if row is None:
        raise NotFound("warehouse.item_not_found", field="item", item=str(item))
    return _info(row)


def get_item(session: Session, item: int | str) -> ItemInfo:
    require(session, "warehouse.view")
    return item_info(item)


def list_items(session: Session, *, active_only: bool = False) -> list[ItemInfo]:
    """Every item by name."""
    require(session, "warehouse.view")
    where = " WHERE active = 1" if active_only else ""
    return [_info(r) for r in rows(_SELECT + where + " ORDER BY name COLLATE NOCASE, code")]


# --- quantities -------------------------------------------------------------------

def to_base(item: ItemInfo, quantity: Any, unit: str | None = None, *,
            field: str = "quantity", signed: bool = False) -> int:
    """Whole base units from what was typed: an int (of ``unit``, the base
    unit by default) or text such as ``2 karung``, ``1,5 karung``, ``100``.
    Zero, a negative (unless ``signed``), a fraction of a base unit and a
    unit with no conversion are refused."""
    if isinstance(quantity, bool) or isinstance(quantity, float) or quantity is None:
        raise ValidationError("warehouse.quantity_invalid", field=field, text=str(quantity))
    sign = 1
    if isinstance(quantity, int):
        amount = Fraction(quantity)
        if amount < 0:
            sign, amount = -1, -amount
    else:
        text = str(quantity)
        match = _TYPED.fullmatch(text)
        if match is None:
            raise ValidationError("warehouse.quantity_invalid", field=field, text=text.strip())
        amount = exact_number(match["number"], field)
        sign = -1 if match["sign"] == "-" else 1
        if match["unit"]:
            if unit is not None and match["unit"].strip().lower() != unit.strip().lower():
                raise ValidationError("warehouse.quantity_invalid", field=field,
                                      text=text.strip())
            unit = match["unit"]
    if sign < 0 and not signed:
        raise ValidationError("warehouse.quantity_negative", field=field)
    name = (unit or item.base_unit).strip().lower()
    factor = item.factor_of(name)
    if factor is None:
        raise ValidationError("warehouse.unit_unknown", field=field, unit=name, item=item.name,
                              units=", ".join([item.base_unit] + [
                                  u.name for u in item.units if u.active]))
    base = amount * factor
    if base.denominator != 1:
        raise ValidationError("warehouse.quantity_not_whole", field=field,
                              text=_typed(amount, name), base=item.base_unit)
    if base == 0:
        raise ValidationError("warehouse.quantity_zero", field=field)
    if base > MAX_QUANTITY:
        raise ValidationError("warehouse.quantity_too_large", field=field,
                              maximum=format_number(MAX_QUANTITY), base=item.base_unit)
    return sign * int(base)


def _typed(amount: Fraction, unit: str) -> str:
    from decimal import Decimal

    text = format(Decimal(amount.numerator) / Decimal(amount.denominator), "f")
    return f"{text.replace('.', ',')} {unit}"


def in_units(item: ItemInfo, quantity: int) -> str:
    """A base quantity as a person reads it: ``120 kg (2 karung + 20 kg)``
    when a larger active unit fits, else ``120 kg``."""
    plain = f"{format_number(quantity)} {item.base_unit}"
    larger = [u for u in item.units if u.active and u.factor > 1 and u.factor <= abs(quantity)]
    if not larger:
        return plain
    unit = max(larger, key=lambda u: u.factor)
    whole, rest = divmod(abs(quantity), unit.factor)
    parts = f"{format_number(whole)} {unit.name}"
    if rest:
        parts += f" + {format_number(rest)} {item.base_unit}"
    return f"{plain} ({'-' if quantity < 0 else ''}{parts})"


# --- writing ------------------------------------------------------------------------

def create_item(session: Session, code: str, name: str, base_unit: str, *,
                reorder_level: Any = 0, units: Any = ()) -> ItemInfo:
    """A new item; ``units``: (name, factor) pairs, e.g. (("karung", 50),)."""
    require(session, "warehouse.manage")
    code = check_code(code)
    name = clean_text(name, "name", maximum=MAX_NAME, required=True)
    base_unit = check_unit_name(base_unit, "base_unit")
    level = whole_number(reorder_level, "reorder_level")
    wanted = _check_units(base_unit, units)
    with writing():
        if one("SELECT 1 FROM item WHERE code = ?", (code,)) is not None:
            raise Conflict("warehouse.item_exists", field="code", code=code)
        item_id = one("INSERT INTO item (code, name, base_unit, reorder_level, created_by,"
                      " created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                      (code, name, base_unit, level, session.user_id, clock.now_iso()))[0]
        for unit_name, factor in wanted:
            _insert_unit(session, item_id, unit_name, factor)
        audit.record(session, "warehouse.item_create", "item", item_id, None,
                     {"code": code, "name": name, "base_unit": base_unit,
                      "reorder_level": level, "units": dict(wanted)})
    return item_info(item_id)


def _check_units(base_unit: str, units: Any) -> list[tuple[str, int]]:
    wanted: list[tuple[str, int]] = []
    for unit_name, factor in units or ():
        unit_name = check_unit_name(unit_name)
        factor = whole_number(factor, "factor", minimum=1)
        if unit_name == base_unit or unit_name in dict(wanted):
            raise ValidationError("warehouse.unit_twice", field="unit", unit=unit_name)
        wanted.append((unit_name, factor))
    return wanted


def _insert_unit(session: Session, item_id: int, unit_name: str, factor: int) -> None:
    rows("INSERT INTO item_unit (item_id, name, factor, created_by, created_at)"
         " VALUES (?, ?, ?, ?, ?)", (item_id, unit_name, factor, session.user_id,
                                     clock.now_iso()))


def update_item(session: Session, item: int | str, *, name: str | None = None,
                base_unit: str | None = None, reorder_level: Any = None,
                active: bool | None = None) -> ItemInfo:
    """Change an item's name, reorder level, active flag, or its base unit
    while it has never moved. An item still holding stock stays active."""
    require(session, "warehouse.manage")
    current = item_info(item)
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = clean_text(name, "name", maximum=MAX_NAME, required=True)
    if base_unit is not None:
        values["base_unit"] = check_unit_name(base_unit, "base_unit")
        if any(u.name == values["base_unit"] for u in current.units):
            raise ValidationError("warehouse.unit_twice", field="base_unit",
                                  unit=values["base_unit"])
    if reorder_level is not None:
        values["reorder_level"] = whole_number(reorder_level, "reorder_level")
    if active is not None:
        values["active"] = int(bool(active))
    values = {k: v for k, v in values.items() if v != getattr(current, k)}
    if not values:
        return current
    with writing():
        moved = one("SELECT qty_after FROM stock_movement WHERE item_id = ?"
                    " ORDER BY seq DESC LIMIT 1", (current.id,))
        if "base_unit" in values and moved is not None:
            raise Conflict("warehouse.base_unit_fixed", field="base_unit", item=current.name)
        if values.get("active") == 0 and moved is not None and moved[0] > 0:
            raise Conflict("warehouse.item_has_stock", field="active", item=current.name,
                           quantity=in_units(current, moved[0]))
        assignments = ", ".join(f"{k} = ?" for k in values)
        rows(f"UPDATE item SET {assignments} WHERE id = ?", (*values.values(), current.id))
        audit.record(session, "warehouse.item_update", "item", current.id,
                     {k: getattr(current, k) for k in values}, values)
    return item_info(current.id)


def set_unit(session: Session, item: int | str, unit: str, factor: Any) -> ItemInfo:
    """Add a unit to an item, or correct (and reactivate) one's factor."""
    require(session, "warehouse.manage")
    current = item_info(item)
    unit = check_unit_name(unit)
    factor = whole_number(factor, "factor", minimum=1)
    if unit == current.base_unit:
        raise ValidationError("warehouse.unit_is_base", field="unit", unit=unit)
    before = next((u for u in current.units if u.name == unit), None)
    if before is not None and before.factor == factor and before.active:
        return current
    with writing():
        if before is None:
            _insert_unit(session, current.id, unit, factor)
        else:
            rows("UPDATE item_unit SET factor = ?, active = 1 WHERE item_id = ? AND name = ?",
                 (factor, current.id, unit))
        audit.record(session, "warehouse.unit_set", "item", current.id,
                     None if before is None else {"unit": unit, "factor": before.factor,
                                                  "active": before.active},
                     {"unit": unit, "factor": factor, "active": True})
    return item_info(current.id)


def retire_unit(session: Session, item: int | str, unit: str) -> ItemInfo:
    """Stop using a unit of an item (it is kept, inactive)."""
    require(session, "warehouse.manage")
    current = item_info(item)
    unit = check_unit_name(unit)
    before = next((u for u in current.units if u.name == unit), None)
    if before is None:
        raise NotFound("warehouse.unit_unknown", field="unit", unit=unit, item=current.name,
                       units=", ".join([current.base_unit] + [u.name for u in current.units
                                                              if u.active]))
    if not before.active:
        return current
    with writing():
        rows("UPDATE item_unit SET active = 0 WHERE item_id = ? AND name = ?",
             (current.id, unit))
        audit.record(session, "warehouse.unit_retire", "item", current.id,
                     {"unit": unit, "active": True}, {"unit": unit, "active": False})
    return item_info(current.id)
