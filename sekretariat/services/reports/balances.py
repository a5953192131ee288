"""Where every figure of the financial statements comes from: the journal.

* ``movements(first, last)``: per account of the chart, the debit and credit
  totals of its lines dated ``first`` .. ``last`` (``first=None``: since the
  books began, i.e. the balance at the end of ``last``). ONE ``GROUP BY``
  over ``journal_line`` joined to ``account``, read through the
  ``journal_line_account_date (account_id, entry_date, debit, credit)``
  covering index: one range search per account, never a table scan. Every
  account of the chart is in the answer (zero when it did not move), so an
  account added later shows up without this module knowing it.
* ``cash_flows(first, last)``: what moved in and out of Kas and setara kas
  (``CASH_ACCOUNTS``) per journal entry, summed per entry ``source``. An
  entry's net effect on the cash accounts together is what counts, so a
  transfer between the drawer and the bank nets out (its amount is reported
  apart); a reversal lowers the flow of its original's direction instead of
  showing as a flow the other way.
* ``snapshot()``: one read transaction, so statements built from several
  queries see one state of the books (as ``check`` does); inside it the
  same span's totals are read once (the position, the cash summary and the
  notes all want the balances at the period's end).

Money is whole Rupiah; natural signs: assets and expenses debit - credit,
liabilities, equity and income credit - debit.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sekretariat import db
from sekretariat.services.cash.balance import CASH_ACCOUNTS
from sekretariat.services.core.journal_types import DEBIT_NORMAL
from sekretariat.i18n import get_language

#: Before every real day ("since the books began").
_BEGINNING = "0000-01-01"
#: The totals already read in the current snapshot (None: not in one).
_READ: contextvars.ContextVar[dict | None] = contextvars.ContextVar("report_totals",
                                                                    default=None)

#: THE query for account figures over a span of days.
MOVEMENTS_SQL = (
    "SELECT a.code, a.name_id, a.name_en, a.type, a.active,"
    " COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0), COUNT(l.id)"
    " FROM account a LEFT JOIN journal_line l"
    " ON l.account_id = a.id AND l.entry_date BETWEEN ? AND ?"
    " GROUP BY a.id ORDER BY a.code")

#: Per entry touching the cash accounts in the span: its net effect on them
#: (debits - credits) and the part moved between them (a transfer), grouped
#: by the entry's source and whether it is a reversal.
CASH_FLOWS_SQL = (
    "SELECT e.source, e.reverses_id IS NOT NULL,"
    " SUM(CASE WHEN n.net > 0 THEN n.net ELSE 0 END),"
    " SUM(CASE WHEN n.net < 0 THEN -n.net ELSE 0 END),"
    " SUM(n.moved), COUNT(*)"
    " FROM (SELECT l.entry_id, SUM(l.debit) - SUM(l.credit) AS net,"
    "       MIN(SUM(l.debit), SUM(l.credit)) AS moved"
    "       FROM journal_line l"
    "       WHERE l.account_id IN (SELECT id FROM account WHERE code IN ({codes}))"
    "       AND l.entry_date BETWEEN ? AND ? GROUP BY l.entry_id) n"
    " JOIN journal_entry e ON e.id = n.entry_id"
    " GROUP BY e.source, e.reverses_id IS NOT NULL ORDER BY e.source")


@dataclass(frozen=True)
class AccountTotal:
    code: str
    name: str
    type: str              # asset | liability | equity | income | expense
    active: bool
    debit: int
    credit: int
    lines: int             # journal lines counted

    @property
    def amount(self) -> int:
        """The natural-sign figure: debit - credit for assets and expenses,
        credit - debit for the others."""
        if self.type in DEBIT_NORMAL:
            return self.debit - self.credit
        return self.credit - self.debit


@dataclass(frozen=True)
class SourceFlow:
    source: str
    money_in: int          # received, less reversals of receipts
    money_out: int         # paid out, less reversals of payments
    transfers: int         # moved between the cash accounts (netted out)
    entries: int


def movements(first: dt.date | None, last: dt.date) -> dict[str, AccountTotal]:
    """Every account with its debit and credit totals from ``first`` to
    ``last`` inclusive (``first=None``: up to and including ``last``)."""
    english = get_language() == "en"
    start = _BEGINNING if first is None else first.isoformat()
    read, key = _READ.get(), (start, last.isoformat(), english)
    if read is not None and key in read:
        return dict(read[key])
    found = {}
    for code, name_id, name_en, kind, active, debit, credit, count in \
            db.current_database().execute_sql(MOVEMENTS_SQL, key[:2]):
        found[code] = AccountTotal(code, name_en if english else name_id, kind, bool(active),
                                   debit, credit, count)
    if read is not None:
        read[key] = dict(found)
    return found


def balances(as_of: dt.date) -> dict[str, AccountTotal]:
    """Every account's totals up to and including ``as_of`` (its balance)."""
    return movements(None, as_of)


def cash_flows(first: dt.date, last: dt.date) -> list[SourceFlow]:
    """Money in and out of Kas and setara kas per source over a span of days."""
    codes = ", ".join("?" for _ in CASH_ACCOUNTS)
    totals: dict[str, list[int]] = {}
    for source, reversal, positive, negative, moved, count in db.current_database().execute_sql(
            CASH_FLOWS_SQL.format(codes=codes),
            (*CASH_ACCOUNTS, first.isoformat(), last.isoformat())):
        money = totals.setdefault(source, [0, 0, 0, 0])
        if reversal:
            # a reversal undoes its original: a receipt reversed is money in
            # that did not come (net < 0), a payment reversed money out (net > 0)
            money[0] -= negative
            money[1] -= positive
        else:
            money[0] += positive
            money[1] += negative
        money[2] += moved
        money[3] += count
    return [SourceFlow(source, *values) for source, values in sorted(totals.items())]


@contextlib.contextmanager
def snapshot() -> Iterator[None]:
    """One read transaction for several queries (in WAL mode the first
    SELECT fixes what they all see); inside a caller's transaction it simply
    reads in that one."""
    conn = db.current_database()
    if conn.in_transaction():
        yield
        return
    token = _READ.set({})
    try:
        with conn.transaction(lock_type="DEFERRED"):
            conn.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
            yield
    finally:
        _READ.reset(token)
