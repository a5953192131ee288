"""The double-entry journal: the one source of truth for money.

Every module posts through ``post_in_transaction`` (inside its own write) or
``post_entry`` (a manual entry); a batch job posting many entries at once (the
monthly billing run) uses ``post_many_in_transaction``, which writes exactly
the rows a loop of ``post_in_transaction`` would, with one statement per
table. Entries are append-only; a mistake is undone by ``reverse_entry``,
which posts the mirror image and links it to the original (once). Balances
come from SQL aggregates over the lines.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from sekretariat import clock, db
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n import get_language
from sekretariat.models import Account, JournalEntry, JournalLine
from sekretariat.money import MAX_AMOUNT
from sekretariat.services.core import audit, days, numbering
from sekretariat.services.core.audit import canonical
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

ACCOUNT_TYPES = ("asset", "liability", "equity", "income", "expense")
DEBIT_NORMAL = frozenset({"asset", "expense"})
#: Accounts kept by their own documents (invoices, receipts, deposits): a
#: manual entry may not touch them, or the statement would stop matching.
SUBLEDGER_ACCOUNTS = frozenset({"1-200", "2-100"})
MAX_MEMO = 500


@dataclass(frozen=True)
class LineInput:
    """One side of an entry: an account code and either a debit or a credit."""

    account: str
    debit: int = 0
    credit: int = 0
    memo: str = ""
    party_kind: str | None = None
    party_id: int | None = None


@dataclass(frozen=True)
class EntryInput:
    """One entry for ``post_many_in_transaction`` (the arguments of ``post_in_transaction``)."""

    entry_date: dt.date
    memo: str
    lines: Sequence[LineInput]
    source: str = "manual"
    source_ref: str | None = None
    reverses_id: int | None = None


@dataclass(frozen=True)
class PostedLine:
    account_code: str
    account_name: str
    debit: int
    credit: int
    memo: str
    party_kind: str | None
    party_id: int | None


@dataclass(frozen=True)
class PostedEntry:
    id: int
    number: str
    entry_date: dt.date
    memo: str
    source: str
    source_ref: str | None
    reverses_id: int | None
    reversed_by_id: int | None
    created_by: str
    created_at: str
    lines: tuple[PostedLine, ...]

    @property
    def total(self) -> int:
        return sum(line.debit for line in self.lines)


@dataclass(frozen=True)
class AccountInfo:
    id: int
    code: str
    name: str
    type: str
    active: bool


@dataclass(frozen=True)
class BalanceRow:
    code: str
    name: str
    type: str
    debit: int
    credit: int

    @property
    def balance(self) -> int:
        """Debit minus credit: positive for a normal asset/expense balance."""
        return self.debit - self.credit


@dataclass(frozen=True)
class TrialBalance:
    as_of: dt.date
    rows: tuple[BalanceRow, ...]
    total_debit: int
    total_credit: int

    @property
    def balanced(self) -> bool:
        return self.total_debit == self.total_credit


@dataclass(frozen=True)
class EntrySummary:
    id: int
    number: str
    entry_date: dt.date
    memo: str
    source: str
    total: int
    created_by: str
    reverses_id: int | None
    reversed_by_id: int | None


@dataclass(frozen=True)
class EntryPage:
    rows: tuple[EntrySummary, ...]
    has_more: bool


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
    entry_id = JournalEntry.insert(
        number=number, entry_date=entry_date, memo=memo, source=source, source_ref=source_ref,
        reverses=reverses_id, created_by=session.user_id, created_at=clock.now_iso(),
        digest=digest).execute()
    JournalLine.insert_many(
        [(entry_id, entry_date, accounts[code], debit, credit, kind, pid, line_memo)
         for code, debit, credit, kind, pid, line_memo in line_values],
        fields=[JournalLine.entry, JournalLine.entry_date, JournalLine.account,
                JournalLine.debit, JournalLine.credit, JournalLine.party_kind,
                JournalLine.party_id, JournalLine.memo]).execute()
    audit.record(session, "journal.post" if reverses_id is None else "journal.reverse",
                 "journal_entry", entry_id, None,
                 {"number": number, "date": entry_date.isoformat(), "memo": memo,
                  "source": source, "source_ref": source_ref, "reverses_id": reverses_id,
                  "digest": digest, "lines": [list(v) for v in line_values]})
    return entry_id


_ENTRY_INSERT = ("INSERT INTO journal_entry (number, entry_date, memo, source, source_ref,"
                 " reverses_id, created_by, created_at, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_LINE_INSERT = ("INSERT INTO journal_line (entry_id, entry_date, account_id, debit, credit,"
                " party_kind, party_id, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


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
    return {code: (acc_id, active) for acc_id, code, active in
            Account.select(Account.id, Account.code, Account.active)
            .where(Account.code.in_(list(codes))).tuples()}


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


# --- reading ---------------------------------------------------------------

def get_entry(session: Session, entry_id: int, *, check_permission: bool = True) -> PostedEntry:
    if check_permission:
        require(session, "journal.view")
    return _load(entry_id)


def find_entry(session: Session, number: str) -> PostedEntry:
    require(session, "journal.view")
    row = JournalEntry.select(JournalEntry.id).where(JournalEntry.number == number.strip()).first()
    if row is None:
        raise NotFound("journal.not_found", number=number)
    return _load(row.id)


def _load(entry_id: int) -> PostedEntry:
    conn = db.current_database()
    row = conn.execute_sql(
        "SELECT e.id, e.number, e.entry_date, e.memo, e.source, e.source_ref, e.reverses_id,"
        " (SELECT r.id FROM journal_entry r WHERE r.reverses_id = e.id), u.username,"
        " e.created_at FROM journal_entry e JOIN app_user u ON u.id = e.created_by"
        " WHERE e.id = ?", (entry_id,)).fetchone()
    if row is None:
        raise NotFound("journal.not_found", number=str(entry_id))
    name_col = _name_column()
    lines = tuple(PostedLine(*r) for r in conn.execute_sql(
        f"SELECT a.code, a.{name_col}, l.debit, l.credit, l.memo, l.party_kind, l.party_id"
        " FROM journal_line l JOIN account a ON a.id = l.account_id"
        " WHERE l.entry_id = ? ORDER BY l.id", (entry_id,)))
    values = list(row)
    values[2] = dt.date.fromisoformat(values[2])
    return PostedEntry(*values, lines=lines)


def list_entries(session: Session, *, date_from: dt.date | None = None,
                 date_to: dt.date | None = None, text: str | None = None,
                 before: tuple[str, int] | None = None, limit: int = 100) -> EntryPage:
    """Newest first, a page at a time; ``before`` = (date, id) of the last row shown."""
    require(session, "journal.view")
    where, params = ["1=1"], []
    if date_from:
        where.append("e.entry_date >= ?")
        params.append(date_from.isoformat())
    if date_to:
        where.append("e.entry_date <= ?")
        params.append(date_to.isoformat())
    if text:
        where.append("(e.memo LIKE ? OR e.number LIKE ? OR e.source_ref LIKE ?)")
        like = f"%{text.strip()}%"
        params += [like, like, like]
    if before:
        where.append("(e.entry_date < ? OR (e.entry_date = ? AND e.id < ?))")
        params += [before[0], before[0], before[1]]
    sql = ("SELECT e.id, e.number, e.entry_date, e.memo, e.source,"
           " (SELECT SUM(debit) FROM journal_line l WHERE l.entry_id = e.id), u.username,"
           " e.reverses_id, (SELECT r.id FROM journal_entry r WHERE r.reverses_id = e.id)"
           " FROM journal_entry e JOIN app_user u ON u.id = e.created_by"
           f" WHERE {' AND '.join(where)} ORDER BY e.entry_date DESC, e.id DESC LIMIT ?")
    rows = list(db.current_database().execute_sql(sql, (*params, limit + 1)))
    summaries = tuple(EntrySummary(r[0], r[1], dt.date.fromisoformat(r[2]), *r[3:])
                      for r in rows[:limit])
    return EntryPage(summaries, len(rows) > limit)


def list_accounts(session: Session | None = None, *,
                  manual_entry: bool = False) -> list[AccountInfo]:
    """The chart of accounts; ``manual_entry`` leaves out inactive accounts and
    those kept only by their own documents (1-200, 2-100)."""
    name_col = _name_column()
    accounts = [AccountInfo(*r) for r in db.current_database().execute_sql(
        f"SELECT id, code, {name_col}, type, active FROM account ORDER BY code")]
    if manual_entry:
        accounts = [a for a in accounts if a.active and a.code not in SUBLEDGER_ACCOUNTS]
    return accounts


#: The trial balance query; bench/ runs the same SQL through plain sqlite3.
TRIAL_BALANCE_SQL = (
    "SELECT a.code, a.{name}, a.type, COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0)"
    " FROM account a LEFT JOIN journal_line l"
    " ON l.account_id = a.id AND l.entry_date <= ?"
    " GROUP BY a.id ORDER BY a.code")


def trial_balance(session: Session, as_of: dt.date | None = None) -> TrialBalance:
    """Debit and credit totals per account up to and including ``as_of``."""
    require(session, "journal.view")
    as_of = as_of or clock.today()
    rows = tuple(BalanceRow(*r) for r in db.current_database().execute_sql(
        TRIAL_BALANCE_SQL.format(name=_name_column()), (as_of.isoformat(),)))
    return TrialBalance(as_of, rows, sum(r.debit for r in rows), sum(r.credit for r in rows))


def account_balance(session: Session, code: str, as_of: dt.date | None = None, *,
                    party_kind: str | None = None, party_id: int | None = None) -> int:
    """Debit minus credit on one account up to ``as_of`` (optionally one party's)."""
    require(session, "journal.view")
    return account_balance_unchecked(code, as_of, party_kind=party_kind, party_id=party_id)


def account_balance_unchecked(code: str, as_of: dt.date | None = None, *,
                              party_kind: str | None = None, party_id: int | None = None) -> int:
    """For other services that have already checked their own permission."""
    as_of = as_of or clock.today()
    sql = ("SELECT COALESCE(SUM(l.debit - l.credit), 0) FROM journal_line l"
           " WHERE l.account_id = (SELECT id FROM account WHERE code = ?) AND l.entry_date <= ?")
    params: list = [code, as_of.isoformat()]
    if party_kind is not None:
        sql += " AND l.party_kind = ? AND l.party_id = ?"
        params += [party_kind, party_id]
    exists = db.current_database().execute_sql(
        "SELECT 1 FROM account WHERE code = ?", (code,)).fetchone()
    if not exists:
        raise NotFound("journal.unknown_account", code=code)
    return db.current_database().execute_sql(sql, params).fetchone()[0]


def _name_column() -> str:
    return "name_en" if get_language() == "en" else "name_id"
