"""A day of parking at a glance, for the hub and the fast report entry: the
day's roster slots each with its report (if any), the reports made off the
roster, the day's totals, the outstanding debts and the books still out;
and what the entry form needs to price a slot as it is typed (the vehicle
types, the tariffs in force, the target, the attendants' books out that day).

Only reads: every figure comes from the functions that own it
(``roster.roster_for``, ``shift_reports.reports_on``, ``debts.list_debts``,
``tickets.list_books`` / ``unreturned_books``, ``tariffs.current_tariffs``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.parking import debts, roster, shift_reports, tickets
from sekretariat.services.parking.parking_util import check_date, rows
from sekretariat.services.parking.roster import RosterRow
from sekretariat.services.parking.setup import ShiftInfo, VehicleTypeInfo, list_shifts
from sekretariat.services.parking.setup import list_vehicle_types
from sekretariat.services.parking.shift_reports import ShiftReport, prorated_target
from sekretariat.services.parking.tariffs import current_tariffs


@dataclass(frozen=True)
class Slot:
    """A roster slot of the day and its report (the one not voided), or a
    report made off the roster (``rostered`` False)."""

    zone_code: str
    zone_name: str
    shift_code: str
    shift_name: str
    attendant_id: int
    attendant_name: str
    rostered: bool
    report: ShiftReport | None

    @property
    def key(self) -> str:
        return f"{self.zone_code}/{self.shift_code}/{self.attendant_id}"


@dataclass(frozen=True)
class DaySheet:
    day: dt.date
    slots: tuple[Slot, ...]
    reports: int                  # reports of the day not voided
    voided: int                   # reports of the day voided
    expected: int
    handed_over: int
    difference: int
    target: int                   # the sum of the reports' targets
    debt_total: int               # every attendant's outstanding debt
    debtors: int
    unreturned_books: int

    @property
    def missing(self) -> int:
        """Roster slots without a report yet."""
        return sum(1 for s in self.slots if s.rostered and s.report is None)


@dataclass(frozen=True)
class BookOut:
    """A ticket book an attendant holds on the day, and its next unused serial."""

    book_id: int
    series: str
    vehicle_type: str
    first_serial: int
    last_serial: int
    next_serial: int | None       # None: every ticket used


@dataclass(frozen=True)
class EntryContext:
    day: dt.date
    vehicle_types: tuple[VehicleTypeInfo, ...]
    tariffs: dict[str, int]       # type code -> tariff in force that day
    target: int                   # for a whole shift
    shift_minutes: dict[str, int]  # shift code -> its length
    books: dict[int, tuple[BookOut, ...]]   # attendant id -> books out that day


def day_sheet(session: Session, day: Any) -> DaySheet:
    """The day's roster slots in order (zone, shift) with their reports; the
    reports of attendants not on the roster follow."""
    require(session, "parking.view")
    day = check_date(day, "day")
    reports = shift_reports.reports_on(session, day)
    live = [r for r in reports if not r.is_void]
    by_slot = {(r.zone, r.shift, r.attendant_id): r for r in live}
    slots: list[Slot] = []
    for row in roster.roster_for(session, day):
        report = by_slot.pop((row.zone_code, row.shift_code, row.attendant_id), None)
        slots.append(_slot(row, report))
    names = _names(session)
    for report in live:
        if (report.zone, report.shift, report.attendant_id) in by_slot:
            slots.append(Slot(report.zone, names[0].get(report.zone, report.zone), report.shift,
                              names[1].get(report.shift, report.shift), report.attendant_id,
                              report.attendant_name, False, report))
    owed = debts.list_debts(session)
    return DaySheet(day, tuple(slots), len(live), len(reports) - len(live),
                    sum(r.expected for r in live), sum(r.handed_over for r in live),
                    sum(r.difference for r in live), sum(r.target for r in live),
                    sum(d.debt for d in owed), len(owed),
                    len(tickets.unreturned_books(session)))


def _slot(row: RosterRow, report: ShiftReport | None) -> Slot:
    return Slot(row.zone_code, row.zone_name, row.shift_code, row.shift_name,
                row.attendant_id, row.attendant_name, True, report)


def _names(session: Session) -> tuple[dict[str, str], dict[str, str]]:
    from sekretariat.services.parking.setup import list_zones

    return ({z.code: z.name for z in list_zones(session)},
            {s.code: s.name for s in list_shifts(session)})


def entry_context(session: Session, day: Any) -> EntryContext:
    """What the report form prices a slot with, as it is typed."""
    require(session, "parking.view")
    day = check_date(day, "day")
    kinds = tuple(list_vehicle_types(session, active_only=True))
    in_force = {code: info.amount for code, info in current_tariffs(session, day).items()}
    shifts: list[ShiftInfo] = list_shifts(session)
    books: dict[int, list[BookOut]] = {}
    for (book_id,) in rows("SELECT id FROM ticket_book WHERE issued_on <= ?"
                           " AND (returned_on IS NULL OR returned_on >= ?) ORDER BY id",
                           (day.isoformat(), day.isoformat())):
        book = tickets.get_book(session, book_id)
        following = book.unused[0][0] if book.unused else None
        books.setdefault(book.attendant_id, []).append(BookOut(
            book.id, book.series, book.vehicle_type, book.first_serial, book.last_serial,
            following))
    return EntryContext(day, kinds, in_force, shift_reports.get_target(),
                        {s.code: s.minutes for s in shifts},
                        {k: tuple(v) for k, v in books.items()})


def expected_of(context: EntryContext, counts: dict[str, int]) -> int:
    """Counts x the tariffs in force (the figure the service will post; a
    type with counts and no tariff is refused there, and counts 0 here)."""
    return sum(count * context.tariffs.get(code, 0) for code, count in counts.items())


def target_of(context: EntryContext, shift_code: str, minutes: int | None) -> int:
    """The target for the minutes worked (``shift_reports.prorated_target``)."""
    length = context.shift_minutes.get(shift_code, 0)
    if not length:
        return context.target
    return prorated_target(context.target, length, minutes)
