"""Inspection rounds and condition marks: the ways a facility's condition
changes after it is registered.

An inspection round (``INS/2026/00001``) records the condition of the
facilities walked past on one day, one ``facility_condition`` row each, in one
transaction. A round must name every facility that was active on its day
unless it says it is partial; the refusal names the ones left out. A repair,
or a complaint about a facility, marks one facility's condition
(:func:`mark_condition`; the complaints service calls
:func:`mark_in_transaction` inside its own write).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sekretariat import clock, db
from sekretariat.errors import NotFound, ValidationError
from sekretariat.services.complaints.facilities import (
    MAX_NOTE,
    FacilityInfo,
    all_facilities,
    check_condition,
    check_day,
    check_text,
    facility_by_code,
    facility_by_id,
)
from sekretariat.services.complaints.facilities_read import ConditionOn, condition_on
from sekretariat.services.core import audit, days, numbering
from sekretariat.services.core.inputs import one
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

MARK_SOURCES = ("repair", "complaint")


@dataclass(frozen=True)
class InspectionInfo:
    id: int
    number: str
    inspected_on: dt.date
    note: str
    #: (facility code, condition) recorded, by code
    conditions: tuple[tuple[str, str], ...]
    #: active facilities the round did not name (a partial round)
    missing: tuple[str, ...]


def _registered_by(facility: FacilityInfo, day: dt.date) -> None:
    if facility.registered_on is None or facility.registered_on > day:
        from sekretariat.i18n.formats import fmt_date

        raise ValidationError("facilities.not_yet_registered", field="day",
                              code=facility.code, day=fmt_date(day),
                              registered=fmt_date(facility.registered_on))


def _clean_round(conditions: Any, notes: Any,
                 day: dt.date) -> tuple[list[tuple[FacilityInfo, str, str]], list[str]]:
    """(facility, condition, note) for each named facility, and the codes of
    the active facilities registered by ``day`` that were not named."""
    if not isinstance(conditions, Mapping) or not conditions:
        raise ValidationError("facilities.inspection_empty", field="conditions")
    notes = dict(notes or {})
    chosen: dict[int, tuple[FacilityInfo, str, str]] = {}
    for code, condition in conditions.items():
        facility = facility_by_code(code)
        if facility.id in chosen:
            raise ValidationError("facilities.inspection_twice", field="conditions",
                                  code=facility.code)
        if not facility.active:
            raise ValidationError("facilities.inactive", field="conditions", code=facility.code)
        _registered_by(facility, day)
        chosen[facility.id] = (facility, check_condition(condition), "")
    for code, text in notes.items():
        facility = facility_by_code(code)
        if facility.id not in chosen:
            raise ValidationError("facilities.note_not_inspected", field="notes",
                                  code=facility.code)
        entry = chosen[facility.id]
        chosen[facility.id] = (entry[0], entry[1], check_text(text, "note", MAX_NOTE))
    missing = [f.code for f in all_facilities()
               if f.active and f.id not in chosen and f.registered_on is not None
               and f.registered_on <= day]
    return sorted(chosen.values(), key=lambda e: e[0].code), missing


def record_inspection(session: Session, conditions: Mapping[str, str], *,
                      day: dt.date | str | None = None, note: str = "",
                      notes: Mapping[str, str] | None = None,
                      partial: bool = False) -> InspectionInfo:
    """One inspection round on ``day`` (default today): ``conditions`` maps
    facility codes to conditions. Refused, naming them, when some active
    facilities are left out, unless ``partial``."""
    require(session, "facilities.manage")
    when = check_day(day)
    round_note = check_text(note, "note", MAX_NOTE)
    entries, missing = _clean_round(conditions, notes, when)
    if missing and not partial:
        raise ValidationError("facilities.inspection_missing", field="conditions",
                              count=len(missing), codes=", ".join(missing))
    days.assert_open(when)
    with writing():
        number = numbering.next_number("INS", when.year)
        now = clock.now_iso()
        inspection_id = one(
            "INSERT INTO inspection (number, inspected_on, note, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?) RETURNING id",
            (number, when.isoformat(), round_note, session.user_id, now))[0]
        db.current_database().execute_sql(
            "INSERT INTO facility_condition (facility_id, observed_on, condition, source,"
            " inspection_id, note, created_by, created_at) VALUES "
            + ", ".join(["(?, ?, ?, 'inspection', ?, ?, ?, ?)"] * len(entries)),
            tuple(value for facility, condition, text in entries
                  for value in (facility.id, when.isoformat(), condition, inspection_id, text,
                                session.user_id, now)))
        audit.record(session, "facilities.inspect", "inspection", inspection_id, None,
                     {"number": number, "inspected_on": when.isoformat(), "note": round_note,
                      "conditions": {f.code: c for f, c, _ in entries},
                      "notes": {f.code: n for f, _, n in entries if n},
                      "missing": missing})
    return InspectionInfo(inspection_id, number, when, round_note,
                          tuple((f.code, c) for f, c, _ in entries), tuple(missing))


def mark_condition(session: Session, code: str, condition: str, *, source: str = "repair",
                   complaint_id: int | None = None, note: str = "",
                   day: dt.date | str | None = None) -> ConditionOn:
    """A repair (or a complaint about it) sets one facility's condition on
    ``day`` (default today). Returns the facility's condition that day."""
    require(session, "facilities.manage")
    facility = facility_by_code(code)
    with writing():
        mark_in_transaction(session, facility.id, condition, source=source,
                            complaint_id=complaint_id, note=note, day=day)
    return condition_on(facility.id, check_day(day))


def mark_in_transaction(session: Session, facility_id: int, condition: str, *,
                        source: str, complaint_id: int | None = None, note: str = "",
                        day: dt.date | str | None = None) -> int:
    """:func:`mark_condition` inside the caller's write transaction (a
    complaint marking its facility). The caller has checked its permission.
    Returns the new facility_condition row's id."""
    if not db.in_transaction():
        raise RuntimeError("mark_in_transaction runs inside the caller's write transaction")
    facility = facility_by_id(facility_id)
    if source not in MARK_SOURCES:
        raise ValidationError("facilities.source_invalid", field="source", source=str(source),
                              allowed=", ".join(MARK_SOURCES))
    value = check_condition(condition)
    text = check_text(note, "note", MAX_NOTE)
    when = check_day(day)
    if not facility.active:
        raise ValidationError("facilities.inactive", field="facility", code=facility.code)
    _registered_by(facility, when)
    if source == "complaint":
        if complaint_id is None or not one("SELECT 1 FROM complaint WHERE id = ?",
                                           (complaint_id,)):
            raise NotFound("facilities.complaint_not_found", field="complaint",
                           complaint=str(complaint_id))
    elif complaint_id is not None:
        raise ValidationError("facilities.complaint_only", field="complaint")
    days.assert_open(when)
    row_id = one(
        "INSERT INTO facility_condition (facility_id, observed_on, condition, source,"
        " complaint_id, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id",
        (facility.id, when.isoformat(), value, source, complaint_id, text, session.user_id,
         clock.now_iso()))[0]
    audit.record(session, f"facilities.mark_{source}", "facility_condition", row_id, None,
                 {"facility": facility.code, "observed_on": when.isoformat(),
                  "condition": value, "source": source, "complaint_id": complaint_id,
                  "note": text})
    return row_id
