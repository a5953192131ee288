"""Invoices once issued: reading them (with their allocations), voiding
them (the entry reversed, never edited) and credit notes (NK/YYYY/NNNNN,
Dr the invoice's income / Cr 1-200 trader).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n import t
from sekretariat.models import CreditNote, Invoice
from sekretariat.money import format_rupiah
from sekretariat.services.core import audit, days, journal, numbering
from sekretariat.services.leasing import periods, receivables
from sekretariat.services.leasing.billing import month_start
from sekretariat.services.leasing.leasing_util import (
    KIND_INCOME,
    RECEIVABLE,
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


INVOICE_KINDS = ("rent", "late_fee", "daily_fee", "refund", "goods")


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
    if invoice.kind == "goods":  # its entry is its bulk round's stock issue
        raise Conflict("invoice.goods_via_round", field="invoice", number=invoice.number)
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
        first = month_start(year, month)
        where.append("i.period_start BETWEEN ? AND ?")
        params += [first.isoformat(), periods.month_end(first).isoformat()]
    if before is not None:
        where.append("(i.issue_date < ? OR (i.issue_date = ? AND i.id < ?))")
        params += [before[0].isoformat(), before[0].isoformat(), before[1]]
    found = rows(f"{_SELECT} WHERE {' AND '.join(where)}"
                 " ORDER BY i.issue_date DESC, i.id DESC LIMIT ?", [*params, limit + 1])
    return InvoicePage(tuple(_invoice(r) for r in found[:limit]), len(found) > limit)
