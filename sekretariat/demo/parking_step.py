"""The demo's parking history, day by day (``Parking``): every roster slot's
shift report with its hand-over (cash, so the treasurer's close counts it),
ticket books issued as the old ones run low and returned, the next day's
roster each afternoon, occasional shortfalls (the attendant's debt, mostly
paid back some days later), a rare excess, one write-off by the chair, one
tariff change, one attendant leaving and another starting, and one
attendant (``parking_setup.UNDER_REPORTER``) whose counts stay about 30 %
below his team-mates' on the same slots. The set-up of the first day is
``parking_setup.setup_parking``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sekretariat.demo.engine import Event, HistoryContext, Step
from sekretariat.demo.market_records import CAR_TICKET, MOTOR_TICKET
from sekretariat.demo.parking_events import (
    DeactivateAttendant, IssueBook, RegisterAttendant, ReturnBook, RosterAssign, SetTariff,
)
from sekretariat.demo.parking_reports import DebtMove, ShiftReport
from sekretariat.demo import parking_setup as lot

SHORTFALL_RATE, EXCESS_RATE, SHORT_SHIFT_RATE, PAID_SHARE = 0.04, 0.01, 0.02, 0.8
WRITE_OFF_REASON = ("petugas sakit berkepanjangan; kekurangan setoran {day} dihapuskan"
                    " atas keputusan rapat pengurus")


def _day_text(day: dt.date) -> str:
    from sekretariat.demo.names import MONTHS

    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


class Parking(Step):
    """The parking area's day: see the module's docstring."""

    name = "parking"

    def start(self, ctx: HistoryContext) -> None:
        plan = ctx.plan
        self.plan = plan
        self.rng = ctx.rng(self.name)
        self.position = {zone.code: i for i, zone in enumerate(plan.zones)}
        self.people = {r.name: r for r in lot.attendants(plan)}
        self.leave_day = lot.leave_day(plan)
        self.change_day = lot.tariff_change_day(plan)
        # announced a week ahead (or the day after the books start)
        self.announce_day = max(self.change_day - dt.timedelta(days=7),
                                plan.history_start + dt.timedelta(days=1))
        self.tariffs = [(plan.history_start, {"motor": MOTOR_TICKET, "mobil": CAR_TICKET,
                                              "truk": lot.TRUCK_TICKET})]
        if self.change_day > self.announce_day:
            self.tariffs.append((self.change_day, {**self.tariffs[0][1], **lot.NEW_TARIFFS}))
        # (attendant, type) -> [series, first of the book, last of the book, next serial]
        self.books: dict[tuple[str, str], list] = {}
        self.next_serial: dict[str, int] = defaultdict(lambda: 1)
        for name, kind, series, first, last in lot.initial_books(plan):
            self.books[(name, kind)] = [series, first, last, first]
            self.next_serial[series] = max(self.next_serial[series], last + 1)
        self.payments: dict[dt.date, list[tuple[str, int, str]]] = defaultdict(list)
        self.unpaid: list[tuple[dt.date, str, int]] = []
        self.write_off_due = False
        days = plan.history_days()
        self.write_offs = {days[i] for i in range(int(0.8 * min(len(days), 365)), len(days),
                                                  365)}

    def tariff(self, kind: str, day: dt.date) -> int:
        return [amounts for start, amounts in self.tariffs if start <= day][-1][kind]

    # --- the day ----------------------------------------------------------------

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        plan, at = self.plan, ctx.at
        if day == self.leave_day + dt.timedelta(days=1):
            yield from self._books_for(lot.NEWCOMER, at(day, 4, 50))
        for index, (name, amount, memo) in enumerate(self.payments.pop(day, ())):
            yield DebtMove(at(day, 8, 30) + dt.timedelta(minutes=index), "payment", name,
                           amount, memo)
        if day == self.announce_day and len(self.tariffs) > 1:
            for index, (kind, amount) in enumerate(sorted(lot.NEW_TARIFFS.items())):
                yield SetTariff(at(day, 9, 0, index), kind, amount, self.change_day)
        if day == self.leave_day:
            person = self.people[lot.NEWCOMER]
            yield RegisterAttendant(at(day, 9, 5), person.name, person.start, person.phone,
                                    person.nik)
        if day in self.write_offs or self.write_off_due:
            yield from self._write_off(ctx, day)
        for slot in lot.roster_on(plan, day):
            yield self._report(ctx, day, *slot)
        tomorrow = day + dt.timedelta(days=1)
        if tomorrow <= plan.today:
            for index, (zone, shift, name) in enumerate(lot.roster_on(plan, tomorrow)):
                yield RosterAssign(at(day, 16, 30, index), tomorrow, zone, shift, name)
        yield from self._renew_books(ctx, day)
        if day == self.leave_day:
            yield DeactivateAttendant(at(day, 17, 25), lot.LEAVER)

    def _report(self, ctx: HistoryContext, day: dt.date, zone: str, shift: str,
                name: str) -> ShiftReport:
        rng, plan = self.rng, self.plan
        position = self.position[zone]
        index = [s[0] for s in lot.SHIFTS].index(shift)
        busy = 1.2 if day.weekday() >= 5 else 1.0
        counts = {}
        for kind, per_shift in lot.means(plan, position).items():
            mean = per_shift[index] * busy
            spread = {"motor": 0.15, "mobil": 0.25}.get(kind, 0.5)
            if mean:
                counts[kind] = max(0, round(rng.gauss(mean, max(0.6, mean * spread))))
            else:
                counts[kind] = 1 if rng.random() < 0.1 else 0
        if name == lot.UNDER_REPORTER:
            counts = {k: int(c * rng.gauss(lot.UNDER_SHARE, 0.04)) for k, c in counts.items()}
        minutes = None
        full = lot.SHIFT_MINUTES[shift]
        if name != lot.UNDER_REPORTER and rng.random() < SHORT_SHIFT_RATE:
            minutes = full - rng.choice((60, 90, 120))
            counts = {k: c * minutes // full for k, c in counts.items()}
        counts["motor"] = max(1, counts["motor"])
        typed, from_tickets = [], []
        for kind, count in counts.items():
            if not count:
                continue
            holder = self.books.get((name, kind)) if lot.karcis_zone(position) else None
            if holder is None:
                typed.append((kind, count, None, None, None))
                continue
            series, book_first, book_last, first = holder
            count = min(count, book_last - first + 1)
            holder[3] = first + count
            from_tickets.append((kind, count, (series, book_first), first, first + count - 1))
        lines = tuple(typed + from_tickets)
        prices = tuple(self.tariff(kind, day) for kind, *_ in lines)
        expected = sum(line[1] * price for line, price in zip(lines, prices))
        handed, draw = expected, rng.random()
        if draw < SHORTFALL_RATE and expected >= 4_000:
            short = min(expected - 1_000,
                        max(1_000, round(expected * rng.uniform(0.05, 0.3) / 1_000) * 1_000))
            handed = expected - short
            self._plan_payment(day, name, short)
        elif draw < SHORTFALL_RATE + EXCESS_RATE:
            handed = expected + 1_000 * rng.randint(1, 5)
        hour, minute = lot.SHIFTS[index][4]
        when = ctx.at(day, hour, minute) + dt.timedelta(minutes=3 * position)
        return ShiftReport(when, zone, shift, name, lines, handed, expected, minutes,
                           prices=prices)

    def _plan_payment(self, day: dt.date, name: str, short: int) -> None:
        rng = self.rng
        if rng.random() >= PAID_SHARE:
            self.unpaid.append((day, name, short))
            return
        memo = f"pelunasan kekurangan setoran {_day_text(day)}"
        pay_day = day + dt.timedelta(days=rng.randint(2, 9))
        if short > 20_000 and rng.random() < 0.5:
            first = short // 2_000 * 1_000
            self.payments[pay_day].append(
                (name, first, f"cicilan 1 kekurangan setoran {_day_text(day)}"))
            pay_day += dt.timedelta(days=7)
            short, memo = short - first, f"cicilan 2 (lunas) kekurangan setoran {_day_text(day)}"
        self.payments[pay_day].append((name, short, memo))

    def _write_off(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        """The chair forgives the oldest unpaid shortfall (of someone still
        working); until there is one, the write-off waits."""
        found = [u for u in self.unpaid if u[1] != lot.LEAVER]
        self.write_off_due = not found
        if not found:
            return
        shortfall = found[0]
        self.unpaid.remove(shortfall)
        when, name, amount = shortfall
        yield DebtMove(ctx.at(day, 11, 0), "write_off", name, amount,
                       WRITE_OFF_REASON.format(day=_day_text(when)), role="ketua")

    # --- ticket books -------------------------------------------------------------

    def _books_for(self, name: str, at: dt.datetime) -> Iterable[Event]:
        position = self.position[self.people[name].zone]
        if not lot.karcis_zone(position):
            return
        for index, (kind, series) in enumerate(lot.SERIES.items()):
            size = lot.book_size(self.plan, position, kind)[0]
            first = self.next_serial[series]
            self.next_serial[series] = first + size
            self.books[(name, kind)] = [series, first, first + size - 1, first]
            yield IssueBook(at + dt.timedelta(seconds=index), name, kind, series, first,
                            first + size - 1)

    def _renew_books(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        """After the last shift: a new book for whoever might run out
        tomorrow, the old one back; the leaver hands in all of his."""
        issued, returned = ctx.at(day, 17, 20), ctx.at(day, 17, 22)
        for number, ((name, kind), holder) in enumerate(sorted(self.books.items())):
            series, first, last, following = holder
            if name == lot.LEAVER and day == self.leave_day:
                del self.books[(name, kind)]
                yield ReturnBook(returned + dt.timedelta(seconds=number), series, first)
                continue
            position = self.position[self.people[name].zone]
            size, margin = lot.book_size(self.plan, position, kind)
            if last - following + 1 >= margin:
                continue
            new_first = self.next_serial[series]
            self.next_serial[series] = new_first + size
            self.books[(name, kind)] = [series, new_first, new_first + size - 1, new_first]
            yield IssueBook(issued + dt.timedelta(seconds=number), name, kind, series,
                            new_first, new_first + size - 1)
            yield ReturnBook(returned + dt.timedelta(seconds=number), series, first)
