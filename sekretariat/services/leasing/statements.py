"""A trader's account: the statement, arrears ageing, a summary.

The statement is a view of the journal: the lines of 1-200 Piutang Pedagang
for the trader (party_kind 'trader'), with the entry's number, its document
number (invoice, receipt, credit note, ...) and memo; so its closing balance
*is* the journal's receivable balance for the trader, by construction.

Ageing works from open invoice amounts on a date (amount - allocations made
by then from payments not voided by then; invoices voided by then left out),
bucketed by days past due (services.leasing.overdue: overdue from the day
after the due date): not yet due (due today included), 1-30, 31-60, 61-90,
over 90. The
candidates come from the trigger-kept ``invoice_open`` table (an invoice can
only be open on a date before its ``open_until``), so today's arrears read
only the invoices open now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import NotFound, ValidationError
from sekretariat.services.leasing import overdue, receivables
from sekretariat.services.leasing.leasing_util import (
    OPEN_ON_SQL,
    PARTY,
    RECEIVABLE,
    as_date,
    one,
    rows,
)
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session

BUCKETS = ("not_due", "d0_30", "d31_60", "d61_90", "d90_plus")
#: The arrears list's columns, in order, for every face of it (TUI and CLI):
#: who, the oldest due date, days late, the overdue buckets, their sum (the
#: arrears) and, apart, what is open but not yet due. Labels: ``arrears.col.*``.
ARREARS_COLUMNS = ("trader", "stalls", "oldest", "days", "d0_30", "d31_60", "d61_90",
                   "d90_plus", "overdue", "not_due")
ARREARS_MONEY = ARREARS_COLUMNS[4:]


@dataclass(frozen=True)
class StatementLine:
    entry_date: dt.date
    entry_number: str  # JU/...
    reference: str  # the document: INV/..., KW/..., NK/..., PD/...
    description: str
    debit: int
    credit: int
    balance: int  # running: + owes, - credit

    @property
    def memo(self) -> str:
        """The description without the document number shown beside it
        ("INV/2026/00012 Sewa A-01 …" -> "Sewa A-01 …", "Pembayaran
        KW/2026/00920 dari …" -> "Pembayaran dari …")."""
        reference, description = self.reference, self.description
        if not reference or reference not in description:
            return description
        before, _, after = description.partition(reference)
        return " ".join(f"{before.strip()} {after.lstrip(' —:-')}".split())


@dataclass(frozen=True)
class TraderStatement:
    trader_id: int
    trader_name: str
    date_from: dt.date
    date_to: dt.date
    opening_balance: int
    lines: tuple[StatementLine, ...]
    total_debit: int
    total_credit: int
    closing_balance: int
    deposit_held: int  # security deposits held for the trader (2-100) on date_to

    def describe(self, line: StatementLine) -> str:
        """A line's description as the trader's own statement shows it:
        without the document number beside it, nor the trader's name."""
        return (line.memo.removesuffix(f", {self.trader_name}")
                .removesuffix(f" dari {self.trader_name}"))


@dataclass(frozen=True)
class Buckets:
    not_due: int = 0
    d0_30: int = 0
    d31_60: int = 0
    d61_90: int = 0
    d90_plus: int = 0

    @property
    def overdue(self) -> int:
        return self.d0_30 + self.d31_60 + self.d61_90 + self.d90_plus

    @property
    def total(self) -> int:
        return self.not_due + self.overdue


@dataclass(frozen=True)
class AgeingRow:
    trader_id: int
    trader_name: str
    stalls: str  # codes of the stalls the open invoices are for
    not_due: int
    d0_30: int
    d31_60: int
    d61_90: int
    d90_plus: int
    oldest_due: dt.date
    days_overdue: int  # days past due of the oldest open invoice (0 or less: not yet due)
    invoices: int  # open invoices

    @property
    def overdue(self) -> int:
        return self.d0_30 + self.d31_60 + self.d61_90 + self.d90_plus

    @property
    def total(self) -> int:
        return self.not_due + self.overdue


@dataclass(frozen=True)
class AgeingReport:
    as_of: dt.date
    rows: tuple[AgeingRow, ...]
    totals: Buckets


@dataclass(frozen=True)
class ArrearsPage:
    as_of: dt.date
    rows: tuple[AgeingRow, ...]
    has_more: bool
    totals: Buckets  # of the whole market, all pages
    traders: int  # traders in arrears, all pages


@dataclass(frozen=True)
class TraderAccount:
    trader_id: int
    trader_name: str
    status: str
    as_of: dt.date
    balance: int  # journal 1-200: + owes, - credit
    open_invoices: int
    buckets: Buckets
    credit: int  # unapplied credit
    deposit_held: int
    leases_in_force: tuple[str, ...]  # agreement numbers
    refunds_owed: int = 0  # open refund invoices (not arrears)

    @property
    def reconciles(self) -> bool:
        """Ageing total + refunds owed - credit = the 1-200 balance."""
        return self.buckets.total + self.refunds_owed - self.credit == self.balance


# --- statement ---------------------------------------------------------------

STATEMENT_SQL = (
    # the reference is the document: the invoice posted by the entry (a goods
    # invoice shares its entry with the stock issue, whose number is the
    # entry's source_ref), else the entry's own reference (KW/..., NK/...)
    "SELECT l.entry_date, e.number, coalesce((SELECT i.number FROM invoice i"
    " WHERE i.journal_entry_id = e.id), e.source_ref, ''), e.memo, l.debit, l.credit"
    " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
    " WHERE l.party_kind = ? AND l.party_id = ? AND l.account_id = ?"
    " AND l.entry_date BETWEEN ? AND ? ORDER BY l.entry_date, l.entry_id, l.id")


def trader_statement(session: Session, trader_id: int, date_from: dt.date | None,
                     date_to: dt.date) -> TraderStatement:
    """Opening balance, every receivable line in the range with a running
    balance, and the closing balance. ``date_from=None``: the whole history,
    from the trader's first entry (or the day they joined, if earlier)."""
    require(session, "receivables.view")
    trader = one("SELECT name, joined_date FROM trader WHERE id = ?", (trader_id,))
    if trader is None:
        raise NotFound("trader.not_found", field="trader")
    account = receivables.account_id(RECEIVABLE)
    if date_from is None:
        first = one("SELECT min(entry_date) FROM journal_line WHERE party_kind = ?"
                    " AND party_id = ? AND account_id = ?", (PARTY, trader_id, account))[0]
        date_from = min(as_date(trader[1]), as_date(first)) if first else as_date(trader[1])
        date_from = min(date_from, date_to)
    if date_to < date_from:
        raise ValidationError("statement.range_invalid", field="date_to")
    opening = one("SELECT coalesce(sum(debit - credit), 0) FROM journal_line"
                  " WHERE party_kind = ? AND party_id = ? AND account_id = ? AND entry_date < ?",
                  (PARTY, trader_id, account, date_from.isoformat()))[0]
    running = opening
    lines = []
    total_debit = total_credit = 0
    for entry_date, number, reference, memo, debit, credit in rows(
            STATEMENT_SQL, (PARTY, trader_id, account, date_from.isoformat(),
                            date_to.isoformat())):
        running += debit - credit
        total_debit += debit
        total_credit += credit
        lines.append(StatementLine(as_date(entry_date), number, reference, memo, debit, credit,
                                   running))
    return TraderStatement(trader_id, trader[0], date_from, date_to, opening, tuple(lines),
                           total_debit, total_credit, running,
                           receivables.deposit_held_by_trader(trader_id, date_to))


# --- ageing ------------------------------------------------------------------

_AGEING = (
    "SELECT c.trader_id, t.name, group_concat(DISTINCT s.code),"
    + ",".join(f" sum(CASE WHEN {overdue.bucket_sql(name)} THEN open_amount ELSE 0 END)"
               for name in BUCKETS) + ","
    " min(c.due_date), max(d), count(*)"
    f" FROM (SELECT *, {overdue.age_sql()} AS d FROM open_on"
    "       WHERE open_amount > 0) c JOIN trader t ON t.id = c.trader_id"
    " LEFT JOIN stall s ON s.id = c.stall_id"
    " GROUP BY c.trader_id")


def _ageing_rows(as_of: dt.date, trader_id: int | None = None, *,
                 overdue_only: bool = False) -> list[AgeingRow]:
    where = "AND o.trader_id = :trader" if trader_id is not None else ""
    sql = ("WITH open_on AS MATERIALIZED (" + OPEN_ON_SQL.format(where=where) + ") "
           + _AGEING + (f" HAVING max({overdue.overdue_sql('c.due_date')})" if overdue_only else ""))
    return [AgeingRow(r[0], r[1], ", ".join(sorted((r[2] or "").split(",")) if r[2] else []),
                      r[3], r[4], r[5], r[6], r[7], as_date(r[8]), r[9], r[10])
            for r in rows(sql, {"day": as_of.isoformat(), "trader": trader_id})]


def ageing(session: Session, as_of: dt.date | None = None, *,
           trader_id: int | None = None) -> AgeingReport:
    """Open amounts per trader (or one trader) in the five buckets, and the
    market's totals, as of a date."""
    require(session, "receivables.view")
    as_of = as_of or clock.today()
    found = sorted(_ageing_rows(as_of, trader_id), key=lambda r: r.trader_name.lower())
    return AgeingReport(as_of, tuple(found), _totals(found))


def list_arrears(session: Session, as_of: dt.date | None = None, *, limit: int = 100,
                 offset: int = 0) -> ArrearsPage:
    """Traders with overdue amounts, longest overdue first, a page at a time."""
    require(session, "receivables.view")
    as_of = as_of or clock.today()
    found = _ageing_rows(as_of, overdue_only=True)
    found.sort(key=lambda r: (-r.days_overdue, -r.overdue, r.trader_name.lower()))
    return ArrearsPage(as_of, tuple(found[offset:offset + limit]),
                       len(found) > offset + limit, _totals(found), len(found))


def _totals(found: list[AgeingRow]) -> Buckets:
    return Buckets(*(sum(getattr(r, name) for r in found) for name in BUCKETS))


# --- the account at a glance -------------------------------------------------

def account_summary(session: Session, trader_id: int,
                    as_of: dt.date | None = None) -> TraderAccount:
    require(session, "receivables.view")
    as_of = as_of or clock.today()
    trader = one("SELECT name, status FROM trader WHERE id = ?", (trader_id,))
    if trader is None:
        raise NotFound("trader.not_found", field="trader")
    found = _ageing_rows(as_of, trader_id)
    buckets = _totals(found)
    leases = tuple(r[0] for r in rows(
        "SELECT agreement_number FROM lease WHERE trader_id = ? AND status <> 'cancelled'"
        " AND start_date <= ? AND coalesce(ended_on, end_date) >= ? ORDER BY agreement_number",
        (trader_id, as_of.isoformat(), as_of.isoformat())))
    return TraderAccount(trader_id, trader[0], trader[1], as_of,
                         receivables.balance(trader_id, as_of),
                         sum(r.invoices for r in found), buckets,
                         receivables.credit_total(trader_id, as_of),
                         receivables.deposit_held_by_trader(trader_id, as_of), leases,
                         receivables.refunds_owed(trader_id, as_of))
