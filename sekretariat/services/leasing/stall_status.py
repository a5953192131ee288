"""A stall's administrative status, with dates.

From a date on a stall is ``normal``, ``diblokir`` (blocked) or ``perbaikan``
(under repair) until its next change (table ``stall_status_change``); with no
change on or before a day it is ``normal`` then. :func:`status_on` and
:data:`STATUS_ON_SQL` are the one answer for a day: the stall map, occupancy
and the daily-fee stall lists all read it. ``stall.status`` keeps the latest
change's status (the stall's status now); ``sekretariat check`` verifies it
(:func:`problems`).
A change dated in a closed day is refused (the service checks, a trigger too).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import NotFound, ValidationError
from sekretariat.models import Stall
from sekretariat.services.core import audit, days
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.leasing.leasing_util import as_date, check_date, clean_text, one, rows
from sekretariat.services.leasing.stall_codes import ADMIN_STATUSES

#: The administrative status of stall ``s`` on the day bound as ``:day``.
STATUS_ON_SQL = (
    "coalesce((SELECT h.status FROM stall_status_change h WHERE h.stall_id = s.id"
    " AND h.effective_from <= :day ORDER BY h.effective_from DESC LIMIT 1), 'normal')")


@dataclass(frozen=True)
class StatusChange:
    id: int
    stall_id: int
    status: str
    effective_from: dt.date
    note: str


def status_on(session: Session, stall_id: int, day: dt.date | None = None) -> str:
    """The stall's administrative status on ``day`` (today when not given)."""
    require(session, "stalls.view")
    if one("SELECT 1 FROM stall WHERE id = ?", (stall_id,)) is None:
        raise NotFound("stall.not_found", field="stall")
    found = one(f"SELECT {STATUS_ON_SQL} FROM stall s WHERE s.id = :id",
                {"id": stall_id, "day": (day or clock.today()).isoformat()})
    return found[0]


def history(session: Session, stall_id: int) -> list[StatusChange]:
    """Every status change of a stall, oldest first."""
    require(session, "stalls.view")
    return [StatusChange(r[0], r[1], r[2], as_date(r[3]), r[4]) for r in rows(
        "SELECT id, stall_id, status, effective_from, note FROM stall_status_change"
        " WHERE stall_id = ? ORDER BY effective_from", (stall_id,))]


def record_status(session: Session, stall_id: int, status: str, effective_from,
                  note: str = "") -> bool:
    """Write a status change inside the caller's transaction (the caller
    checked ``stalls.manage``). Returns False when it changes nothing."""
    if status not in ADMIN_STATUSES:
        raise ValidationError("stall.status_invalid", field="status", status=str(status))
    day = check_date(effective_from if effective_from not in (None, "") else clock.today(),
                     "status_from")
    note = clean_text(note, "note", maximum=300)
    stall = Stall.get_or_none(Stall.id == stall_id)
    if stall is None:
        raise NotFound("stall.not_found", field="stall")
    before = one(f"SELECT {STATUS_ON_SQL} FROM stall s WHERE s.id = :id",
                 {"id": stall_id, "day": day.isoformat()})[0]
    same_day = one("SELECT id, status FROM stall_status_change WHERE stall_id = ?"
                   " AND effective_from = ?", (stall_id, day.isoformat()))
    if before == status and same_day is None:
        return False
    days.assert_open(day)
    from sekretariat import db

    conn = db.current_database()
    after = {"stall_id": stall_id, "status": status, "effective_from": day.isoformat(),
             "note": note}
    if same_day is not None:
        conn.execute_sql("UPDATE stall_status_change SET status = ?, note = ? WHERE id = ?",
                         (status, note, same_day[0]))
        change_id = same_day[0]
        audit.record(session, "stall.status_update", "stall_status_change", change_id,
                     {"status": same_day[1]}, after)
    else:
        change_id = conn.execute_sql(
            "INSERT INTO stall_status_change (stall_id, status, effective_from, note,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (stall_id, status, day.isoformat(), note, session.user_id,
             clock.now_iso())).lastrowid
        audit.record(session, "stall.status", "stall_status_change", change_id,
                     {"status": before}, after)
    latest = one("SELECT status FROM stall_status_change WHERE stall_id = ?"
                 " ORDER BY effective_from DESC LIMIT 1", (stall_id,))[0]
    if latest != stall.status:
        Stall.update(status=latest).where(Stall.id == stall_id).execute()
    return True


def set_stall_status(session: Session, stall_id: int, status: str,
                     effective_from: dt.date | str | None = None, *,
                     note: str = "") -> StatusChange | None:
    """Block a stall, put it under repair or make it available again from a
    date (today when not given). None when it is that already."""
    require(session, "stalls.manage")
    day = check_date(effective_from if effective_from not in (None, "") else clock.today(),
                     "status_from")
    with writing():
        changed = record_status(session, stall_id, status, day, note)
    if not changed:
        return None
    return next(c for c in history(session, stall_id) if c.effective_from == day)


def problems() -> list[str]:
    """Stalls whose ``status`` is not their latest change's (or ``normal``
    with no change): a change written past the services."""
    from sekretariat.i18n import t

    return [t("check.stall_status_problem", code=code, stored=stored, expected=expected)
            for code, stored, expected in rows(
                "SELECT s.code, s.status, coalesce((SELECT h.status FROM stall_status_change h"
                " WHERE h.stall_id = s.id ORDER BY h.effective_from DESC LIMIT 1), 'normal') AS e"
                " FROM stall s WHERE s.status IS NOT e ORDER BY s.code")]

