"""What the end-of-day close reads: the draft of a day's close (opening, every
source in and out, the expected balance, the days that close with it, what
changed since the day was last closed), the history of closes, and the
status the home screen shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock, db
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.cash import book
from sekretariat.services.cash.balance import CASH, activity_days, balance_at_end_of, \
    first_activity
from sekretariat.services.cash.settings import CashSettings, Denomination, get_settings
from sekretariat.services.core import days
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session


@dataclass(frozen=True)
class ChangedEntry:
    """An entry of the day posted after its last close (a reversal among them)."""

    number: str
    memo: str
    source: str
    cash_in: int
    cash_out: int
    created_by: str
    created_at: str
    reverses: str | None


@dataclass(frozen=True)
class PreviousClose:
    closed_at: str
    counted: int
    expected: int
    closed_by: str
    reopen_reason: str | None


@dataclass(frozen=True)
class CloseDraft:
    day: dt.date
    opening: int
    sources: tuple[book.SourceTotal, ...]
    total_in: int
    total_out: int
    expected: int
    zero_days: tuple[dt.date, ...]          # open days before ``day`` that close with it
    settings: CashSettings
    previous: PreviousClose | None          # the day was closed before and reopened
    changes: tuple[ChangedEntry, ...]       # entries of the day posted since then

    @property
    def has_activity(self) -> bool:
        return bool(self.sources)


@dataclass(frozen=True)
class CountLine:
    form: str
    denomination: int
    quantity: int

    @property
    def amount(self) -> int:
        return self.denomination * self.quantity


@dataclass(frozen=True)
class CloseInfo:
    id: int
    day: dt.date
    zero_day: bool
    opening: int
    expected: int
    counted: int
    difference: int
    note: str
    counted_by: str
    counted_by_name: str
    approved_by: str | None
    approved_by_name: str | None
    difference_entry: str | None
    created_at: str
    reopened_at: str | None
    reopened_by: str | None
    reopen_reason: str | None
    counts: tuple[CountLine, ...] = ()

    @property
    def in_force(self) -> bool:
        return self.reopened_at is None


@dataclass(frozen=True)
class CloseStatus:
    today: dt.date
    lock_date: dt.date | None
    yesterday_closed: bool
    open_activity_days: tuple[dt.date, ...]   # open days before today with cash activity
    next_to_close: dt.date | None             # the oldest open day the close would take
    last_close: CloseInfo | None


def earliest_open_day() -> dt.date | None:
    """The first day not yet closed that matters to the close: the day after
    the lock date, or (never closed) the first day the drawer moved."""
    lock = days.lock_date()
    if lock is not None:
        return lock + dt.timedelta(days=1)
    return first_activity(CASH)


def prepare_close(session: Session, day: dt.date) -> CloseDraft:
    """The walk-through of closing ``day``; refuses what the close would refuse
    (a future or closed day, an earlier open day with its own cash activity)."""
    require(session, "cash.close")
    return draft_for(day)


def draft_for(day: dt.date, *, history: bool = True) -> CloseDraft:
    """``prepare_close`` without the permission test (the close itself calls it
    inside its transaction, without the ``history`` of an earlier close)."""
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise ValidationError("date.invalid", field="day", text=str(day))
    if day > clock.today():
        raise ValidationError("cash.close_future", field="day", day=fmt_date(day))
    days.assert_open(day)
    start = earliest_open_day() or day
    zero_days: list[dt.date] = []
    if start < day:
        busy = activity_days(CASH, start, day - dt.timedelta(days=1))
        if busy:
            raise Conflict("cash.close_earlier_first", day=fmt_date(busy[0]),
                           count=len(busy), asked=fmt_date(day))
        zero_days = [start + dt.timedelta(days=n) for n in range((day - start).days)]
    opening = balance_at_end_of(CASH, day - dt.timedelta(days=1))
    sources = tuple(book.totals_by_source(CASH, day, day))
    total_in = sum(s.money_in for s in sources)
    total_out = sum(s.money_out for s in sources)
    previous = _previous_close(day) if history else None
    changes = _changes_since(day, previous.closed_at) if previous else ()
    return CloseDraft(day, opening, sources, total_in, total_out, opening + total_in - total_out,
                      tuple(zero_days), get_settings(), previous, changes)


def check_counts(counts, denominations: tuple[Denomination, ...]) -> tuple[CountLine, ...]:
    """``counts``: (form, denomination, quantity) triples or a mapping
    {(form, denomination): quantity}. Refuses an unknown denomination, a
    negative or fractional quantity, one denomination twice."""
    pairs = counts.items() if isinstance(counts, dict) else (
        ((c[0], c[1]), c[2]) for c in counts)
    known = {(d.form, d.value) for d in denominations}
    lines: dict[tuple[str, int], int] = {}
    for (form, value), quantity in pairs:
        if (form, value) not in known:
            raise ValidationError("cash.count_unknown", field="counts", value=str(value),
                                  form=form)
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 0:
            raise ValidationError("cash.count_invalid", field="counts", value=str(value),
                                  quantity=str(quantity))
        if quantity > 10_000_000:
            raise ValidationError("cash.count_too_large", field="counts", value=str(value))
        if (form, value) in lines:
            raise ValidationError("cash.count_twice", field="counts", value=str(value))
        lines[(form, value)] = quantity
    return tuple(CountLine(d.form, d.value, lines.get((d.form, d.value), 0))
                 for d in denominations)


def _previous_close(day: dt.date) -> PreviousClose | None:
    row = db.current_database().execute_sql(
        "SELECT x.created_at, x.counted, x.expected, u.username, c.reopen_reason"
        " FROM cash_close x JOIN closed_day c ON c.id = x.closed_day_id"
        " JOIN app_user u ON u.id = x.counted_by WHERE x.day = ? ORDER BY x.id DESC LIMIT 1",
        (day.isoformat(),)).fetchone()
    return PreviousClose(*row) if row else None


def _changes_since(day: dt.date, since: str) -> tuple[ChangedEntry, ...]:
    rows = db.current_database().execute_sql(
        "SELECT e.number, e.memo, e.source,"
        " coalesce(sum(CASE WHEN a.code = ? THEN l.debit END), 0),"
        " coalesce(sum(CASE WHEN a.code = ? THEN l.credit END), 0),"
        " u.username, e.created_at, r.number"
        " FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id"
        " JOIN account a ON a.id = l.account_id JOIN app_user u ON u.id = e.created_by"
        " LEFT JOIN journal_entry r ON r.id = e.reverses_id"
        " WHERE e.entry_date = ? AND e.created_at > ? GROUP BY e.id ORDER BY e.id",
        (CASH, CASH, day.isoformat(), since))
    return tuple(ChangedEntry(*row) for row in rows)


_CLOSES = ("SELECT x.id, x.day, x.zero_day, x.opening, x.expected, x.counted, x.difference,"
           " x.note, u.username, u.full_name, a.username, a.full_name, e.number, x.created_at,"
           " c.reopened_at, r.username, c.reopen_reason FROM cash_close x"
           " CROSS JOIN closed_day c ON c.id = x.closed_day_id JOIN app_user u ON u.id = x.counted_by"
           " LEFT JOIN app_user a ON a.id = x.approved_by"
           " LEFT JOIN app_user r ON r.id = c.reopened_by"
           " LEFT JOIN journal_entry e ON e.id = x.difference_entry_id")


def _close(row, counts=()) -> CloseInfo:
    values = list(row)
    values[1] = dt.date.fromisoformat(values[1])
    values[2] = bool(values[2])
    return CloseInfo(*values, counts=tuple(counts))


def list_closes(session: Session, *, limit: int = 100, before: dt.date | None = None,
                include_zero: bool = True) -> list[CloseInfo]:
    """The history of closes, newest first, reopened ones too (with who and why)."""
    require(session, "cash.view")
    where, params = [], []
    if before is not None:
        where.append("x.day < ?")
        params.append(before.isoformat())
    if not include_zero:
        where.append("x.zero_day = 0")
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return [_close(r) for r in db.current_database().execute_sql(
        f"{_CLOSES}{clause} ORDER BY x.day DESC, x.id DESC LIMIT ?", (*params, limit))]


def get_close(session: Session, close_id: int) -> CloseInfo:
    require(session, "cash.view")
    conn = db.current_database()
    row = conn.execute_sql(f"{_CLOSES} WHERE x.id = ?", (close_id,)).fetchone()
    if row is None:
        raise NotFound("cash.close_not_found", id=close_id)
    counts = [CountLine(*r) for r in conn.execute_sql(
        "SELECT form, denomination, quantity FROM cash_close_count WHERE close_id = ?"
        " ORDER BY denomination DESC, form DESC", (close_id,))]
    return _close(row, counts)


def close_in_force(session: Session, day: dt.date) -> CloseInfo:
    """The close of ``day`` that is in force (not reopened)."""
    require(session, "cash.view")
    row = db.current_database().execute_sql(
        f"{_CLOSES} WHERE x.day = ? AND c.reopened_at IS NULL", (day.isoformat(),)).fetchone()
    if row is None:
        raise NotFound("cash.day_not_closed", day=fmt_date(day))
    return get_close(session, row[0])


def close_status(session: Session) -> CloseStatus:
    """For the home screen: is yesterday closed, which open days before today
    have cash activity, the last close."""
    require(session, "day.view")
    today = clock.today()
    lock = days.lock_date()
    start = earliest_open_day()
    yesterday = today - dt.timedelta(days=1)
    busy = tuple(activity_days(CASH, start, yesterday)) if start and start <= yesterday else ()
    last = db.current_database().execute_sql(
        f"{_CLOSES} WHERE c.reopened_at IS NULL AND x.zero_day = 0"
        " ORDER BY x.day DESC LIMIT 1").fetchone()
    return CloseStatus(today, lock, lock is not None and lock >= yesterday, busy,
                       busy[0] if busy else None, _close(last) if last else None)
