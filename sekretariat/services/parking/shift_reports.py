"""The daily shift report: per zone, shift and attendant, vehicle counts by
type (typed, or from the first and last ticket serial of a book), the
expected amount (count x ``tariff_on`` that day, the tariff copied on each
line), the amount handed over and the difference.

Posting (one journal entry, source ``parking``, so the cash close shows the
hand-overs as their own source; number ``PKR/2026/00001``):

* Dr 1-100 Kas                      the amount handed over
* Dr 1-210 Piutang Petugas Parkir   the shortfall (party: the attendant),
  which becomes the attendant's debt (``debts.attendant_debt``)
* Cr 4-200 Pendapatan Parkir        the full expected amount
* Cr 4-900 Pendapatan Lain-lain     an excess over the expected amount: it is
  recorded as other income, so 4-200 always equals counts x tariffs.

The target per attendant and shift is a market setting (``parking.target``),
prorated by the minutes worked when the shift was shorter, copied on the
report. An attendant not on the day's roster is refused unless the caller
overrides it explicitly (kept on the report and audited). A report is never
edited: ``void_report`` reverses its entry in an open day.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import MAX_AMOUNT, format_rupiah, parse_rupiah
from sekretariat.services.cash.vouchers import drawer_guard
from sekretariat.services.core import audit, days, journal, numbering
from sekretariat.services.core.journal import LineInput
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.parking import tickets
from sekretariat.services.parking.attendants import get_attendant
from sekretariat.services.parking.debts import attendant_debt
from sekretariat.services.parking.parking_util import as_date, check_date, clean_text, one, rows
from sekretariat.services.parking.setup import get_shift, get_vehicle_type, get_zone
from sekretariat.services.parking.tariffs import tariffs_on

SOURCE = "parking"
CASH, RECEIVABLE, INCOME, EXCESS = "1-100", "1-210", "4-200", "4-900"
TARGET_KEY = "parking.target"
MAX_COUNT = 100_000
MAX_REASON = 300


@dataclass(frozen=True)
class ReportLine:
    vehicle_type: str
    count: int
    tariff: int
    amount: int
    ticket_book_id: int | None
    first_serial: int | None
    last_serial: int | None


@dataclass(frozen=True)
class ShiftReport:
    id: int
    number: str
    day: dt.date
    zone: str
    shift: str
    attendant_id: int
    attendant_name: str
    off_roster: bool
    minutes_worked: int | None      # None: the whole shift
    expected: int
    handed_over: int
    difference: int                 # handed_over - expected
    target: int
    journal_entry_id: int
    voided_on: dt.date | None
    void_reason: str | None
    lines: tuple[ReportLine, ...]

    @property
    def shortfall(self) -> int:
        return max(-self.difference, 0)

    @property
    def excess(self) -> int:
        return max(self.difference, 0)

    @property
    def is_void(self) -> bool:
        return self.voided_on is not None


def check_vehicle_count(value: Any, field: str = "count") -> int:
    """A whole number of vehicles, zero or more: an int, or digits typed."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_COUNT:
        raise ValidationError("parking.count_invalid", field=field, text=str(value))
    return value


# --- the target --------------------------------------------------------------

def get_target() -> int:
    """The deposit target per attendant for a whole shift (0: none set)."""
    row = one("SELECT value FROM setting WHERE key = ?", (TARGET_KEY,))
    return int(json.loads(row[0])) if row else 0


def set_target(session: Session, amount: Any) -> int:
    require(session, "parking.manage")
    if isinstance(amount, float):
        raise ValidationError("money.invalid", field="target", text=str(amount))
    amount = parse_rupiah(amount, field="target", allow_zero=True, maximum=MAX_AMOUNT)
    before = get_target()
    with writing():
        rows("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key)"
             " DO UPDATE SET value = excluded.value", (TARGET_KEY, json.dumps(amount)))
        audit.record(session, "parking.target_set", "setting", TARGET_KEY, {"target": before},
                     {"target": amount})
    return amount


def prorated_target(full: int, shift_minutes: int, minutes_worked: int | None) -> int:
    """The target for the minutes worked (rounded half up to whole Rupiah)."""
    if minutes_worked is None or minutes_worked >= shift_minutes:
        return full
    return (2 * full * minutes_worked + shift_minutes) // (2 * shift_minutes)


# --- recording ---------------------------------------------------------------

def record_shift_report(session: Session, day: Any, zone: int | str, shift: int | str,
                        attendant_id: int, *, counts: dict | None = None,
                        tickets_used: dict | None = None, handed_over: Any,
                        minutes_worked: Any = None,
                        override_off_roster: bool = False) -> ShiftReport:
    """Record and post a shift report. ``counts``: {vehicle type: count};
    ``tickets_used``: {vehicle type: (book id, first serial, last serial)},
    counting last - first + 1 vehicles."""
    require(session, "parking.report")
    day = check_date(day, "day")
    if day > clock.today():
        raise ValidationError("parking.future_date", field="day", day=fmt_date(day))
    zone_info, shift_info = get_zone(zone), get_shift(shift)
    person = get_attendant(session, attendant_id)
    if not person.active_on(day):
        raise ValidationError("parking.attendant_not_active_on", field="attendant",
                              name=person.name, day=fmt_date(day))
    if isinstance(handed_over, float):
        raise ValidationError("money.invalid", field="handed_over", text=str(handed_over))
    handed = parse_rupiah(handed_over, field="handed_over", allow_zero=True, maximum=MAX_AMOUNT)
    minutes = None
    if minutes_worked is not None and minutes_worked != "":
        minutes = check_vehicle_count(minutes_worked, "minutes_worked")
        if not 0 < minutes <= shift_info.minutes:
            raise ValidationError("parking.minutes_invalid", field="minutes_worked",
                                  maximum=shift_info.minutes)
    wanted = _wanted(counts or {}, tickets_used or {})
    in_force = tariffs_on(day)
    lines = []
    for kind, (count, book) in wanted.items():
        if count == 0:
            continue
        tariff = in_force.get(kind.code)
        if tariff is None:
            raise ValidationError("parking.no_tariff", field="counts", type=kind.name,
                                  day=fmt_date(day))
        lines.append((kind, count, tariff.amount, book))
    expected = sum(count * tariff for _, count, tariff, _ in lines)
    if expected == 0 and handed == 0:
        raise ValidationError("parking.report_empty", field="counts")
    difference = handed - expected
    target = prorated_target(get_target(), shift_info.minutes, minutes)
    with writing():
        days.assert_open(day)
        on_roster = one("SELECT 1 FROM roster WHERE roster_date = ? AND zone_id = ?"
                        " AND shift_id = ? AND attendant_id = ?",
                        (day.isoformat(), zone_info.id, shift_info.id, person.id))
        if on_roster is None and not override_off_roster:
            raise Conflict("parking.not_on_roster", field="attendant", name=person.name,
                           day=fmt_date(day), zone=zone_info.name, shift=shift_info.name)
        held = one("SELECT number FROM shift_report WHERE report_date = ? AND zone_id = ?"
                   " AND shift_id = ? AND attendant_id = ? AND void_entry_id IS NULL",
                   (day.isoformat(), zone_info.id, shift_info.id, person.id))
        if held is not None:
            raise Conflict("parking.report_exists", field="attendant", number=held[0])
        for kind, _, _, book in lines:
            if book is not None:
                tickets.assert_range_free(tickets.get_book(session, book[0]), person.id,
                                          kind.id, day, book[1], book[2])
        number = numbering.next_number("PKR", day.year)
        entry_id = journal.post_in_transaction(
            session, day, f"{number} · {zone_info.name} · {shift_info.name} · {person.name}",
            _entry_lines(person.id, handed, expected, number), source=SOURCE,
            source_ref=number)
        report_id = one(
            "INSERT INTO shift_report (number, report_date, zone_id, shift_id, attendant_id,"
            " off_roster, hours_worked_minutes, expected, handed_over, difference, target,"
            " journal_entry_id, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (number, day.isoformat(), zone_info.id, shift_info.id, person.id,
             int(on_roster is None), minutes, expected, handed, difference, target, entry_id,
             session.user_id, clock.now_iso()))[0]
        for kind, count, tariff, book in lines:
            first, last = (None, None) if book is None else book[1:]
            rows("INSERT INTO shift_report_line (report_id, vehicle_type_id, count, tariff,"
                 " amount, ticket_book_id, first_serial, last_serial)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (report_id, kind.id, count, tariff, count * tariff,
                  None if book is None else book[0], first, last))
        if difference < 0:
            rows("INSERT INTO attendant_debt_movement (attendant_id, moved_on, kind, amount,"
                 " shift_report_id, journal_entry_id, reason, created_by, created_at)"
                 " VALUES (?, ?, 'shortfall', ?, ?, ?, ?, ?, ?)",
                 (person.id, day.isoformat(), -difference, report_id, entry_id, number,
                  session.user_id, clock.now_iso()))
        audit.record(session, "parking.report", "shift_report", report_id, None, {
            "number": number, "day": day.isoformat(), "zone": zone_info.code,
            "shift": shift_info.code, "attendant_id": person.id,
            "off_roster": on_roster is None, "minutes_worked": minutes,
            "counts": {k.code: c for k, c, _, _ in lines}, "expected": expected,
            "handed_over": handed, "difference": difference, "target": target,
            "entry_id": entry_id})
        if on_roster is None:
            audit.record(session, "parking.report_off_roster", "shift_report", report_id, None,
                         {"number": number, "attendant_id": person.id, "name": person.name,
                          "day": day.isoformat(), "zone": zone_info.code,
                          "shift": shift_info.code})
    return get_report(session, report_id)


def _wanted(counts: dict, used: dict) -> dict:
    """{VehicleTypeInfo: (count, (book id, first, last) | None)}, each type once."""
    wanted: dict = {}
    for key, value in counts.items():
        kind = get_vehicle_type(key)
        wanted[kind] = (check_vehicle_count(value, f"count.{kind.code}"), None)
    for key, value in used.items():
        kind = get_vehicle_type(key)
        if kind in wanted:
            raise ValidationError("parking.count_twice", field=f"count.{kind.code}",
                                  type=kind.name)
        try:
            book_id, first, last = value
        except (TypeError, ValueError):
            raise ValidationError("parking.range_invalid", field=f"count.{kind.code}") from None
        first, last = tickets.check_range(first, last)
        wanted[kind] = (last - first + 1, (int(book_id), first, last))
    return wanted


def _entry_lines(attendant_id: int, handed: int, expected: int, memo: str) -> list[LineInput]:
    lines = []
    if handed:
        lines.append(LineInput(CASH, debit=handed, memo=memo))
    if handed < expected:
        lines.append(LineInput(RECEIVABLE, debit=expected - handed, memo=memo,
                               party_kind="attendant", party_id=attendant_id))
    if expected:
        lines.append(LineInput(INCOME, credit=expected, memo=memo))
    if handed > expected:
        lines.append(LineInput(EXCESS, credit=handed - expected, memo=memo))
    return lines


def void_report(session: Session, report_id: int, reason: str,
                void_date: Any = None) -> ShiftReport:
    """Void by reversal dated in an open day (today by default). Refused
    when the hand-over is no longer in the drawer, or when the attendant has
    already paid or been forgiven part of this shortfall."""
    require(session, "parking.report")
    reason = clean_text(reason, "reason", maximum=MAX_REASON, required=True)
    report = get_report(session, report_id)
    when = clock.today() if void_date is None else check_date(void_date, "void_date")
    with writing():
        report = get_report(session, report_id)
        if report.is_void:
            raise Conflict("parking.report_already_void", number=report.number)
        days.assert_open(when)
        if report.handed_over:
            drawer_guard(when, report.handed_over)
        if report.shortfall and attendant_debt(report.attendant_id) < report.shortfall:
            raise Conflict("parking.void_debt_settled", number=report.number,
                           amount=format_rupiah(report.shortfall))
        reversal = journal.reverse_in_transaction(session, report.journal_entry_id, reason,
                                                  when)
        rows("UPDATE shift_report SET void_entry_id = ?, voided_on = ?, void_reason = ?"
             " WHERE id = ?", (reversal, when.isoformat(), reason, report.id))
        audit.record(session, "parking.report_void", "shift_report", report.id,
                     {"voided_on": None}, {"voided_on": when.isoformat(), "reason": reason,
                                           "void_entry_id": reversal})
    return get_report(session, report.id)


# --- reading -----------------------------------------------------------------

_SELECT = ("SELECT r.id, r.number, r.report_date, z.code, s.code, a.id, a.name, r.off_roster,"
           " r.hours_worked_minutes, r.expected, r.handed_over, r.difference, r.target,"
           " r.journal_entry_id, r.voided_on, r.void_reason FROM shift_report r"
           " JOIN parking_zone z ON z.id = r.zone_id JOIN parking_shift s ON s.id = r.shift_id"
           " JOIN attendant a ON a.id = r.attendant_id")


def _report(row: tuple) -> ShiftReport:
    lines = tuple(ReportLine(*line) for line in rows(
        "SELECT v.code, l.count, l.tariff, l.amount, l.ticket_book_id, l.first_serial,"
        " l.last_serial FROM shift_report_line l JOIN vehicle_type v ON v.id = l.vehicle_type_id"
        " WHERE l.report_id = ? ORDER BY v.id", (row[0],)))
    return ShiftReport(row[0], row[1], as_date(row[2]), row[3], row[4], row[5], row[6],
                       bool(row[7]), *row[8:14], as_date(row[14]), row[15], lines)


def get_report(session: Session, report_id: int) -> ShiftReport:
    require(session, "parking.view")
    row = one(_SELECT + " WHERE r.id = ?", (report_id,))
    if row is None:
        raise NotFound("parking.report_not_found", number=str(report_id))
    return _report(row)


def find_report(session: Session, number: str) -> ShiftReport:
    require(session, "parking.view")
    row = one(_SELECT + " WHERE r.number = ?", (str(number or "").strip().upper(),))
    if row is None:
        raise NotFound("parking.report_not_found", number=str(number))
    return _report(row)


def reports_on(session: Session, day: Any) -> list[ShiftReport]:
    """The day's reports (voided ones too) by zone and shift."""
    require(session, "parking.view")
    day = check_date(day, "day")
    return [_report(r) for r in rows(_SELECT + " WHERE r.report_date = ?"
                                     " ORDER BY z.code, s.start_time, r.id", (day.isoformat(),))]
