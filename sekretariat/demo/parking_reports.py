"""The demo's parking money: shift reports (the hand-over, posted as cash),
their voids, and the attendants' debt payments and write-offs.

Through the services each event calls ``shift_reports.record_shift_report``
/ ``void_report`` or ``debts.pay_debt`` / ``write_off``; through ``BulkSink``
it writes what they write, in their order: the report's number (PKR) and its
journal entry (source ``parking``, source_ref the number: Dr 1-100 the
hand-over, Dr 1-210 a shortfall, Cr 4-200 the expected amount, Cr 4-900 an
excess), ``shift_report``, its lines, the shortfall's debt movement and the
audit record; a payment (Dr 1-100) or a write-off (Dr 5-800) against 1-210
with source ``parking.debt``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sekretariat.demo.engine import Event, mirror
from sekretariat.demo.parking_events import COLUMNS, attendant_id, book_id, iso, state
from sekretariat.errors import ValidationError
from sekretariat.services.core.journal import LineInput

CASH, RECEIVABLE, INCOME, EXCESS, WRITE_OFF = "1-100", "1-210", "4-200", "4-900", "5-800"


def entry_lines(person: int, handed: int, expected: int, memo: str) -> tuple[LineInput, ...]:
    """``shift_reports._entry_lines``."""
    lines = []
    if handed:
        lines.append(LineInput(CASH, debit=handed, memo=memo))
    if handed < expected:
        lines.append(LineInput(RECEIVABLE, debit=expected - handed, memo=memo,
                               party_kind="attendant", party_id=person))
    if expected:
        lines.append(LineInput(INCOME, credit=expected, memo=memo))
    if handed > expected:
        lines.append(LineInput(EXCESS, credit=handed - expected, memo=memo))
    return tuple(lines)


def prorated(full: int, minutes: int, worked: int | None) -> int:
    from sekretariat.services.parking.shift_reports import prorated_target

    return prorated_target(full, minutes, worked)


@dataclass(eq=False)
class ShiftReport(Event):
    """A shift report: ``lines`` are (vehicle type, count, the book used as
    (series, its first serial) or None, first serial used, last serial
    used), typed counts first (the service's order); ``expected`` is what
    the step computed from the tariffs (both sinks check it). ``key`` names
    it for a void."""

    at: dt.datetime
    zone: str
    shift: str
    name: str
    lines: tuple[tuple[str, int, tuple[str, int] | None, int | None, int | None], ...]
    handed_over: int
    expected: int
    minutes: int | None = None
    key: str | None = None
    prices: tuple[int, ...] = ()   # the tariff of each line, as the step saw it
    role: str = "parkir"
    person: int = 0          # the attendant's id, known once applied

    def journal_lines(self):
        # the party id only matters to the database; the ledger needs accounts
        return entry_lines(self.person, self.handed_over, self.expected, "")

    def apply_services(self, sink) -> None:
        from sekretariat.services.parking import shift_reports

        self.person = attendant_id(self.name)
        counts = {kind: count for kind, count, book, _, _ in self.lines if book is None}
        used = {kind: (book_id(*book), first, last)
                for kind, _, book, first, last in self.lines if book is not None}
        report = shift_reports.record_shift_report(
            sink.session(self.role), self.at.date(), self.zone, self.shift, self.person,
            counts=counts, tickets_used=used, handed_over=self.handed_over,
            minutes_worked=self.minutes)
        if report.expected != self.expected:
            raise ValueError(f"{report.number}: expected {report.expected}, not {self.expected}")
        if self.key is not None:
            sink.refs[self.key] = (report.id, report.number)

    def apply_bulk(self, sink) -> None:
        parking = state(sink)
        day, session, at = self.at.date(), sink.session(self.role), self.at
        zone_id, zone_name = parking["zones"][self.zone.lower()]
        shift_id, shift_name, shift_minutes = parking["shifts"][self.shift]
        person = parking["attendants"][self.name][0]
        self.person = person
        if (day, self.zone.lower(), self.shift, person) not in parking["roster"]:
            raise ValueError(f"{self.name} is not on the roster of {day} {self.zone}")
        written = []
        for kind, count, book_key, first, last in self.lines:
            if count == 0:
                continue
            tariff = [amount for start, amount in parking["tariffs"][kind]
                      if start <= day.isoformat()]
            if not tariff:
                raise ValidationError("parking.no_tariff", field="counts", type=kind,
                                      day=day.isoformat())
            book = None
            if book_key is not None:
                book = parking["books"][book_key]
                if (last - first + 1 != count or book[3] != person or book[5] is not None
                        or first < book_key[1] or last > book[1]):
                    raise ValueError(f"tickets {book_key} {first}-{last} cannot be used")
                book[6] += count
            written.append((kind, count, tariff[-1], book, first, last))
        expected = sum(count * tariff for _, count, tariff, *_ in written)
        if expected != self.expected:
            raise ValueError(f"expected {expected}, not {self.expected}")
        handed, difference = self.handed_over, self.handed_over - expected
        target = prorated(parking["target"], shift_minutes, self.minutes)
        sink.assert_open(day)
        number = sink.number("PKR", day.year)
        entry_id, entry_number = sink.post(at, f"{number} · {zone_name} · {shift_name} · {self.name}",
                                entry_lines(person, handed, expected, number),
                                source="parking", source_ref=number, role=self.role)
        report_id = sink.next_id("shift_report")
        sink.rows("shift_report", COLUMNS["shift_report"]).append(
            (report_id, number, day.isoformat(), zone_id, shift_id, person, 0, self.minutes,
             expected, handed, difference, target, entry_id, None, None, None,
             session.user_id, iso(at)))
        buffer = sink.rows("shift_report_line", COLUMNS["shift_report_line"])
        for kind, count, tariff, book, first, last in written:
            buffer.append((sink.next_id("shift_report_line"), report_id,
                           parking["types"][kind][0], count, tariff, count * tariff,
                           None if book is None else book[0],
                           None if book is None else first, None if book is None else last))
        if difference < 0:
            sink.rows("attendant_debt_movement", COLUMNS["attendant_debt_movement"]).append(
                (sink.next_id("attendant_debt_movement"), person, day.isoformat(), "shortfall",
                 -difference, report_id, entry_id, number, session.user_id, iso(at)))
            parking["debt"][person] += -difference
        sink.audit(at, session, "parking.report", "shift_report", report_id, None, {
            "number": number, "day": day.isoformat(), "zone": self.zone.lower(),
            "shift": self.shift, "attendant_id": person, "off_roster": False,
            "minutes_worked": self.minutes,
            "counts": {kind: count for kind, count, *_ in written}, "expected": expected,
            "handed_over": handed, "difference": difference, "target": target,
            "entry_id": entry_id})
        if self.key is not None:   # only a named report may be voided
            parking["reports"][report_id] = (self, entry_id, entry_number, number, written)
            sink.refs[self.key] = (report_id, number)


@dataclass(eq=False)
class VoidReport(Event):
    """``shift_reports.void_report`` of the report named ``key``, dated ``at``'s day."""

    at: dt.datetime
    key: str
    reason: str
    original: ShiftReport
    role: str = "parkir"

    def journal_lines(self):
        return mirror(self.original.journal_lines())

    def apply_services(self, sink) -> None:
        from sekretariat.services.parking import shift_reports

        shift_reports.void_report(sink.session(self.role), sink.refs[self.key][0], self.reason,
                                  void_date=self.at.date())

    def apply_bulk(self, sink) -> None:
        from sekretariat.i18n import t
        from sekretariat.services.core.journal import MAX_MEMO

        parking = state(sink)
        report_id = sink.refs[self.key][0]
        original, entry_id, entry_number, number, written = parking["reports"].pop(report_id)
        when, session = self.at.date(), sink.session(self.role)
        reason = " ".join(self.reason.split())
        sink.assert_open(when)
        shortfall = max(original.expected - original.handed_over, 0)
        if original.handed_over > sink.cash_balance or parking["debt"][
                original.person] < shortfall:
            raise ValueError(f"{number} cannot be voided")
        memo = t("journal.reversal_memo", number=entry_number, reason=reason)[:MAX_MEMO]
        lines = mirror(entry_lines(original.person, original.handed_over, original.expected,
                                   number))
        reversal, _ = sink.post(self.at, memo, lines, source="parking", source_ref=number,
                                reverses_id=entry_id, role=self.role)
        parking["debt"][original.person] -= shortfall
        for _, count, _, book, _, _ in written:
            if book is not None:
                book[6] -= count
        sink.update("shift_report", report_id, {"void_entry_id": reversal,
                                                "voided_on": when.isoformat(),
                                                "void_reason": reason})
        sink.audit(self.at, session, "parking.report_void", "shift_report", report_id,
                   {"voided_on": None}, {"voided_on": when.isoformat(), "reason": reason,
                                         "void_entry_id": reversal})


@dataclass(eq=False)
class DebtMove(Event):
    """``debts.pay_debt`` (kind 'payment', cash in, by the treasurer) or
    ``debts.write_off`` (kind 'write_off', the chair, with a reason)."""

    at: dt.datetime
    kind: str
    name: str
    amount: int
    reason: str
    role: str = "bendahara"
    person: int = field(default=0)

    def journal_lines(self):
        debit = CASH if self.kind == "payment" else WRITE_OFF
        return (LineInput(debit, debit=self.amount),
                LineInput(RECEIVABLE, credit=self.amount))

    def apply_services(self, sink) -> None:
        from sekretariat.services.parking import debts

        session, day = sink.session(self.role), self.at.date()
        if self.kind == "payment":
            debts.pay_debt(session, attendant_id(self.name), self.amount, day, self.reason)
        else:
            debts.write_off(session, attendant_id(self.name), self.amount, self.reason, day)

    def apply_bulk(self, sink) -> None:
        parking = state(sink)
        session, day, at = sink.session(self.role), self.at.date(), self.at
        person = parking["attendants"][self.name][0]
        reason = " ".join(self.reason.split())
        sink.assert_open(day)
        owed = parking["debt"][person]
        if self.amount > owed or (self.kind == "write_off" and not reason):
            raise ValueError(f"{self.kind} of {self.amount} for {self.name} is refused")
        debit = CASH if self.kind == "payment" else WRITE_OFF
        label = f"{self.name}: {reason}" if reason else self.name
        entry_id, _ = sink.post(at, label[:200],
                                [LineInput(debit, debit=self.amount, memo=self.name),
                                 LineInput(RECEIVABLE, credit=self.amount, memo=self.name,
                                           party_kind="attendant", party_id=person)],
                                source="parking.debt", role=self.role)
        movement_id = sink.next_id("attendant_debt_movement")
        sink.rows("attendant_debt_movement", COLUMNS["attendant_debt_movement"]).append(
            (movement_id, person, day.isoformat(), self.kind, self.amount, None, entry_id,
             reason, session.user_id, iso(at)))
        parking["debt"][person] = owed - self.amount
        sink.audit(at, session, f"parking.debt_{self.kind}", "attendant_debt_movement",
                   movement_id, {"debt": owed},
                   {"attendant_id": person, "amount": self.amount, "day": day.isoformat(),
                    "reason": reason, "debt": owed - self.amount, "entry_id": entry_id})
