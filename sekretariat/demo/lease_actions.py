"""What the leases demo does, written once against an *ops* object that
either calls the services (``ServiceOps``, the service path) or computes
the rows they would write (``demo.lease_book.LeaseBook``, the bulk path).

Both offer the same methods with the same meaning; the demo's test builds
one plan through each and compares every row. An action is a callable
``action(ops, state)``; ``state`` is the step's shared record of what has
been created (trader, stall and lease ids by plan key) and how many active
leases each trader holds.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from sekretariat.demo.market_records import KINDS, MarketPlan, Occupancy
from sekretariat.services.core.journal import LineInput

#: A trader who gives up their last stall leaves the market.
LEFT_SQUARE = "Tidak lagi berjualan di pasar"
LEFT_OWING = "Meninggalkan lapak dengan tunggakan sewa"
TRANSFER_ADDRESS = ("Jl. Residen Abdul Rozak No. 12, RT 008/RW 02, Kel. Kalidoni,"
                    " Kec. Kalidoni, Palembang")


def new_state() -> dict:
    return {"trader": {}, "stall": {}, "lease": {}, "holding": {}}


# --- the service path ----------------------------------------------------------

class ServiceOps:
    """The leases services, called as the secretariat would (the chair for the
    registry and leases, the treasurer for money), inside the sink's write."""

    def __init__(self, sink) -> None:
        self.sink = sink

    @property
    def chair(self):
        return self.sink.session("ketua")

    @property
    def treasurer(self):
        return self.sink.session("bendahara")

    @staticmethod
    def today() -> dt.date:
        from sekretariat import clock

        return clock.today()

    def create_block(self, code: str, name: str) -> None:
        from sekretariat.services.leasing import stalls

        stalls.create_block(self.chair, code, name)

    def set_tariff(self, kind: str, rate: int, effective_from: dt.date) -> None:
        from sekretariat.services.leasing import stall_rates

        stall_rates.set_tariff(self.chair, kind, rate, effective_from)

    def create_stall(self, code: str, block: str, kind: str, area, note: str) -> int:
        from sekretariat.services.leasing import stalls

        return stalls.create_stall(self.chair, code, block, kind, area, note=note).id

    def create_trader(self, name: str, nik: str, *, phone: str, address: str, commodity: str,
                      joined_date: dt.date | None = None) -> int:
        from sekretariat.services.leasing import traders

        return traders.create_trader(self.chair, name, nik, phone=phone, address=address,
                                     commodity=commodity, joined_date=joined_date).id

    def set_status(self, trader_id: int, status: str, reason: str) -> None:
        from sekretariat.services.leasing import traders

        traders.set_status(self.chair, trader_id, status, reason)

    def create_lease(self, trader_id: int, stall_id: int, start: dt.date, end: dt.date,
                     rate: int, deposit: int) -> int:
        from sekretariat.services.leasing import leases

        return leases.create_lease(self.chair, trader_id, stall_id, start, end,
                                   monthly_rate=rate, deposit_amount=deposit).id

    def receive_deposit(self, lease_id: int, value: int, method: str) -> None:
        from sekretariat.services.leasing import deposits

        deposits.receive_deposit(self.treasurer, lease_id, value, method)

    def bill_period(self, year: int, month: int) -> None:
        from sekretariat.services.leasing import billing

        billing.bill_period(self.treasurer, year, month)

    def assess_late_fees(self) -> None:
        from sekretariat.services.leasing import late_fees

        late_fees.assess_late_fees(self.treasurer)

    @staticmethod
    def balance(trader_id: int) -> int:
        from sekretariat.services.leasing import receivables

        return receivables.balance(trader_id)

    def take_payment(self, trader_id: int, value: int, method: str) -> None:
        from sekretariat.services.leasing import payments

        payments.take_payment(self.treasurer, trader_id, value, method)

    def terminate_lease(self, lease_id: int, ended_on: dt.date, reason: str,
                        deposit: str) -> None:
        from sekretariat.services.leasing import lease_endings

        lease_endings.terminate_lease(self.chair, lease_id, ended_on, reason, deposit=deposit)

    def transfer_stall(self, lease_id: int, new_trader_id: int, note: str) -> tuple[int, int]:
        """Transfer today, arrears kept by the outgoing trader; returns the new
        lease's id and agreed deposit."""
        from sekretariat.services.leasing import lease_endings

        result = lease_endings.transfer_stall(self.chair, lease_id, new_trader_id, self.today(),
                                       arrears="keep", note=note)
        return result.new_lease.id, result.new_lease.deposit_amount


def last_entry_id() -> int:
    from sekretariat import db

    return db.current_database().execute_sql(
        "SELECT coalesce(max(id), 0) FROM journal_entry").fetchone()[0]


def lines_since(entry_id: int) -> tuple[LineInput, ...]:
    """Per account, what the entries after ``entry_id`` posted (for the
    running ledger)."""
    from sekretariat import db

    found = db.current_database().execute_sql(
        "SELECT a.code, sum(l.debit), sum(l.credit) FROM journal_line l"
        " JOIN account a ON a.id = l.account_id WHERE l.entry_id > ?"
        " GROUP BY a.code ORDER BY a.code", (entry_id,)).fetchall()
    return tuple(LineInput(code, debit=debit, credit=credit) for code, debit, credit in found
                 if debit or credit)


# --- the actions -------------------------------------------------------------

def _create_trader(ops, state: dict, plan: MarketPlan, number: int) -> int:
    found = state["trader"].get(number)
    if found is not None:
        return found
    trader = plan.trader(number)
    trader_id = ops.create_trader(trader.name, trader.nik, phone=trader.phone,
                                  address=trader.address, commodity=trader.commodity,
                                  joined_date=trader.joined)
    state["trader"][number] = trader_id
    return trader_id


def _hold(state: dict, trader_id: int, change: int) -> int:
    held = state["holding"].get(trader_id, 0) + change
    state["holding"][trader_id] = held
    return held


def _create_lease(ops, state: dict, plan: MarketPlan, occ: Occupancy, method: str) -> int:
    trader_id = _create_trader(ops, state, plan, occ.trader)
    end = dt.date(plan.today.year + 2, 12, 31)
    lease_id = ops.create_lease(trader_id, state["stall"][occ.stall], occ.start, end,
                                occ.monthly_rate, occ.deposit)
    state["lease"][(occ.stall, occ.start)] = lease_id
    _hold(state, trader_id, 1)
    if occ.deposit:
        ops.receive_deposit(lease_id, occ.deposit, method)
    return lease_id


def _bill_now(ops) -> None:
    today = ops.today()
    ops.bill_period(today.year, today.month)


@dataclass(frozen=True)
class Setup:
    """The registry on the first morning of the books: blocks, tariffs, stalls,
    the traders who joined before (those gone already marked so), and the
    leases running then, each with its deposit (received by transfer)."""

    plan: MarketPlan
    current: tuple[Occupancy, ...]

    def __call__(self, ops, state: dict) -> None:
        plan = self.plan
        for block in plan.blocks:
            ops.create_block(block.code, block.name)
        for kind in KINDS:
            rates = [s.monthly_rate for s in plan.stalls if s.kind == kind]
            if rates:
                ops.set_tariff(kind, int(statistics.median_low(rates)), plan.history_start)
        for stall in plan.stalls:
            state["stall"][stall.code] = ops.create_stall(
                stall.code, stall.block, stall.kind, stall.area_m2,
                "Sudut" if stall.corner else "")
        for trader in plan.traders:
            if trader.joined > plan.history_start:
                continue
            trader_id = _create_trader(ops, state, plan, trader.number)
            if trader.left is not None and trader.left < plan.history_start:
                ops.set_status(trader_id, trader.status,
                               LEFT_OWING if trader.status == "diblokir" else LEFT_SQUARE)
        for occ in sorted(self.current, key=lambda o: (o.start, o.stall)):
            _create_lease(ops, state, plan, occ, "transfer")


@dataclass(frozen=True)
class Bill:
    year: int
    month: int

    def __call__(self, ops, state: dict) -> None:
        ops.bill_period(self.year, self.month)


def late_fees(ops, state: dict) -> None:
    ops.assess_late_fees()


@dataclass(frozen=True)
class MoveIn:
    plan: MarketPlan
    occ: Occupancy

    def __call__(self, ops, state: dict) -> None:
        _create_lease(ops, state, self.plan, self.occ, "tunai")
        _bill_now(ops)


@dataclass(frozen=True)
class Pay:
    """A trader pays all they owe, or about half (``kind`` 'partial')."""

    key: object
    kind: str
    method: str

    def __call__(self, ops, state: dict) -> None:
        trader_id = state["trader"].get(self.key)
        if trader_id is None:
            return
        owed = ops.balance(trader_id)
        value = owed if self.kind == "full" else owed // 2 // 10_000 * 10_000
        if value > 0:
            ops.take_payment(trader_id, value, self.method)


@dataclass(frozen=True)
class Terminate:
    """A lease ends on its last day; the deposit is set off against what is
    owed and the rest refunded, or forfeited by one who left owing. A trader
    left with no stall becomes inactive (blocked, if they left owing and the
    plan says so)."""

    occ: Occupancy
    status: str

    def __call__(self, ops, state: dict) -> None:
        occ = self.occ
        lease_id = state["lease"].get((occ.stall, occ.start))
        if lease_id is None:
            return
        if occ.forfeit:
            ops.terminate_lease(lease_id, occ.end, "Berhenti berjualan dengan tunggakan sewa;"
                                " uang jaminan diperhitungkan", "forfeit")
        else:
            ops.terminate_lease(lease_id, occ.end, "Berhenti berjualan atas permintaan sendiri",
                                "refund")
        trader_id = state["trader"][occ.trader]
        if _hold(state, trader_id, -1) == 0:
            blocked = occ.forfeit and self.status == "diblokir"
            ops.set_status(trader_id, "diblokir" if blocked else "nonaktif",
                           LEFT_OWING if blocked else LEFT_SQUARE)


@dataclass(frozen=True)
class NewTrader:
    name: str
    nik: str
    phone: str
    address: str
    commodity: str


@dataclass(frozen=True)
class Transfer:
    """A running lease handed to a family member today: the outgoing trader
    keeps the arrears (and leaves the market), the newcomer pays a deposit
    and is billed for the rest of the month."""

    occ: Occupancy
    key: object
    newcomer: NewTrader

    def __call__(self, ops, state: dict) -> None:
        occ, who = self.occ, self.newcomer
        new_id = ops.create_trader(who.name, who.nik, phone=who.phone, address=who.address,
                                   commodity=who.commodity)
        state["trader"][self.key] = new_id
        lease_id, deposit = ops.transfer_stall(state["lease"][(occ.stall, occ.start)], new_id,
                                               "Pengalihan lapak kepada keluarga")
        _hold(state, new_id, 1)
        old_id = state["trader"][occ.trader]
        if _hold(state, old_id, -1) == 0:
            ops.set_status(old_id, "nonaktif", LEFT_SQUARE)
        if deposit:
            ops.receive_deposit(lease_id, deposit, "tunai")
        _bill_now(ops)
