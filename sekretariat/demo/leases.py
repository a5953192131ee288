"""The leases module's demo data (service path only): the plan's blocks,
stalls, tariffs, traders and leases persisted through the services, then,
month by month, the billing run, payments (most on time, some late, some
partial, a few traders stop paying), the monthly late-fee assessment, the
plan's terminations and one stall transfer (arrears kept).

``LeaseRent`` replaces ``RentCash`` for the scales written through the
services; the bulk scales keep the cash-basis ``RentCash`` (see ``steps``).

Every event here is written with the clock frozen at its time, before the
treasurer's 17:30 close of its day. An event's ``journal_lines`` are empty
until it has been applied and then are the lines it really posted, so the
running ledger (bank deposits, remittance) sees the real amounts from the
next day on and never overestimates today's cash.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sekretariat.demo.engine import Event, HistoryContext, Step
from sekretariat.demo.market_plan import (
    KINDS,
    MarketPlan,
    Occupancy,
    add_months,
    month_end,
)
from sekretariat.services.journal import LineInput

#: How a trader pays: on time (day 1–10 of the month), late (day 11–25),
#: partially (about half of what is owed), or stops paying from a month on.
ONTIME, LATE, PARTIAL, STOP = "ontime", "late", "partial", "stop"

TRANSFER_TRADER = ("Yusnidar Anggraini", "P", "1671045708890417", "081377215590")


def _actual_lines(entry_ids: list[int]) -> tuple[LineInput, ...]:
    """The lines the services really posted (for the running ledger)."""
    from sekretariat import db

    if not entry_ids:
        return ()
    marks = ",".join("?" * len(entry_ids))
    found = db.current_database().execute_sql(
        "SELECT a.code, sum(l.debit), sum(l.credit) FROM journal_line l"
        " JOIN account a ON a.id = l.account_id"
        f" WHERE l.entry_id IN ({marks}) GROUP BY a.code ORDER BY a.code", entry_ids).fetchall()
    return tuple(LineInput(code, debit=debit, credit=credit) for code, debit, credit in found
                 if debit or credit)


def _last_entry_id() -> int:
    from sekretariat import db

    return db.current_database().execute_sql(
        "SELECT coalesce(max(id), 0) FROM journal_entry").fetchone()[0]


def _new_entries(since: int) -> tuple[LineInput, ...]:
    from sekretariat import db

    ids = [r[0] for r in db.current_database().execute_sql(
        "SELECT id FROM journal_entry WHERE id > ? ORDER BY id", (since,)).fetchall()]
    return _actual_lines(ids)


@dataclass(eq=False)
class LeaseEvent(Event):
    """Something the leases module does at ``at``; ``action(sink, state)`` does
    it through the services. ``state`` is shared by the step's events (ids of
    what has been created)."""

    at: dt.datetime
    action: object
    state: dict
    role: str = "bendahara"
    posted: tuple[LineInput, ...] = field(default=())

    def journal_lines(self):
        return self.posted

    def apply_services(self, sink) -> None:
        before = _last_entry_id()
        self.action(sink, self.state)
        self.posted = _new_entries(before)

    def apply_bulk(self, sink) -> None:   # pragma: no cover - not on the bulk path
        raise NotImplementedError("the leases demo is written through the services only")


class LeaseRent(Step):
    """Rent through leases: invoices, payments, deposits and arrears per trader."""

    name = "leases"

    def start(self, ctx: HistoryContext) -> None:
        plan = ctx.plan
        self.plan = plan
        self.rng = ctx.rng(self.name)
        self.state: dict = {"trader": {}, "stall": {}, "lease": {}}
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
        # each trader's way of paying; a trader who leaves owing stops a month before
        months = self._months()
        self.profile: dict[object, tuple[str, int]] = {}
        for trader in plan.traders:
            roll = self.rng.random()
            if roll < 0.03:
                profile = (STOP, 0)
            elif roll < 0.09:
                profile = (STOP, 1 + int(self.rng.random() * max(1, len(months) - 1)))
            elif roll < 0.17:
                profile = (PARTIAL, 0)
            elif roll < 0.40:
                profile = (LATE, 0)
            else:
                profile = (ONTIME, 0)
            self.profile[trader.number] = profile
        for occ in plan.occupancies:
            if occ.forfeit and occ.end is not None and occ.end >= start:
                stop_from = add_months(occ.end.replace(day=1), -1)
                index = next((i for i, m in enumerate(months) if m >= stop_from), 0)
                kind, current = self.profile[occ.trader]
                if kind != STOP or current > index:
                    self.profile[occ.trader] = (STOP, index)
        self.transfer = self._pick_transfer()
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

    def _pick_transfer(self):
        """One running lease handed to a new trader half way through the books;
        the outgoing trader leaves owing and the arrears stay on their account."""
        plan = self.plan
        days = plan.history_days()
        candidates = [d for d in days if d <= plan.closed_through and d.day not in (1, 11)]
        if not candidates:
            return None
        day = candidates[len(candidates) // 2]
        holders = defaultdict(int)
        for occ in plan.occupancies:
            holders[occ.trader] += 1
        for occ in self.current:
            if (occ.end is None and holders[occ.trader] == 1 and occ.start < day
                    and plan.trader(occ.trader).status == "aktif"):
                before = add_months(day.replace(day=1), -1)
                month = max(0, sum(1 for m in self._months() if m < before))
                self.profile[occ.trader] = (STOP, month)
                self.profile["transfer"] = (ONTIME, 0)
                return day, occ
        return None

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
        taken = {self.transfer[1].trader} if self.transfer else set()
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
        plan, out = self.plan, []
        if day == plan.history_start:
            out.append(LeaseEvent(ctx.at(day, 7, 5), _Setup(self), self.state, role="ketua"))
        if (day.year, day.month) != self.month:
            self.month = (day.year, day.month)
            self.month_index += 1
            out.append(LeaseEvent(ctx.at(day, 7, 10), _bill(day.year, day.month), self.state))
            self._plan_payments(ctx, day)
        if day.day == 11:
            out.append(LeaseEvent(ctx.at(day, 7, 20), _late_fees, self.state))
        for index, occ in enumerate(self.moving_in.get(day, ())):
            out.append(LeaseEvent(ctx.at(day, 8, 30) + dt.timedelta(minutes=5 * index),
                                  _move_in(plan, occ), self.state, role="ketua"))
        for at, trader, kind, method in self.pay_days.pop(day, ()):
            out.append(LeaseEvent(at, _pay(trader, kind, method), self.state))
        if self.transfer and self.transfer[0] == day:
            out.append(LeaseEvent(ctx.at(day, 10, 0), _transfer(plan, self.transfer[1]),
                                  self.state, role="ketua"))
        for index, occ in enumerate(self.moving_out.get(day, ())):
            out.append(LeaseEvent(ctx.at(day, 16, 10) + dt.timedelta(minutes=index),
                                  _terminate(occ), self.state, role="ketua"))
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
        if self.transfer and self.transfer[0] <= last:
            keys.append("transfer")
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


# --- the actions (run inside the day's write, clock frozen) -----------------------

def _trader_id(state: dict, key) -> int | None:
    return state["trader"].get(key)


def _create_trader(sink, state: dict, plan: MarketPlan, number: int) -> int:
    from sekretariat.services import traders

    found = state["trader"].get(number)
    if found is not None:
        return found
    trader = plan.trader(number)
    info = traders.create_trader(sink.session("ketua"), trader.name, trader.nik,
                                 phone=trader.phone, address=trader.address,
                                 commodity=trader.commodity, joined_date=trader.joined)
    state["trader"][number] = info.id
    return info.id


def _create_lease(sink, state: dict, plan: MarketPlan, occ: Occupancy, method: str) -> int:
    from sekretariat.services import deposits, leases

    trader_id = _create_trader(sink, state, plan, occ.trader)
    end = dt.date(plan.today.year + 2, 12, 31)
    lease = leases.create_lease(sink.session("ketua"), trader_id, state["stall"][occ.stall],
                                occ.start, end, monthly_rate=occ.monthly_rate,
                                deposit_amount=occ.deposit)
    state["lease"][(occ.stall, occ.start)] = lease.id
    if occ.deposit:
        deposits.receive_deposit(sink.session("bendahara"), lease.id, occ.deposit, method)
    return lease.id


def _setup_market(sink, state: dict, plan: MarketPlan, current: list[Occupancy]) -> None:
    from sekretariat.services import stalls, traders

    chair = sink.session("ketua")
    for block in plan.blocks:
        stalls.create_block(chair, block.code, block.name)
    for kind in KINDS:
        rates = [s.monthly_rate for s in plan.stalls if s.kind == kind]
        if rates:
            stalls.set_tariff(chair, kind, int(statistics.median_low(rates)), plan.history_start)
    for stall in plan.stalls:
        state["stall"][stall.code] = stalls.create_stall(
            chair, stall.code, stall.block, stall.kind, stall.area_m2,
            note="Sudut" if stall.corner else "").id
    # traders who joined before the books (in order of joining), then their leases
    for trader in plan.traders:
        if trader.joined > plan.history_start:
            continue
        trader_id = _create_trader(sink, state, plan, trader.number)
        if trader.left is not None and trader.left < plan.history_start:
            reason = ("Meninggalkan lapak dengan tunggakan sewa" if trader.status == "diblokir"
                      else "Tidak lagi berjualan di pasar")
            traders.set_status(chair, trader_id, trader.status, reason)
    for occ in sorted(current, key=lambda o: (o.start, o.stall)):
        _create_lease(sink, state, plan, occ, "transfer")


class _Setup:
    def __init__(self, step: LeaseRent) -> None:
        self.step = step

    def __call__(self, sink, state: dict) -> None:
        _setup_market(sink, state, self.step.plan, self.step.current)


def _bill(year: int, month: int):
    def action(sink, state: dict) -> None:
        from sekretariat.services import billing

        billing.bill_period(sink.session("bendahara"), year, month)
    return action


def _bill_now(sink) -> None:
    from sekretariat import clock
    from sekretariat.services import billing

    today = clock.today()
    billing.bill_period(sink.session("bendahara"), today.year, today.month)


def _late_fees(sink, state: dict) -> None:
    from sekretariat.services import billing

    billing.assess_late_fees(sink.session("bendahara"))


def _move_in(plan: MarketPlan, occ: Occupancy):
    def action(sink, state: dict) -> None:
        _create_lease(sink, state, plan, occ, "tunai")
        _bill_now(sink)
    return action


def _pay(key, kind: str, method: str):
    def action(sink, state: dict) -> None:
        from sekretariat.services import payments, receivables

        trader_id = _trader_id(state, key)
        if trader_id is None:
            return
        owed = receivables.balance(trader_id)
        value = owed if kind == "full" else owed // 2 // 10_000 * 10_000
        if value <= 0:
            return
        payments.take_payment(sink.session("bendahara"), trader_id, value, method)
    return action


def _terminate(occ: Occupancy):
    def action(sink, state: dict) -> None:
        from sekretariat.services import leases

        lease_id = state["lease"].get((occ.stall, occ.start))
        if lease_id is None:
            return
        if occ.forfeit:
            leases.terminate_lease(sink.session("ketua"), lease_id, occ.end,
                                   "Berhenti berjualan dengan tunggakan sewa; uang jaminan"
                                   " diperhitungkan", deposit="forfeit")
        else:
            leases.terminate_lease(sink.session("ketua"), lease_id, occ.end,
                                   "Berhenti berjualan atas permintaan sendiri",
                                   deposit="refund")
    return action


def _transfer(plan: MarketPlan, occ: Occupancy):
    def action(sink, state: dict) -> None:
        from sekretariat import clock
        from sekretariat.services import deposits, leases, traders

        name, _, nik, phone = TRANSFER_TRADER
        new = traders.create_trader(
            sink.session("ketua"), name, nik, phone=phone,
            address="Jl. Residen Abdul Rozak No. 12, RT 008/RW 02, Kel. Kalidoni,"
                    " Kec. Kalidoni, Palembang",
            commodity=plan.trader(occ.trader).commodity)
        state["trader"]["transfer"] = new.id
        result = leases.transfer_stall(sink.session("ketua"), state["lease"][(occ.stall,
                                                                              occ.start)],
                                       new.id, clock.today(), arrears="keep",
                                       note="Pengalihan lapak kepada keluarga")
        if result.new_lease.deposit_amount:
            deposits.receive_deposit(sink.session("bendahara"), result.new_lease.id,
                                     result.new_lease.deposit_amount, "tunai")
        _bill_now(sink)
    return action
