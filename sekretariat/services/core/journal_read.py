"""Reading the journal: one entry, pages of entries, the chart of accounts,
the trial balance and account balances (SQL aggregates over the lines)."""

from __future__ import annotations

import datetime as dt

from sekretariat import clock, db
from sekretariat.errors import NotFound
from sekretariat.i18n import get_language
from sekretariat.models import JournalEntry
from sekretariat.services.core.journal_types import (
    SUBLEDGER_ACCOUNTS,
    AccountInfo,
    BalanceRow,
    EntryPage,
    EntrySummary,
    PostedEntry,
    PostedLine,
    TrialBalance,
)
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session


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
