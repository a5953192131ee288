"""The cash book (buku kas): every movement of 1-100 Kas or 1-110 Bank in date
order with its running balance, for a period, optionally of one source.

It is a view of the journal, not a tally of its own: each row is a journal
line on the account, the running balance continues from the balance at the
start of the period (``balance.balance_at_end_of``), and the totals are SQL
aggregates. Sources are the journal entries' ``source`` names (``payment``,
``deposit``, ``fee_collection``, ``cash.expense``, ``parking`` …), so a new
area's cash shows up here without this module knowing it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import db
from sekretariat.errors import ValidationError
from sekretariat.i18n import has, t
from sekretariat.services.cash.balance import CASH_ACCOUNTS, balance_at_end_of
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session

PAGE_SIZE = 100


def source_label(source: str) -> str:
    """What a source is called on screen and paper (its own name when the
    catalog does not know it yet)."""
    key = f"cash.source.{source}"
    return t(key) if has(key) else source


@dataclass(frozen=True)
class BookRow:
    entry_id: int
    number: str
    entry_date: dt.date
    source: str
    source_ref: str | None
    memo: str
    money_in: int
    money_out: int
    balance: int           # the account's balance after this row (all sources)


@dataclass(frozen=True)
class SourceTotal:
    source: str
    label: str
    money_in: int
    money_out: int


@dataclass(frozen=True)
class CashBookPage:
    account: str
    first: dt.date
    last: dt.date
    source: str | None
    opening: int               # the account's balance at the start of ``first``
    closing: int               # ... at the end of ``last``
    total_in: int              # of the rows shown by the filter (all pages)
    total_out: int
    row_count: int             # rows in the filter (all pages)
    page: int
    page_size: int
    rows: tuple[BookRow, ...]

    @property
    def pages(self) -> int:
        return max(1, -(-self.row_count // self.page_size))


def cash_book(session: Session, first: dt.date, last: dt.date, *, account: str = "1-100",
              source: str | None = None, page: int = 1,
              page_size: int = PAGE_SIZE) -> CashBookPage:
    require(session, "cash.view")
    if account not in CASH_ACCOUNTS:
        raise ValidationError("cash.not_cash_account", field="account", code=account)
    if last < first:
        raise ValidationError("cash.period_reversed", field="last")
    page = max(1, int(page))
    conn = db.current_database()
    opening = balance_at_end_of(account, first - dt.timedelta(days=1))
    params = [account, first.isoformat(), last.isoformat()]
    where = ""
    if source:
        where = " WHERE source = ?"
    filter_params = [source] if source else []
    count, total_in, total_out = conn.execute_sql(
        f"SELECT count(*), coalesce(sum(debit), 0), coalesce(sum(credit), 0)"
        f" FROM ({_LINES}){where}", [*params, *filter_params]).fetchone()
    running = ("SELECT entry_id, number, entry_date, source, source_ref, memo, debit, credit,"
               " ? + sum(debit - credit) OVER (ORDER BY entry_date, entry_id, line_id) AS balance"
               f" FROM ({_LINES})")
    # the balance runs over every source; a filter picks rows after it is computed
    query = (f"SELECT * FROM ({running}) WHERE source = ?" if source else running)
    rows = conn.execute_sql(
        f"{query} ORDER BY entry_date, entry_id LIMIT ? OFFSET ?",
        [opening, *params, *filter_params, page_size, (page - 1) * page_size]).fetchall()
    closing = balance_at_end_of(account, last)
    return CashBookPage(account, first, last, source or None, opening, closing, total_in,
                        total_out, count, page, page_size, tuple(
                            BookRow(r[0], r[1], dt.date.fromisoformat(r[2]), r[3], r[4], r[5],
                                    r[6], r[7], r[8]) for r in rows))


_LINES = ("SELECT l.id AS line_id, e.id AS entry_id, e.number, l.entry_date, e.source,"
          " e.source_ref, e.memo, l.debit, l.credit FROM journal_line l"
          " JOIN journal_entry e ON e.id = l.entry_id"
          " WHERE l.account_id = (SELECT id FROM account WHERE code = ?)"
          " AND l.entry_date BETWEEN ? AND ?")


def totals_by_source(account: str, first: dt.date, last: dt.date) -> list[SourceTotal]:
    """Money in and out of ``account`` per source over a period (SQL aggregate),
    largest movement first. No permission test: the close and the book call it."""
    return [SourceTotal(src, source_label(src), money_in, money_out)
            for src, money_in, money_out in db.current_database().execute_sql(
                "SELECT e.source, sum(l.debit), sum(l.credit) FROM journal_line l"
                " JOIN journal_entry e ON e.id = l.entry_id"
                " WHERE l.account_id = (SELECT id FROM account WHERE code = ?)"
                " AND l.entry_date BETWEEN ? AND ? GROUP BY e.source"
                " ORDER BY sum(l.debit) + sum(l.credit) DESC, e.source",
                (account, first.isoformat(), last.isoformat()))]


def sources_in_use() -> list[tuple[str, str]]:
    """(source, label) of every source the journal has, for a filter."""
    return [(src, source_label(src)) for src, in db.current_database().execute_sql(
        "SELECT DISTINCT source FROM journal_entry ORDER BY source")]
