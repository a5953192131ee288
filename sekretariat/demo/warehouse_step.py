"""The demo's staples warehouse, day by day (``Warehouse``): the suppliers'
deliveries on their days (the first day brings the opening stock; each
delivery tops its items up to a level that lasts until the next one, in
whole sacks, cartons or crates), cash sales to traders (and some to
passers-by) through the office day, the secretariat's own use most days,
now and then a write-off of damaged or expired goods with its reason, and
on Fridays the treasurer's bank transfer for the deliveries taken on credit
a week or more before. In the books' last days two items
(``warehouse_setup.LOW_AT_END``) are not delivered, and end below their
reorder level, so the low-stock alert shows.

The step keeps every item's stock (quantity and value) in memory, so a sale
never takes more than the warehouse holds and each movement carries the
moving-average value it must come to (``warehouse_events.StockMove``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable

from sekretariat import db
from sekretariat.demo.engine import Event, HistoryContext, Step
from sekretariat.demo.market_records import BANK
from sekretariat.demo.warehouse_events import StockMove
from sekretariat.demo.warehouse_payments import SupplierPay
from sekretariat.demo.warehouse_setup import (
    BUYERS,
    INTERNAL_USES,
    ITEM,
    ITEMS,
    LOW_AT_END,
    SUPPLIERS,
    WRITE_OFFS,
    ItemSpec,
    SupplierSpec,
    intensity,
)
from sekretariat.services.warehouse.costing import outgoing_value

BANK_ACCOUNT = "1-110"
#: Credit deliveries are paid by transfer on Fridays, a week after at least.
PAY_WEEKDAY, PAY_AFTER_DAYS = 4, 7
TRADER_SHARE = 0.8              # sales to a trader; the rest to passers-by
INTERNAL_SHARE = 0.6            # days with some internal use
YEARLY_RISE = 0.04              # prices were lower by this much a year before


def _day_text(day: dt.date) -> str:
    from sekretariat.demo.names import MONTHS

    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


class Warehouse(Step):
    """The warehouse's day: see the module's docstring."""

    name = "warehouse"

    def start(self, ctx: HistoryContext) -> None:
        plan = ctx.plan
        self.plan = plan
        self.rng = ctx.rng(self.name)
        self.level = intensity(plan)
        factor = max(1, plan.spec.factor)
        #: what the drawer keeps after a cash delivery (the bank deposit's float)
        self.book = {"float": 3_000_000 * max(1, factor // 3), "extras": ctx.extras,
                     "unpaid": defaultdict(list)}
        self.bank_reserve = 20_000_000 * factor
        self.stock = {spec.code: [0, 0] for spec in ITEMS}          # quantity, value
        days = plan.history_days()
        self.low_from = plan.history_end - dt.timedelta(days=10)
        self.forced_write_off = days[len(days) // 3] if days else None
        self.buyers = [occ for occ in plan.occupancies
                       if plan.trader(occ.trader).commodity in BUYERS]
        self.supplier_ids = dict(db.current_database().execute_sql(
            "SELECT name, id FROM supplier").fetchall())
        from sekretariat.demo.warehouse_counts import Counts
        from sekretariat.demo.warehouse_rounds import Rounds

        #: bulk rounds and stock counts: their actions join the day's, in time order
        self.extra = (Rounds(ctx, self), Counts(ctx, self))

    # --- prices and levels ---------------------------------------------------

    def _inflation(self, day: dt.date) -> float:
        return (1 - YEARLY_RISE) ** ((self.plan.today - day).days / 365.25)

    def _price(self, spec: ItemSpec, day: dt.date) -> int:
        """The selling price per base unit on ``day`` (to Rp50)."""
        return max(50, round(spec.price * self._inflation(day) / 50) * 50)

    def _cost(self, spec: ItemSpec, day: dt.date) -> int:
        """A delivery's cost per base unit (to Rp10, within 2 % of the list)."""
        cost = spec.cost * self._inflation(day) * self.rng.uniform(0.98, 1.02)
        return max(10, round(cost / 10) * 10)

    def _daily_demand(self, spec: ItemSpec) -> float:
        return spec.sales_per_day * self.level * sum(spec.lots) / len(spec.lots)

    def _top(self, spec: ItemSpec, supplier: SupplierSpec) -> int:
        """What a delivery tops the stock up to: the reorder level and the
        demand until the delivery after next is due."""
        return (spec.reorder_level * self.level
                + math.ceil(self._daily_demand(spec) * (supplier.cycle + 2)))

    def _count(self, mean: float) -> int:
        """A Poisson count (Knuth's way, from the step's own stream)."""
        limit, count, product = math.exp(-mean), 0, self.rng.random()
        while product > limit:
            count += 1
            product *= self.rng.random()
        return count

    def _buyer(self, day: dt.date) -> int | None:
        """A trader dealing in what the warehouse sells, renting on ``day``
        since before it (plan number), or None: a passer-by."""
        if not self.buyers or self.rng.random() >= TRADER_SHARE:
            return None
        for _ in range(6):
            occ = self.rng.choice(self.buyers)
            if occ.start < day and (occ.end is None or occ.end > day):
                return occ.trader
        return None

    # --- the day -----------------------------------------------------------------

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        rng, at = self.rng, ctx.at
        plan = self.plan
        actions: list[tuple[dt.datetime, tuple]] = []
        for index, supplier in enumerate(SUPPLIERS):
            if day == plan.history_start or supplier.delivers(day):
                when = (at(day, 12, 15) if supplier.payment == "cash" else at(day, 8, 0)) \
                    + dt.timedelta(minutes=10 * index)
                for number, code in enumerate(supplier.items):
                    actions.append((when + dt.timedelta(minutes=number),
                                    ("receipt", code, supplier)))
        busy = 0.5 if day.weekday() == 6 else 1.0
        for spec in ITEMS:
            for _ in range(self._count(spec.sales_per_day * self.level * busy)):
                minute, second = rng.randint(7 * 60 + 45, 15 * 60 + 45), rng.randrange(60)
                actions.append((at(day, minute // 60, minute % 60, second),
                                ("sale", spec.code, rng.choice(spec.lots), self._buyer(day))))
        if day.weekday() != 6 and rng.random() < INTERNAL_SHARE:
            code, lots, reason = rng.choice(INTERNAL_USES)
            actions.append((at(day, 9, 30), ("internal", code, rng.choice(lots), reason)))
        for index, (code, chance, lots, reason) in enumerate(WRITE_OFFS):
            if rng.random() < chance or (day == self.forced_write_off and index == 0):
                actions.append((at(day, 16, 0, index), ("write_off", code, rng.choice(lots),
                                                        reason)))
        if day == plan.history_end:
            for index, code in enumerate(LOW_AT_END):
                actions.append((at(day, 15, 50, index), ("clearance", code)))
        for extra in self.extra:
            actions.extend(extra.actions(ctx, day))
        actions.sort(key=lambda action: action[0])
        for when, action in actions:
            if action[0] == "demo":          # a round's or a count's step
                yield from action[1]()
                continue
            event = self._move(when, *action)
            if event is not None:
                yield event
        if day.weekday() == PAY_WEEKDAY:
            yield from self._pay_suppliers(ctx, day)

    def _move(self, at: dt.datetime, kind: str, code: str, *args) -> StockMove | None:
        spec, day = ITEM[code], at.date()
        held = self.stock[code]
        if kind == "receipt":
            return self._receipt(at, spec, args[0])
        trader, reason, price = None, "", None
        if kind == "clearance":      # a trader stocking up before the holidays
            reorder = spec.reorder_level * self.level
            if held[0] <= reorder:
                return None
            amount, kind, trader = held[0] - reorder // 2, "sale", self._buyer(day)
        else:
            amount = min(args[0], held[0])
            if kind == "sale":
                trader = args[1]
            else:
                reason = args[1]
        if amount <= 0:
            return None
        value = outgoing_value(amount, held[0], held[1])
        held[0], held[1] = held[0] - amount, held[1] + value
        if kind == "sale":       # cash changes hands in whole hundreds of rupiah
            price = max(100, round(amount * self._price(spec, day) / 100) * 100)
        return StockMove(at, code, "write_off" if kind == "write_off" else "issue", amount,
                         value, self.book, price=price, trader=trader,
                         internal=kind == "internal", reason=reason)

    def _receipt(self, at: dt.datetime, spec: ItemSpec,
                 supplier: SupplierSpec) -> StockMove | None:
        day, held = at.date(), self.stock[spec.code]
        if spec.code in LOW_AT_END and day >= self.low_from:
            return None                       # the supplier is late
        unit = spec.units[0][1]
        missing = self._top(spec, supplier) - held[0]
        if missing < unit:
            return None
        quantity = math.ceil(missing / unit) * unit
        cost = round(quantity * self._cost(spec, day) / 100) * 100
        held[0], held[1] = held[0] + quantity, held[1] + cost
        return StockMove(at, spec.code, "receipt", quantity, cost, self.book, cost=cost,
                         supplier=supplier.name, payment=supplier.payment)

    def _pay_suppliers(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        """The treasurer pays, by transfer, what each supplier delivered on
        credit a week or more ago, when the bank keeps its reserve (a supplier
        payment, ``warehouse_payments.SupplierPay``)."""
        at = ctx.at(day, 10, 45)
        cutoff = day - dt.timedelta(days=PAY_AFTER_DAYS)
        for index, supplier in enumerate(SUPPLIERS):
            unpaid = self.book["unpaid"][supplier.name]
            due = [entry for entry in unpaid if entry[0] <= cutoff]
            amount = sum(cost for _, cost in due)
            if not due or ctx.ledger.balance(BANK_ACCOUNT) - amount < self.bank_reserve:
                continue
            del unpaid[:len(due)]             # deliveries are noted in date order
            supplier_id = self.supplier_ids[supplier.name]
            yield SupplierPay(at + dt.timedelta(minutes=index), supplier_id, supplier.name,
                              amount, memo=f"barang diterima s.d. {_day_text(due[-1][0])}",
                              reference=f"Transfer {BANK} {day:%d%m%y}-{supplier_id:02d}")
