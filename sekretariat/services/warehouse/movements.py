"""Stock movements: receipts, issues, write-offs, count adjustments and
reversals, each numbered (``GDG/2026/00001``), posted, audited, append-only.

Rules every movement passes (``append_in_transaction``, the one writer):

* its day is open (``days.assert_open``; a trigger refuses it too), not in
  the future, and not before the item's latest movement (the order rule,
  which keeps the moving average exact: "never below zero at its date" is
  then the balance check);
* an outgoing movement never takes more than the item holds, and is valued
  at the moving average (``costing.outgoing_value``);
* its journal entry (``posting.default_lines``, source ``warehouse``,
  source_ref its number) is posted in the same transaction; a cash receipt
  first passes the drawer guard (the drawer never goes below zero).

A movement is never edited: ``reverse_movement`` posts its mirror (quantity,
value and journal entry), dated in an open day, and only for the item's
latest movement not already reversed, so the balance returns exactly to what
it was before it. Other parts (bulk rounds, stock counts) write through
``append_in_transaction`` / ``reverse_in_transaction`` inside their own
transaction, with their source and, for an issue on account, their own lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import MAX_AMOUNT, format_rupiah, parse_rupiah
from sekretariat.services.cash.vouchers import drawer_guard
from sekretariat.services.core import audit, days, journal, numbering
from sekretariat.services.core.journal import LineInput
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse import costing, posting
from sekretariat.services.warehouse.items import ItemInfo, in_units, item_info, to_base
from sekretariat.services.warehouse.stock import Movement, movement_info
from sekretariat.services.warehouse.suppliers import supplier_info
from sekretariat.services.warehouse.util import (
    MAX_REASON,
    check_date,
    clean_text,
    one,
    rows,
)

SOURCE = "warehouse"
SERIES = "GDG"
#: (value, number, memo) -> the entry's lines, for a caller posting its own.
LinesFor = Callable[[int, str, str], Sequence[LineInput]]


@dataclass(frozen=True)
class Appended:
    id: int
    number: str
    value: int
    qty_after: int
    value_after: int
    journal_entry_id: int | None


# --- the one writer ----------------------------------------------------------------

def append_in_transaction(session: Session, item: ItemInfo, day: dt.date, kind: str,
                          quantity: int, *, cost: int | None = None,
                          supplier_id: int | None = None, trader_id: int | None = None,
                          payment: str | None = None, price: int | None = None,
                          reason: str = "", source: str | None = None,
                          source_ref: str | None = None, lines: LinesFor | None = None,
                          value: int | None = None, memo: str | None = None,
                          _reverses: Movement | None = None) -> Appended:
    """Record one movement inside the caller's write transaction (its
    permission checked, its values cleaned). ``quantity``: signed base
    units. ``cost``: a receipt's cost, or the value of a count surplus
    (default: at the average cost). ``lines``: the entry's lines when there
    are no default ones (an issue on account). ``value``: an outgoing
    movement's given value (<= 0) instead of the moving average — specific
    identification, a bulk round's issue at its landed cost; it must lie
    within the balance's value and take all of it with the last unit.
    ``memo``: the entry's memo instead of the movement's own."""
    days.assert_open(day)
    if day > clock.today():
        raise ValidationError("warehouse.future_date", field="day", day=fmt_date(day))
    if not item.active and _reverses is None:
        raise Conflict("warehouse.item_inactive", field="item", item=item.name)
    latest = one("SELECT seq, moved_on, qty_after, value_after FROM stock_movement"
                 " WHERE item_id = ? ORDER BY seq DESC LIMIT 1", (item.id,))
    seq, latest_day, qty_before, value_before = latest or (0, None, 0, 0)
    if latest_day is not None and day.isoformat() < latest_day:
        raise ValidationError("warehouse.before_latest", field="day", day=fmt_date(day),
                              latest=fmt_date(dt.date.fromisoformat(latest_day)),
                              item=item.name)
    if quantity < 0 and -quantity > qty_before:
        raise ValidationError("warehouse.beyond_stock", field="quantity",
                              quantity=in_units(item, -quantity),
                              held=in_units(item, qty_before), item=item.name,
                              day=fmt_date(day))
    if value is None:
        value = _value(item, kind, quantity, cost, qty_before, value_before, _reverses)
    else:
        _check_given_value(item, quantity, value, qty_before, value_before)
    number = numbering.next_number(SERIES, day.year)
    memo = memo or _memo(number, kind, item, quantity)
    if payment == "cash" and (kind == "receipt" or (_reverses is not None and price)):
        drawer_guard(day, value if kind == "receipt" else price)
    if _reverses is not None:
        entry_id = None if _reverses.journal_entry_id is None else \
            journal.reverse_in_transaction(session, _reverses.journal_entry_id, reason, day,
                                           source=SOURCE, source_ref=number)
    else:
        entry_lines = (lines(value, number, memo) if lines is not None else
                       posting.default_lines(kind, payment, value, price, supplier_id, memo))
        entry_id = journal.post_in_transaction(session, day, memo, entry_lines, source=SOURCE,
                                               source_ref=number) if entry_lines else None
    qty_after, value_after = qty_before + quantity, value_before + value
    movement_id = one(
        "INSERT INTO stock_movement (number, item_id, seq, moved_on, kind, quantity, value,"
        " qty_after, value_after, supplier_id, trader_id, payment, price, reason, source,"
        " source_ref, journal_entry_id, reverses_id, created_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (number, item.id, seq + 1, day.isoformat(), kind, quantity, value, qty_after,
         value_after, supplier_id, trader_id, payment, price, reason, source, source_ref,
         entry_id, None if _reverses is None else _reverses.id, session.user_id,
         clock.now_iso()))[0]
    audit.record(session, f"warehouse.{kind}", "stock_movement", movement_id,
                 {"qty": qty_before, "value": value_before},
                 {"number": number, "item": item.code, "day": day.isoformat(),
                  "quantity": quantity, "value": value, "qty": qty_after, "value_after":
                  value_after, "supplier_id": supplier_id, "trader_id": trader_id,
                  "payment": payment, "price": price, "reason": reason, "source": source,
                  "source_ref": source_ref, "entry_id": entry_id,
                  "reverses": None if _reverses is None else _reverses.number})
    return Appended(movement_id, number, value, qty_after, value_after, entry_id)


def _value(item: ItemInfo, kind: str, quantity: int, cost: int | None, qty_before: int,
           value_before: int, reverses: Movement | None) -> int:
    if reverses is not None:
        return -reverses.value
    if kind == "receipt":
        if cost is None:
            raise ValidationError("money.empty", field="cost")
        return cost
    if quantity < 0:
        return costing.outgoing_value(-quantity, qty_before, value_before)
    if cost is not None:
        return cost
    found = costing.value_at_average(quantity, qty_before, value_before, _last_cost(item.id))
    if found is None:
        raise ValidationError("warehouse.adjustment_needs_value", field="cost", item=item.name)
    return found


def _check_given_value(item: ItemInfo, quantity: int, value: int, qty_before: int,
                       value_before: int) -> None:
    """A given outgoing value: no more than the balance holds, and all of it
    with the last unit (no value left without quantity, none below zero)."""
    if type(value) is not int or quantity >= 0:
        raise ValueError("a given value is for an outgoing movement, a whole number")
    if value > 0 or -value > value_before or (quantity == -qty_before and -value != value_before):
        raise Conflict("warehouse.value_beyond_stock", item=item.name,
                       value=format_rupiah(-value), held=format_rupiah(value_before))


def _last_cost(item_id: int) -> Fraction | None:
    row = one("SELECT qty_after, value_after FROM stock_movement WHERE item_id = ?"
              " AND qty_after > 0 ORDER BY seq DESC LIMIT 1", (item_id,))
    return Fraction(row[1], row[0]) if row else None


def _memo(number: str, kind: str, item: ItemInfo, quantity: int) -> str:
    from sekretariat.i18n import t

    return t("warehouse.memo", number=number, kind=t(f"warehouse.kind.{kind}"), item=item.name,
             quantity=in_units(item, abs(quantity)))


def reverse_in_transaction(session: Session, movement_id: int, reason: str,
                           day: dt.date, *, source: str | None = None,
                           source_ref: str | None = None,
                           allow_earlier: bool = False) -> Appended:
    """Reverse a movement inside the caller's transaction: only the item's
    latest movement not already reversed (reversal pairs after it cancel
    out), never a reversal, never one sharing its entry with others.
    ``allow_earlier`` (a bulk round's share handed back) lifts the "latest"
    rule for an outgoing movement: its reversal only brings quantity and
    value back in, so no balance after it can fall below zero."""
    original = movement_info(movement_id)
    if original.kind == "reversal":
        raise Conflict("warehouse.reverse_of_reversal", number=original.number)
    if original.is_reversed:
        raise Conflict("warehouse.already_reversed", number=original.number,
                       reversal=original.reversed_by_number)
    later = one("SELECT m.number, m.moved_on FROM stock_movement m WHERE m.item_id = ?"
                " AND m.seq > ? AND m.kind <> 'reversal' AND NOT EXISTS (SELECT 1 FROM"
                " stock_movement r WHERE r.reverses_id = m.id) ORDER BY m.seq LIMIT 1",
                (original.item_id, original.seq))
    if later is not None and not (allow_earlier and original.quantity < 0):
        raise Conflict("warehouse.reverse_not_latest", number=original.number, later=later[0],
                       day=fmt_date(dt.date.fromisoformat(later[1])))
    if original.journal_entry_id is not None and one(
            "SELECT count(*) FROM stock_movement WHERE journal_entry_id = ?",
            (original.journal_entry_id,))[0] > 1:
        raise Conflict("warehouse.reverse_shared_entry", number=original.number)
    if day < original.day:
        raise ValidationError("warehouse.reversal_before_original", field="day",
                              number=original.number, day=fmt_date(original.day))
    if original.kind == "receipt" and original.payment == "credit":
        from sekretariat.services.warehouse.payables import owed_through

        owed = owed_through(original.supplier_id, day)
        if owed < original.value:      # paid already: the supplier would owe us
            raise Conflict("warehouse.reverse_paid_receipt", number=original.number,
                           owed=format_rupiah(owed))
    return append_in_transaction(
        session, item_info(original.item_id), day, "reversal", -original.quantity,
        supplier_id=original.supplier_id, trader_id=original.trader_id,
        payment=original.payment, price=original.price, reason=reason,
        source=original.source if source is None else source,
        source_ref=original.source_ref if source_ref is None else source_ref,
        _reverses=original)


# --- the services a person calls ---------------------------------------------------

def record_receipt(session: Session, item: int | str, day: Any, quantity: Any,
                   unit: str | None = None, *, cost: Any, supplier_id: int | None = None,
                   payment: str = "credit", reason: str = "") -> Movement:
    """Goods in: ``cost`` the whole Rupiah paid or owed for them; on credit
    (the supplier's payable, a supplier required) or paid in cash."""
    require(session, "warehouse.move")
    info = item_info(item)
    day = check_date(day, "day", default_today=True, not_future=True)
    amount = to_base(info, quantity, unit)
    if isinstance(cost, float):
        raise ValidationError("money.invalid", field="cost", text=str(cost))
    cost = parse_rupiah(cost, field="cost", allow_zero=False, maximum=MAX_AMOUNT)
    if payment not in ("credit", "cash"):
        raise ValidationError("warehouse.payment_invalid", field="payment", payment=str(payment))
    if supplier_id is not None:
        supplier = supplier_info(supplier_id)
        if not supplier.active:
            raise Conflict("warehouse.supplier_inactive", field="supplier", name=supplier.name)
    elif payment == "credit":
        raise ValidationError("warehouse.supplier_needed", field="supplier")
    note = clean_text(reason, "reason", maximum=MAX_REASON)
    with writing():
        done = append_in_transaction(session, info, day, "receipt", amount, cost=cost,
                                     supplier_id=supplier_id, payment=payment, reason=note)
    return movement_info(done.id)


def record_issue(session: Session, item: int | str, day: Any, quantity: Any,
                 unit: str | None = None, *, price: Any = None, trader_id: int | None = None,
                 internal: bool = False, reason: str = "") -> Movement:
    """Goods out at moving-average cost: sold for cash (``price``: the whole
    Rupiah received, optionally to a trader), or for internal use
    (``internal``, a reason required). An issue on account to a trader is the
    bulk round's allocation, not this."""
    require(session, "warehouse.move")
    info = item_info(item)
    day = check_date(day, "day", default_today=True, not_future=True)
    amount = to_base(info, quantity, unit)
    note = clean_text(reason, "reason", maximum=MAX_REASON, required=internal)
    if internal:
        if price not in (None, "", 0) or trader_id is not None:
            raise ValidationError("warehouse.internal_no_price", field="price")
        payment, price = None, None
    else:
        if price is None or price == "":
            raise ValidationError("money.empty", field="price")
        if isinstance(price, float):
            raise ValidationError("money.invalid", field="price", text=str(price))
        payment, price = "cash", parse_rupiah(price, field="price", allow_zero=False,
                                              maximum=MAX_AMOUNT)
        if trader_id is not None:
            _trader_name(trader_id)
    with writing():
        done = append_in_transaction(session, info, day, "issue", -amount, trader_id=trader_id,
                                     payment=payment, price=price, reason=note)
    return movement_info(done.id)


def record_write_off(session: Session, item: int | str, day: Any, quantity: Any,
                     unit: str | None = None, *, reason: str) -> Movement:
    """Damaged or expired goods out at moving-average cost, to 5-850."""
    require(session, "warehouse.move")
    info = item_info(item)
    day = check_date(day, "day", default_today=True, not_future=True)
    amount = to_base(info, quantity, unit)
    note = clean_text(reason, "reason", maximum=MAX_REASON, required=True)
    with writing():
        done = append_in_transaction(session, info, day, "write_off", -amount, reason=note)
    return movement_info(done.id)


def record_adjustment(session: Session, item: int | str, day: Any, quantity: Any,
                      unit: str | None = None, *, reason: str, value: Any = None,
                      source: str | None = None, source_ref: str | None = None) -> Movement:
    """A count difference: ``quantity`` signed (below zero: fewer found than
    the book). A shortage goes out at moving-average cost; a surplus comes in
    at ``value`` or, by default, the average cost."""
    require(session, "warehouse.move")
    info = item_info(item)
    day = check_date(day, "day", default_today=True, not_future=True)
    amount = to_base(info, quantity, unit, signed=True)
    note = clean_text(reason, "reason", maximum=MAX_REASON, required=True)
    cost = None
    if value not in (None, ""):
        if amount < 0:
            raise ValidationError("warehouse.shortage_at_average", field="value")
        if isinstance(value, float):
            raise ValidationError("money.invalid", field="value", text=str(value))
        cost = parse_rupiah(value, field="value", allow_zero=True, maximum=MAX_AMOUNT)
    if (source is None) != (source_ref is None):
        raise ValueError("source and source_ref go together")
    with writing():
        done = append_in_transaction(session, info, day, "adjustment", amount, cost=cost,
                                     reason=note, source=source, source_ref=source_ref)
    return movement_info(done.id)


def reverse_movement(session: Session, movement_id: int, reason: str,
                     day: Any = None) -> Movement:
    """Undo the item's latest movement by its mirror, dated in an open day
    (today by default). A movement made by a document (a bulk round, a
    count) is reversed through that document."""
    require(session, "warehouse.move")
    note = clean_text(reason, "reason", maximum=MAX_REASON, required=True)
    day = check_date(day, "day", default_today=True, not_future=True)
    original = movement_info(movement_id)
    if original.source is not None:
        raise Conflict("warehouse.reverse_via_document", number=original.number,
                       source=original.source_ref or original.source)
    with writing():
        done = reverse_in_transaction(session, movement_id, note, day)
    return movement_info(done.id)


def _trader_name(trader_id: int) -> str:
    found = one("SELECT name FROM trader WHERE id = ?", (trader_id,)) \
        if isinstance(trader_id, int) and not isinstance(trader_id, bool) else None
    if found is None:
        raise NotFound("warehouse.trader_not_found", field="trader", trader=str(trader_id))
    return found[0]


def movements_of(source: str, source_ref: str) -> list[Movement]:
    """The movements a document made (for services that checked their permission)."""
    return [movement_info(m_id) for m_id, in rows(
        "SELECT id FROM stock_movement WHERE source = ? AND source_ref = ? ORDER BY id",
        (source, source_ref))]
