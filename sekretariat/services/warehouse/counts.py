"""The blind stock count (stok opname): open a count (day and time: the
cut-off), let counters type what they see, close it, and have the warehouse
coordinator and the chair approve its variance sheet; the second approval
posts the variances (``OPN/2026/00001``).

* Blind: a counter's calls (``add_line``, ``counts_read.my_lines``,
  ``counts_read.count_items``) never return a book figure; the variance
  sheet (``counts_read.variance_sheet``) shows only once the count is closed.
* Lines are append-only (a trigger too): several counters' lines for the same
  item and place add up, never overwrite. A line of zero says "none found".
* Approval: the coordinator (role ``gudang``) and the chair (``ketua``) each
  approve, in either order, two different people. The second approval posts,
  in one transaction, one ``adjustment`` movement per item with a variance
  (``movements.append_in_transaction``, source ``count``, source_ref the
  count's number), dated on the count day; the stock core posts its value
  to 5-850 against 1-300. A shortage goes out at the moving average at
  posting (equal to the sheet's value unless movements recorded on the count
  day after the cut-off changed the average), a surplus comes in at the
  sheet's value.
* The stock core records an item's movements in date order, so an adjustment
  dated on the count day cannot follow a movement dated later. An approval
  is refused, naming the item and that movement, while an item with a
  variance has movements dated after the count day. Reversing that movement
  does not help (a reversal is dated on or after its original): the count is
  cancelled and done again. Items without a variance post nothing, so their
  later movements do not matter.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.core import audit, days, numbering
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse import movements
from sekretariat.services.warehouse.counts_read import (
    CountInfo,
    CountLine,
    build_sheet,
    count_info,
    line_info,
)
from sekretariat.services.warehouse.items import ItemInfo, item_info, to_base
from sekretariat.services.warehouse.util import MAX_REASON, check_date, clean_text, one, rows

SERIES = "OPN"
SOURCE = "count"
MAX_PLACE = 40
_TIME = re.compile(r"(?P<h>[01]?[0-9]|2[0-3])[:.](?P<m>[0-5][0-9])")


# --- opening a count ---------------------------------------------------------------

def check_time(value: Any, field: str = "counted_at") -> str:
    """A time of day as 'HH:MM' (typed ``9:30``, ``09.30``, ``09:30``)."""
    text = str(value or "").strip()
    match = _TIME.fullmatch(text)
    if match is None:
        raise ValidationError("warehouse.count_time_invalid", field=field, text=text)
    return f"{int(match['h']):02d}:{match['m']}"


def create_count(session: Session, day: Any = None, at: Any = None, *, place: str = "",
                 note: str = "") -> CountInfo:
    """A new open count on ``day`` (today by default) with its cut-off time
    ``at`` ('HH:MM', now by default), neither in the future, in an open day."""
    require(session, "warehouse.manage")
    day = check_date(day, "counted_on", default_today=True, not_future=True)
    at = clock.now().strftime("%H:%M") if at in (None, "") else check_time(at)
    if day == clock.today() and at > clock.now().strftime("%H:%M"):
        raise ValidationError("warehouse.count_time_future", field="counted_at", time=at)
    place = clean_text(place, "place", maximum=MAX_PLACE)
    note = clean_text(note, "note", maximum=MAX_REASON)
    days.assert_open(day)
    with writing():
        number = numbering.next_number(SERIES, day.year)
        count_id = one("INSERT INTO stock_count (number, counted_on, counted_at, place, note,"
                       " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                       (number, day.isoformat(), at, place, note, session.user_id,
                        clock.now_iso()))[0]
        audit.record(session, "warehouse.count_create", "stock_count", count_id, None,
                     {"number": number, "day": day.isoformat(), "at": at, "place": place,
                      "note": note})
    return count_info(count_id)


# --- counting (blind) ----------------------------------------------------------------

def _find_item(item: int | str) -> ItemInfo:
    """By id or code, else by its exact name (ignoring case) when one item has it."""
    try:
        return item_info(item)
    except NotFound:
        if isinstance(item, int):
            raise
        found = rows("SELECT id FROM item WHERE name = ? COLLATE NOCASE",
                     (" ".join(str(item or "").split()),))
        if len(found) != 1:
            raise
        return item_info(found[0][0])


def count_quantity(item: ItemInfo, quantity: Any, unit: str | None = None) -> int:
    """Whole base units >= 0 from what a counter typed (``items.to_base``;
    zero is a count too: none found)."""
    try:
        return to_base(item, quantity, unit)
    except ValidationError as exc:
        if exc.key == "warehouse.quantity_zero":
            return 0
        raise


def _open_count(count_id: int) -> CountInfo:
    count = count_info(count_id)
    if count.status != "open":
        raise Conflict("warehouse.count_not_open", number=count.number,
                       status=_status_text(count.status))
    days.assert_open(count.counted_on)
    return count


def add_line(session: Session, count_id: int, item: int | str, quantity: Any,
             unit: str | None = None, *, place: str = "") -> CountLine:
    """One counter's line: what they found of an item at a place (the
    count's place when none is given). Returns only what was typed."""
    require(session, "warehouse.count")
    info = _find_item(item)
    if not info.active:
        raise Conflict("warehouse.item_inactive", field="item", item=info.name)
    amount = count_quantity(info, quantity, unit)
    place = clean_text(place, "place", maximum=MAX_PLACE)
    with writing():
        count = _open_count(count_id)
        line_id = one("INSERT INTO stock_count_line (count_id, item_id, place, quantity,"
                      " counted_by, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                      (count.id, info.id, place or count.place, amount, session.user_id,
                       clock.now_iso()))[0]
        audit.record(session, "warehouse.count_line", "stock_count_line", line_id, None,
                     {"count": count.number, "item": info.code, "place": place or count.place,
                      "quantity": amount})
    return line_info(line_id)


# --- closing, cancelling --------------------------------------------------------------

def close_count(session: Session, count_id: int) -> CountInfo:
    """Stop counting: the variance sheet shows and approvals may start."""
    require(session, "warehouse.manage")
    with writing():
        count = _open_count(count_id)
        if count.lines == 0:
            raise Conflict("warehouse.count_empty", number=count.number)
        rows("UPDATE stock_count SET status = 'closed', closed_by = ?, closed_at = ?"
             " WHERE id = ?", (session.user_id, clock.now_iso(), count.id))
        audit.record(session, "warehouse.count_close", "stock_count", count.id,
                     {"status": "open"}, {"status": "closed", "lines": count.lines})
    return count_info(count.id)


def cancel_count(session: Session, count_id: int, reason: str) -> CountInfo:
    """Drop a count not yet approved (its lines stay, unposted)."""
    require(session, "warehouse.manage")
    reason = clean_text(reason, "reason", maximum=MAX_REASON, required=True)
    with writing():
        count = count_info(count_id)
        if count.status in ("approved", "cancelled"):
            raise Conflict("warehouse.count_final", number=count.number,
                           status=_status_text(count.status))
        days.assert_open(count.counted_on)
        rows("UPDATE stock_count SET status = 'cancelled', cancelled_by = ?, cancelled_at = ?,"
             " cancel_reason = ? WHERE id = ?",
             (session.user_id, clock.now_iso(), reason, count.id))
        audit.record(session, "warehouse.count_cancel", "stock_count", count.id,
                     {"status": count.status}, {"status": "cancelled", "reason": reason})
    return count_info(count.id)


# --- approving and posting --------------------------------------------------------------

def approve_count(session: Session, count_id: int) -> CountInfo:
    """Approve a closed count as the coordinator (role gudang) or the chair
    (ketua); the second of the two approvals posts the variances."""
    require(session, "warehouse.count_approve")
    capacity = "chair" if session.role == "ketua" else "coordinator"
    with writing():
        count = count_info(count_id)
        if count.status == "open":
            raise Conflict("warehouse.count_still_open", number=count.number)
        if count.status in ("approved", "cancelled"):
            raise Conflict("warehouse.count_final", number=count.number,
                           status=_status_text(count.status))
        days.assert_open(count.counted_on)
        mine, theirs = ((count.chair_id, count.coordinator_id) if capacity == "chair"
                        else (count.coordinator_id, count.chair_id))
        if mine is not None:
            raise Conflict("warehouse.count_already_approved", number=count.number,
                           name=count.chair if capacity == "chair" else count.coordinator)
        if theirs == session.user_id:
            raise Conflict("warehouse.count_same_approver", number=count.number)
        sheet = build_sheet(count)
        for row in sheet.rows:
            if row.variance and row.later_movement:
                later_day = one("SELECT moved_on FROM stock_movement WHERE number = ?",
                                (row.later_movement,))[0]
                raise Conflict("warehouse.count_later_movements", item=row.name,
                               movement=row.later_movement, number=count.number,
                               day=fmt_date(count.counted_on),
                               later=fmt_date(dt.date.fromisoformat(later_day)))
        posted = _post(session, count, sheet) if theirs is not None else None
        rows(f"UPDATE stock_count SET {capacity}_id = ?, {capacity}_at = ?,"
             " status = ?, posted_at = ? WHERE id = ?",
             (session.user_id, clock.now_iso(), "closed" if posted is None else "approved",
              None if posted is None else clock.now_iso(), count.id))
        audit.record(session, f"warehouse.count_approve_{capacity}", "stock_count", count.id,
                     {"status": "closed"},
                     {"status": "approved" if posted is not None else "closed",
                      "capacity": capacity, "posted": posted})
    return count_info(count.id)


def _post(session: Session, count: CountInfo, sheet) -> list[str]:
    """Post every variance of the sheet and keep the sheet as posted."""
    from sekretariat.i18n import t

    numbers = []
    for row in sheet.rows:
        movement_id = None
        if row.variance:
            done = movements.append_in_transaction(
                session, item_info(row.item_id), count.counted_on, "adjustment", row.variance,
                cost=row.variance_value if row.variance > 0 else None,
                reason=t("warehouse.count_reason", number=count.number),
                source=SOURCE, source_ref=count.number)
            movement_id = done.id
            numbers.append(done.number)
        rows("INSERT INTO stock_count_variance (count_id, item_id, counted, book_qty,"
             " book_value, variance, variance_value, movement_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
             (count.id, row.item_id, row.counted, row.book_qty, row.book_value, row.variance,
              row.variance_value, movement_id))
    return numbers


def _status_text(status: str) -> str:
    from sekretariat.i18n import t

    return t(f"warehouse.count_status.{status}")
