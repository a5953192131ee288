"""The demo's monthly bulk purchase rounds (pembelian bersama), through the
round services (``services/warehouse/rounds*.py``).

Every month the warehouse coordinator opens a round for one or two staples
(beras by the karung, minyak goreng by the dus, gula, tepung …) on the 2nd,
recording the market's retail prices that day; traders dealing in staples
ask for 1–5 units each on the 3rd, 5th and 7th (only those renting a stall
with nothing overdue: the coordinator's rule); on the 9th the round is
closed and ordered from the distributor at a bulk price below retail
(sometimes a few units more for the warehouse's own stock); the truck comes
on the 14th at dawn with its transport and loading costs, in full most
months and short about one round in four (the largest-remainder allocation
shows), the allocation is confirmed and posted (each trader's goods invoice
on their statement), and the traders pay it at the treasurer's desk within
the 14 days mostly, a few late. The distributor is owed the round with its
other deliveries (the Friday transfer pays it). In the books' last days the
latest round ordered has not arrived yet and a new one is collecting
requests, so every status shows.

``Rounds`` is the warehouse step's helper: it adds its actions to the
step's day in time order and keeps the step's stock memory exact (a receipt
at the landed cost, each trader's issue at its charge — the same pure
functions the services use, ``round_costs.landed_costs`` and
``allocation.allocate``). What traders were accepted is learnt when their
requests are written (``apply_services``), days before it matters. The
events are in ``demo/warehouse_round_events.py``; the bulk path writes them
through the services too (``BulkSink.via_services``) and then refreshes its
memories.
"""

from __future__ import annotations

import datetime as dt
import math

from sekretariat.demo.engine import HistoryContext
from sekretariat.demo.leases import LeaseEvent
from sekretariat.demo.market_plan import add_months
from sekretariat.demo.names import MONTHS
from sekretariat.demo.warehouse_round_events import GoodsPayment, RoundPlan, RoundStep
from sekretariat.demo.warehouse_setup import BUYERS, ITEM, intensity
from sekretariat.services.warehouse import allocation
from sekretariat.services.warehouse.round_costs import landed_costs

#: What a round buys (in turn), the unit it is asked in, and from whom.
MENUS = (("beras",), ("minyak", "gula"), ("beras",), ("gula",), ("minyak",), ("tepung", "gula"),
         ("beras",), ("minyak",))
UNITS = {"beras": "karung", "gula": "karung", "minyak": "dus", "tepung": "karung"}
SUPPLIER = {"beras": "UD Beras Sumber Rejeki"}
DISTRIBUTOR = "CV Musi Jaya Pangan"
OPEN_DAY, REQUEST_DAYS, ORDER_DAY, RECEIPT_DAY = 2, (3, 5, 7), 9, 14
SHORT_SHARE, LATE_SHARE = 0.25, 0.15
LOADING_PER_UNIT = 2_500        # upah bongkar muat per karung / dus


def _on(month: dt.date, day: int) -> dt.date:
    return month.replace(day=day)


class Rounds:
    """Plans the rounds and gives the warehouse step its actions (module
    docstring)."""

    def __init__(self, ctx: HistoryContext, warehouse) -> None:
        plan = ctx.plan
        self.ctx, self.warehouse, self.plan = ctx, warehouse, plan
        self.rng = ctx.rng("warehouse.rounds")
        self.level = intensity(plan)
        self.rounds: list[RoundPlan] = []
        self.payments: dict[dt.date, list[tuple[dt.datetime, GoodsPayment]]] = {}
        end = plan.history_end
        month = plan.history_start.replace(day=1)
        if plan.history_start > _on(month, OPEN_DAY):
            month = add_months(month, 1)
        index = 0
        while _on(month, OPEN_DAY) <= end:
            self.rounds.append(self._round(index, month, _on(month, OPEN_DAY)))
            month, index = add_months(month, 1), index + 1
        self._books_end(index, month)
        posted = [r for r in self.rounds if r.received is not None and r.received <= end]
        if posted and not any(r.short for r in posted):
            posted[-1].short = True

    def _books_end(self, index: int, month: dt.date) -> None:
        """In the books' last days one round is ordered and on its way and
        one is collecting requests: the month's round and an extra one."""
        end, day = self.plan.history_end, dt.timedelta(days=1)
        last = self.rounds[-1] if self.rounds else None
        if last is None:
            return
        if last.ordered <= end:          # ordered, not arrived: a new one is collecting
            last.received = None
            opened = max(end - 2 * day, last.ordered + day)
            extra = self._round(index, month, opened)
            extra.request_days = tuple(sorted({opened, end}))
            extra.ordered = extra.received = None
        else:                            # collecting: an extra one ordered is on its way
            opened = end - 7 * day
            extra = self._round(index, last.opened, opened, extra=True)
            extra.request_days = (opened + day, opened + 2 * day)
            extra.ordered, extra.received = end - 2 * day, None
        if extra.opened > self.plan.history_start + 30 * day:
            self.rounds.append(extra)

    def _round(self, index: int, month: dt.date, opened: dt.date, *,
               extra: bool = False) -> RoundPlan:
        rng = self.rng
        menu = MENUS[(index + rng.randrange(2)) % len(MENUS)]
        items = tuple((code, UNITS[code], dict(ITEM[code].units)[UNITS[code]]) for code in menu)
        names = " dan ".join(ITEM[code].name.split(" kemasan")[0] for code in menu)
        named = opened if extra else month        # an extra round is named for its own month
        title = f"{names[0]}{names[1:].lower()} {MONTHS[named.month - 1]} {named.year}"
        return RoundPlan(
            title + (" (putaran tambahan)" if extra else ""), SUPPLIER.get(menu[0], DISTRIBUTOR),
            items, opened,
            tuple(_on(month, d) for d in REQUEST_DAYS), _on(month, ORDER_DAY),
            _on(month, RECEIPT_DAY), rng.random() < SHORT_SHARE,
            rng.randint(6, 20) * self.level)

    # --- the day ---------------------------------------------------------------------

    def actions(self, ctx: HistoryContext, day: dt.date) -> list[tuple[dt.datetime, tuple]]:
        found = []
        for number, plan in enumerate(self.rounds):
            def at(hour: int, minute: int, shift=dt.timedelta(minutes=5 * (number % 2))):
                return ctx.at(day, hour, minute) + shift

            if day == plan.opened:
                found.append((at(9, 0), ("demo", lambda p=plan, w=at(9, 0): self._open(p, w))))
            if day in plan.request_days:
                index = plan.request_days.index(day)
                found.append((at(9, 30), ("demo", lambda p=plan, i=index, w=at(9, 30):
                                          self._ask(p, w, i))))
            if day == plan.ordered:
                found.append((at(10, 0), ("demo", lambda p=plan, w=at(10, 0):
                                          self._order(p, w))))
            if day == plan.received and plan.id is not None and plan.requests:
                found.append((ctx.at(day, 6, 20), ("demo", lambda p=plan: self._receive(p, day))))
        for when, payment in self.payments.pop(day, ()):
            found.append((when, ("demo", lambda w=when, p=payment: (
                LeaseEvent(w, p, self.ctx.extras["leases"]),))))
        return found

    def _event(self, plan: RoundPlan, at: dt.datetime, op: str, *args) -> RoundStep:
        return RoundStep(at, plan, op, args, self.ctx.extras)

    def _open(self, plan: RoundPlan, when: dt.datetime):
        warehouse, rng, day = self.warehouse, self.rng, when.date()
        prices = []
        for code, _, factor in plan.items:
            spec = ITEM[code]
            retail = spec.price * warehouse._inflation(day) * rng.uniform(1.0, 1.05)
            prices.append((code, max(50, round(retail / 50) * 50)))
            bulk = spec.cost * warehouse._inflation(day) * factor * rng.uniform(0.94, 0.97)
            plan.prices[code] = max(1_000, round(bulk / 500) * 500)
        yield self._event(plan, when, "open", *prices)

    def _ask(self, plan: RoundPlan, when: dt.datetime, index: int):
        rng, occupancies, day = self.rng, self.plan.occupancies, when.date()
        share = plan.want // len(plan.request_days) + (index < plan.want % len(plan.request_days))
        pool = sorted({occ.trader for occ in occupancies
                       if self.plan.trader(occ.trader).commodity in BUYERS
                       and occ.start < day - dt.timedelta(days=30)
                       and (occ.end is None or occ.end > day + dt.timedelta(days=60))})
        rng.shuffle(pool)
        candidates = []
        for number in pool[:share + 6]:
            codes = [code for code, _, _ in plan.items]
            if len(codes) > 1 and rng.random() < 0.6:
                codes = [rng.choice(codes)]
            candidates.append((number, tuple((code, rng.choice((1, 1, 2, 2, 3, 4, 5)))
                                             for code in codes)))
        yield self._event(plan, when, "ask", share, tuple(candidates))

    def _order(self, plan: RoundPlan, when: dt.datetime):
        if plan.id is None:
            return
        if not plan.requests:
            plan.received = None
            yield self._event(plan, when, "cancel")
            return
        for code, _, _ in plan.items:
            extra = 0 if plan.short else self.rng.choice((0, 0, 0, 1, 2))
            plan.units[code] = plan.request_units(code) + extra
        yield self._event(plan, when, "order")

    def _receive(self, plan: RoundPlan, day: dt.date):
        """The truck at dawn: costs, receipt, allocation and hand-out, the
        stock memory kept exact, the traders' payments planned."""
        rng, at, stock = self.rng, self.ctx.at, self.warehouse.stock
        received = {}
        for code, _, _ in plan.items:
            ordered = plan.units[code]
            missing = math.ceil(ordered * rng.uniform(0.1, 0.3)) if plan.short else 0
            received[code] = max(min(ordered, 1), ordered - missing)
        costs = [(f"Ongkos angkut truk dari gudang {plan.supplier}",
                  round(rng.randint(150_000, 350_000) * self.level / 5_000) * 5_000, None)]
        for code, unit, _ in plan.items:
            if received[code]:
                costs.append((f"Upah bongkar muat {received[code]} {unit} {ITEM[code].name}",
                              received[code] * LOADING_PER_UNIT, code))
        whole, own = 0, {}
        codes = [code for code, _, _ in plan.items]
        for _, amount, code in costs:
            if code is None:
                whole += amount
            else:
                own[codes.index(code)] = own.get(codes.index(code), 0) + amount
        landed = landed_costs([(index, plan.prices[code], received[code])
                               for index, code in enumerate(codes)], own, whole)
        yield self._event(plan, at(day, 6, 20), "receive", tuple(costs), received)
        self._owe(plan.supplier, day, sum(landed.values()))
        expected, charges, total = [], {}, 0
        for index, (code, _, factor) in enumerate(plan.items):
            held = stock[code]
            if received[code]:
                held[0], held[1] = held[0] + received[code] * factor, held[1] + landed[index]
            requests = [allocation.Request(position, trader, units, position)
                        for position, trader, item, units in plan.requests if item == code]
            found = allocation.allocate(requests, received[code], landed[index])
            for share in found.shares:
                expected.append((share.trader_id, share.allocated, share.charge))
                if share.allocated:
                    quantity = share.allocated * factor
                    if quantity == held[0] and share.charge != held[1] or share.charge > held[1]:
                        raise ValueError(f"{code}: a charge of {share.charge} out of {held}")
                    held[0], held[1] = held[0] - quantity, held[1] - share.charge
                    charges[share.trader_id] = charges.get(share.trader_id, 0) + share.charge
                    total += share.charge
        yield self._event(plan, at(day, 6, 40), "allocate", *expected)
        yield self._event(plan, at(day, 6, 50), "post", total)
        self._plan_payments(day, charges)

    def _owe(self, supplier: str, day: dt.date, amount: int) -> None:
        """The distributor is paid with its other credit deliveries (the
        warehouse step's Friday transfer)."""
        self.warehouse.book["unpaid"][supplier].append((day, amount))

    def _plan_payments(self, day: dt.date, charges: dict[int, int]) -> None:
        rng = self.rng
        for trader, charge in sorted(charges.items()):
            late = rng.random() < LATE_SHARE
            pay_on = day + dt.timedelta(days=rng.randint(16, 40) if late else rng.randint(1, 12))
            minute = rng.randint(8 * 60, 15 * 60)
            method = rng.choices(("tunai", "transfer", "qris"), (70, 15, 15))[0]
            when = self.ctx.at(pay_on, minute // 60, minute % 60, 30)
            if pay_on <= self.plan.history_end:
                self.payments.setdefault(pay_on, []).append(
                    (when, GoodsPayment(trader, charge, method)))
