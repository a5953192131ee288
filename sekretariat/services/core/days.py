"""Closed days: the lock every dated write passes through.

Closing day D locks D and every day before it, in every module. Only the chair
reopens, with a reason; reopening D also reopens the closed days after D
(they would otherwise keep D locked). The database enforces the same lock with
triggers on every dated table, so a bug cannot slip past.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock, db
from sekretariat.errors import Conflict, DayClosed, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.models import ClosedDay
from sekretariat.services.core import audit
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

MIN_REASON = 10


def lock_date() -> dt.date | None:
    """The latest closed day (everything on or before it is closed), or None."""
    row = db.current_database().execute_sql("SELECT day FROM lock_date").fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def is_closed(day: dt.date) -> bool:
    lock = lock_date()
    return lock is not None and day <= lock


def assert_open(day: dt.date) -> None:
    """The guard every dated write calls first."""
    if not isinstance(day, dt.date):
        raise ValidationError("date.invalid", text=str(day))
    lock = lock_date()
    if lock is not None and day <= lock:
        raise DayClosed("day.closed", day=fmt_date(day), lock=fmt_date(lock))


@dataclass(frozen=True)
class ClosedDayInfo:
    id: int
    day: dt.date
    closed_by: str
    closed_at: str
    note: str
    reopened_by: str | None
    reopened_at: str | None
    reopen_reason: str | None

    @property
    def is_current(self) -> bool:
        return self.reopened_at is None


def close_day(session: Session, day: dt.date, note: str = "") -> ClosedDayInfo:
    """Lock ``day`` (and so every day before it). The treasurer's cash close
    calls this as its last step."""
    require(session, "day.close")
    with writing():
        row_id = lock_in_transaction(session, day, note)
    return _info(row_id)


def lock_in_transaction(session: Session, day: dt.date, note: str = "") -> int:
    """Close ``day`` inside the caller's write transaction (the cash close);
    returns the closed_day row's id. The caller has checked its permission."""
    if day > clock.today():
        raise ValidationError("day.future", field="day", day=fmt_date(day))
    assert_open(day)
    row_id = db.current_database().execute_sql(
        "INSERT INTO closed_day (day, closed_by, closed_at, note) VALUES (?, ?, ?, ?)",
        (day.isoformat(), session.user_id, clock.now_iso(), note.strip())).lastrowid
    audit.record(session, "day.close", "closed_day", row_id, None,
                 {"day": day.isoformat(), "note": note.strip()})
    return row_id


def reopen_day(session: Session, day: dt.date, reason: str) -> list[dt.date]:
    """Chair only: reopen ``day`` and every closed day after it. Returns the
    days reopened, oldest first."""
    require(session, "day.reopen")
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON:
        raise ValidationError("day.reason_short", field="reason", minimum=MIN_REASON)
    with writing():
        rows = list(ClosedDay.select().where(ClosedDay.reopened_at.is_null(),
                                             ClosedDay.day >= day).order_by(ClosedDay.day))
        if not rows or not is_closed(day):
            raise Conflict("day.not_closed", day=fmt_date(day))
        now = clock.now_iso()
        reopened = [_as_date(row.day) for row in rows]
        # The audit record comes first: a trigger refuses a reopen that the
        # last audit row does not name (so a raw reopen cannot go unrecorded).
        audit.record(session, "day.reopen", "closed_day", day.isoformat(),
                     {"closed": [d.isoformat() for d in reopened]},
                     {"reopened": [d.isoformat() for d in reopened], "reason": reason})
        for row in rows:
            ClosedDay.update(reopened_by=session.user_id, reopened_at=now,
                             reopen_reason=reason).where(ClosedDay.id == row.id).execute()
    return reopened


def list_closed_days(session: Session, *, limit: int = 200) -> list[ClosedDayInfo]:
    """Newest first, including reopened ones (with who and why)."""
    require(session, "day.view")
    return [_from_row(r) for r in db.current_database().execute_sql(
        f"{_QUERY} ORDER BY c.day DESC, c.id DESC LIMIT ?", (limit,))]


_QUERY = ("SELECT c.id, c.day, closer.username, c.closed_at, c.note, opener.username,"
          " c.reopened_at, c.reopen_reason FROM closed_day c"
          " JOIN app_user closer ON closer.id = c.closed_by"
          " LEFT JOIN app_user opener ON opener.id = c.reopened_by")


def _info(row_id: int) -> ClosedDayInfo:
    return _from_row(db.current_database().execute_sql(f"{_QUERY} WHERE c.id = ?",
                                                        (row_id,)).fetchone())


def _from_row(row) -> ClosedDayInfo:
    values = list(row)
    values[1] = _as_date(values[1])
    return ClosedDayInfo(*values)


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
