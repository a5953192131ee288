"""The roster: which attendant works which zone and shift on a day.

One attendant per zone, shift and day; an attendant works only on days they
are active (``attendants.ACTIVE_ON_SQL``) and never on two shifts whose hours
overlap (a night shift runs into the next morning). ``copy_week`` copies a
week forward in one transaction. Days in a closed period never change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.models import Roster
from sekretariat.services.core import audit, days
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.parking.attendants import AttendantInfo, get_attendant
from sekretariat.services.parking.parking_util import as_date, check_date, one, rows
from sekretariat.services.parking.roster_hours import span
from sekretariat.services.parking.setup import ShiftInfo, ZoneInfo, get_shift, get_zone

@dataclass(frozen=True)
class RosterRow:
    id: int
    day: dt.date
    zone_id: int
    zone_code: str
    zone_name: str
    shift_id: int
    shift_code: str
    shift_name: str
    start_time: str
    end_time: str
    attendant_id: int
    attendant_name: str


@dataclass(frozen=True)
class CopyResult:
    copied: int                      # rows written in the target week
    replaced: int                    # of them, slots that held another attendant
    skipped: tuple[RosterRow, ...]   # source rows not copied (attendant, zone or shift inactive)


_SELECT = ("SELECT r.id, r.roster_date, z.id, z.code, z.name, s.id, s.code, s.name,"
           " s.start_time, s.end_time, a.id, a.name FROM roster r"
           " JOIN parking_zone z ON z.id = r.zone_id JOIN parking_shift s ON s.id = r.shift_id"
           " JOIN attendant a ON a.id = r.attendant_id")


def _row(values: tuple) -> RosterRow:
    return RosterRow(values[0], as_date(values[1]), *values[2:])


def roster_for(session: Session, day: Any) -> list[RosterRow]:
    """The day's roster by zone code and shift start."""
    require(session, "parking.view")
    day = check_date(day, "day")
    return [_row(r) for r in rows(_SELECT + " WHERE r.roster_date = ?"
                                  " ORDER BY z.code, s.start_time, s.id", (day.isoformat(),))]


def roster_between(session: Session, first: Any, last: Any) -> list[RosterRow]:
    require(session, "parking.view")
    first, last = check_date(first, "first"), check_date(last, "last")
    return [_row(r) for r in rows(_SELECT + " WHERE r.roster_date BETWEEN ? AND ?"
                                  " ORDER BY r.roster_date, z.code, s.start_time, s.id",
                                  (first.isoformat(), last.isoformat()))]


def assign(session: Session, day: Any, zone: int | str, shift: int | str, attendant_id: int,
           *, replace: bool = False) -> RosterRow:
    """Put an attendant on a zone and shift for a day. A slot already held by
    another attendant is refused unless ``replace``."""
    require(session, "parking.manage")
    day = check_date(day, "day")
    zone_info, shift_info = get_zone(zone), get_shift(shift)
    person = get_attendant(session, attendant_id)
    _check_usable(day, zone_info, shift_info, person)
    with writing():
        days.assert_open(day)
        held = Roster.get_or_none(Roster.roster_date == day, Roster.zone == zone_info.id,
                                  Roster.shift == shift_info.id)
        if held is not None and held.attendant_id == person.id:
            return _by_id(held.id)
        if held is not None and not replace:
            raise Conflict("parking.slot_taken", field="zone", day=fmt_date(day),
                           zone=zone_info.name, shift=shift_info.name,
                           name=_by_id(held.id).attendant_name)
        if held is not None:
            _assert_not_reported(day, zone_info, shift_info, held.attendant_id)
        _assert_no_overlap(person, day, shift_info, exclude=held.id if held else None)
        before = None
        if held is not None:
            before = {"attendant_id": held.attendant_id}
            Roster.delete().where(Roster.id == held.id).execute()
        row_id = Roster.insert(roster_date=day, zone=zone_info.id, shift=shift_info.id,
                               attendant=person.id, created_by=session.user_id,
                               created_at=clock.now_iso()).execute()
        audit.record(session, "parking.roster_assign", "roster", row_id, before,
                     {"day": day.isoformat(), "zone": zone_info.code, "shift": shift_info.code,
                      "attendant_id": person.id})
    return _by_id(row_id)


def unassign(session: Session, day: Any, zone: int | str, shift: int | str) -> None:
    require(session, "parking.manage")
    day = check_date(day, "day")
    zone_info, shift_info = get_zone(zone), get_shift(shift)
    with writing():
        days.assert_open(day)
        held = Roster.get_or_none(Roster.roster_date == day, Roster.zone == zone_info.id,
                                  Roster.shift == shift_info.id)
        if held is None:
            raise NotFound("parking.slot_empty", day=fmt_date(day), zone=zone_info.name,
                           shift=shift_info.name)
        _assert_not_reported(day, zone_info, shift_info, held.attendant_id)
        Roster.delete().where(Roster.id == held.id).execute()
        audit.record(session, "parking.roster_unassign", "roster", held.id,
                     {"day": day.isoformat(), "zone": zone_info.code, "shift": shift_info.code,
                      "attendant_id": held.attendant_id}, None)


def copy_week(session: Session, from_monday: Any, to_monday: Any, *,
              overwrite: bool = False) -> CopyResult:
    """Copy the roster of the week starting ``from_monday`` to the week
    starting ``to_monday``, all of it or nothing. A target slot held by
    another attendant is refused unless ``overwrite``; target slots the
    source leaves empty stay as they are. Rows whose attendant is not active
    on the new day, or whose zone or shift is no longer active, are skipped
    and listed."""
    require(session, "parking.manage")
    source = check_date(from_monday, "from_monday")
    target = check_date(to_monday, "to_monday")
    if source.weekday() != 0 or target.weekday() != 0:
        raise ValidationError("parking.not_monday", field="to_monday",
                              day=fmt_date(source if source.weekday() else target))
    if source == target:
        raise ValidationError("parking.copy_same_week", field="to_monday")
    shift_by = target - source
    with writing():
        days.assert_open(target)
        found = [_row(r) for r in rows(
            _SELECT + " WHERE r.roster_date BETWEEN ? AND ? ORDER BY r.roster_date, z.code,"
            " s.start_time", (source.isoformat(), (source + dt.timedelta(days=6)).isoformat()))]
        held = {(as_date(r[1]), r[2], r[3]): (r[0], r[4]) for r in rows(
            "SELECT id, roster_date, zone_id, shift_id, attendant_id FROM roster"
            " WHERE roster_date BETWEEN ? AND ?",
            (target.isoformat(), (target + dt.timedelta(days=6)).isoformat()))}
        reported = {(as_date(r[0]), r[1], r[2], r[3]) for r in rows(
            "SELECT report_date, zone_id, shift_id, attendant_id FROM shift_report"
            " WHERE report_date BETWEEN ? AND ? AND void_entry_id IS NULL",
            (target.isoformat(), (target + dt.timedelta(days=6)).isoformat()))}
        usable = {r[0] for r in rows("SELECT id FROM parking_zone WHERE active = 1")}
        shifts = {r[0] for r in rows("SELECT id FROM parking_shift WHERE active = 1")}
        todo, skipped, taken = [], [], []
        for row in found:
            day = row.day + shift_by
            person = get_attendant(session, row.attendant_id)
            if row.zone_id not in usable or row.shift_id not in shifts or not person.active_on(day):
                skipped.append(row)
                continue
            current = held.get((day, row.zone_id, row.shift_id))
            if current is not None and current[1] == row.attendant_id:
                continue
            if current is not None and (day, row.zone_id, row.shift_id, current[1]) in reported:
                skipped.append(row)     # its attendant has reported: the roster stays true
                continue
            if current is not None:
                taken.append(current[0])
            todo.append((row, day, person))
        if taken and not overwrite:
            raise Conflict("parking.copy_would_overwrite", field="to_monday", count=len(taken))
        if taken:
            Roster.delete().where(Roster.id.in_(taken)).execute()
        now = clock.now_iso()
        for row, day, person in todo:
            _assert_no_overlap(person, day, get_shift(row.shift_id))
            Roster.insert(roster_date=day, zone=row.zone_id, shift=row.shift_id,
                          attendant=row.attendant_id, created_by=session.user_id,
                          created_at=now).execute()
        audit.record(session, "parking.roster_copy", "roster", None,
                     {"replaced": taken} if taken else None,
                     {"from": source.isoformat(), "to": target.isoformat(), "copied": len(todo),
                      "skipped": [r.id for r in skipped]})
    return CopyResult(len(todo), len(taken), tuple(skipped))


def _assert_not_reported(day: dt.date, zone: ZoneInfo, shift: ShiftInfo,
                         attendant_id: int) -> None:
    """The slot's attendant has a report (not voided) for it: the roster says
    who was on duty, so it stays until the report is voided."""
    found = one("SELECT number FROM shift_report WHERE report_date = ? AND zone_id = ?"
                " AND shift_id = ? AND attendant_id = ? AND void_entry_id IS NULL",
                (day.isoformat(), zone.id, shift.id, attendant_id))
    if found is not None:
        raise Conflict("parking.slot_reported", field="zone", day=fmt_date(day),
                       zone=zone.name, shift=shift.name, number=found[0])


def _check_usable(day: dt.date, zone: ZoneInfo, shift: ShiftInfo,
                  person: AttendantInfo) -> None:
    if not zone.active:
        raise ValidationError("parking.zone_inactive", field="zone", zone=zone.name)
    if not shift.active:
        raise ValidationError("parking.shift_inactive", field="shift", shift=shift.name)
    if not person.active_on(day):
        raise ValidationError("parking.attendant_not_active_on", field="attendant",
                              name=person.name, day=fmt_date(day))


def _assert_no_overlap(person: AttendantInfo, day: dt.date, shift: ShiftInfo, *,
                       exclude: int | None = None) -> None:
    """Inside the write: refuse when the attendant already works hours that
    overlap this shift (the day before, the day itself or the day after)."""
    start, end = span(day, shift.start_time, shift.end_time)
    for row_id, other_day, zone_name, shift_name, s_start, s_end in rows(
            "SELECT r.id, r.roster_date, z.name, s.name, s.start_time, s.end_time FROM roster r"
            " JOIN parking_zone z ON z.id = r.zone_id JOIN parking_shift s ON s.id = r.shift_id"
            " WHERE r.attendant_id = ? AND r.roster_date BETWEEN ? AND ?",
            (person.id, (day - dt.timedelta(days=1)).isoformat(),
             (day + dt.timedelta(days=1)).isoformat())):
        if row_id == exclude:
            continue
        other_start, other_end = span(other_day, s_start, s_end)
        if other_start < end and start < other_end:
            raise Conflict("parking.attendant_busy", field="attendant", name=person.name,
                           day=fmt_date(as_date(other_day)), zone=zone_name, shift=shift_name)


def _by_id(row_id: int) -> RosterRow:
    found = rows(_SELECT + " WHERE r.id = ?", (row_id,))
    if not found:
        raise NotFound("parking.slot_empty", day="-", zone="-", shift="-")
    return _row(found[0])

