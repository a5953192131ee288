"""The traders' subledger behind journal account 1-200 Piutang Pedagang.

Debits to a trader (invoices: rent, late fees, unpaid daily fees, refunds of
a credit balance) are settled by credits (payments, deposit set-offs, credit
notes) through ``invoice_allocation`` rows. An allocation counts while neither
its invoice nor its payment is voided. Database triggers keep two derived
tables, ``invoice_open`` and ``credit_open``, so that arrears read a handful
of rows; their CHECKs make over-allocation impossible.

Rules kept here, for every writer:

* credits are applied to open invoices **oldest due first** (``apply_credits``)
  whenever either side changes, so a trader never has both an unapplied credit
  and an open invoice; overpayment stays as credit until something is billed;
* an allocation is dated ``max(operation date, invoice issue date, credit date)``,
  which is always an open day because the operation date is;
* by construction, for every trader:
  journal balance of 1-200 = sum of open invoice amounts - sum of open credits.
  ``verify`` recomputes all of it from the documents (the ``check.receivables``
  rule of ``sekretariat check``, in ``check_rules``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.models import InvoiceAllocation
from sekretariat.services.core import journal
from sekretariat.services.core.journal import LineInput
from sekretariat.services.leasing.leasing_util import (
    DEPOSITS,
    PARTY,
    RECEIVABLE,
    as_date,
    one,
    rows,
    scalar,
)
from sekretariat.services.core.session import Session


# --- posting helpers ---------------------------------------------------------

def party_line(account: str, trader_id: int, *, debit: int = 0, credit: int = 0,
               memo: str = "") -> LineInput:
    return LineInput(account, debit=debit, credit=credit, memo=memo, party_kind=PARTY,
                     party_id=trader_id)


def post(session: Session, when: dt.date, memo: str, lines: Sequence[LineInput], *,
         source: str, ref: str) -> int:
    """Post inside the caller's write transaction; returns the entry id."""
    return journal.post_in_transaction(session, when, memo, lines, source=source, source_ref=ref)


# --- allocations -------------------------------------------------------------

@dataclass(frozen=True)
class OpenInvoice:
    id: int
    number: str
    issue_date: dt.date
    due_date: dt.date
    open_amount: int
    lease_id: int | None


@dataclass(frozen=True)
class OpenCredit:
    source: str  # 'payment' | 'credit_note'
    source_id: int
    credit_date: dt.date
    open_amount: int


@dataclass(frozen=True)
class AllocationInfo:
    invoice_id: int
    invoice_number: str
    amount: int


def open_invoices(trader_id: int, *, lease_id: int | None = None) -> list[OpenInvoice]:
    """The trader's open invoices, oldest due first."""
    sql = ("SELECT i.id, i.number, i.issue_date, o.due_date, o.open_amount, i.lease_id"
           " FROM invoice_open o JOIN invoice i ON i.id = o.invoice_id"
           " WHERE o.trader_id = ? AND o.open_amount > 0")
    params: list = [trader_id]
    if lease_id is not None:
        sql += " AND i.lease_id = ?"
        params.append(lease_id)
    sql += " ORDER BY o.due_date, i.id"
    return [OpenInvoice(r[0], r[1], as_date(r[2]), as_date(r[3]), r[4], r[5])
            for r in rows(sql, params)]


def open_credits(trader_id: int) -> list[OpenCredit]:
    return [OpenCredit(r[0], r[1], as_date(r[2]), r[3]) for r in rows(
        "SELECT source, source_id, credit_date, open_amount FROM credit_open"
        " WHERE trader_id = ? AND open_amount > 0 ORDER BY credit_date, source, source_id",
        (trader_id,))]


def open_total(trader_id: int) -> int:
    return scalar("SELECT coalesce(sum(open_amount), 0) FROM invoice_open"
                  " WHERE trader_id = ? AND open_amount > 0", (trader_id,))


def refunds_owed(trader_id: int, as_of: dt.date | None = None) -> int:
    """Open refund invoices: a credit paid back that no credit has settled yet.
    They are no arrears (the ageing leaves them out) but part of 1-200.
    ``as_of``: as they stood at the end of that day (a document's date)."""
    if as_of is not None:
        return scalar(
            "SELECT coalesce(sum(i.amount - coalesce((SELECT sum(a.amount)"
            "  FROM invoice_allocation a LEFT JOIN payment p ON p.id = a.payment_id"
            "  WHERE a.invoice_id = i.id AND a.alloc_date <= :day"
            "  AND (p.id IS NULL OR p.voided_on IS NULL OR p.voided_on > :day)), 0)), 0)"
            " FROM invoice i WHERE i.trader_id = :trader AND i.kind = 'refund'"
            " AND i.issue_date <= :day AND (i.voided_on IS NULL OR i.voided_on > :day)",
            {"trader": trader_id, "day": as_of.isoformat()})
    return scalar("SELECT coalesce(sum(o.open_amount), 0) FROM invoice_open o"
                  " JOIN invoice i ON i.id = o.invoice_id WHERE o.trader_id = ?"
                  " AND o.open_amount > 0 AND i.kind = 'refund'", (trader_id,))


def credit_total(trader_id: int, as_of: dt.date | None = None) -> int:
    """Unapplied credit (payments on account, credit notes); ``as_of``: as it
    stood at the end of that day."""
    if as_of is not None:
        return scalar(
            "SELECT (SELECT coalesce(sum(amount), 0) FROM payment WHERE trader_id = :trader"
            "  AND purpose = 'account' AND paid_on <= :day"
            "  AND (voided_on IS NULL OR voided_on > :day))"
            " + (SELECT coalesce(sum(amount), 0) FROM credit_note WHERE trader_id = :trader"
            "  AND issued_on <= :day)"
            " - (SELECT coalesce(sum(a.amount), 0) FROM invoice_allocation a"
            "  JOIN invoice i ON i.id = a.invoice_id LEFT JOIN payment p ON p.id = a.payment_id"
            "  WHERE i.trader_id = :trader AND a.alloc_date <= :day"
            "  AND (i.voided_on IS NULL OR i.voided_on > :day)"
            "  AND (p.id IS NULL OR p.voided_on IS NULL OR p.voided_on > :day))",
            {"trader": trader_id, "day": as_of.isoformat()})
    return scalar("SELECT coalesce(sum(open_amount), 0) FROM credit_open"
                  " WHERE trader_id = ? AND open_amount > 0", (trader_id,))


def allocate(invoice: OpenInvoice, amount: int, *, op_date: dt.date, credit_date: dt.date,
             payment_id: int | None = None, credit_note_id: int | None = None) -> None:
    """One allocation row (inside the caller's write transaction); the
    triggers move the open amounts."""
    when = max(op_date, invoice.issue_date, credit_date)
    InvoiceAllocation.insert(invoice=invoice.id, payment=payment_id, credit_note=credit_note_id,
                             amount=amount, alloc_date=when, created_at=clock.now_iso()).execute()


def allocate_credit(credit: OpenCredit, invoices: Sequence[OpenInvoice], *,
                    op_date: dt.date) -> list[AllocationInfo]:
    """Spread one credit over ``invoices`` in the order given."""
    left = credit.open_amount
    done: list[AllocationInfo] = []
    for invoice in invoices:
        if left == 0:
            break
        take = min(left, invoice.open_amount)
        if take <= 0:
            continue
        allocate(invoice, take, op_date=op_date, credit_date=credit.credit_date,
                 **_source_kw(credit))
        done.append(AllocationInfo(invoice.id, invoice.number, take))
        left -= take
    return done


def apply_credits(trader_ids: Iterable[int], op_date: dt.date) -> int:
    """Apply every open credit of these traders to their open invoices, oldest
    first on both sides. Returns the amount applied."""
    wanted = set(trader_ids)
    if not wanted:
        return 0
    with_credit = sorted({r[0] for r in rows(
        "SELECT trader_id FROM credit_open INDEXED BY credit_open_trader"
        " WHERE open_amount > 0")} & wanted)
    applied = 0
    for trader_id in with_credit:
        invoices = open_invoices(trader_id)
        if not invoices:
            continue
        remaining = {inv.id: inv.open_amount for inv in invoices}
        for credit in open_credits(trader_id):
            current = [OpenInvoice(i.id, i.number, i.issue_date, i.due_date, remaining[i.id],
                                   i.lease_id) for i in invoices if remaining[i.id] > 0]
            if not current:
                break
            for alloc in allocate_credit(credit, current, op_date=op_date):
                remaining[alloc.invoice_id] -= alloc.amount
                applied += alloc.amount
    return applied


def _source_kw(credit: OpenCredit) -> dict:
    if credit.source == "payment":
        return {"payment_id": credit.source_id}
    return {"credit_note_id": credit.source_id}


# --- balances ----------------------------------------------------------------

def balance(trader_id: int, as_of: dt.date | None = None) -> int:
    """Debit minus credit on 1-200 for the trader: positive = owes, negative = credit."""
    sql = ("SELECT coalesce(sum(debit - credit), 0) FROM journal_line"
           " WHERE party_kind = ? AND party_id = ? AND account_id = ?")
    params: list = [PARTY, trader_id, _account_id(RECEIVABLE)]
    if as_of is not None:
        sql += " AND entry_date <= ?"
        params.append(as_of.isoformat())
    return scalar(sql, params)


def balance_after_entry(trader_id: int, entry_id: int) -> int:
    """The trader's 1-200 balance right after one journal entry, as it stood
    then: every line dated before it, and that day's lines up to that entry
    (a receipt printed again states the same balance as the original)."""
    return scalar("SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_line l"
                  " JOIN journal_entry e ON e.id = ?"
                  " WHERE l.party_kind = ? AND l.party_id = ? AND l.account_id = ?"
                  " AND (l.entry_date < e.entry_date"
                  "  OR (l.entry_date = e.entry_date AND l.entry_id <= e.id))",
                  (entry_id, PARTY, trader_id, _account_id(RECEIVABLE)))


def deposit_held_by_trader(trader_id: int, as_of: dt.date | None = None) -> int:
    """Deposits the market holds for the trader (credit balance of 2-100);
    ``as_of``: at the end of that day (what a document of that date states)."""
    sql = ("SELECT coalesce(sum(debit - credit), 0) FROM journal_line"
           " WHERE party_kind = ? AND party_id = ? AND account_id = ?")
    params: list = [PARTY, trader_id, _account_id(DEPOSITS)]
    if as_of is not None:
        sql += " AND entry_date <= ?"
        params.append(as_of.isoformat())
    return -scalar(sql, params)


_ACCOUNT_IDS: dict[tuple[str, str], int] = {}


def _account_id(code: str) -> int:
    from sekretariat import db

    key = (str(db.current_database().database), code)
    if key not in _ACCOUNT_IDS:
        _ACCOUNT_IDS[key] = scalar("SELECT id FROM account WHERE code = ?", (code,))
    return _ACCOUNT_IDS[key]


def account_id(code: str) -> int:
    return _account_id(code)


# --- verification ------------------------------------------------------------

#: Allocations that count: payment not voided, invoice not voided.
_LIVE = ("SELECT a.invoice_id, a.payment_id, a.credit_note_id, a.amount FROM invoice_allocation a"
         " JOIN invoice ai ON ai.id = a.invoice_id LEFT JOIN payment ap ON ap.id = a.payment_id"
         " WHERE ai.void_entry_id IS NULL AND (a.payment_id IS NULL OR ap.void_entry_id IS NULL)")


def verify() -> tuple[str, ...]:
    """Recompute the open amounts and the subledger from the documents and
    compare with the derived tables and the journal. Returns readable problems.
    Set-based (one pass per table), so it stays quick on ten years of data."""
    from sekretariat.i18n import t
    from sekretariat.money import format_rupiah

    problems: list[str] = []
    mismatch = "receivables.open_mismatch"
    for number, expected, stored in rows(
            f"WITH live AS MATERIALIZED ({_LIVE}),"
            " per_invoice AS (SELECT invoice_id, sum(amount) AS paid FROM live GROUP BY invoice_id)"
            " SELECT i.number, CASE WHEN i.void_entry_id IS NOT NULL THEN 0"
            "  ELSE i.amount - coalesce(x.paid, 0) END AS expected, o.open_amount"
            " FROM invoice i LEFT JOIN per_invoice x ON x.invoice_id = i.id"
            " LEFT JOIN invoice_open o ON o.invoice_id = i.id WHERE o.open_amount IS NOT expected"):
        problems.append(t(mismatch, number=number, expected=format_rupiah(expected),
                          stored=format_rupiah(stored or 0)))
    for number, expected, stored in rows(
            f"WITH live AS MATERIALIZED ({_LIVE}),"
            " per_payment AS (SELECT payment_id, sum(amount) AS used FROM live"
            "  WHERE payment_id IS NOT NULL GROUP BY payment_id),"
            " per_note AS (SELECT credit_note_id, sum(amount) AS used FROM live"
            "  WHERE credit_note_id IS NOT NULL GROUP BY credit_note_id)"
            " SELECT p.receipt_number, CASE WHEN p.void_entry_id IS NOT NULL THEN 0"
            "  ELSE p.amount - coalesce(x.used, 0) END AS expected, c.open_amount"
            " FROM payment p LEFT JOIN per_payment x ON x.payment_id = p.id"
            " LEFT JOIN credit_open c ON c.source = 'payment' AND c.source_id = p.id"
            " WHERE p.purpose = 'account' AND c.open_amount IS NOT expected"
            " UNION ALL"
            " SELECT n.number, n.amount - coalesce(x.used, 0) AS expected, c.open_amount"
            " FROM credit_note n LEFT JOIN per_note x ON x.credit_note_id = n.id"
            " LEFT JOIN credit_open c ON c.source = 'credit_note' AND c.source_id = n.id"
            " WHERE c.open_amount IS NOT expected"):
        problems.append(t(mismatch, number=number, expected=format_rupiah(expected),
                          stored=format_rupiah(stored or 0)))
    for number_col, table in (("number", "invoice"), ("receipt_number", "payment"),
                              ("number", "credit_note")):
        for number, in rows(
                f"SELECT d.{number_col} FROM {table} d WHERE NOT EXISTS ("
                " SELECT 1 FROM journal_line l WHERE l.entry_id = d.journal_entry_id"
                " AND (l.debit = d.amount OR l.credit = d.amount))"):
            problems.append(t("receivables.entry_mismatch", number=number))
        if table != "credit_note":
            for number, in rows(
                    f"SELECT d.{number_col} FROM {table} d JOIN journal_entry e"
                    " ON e.id = d.void_entry_id WHERE e.reverses_id IS NOT d.journal_entry_id"):
                problems.append(t("receivables.void_mismatch", number=number))
    receivable, deposits = _account_id(RECEIVABLE), _account_id(DEPOSITS)
    for name, ledger, subledger in rows(
            "WITH ledger AS (SELECT party_id AS trader_id, sum(debit - credit) AS amount"
            "  FROM journal_line WHERE party_kind = ? AND account_id = ? GROUP BY party_id),"
            " opened AS (SELECT trader_id, sum(open_amount) AS amount FROM invoice_open"
            "  WHERE open_amount > 0 GROUP BY trader_id),"
            " credits AS (SELECT trader_id, sum(open_amount) AS amount FROM credit_open"
            "  INDEXED BY credit_open_trader WHERE open_amount > 0 GROUP BY trader_id)"
            " SELECT t.name, coalesce(l.amount, 0) AS ledger,"
            " coalesce(o.amount, 0) - coalesce(c.amount, 0) AS subledger FROM trader t"
            " LEFT JOIN ledger l ON l.trader_id = t.id LEFT JOIN opened o ON o.trader_id = t.id"
            " LEFT JOIN credits c ON c.trader_id = t.id WHERE ledger <> subledger",
            (PARTY, receivable)):
        problems.append(t("receivables.trader_mismatch", name=name, ledger=format_rupiah(ledger),
                          subledger=format_rupiah(subledger)))
    for name, ledger, held in rows(
            "WITH ledger AS (SELECT party_id AS trader_id, sum(credit - debit) AS amount"
            "  FROM journal_line WHERE party_kind = ? AND account_id = ? GROUP BY party_id),"
            " movements AS (SELECT trader_id, sum(CASE WHEN kind IN ('received', 'carried_in')"
            "  THEN amount ELSE -amount END) AS amount FROM deposit_movement"
            "  WHERE voided_on IS NULL GROUP BY trader_id)"
            " SELECT t.name, coalesce(l.amount, 0) AS ledger, coalesce(m.amount, 0) AS held"
            " FROM trader t LEFT JOIN ledger l ON l.trader_id = t.id"
            " LEFT JOIN movements m ON m.trader_id = t.id WHERE ledger <> held",
            (PARTY, deposits)):
        problems.append(t("receivables.deposit_mismatch", name=name, ledger=format_rupiah(ledger),
                          held=format_rupiah(held)))
    stray = one("SELECT count(*) FROM journal_line WHERE account_id IN (?, ?)"
                " AND (party_kind IS NOT ? OR party_id NOT IN (SELECT id FROM trader))",
                (receivable, deposits, PARTY))[0]
    if stray:
        problems.append(t("receivables.stray_lines", count=stray))
    return tuple(problems)
