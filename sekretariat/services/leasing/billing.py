"""Billing: rent invoices for a month, late fees, invoice voids, credit notes.

``bill_period(session, year, month)`` bills every lease whose billing part
starts in that month (see services/periods.py for periods and proration):
one invoice per lease and period (Dr 1-200 trader / Cr 4-100), numbered
INV/YYYY/NNNNN, all in one transaction; the entries are posted as one batch
(``journal.post_many_in_transaction``: the same rows as one posting each).
It is idempotent — a unique index on (lease, kind, period_start) among live
invoices — and a run that finds everything already billed is refused with
``invoice.period_already_billed``.
``preview=True`` returns the same plan without writing anything.

Late fees are never automatic: ``assess_late_fees(session, as_of)`` charges,
for each rent or daily-fee invoice still open on ``as_of``, each whole month
elapsed since its due date that has not been charged yet: open amount on
``as_of`` x the lease's late_fee_bp / 10000, rounded half up — one late-fee
invoice per invoice and month (Dr 1-200 / Cr 4-300), unique even when waived.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock, db
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.models import CreditNote, Invoice
from sekretariat.money import format_rupiah
from sekretariat.services.core import audit, days, journal, numbering
from sekretariat.services.leasing import overdue, periods, receivables
from sekretariat.services.leasing.leasing_util import (
    KIND_INCOME,
    LATE_FEE_INCOME,
    RECEIVABLE,
    RENT_INCOME,
    amount,
    as_date,
    check_date,
    check_void,
    clean_text,
    one,
    rows,
)
from sekretariat.services.core.permissions import require
from sekretariat.services.leasing.receivables import party_line, post
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

INVOICE_KINDS = ("rent", "late_fee", "daily_fee", "refund")


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


@dataclass(frozen=True)
class LateFeeLine:
    invoice_id: int
    invoice_number: str
    trader_id: int
    trader_name: str
    lease_id: int
    due_date: dt.date
    month: int  # the m-th whole month overdue
    month_reached: dt.date  # due date + m months
    open_amount: int  # open on as_of, the base of the fee
    late_fee_bp: int
    fee: int
    late_fee_number: str | None = None


@dataclass(frozen=True)
class LateFeeRun:
    as_of: dt.date
    preview: bool
    lines: tuple[LateFeeLine, ...]
    total: int


@dataclass(frozen=True)
class AllocationLine:
    source_number: str  # receipt (KW/...) or credit note (NK/...)
    alloc_date: dt.date
    amount: int


@dataclass(frozen=True)
class InvoiceInfo:
    id: int
    number: str
    kind: str
    trader_id: int
    trader_name: str
    lease_id: int | None
    agreement_number: str | None
    stall_id: int | None
    stall_code: str | None
    period_start: dt.date
    period_end: dt.date
    billed_days: int
    period_days: int
    issue_date: dt.date
    due_date: dt.date
    amount: int
    open_amount: int
    memo: str
    journal_number: str
    voided: bool
    voided_on: dt.date | None
    void_reason: str | None
    late_fee_for_number: str | None
    late_fee_month: int | None
    allocations: tuple[AllocationLine, ...] = ()


@dataclass(frozen=True)
class InvoicePage:
    rows: tuple[InvoiceInfo, ...]
    has_more: bool


@dataclass(frozen=True)
class CreditNoteInfo:
    id: int
    number: str
    trader_id: int
    invoice_id: int
    invoice_number: str
    issued_on: dt.date
    amount: int
    reason: str
    journal_number: str


# --- the monthly run ---------------------------------------------------------

def bill_period(session: Session, year: int, month: int, *, preview: bool = False,
                issue_date: dt.date | None = None) -> BillingRun:
    """Bill the rent of every lease whose billing part starts in ``year``/``month``."""
    require(session, "billing.run")
    first = _month_start(year, month)
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


def _month_start(year: int, month: int) -> dt.date:
    if not isinstance(year, int) or not isinstance(month, int) or not 1 <= month <= 12 \
            or not 2000 <= year <= 2100:
        raise ValidationError("invoice.period_invalid", field="month")
    return dt.date(year, month, 1)


def _period_name(first: dt.date) -> str:
    from babel.dates import format_date

    from sekretariat.i18n import get_language

    return format_date(first, "MMMM y", locale="id_ID" if get_language() == "id" else "en_GB")


# --- late fees ---------------------------------------------------------------

def assess_late_fees(session: Session, as_of: dt.date | None = None, *,
                     preview: bool = False) -> LateFeeRun:
    """Charge the late fees due on ``as_of`` (today by default); see the module
    docstring for the rule. Running it again charges nothing twice."""
    require(session, "billing.run")
    as_of = check_date(as_of, "as_of", required=False) or clock.today()
    if as_of > clock.today():
        raise ValidationError("invoice.future_date", field="as_of", day=fmt_date(as_of))
    if preview:
        lines = [line for line, _ in _late_fee_plan(as_of)]
        return LateFeeRun(as_of, True, tuple(lines), sum(line.fee for line in lines))
    days.assert_open(as_of)
    day = as_of.isoformat()
    posted: list[LateFeeLine] = []
    with writing():
        plan = _late_fee_plan(as_of)
        if not plan:
            return LateFeeRun(as_of, False, (), 0)
        pending = post_invoice_entries(session, [{
            "kind": "late_fee", "trader_id": line.trader_id, "lease_id": line.lease_id,
            "stall_id": stall_id, "period_start": line.month_reached,
            "period_end": line.month_reached, "billed_days": 1, "period_days": 1,
            "issue_date": as_of, "due_date": as_of, "value": line.fee,
            "income": LATE_FEE_INCOME, "late_fee_for": line.invoice_id,
            "late_fee_month": line.month,
            "memo": t("invoice.memo_late_fee", number=line.invoice_number, month=line.month,
                      percent=_percent(line.late_fee_bp),
                      base=format_rupiah(line.open_amount))}
            for line, stall_id in plan])
        for (line, _), (_, number) in zip(plan, store_invoices(session, pending), strict=True):
            values = dict(line.__dict__)
            values["late_fee_number"] = number
            posted.append(LateFeeLine(**values))
        receivables.apply_credits({line.trader_id for line in posted}, as_of)
        total = sum(line.fee for line in posted)
        audit.record(session, "late_fee.assess", "invoice", None, None,
                     {"as_of": day, "count": len(posted), "total": total,
                      "fees": [[line.late_fee_number, line.invoice_number, line.month, line.fee]
                               for line in posted]})
    return LateFeeRun(as_of, False, tuple(posted), total)


def _late_fee_plan(as_of: dt.date) -> list[tuple[LateFeeLine, int | None]]:
    """The late fees due on ``as_of`` and not charged yet, with each one's stall."""
    day = as_of.isoformat()
    candidates = rows(
        "SELECT i.id, i.number, i.trader_id, t.name, i.lease_id, i.due_date, l.late_fee_bp,"
        " i.amount - coalesce((SELECT sum(a.amount) FROM invoice_allocation a"
        "   LEFT JOIN payment p ON p.id = a.payment_id WHERE a.invoice_id = i.id"
        "   AND a.alloc_date <= ? AND (p.id IS NULL OR p.voided_on IS NULL OR p.voided_on > ?)),"
        "  0) AS open_amount, i.stall_id"
        " FROM invoice_open o CROSS JOIN invoice i ON i.id = o.invoice_id"
        " JOIN lease l ON l.id = i.lease_id JOIN trader t ON t.id = i.trader_id"
        " WHERE o.open_until > ? AND i.kind IN ('rent', 'daily_fee') AND i.issue_date <= ?"
        f" AND {overdue.overdue_sql('i.due_date', '?')} AND l.late_fee_bp > 0 AND"
        " +i.void_entry_id IS NULL ORDER BY i.due_date, i.id", (day, day, day, day, day))
    ids = [r[0] for r in candidates if r[7] > 0]
    done: set[tuple[int, int]] = set()
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        done |= {(r[0], r[1]) for r in rows(
            "SELECT late_fee_for_id, late_fee_month FROM invoice WHERE late_fee_for_id IN"
            f" ({','.join('?' * len(part))})", part)}
    plan: list[tuple[LateFeeLine, int | None]] = []
    for (invoice_id, number, trader_id, trader_name, lease_id, due, bp, open_amount,
         stall_id) in candidates:
        if open_amount <= 0:
            continue
        due = as_date(due)
        for month in range(1, periods.months_overdue(due, as_of) + 1):
            if (invoice_id, month) in done:
                continue
            fee = periods.apply_bp(open_amount, bp)
            if fee <= 0:
                continue
            plan.append((LateFeeLine(invoice_id, number, trader_id, trader_name, lease_id, due,
                                     month, periods.add_months(due, month), open_amount, bp, fee),
                         stall_id))
    return plan


def _percent(bp: int) -> str:
    whole, rest = divmod(bp, 100)
    return f"{whole}" if rest == 0 else f"{whole},{rest:02d}".rstrip("0")


# --- voids and credit notes --------------------------------------------------

def void_invoice(session: Session, invoice_id: int, reason: str,
                 void_date: dt.date | None = None) -> InvoiceInfo:
    """Undo a wrongly issued invoice with a reversing entry; whatever was paid
    on it becomes credit (and settles other open invoices). Keeps its number.
    An invoice of a closed day is voided by a reversal dated in an open day."""
    require(session, "billing.run")
    invoice = Invoice.get_or_none(Invoice.id == invoice_id)
    if invoice is None:
        raise NotFound("invoice.not_found", field="invoice")
    if invoice.void_entry_id is not None:
        raise Conflict("invoice.already_voided", field="invoice", number=invoice.number)
    reason, void_date = check_void(reason, void_date, invoice.issue_date, empty_key="invoice.void_reason_empty",
                                   before_key="invoice.void_before_issue")
    with writing():
        void_invoice_in_transaction(session, invoice, reason, void_date)
        receivables.apply_credits([invoice.trader_id], void_date)
    return get_invoice(session, invoice_id, check_permission=False)


def void_invoice_in_transaction(session: Session, invoice: Invoice, reason: str,
                                void_date: dt.date) -> None:
    void_entry = journal.reverse_in_transaction(session, invoice.journal_entry_id, reason,
                                                void_date, source="invoice",
                                                source_ref=invoice.number)
    Invoice.update(void_entry=void_entry, voided_on=void_date, void_reason=reason) \
        .where(Invoice.id == invoice.id).execute()
    audit.record(session, "invoice.void", "invoice", invoice.id,
                 {"number": invoice.number, "voided": False},
                 {"voided": True, "voided_on": void_date.isoformat(), "reason": reason})


def issue_credit_note(session: Session, invoice_id: int, amount_credited, reason: str,
                      on: dt.date | None = None) -> CreditNoteInfo:
    """Reduce what a trader owes on one invoice (Dr the invoice's income
    account / Cr 1-200), e.g. to waive a late fee of a closed day. At most
    the invoice's amount less earlier credit notes on it."""
    require(session, "billing.run")
    value = amount(amount_credited, "amount", zero_key="credit_note.zero")
    reason = clean_text(reason, "reason", maximum=300, required=True,
                        empty_key="credit_note.reason_empty")
    on = check_date(on, "on", required=False) or clock.today()
    days.assert_open(on)
    with writing():
        note_id = credit_note_in_transaction(session, invoice_id, value, reason, on)
        receivables.apply_credits([_invoice_trader(invoice_id)], on)
    return get_credit_note(session, note_id)


def credit_note_in_transaction(session: Session, invoice_id: int, value: int, reason: str,
                               on: dt.date) -> int:
    invoice = Invoice.get_or_none(Invoice.id == invoice_id)
    if invoice is None:
        raise NotFound("invoice.not_found", field="invoice")
    if invoice.void_entry_id is not None:
        raise Conflict("invoice.already_voided", field="invoice", number=invoice.number)
    if invoice.kind not in KIND_INCOME:
        raise ValidationError("credit_note.kind", field="invoice", number=invoice.number)
    credited = one("SELECT coalesce(sum(amount), 0) FROM credit_note WHERE invoice_id = ?",
                   (invoice_id,))[0]
    if value > invoice.amount - credited:
        raise ValidationError("credit_note.too_much", field="amount",
                              maximum=format_rupiah(invoice.amount - credited))
    if on < as_date(invoice.issue_date):
        raise ValidationError("credit_note.before_invoice", field="on")
    number = numbering.next_number("NK", on.year)
    memo = t("credit_note.memo", number=number, invoice=invoice.number, reason=reason)[:500]
    entry_id = post(session, on, memo,
                    [journal.LineInput(KIND_INCOME[invoice.kind], debit=value),
                     party_line(RECEIVABLE, invoice.trader_id, credit=value)],
                    source="credit_note", ref=number)
    note_id = CreditNote.insert(number=number, trader=invoice.trader_id, invoice=invoice_id,
                                issued_on=on, amount=value, reason=reason, journal_entry=entry_id,
                                created_by=session.user_id, created_at=clock.now_iso()).execute()
    open_row = receivables.open_invoices(invoice.trader_id)
    target = [inv for inv in open_row if inv.id == invoice_id]
    receivables.allocate_credit(receivables.OpenCredit("credit_note", note_id, on, value), target,
                                op_date=on)
    audit.record(session, "credit_note.issue", "credit_note", note_id, None,
                 {"number": number, "invoice": invoice.number, "amount": value,
                  "on": on.isoformat(), "reason": reason})
    return note_id


def _invoice_trader(invoice_id: int) -> int:
    return one("SELECT trader_id FROM invoice WHERE id = ?", (invoice_id,))[0]


def get_credit_note(session: Session, note_id: int) -> CreditNoteInfo:
    require(session, "receivables.view")
    row = one("SELECT n.id, n.number, n.trader_id, n.invoice_id, i.number, n.issued_on, n.amount,"
              " n.reason, e.number FROM credit_note n JOIN invoice i ON i.id = n.invoice_id"
              " JOIN journal_entry e ON e.id = n.journal_entry_id WHERE n.id = ?", (note_id,))
    if row is None:
        raise NotFound("credit_note.not_found", field="credit_note")
    values = list(row)
    values[5] = as_date(values[5])
    return CreditNoteInfo(*values)


# --- reading -----------------------------------------------------------------

_SELECT = ("SELECT i.id, i.number, i.kind, i.trader_id, t.name, i.lease_id, l.agreement_number,"
           " i.stall_id, s.code, i.period_start, i.period_end, i.billed_days, i.period_days,"
           " i.issue_date, i.due_date, i.amount, o.open_amount, i.memo, e.number,"
           " i.void_entry_id IS NOT NULL, i.voided_on, i.void_reason, f.number, i.late_fee_month"
           " FROM invoice i JOIN trader t ON t.id = i.trader_id"
           " JOIN invoice_open o ON o.invoice_id = i.id"
           " JOIN journal_entry e ON e.id = i.journal_entry_id"
           " LEFT JOIN lease l ON l.id = i.lease_id LEFT JOIN stall s ON s.id = i.stall_id"
           " LEFT JOIN invoice f ON f.id = i.late_fee_for_id")


def _invoice(row, allocations=()) -> InvoiceInfo:
    values = list(row)
    for index in (9, 10, 13, 14, 20):
        values[index] = as_date(values[index])
    values[19] = bool(values[19])
    return InvoiceInfo(*values, allocations=tuple(allocations))


def get_invoice(session: Session, invoice_id: int, *, check_permission: bool = True
                ) -> InvoiceInfo:
    if check_permission:
        require(session, "receivables.view")
    row = one(f"{_SELECT} WHERE i.id = ?", (invoice_id,))
    if row is None:
        raise NotFound("invoice.not_found", field="invoice")
    allocations = [AllocationLine(r[0], as_date(r[1]), r[2]) for r in rows(
        "SELECT coalesce(p.receipt_number, n.number), a.alloc_date, a.amount"
        " FROM invoice_allocation a LEFT JOIN payment p ON p.id = a.payment_id"
        " LEFT JOIN credit_note n ON n.id = a.credit_note_id"
        " WHERE a.invoice_id = ? AND (p.id IS NULL OR p.void_entry_id IS NULL)"
        " ORDER BY a.alloc_date, a.id", (invoice_id,))]
    return _invoice(row, allocations)


def find_invoice(session: Session, number: str) -> InvoiceInfo:
    require(session, "receivables.view")
    row = one("SELECT id FROM invoice WHERE number = ?", ((number or "").strip().upper(),))
    if row is None:
        raise NotFound("invoice.not_found", field="invoice")
    return get_invoice(session, row[0], check_permission=False)


def list_invoices(session: Session, *, trader_id: int | None = None, lease_id: int | None = None,
                  kind: str | None = None, open_only: bool = False, year: int | None = None,
                  month: int | None = None, before: tuple[dt.date, int] | None = None,
                  limit: int = 100) -> InvoicePage:
    """Newest issue date first, a page at a time (``before`` = (issue_date, id))."""
    require(session, "receivables.view")
    where, params = ["1=1"], []
    if trader_id is not None:
        where.append("i.trader_id = ?")
        params.append(trader_id)
    if lease_id is not None:
        where.append("i.lease_id = ?")
        params.append(lease_id)
    if kind is not None:
        if kind not in INVOICE_KINDS:
            raise ValidationError("invoice.kind_invalid", field="kind", kind=str(kind))
        where.append("i.kind = ?")
        params.append(kind)
    if open_only:
        where.append("o.open_amount > 0")
    if year is not None and month is not None:
        first = _month_start(year, month)
        where.append("i.period_start BETWEEN ? AND ?")
        params += [first.isoformat(), periods.month_end(first).isoformat()]
    if before is not None:
        where.append("(i.issue_date < ? OR (i.issue_date = ? AND i.id < ?))")
        params += [before[0].isoformat(), before[0].isoformat(), before[1]]
    found = rows(f"{_SELECT} WHERE {' AND '.join(where)}"
                 " ORDER BY i.issue_date DESC, i.id DESC LIMIT ?", [*params, limit + 1])
    return InvoicePage(tuple(_invoice(r) for r in found[:limit]), len(found) > limit)

