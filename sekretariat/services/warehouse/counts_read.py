"""Reading stock counts (stok opname): the list, one count, what a counter
typed (blind: never a book figure), and the variance sheet.

The cut-off (one fact, one function: ``BOOK_AT_CUTOFF_SQL`` / ``book_at_cutoff``).
A count made on day D at time HH:MM compares what was found with the book
quantity at that moment: the running balance (qty_after, value_after) of the
item's latest movement that is

* dated before D, whenever it was recorded; or
* dated D and recorded (``created_at``) in or before the minute HH:MM
  (``substr(created_at, 1, 16) <= 'D' || 'T' || 'HH:MM'``).

A movement dated D but recorded after HH:MM (goods issued after the count)
and every movement dated after D are left out, so they never distort the
sheet. Movements run in date order per item and are recorded in time order,
so the movements before the cut-off are the first ones of the item's card
and the latest of them holds their balance.

The variance of an item is counted - book; its value is at the moving
average at the cut-off: a shortage at ``costing.outgoing_value`` of the
cut-off balance, a surplus at ``costing.value_at_average`` (the last known
cost when the book held nothing; zero when the item never had a cost).
Items not counted are listed as "not counted" and get no adjustment.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from sekretariat.errors import Conflict, NotFound
from sekretariat.services.core.permissions import can, require
from sekretariat.services.core.session import Session
from sekretariat.services.warehouse import costing
from sekretariat.services.warehouse.items import in_units, item_info
from sekretariat.services.warehouse.util import one, rows

STATUSES = ("open", "closed", "approved", "cancelled")

#: The item's balance at the cut-off (:day, :cutoff = 'YYYY-MM-DDTHH:MM').
BOOK_AT_CUTOFF_SQL = (
    "SELECT qty_after, value_after FROM stock_movement WHERE item_id = :item"
    " AND (moved_on < :day OR (moved_on = :day AND substr(created_at, 1, 16) <= :cutoff))"
    " ORDER BY moved_on DESC, seq DESC LIMIT 1")
#: The item's last balance holding something at the cut-off (its last known cost).
_LAST_COST_SQL = BOOK_AT_CUTOFF_SQL.replace(" ORDER BY", " AND qty_after > 0 ORDER BY")


@dataclass(frozen=True)
class CountInfo:
    id: int
    number: str
    counted_on: dt.date
    counted_at: str              # 'HH:MM', the cut-off
    place: str
    note: str
    status: str                  # open | closed | approved | cancelled
    created_by: str              # full names
    coordinator: str | None      # who approved as the warehouse coordinator
    coordinator_id: int | None
    chair: str | None            # who approved as the chair
    chair_id: int | None
    posted_at: str | None
    lines: int                   # lines typed by every counter
    counters: int                # people who typed them

    @property
    def cutoff(self) -> str:
        return f"{self.counted_on.isoformat()}T{self.counted_at}"


@dataclass(frozen=True)
class CountItem:
    """An item as a counter picks it: no stock figures."""
    id: int
    code: str
    name: str
    base_unit: str
    units: tuple[str, ...]       # its other active units


@dataclass(frozen=True)
class CountLine:
    id: int
    item_code: str
    item_name: str
    place: str
    quantity: int                # base units
    quantity_text: str           # "120 kg (2 karung + 20 kg)"
    created_at: str


@dataclass(frozen=True)
class VarianceRow:
    item_id: int
    code: str
    name: str
    counted: int                 # base units, the sum of the lines
    book_qty: int                # at the cut-off
    book_value: int
    variance: int                # counted - book_qty
    variance_value: int          # Rupiah, at the moving average at the cut-off
    counted_text: str
    book_text: str
    variance_text: str
    later_movement: str | None   # a movement dated after the count day (blocks posting)
    movement_number: str | None  # the adjustment posted (an approved count)


@dataclass(frozen=True)
class NotCounted:
    item_id: int
    code: str
    name: str
    book_qty: int
    book_text: str


@dataclass(frozen=True)
class VarianceSheet:
    count: CountInfo
    rows: tuple[VarianceRow, ...]
    not_counted: tuple[NotCounted, ...]

    @property
    def total_value(self) -> int:
        return sum(r.variance_value for r in self.rows)


# --- permissions --------------------------------------------------------------------

def require_reader(session: Session) -> None:
    """Counters (warehouse.count) and readers of the warehouse (warehouse.view)."""
    if not can(session, "warehouse.count"):
        require(session, "warehouse.view")


# --- counts ---------------------------------------------------------------------------

_COUNT = (
    "SELECT c.id, c.number, c.counted_on, c.counted_at, c.place, c.note, c.status,"
    " u.full_name, k.full_name, c.coordinator_id, h.full_name, c.chair_id, c.posted_at,"
    " (SELECT count(*) FROM stock_count_line l WHERE l.count_id = c.id),"
    " (SELECT count(DISTINCT counted_by) FROM stock_count_line l WHERE l.count_id = c.id)"
    " FROM stock_count c JOIN app_user u ON u.id = c.created_by"
    " LEFT JOIN app_user k ON k.id = c.coordinator_id LEFT JOIN app_user h ON h.id = c.chair_id")


def _count(row: tuple) -> CountInfo:
    values = list(row)
    values[2] = dt.date.fromisoformat(values[2])
    return CountInfo(*values)


def count_info(count_id: int) -> CountInfo:
    """For services that checked their permission; NotFound otherwise."""
    row = one(_COUNT + " WHERE c.id = ?", (count_id,)) \
        if isinstance(count_id, int) and not isinstance(count_id, bool) else None
    if row is None:
        raise NotFound("warehouse.count_not_found", number=str(count_id))
    return _count(row)


def list_counts(session: Session) -> list[CountInfo]:
    """Every count, the latest first."""
    require_reader(session)
    return [_count(r) for r in rows(_COUNT + " ORDER BY c.counted_on DESC, c.id DESC")]


def get_count(session: Session, count_id: int) -> CountInfo:
    require_reader(session)
    return count_info(count_id)


def count_items(session: Session) -> list[CountItem]:
    """The active items a counter may pick (by name), with no stock figures."""
    require(session, "warehouse.count")
    found = []
    for item_id, in rows("SELECT id FROM item WHERE active = 1 ORDER BY name COLLATE NOCASE"):
        info = item_info(item_id)
        found.append(CountItem(info.id, info.code, info.name, info.base_unit,
                               tuple(u.name for u in info.units if u.active)))
    return found


def line_info(line_id: int) -> CountLine:
    item_id, place, quantity, created_at = one(
        "SELECT item_id, place, quantity, created_at FROM stock_count_line WHERE id = ?",
        (line_id,))
    info = item_info(item_id)
    return CountLine(line_id, info.code, info.name, place, quantity, in_units(info, quantity),
                     created_at)


def my_lines(session: Session, count_id: int) -> list[CountLine]:
    """What this counter typed in the count, in order: blind, so neither the
    book nor the other counters' lines."""
    require(session, "warehouse.count")
    count_info(count_id)
    return [line_info(line_id) for line_id, in rows(
        "SELECT id FROM stock_count_line WHERE count_id = ? AND counted_by = ? ORDER BY id",
        (count_id, session.user_id))]


# --- the book at the cut-off and the variance sheet -----------------------------------

def book_at_cutoff(item_id: int, day: dt.date, at: str) -> tuple[int, int]:
    """(quantity, value) of the item at the cut-off (module docstring)."""
    params = {"item": item_id, "day": day.isoformat(), "cutoff": f"{day.isoformat()}T{at}"}
    found = one(BOOK_AT_CUTOFF_SQL, params)
    return (found[0], found[1]) if found else (0, 0)


def variance_value(item_id: int, day: dt.date, at: str, variance: int, book_qty: int,
                   book_value: int) -> int:
    """The Rupiah value of a variance at the moving average at the cut-off."""
    if variance < 0:
        return costing.outgoing_value(-variance, book_qty, book_value)
    if variance == 0:
        return 0
    last = one(_LAST_COST_SQL, {"item": item_id, "day": day.isoformat(),
                                "cutoff": f"{day.isoformat()}T{at}"})
    found = costing.value_at_average(variance, book_qty, book_value,
                                     Fraction(last[1], last[0]) if last else None)
    return found or 0


def counted_totals(count_id: int) -> dict[int, int]:
    """item id -> the sum of every counter's lines (all places)."""
    return dict(rows("SELECT item_id, sum(quantity) FROM stock_count_line WHERE count_id = ?"
                     " GROUP BY item_id", (count_id,)))


def build_sheet(count: CountInfo) -> VarianceSheet:
    """The sheet of a count (for services that checked their permission).
    An approved count's rows are the ones it was approved and posted with
    (``stock_count_variance``), whatever was recorded since."""
    totals = counted_totals(count.id)
    approved = {r[0]: r[1:] for r in rows(
        "SELECT item_id, counted, book_qty, book_value, variance, variance_value"
        " FROM stock_count_variance WHERE count_id = ?", (count.id,))} \
        if count.status == "approved" else {}
    posted = dict(rows("SELECT v.item_id, m.number FROM stock_count_variance v"
                       " JOIN stock_movement m ON m.id = v.movement_id WHERE v.count_id = ?",
                       (count.id,)))
    found: list[VarianceRow] = []
    missing: list[NotCounted] = []
    for item_id, active in rows("SELECT id, active FROM item ORDER BY name COLLATE NOCASE, code"):
        info = item_info(item_id)
        book_qty, book_value = book_at_cutoff(item_id, count.counted_on, count.counted_at)
        if item_id not in totals:
            if active or book_qty:
                missing.append(NotCounted(item_id, info.code, info.name, book_qty,
                                          in_units(info, book_qty)))
            continue
        if item_id in approved:
            counted, book_qty, book_value, variance, value = approved[item_id]
            found.append(VarianceRow(
                item_id, info.code, info.name, counted, book_qty, book_value, variance, value,
                in_units(info, counted), in_units(info, book_qty),
                ("+" if variance > 0 else "") + in_units(info, variance), None,
                posted.get(item_id)))
            continue
        counted = totals[item_id]
        variance = counted - book_qty
        later = one("SELECT number FROM stock_movement WHERE item_id = ? AND moved_on > ?"
                    " ORDER BY seq LIMIT 1", (item_id, count.counted_on.isoformat())) \
            if variance else None
        found.append(VarianceRow(
            item_id, info.code, info.name, counted, book_qty, book_value, variance,
            variance_value(item_id, count.counted_on, count.counted_at, variance, book_qty,
                           book_value),
            in_units(info, counted), in_units(info, book_qty),
            ("+" if variance > 0 else "") + in_units(info, variance),
            later[0] if later else None, posted.get(item_id)))
    return VarianceSheet(count, tuple(found), tuple(missing))


def variance_sheet(session: Session, count_id: int) -> VarianceSheet:
    """Counted against the book at the cut-off, per item, once the count is
    closed (never while counters count: the count is blind)."""
    require(session, "warehouse.view")
    count = count_info(count_id)
    if count.status == "open":
        raise Conflict("warehouse.count_still_open", number=count.number)
    if count.status == "cancelled":
        raise Conflict("warehouse.count_cancelled", number=count.number)
    return build_sheet(count)


def may_approve(session: Session | None, count: CountInfo) -> bool:
    """Whether this person's approval is still wanted on a closed count."""
    if session is None or count.status != "closed":
        return False
    if not can(session, "warehouse.count_approve"):
        return False
    if session.user_id in (count.coordinator_id, count.chair_id):
        return False
    return (count.coordinator_id if session.role == "gudang" else count.chair_id) is None
