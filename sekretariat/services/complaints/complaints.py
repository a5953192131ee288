"""Taking a complaint at the desk and working it: received -> in progress
(acknowledged) -> resolved (with a resolution note) or rejected (with a
reason). Each move is one transaction: the complaint's row, a dated and
attributed complaint_step, an audit record; dated today, so a closed day
refuses it (here and by the database's triggers). A resolved or rejected
complaint never moves again. Who may work a complaint: its area's
coordinator or the chair (rules.may_work); only the chair moves it to
another area."""

from __future__ import annotations

from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, PermissionDenied, ValidationError
from sekretariat.services.complaints import rules
from sekretariat.services.complaints.complaints_read import (
    ComplaintInfo,
    complaint_info,
)
from sekretariat.services.complaints.standards import standard_for
from sekretariat.services.core import audit, days, numbering
from sekretariat.services.core.inputs import clean_text, one
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

MAX_DESCRIPTION = 500
MAX_NOTE = 500
MAX_NAME = 60
MAX_PHONE = 30

#: place kind -> the table whose code names it and the complaint's column
_PLACE_TABLES = {"stall": ("stall", "stall_id"), "block": ("block", "block_id"),
                 "zone": ("parking_zone", "zone_id"), "facility": ("facility", "facility_id")}


def _text(value: Any, field: str, maximum: int, empty_key: str, required: bool) -> str:
    return clean_text(value, field, maximum=maximum, required=required, empty_key=empty_key)


def _choice(value: Any, known: tuple[str, ...], key: str, field: str) -> str:
    text = str(value or "").strip().lower()
    if not text:
        raise ValidationError(f"complaints.{field}_empty", field=field)
    if text not in known:
        raise ValidationError(key, field=field, **{field: text}, known=", ".join(known))
    return text


def _place(place_kind: str, place: Any) -> tuple[str | None, int | None]:
    """(the complaint's id column, the place's id) of a code; refused when unknown."""
    if place_kind == "market":
        if place not in (None, ""):
            raise ValidationError("complaints.place_not_for_market", field="place")
        return None, None
    code = str(place or "").strip()
    if not code:
        raise ValidationError("complaints.place_empty", field="place")
    table, column = _PLACE_TABLES[place_kind]
    found = one(f"SELECT id FROM {table} WHERE code = ? COLLATE NOCASE", (code,))
    if found is None:
        raise NotFound("complaints.place_unknown", field="place", code=code,
                       kind=_kind_name(place_kind))
    return column, found[0]


def _kind_name(place_kind: str) -> str:
    from sekretariat.i18n import t

    return t(f"complaints.place_kind.{place_kind}")


def _person(table: str, ident: Any, field: str) -> str:
    if not isinstance(ident, int) or isinstance(ident, bool):
        raise ValidationError("complaints.person_unknown", field=field, ident=str(ident))
    found = one(f"SELECT name FROM {table} WHERE id = ?", (ident,))
    if found is None:
        raise NotFound("complaints.person_unknown", field=field, ident=str(ident))
    return found[0]


def receive_complaint(session: Session, *, category: str, description: str, place_kind: str,
                      place: str | None = None, channel: str = "kantor",
                      complainant_kind: str = "pengunjung", complainant_name: str = "",
                      complainant_phone: str = "", trader_id: int | None = None,
                      attendant_id: int | None = None) -> ComplaintInfo:
    """Take a complaint today: numbered ADU/<year>/NNNNN, due dates from its
    category's standard, its area from ``rules.area_for``."""
    require(session, "complaints.receive")
    category = _choice(category, rules.CATEGORIES, "complaints.category_unknown", "category")
    description = _text(description, "description", MAX_DESCRIPTION,
                        "complaints.description_empty", True)
    place_kind = _choice(place_kind, rules.PLACE_KINDS, "complaints.place_kind_unknown",
                         "place_kind")
    channel = _choice(channel, rules.CHANNELS, "complaints.channel_unknown", "channel")
    complainant_kind = _choice(complainant_kind, rules.COMPLAINANT_KINDS,
                               "complaints.complainant_unknown", "complainant_kind")
    name = _text(complainant_name, "complainant_name", MAX_NAME, "complaints.text_empty", False)
    phone = _text(complainant_phone, "complainant_phone", MAX_PHONE, "complaints.text_empty",
                  False)
    if trader_id is not None:
        if complainant_kind != "pedagang":
            raise ValidationError("complaints.trader_not_pedagang", field="trader")
        name = name or _person("trader", trader_id, "trader")
    if attendant_id is not None:
        if complainant_kind != "juru_parkir":
            raise ValidationError("complaints.attendant_not_juru_parkir", field="attendant")
        name = name or _person("attendant", attendant_id, "attendant")
    column, place_id = _place(place_kind, place)
    today = clock.today()
    days.assert_open(today)
    ack_due, resolve_due = standard_for(category).due_dates(today)
    area = rules.area_for(category, place_kind)
    now = clock.now_iso()
    with writing():
        if trader_id is not None:
            _person("trader", trader_id, "trader")
        if attendant_id is not None:
            _person("attendant", attendant_id, "attendant")
        number = numbering.next_number("ADU", today.year)
        values = {"number": number, "received_on": today.isoformat(), "received_at": now,
                  "channel": channel, "complainant_kind": complainant_kind,
                  "complainant_name": name, "complainant_phone": phone,
                  "trader_id": trader_id, "attendant_id": attendant_id, "category": category,
                  "place_kind": place_kind, "description": description, "area": area,
                  "ack_due_on": ack_due.isoformat(), "resolve_due_on": resolve_due.isoformat()}
        if column:
            values[column] = place_id
        columns = ", ".join([*values, "created_by", "created_at"])
        marks = ", ".join(["?"] * (len(values) + 2))
        complaint_id = one(f"INSERT INTO complaint ({columns}) VALUES ({marks}) RETURNING id",
                           (*values.values(), session.user_id, now))[0]
        _step(session, complaint_id, "receive", None, "received", area, "")
        audit.record(session, "complaints.receive", "complaint", complaint_id, None,
                     {**values, "place": place})
    return complaint_info(complaint_id)


def _step(session: Session, complaint_id: int, action: str, from_status: str | None,
          to_status: str, area: str | None, note: str) -> None:
    one("INSERT INTO complaint_step (complaint_id, step_on, at, action, from_status, to_status,"
        " area, note, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (complaint_id, clock.today().isoformat(), clock.now_iso(), action, from_status,
         to_status, area, note, session.user_id))


def _workable(session: Session, ref: int | str) -> ComplaintInfo:
    """The complaint, open, and ``session`` may work it; today open."""
    require(session, "complaints.view")
    current = complaint_info(ref, with_steps=False)
    if current.status in rules.CLOSED:
        raise Conflict("complaints.closed", number=current.number,
                       status=_status_name(current.status))
    if not rules.may_work(session, current.area):
        from sekretariat.i18n import t

        raise PermissionDenied("complaints.other_area", number=current.number,
                               area=t(f"complaints.area.{current.area}"),
                               role=t(f"role.{session.role}"))
    days.assert_open(clock.today())
    return current


def _status_name(status: str) -> str:
    from sekretariat.i18n import t

    return t(f"complaints.status.{status}")


def _move(session: Session, current: ComplaintInfo, action: str, to_status: str,
          note: str, **changes: Any) -> ComplaintInfo:
    """One step inside one transaction: the row's ``changes`` (guarded on its
    status still being the one read), the step, the audit record."""
    with writing():
        if changes:
            assignments = ", ".join(f"{k} = ?" for k in changes)
            done = one(f"UPDATE complaint SET {assignments} WHERE id = ? AND status = ?"
                       " RETURNING id", (*changes.values(), current.id, current.status))
            if done is None:
                raise Conflict("complaints.changed_meanwhile", number=current.number)
        _step(session, current.id, action, current.status, to_status,
              changes.get("area"), note)
        audit.record(session, f"complaints.{action}", "complaint", current.id,
                     {"status": current.status, "area": current.area},
                     {"status": to_status, **changes, "note": note})
    return complaint_info(current.id)


def acknowledge(session: Session, ref: int | str, note: str = "") -> ComplaintInfo:
    """received -> in progress, acknowledged today."""
    note = _text(note, "note", MAX_NOTE, "complaints.text_empty", False)
    current = _workable(session, ref)
    if current.status != "received":
        raise Conflict("complaints.already_acknowledged", number=current.number)
    return _move(session, current, "acknowledge", "in_progress", note, status="in_progress",
                 acknowledged_on=clock.today().isoformat())


def resolve(session: Session, ref: int | str, resolution: str) -> ComplaintInfo:
    """-> resolved with its resolution note; one still 'received' is
    acknowledged first, the same day, in the same transaction."""
    resolution = _text(resolution, "resolution", MAX_NOTE, "complaints.resolution_empty", True)
    current = _workable(session, ref)
    today = clock.today().isoformat()
    with writing():
        if current.status == "received":
            current = _move(session, current, "acknowledge", "in_progress", "",
                            status="in_progress", acknowledged_on=today)
        return _move(session, current, "resolve", "resolved", resolution, status="resolved",
                     closed_on=today, resolution=resolution)


def reject(session: Session, ref: int | str, reason: str) -> ComplaintInfo:
    """received or in progress -> rejected, with its reason."""
    reason = _text(reason, "reason", MAX_NOTE, "complaints.reason_empty", True)
    current = _workable(session, ref)
    return _move(session, current, "reject", "rejected", reason, status="rejected",
                 closed_on=clock.today().isoformat(), reject_reason=reason)


def assign(session: Session, ref: int | str, area: str, note: str = "") -> ComplaintInfo:
    """Chair only: move an open complaint to another area's coordinator."""
    require(session, "complaints.assign")
    area = _choice(area, rules.AREAS, "complaints.area_unknown", "area")
    note = _text(note, "note", MAX_NOTE, "complaints.text_empty", False)
    current = _workable(session, ref)
    if area == current.area:
        return complaint_info(current.id)
    return _move(session, current, "assign", current.status, note, area=area)


def add_note(session: Session, ref: int | str, note: str) -> ComplaintInfo:
    """A dated, attributed note in an open complaint's history."""
    note = _text(note, "note", MAX_NOTE, "complaints.note_empty", True)
    current = _workable(session, ref)
    return _move(session, current, "note", current.status, note)
