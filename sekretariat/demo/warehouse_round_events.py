"""The demo's bulk purchase rounds as events (``RoundStep``, the steps a
round takes through the round services; ``GoodsPayment``, a trader paying
for their share), and what the bulk path refreshes after writing one
through the services: the warehouse's running balances (``refresh_stock``)
and the leases mirror's open invoices and credits (``sync_traders``). The
rounds are planned in ``demo/warehouse_rounds.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sekretariat.demo.engine import Event
from sekretariat.demo.lease_actions import last_entry_id, lines_since
from sekretariat.demo.names import MONTHS

WHO_MAY_ASK = ("SELECT t.status = 'aktif' AND EXISTS (SELECT 1 FROM lease l"
               " WHERE l.trader_id = t.id AND l.status = 'active' AND l.start_date <= :day)"
               " AND NOT EXISTS (SELECT 1 FROM invoice_open o WHERE o.trader_id = t.id"
               " AND o.open_amount > 0 AND o.due_date < :day) FROM trader t WHERE t.id = :id")


def _rows(sql: str, params=()) -> list[tuple]:
    from sekretariat import db

    return db.current_database().execute_sql(sql, params).fetchall()


@dataclass(eq=False)
class RoundPlan:
    """One round as the step plans it, and what its writing learnt."""

    title: str
    supplier: str
    items: tuple[tuple[str, str, int], ...]      # (item code, purchase unit, factor)
    opened: dt.date
    request_days: tuple[dt.date, ...]
    ordered: dt.date | None
    received: dt.date | None
    short: bool
    want: int                                     # traders the coordinator hopes for
    id: int | None = None                         # once opened
    requests: list = field(default_factory=list)  # accepted: (position, trader id, code, units)
    prices: dict = field(default_factory=dict)    # code -> bulk price per purchase unit
    units: dict = field(default_factory=dict)     # code -> units ordered

    def request_units(self, code: str) -> int:
        return sum(units for _, _, item, units in self.requests if item == code)


@dataclass(eq=False)
class RoundStep(Event):
    """One step of a round at ``at`` (``op``: open, ask, order, cancel,
    receive, allocate, post), with what it needs in ``args``."""

    at: dt.datetime
    round: RoundPlan
    op: str
    args: tuple = ()
    extras: dict = field(default_factory=dict)
    role: str = "gudang"
    posted: tuple = ()

    def journal_lines(self):
        return self.posted

    def apply_services(self, sink) -> None:
        before = last_entry_id()
        getattr(self, f"_{self.op}")(sink.session(self.role), self.at.date())
        self.posted = lines_since(before)

    def apply_bulk(self, sink) -> None:
        first_line = sink.via_services(self)
        if self.op in ("receive", "post"):
            refresh_stock(sink)
        if self.op == "post":
            sync_traders(sink, self.extras, first_line)

    # --- the steps ------------------------------------------------------------

    def _open(self, session, day: dt.date) -> None:
        from sekretariat.services.warehouse import retail, rounds

        for code, price in self.args:
            if not _rows("SELECT 1 FROM retail_price WHERE priced_on = ? AND item_id ="
                         " (SELECT id FROM item WHERE code = ?)", (day.isoformat(), code)):
                retail.set_retail_price(session, code, day, price)
        plan = self.round
        plan.id = rounds.open_round(session, plan.title, [(c, u) for c, u, _ in plan.items], day,
                                    notes=f"Pesanan dikumpulkan sampai {_day(plan.ordered)}"
                                    if plan.ordered else "")

    def _ask(self, session, day: dt.date) -> None:
        """Requests from the candidates in turn, ``quota`` traders at most."""
        from sekretariat.services.warehouse import rounds

        quota, candidates = self.args
        plan, taken = self.round, 0
        known = self.extras.get("leases", {}).get("trader", {})
        asked = {trader for _, trader, _, _ in plan.requests}
        for number, wishes in candidates:
            trader_id = known.get(number)
            if taken >= quota or trader_id is None or trader_id in asked:
                continue
            if _rows(WHO_MAY_ASK, {"day": day.isoformat(), "id": trader_id}) != [(1,)]:
                continue
            for code, units in wishes:
                rounds.record_request(session, plan.id, code, trader_id, units)
                plan.requests.append((len(plan.requests) + 1, trader_id, code, units))
            asked.add(trader_id)
            taken += 1

    def _order(self, session, day: dt.date) -> None:
        from sekretariat.services.warehouse import rounds

        plan = self.round
        supplier = _rows("SELECT id FROM supplier WHERE name = ?", (plan.supplier,))[0][0]
        rounds.close_round(session, plan.id)
        rounds.order_round(session, plan.id, supplier, plan.prices, plan.units, day)

    def _cancel(self, session, day: dt.date) -> None:
        from sekretariat.services.warehouse import rounds

        rounds.cancel_round(session, self.round.id, "Tidak ada pedagang yang memesan")

    def _receive(self, session, day: dt.date) -> None:
        from sekretariat.services.warehouse import rounds

        costs, received = self.args
        for description, amount, code in costs:
            rounds.add_landed_cost(session, self.round.id, description, amount, code)
        rounds.receive_round(session, self.round.id, received, day)

    def _allocate(self, session, day: dt.date) -> None:
        from sekretariat.services.warehouse import rounds_alloc

        done = rounds_alloc.confirm_allocation(session, self.round.id)
        found = [(share.trader_id, share.allocated, share.charge)
                 for item in done.items for share in item.allocation.shares]
        if found != list(self.args):
            raise ValueError(f"round {self.round.title}: allocated {found}, not {self.args}")

    def _post(self, session, day: dt.date) -> None:
        from sekretariat.services.warehouse import rounds_post

        done = rounds_post.post_round(session, self.round.id, day)
        if done.total != self.args[0]:
            raise ValueError(f"{done.number}: charged {done.total}, not {self.args[0]}")


@dataclass(frozen=True)
class GoodsPayment:
    """A trader pays for their round goods at the treasurer's desk (a leases
    action: ``take_payment``, oldest invoice first, never more than owed)."""

    trader_id: int
    charge: int
    method: str

    def __call__(self, ops, state: dict) -> None:
        value = min(self.charge, ops.balance(self.trader_id))
        if value > 0:
            ops.take_payment(self.trader_id, value, self.method)


# --- the bulk path's memories --------------------------------------------------------

def refresh_stock(sink) -> None:
    """The bulk writer's running balance of every item, read back."""
    warehouse = sink.modules.get("warehouse")
    if warehouse is None:
        return
    for info, run in warehouse["items"].values():
        last = sink.conn.execute(
            "SELECT seq, qty_after, value_after, moved_on FROM stock_movement WHERE item_id = ?"
            " ORDER BY seq DESC LIMIT 1", (info.id,)).fetchone()
        run[:] = list(last) if last else [0, 0, 0, None]


def sync_traders(sink, extras: dict, first_line: int) -> None:
    """The leases mirror (bulk path) learns the goods invoices just posted
    and what the credits already held paid of them."""
    from sekretariat.demo.lease_book import LeaseBookBase
    from sekretariat.demo.lease_registry import Invoice

    book = extras.get("leases", {}).get("ops")
    if not isinstance(book, LeaseBookBase):
        return
    execute = sink.conn.execute
    changed = execute("SELECT l.party_id, sum(l.debit - l.credit) FROM journal_line l"
                      " JOIN account a ON a.id = l.account_id WHERE l.id >= ? AND a.code = '1-200'"
                      " AND l.party_kind = 'trader' GROUP BY l.party_id", (first_line,)).fetchall()
    for trader, amount in changed:
        book.balances[trader] += amount
        open_now = dict(execute("SELECT invoice_id, open_amount FROM invoice_open"
                                " WHERE trader_id = ? AND open_amount > 0", (trader,)))
        for invoice in list(book.open[trader]):
            invoice.open = open_now.pop(invoice.id, 0)
            if not invoice.open:
                book.open[trader].remove(invoice)
        marks = ", ".join("?" * len(open_now))      # what is left: the new invoices
        day = dt.date.fromisoformat
        for row in execute("SELECT id, number, kind, lease_id, stall_id, issue_date, due_date,"
                           " amount, period_start, period_end, period_days FROM invoice"
                           f" WHERE id IN ({marks}) ORDER BY id", tuple(open_now)):
            book.open[trader].append(Invoice(
                row[0], row[1], row[2], trader, row[3], row[4], day(row[5]), day(row[6]),
                row[7], open_now[row[0]], day(row[8]), day(row[9]), row[10]))
        book.open[trader].sort(key=Invoice.key)
        credits = {(source, source_id): amount for source, source_id, amount in execute(
            "SELECT source, source_id, open_amount FROM credit_open WHERE trader_id = ?",
            (trader,))}
        for credit in list(book.credits[trader]):
            credit.open = credits.get((credit.source, credit.id), 0)
            if not credit.open:
                book.credits[trader].remove(credit)


def _day(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
