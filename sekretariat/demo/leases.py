"""The leases module's demo data: the plan's blocks, stalls, tariffs, traders
and leases, then, month by month, the billing run, payments (most on time,
some late, some partial, a few traders stop paying), the monthly late-fee
assessment, the plan's terminations and a stall transfer now and then
(arrears kept by the outgoing trader).

``LeaseRent`` decides what happens when; ``lease_actions`` says how, once,
against either the services (``ServiceOps``, the small scale) or the bulk
writer's in-memory mirror of them (``lease_book.LeaseBook``, medium and
large), which writes the same rows.

Every event here is written at its time, before the treasurer's 17:30 close
of its day. An event's ``journal_lines`` are empty until it has been applied
and then are what it really posted, so the running ledger (bank deposits,
remittance) sees the real amounts from the next day on and never
overestimates today's cash.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import sekretariat.demo.lease_actions as act
from sekretariat.demo.engine import Event, HistoryContext, Step
from sekretariat.demo.market_plan import add_months, month_end, new_trader
from sekretariat.demo.market_records import Occupancy
from sekretariat.services.core.journal import LineInput

#: How a trader pays: on time (day 1–10 of the month), late (day 11–25),
#: partially (about half of what is owed), or stops paying from a month on.
ONTIME, LATE, PARTIAL, STOP = "ontime", "late", "partial", "stop"
#: Traders who stop paying do so within the books' last months (the market
#: does not let arrears run for years).
STOP_WITHIN_MONTHS = 7

TRANSFER_TRADER = ("Yusnidar Anggraini", "P", "1671045708890417", "081377215590")


@dataclass(eq=False)
class LeaseEvent(Event):
    """One leases action at ``at`` (see ``lease_actions``)."""

    at: dt.datetime
    action: object
    state: dict
    role: str = "bendahara"
    posted: tuple[LineInput, ...] = field(default=())

    def journal_lines(self):
        return self.posted

    def apply_services(self, sink) -> None:
        ops = self.state.get("ops")
        if ops is None:
            ops = self.state["ops"] = act.ServiceOps(sink)
        before = act.last_entry_id()
        self.action(ops, self.state)
        self.posted = act.lines_since(before)

    def apply_bulk(self, sink) -> None:
        from sekretariat.demo.lease_runs import LeaseBook

        book = self.state.get("ops")
        if book is None:
            book = self.state["ops"] = LeaseBook(sink)
        book.begin(self.at)
        self.action(book, self.state)
        self.posted = book.take_posted()


class LeaseRent(Step):
    """Rent through leases: invoices, payments, deposits and arrears per trader."""

    name = "leases"

    def start(self, ctx: HistoryContext) -> None:
        plan = ctx.plan
        self.plan = plan
        self.rng = ctx.rng(self.name)
        self.state = ctx.extras["leases"] = act.new_state()  # the daily fees read it too
        start, end = plan.history_start, plan.history_end
        # occupancies the books see
        self.current = [o for o in plan.occupancies if o.start <= start
                        and (o.end is None or o.end >= start)]
        self.moving_in: dict[dt.date, list[Occupancy]] = defaultdict(list)
        self.moving_out: dict[dt.date, list[Occupancy]] = defaultdict(list)
        for occ in plan.occupancies:
            if start < occ.start <= end:
                self.moving_in[occ.start].append(occ)
            if occ.end is not None and start <= occ.end <= end:
                self.moving_out[occ.end].append(occ)
        months = self._months()
        self._draw_profiles(months)
        self.transfers = self._pick_transfers(ctx.rng(f"{self.name}.transfer"))
        self._force_terminations(months)
        self.month_index = -1
        self.month: tuple[int, int] | None = None
        self.pay_days: dict[dt.date, list[tuple[dt.datetime, object, str, str]]] = defaultdict(list)

    def _months(self) -> list[dt.date]:
        first = self.plan.history_start.replace(day=1)
        out = []
        while first <= self.plan.history_end:
            out.append(first)
            first = add_months(first, 1)
        return out

    def _draw_profiles(self, months: list[dt.date]) -> None:
        """Each trader's way of paying; one who leaves owing stops a month
        before (unless they keep another stall)."""
        plan, rng = self.plan, self.rng
        recent = max(0, len(months) - STOP_WITHIN_MONTHS)
        low = max(1, recent)
        self.profile: dict[object, tuple[str, int]] = {}
        for trader in plan.traders:
            roll = rng.random()
            if roll < 0.03:
                profile = (STOP, recent)
            elif roll < 0.09:
                profile = (STOP, low + int(rng.random() * max(1, len(months) - low)))
            elif roll < 0.17:
                profile = (PARTIAL, 0)
            elif roll < 0.40:
                profile = (LATE, 0)
            else:
                profile = (ONTIME, 0)
            self.profile[trader.number] = profile
        last_end: dict[int, dt.date | None] = {}
        for occ in plan.occupancies:
            before = last_end.get(occ.trader, dt.date.min)
            last_end[occ.trader] = (None if before is None or occ.end is None
                                    else max(before, occ.end))
        for occ in plan.occupancies:
            if (occ.forfeit and occ.end is not None and occ.end >= plan.history_start
                    and last_end[occ.trader] == occ.end):
                stop_from = add_months(occ.end.replace(day=1), -1)
                index = next((i for i, m in enumerate(months) if m >= stop_from), 0)
                kind, current = self.profile[occ.trader]
                if kind != STOP or current > index:
                    self.profile[occ.trader] = (STOP, index)

    def _pick_transfers(self, rng: random.Random) -> list[tuple[dt.date, act.Transfer]]:
        """Running leases handed to a family member (one, or one a year), spread
        over the books; the outgoing trader stops paying the month before and
        the arrears stay on their account."""
        plan = self.plan
        months = self._months()
        candidates = [d for d in plan.history_days()
                      if d <= plan.closed_through and d.day not in (1, 11)]
        count = max(1, len(months) // 12) if candidates else 0
        holders = defaultdict(int)
        for occ in plan.occupancies:
            holders[occ.trader] += 1
        used_names = {t.name for t in plan.traders}
        used_niks = {t.nik for t in plan.traders}
        used_phones = {t.phone for t in plan.traders}
        themes = {b.code: b.theme for b in plan.blocks}
        chosen: list[tuple[dt.date, act.Transfer]] = []
        taken: set[int] = set()
        for index in range(count):
            day = candidates[len(candidates) * (index + 1) // (count + 1)]
            occ = next((o for o in self.current
                        if o.end is None and holders[o.trader] == 1 and o.start < day
                        and o.trader not in taken and plan.trader(o.trader).status == "aktif"),
                       None)
            if occ is None:
                break
            taken.add(occ.trader)
            commodity = plan.trader(occ.trader).commodity
            if index == 0:
                name, _, nik, phone = TRANSFER_TRADER
                newcomer = act.NewTrader(name, nik, phone, act.TRANSFER_ADDRESS, commodity)
            else:
                made = new_trader(rng, 0, themes[plan.stall(occ.stall).block], day,
                                  used_names, used_niks, used_phones)
                newcomer = act.NewTrader(made.name, made.nik, made.phone, made.address,
                                         commodity)
            before = add_months(day.replace(day=1), -1)
            self.profile[occ.trader] = (STOP, max(0, sum(1 for m in months if m < before)))
            key = ("transfer", index)
            self.profile[key] = (ONTIME, 0)
            chosen.append((day, act.Transfer(occ, key, newcomer)))
        return chosen

    def _force_terminations(self, months: list[dt.date]) -> None:
        """At least two leases end within the books: if the plan has fewer,
        running single-stall leases end at the close of the first whole month
        (one leaving owing, the deposit set off; one leaving square)."""
        plan = self.plan
        planned = sum(len(v) for v in self.moving_out.values())
        whole = [m for m in months if m >= plan.history_start]
        if planned >= 2 or not whole or month_end(whole[0]) > plan.closed_through:
            return
        day = month_end(whole[0])
        holders = defaultdict(int)
        for occ in plan.occupancies:
            holders[occ.trader] += 1
        taken = {transfer.occ.trader for _, transfer in self.transfers}
        pool = [o for o in self.current if o.end is None and holders[o.trader] == 1
                and o.trader not in taken and self.profile[o.trader][0] != STOP]
        for index in range(2 - planned):
            if not pool:
                break
            occ = pool.pop(int(self.rng.random() * len(pool)))
            forfeit = index == 0
            if forfeit:
                self.profile[occ.trader] = (STOP, max(0, months.index(whole[0]) - 1))
            self.moving_out[day].append(replace(occ, end=day, forfeit=forfeit))

    # --- the day's events ---------------------------------------------------

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        plan, state, out = self.plan, self.state, []
        if day == plan.history_start:
            out.append(LeaseEvent(ctx.at(day, 7, 5), act.Setup(plan, tuple(self.current)),
                                  state, role="ketua"))
        if (day.year, day.month) != self.month:
            self.month = (day.year, day.month)
            self.month_index += 1
            out.append(LeaseEvent(ctx.at(day, 7, 10), act.Bill(day.year, day.month), state))
            self._plan_payments(ctx, day)
        if day.day == 11:
            out.append(LeaseEvent(ctx.at(day, 7, 20), act.late_fees, state))
        for index, occ in enumerate(self.moving_in.get(day, ())):
            out.append(LeaseEvent(ctx.at(day, 8, 30) + dt.timedelta(minutes=5 * index),
                                  act.MoveIn(plan, occ), state, role="ketua"))
        for at, trader, kind, method in self.pay_days.pop(day, ()):
            out.append(LeaseEvent(at, act.Pay(trader, kind, method), state))
        for transfer_day, transfer in self.transfers:
            if transfer_day == day:
                out.append(LeaseEvent(ctx.at(day, 10, 0), transfer, state, role="ketua"))
        for index, occ in enumerate(self.moving_out.get(day, ())):
            out.append(LeaseEvent(ctx.at(day, 16, 10) + dt.timedelta(minutes=index),
                                  act.Terminate(occ, plan.trader(occ.trader).status), state,
                                  role="ketua"))
        return out

    def _plan_payments(self, ctx: HistoryContext, day: dt.date) -> None:
        """When each trader pays this month (from ``day``, the month's first day
        of the books); a payment finds the balance when it is made."""
        plan, rng = self.plan, self.rng
        last = min(month_end(day), plan.history_end)
        span = (last - day).days
        payers = sorted({o.trader for o in plan.occupancies
                         if o.start <= last and (o.end is None or o.end >= day)})
        keys: list[object] = list(payers)
        keys += [transfer.key for transfer_day, transfer in self.transfers
                 if transfer_day <= last]
        for key in keys:
            kind, since = self.profile[key]
            roll, when, minute = rng.random(), rng.random(), rng.randint(0, 7 * 60)
            method = rng.choices(("tunai", "transfer", "qris"), (60, 28, 12))[0]
            if kind == STOP and self.month_index >= since:
                continue
            if kind == ONTIME and roll < 0.05:
                continue    # forgets a month, pays two next month
            if kind == LATE:
                offset = 10 + int(when * 15)
            else:
                offset = int(when * 10)
            if offset > span:
                continue    # not paid yet by today
            pay_on = day + dt.timedelta(days=offset)
            at = ctx.at(pay_on, 7, 30) + dt.timedelta(minutes=minute)
            self.pay_days[pay_on].append((at, key, PARTIAL if kind == PARTIAL else "full",
                                          method))
