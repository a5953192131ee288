"""Bulk purchase rounds (pembelian bersama): open, take requests, close,
order, book landed costs, receive. The allocation and its posting are in
rounds_alloc.py and rounds_post.py, the reads in rounds_read.py.

A round (``PB/2026/00001``) runs 'open' -> 'closed' -> 'ordered' ->
'received' -> 'allocated' -> 'posted' (locked); until it is received it may
be 'cancelled'. Decisions:

* a request is whole purchase units of one item of the round (the unit and
  its factor copied from the item when the round opened); one request per
  trader and item: a second one replaces the units and keeps its place in
  the request order (the earlier request wins a tie in the allocation);
* the order names the supplier, the bulk price per purchase unit of each
  item and the units ordered (default: the units requested), and numbers the
  purchase order ``PO/2026/00001``;
* landed costs (transport, loading) are booked before or with the receipt,
  to one item or to the whole round (spread by value, round_costs.py), and
  are owed to the round's supplier with the goods;
* the receipt records what arrived (less than ordered is fine; more only
  with ``confirm_over``) and posts one stock receipt per item that arrived:
  quantity = units × factor base units, cost = the item's landed cost, Dr
  1-300 / Cr 2-200 (the supplier). Nothing changes after it but the
  allocation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import MAX_AMOUNT, parse_rupiah
from sekretariat.services.core import audit, days, numbering
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse.items import ItemInfo, item_info
from sekretariat.services.warehouse.round_costs import round_landed_costs
from sekretariat.services.warehouse.suppliers import supplier_info
from sekretariat.services.warehouse.util import (
    MAX_REASON,
    MAX_TEXT,
    check_date,
    clean_text,
    one,
    rows,
    whole_number,
)

SOURCE = "round"
SERIES, PO_SERIES = "PB", "PO"
#: The largest number of purchase units in one request, order or receipt.
MAX_UNITS = 1_000_000
STATUSES = ("open", "closed", "ordered", "received", "allocated", "posted", "cancelled")
LOCKED = ("posted", "cancelled")


# --- looking a round up ----------------------------------------------------------

def round_id_of(round_ref: int | str) -> int:
    """A round's id from its id or number (``PB/2026/00001``, any case)."""
    if isinstance(round_ref, int) and not isinstance(round_ref, bool):
        found = one("SELECT id FROM purchase_round WHERE id = ?", (round_ref,))
    else:
        text = str(round_ref or "").strip().upper()
        found = one("SELECT id FROM purchase_round WHERE number = ?", (text,))
        if found is None and text.isdigit():
            found = one("SELECT id FROM purchase_round WHERE id = ?", (int(text),))
    if found is None:
        raise NotFound("round.not_found", field="round", round=str(round_ref))
    return found[0]


def round_head(round_id: int) -> dict[str, Any]:
    columns = ("id", "number", "title", "opened_on", "status", "supplier_id", "po_number",
               "ordered_on", "received_on", "posted_on", "notes")
    row = one(f"SELECT {', '.join(columns)} FROM purchase_round WHERE id = ?", (round_id,))
    return dict(zip(columns, row))


def expect_status(head: dict[str, Any], *allowed: str) -> None:
    if head["status"] not in allowed:
        from sekretariat.i18n import t

        raise Conflict("round.wrong_status", number=head["number"],
                       status=t(f"round.status.{head['status']}"))


def round_item_of(round_id: int, item: int | str) -> tuple[int, ItemInfo, str, int]:
    """(round item id, item, unit, factor) of an item of the round."""
    info = item_info(item)
    found = one("SELECT id, unit, factor FROM round_item WHERE round_id = ? AND item_id = ?",
                (round_id, info.id))
    if found is None:
        raise NotFound("round.item_not_in_round", field="item", item=info.name)
    return found[0], info, found[1], found[2]


def _units(value: Any, field: str, *, minimum: int = 1) -> int:
    """Whole purchase units (``2``; not ``1,5``, ``-1`` nor ``dua``)."""
    if isinstance(value, float):
        raise ValidationError("warehouse.whole_number", field=field, text=str(value))
    return whole_number(value, field, minimum=minimum, maximum=MAX_UNITS)


def checked_day(value: Any, field: str = "day") -> dt.date:
    day = check_date(value, field, default_today=True, not_future=True)
    days.assert_open(day)
    return day


# --- opening and requests -------------------------------------------------------

def open_round(session: Session, title: str, items: Iterable[tuple[int | str, str]],
               day: Any = None, *, notes: str = "") -> int:
    """Open a round for ``items``: (item, purchase unit) pairs, the unit one
    the item converts ('karung'). Returns the round's id."""
    require(session, "warehouse.manage")
    title = clean_text(title, "title", maximum=MAX_TEXT, required=True)
    notes = clean_text(notes, "notes", maximum=MAX_REASON)
    day = checked_day(day)
    chosen: list[tuple[ItemInfo, str, int]] = []
    for item, unit in items:
        info = item_info(item)
        if not info.active:
            raise Conflict("warehouse.item_inactive", field="item", item=info.name)
        name = str(unit or "").strip().lower() or info.base_unit
        factor = info.factor_of(name)
        if factor is None:
            raise ValidationError("warehouse.unit_unknown", field="unit", unit=name,
                                  item=info.name, units=", ".join(
                                      [info.base_unit] + [u.name for u in info.units
                                                          if u.active]))
        if any(c[0].id == info.id for c in chosen):
            raise ValidationError("round.item_twice", field="items", item=info.name)
        chosen.append((info, name, factor))
    if not chosen:
        raise ValidationError("round.no_items", field="items")
    with writing():
        number = numbering.next_number(SERIES, day.year)
        round_id = one("INSERT INTO purchase_round (number, title, opened_on, notes, created_by,"
                       " created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                       (number, title, day.isoformat(), notes, session.user_id,
                        clock.now_iso()))[0]
        for info, name, factor in chosen:
            one("INSERT INTO round_item (round_id, item_id, unit, factor) VALUES (?, ?, ?, ?)"
                " RETURNING id", (round_id, info.id, name, factor))
        audit.record(session, "round.open", "purchase_round", round_id, None,
                     {"number": number, "title": title, "day": day.isoformat(),
                      "items": [[i.code, u, f] for i, u, f in chosen]})
    return round_id


def record_request(session: Session, round_ref: int | str, item: int | str, trader_id: int,
                   units: Any) -> int:
    """A trader's request in whole purchase units; a second request of the
    same trader for the same item replaces the units (keeping its place).
    Returns the request's id."""
    require(session, "warehouse.manage")
    round_id = round_id_of(round_ref)
    head = round_head(round_id)
    expect_status(head, "open")
    round_item_id, info, unit, _ = round_item_of(round_id, item)
    units = _units(units, "units")
    trader = one("SELECT name, status FROM trader WHERE id = ?", (trader_id,)) \
        if isinstance(trader_id, int) and not isinstance(trader_id, bool) else None
    if trader is None:
        raise NotFound("warehouse.trader_not_found", field="trader", trader=str(trader_id))
    if trader[1] != "aktif":
        raise Conflict("round.trader_inactive", field="trader", trader=trader[0])
    with writing():
        found = one("SELECT id, units FROM round_request WHERE round_item_id = ?"
                    " AND trader_id = ?", (round_item_id, trader_id))
        if found is not None:
            request_id, before = found[0], {"units": found[1]}
            one("UPDATE round_request SET units = ? WHERE id = ? RETURNING id",
                (units, request_id))
        else:
            position = one("SELECT coalesce(max(position), 0) + 1 FROM round_request"
                           " WHERE round_id = ?", (round_id,))[0]
            request_id = one(
                "INSERT INTO round_request (round_id, round_item_id, trader_id, units, position,"
                " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (round_id, round_item_id, trader_id, units, position, session.user_id,
                 clock.now_iso()))[0]
            before = None
        audit.record(session, "round.request", "round_request", request_id, before,
                     {"round": head["number"], "item": info.code, "trader_id": trader_id,
                      "units": units, "unit": unit})
    return request_id


def withdraw_request(session: Session, request_id: int) -> None:
    """Take a request back while the round is open."""
    require(session, "warehouse.manage")
    found = one("SELECT round_id, trader_id, units FROM round_request WHERE id = ?",
                (request_id,))
    if found is None:
        raise NotFound("round.request_not_found", field="request")
    head = round_head(found[0])
    expect_status(head, "open")
    with writing():
        one("DELETE FROM round_request WHERE id = ? RETURNING id", (request_id,))
        audit.record(session, "round.withdraw", "round_request", request_id,
                     {"round": head["number"], "trader_id": found[1], "units": found[2]}, None)


def close_round(session: Session, round_ref: int | str) -> None:
    """No more requests: the round can be ordered."""
    _set_status(session, round_ref, ("open",), "closed", needs_requests=True)


def cancel_round(session: Session, round_ref: int | str, reason: str) -> None:
    """Give a round up before anything arrived (final)."""
    reason = clean_text(reason, "reason", maximum=MAX_REASON, required=True)
    _set_status(session, round_ref, ("open", "closed", "ordered"), "cancelled", reason=reason)


def _set_status(session: Session, round_ref: int | str, allowed: tuple[str, ...], status: str,
                *, needs_requests: bool = False, reason: str = "") -> None:
    require(session, "warehouse.manage")
    round_id = round_id_of(round_ref)
    head = round_head(round_id)
    expect_status(head, *allowed)
    if needs_requests and not one("SELECT 1 FROM round_request WHERE round_id = ?",
                                  (round_id,)):
        raise Conflict("round.no_requests", number=head["number"])
    with writing():
        one("UPDATE purchase_round SET status = ? WHERE id = ? RETURNING id", (status, round_id))
        audit.record(session, f"round.{status}", "purchase_round", round_id,
                     {"status": head["status"]}, {"status": status, "reason": reason})


# --- the order ------------------------------------------------------------------

def requested_units(round_id: int) -> dict[int, int]:
    """Units requested per round item (0 for an item nobody asked for)."""
    found = dict(rows("SELECT round_item_id, sum(units) FROM round_request WHERE round_id = ?"
                      " GROUP BY round_item_id", (round_id,)))
    return {item_id: found.get(item_id, 0) for item_id, in rows(
        "SELECT id FROM round_item WHERE round_id = ? ORDER BY id", (round_id,))}


def order_round(session: Session, round_ref: int | str, supplier_id: int,
                prices: Mapping[int | str, Any], quantities: Mapping[int | str, Any] | None = None,
                day: Any = None) -> str:
    """Order a closed round from ``supplier_id`` at the bulk ``prices`` (per
    purchase unit, each item's); ``quantities``: units ordered per item
    (default: what was requested). Returns the purchase order number."""
    require(session, "warehouse.manage")
    round_id = round_id_of(round_ref)
    head = round_head(round_id)
    expect_status(head, "closed")
    day = checked_day(day)
    if day.isoformat() < head["opened_on"]:
        raise ValidationError("round.before_opening", field="day", day=fmt_date(day))
    supplier = supplier_info(supplier_id)
    if not supplier.active:
        raise Conflict("warehouse.supplier_inactive", field="supplier", name=supplier.name)
    wanted = requested_units(round_id)
    lines: dict[int, tuple[int, int]] = {}
    given_prices = {round_item_of(round_id, k)[0]: v for k, v in prices.items()}
    given_units = {round_item_of(round_id, k)[0]: v for k, v in (quantities or {}).items()}
    for item_id, requested in wanted.items():
        if item_id not in given_prices:
            raise ValidationError("round.price_missing", field="prices",
                                  item=_item_name(item_id))
        price = given_prices[item_id]
        if isinstance(price, float):
            raise ValidationError("money.invalid", field="prices", text=str(price))
        price = parse_rupiah(price, field="prices", allow_zero=False, maximum=MAX_AMOUNT)
        units = _units(given_units.get(item_id, requested), "quantities", minimum=0)
        if price * units > MAX_AMOUNT:
            raise ValidationError("round.amount_too_large", field="quantities",
                                  item=_item_name(item_id))
        lines[item_id] = (price, units)
    if not any(units for _, units in lines.values()):
        raise ValidationError("round.nothing_ordered", field="quantities")
    with writing():
        po_number = numbering.next_number(PO_SERIES, day.year)
        for item_id, (price, units) in lines.items():
            one("UPDATE round_item SET bulk_price = ?, quantity_ordered = ? WHERE id = ?"
                " RETURNING id", (price, units, item_id))
        one("UPDATE purchase_round SET status = 'ordered', supplier_id = ?, po_number = ?,"
            " ordered_on = ? WHERE id = ? RETURNING id",
            (supplier.id, po_number, day.isoformat(), round_id))
        audit.record(session, "round.order", "purchase_round", round_id,
                     {"status": head["status"]},
                     {"status": "ordered", "po_number": po_number, "supplier_id": supplier.id,
                      "day": day.isoformat(),
                      "lines": {str(k): list(v) for k, v in lines.items()}})
    return po_number


def _item_name(round_item_id: int) -> str:
    return one("SELECT i.name FROM round_item r JOIN item i ON i.id = r.item_id"
               " WHERE r.id = ?", (round_item_id,))[0]


# --- landed costs and the receipt ---------------------------------------------------

def add_landed_cost(session: Session, round_ref: int | str, description: str, amount: Any,
                    item: int | str | None = None) -> int:
    """A landed cost (transport, loading) of an ordered round, of the whole
    round or of one ``item``; owed to the supplier with the goods."""
    require(session, "warehouse.manage")
    round_id = round_id_of(round_ref)
    head = round_head(round_id)
    expect_status(head, "ordered")
    text = clean_text(description, "description", maximum=MAX_TEXT, required=True)
    if isinstance(amount, float):
        raise ValidationError("money.invalid", field="amount", text=str(amount))
    value = parse_rupiah(amount, field="amount", allow_zero=False, maximum=MAX_AMOUNT)
    round_item_id = None if item in (None, "") else round_item_of(round_id, item)[0]
    with writing():
        cost_id = one("INSERT INTO round_cost (round_id, round_item_id, description, amount,"
                      " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                      (round_id, round_item_id, text, value, session.user_id,
                       clock.now_iso()))[0]
        audit.record(session, "round.cost", "round_cost", cost_id, None,
                     {"round": head["number"], "description": text, "amount": value,
                      "round_item_id": round_item_id})
    return cost_id


def receive_round(session: Session, round_ref: int | str, received: Mapping[int | str, Any],
                  day: Any = None, *, confirm_over: bool = False) -> None:
    """What arrived, in purchase units per item (an item left out: none).
    More than ordered needs ``confirm_over``. Posts one stock receipt per item
    that arrived, at its landed cost, on the supplier's payable."""
    from sekretariat.i18n import t
    from sekretariat.services.warehouse.movements import append_in_transaction

    require(session, "warehouse.manage")
    round_id = round_id_of(round_ref)
    head = round_head(round_id)
    expect_status(head, "ordered")
    day = checked_day(day)
    if day.isoformat() < head["ordered_on"]:
        raise ValidationError("round.before_order", field="day", day=fmt_date(day),
                              ordered=fmt_date(dt.date.fromisoformat(head["ordered_on"])))
    given = {round_item_of(round_id, k)[0]: _units(v, "received", minimum=0)
             for k, v in received.items()}
    items = rows("SELECT r.id, r.item_id, r.unit, r.factor, r.quantity_ordered, i.name"
                 " FROM round_item r JOIN item i ON i.id = r.item_id WHERE r.round_id = ?"
                 " ORDER BY r.id", (round_id,))
    arrived = {r[0]: given.get(r[0], 0) for r in items}
    for item_id, _, unit, _, ordered, name in items:
        if arrived[item_id] > ordered and not confirm_over:
            raise Conflict("round.over_ordered", field="received", item=name,
                           received=arrived[item_id], ordered=ordered, unit=unit)
    for item_id, in rows("SELECT DISTINCT round_item_id FROM round_cost WHERE round_id = ?"
                         " AND round_item_id IS NOT NULL", (round_id,)):
        if not arrived.get(item_id):
            raise ValidationError("round.cost_without_goods", field="received",
                                  item=_item_name(item_id))
    if not any(arrived.values()) and one("SELECT 1 FROM round_cost WHERE round_id = ?",
                                         (round_id,)):
        raise ValidationError("round.cost_without_goods", field="received", item="-")
    costs = round_landed_costs(round_id, arrived)
    if any(value > MAX_AMOUNT for value in costs.values()):
        raise ValidationError("round.amount_too_large", field="received", item="-")
    with writing():
        receipts = {}
        for item_id, stock_item, unit, factor, _, _ in items:
            units = arrived[item_id]
            receipt_id = None
            if units:
                done = append_in_transaction(
                    session, item_info(stock_item), day, "receipt", units * factor,
                    cost=costs[item_id], supplier_id=head["supplier_id"], payment="credit",
                    reason=t("round.receipt_reason", round=head["number"],
                             po=head["po_number"]),
                    source=SOURCE, source_ref=head["number"])
                receipt_id = done.id
                receipts[str(item_id)] = [units, costs[item_id], done.number]
            one("UPDATE round_item SET quantity_received = ?, received_on = ?, receipt_id = ?"
                " WHERE id = ? RETURNING id", (units, day.isoformat(), receipt_id, item_id))
        one("UPDATE purchase_round SET status = 'received', received_on = ? WHERE id = ?"
            " RETURNING id", (day.isoformat(), round_id))
        audit.record(session, "round.receive", "purchase_round", round_id,
                     {"status": head["status"]},
                     {"status": "received", "day": day.isoformat(), "receipts": receipts,
                      "confirm_over": bool(confirm_over)})


