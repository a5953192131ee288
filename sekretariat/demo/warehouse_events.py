"""The demo's stock movements (``StockMove``): a supplier's delivery, a sale
for cash (to a trader or a passer-by), the secretariat's own use, a
write-off of damaged goods.

Through the services each event calls ``services.warehouse.movements``
(``record_receipt`` / ``record_issue`` / ``record_write_off``); through
``BulkSink`` it writes what ``append_in_transaction`` writes, in its order:
the movement's number (GDG), its journal entry (source 'warehouse',
source_ref the number, the lines of ``posting.default_lines``), the
``stock_movement`` row continuing the item's running balance, and the audit
record. The step that makes them keeps the stock in memory and gives each
move the value it must come to (moving average, ``costing.outgoing_value``);
both sinks check it.

A delivery the supplier wants paid in cash is paid from the drawer only
when the drawer keeps the office float afterwards (decided when the event
is applied, from the books at that moment, so both paths decide alike);
otherwise it is taken on credit. Credit deliveries are noted in the step's
``unpaid`` book for the treasurer's weekly transfer to the suppliers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sekretariat import db
from sekretariat.demo.engine import Event
from sekretariat.services.core.journal import LineInput

CASH = "1-100"
#: The warehouse tables the bulk path writes.
COLUMNS = ("id", "number", "item_id", "seq", "moved_on", "kind", "quantity", "value",
           "qty_after", "value_after", "supplier_id", "trader_id", "payment", "price", "reason",
           "source", "source_ref", "journal_entry_id", "reverses_id", "created_by",
           "created_at")


def _iso(at: dt.datetime) -> str:
    return at.isoformat(timespec="microseconds")


def _cash_in_books() -> int:
    """1-100 Kas as posted so far (the services path; the history is in date order)."""
    return db.current_database().execute_sql(
        "SELECT coalesce(sum(debit) - sum(credit), 0) FROM journal_line"
        " WHERE account_id = (SELECT id FROM account WHERE code = ?)", (CASH,)).fetchone()[0]


def state(sink) -> dict:
    """The bulk path's memory of the warehouse, read once after the set-up:
    items (their info and running balance [seq, qty, value, last day]) and
    suppliers by name."""
    found = sink.modules.get("warehouse")
    if found is not None:
        return found
    from sekretariat.services.warehouse.items import item_info

    execute = sink.conn.execute
    items = {}
    for item_id, code in execute("SELECT id, code FROM item ORDER BY id").fetchall():
        last = execute("SELECT seq, qty_after, value_after, moved_on FROM stock_movement"
                       " WHERE item_id = ? ORDER BY seq DESC LIMIT 1", (item_id,)).fetchone()
        items[code] = (item_info(item_id), list(last) if last else [0, 0, 0, None])
    found = sink.modules["warehouse"] = {
        "items": items,
        "suppliers": dict(execute("SELECT name, id FROM supplier").fetchall()),
    }
    sink.rows("stock_movement", COLUMNS)
    return found


@dataclass(eq=False)
class StockMove(Event):
    """One movement of ``quantity`` (> 0) base units of ``item``: ``kind``
    'receipt' (``cost``, ``supplier``, the ``payment`` it asks for), 'issue'
    (a sale at ``price``, to the trader of plan number ``trader`` if any; or
    ``internal`` use) or 'write_off'. ``value`` is the signed value the step
    computed. ``book``: the step's shared state (the cash float to keep, the
    history's extras, where the leases keep the traders' ids by plan number,
    the unpaid deliveries)."""

    at: dt.datetime
    item: str
    kind: str
    quantity: int
    value: int
    book: dict
    cost: int | None = None
    supplier: str | None = None
    payment: str | None = None
    price: int | None = None
    trader: int | None = None
    internal: bool = False
    reason: str = ""
    role: str = "gudang"
    posted: tuple[LineInput, ...] | None = field(default=None)

    def journal_lines(self):
        if self.posted is not None:
            return self.posted
        # before it is applied: a cash delivery as if paid in cash (never
        # overestimating the drawer)
        return self._lines(self.payment if self.kind == "receipt" else
                           None if self.internal or self.kind != "issue" else "cash")

    def _lines(self, payment: str | None) -> tuple[LineInput, ...]:
        from sekretariat.services.warehouse.posting import default_lines

        return tuple(default_lines(self.kind, payment, self.value, self.price, 0, ""))

    def _choose_payment(self, cash: int) -> str | None:
        if self.kind != "receipt":
            return None if self.internal or self.kind != "issue" else "cash"
        if self.payment == "cash" and cash - self.cost >= self.book["float"]:
            return "cash"
        return "credit"

    def _done(self, payment: str | None, value: int, number: str) -> None:
        if value != self.value:
            raise ValueError(f"{number}: value {value}, not {self.value}")
        if payment == "credit":
            self.book["unpaid"][self.supplier].append((self.at.date(), self.cost))
        self.posted = self._lines(payment)

    def _trader_id(self) -> int | None:
        if self.trader is None:
            return None
        return self.book["extras"].get("leases", {}).get("trader", {}).get(self.trader)

    def apply_services(self, sink) -> None:
        from sekretariat.services.warehouse import movements

        session, day = sink.session(self.role), self.at.date()
        payment = self._choose_payment(_cash_in_books() if self.kind == "receipt" else 0)
        if self.kind == "receipt":
            supplier = db.current_database().execute_sql(
                "SELECT id FROM supplier WHERE name = ?", (self.supplier,)).fetchone()[0]
            moved = movements.record_receipt(session, self.item, day, self.quantity,
                                             cost=self.cost, supplier_id=supplier,
                                             payment=payment, reason=self.reason)
        elif self.kind == "issue":
            moved = movements.record_issue(session, self.item, day, self.quantity,
                                           price=self.price, trader_id=self._trader_id(),
                                           internal=self.internal, reason=self.reason)
        else:
            moved = movements.record_write_off(session, self.item, day, self.quantity,
                                               reason=self.reason)
        self._done(payment, moved.value, moved.number)

    def apply_bulk(self, sink) -> None:
        from sekretariat.i18n import t
        from sekretariat.services.warehouse import costing, posting
        from sekretariat.services.warehouse.items import in_units

        warehouse = state(sink)
        info, run = warehouse["items"][self.item]
        session, day, at = sink.session(self.role), self.at.date(), self.at
        seq, qty_before, value_before, latest = run
        sink.assert_open(day)
        if latest is not None and day.isoformat() < latest:
            raise ValueError(f"{self.item}: a movement on {day} after one on {latest}")
        payment = self._choose_payment(sink.cash_balance)
        supplier = warehouse["suppliers"][self.supplier] if self.kind == "receipt" else None
        quantity = self.quantity if self.kind == "receipt" else -self.quantity
        if quantity < 0 and -quantity > qty_before:
            raise ValueError(f"{self.item}: {-quantity} out of {qty_before}")
        value = (self.cost if self.kind == "receipt" else
                 costing.outgoing_value(-quantity, qty_before, value_before))
        price = self.price if payment == "cash" and self.kind == "issue" else None
        number = sink.number("GDG", day.year)
        if payment == "cash" and self.kind == "receipt" and sink.cash_balance - value < 0:
            raise ValueError(f"{number}: the drawer cannot pay {value}")
        memo = t("warehouse.memo", number=number, kind=t(f"warehouse.kind.{self.kind}"),
                 item=info.name, quantity=in_units(info, self.quantity))
        lines = posting.default_lines(self.kind, payment, value, price, supplier, memo)
        entry_id = sink.post(at, memo, lines, source="warehouse", source_ref=number,
                             role=self.role)[0] if lines else None
        trader = self._trader_id()
        qty_after, value_after = qty_before + quantity, value_before + value
        movement_id = sink.next_id("stock_movement")
        sink.rows("stock_movement", COLUMNS).append(
            (movement_id, number, info.id, seq + 1, day.isoformat(), self.kind, quantity, value,
             qty_after, value_after, supplier, trader, payment, price, self.reason, None, None,
             entry_id, None, session.user_id, _iso(at)))
        sink.audit(at, session, f"warehouse.{self.kind}", "stock_movement", movement_id,
                   {"qty": qty_before, "value": value_before},
                   {"number": number, "item": info.code, "day": day.isoformat(),
                    "quantity": quantity, "value": value, "qty": qty_after,
                    "value_after": value_after, "supplier_id": supplier, "trader_id": trader,
                    "payment": payment, "price": price, "reason": self.reason, "source": None,
                    "source_ref": None, "entry_id": entry_id, "reverses": None})
        run[:] = [seq + 1, qty_after, value_after, day.isoformat()]
        self._done(payment, value, number)
