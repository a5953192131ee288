"""The demo history, area by area. Each step returns the day's events; the
order of ``STEPS`` is the order steps are asked (later steps see the earlier
ones' events in the running ledger, e.g. the bank deposit sees the morning's
cash). Times within a day: the market opens at dawn, the office at 07:30,
the treasurer closes the day at 17:30.

To add a module's demo data, write a ``Step`` in ``demo/<module>.py`` and put
it in ``STEPS`` (rent, for instance, is ``demo.leases.LeaseRent``: leases,
invoices, payments and deposits per trader, on every scale).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sekretariat.demo.cash_events import DayCount, Voucher, VoidVoucher
from sekretariat.demo.complaints_step import Complaints
from sekretariat.demo.engine import Event, HistoryContext, Post, Step
from sekretariat.demo.fee_rounds import DailyFees
from sekretariat.demo.leases import LeaseRent
from sekretariat.demo.market_plan import add_months
from sekretariat.demo.parking_reports import ShiftReport, VoidReport
from sekretariat.demo.parking_step import Parking
from sekretariat.demo.market_records import BANK, TOILET_FEE
from sekretariat.demo.names import (
    LARGE_SHORT_NOTE,
    MAINTENANCE_JOBS,
    MONTHS,
    OVER_NOTES,
    PAYEES,
    SHORT_NOTES,
    STATIONERY,
    SUNDRY,
    rupiah,
)
from sekretariat.demo.surveys_demo import Surveys
from sekretariat.demo.warehouse_step import Warehouse
from sekretariat.services.core.journal import LineInput

CASH, BANK_ACCOUNT = "1-100", "1-110"


def month_name(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def _round(value: float, step: int) -> int:
    return max(step, int(round(value / step)) * step)


class Opening(Step):
    """The opening balances on the first day of the books: cash, bank, the
    deposits held for current tenants, equity."""

    name = "opening"

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        plan = ctx.plan
        if day != plan.history_start:
            return ()
        factor = plan.spec.factor
        held = 0  # deposits are per-trader documents; the leases demo posts them
        cash = 5_000_000 * factor
        bank = held + 60_000_000 * factor
        lines = (LineInput(CASH, debit=cash, memo="Saldo kas di brankas sekretariat"),
                 LineInput(BANK_ACCOUNT, debit=bank, memo=f"Saldo rekening {BANK}"),
                 LineInput("3-100", credit=cash + bank - held, memo="Ekuitas awal pengelola"))
        return (Post(ctx.at(day, 7, 0), f"Saldo awal pembukuan per {day:%d}-{day:%m}-{day:%Y}",
                     lines, source_ref="saldo-awal"),)


class Toilet(Step):
    """The public toilet built with the market's revitalisation."""

    name = "toilet"

    def start(self, ctx: HistoryContext) -> None:
        self.rng = ctx.rng(self.name)

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        visits = max(10, int(self.rng.gauss(70, 15) * max(1, ctx.plan.spec.factor // 3)))
        amount = visits * TOILET_FEE
        return (Voucher(ctx.at(day, 16, 45), "income", "4-900", amount,
                        "Petugas toilet umum", f"Pendapatan toilet umum ({visits} pengguna)"),)


class Expenses(Step):
    """Monthly and occasional expenses: honoraria (25th, by transfer),
    electricity and water (20th), rubbish collection (5th), stationery,
    maintenance and sundries in cash, bank charges and interest (month end)."""

    name = "expenses"

    def start(self, ctx: HistoryContext) -> None:
        self.rng = ctx.rng(self.name)
        self.payee_rng = ctx.rng(f"{self.name}.payee")
        self.month: tuple[int, int] | None = None
        self.cash_jobs: dict[dt.date, list[tuple[str, str, int]]] = defaultdict(list)

    def _plan_month(self, ctx, day: dt.date) -> None:
        rng, factor = self.rng, ctx.plan.spec.factor
        blocks = [b.code for b in ctx.plan.blocks]
        days_in_month = calendar.monthrange(day.year, day.month)[1]
        pick = lambda: day.replace(day=rng.randint(1, days_in_month))  # noqa: E731
        for _ in range(2):
            self.cash_jobs[pick()].append(("5-600", rng.choice(STATIONERY),
                                           _round(rng.randint(150_000, 600_000), 5_000)))
        for _ in range(rng.randint(2, 4) + factor // 3):
            job = rng.choice(MAINTENANCE_JOBS).format(block=rng.choice(blocks))
            self.cash_jobs[pick()].append(("5-500", job,
                                           _round(rng.randint(200_000, 2_500_000), 10_000)))
        self.cash_jobs[pick()].append(("5-800", rng.choice(SUNDRY),
                                       _round(rng.randint(300_000, 900_000), 5_000)))

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        rng, plan = self.rng, ctx.plan
        factor = plan.spec.factor
        if (day.year, day.month) != self.month:
            self.month = (day.year, day.month)
            self._plan_month(ctx, day)
        period = month_name(day.year, day.month)
        days_in_month = calendar.monthrange(day.year, day.month)[1]
        if day.day == 25:
            lines = [LineInput(h.account, debit=h.monthly, memo=h.title) for h in plan.honoraria]
            total = sum(l.debit for l in lines)
            lines.append(LineInput(BANK_ACCOUNT, credit=total, memo=f"Transfer dari {BANK}"))
            yield Post(ctx.at(day, 10, 0), f"Pembayaran honor pengurus dan petugas {period}",
                       tuple(lines), source_ref=f"honor/{day:%Y-%m}")
        if day.day == 20:
            power = _round(rng.randint(2_500_000, 4_500_000) * factor, 1)
            water = _round(rng.randint(600_000, 1_200_000) * factor, 1)
            yield Voucher(ctx.at(day, 10, 30), "expense", "5-200", power,
                          "PT PLN (Persero) UP3 Palembang", f"Tagihan listrik PLN {period}",
                          cash_account=BANK_ACCOUNT)
            yield Voucher(ctx.at(day, 10, 31), "expense", "5-200", water, "PDAM Tirta Musi",
                          f"Tagihan air PDAM Tirta Musi {period}", cash_account=BANK_ACCOUNT)
        if day.day == 5:
            amount = 750_000 * factor
            yield Voucher(ctx.at(day, 10, 15), "expense", "5-300", amount,
                          "DLH Kota Palembang", f"Retribusi angkutan sampah {period}",
                          cash_account=BANK_ACCOUNT)
        for index, (account, memo, amount) in enumerate(self.cash_jobs.pop(day, ())):
            yield Voucher(ctx.at(day, 15, 0) + dt.timedelta(minutes=4 * index), "expense",
                          account, amount, self.payee_rng.choice(PAYEES[account]), memo)
        if day.day == days_in_month:
            fee = 15_000
            yield Post(ctx.at(day, 16, 0), f"Biaya administrasi rekening {BANK} {period}",
                       (LineInput("5-600", debit=fee), LineInput(BANK_ACCOUNT, credit=fee)),
                       source_ref=f"bank/{day:%Y-%m}")
            interest = max(1, ctx.ledger.balance(BANK_ACCOUNT) // 5_000)
            yield Post(ctx.at(day, 16, 1), f"Jasa giro {BANK} {period}",
                       (LineInput(BANK_ACCOUNT, debit=interest), LineInput("4-900", credit=interest)),
                       source_ref=f"bank/{day:%Y-%m}")


class Remittance(Step):
    """On the 10th, the secretariat remits 30% of last month's rent and daily
    fees to the asset owner (Kodam II/Sriwijaya), by transfer."""

    name = "remittance"
    SHARE_PERCENT = 30

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        if day.day != 10:
            return ()
        previous = add_months(day.replace(day=1), -1)
        if previous < ctx.plan.history_start.replace(day=1):
            return ()
        base = sum(ctx.ledger.credit_total(previous.year, previous.month, code)
                   for code in ("4-100", "4-110"))
        if base <= 0:
            return ()
        amount = _round(base * self.SHARE_PERCENT / 100, 1_000)
        period = month_name(previous.year, previous.month)
        return (Voucher(ctx.at(day, 11, 30), "remit", "5-700", amount,
                        "Kodam II/Sriwijaya c.q. Aslog Kasdam II/Sriwijaya",
                        f"Setoran kontribusi {self.SHARE_PERCENT}% pendapatan sewa dan iuran"
                        f" {period}", cash_account=BANK_ACCOUNT),)


class BankDeposits(Step):
    """Cash above the office float goes to the bank at 13:00 (Mondays and
    Thursdays and the month's last day; daily in a big market)."""

    name = "bank_deposits"

    def start(self, ctx: HistoryContext) -> None:
        self.rng = ctx.rng(self.name)
        self.float = 3_000_000 * max(1, ctx.plan.spec.factor // 3)

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        last_day = day.day == calendar.monthrange(day.year, day.month)[1]
        if not (ctx.plan.spec.daily_bank_deposit or day.weekday() in (0, 3) or last_day):
            return ()
        at = ctx.at(day, 13, 0)
        cash = ctx.ledger.balance(CASH, before=at)
        amount = (cash - self.float) // 100_000 * 100_000
        if amount < 1_000_000:
            return ()
        slip = self.rng.randint(1_000_000, 9_999_999)
        return (Voucher(at, "to_bank", BANK_ACCOUNT, amount, BANK,
                        f"Setor tunai ke {BANK} (slip {slip})"),)


class Corrections(Step):
    """Mistakes and their corrections, as the rules demand: a shift report
    typed with a wrong count is voided (its entry reversed) and entered again
    right; an expense booked to the wrong account is reversed and booked
    again. A reversal points at its original."""

    name = "corrections"

    def start(self, ctx: HistoryContext) -> None:
        self.rng = ctx.rng(self.name)
        days = ctx.plan.history_days()
        # Always a few in a small history (one on an open day), more at scale.
        self.forced = {days[len(days) // 4], days[(3 * len(days)) // 4],
                       days[max(0, len(days) - 2)]}
        self.probability = 0.04 if ctx.plan.spec.bulk else 0.01
        self.count = 0

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        rng = self.rng
        if day not in self.forced and rng.random() >= self.probability:
            return ()
        self.count += 1
        tag = f"koreksi/{day.isoformat()}/{self.count}"
        candidates = [e for e in ctx.ledger.today if isinstance(e, ShiftReport)
                      and e.key is None and e.handed_over == e.expected
                      and all(book is None for _, _, book, _, _ in e.lines)]
        if candidates and (self.count % 2 == 1 or day == max(self.forced)):
            # a count typed wrong: that report voided, then entered again right
            original = rng.choice(candidates)
            kind, count = original.lines[0][:2]
            typo = int(str(count)[::-1])
            typo = typo if typo > count else count + 100
            lines = ((kind, typo, None, None, None), *original.lines[1:])
            expected = original.expected + (typo - count) * original.prices[0]
            wrong = ShiftReport(original.at - dt.timedelta(minutes=10), original.zone,
                                original.shift, original.name, lines, original.handed_over,
                                expected, original.minutes, key=tag, prices=original.prices)
            void = VoidReport(original.at - dt.timedelta(minutes=5), tag,
                              f"salah ketik jumlah {kind}: {typo}, seharusnya {count}", wrong)
            return (wrong, void)
        # an expense booked to the wrong account, reversed and booked again
        amount = _round(rng.randint(100_000, 500_000), 5_000)
        what = rng.choice(STATIONERY)
        payee = PAYEES["5-600"][self.count % len(PAYEES["5-600"])]
        wrong = Voucher(ctx.at(day, 10, 30), "expense", "5-500", amount, payee, what, key=tag)
        void = VoidVoucher(ctx.at(day, 10, 50), tag,
                           "salah akun: ATK dicatat sebagai beban pemeliharaan", wrong)
        right = Voucher(ctx.at(day, 10, 51), "expense", "5-600", amount, payee, what)
        return (wrong, void, right)


class DayClose(Step):
    """The treasurer counts the drawer and closes each day at 17:30 through the
    cash module, up to the plan's last closed day. The count is usually exact;
    now and then a little off (a note says why); once a year (once in a short
    history) short by more than the market's threshold, approved by the chair.
    A day without cash activity closes as a zero day with the next one."""

    name = "cash_count"
    LARGE_SHORT = 70_000

    def start(self, ctx: HistoryContext) -> None:
        self.rng = ctx.rng(self.name)
        closing = [d for d in ctx.plan.history_days() if d <= ctx.plan.closed_through]
        count = len(closing)
        self.large = ({closing[(2 * count) // 3]} if count < 365 else
                      {closing[k] for k in range(200, count, 365)}) if count else set()
        chair = ctx.plan.staff[0]
        self.chair = (chair.username, chair.password)

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        rng = self.rng
        small, amount, short = rng.random() < 0.06, rng.randint(1, 30) * 500, rng.random() < 0.7
        if day > ctx.plan.closed_through:
            return ()
        seed = f"sekretariat-demo:{ctx.plan.seed}:count:{day.isoformat()}"
        at = ctx.at(day, 17, 30)
        must = day == ctx.plan.closed_through
        if day in self.large:
            note = LARGE_SHORT_NOTE.format(amount=rupiah(self.LARGE_SHORT))
            return (DayCount(at, day, seed, -self.LARGE_SHORT, note, approver=self.chair,
                             must=must),)
        if small:
            notes = SHORT_NOTES if short else OVER_NOTES
            return (DayCount(at, day, seed, -amount if short else amount,
                             notes[rng.randrange(len(notes))], must=must),)
        return (DayCount(at, day, seed, must=must),)


#: The steps, in the order they are asked each day. Modules add theirs here.
STEPS: list[type[Step]] = [
    Opening, LeaseRent, DailyFees, Parking, Toilet, Expenses, Remittance, Warehouse,
    BankDeposits, Corrections, Surveys, Complaints, DayClose,
]


def default_steps() -> list[Step]:
    """The steps of a history, fresh (steps keep state while they run)."""
    return [cls() for cls in STEPS]
