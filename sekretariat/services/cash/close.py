"""The treasurer's end-of-day close (tutup kas harian).

``close_cash_day`` counts the drawer by denomination against the journal's
expected balance, posts any difference to 5-900 Selisih Kas (a note always, the
chair's approval above the market's threshold), closes the open days before
it that had no cash activity as zero days, and locks the day through the
existing closed-day guard — all in one transaction, so a kill leaves the day
fully closed or fully open. ``close_and_back_up`` then takes the verified
daily backup; a failed backup never undoes the close."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock, db
from sekretariat.errors import Conflict, PermissionDenied, SekretariatError, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.cash import witness
from sekretariat.services.cash.balance import CASH
from sekretariat.services.cash.settings import get_settings
from sekretariat.services.cash.close_read import (
    CloseInfo,
    check_counts,
    draft_for,
    get_close,
)
from sekretariat.services.core import audit, days, journal, users
from sekretariat.services.core.journal import LineInput
from sekretariat.services.core.permissions import PERMISSIONS, can, require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

DIFFERENCE_ACCOUNT = "5-900"
MAX_NOTE = 300


@dataclass(frozen=True)
class CloseResult:
    close: CloseInfo
    zero_days: tuple[dt.date, ...]
    witness: witness.Witness
    backup_path: str | None = None
    backup_error: str | None = None       # the close stands; the backup failed


def close_cash_day(session: Session, day: dt.date, counts, note: str = "", *,
                   approver: tuple[str, str] | None = None,
                   expected_seen: int | None = None) -> CloseResult:
    """Close ``day`` with the drawer counted as ``counts`` ((form, value,
    quantity) triples or {(form, value): quantity}). ``approver`` is the chair's
    (username, password), needed when the difference is above the threshold
    and the person closing is not the chair. ``expected_seen``: the expected
    amount the person was shown; if the books moved since, the close is refused
    so they can look again."""
    require(session, "cash.close")
    note = " ".join(str(note or "").split())
    if len(note) > MAX_NOTE:
        raise ValidationError("cash.text_long", field="note", maximum=MAX_NOTE, length=len(note))
    rules = get_settings()
    lines = check_counts(counts, rules.denominations)
    counted = sum(line.amount for line in lines)
    if expected_seen is not None and counted == expected_seen:
        expected = expected_seen            # the usual day: the lock below proves it holds
    else:
        draft = draft_for(day, history=False)
        _still_as_seen(draft.expected, expected_seen)
        expected = draft.expected
    difference = counted - expected
    if difference and not note:
        raise ValidationError("cash.note_needed", field="note",
                              difference=format_rupiah(difference))
    approved_by = _approval(session, abs(difference), rules.approval_threshold, approver)
    with writing():
        draft = draft_for(day, history=False)       # the books as they are inside the lock
        _still_as_seen(draft.expected, expected_seen if expected_seen is not None else expected)
        difference = counted - draft.expected
        for zero_day in draft.zero_days:
            _write_close(session, zero_day, draft.opening, draft.opening, (), "", None, None)
        entry_id = None
        if difference:
            short = difference < 0
            amount = abs(difference)
            entry_lines = [LineInput(DIFFERENCE_ACCOUNT, debit=amount if short else 0,
                                     credit=0 if short else amount),
                           LineInput(CASH, debit=0 if short else amount,
                                     credit=amount if short else 0)]
            entry_id = journal.post_in_transaction(
                session, day, _difference_memo(day, difference, note), entry_lines,
                source="cash.difference", source_ref=day.isoformat())
        close_id = _write_close(session, day, draft.opening, draft.expected, lines, note,
                                entry_id, approved_by, counted=counted)
    info = get_close(session, close_id)
    return CloseResult(info, draft.zero_days, witness.for_close(close_id))


def _still_as_seen(expected: int, seen: int | None) -> None:
    if seen is not None and expected != seen:
        raise ValidationError("cash.books_moved", field="counts", seen=format_rupiah(seen),
                              now=format_rupiah(expected))


def close_quiet_days(session: Session, day: dt.date, note: str = "") -> tuple[dt.date, ...]:
    """Lock the open days up to ``day`` when none of them moved the drawer (a
    holiday, a market closed for repairs): each is recorded as a zero day. A
    day with cash activity is refused: it closes only with its own count."""
    require(session, "cash.close")
    note = " ".join(str(note or "").split())
    if len(note) > MAX_NOTE:
        raise ValidationError("cash.text_long", field="note", maximum=MAX_NOTE, length=len(note))
    with writing():
        draft = draft_for(day, history=False)
        if draft.has_activity:
            raise Conflict("cash.day_needs_count", day=fmt_date(day))
        quiet = (*draft.zero_days, day)
        for quiet_day in quiet:
            _write_close(session, quiet_day, draft.opening, draft.opening, (), note, None, None)
    return quiet


def close_and_back_up(session: Session, day: dt.date, counts, note: str = "", **kwargs
                      ) -> CloseResult:
    """The close, then the daily backup (kept 30 daily, 12 monthly). The close
    stands whatever happens to the backup; a failure is reported in the result."""
    from dataclasses import replace

    from sekretariat.services.cash import backups

    result = close_cash_day(session, day, counts, note, **kwargs)
    try:
        done = backups.daily_backup(session)
    except SekretariatError as exc:
        return replace(result, backup_error=exc.message)
    except OSError as exc:
        return replace(result, backup_error=str(exc))
    return replace(result, backup_path=done.path)


def _approval(session: Session, difference: int, threshold: int,
              approver: tuple[str, str] | None) -> int | None:
    """The chair's user id when the difference needs approval (the chair
    closing approves it by closing), else None. The chair's password is checked
    before the close's transaction (a wrong one counts toward the lockout)."""
    if difference <= threshold:
        return None
    if can(session, "cash.approve"):
        return session.user_id
    if not approver or not approver[0] or not approver[1]:
        raise ValidationError("cash.approval_needed", field="approver",
                              difference=format_rupiah(difference),
                              threshold=format_rupiah(threshold))
    role = users.role_of(approver[0])
    if role is not None and role not in PERMISSIONS["cash.approve"]:
        raise PermissionDenied("cash.approver_not_chair", username=approver[0].strip())
    chair = users.login(approver[0], approver[1])   # wrong passwords count toward the lockout
    if not can(chair, "cash.approve"):
        raise PermissionDenied("cash.approver_not_chair", username=chair.username)
    with writing():
        audit.record(chair, "cash.approve", "app_user", chair.user_id, None,
                     {"for": session.username, "difference": difference})
    return chair.user_id


_INSERT_CLOSE = ("INSERT INTO cash_close (day, zero_day, opening, expected, counted, difference,"
                 " note, counted_by, approved_by, difference_entry_id, closed_day_id, created_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_COUNT = ("INSERT INTO cash_close_count (close_id, form, denomination, quantity)"
                 " VALUES (?, ?, ?, ?)")


def _write_close(session: Session, day: dt.date, opening: int, expected: int, lines, note: str,
                 entry_id: int | None, approved_by: int | None, *, counted: int | None = None
                 ) -> int:
    """Lock ``day`` (the existing guard), then write its close, its count and
    the audit record the paper witnesses. Inside the caller's transaction."""
    counted = expected if counted is None else counted
    require(session, "day.close")
    locked = days.lock_in_transaction(session, day, note)
    conn = db.current_database()
    close_id = conn.execute_sql(_INSERT_CLOSE, (
        day.isoformat(), int(not lines), opening, expected, counted, counted - expected, note,
        session.user_id, approved_by, entry_id, locked, clock.now_iso())).lastrowid
    if lines:
        conn.connection().executemany(_INSERT_COUNT, [
            (close_id, line.form, line.denomination, line.quantity) for line in lines])
    audit.record(session, "cash.close", "cash_close", close_id, None,
                 {"day": day.isoformat(), "zero_day": not lines, "opening": opening,
                  "expected": expected, "counted": counted, "difference": counted - expected,
                  "note": note, "approved_by": approved_by, "difference_entry_id": entry_id,
                  "counts": [[line.form, line.denomination, line.quantity] for line in lines]})
    return close_id


def _difference_memo(day: dt.date, difference: int, note: str) -> str:
    from sekretariat.i18n import t

    key = "cash.difference_over" if difference > 0 else "cash.difference_short"
    return t(key, day=fmt_date(day), note=note)[:journal.MAX_MEMO]
