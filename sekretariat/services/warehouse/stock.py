"""What the warehouse holds: on hand per item, the stock value as of a date,
the stock card (kartu stok) a page at a time, the low-stock list.

One fact, one function: what an item holds at a date is the running balance
(qty_after, value_after) of its last movement on or before that date
(``ON_HAND_SQL``, ``on_hand``); the stock of every item as of a date is that
look-up per item in one statement (``STOCK_AS_OF_SQL``, ``stock_list``,
``stock_value``). Movements of an item run in date order (seq), so a stock
card page is a seq range read through the (item_id, seq) index.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple
from fractions import Fraction

from sekretariat.errors import NotFound
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.warehouse.items import ItemInfo, item_info
from sekretariat.services.warehouse.util import as_date, check_date, one, rows

PAGE_SIZE = 100
#: A day after every real one: "as of now".
_END = "9999-12-31"

#: The running balance of item {item} at the end of day {day} (no row: nothing held).
ON_HAND_SQL = ("SELECT qty_after, value_after FROM stock_movement"
               " WHERE item_id = {item} AND moved_on <= {day}"
               " ORDER BY moved_on DESC, seq DESC LIMIT 1")

#: Every item with its balance at the end of :day.
STOCK_AS_OF_SQL = (
    "SELECT i.id, i.code, i.name, i.base_unit, i.reorder_level, i.active,"
    " coalesce(m.qty_after, 0), coalesce(m.value_after, 0)"
    " FROM item i LEFT JOIN stock_movement m ON m.id = (SELECT x.id FROM stock_movement x"
    "   WHERE x.item_id = i.id AND x.moved_on <= :day ORDER BY x.moved_on DESC, x.seq DESC"
    "   LIMIT 1)"
    " ORDER BY i.name COLLATE NOCASE, i.code")


class StockRow(NamedTuple):
    """(A NamedTuple, like ``Movement``: a list or a card page builds many.)"""

    item_id: int
    code: str
    name: str
    base_unit: str
    reorder_level: int
    active: bool
    quantity: int        # base units
    value: int           # Rupiah

    @property
    def low(self) -> bool:
        """At or below the reorder level (active items only)."""
        return self.active and self.quantity <= self.reorder_level

    @property
    def unit_cost(self) -> Fraction | None:
        """The moving-average cost per base unit (None: nothing held)."""
        return Fraction(self.value, self.quantity) if self.quantity else None


@dataclass(frozen=True)
class StockValue:
    as_of: dt.date | None           # None: now
    rows: tuple[StockRow, ...]

    @property
    def total(self) -> int:
        return sum(r.value for r in self.rows)


class Movement(NamedTuple):
    """One row of a stock card (a NamedTuple: a page builds a hundred of them,
    and a frozen dataclass costs several times more to build)."""

    id: int
    number: str
    item_id: int
    item_code: str
    seq: int
    day: dt.date
    kind: str                 # receipt | issue | write_off | adjustment | reversal
    quantity: int             # signed base units
    value: int                # signed Rupiah
    qty_after: int
    value_after: int
    supplier_id: int | None
    trader_id: int | None
    counterparty: str | None  # the supplier's or trader's name
    payment: str | None       # credit | cash | account | None
    price: int | None
    reason: str
    source: str | None
    source_ref: str | None
    journal_entry_id: int | None
    reverses_id: int | None
    reverses_number: str | None
    reversed_by_number: str | None

    @property
    def incoming(self) -> int:
        return max(self.quantity, 0)

    @property
    def outgoing(self) -> int:
        return max(-self.quantity, 0)

    @property
    def unit_cost(self) -> Fraction | None:
        """The average cost per base unit after this movement."""
        return Fraction(self.value_after, self.qty_after) if self.qty_after else None

    @property
    def is_reversed(self) -> bool:
        return self.reversed_by_number is not None


@dataclass(frozen=True)
class StockCard:
    item: ItemInfo
    first: dt.date | None      # None: from the first movement
    last: dt.date | None       # None: up to the latest
    opening_qty: int
    opening_value: int
    rows: tuple[Movement, ...]  # this page's
    closing_qty: int
    closing_value: int
    total_in: int               # base units in over the whole period
    total_out: int
    count: int                  # movements in the period
    page: int                   # 0-based
    pages: int
    page_size: int


# --- on hand -------------------------------------------------------------------

def on_hand(item: int | str | ItemInfo, as_of: dt.date | None = None) -> tuple[int, int]:
    """(quantity, value) the item holds at the end of ``as_of`` (now by
    default); for services that checked their permission."""
    item_id = item_info(item).id if not isinstance(item, int) or isinstance(item, bool) else item
    day = _END if as_of is None else as_of.isoformat()
    found = one(ON_HAND_SQL.format(item="?", day="?"), (item_id, day))
    return (found[0], found[1]) if found else (0, 0)


def stock_list(session: Session, as_of: dt.date | None = None) -> list[StockRow]:
    """Every item with what it held at the end of ``as_of`` (now by default)."""
    require(session, "warehouse.view")
    day = _END if as_of is None else check_date(as_of, "as_of").isoformat()
    return [StockRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7])
            for r in rows(STOCK_AS_OF_SQL, {"day": day})]


def stock_value(session: Session, as_of: dt.date | None = None) -> StockValue:
    """The stock of every item and its total value as of a date."""
    return StockValue(None if as_of is None else check_date(as_of, "as_of"),
                      tuple(stock_list(session, as_of)))


def low_stock(session: Session) -> list[StockRow]:
    """Active items at or below their reorder level now (the home screen's alert)."""
    return [r for r in stock_list(session) if r.low]


# --- movements and the stock card --------------------------------------------------

_MOVEMENT = (
    "SELECT m.id, m.number, m.item_id, i.code, m.seq, m.moved_on, m.kind, m.quantity, m.value,"
    " m.qty_after, m.value_after, m.supplier_id, m.trader_id, coalesce(s.name, t.name),"
    " m.payment, m.price, m.reason, m.source, m.source_ref, m.journal_entry_id,"
    " m.reverses_id, o.number, (SELECT r.number FROM stock_movement r WHERE r.reverses_id = m.id)"
    " FROM stock_movement m JOIN item i ON i.id = m.item_id"
    " LEFT JOIN supplier s ON s.id = m.supplier_id LEFT JOIN trader t ON t.id = m.trader_id"
    " LEFT JOIN stock_movement o ON o.id = m.reverses_id")


def _movement(row: tuple) -> Movement:
    return Movement(*row[:5], as_date(row[5]), *row[6:])


def movement_info(movement_id: int) -> Movement:
    """For services that checked their permission; NotFound otherwise."""
    row = one(_MOVEMENT + " WHERE m.id = ?", (movement_id,))
    if row is None:
        raise NotFound("warehouse.movement_not_found", number=str(movement_id))
    return _movement(row)


def get_movement(session: Session, movement_id: int) -> Movement:
    require(session, "warehouse.view")
    return movement_info(movement_id)


def find_movement(session: Session, number: str) -> Movement:
    require(session, "warehouse.view")
    row = one(_MOVEMENT + " WHERE m.number = ?", (str(number or "").strip().upper(),))
    if row is None:
        raise NotFound("warehouse.movement_not_found", number=str(number))
    return _movement(row)


def stock_card(session: Session, item: int | str, first: dt.date | None = None,
               last: dt.date | None = None, page: int = 0, *,
               page_size: int = PAGE_SIZE) -> StockCard:
    """The item's movements from ``first`` to ``last`` (both optional), a
    page at a time, with the balance before the period and at its end."""
    require(session, "warehouse.view")
    info = item_info(item)
    first = None if first is None else check_date(first, "date_from")
    last = None if last is None else check_date(last, "date_to")
    if first is not None and last is not None and first > last:
        from sekretariat.errors import ValidationError
        from sekretariat.i18n.formats import fmt_date

        raise ValidationError("warehouse.period_reversed", field="date_from",
                              first=fmt_date(first), last=fmt_date(last))
    low = one("SELECT seq FROM stock_movement WHERE item_id = ? AND moved_on >= ?"
              " ORDER BY moved_on, seq LIMIT 1",
              (info.id, "0000-01-01" if first is None else first.isoformat()))
    high = one("SELECT seq FROM stock_movement WHERE item_id = ? AND moved_on <= ?"
               " ORDER BY moved_on DESC, seq DESC LIMIT 1",
               (info.id, _END if last is None else last.isoformat()))
    if low is None or high is None or low[0] > high[0]:
        start, end = (high[0] + 1 if high else 1), (high[0] if high else 0)
    else:
        start, end = low[0], high[0]
    opening = one("SELECT qty_after, value_after FROM stock_movement WHERE item_id = ?"
                  " AND seq = ?", (info.id, start - 1)) or (0, 0)
    closing = one("SELECT qty_after, value_after FROM stock_movement WHERE item_id = ?"
                  " AND seq = ?", (info.id, end)) if end >= start else None
    count = max(end - start + 1, 0)
    size = max(int(page_size), 1)
    pages = max((count + size - 1) // size, 1)
    page = min(max(int(page), 0), pages - 1)
    lo = start + page * size
    hi = min(end, lo + size - 1)
    found = tuple(_movement(r) for r in rows(
        _MOVEMENT + " WHERE m.item_id = ? AND m.seq BETWEEN ? AND ? ORDER BY m.seq",
        (info.id, lo, hi))) if count else ()
    total_in, total_out = one(
        "SELECT coalesce(sum(max(quantity, 0)), 0), coalesce(sum(max(-quantity, 0)), 0)"
        " FROM stock_movement WHERE item_id = ? AND seq BETWEEN ? AND ?",
        (info.id, start, end))
    closing = closing or opening
    return StockCard(info, first, last, opening[0], opening[1], found, closing[0], closing[1],
                     total_in, total_out, count, page, pages, size)
