"""The double-entry journal: the one source of truth for money.

Every module posts through ``post_in_transaction`` (inside its own write) or
``post_entry`` (a manual entry); a batch job posting many entries at once (the
monthly billing run) uses ``post_many_in_transaction``, which writes exactly
the rows a loop of ``post_in_transaction`` would, with one statement per
table. Entries are append-only; a mistake is undone by ``reverse_entry``,
which posts the mirror image and links it to the original (once). Balances
come from SQL aggregates over the lines (``journal_read``); the plain values
live in ``journal_types``. Both are re-exported here: callers use ``journal.*``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from sekretariat import clock, db
from sekretariat.errors import Conflict, ValidationError
from sekretariat.money import MAX_AMOUNT
from sekretariat.services.core import audit, days, numbering
from sekretariat.services.core.audit import canonical
from sekretariat.services.core.journal_read import (  # noqa: F401  (the journal's API)
    TRIAL_BALANCE_SQL,
    _load,
    account_balance,
    account_balance_unchecked,
    find_entry,
    get_entry,
    list_accounts,
    list_entries,
    trial_balance,
)
from sekretariat.services.core.journal_types import (  # noqa: F401  (the journal's API)
    ACCOUNT_TYPES,
    DEBIT_NORMAL,
    SUBLEDGER_ACCOUNTS,
    AccountInfo,
    BalanceRow,
    EntryInput,
    EntryPage,
    EntrySummary,
    LineInput,
    PostedEntry,
    PostedLine,
    TrialBalance,
)
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

MAX_MEMO = 500


# --- posting ---------------------------------------------------------------

def post_entry(session: Session, entry_date: dt.date, memo: str, lines: Sequence[LineInput], *,
               source: str = "manual", source_ref: str | None = None) -> PostedEntry:
    """A manual journal entry (treasurer or chair)."""
    require(session, "journal.post")
    for line in lines:
        if line.account in SUBLEDGER_ACCOUNTS:
            raise ValidationError("journal.subledger_account", field="lines", code=line.account)
    with writing():
        entry_id = post_in_transaction(session, entry_date, memo, lines, source=source,
                                       source_ref=source_ref)
    return get_entry(session, entry_id, check_permission=False)


_ENTRY_INSERT = ("INSERT INTO journal_entry (number, entry_date, memo, source, source_ref,"
                 " reverses_id, created_by, created_at, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_LINE_INSERT = ("INSERT INTO journal_line (entry_id, entry_date, account_id, debit, credit,"
                " party_kind, party_id, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def post_in_transaction(session: Session, entry_date: dt.date, memo: str,
                        lines: Sequence[LineInput], *, source: str = "manual",
                        source_ref: str | None = None, reverses_id: int | None = None) -> int:
    """Post a balanced entry inside the caller's write transaction and return
    its id. Checks balance, accounts, the closed-day lock; numbers it; audits it.
    The caller has already checked its own permission."""
    if not db.in_transaction():
        raise RuntimeError("post_in_transaction needs the caller's write transaction")
    memo = _check_memo(memo)
    if not isinstance(entry_date, dt.date) or isinstance(entry_date, dt.datetime):
        raise ValidationError("date.invalid", field="entry_date", text=str(entry_date))
    accounts = _check_lines(lines)
    days.assert_open(entry_date)
    number = numbering.next_number("JU", entry_date.year)
    line_values = [(line.account, line.debit, line.credit, line.party_kind, line.party_id,
                    line.memo.strip()) for line in lines]
    digest = entry_digest(number, entry_date, memo, source, source_ref, reverses_id, line_values)
    day = entry_date.isoformat()
    raw = db.current_database().connection()
    entry_id = raw.execute(_ENTRY_INSERT, (number, day, memo, source, source_ref, reverses_id,
                                           session.user_id, clock.now_iso(), digest)).lastrowid
    raw.executemany(_LINE_INSERT, [
        (entry_id, day, accounts[code], debit, credit, kind, pid, line_memo)
        for code, debit, credit, kind, pid, line_memo in line_values])
    audit.record(session, "journal.post" if reverses_id is None else "journal.reverse",
                 "journal_entry", entry_id, None,
                 {"number": number, "date": entry_date.isoformat(), "memo": memo,
                  "source": source, "source_ref": source_ref, "reverses_id": reverses_id,
                  "digest": digest, "lines": [list(v) for v in line_values]})
    return entry_id


def post_many_in_transaction(session: Session, entries: Sequence[EntryInput]) -> list[int]:
    """Post many balanced entries inside the caller's write transaction and
    return their ids, in order.

    The rows are exactly those of ``post_in_transaction`` called for each
    entry in turn — the same numbers, digests, ids, lines and audit rows (each
    chained to the one before) — but every entry is checked (balance, accounts,
    the closed-day lock) before anything is written, and each table gets one
    ``executemany``. The caller has already checked its own permission."""
    if not db.in_transaction():
        raise RuntimeError("post_many_in_transaction needs the caller's write transaction")
    if not entries:
        return []
    known = _known_accounts({line.account for entry in entries for line in entry.lines})
    open_days: set[dt.date] = set()
    checked = []
    for entry in entries:
        memo = _check_memo(entry.memo)
        entry_date = entry.entry_date
        if not isinstance(entry_date, dt.date) or isinstance(entry_date, dt.datetime):
            raise ValidationError("date.invalid", field="entry_date", text=str(entry_date))
        accounts = _check_lines(entry.lines, known)
        if entry_date not in open_days:
            days.assert_open(entry_date)
            open_days.add(entry_date)
        checked.append((entry, memo, accounts))
    conn = db.current_database()
    before = conn.execute_sql("SELECT coalesce(max(id), 0) FROM journal_entry").fetchone()[0]
    entry_rows, pending = [], []
    for entry, memo, accounts in checked:
        number = numbering.next_number("JU", entry.entry_date.year)
        line_values = [(line.account, line.debit, line.credit, line.party_kind, line.party_id,
                        line.memo.strip()) for line in entry.lines]
        digest = entry_digest(number, entry.entry_date, memo, entry.source, entry.source_ref,
                              entry.reverses_id, line_values)
        day = entry.entry_date.isoformat()
        entry_rows.append((number, day, memo, entry.source, entry.source_ref, entry.reverses_id,
                           session.user_id, clock.now_iso(), digest))
        pending.append((entry, number, day, memo, digest, accounts, line_values))
    raw = conn.connection()
    raw.executemany(_ENTRY_INSERT, entry_rows)
    ids = {number: entry_id for entry_id, number in conn.execute_sql(
        "SELECT id, number FROM journal_entry WHERE id > ?", (before,))}
    entry_ids = [ids[row[0]] for row in entry_rows]
    raw.executemany(_LINE_INSERT, [
        (entry_id, day, accounts[code], debit, credit, kind, pid, line_memo)
        for entry_id, (_, _, day, _, _, accounts, line_values) in zip(entry_ids, pending)
        for code, debit, credit, kind, pid, line_memo in line_values])
    audit.record_many(session, [
        ("journal.post" if entry.reverses_id is None else "journal.reverse", "journal_entry",
         entry_id, None,
         {"number": number, "date": day, "memo": memo, "source": entry.source,
          "source_ref": entry.source_ref, "reverses_id": entry.reverses_id, "digest": digest,
          "lines": [list(v) for v in line_values]})
        for entry_id, (entry, number, day, memo, digest, _, line_values)
        in zip(entry_ids, pending)])
    return entry_ids


def entry_digest(number: str, entry_date: dt.date | str, memo: str, source: str,
                 source_ref: str | None, reverses_id: int | None, line_values) -> str:
    """Fingerprint of an entry and its lines; `check` recomputes it from the
    stored rows to find lines altered behind the program's back."""
    date_text = entry_date if isinstance(entry_date, str) else entry_date.isoformat()
    payload = canonical([number, date_text, memo, source, source_ref, reverses_id,
                         [list(v) for v in line_values]])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _check_memo(memo: str) -> str:
    memo = (memo or "").strip()
    if not memo:
        raise ValidationError("journal.memo_empty", field="memo")
    if len(memo) > MAX_MEMO:
        raise ValidationError("journal.memo_long", field="memo", maximum=MAX_MEMO)
    return memo


def _known_accounts(codes) -> dict[str, tuple[int, bool]]:
    """code -> (id, active) for those of ``codes`` that exist."""
    codes = list(codes)
    if not codes:
        return {}
    marks = ", ".join("?" * len(codes))
    return {code: (acc_id, bool(active)) for acc_id, code, active in db.current_database()
            .execute_sql(f"SELECT id, code, active FROM account WHERE code IN ({marks})", codes)}


def _check_lines(lines: Sequence[LineInput],
                 known: dict[str, tuple[int, bool]] | None = None) -> dict[str, int]:
    """Check the lines; returns code -> account id. ``known`` is what
    ``_known_accounts`` found for (at least) these lines' codes."""
    if len(lines) < 2:
        raise ValidationError("journal.too_few_lines", field="lines")
    total_debit = total_credit = 0
    for index, line in enumerate(lines, start=1):
        for amount in (line.debit, line.credit):
            if not isinstance(amount, int) or isinstance(amount, bool):
                raise ValidationError("journal.amount_not_integer", field="lines", line=index)
            if amount < 0:
                raise ValidationError("journal.amount_negative", field="lines", line=index)
            if amount > MAX_AMOUNT:
                raise ValidationError("journal.amount_too_large", field="lines", line=index)
        if (line.debit == 0) == (line.credit == 0):
            raise ValidationError("journal.one_side", field="lines", line=index)
        if (line.party_kind is None) != (line.party_id is None):
            raise ValidationError("journal.party_incomplete", field="lines", line=index)
        total_debit += line.debit
        total_credit += line.credit
    if total_debit != total_credit:
        from sekretariat.money import format_rupiah

        raise ValidationError("journal.unbalanced", field="lines", debit=format_rupiah(total_debit),
                              credit=format_rupiah(total_credit))
    codes = {line.account for line in lines}
    found = _known_accounts(codes) if known is None else known
    for code in sorted(codes):
        if code not in found:
            raise ValidationError("journal.unknown_account", field="lines", code=code)
        if not found[code][1]:
            raise ValidationError("journal.inactive_account", field="lines", code=code)
    return {code: found[code][0] for code in codes}


# --- reversal --------------------------------------------------------------

def reverse_entry(session: Session, entry_id: int, reason: str,
                  reversal_date: dt.date | None = None) -> PostedEntry:
    """Undo a posted entry with its mirror image, dated ``reversal_date``
    (today by default; it must be an open day, the original need not be). An entry is reversed at most once; a reversal is not
    itself reversed (post a new entry instead)."""
    require(session, "journal.reverse")
    with writing():
        new_id = reverse_in_transaction(session, entry_id, reason, reversal_date)
    return get_entry(session, new_id, check_permission=False)


def reverse_in_transaction(session: Session, entry_id: int, reason: str,
                           reversal_date: dt.date | None = None, *,
                           source: str | None = None, source_ref: str | None = None,
                           memo: str | None = None) -> int:
    """Post the mirror image of ``entry_id``; ``memo`` replaces the standard
    "Reversal of JU/…: reason" text (the demo keeps its books in Indonesian)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("journal.reason_empty", field="reason")
    original = _load(entry_id)
    if original.reverses_id is not None:
        raise Conflict("journal.reverse_of_reversal", number=original.number)
    if original.reversed_by_id is not None:
        raise Conflict("journal.already_reversed", number=original.number)
    when = reversal_date or clock.today()
    if when < original.entry_date:
        raise ValidationError("journal.reversal_before_original", field="reversal_date")
    # The original may be in a closed day; post_in_transaction checks ``when`` is open.
    lines = [LineInput(line.account_code, debit=line.credit, credit=line.debit, memo=line.memo,
                       party_kind=line.party_kind, party_id=line.party_id)
             for line in original.lines]
    memo = memo or _reversal_memo(original.number, reason)
    return post_in_transaction(session, when, memo, lines, source=source or original.source,
                               source_ref=source_ref or original.source_ref,
                               reverses_id=original.id)


def _reversal_memo(number: str, reason: str) -> str:
    from sekretariat.i18n import t

    return t("journal.reversal_memo", number=number, reason=reason)[:MAX_MEMO]
