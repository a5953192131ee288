"""Billing: rent invoices for a month, and the invoice writing the other
invoicing services share (late fees in ``late_fees``; reading, voiding and
credit notes in ``invoices``).

``bill_period(session, year, month)`` bills every lease whose billing part
starts in that month (see services/periods.py for periods and proration):
one invoice per lease and period (Dr 1-200 trader / Cr 4-100), numbered
INV/YYYY/NNNNN, all in one transaction; the entries are posted as one batch
(``journal.post_many_in_transaction``: the same rows as one posting each).
It is idempotent — a unique index on (lease, kind, period_start) among live
invoices — and a run that finds everything already billed is refused with
``invoice.period_already_billed``.
``preview=True`` returns the same plan without writing anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock, db
from sekretariat.errors import Conflict, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.core import audit, days, journal, numbering
from sekretariat.services.leasing import periods, receivables
from sekretariat.services.leasing.leasing_util import (
    RECEIVABLE,
    RENT_INCOME,
    as_date,
    check_date,
    one,
    rows,
)
from sekretariat.services.core.permissions import require
from sekretariat.services.leasing.receivables import party_line, post
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing


@dataclass(frozen=True)
class BillingLine:
    lease_id: int
    agreement_number: str
    stall_id: int
    stall_code: str
    trader_id: int
    trader_name: str
    frequency: str
    monthly_rate: int
    period_start: dt.date
    period_end: dt.date
    billed_days: int
    period_days: int
    amount: int
    due_date: dt.date
    invoice_id: int | None = None
    invoice_number: str | None = None

    @property
    def prorated(self) -> bool:
        return self.billed_days != self.period_days


@dataclass(frozen=True)
class BillingRun:
    year: int
    month: int
    issue_date: dt.date
    preview: bool
    lines: tuple[BillingLine, ...]
    already_billed: int  # leases of this month already invoiced (skipped)
    total: int
    credit_applied: int  # existing credit balances that settled the new invoices


# --- the monthly run ---------------------------------------------------------

def bill_period(session: Session, year: int, month: int, *, preview: bool = False,
                issue_date: dt.date | None = None) -> BillingRun:
    """Bill the rent of every lease whose billing part starts in ``year``/``month``."""
    require(session, "billing.run")
    first = month_start(year, month)
    last = periods.month_end(first)
    today = clock.today()
    if first > periods.add_months(today.replace(day=1), 1):
        raise ValidationError("invoice.period_too_far", field="month", period=_period_name(first))
    issue_date = check_date(issue_date, "issue_date", required=False) or max(today, first)
    if preview:
        plan, already = _rent_plan(year, month, first, last, issue_date)
        return BillingRun(year, month, issue_date, True, tuple(plan), already,
                          sum(line.amount for line in plan), 0)
    days.assert_open(issue_date)
    posted: list[BillingLine] = []
    dates: dict[dt.date, str] = {}

    def when(day: dt.date) -> str:
        if day not in dates:
            dates[day] = fmt_date(day)
        return dates[day]

    with writing():
        plan, already = _rent_plan(year, month, first, last, issue_date)
        if not plan:
            if already:
                raise Conflict("invoice.period_already_billed", field="month",
                               period=_period_name(first), count=already)
            return BillingRun(year, month, issue_date, False, (), 0, 0, 0)
        pending = post_invoice_entries(session, [{
            "kind": "rent", "trader_id": line.trader_id, "lease_id": line.lease_id,
            "stall_id": line.stall_id, "period_start": line.period_start,
            "period_end": line.period_end, "billed_days": line.billed_days,
            "period_days": line.period_days, "issue_date": issue_date,
            "due_date": line.due_date, "value": line.amount, "income": RENT_INCOME,
            "memo": t("invoice.memo_rent", stall=line.stall_code, trader=line.trader_name,
                      start=when(line.period_start), end=when(line.period_end))}
            for line in plan])
        stored = store_invoices(session, pending)
        posted = [_with_invoice(line, invoice_id, number)
                  for line, (invoice_id, number) in zip(plan, stored, strict=True)]
        applied = receivables.apply_credits({line.trader_id for line in posted}, issue_date)
        total = sum(line.amount for line in posted)
        audit.record(session, "billing.run", "invoice", None, None,
                     {"year": year, "month": month, "issue_date": issue_date.isoformat(),
                      "count": len(posted), "total": total, "credit_applied": applied,
                      "invoices": [[line.invoice_number, line.lease_id, line.amount]
                                   for line in posted]})
    return BillingRun(year, month, issue_date, False, tuple(posted), already, total, applied)


def _rent_plan(year: int, month: int, first: dt.date, last: dt.date,
               issue_date: dt.date) -> tuple[list[BillingLine], int]:
    """What the run for ``year``/``month`` bills, and how many leases it skips
    because they are already billed."""
    candidates = rows(
        "SELECT l.id, l.agreement_number, l.stall_id, s.code, l.trader_id, t.name, l.frequency,"
        " l.monthly_rate, l.start_date, coalesce(l.ended_on, l.end_date), l.due_day"
        " FROM lease l JOIN stall s ON s.id = l.stall_id JOIN trader t ON t.id = l.trader_id"
        " WHERE l.status <> 'cancelled' AND coalesce(l.ended_on, l.end_date) >= ?"
        " AND l.start_date <= ? ORDER BY s.code, l.start_date",
        (first.isoformat(), last.isoformat()))
    billed = {r[0] for r in rows(
        "SELECT lease_id FROM invoice WHERE period_start BETWEEN ? AND ? AND kind = 'rent'"
        " AND +void_entry_id IS NULL", (first.isoformat(), last.isoformat()))}
    plan: list[BillingLine] = []
    already = 0
    for (lease_id, number, stall_id, stall_code, trader_id, trader_name, frequency, rate, start,
         end, due_day) in candidates:
        part = periods.billing_part(frequency, rate, as_date(start), as_date(end), year, month)
        if part is None:
            continue
        if lease_id in billed:
            already += 1
            continue
        plan.append(BillingLine(lease_id, number, stall_id, stall_code, trader_id, trader_name,
                                frequency, rate, part.start, part.end, part.billed_days,
                                part.period_days, part.amount,
                                periods.due_date(part.start, due_day, issue_date)))
    return plan, already


def _with_invoice(line: BillingLine, invoice_id: int, number: str) -> BillingLine:
    values = dict(line.__dict__)
    values.update(invoice_id=invoice_id, invoice_number=number)
    return BillingLine(**values)


def insert_invoice(session: Session, **values) -> tuple[int, str]:
    """Number, post (Dr 1-200 trader / Cr ``income``) and store one invoice,
    inside the caller's write transaction. Returns (id, number)."""
    return store_invoices(session, [post_invoice_entry(session, **values)])[0]


_INVOICE_COLUMNS = ("number", "kind", "trader_id", "lease_id", "stall_id", "period_start",
                    "period_end", "billed_days", "period_days", "issue_date", "due_date", "amount",
                    "late_fee_for_id", "late_fee_month", "memo", "journal_entry_id", "created_by",
                    "created_at")


def post_invoice_entry(session: Session, *, kind: str, trader_id: int, lease_id: int | None,
                       stall_id: int | None, period_start: dt.date, period_end: dt.date,
                       billed_days: int, period_days: int, issue_date: dt.date,
                       due_date: dt.date, value: int, memo: str, income: str,
                       late_fee_for: int | None = None, late_fee_month: int | None = None,
                       series: str = "INV") -> tuple:
    """Number the invoice and post its entry; returns the row for ``store_invoices``."""
    number = numbering.next_number(series, issue_date.year)
    entry = _invoice_entry(number, trader_id, issue_date, value, memo, income)
    entry_id = post(session, issue_date, entry.memo, entry.lines, source="invoice", ref=number)
    return _invoice_row(session, number, entry.memo, entry_id, kind, trader_id, lease_id,
                        stall_id, period_start, period_end, billed_days, period_days, issue_date,
                        due_date, value, late_fee_for, late_fee_month)


def post_invoice_entries(session: Session, invoices: list[dict]) -> list[tuple]:
    """``post_invoice_entry`` for many invoices (each a dict of its keyword
    arguments): the same numbers and rows, with every entry posted in one
    batch (``journal.post_many_in_transaction``). Returns the rows for
    ``store_invoices``, in order."""
    numbered = []
    for values in invoices:
        number = numbering.next_number(values.get("series", "INV"), values["issue_date"].year)
        numbered.append((number, _invoice_entry(number, values["trader_id"],
                                                values["issue_date"], values["value"],
                                                values["memo"], values["income"])))
    entry_ids = journal.post_many_in_transaction(session, [entry for _, entry in numbered])
    return [_invoice_row(session, number, entry.memo, entry_id, values["kind"],
                         values["trader_id"], values["lease_id"], values["stall_id"],
                         values["period_start"], values["period_end"], values["billed_days"],
                         values["period_days"], values["issue_date"], values["due_date"],
                         values["value"], values.get("late_fee_for"),
                         values.get("late_fee_month"))
            for values, (number, entry), entry_id in zip(invoices, numbered, entry_ids,
                                                         strict=True)]


def _invoice_entry(number: str, trader_id: int, issue_date: dt.date, value: int, memo: str,
                   income: str) -> journal.EntryInput:
    """The invoice's entry: Dr 1-200 (the trader) / Cr ``income``."""
    return journal.EntryInput(issue_date, f"{number} {memo}"[:500],
                              (party_line(RECEIVABLE, trader_id, debit=value),
                               journal.LineInput(income, credit=value)),
                              source="invoice", source_ref=number)


def _invoice_row(session: Session, number: str, memo: str, entry_id: int, kind: str,
                 trader_id: int, lease_id: int | None, stall_id: int | None,
                 period_start: dt.date, period_end: dt.date, billed_days: int, period_days: int,
                 issue_date: dt.date, due_date: dt.date, value: int, late_fee_for: int | None,
                 late_fee_month: int | None) -> tuple:
    """A row of ``_INVOICE_COLUMNS``."""
    return (number, kind, trader_id, lease_id, stall_id, period_start.isoformat(),
            period_end.isoformat(), billed_days, period_days, issue_date.isoformat(),
            due_date.isoformat(), value, late_fee_for, late_fee_month, memo, entry_id,
            session.user_id, clock.now_iso())


def store_invoices(session: Session, pending: list[tuple]) -> list[tuple[int, str]]:
    """Insert posted invoices in one statement; returns their (id, number) in order."""
    if not pending:
        return []
    conn = db.current_database()
    before = one("SELECT coalesce(max(id), 0) FROM invoice")[0]
    conn.connection().executemany(
        f"INSERT INTO invoice ({', '.join(_INVOICE_COLUMNS)})"
        f" VALUES ({', '.join('?' * len(_INVOICE_COLUMNS))})", pending)
    ids = {number: invoice_id for invoice_id, number in rows(
        "SELECT id, number FROM invoice WHERE id > ?", (before,))}
    return [(ids[row[0]], row[0]) for row in pending]


def month_start(year: int, month: int) -> dt.date:
    if not isinstance(year, int) or not isinstance(month, int) or not 1 <= month <= 12 \
            or not 2000 <= year <= 2100:
        raise ValidationError("invoice.period_invalid", field="month")
    return dt.date(year, month, 1)


def _period_name(first: dt.date) -> str:
    from babel.dates import format_date

    from sekretariat.i18n import get_language

    return format_date(first, "MMMM y", locale="id_ID" if get_language() == "id" else "en_GB")
