"""Parking attendants (juru parkir): contact, NIK, status and dates.

An attendant works from ``start_date``; deactivating gives ``end_date``, the
last day worked, and is refused while the roster still has them after it.
Whether an attendant works on a day is decided by ``active_on`` alone. The
NIK shows whole only to roles that may see personal data (``mask_nik``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.models import Attendant
from sekretariat.services.core import audit, days
from sekretariat.services.core.permissions import mask_nik, require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.parking.parking_util import MAX_NAME, as_date, check_date, clean_text, one, rows

MAX_PHONE = 20
_PHONE = re.compile(r"\+?[0-9][0-9 -]*")

#: An attendant works on :day (the one definition, also used by check rules).
ACTIVE_ON_SQL = "a.start_date <= {day} AND (a.end_date IS NULL OR a.end_date >= {day})"


@dataclass(frozen=True)
class AttendantInfo:
    id: int
    name: str
    phone: str
    nik: str                 # masked unless the session may see it whole
    status: str              # 'aktif' | 'nonaktif'
    start_date: dt.date
    end_date: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


def _phone(value: Any) -> str:
    phone = clean_text(value, "phone", maximum=MAX_PHONE)
    if phone and not _PHONE.fullmatch(phone):
        raise ValidationError("parking.phone_invalid", field="phone", text=phone)
    return phone


def _nik(value: Any) -> str:
    nik = str(value or "").strip()
    if nik and (len(nik) != 16 or not nik.isascii() or not nik.isdigit()):
        raise ValidationError("parking.nik_invalid", field="nik")
    return nik


def register_attendant(session: Session, name: str, start_date: Any, *, phone: str = "",
                       nik: str = "") -> AttendantInfo:
    """A new attendant working from ``start_date`` (which may be a past day:
    nothing dated refers to them yet)."""
    require(session, "parking.manage")
    name = clean_text(name, "name", maximum=MAX_NAME, required=True)
    start = check_date(start_date, "start_date")
    phone, nik = _phone(phone), _nik(nik)
    with writing():
        attendant_id = Attendant.insert(name=name, phone=phone, nik=nik, start_date=start,
                                        created_at=clock.now_iso()).execute()
        audit.record(session, "parking.attendant_create", "attendant", attendant_id, None,
                     {"name": name, "phone": phone, "nik": nik, "start_date": start.isoformat()})
    return get_attendant(session, attendant_id)


def update_attendant(session: Session, attendant_id: int, *, name: str | None = None,
                     phone: str | None = None, nik: str | None = None,
                     start_date: Any = None) -> AttendantInfo:
    """Contact details, or the start date while the roster has nothing of
    theirs before the new date and both dates are open."""
    require(session, "parking.manage")
    row = _row(attendant_id)
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = clean_text(name, "name", maximum=MAX_NAME, required=True)
    if phone is not None:
        values["phone"] = _phone(phone)
    if nik is not None:
        values["nik"] = _nik(nik)
    start = None if start_date is None else check_date(start_date, "start_date")
    if start is not None and start != as_date(row.start_date):
        values["start_date"] = start
    if not values:
        return get_attendant(session, attendant_id)
    with writing():
        if start is not None and "start_date" in values:
            days.assert_open(min(start, as_date(row.start_date)))
            first = one("SELECT min(roster_date) FROM roster WHERE attendant_id = ?",
                        (attendant_id,))[0]
            if first is not None and first < start.isoformat():
                raise Conflict("parking.start_after_roster", field="start_date",
                               day=fmt_date(as_date(first)))
            if row.end_date is not None and as_date(row.end_date) < start:
                raise ValidationError("parking.start_after_end", field="start_date")
        before = {k: (v.isoformat() if isinstance(v, dt.date) else v)
                  for k, v in ((k, getattr(row, k)) for k in values)}
        Attendant.update(**values).where(Attendant.id == attendant_id).execute()
        audit.record(session, "parking.attendant_update", "attendant", attendant_id, before,
                     {k: (v.isoformat() if isinstance(v, dt.date) else v)
                      for k, v in values.items()})
    return get_attendant(session, attendant_id)


def deactivate_attendant(session: Session, attendant_id: int,
                         last_day: Any = None) -> AttendantInfo:
    """The attendant stops working after ``last_day`` (today by default, an
    open day); refused while the roster has them on a later day."""
    require(session, "parking.manage")
    row = _row(attendant_id)
    last = clock.today() if last_day is None else check_date(last_day, "last_day")
    if row.status == "nonaktif":
        raise Conflict("parking.attendant_inactive", name=row.name)
    if last < as_date(row.start_date):
        raise ValidationError("parking.end_before_start", field="last_day",
                              day=fmt_date(as_date(row.start_date)))
    with writing():
        days.assert_open(last)
        later = one("SELECT min(roster_date) FROM roster WHERE attendant_id = ?"
                    " AND roster_date > ?", (attendant_id, last.isoformat()))[0]
        if later is not None:
            raise Conflict("parking.attendant_rostered_later", field="last_day",
                           name=row.name, day=fmt_date(as_date(later)))
        Attendant.update(status="nonaktif", end_date=last).where(
            Attendant.id == attendant_id).execute()
        audit.record(session, "parking.attendant_deactivate", "attendant", attendant_id,
                     {"status": "aktif", "end_date": None},
                     {"status": "nonaktif", "end_date": last.isoformat()})
    return get_attendant(session, attendant_id)


def get_attendant(session: Session, attendant_id: int) -> AttendantInfo:
    require(session, "parking.view")
    row = None
    if isinstance(attendant_id, int) and not isinstance(attendant_id, bool):
        row = one("SELECT a.id, a.name, a.phone, a.nik, a.status, a.start_date, a.end_date"
                  " FROM attendant a WHERE a.id = ?", (attendant_id,))
    if row is None:
        raise NotFound("parking.attendant_not_found", field="attendant", id=str(attendant_id))
    return AttendantInfo(row[0], row[1], row[2], mask_nik(session, row[3]), row[4],
                         as_date(row[5]), as_date(row[6]))


def list_attendants(session: Session, *, active_on: dt.date | None = None) -> list[AttendantInfo]:
    """Every attendant by name, or those working on ``active_on``."""
    require(session, "parking.view")
    sql = ("SELECT a.id, a.name, a.phone, a.nik, a.status, a.start_date, a.end_date"
           " FROM attendant a")
    params: dict[str, str] = {}
    if active_on is not None:
        sql += " WHERE " + ACTIVE_ON_SQL.format(day=":day")
        params["day"] = check_date(active_on, "day").isoformat()
    return [AttendantInfo(r[0], r[1], r[2], mask_nik(session, r[3]), r[4], as_date(r[5]),
                          as_date(r[6])) for r in rows(sql + " ORDER BY a.name, a.id", params)]


def _row(attendant_id: int) -> Attendant:
    row = None
    if isinstance(attendant_id, int) and not isinstance(attendant_id, bool):
        row = Attendant.get_or_none(Attendant.id == attendant_id)
    if row is None:
        raise NotFound("parking.attendant_not_found", field="attendant", id=str(attendant_id))
    return row


def _info(session: Session, row: Attendant) -> AttendantInfo:
    return AttendantInfo(row.id, row.name, row.phone, mask_nik(session, row.nik), row.status,
                         as_date(row.start_date), as_date(row.end_date))
