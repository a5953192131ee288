"""Payments from traders, each with a gap-free receipt (kwitansi) number.

``take_payment``: Dr 1-100 Kas (cash) or 1-110 Bank (transfer, QRIS) /
Cr 1-200 for the trader. The money settles the oldest open invoice first,
unless the user picks invoices (those first, in the order given, then the
rest oldest first); what is left stays as credit on the trader's account and
settles whatever is billed next. A payment of zero is refused; a payment
larger than what the trader owes needs ``confirm_amount`` equal to it.
A payment is voided only by a reversing entry; it keeps its number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.models import DepositMovement, Invoice, Payment
from sekretariat.money import format_rupiah
from sekretariat.services.core import audit, days, journal, numbering
from sekretariat.services.leasing import receivables
from sekretariat.services.leasing.leasing_util import (
    check_void,
    METHOD_ACCOUNTS,
    RECEIVABLE,
    amount,
    as_date,
    check_date,
    clean_text,
    one,
    rows,
)
from sekretariat.services.core.permissions import require
from sekretariat.services.leasing.receivables import AllocationInfo, OpenInvoice, party_line, post
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

METHODS = ("tunai", "transfer", "qris")


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    receipt_number: str
    trader_id: int
    trader_name: str
    purpose: str  # 'account' | 'deposit'
    lease_id: int | None
    agreement_number: str | None
    paid_on: dt.date
    amount: int
    method: str  # tunai / transfer / qris / jaminan (set off from the deposit)
    reference: str
    memo: str
    journal_number: str
    voided: bool
    voided_on: dt.date | None
    void_reason: str | None
    void_number: str | None
    cashier: str  # full name of who took it
    created_at: str
    allocations: tuple[AllocationInfo, ...]  # live allocations to invoices
    unapplied: int  # still credit on the trader's account


@dataclass(frozen=True)
class PaymentRow:
    id: int
    receipt_number: str
    trader_id: int
    trader_name: str
    purpose: str
    paid_on: dt.date
    amount: int
    method: str
    reference: str
    voided: bool


@dataclass(frozen=True)
class PaymentPage:
    rows: tuple[PaymentRow, ...]
    has_more: bool
    total: int  # sum of live payments matching the filter (all pages)


# --- taking ------------------------------------------------------------------

def take_payment(session: Session, trader_id: int, amount_paid, method: str,
                 paid_on: dt.date | None = None, reference: str | None = None,
                 allocate_to: Sequence[int | tuple[int, int]] | None = None,
                 confirm_amount=None, note: str = "") -> PaymentInfo:
    """Record money received from a trader and print-ready receipt data.

    ``allocate_to``: invoice ids (or ``(invoice_id, amount)`` pairs) to settle
    first, in order. ``confirm_amount`` must repeat the amount when it is more
    than the trader owes (the rest is kept as credit)."""
    require(session, "payments.take")
    trader = _trader(trader_id)
    value = amount(amount_paid, "amount", zero_key="payment.zero")
    method = _method(method)
    paid_on = check_date(paid_on, "paid_on", required=False) or clock.today()
    if paid_on > clock.today():
        raise ValidationError("payment.future", field="paid_on", day=fmt_date(paid_on))
    reference = clean_text(reference, "reference", maximum=100)
    note = clean_text(note, "note", maximum=200)
    days.assert_open(paid_on)
    with writing():
        owed = receivables.balance(trader_id)
        if value > max(owed, 0):
            confirmed = _confirmation(confirm_amount)
            if confirmed != value:
                raise Conflict("payment.over_balance", field="amount", amount=format_rupiah(value),
                               owed=format_rupiah(max(owed, 0)))
        picks = _picks(trader_id, allocate_to, value)
        number = numbering.next_number("KW", paid_on.year)
        memo = t("payment.memo", number=number, trader=trader[1]) + (f" — {note}" if note else "")
        lines = [journal.LineInput(METHOD_ACCOUNTS[method], debit=value),
                 party_line(RECEIVABLE, trader_id, credit=value)]
        payment_id = insert_payment(session, number, trader_id, value, method, paid_on, reference,
                                    memo[:500], lines, purpose="account")
        for invoice, share in picks:
            receivables.allocate_credit(
                receivables.OpenCredit("payment", payment_id, paid_on, share), [invoice],
                op_date=paid_on)
        receivables.apply_credits([trader_id], paid_on)
        audit.record(session, "payment.take", "payment", payment_id, None,
                     {"receipt_number": number, "trader_id": trader_id, "amount": value,
                      "method": method, "paid_on": paid_on.isoformat(), "reference": reference,
                      "allocate_to": [[inv.id, share] for inv, share in picks]})
    return get_payment(session, payment_id, check_permission=False)


def insert_payment(session: Session, number: str, trader_id: int, value: int, method: str,
                   paid_on: dt.date, reference: str, memo: str, lines, *, purpose: str,
                   lease_id: int | None = None) -> int:
    """Post the entry and insert the payment row (inside the caller's write)."""
    entry_id = post(session, paid_on, memo, lines, source="payment", ref=number)
    return Payment.insert(receipt_number=number, trader=trader_id, purpose=purpose,
                          lease=lease_id, paid_on=paid_on, amount=value, method=method,
                          reference=reference, memo=memo, journal_entry=entry_id,
                          created_by=session.user_id, created_at=clock.now_iso()).execute()


def _confirmation(value) -> int | None:
    if value is None or value == "":
        return None
    try:
        return amount(value, "confirm_amount", allow_zero=True)
    except ValidationError:
        return None


def _picks(trader_id: int, allocate_to, value: int) -> list[tuple[OpenInvoice, int]]:
    if not allocate_to:
        return []
    open_by_id = {inv.id: inv for inv in receivables.open_invoices(trader_id)}
    picks: list[tuple[OpenInvoice, int]] = []
    left = value
    seen = set()
    for item in allocate_to:
        invoice_id, share = (item if isinstance(item, tuple) else (item, None))
        if invoice_id in seen:
            raise ValidationError("payment.pick_twice", field="allocate_to")
        seen.add(invoice_id)
        invoice = open_by_id.get(invoice_id)
        if invoice is None:
            number = one("SELECT number FROM invoice WHERE id = ?", (invoice_id,))
            raise ValidationError("payment.pick_not_open", field="allocate_to",
                                  number=number[0] if number else str(invoice_id))
        if share is None:
            share = min(invoice.open_amount, left)
        else:
            share = amount(share, "allocate_to")
            if share > invoice.open_amount:
                raise ValidationError("payment.pick_too_much", field="allocate_to",
                                      number=invoice.number,
                                      open=format_rupiah(invoice.open_amount))
        if share > left:
            raise ValidationError("payment.picks_exceed", field="allocate_to")
        if share > 0:
            picks.append((invoice, share))
            left -= share
    return picks


def _method(method: str) -> str:
    if method not in METHODS:
        raise ValidationError("payment.method_invalid", field="method", method=str(method))
    return method


def _trader(trader_id: int) -> tuple:
    row = one("SELECT id, name, status FROM trader WHERE id = ?", (trader_id,))
    if row is None:
        raise NotFound("trader.not_found", field="trader")
    return row


# --- voiding -----------------------------------------------------------------

def void_payment(session: Session, payment_id: int, reason: str,
                 void_date: dt.date | None = None) -> PaymentInfo:
    """Undo a payment with a reversing entry (dated ``void_date``, today by
    default). The invoices it settled are open again; the number stays."""
    require(session, "payments.void")
    payment = Payment.get_or_none(Payment.id == payment_id)
    if payment is None:
        raise NotFound("payment.not_found", field="payment")
    if payment.void_entry_id is not None:
        raise Conflict("payment.already_voided", field="payment", number=payment.receipt_number)
    reason, void_date = check_void(reason, void_date, payment.paid_on, empty_key="payment.void_reason_empty",
                                   before_key="payment.void_before_paid")
    with writing():
        movement = DepositMovement.get_or_none(DepositMovement.payment == payment_id)
        if payment.purpose == "deposit" and movement is not None:
            from sekretariat.services.leasing.deposit_held import held

            if held(movement.lease_id) < payment.amount:
                raise Conflict("deposit.already_used", field="payment",
                               number=payment.receipt_number)
        void_entry = journal.reverse_in_transaction(session, payment.journal_entry_id, reason,
                                                    void_date, source="payment",
                                                    source_ref=payment.receipt_number)
        Payment.update(void_entry=void_entry, voided_on=void_date, void_reason=reason) \
            .where(Payment.id == payment_id).execute()
        if movement is not None:
            DepositMovement.update(voided_on=void_date) \
                .where(DepositMovement.id == movement.id).execute()
        receivables.apply_credits([payment.trader_id], void_date)
        audit.record(session, "payment.void", "payment", payment_id,
                     {"receipt_number": payment.receipt_number, "voided": False},
                     {"voided": True, "voided_on": void_date.isoformat(), "reason": reason})
    return get_payment(session, payment_id, check_permission=False)


# --- refunding a credit balance ----------------------------------------------

def refund_credit(session: Session, trader_id: int, amount_out, method: str = "tunai",
                  on: dt.date | None = None, note: str = "") -> "InvoiceRef":
    """Pay back (part of) a trader's credit balance: Dr 1-200 / Cr Kas or
    Bank, documented by a PD/YYYY/NNNNN slip that the credit settles at once."""
    require(session, "payments.take")
    trader = _trader(trader_id)
    value = amount(amount_out, "amount", zero_key="payment.zero")
    if method not in ("tunai", "transfer"):
        raise ValidationError("payment.method_invalid", field="method", method=str(method))
    on = check_date(on, "on", required=False) or clock.today()
    if on > clock.today():
        raise ValidationError("payment.future", field="on", day=fmt_date(on))
    note = clean_text(note, "note", maximum=200)
    days.assert_open(on)
    with writing():
        available = receivables.credit_total(trader_id)
        if value > available:
            raise Conflict("payment.refund_exceeds_credit", field="amount",
                           credit=format_rupiah(available))
        number = numbering.next_number("PD", on.year)
        memo = (t("payment.refund_memo", number=number, trader=trader[1])
                + (f" — {note}" if note else ""))[:500]
        entry_id = post(session, on, memo, [party_line(RECEIVABLE, trader_id, debit=value),
                                            journal.LineInput(METHOD_ACCOUNTS[method],
                                                              credit=value)],
                        source="refund", ref=number)
        invoice_id = Invoice.insert(
            number=number, kind="refund", trader=trader_id, period_start=on, period_end=on,
            billed_days=1, period_days=1, issue_date=on, due_date=on, amount=value, memo=memo,
            journal_entry=entry_id, created_by=session.user_id,
            created_at=clock.now_iso()).execute()
        receivables.apply_credits([trader_id], on)
        audit.record(session, "payment.refund_credit", "invoice", invoice_id, None,
                     {"number": number, "trader_id": trader_id, "amount": value,
                      "method": method, "on": on.isoformat()})
    return InvoiceRef(invoice_id, number, value)


@dataclass(frozen=True)
class InvoiceRef:
    id: int
    number: str
    amount: int


# --- reading -----------------------------------------------------------------

_SELECT = ("SELECT p.id, p.receipt_number, p.trader_id, t.name, p.purpose, p.lease_id,"
           " l.agreement_number, p.paid_on, p.amount, p.method, p.reference, p.memo, e.number,"
           " p.void_entry_id IS NOT NULL, p.voided_on, p.void_reason, v.number, u.full_name,"
           " p.created_at FROM payment p JOIN trader t ON t.id = p.trader_id"
           " JOIN journal_entry e ON e.id = p.journal_entry_id"
           " JOIN app_user u ON u.id = p.created_by"
           " LEFT JOIN lease l ON l.id = p.lease_id"
           " LEFT JOIN journal_entry v ON v.id = p.void_entry_id")


def get_payment(session: Session, payment_id: int, *, check_permission: bool = True
                ) -> PaymentInfo:
    if check_permission:
        require(session, "receivables.view")
    row = one(f"{_SELECT} WHERE p.id = ?", (payment_id,))
    if row is None:
        raise NotFound("payment.not_found", field="payment")
    return _info(row)


def find_payment(session: Session, receipt_number: str) -> PaymentInfo:
    require(session, "receivables.view")
    row = one(f"{_SELECT} WHERE p.receipt_number = ?", ((receipt_number or "").strip().upper(),))
    if row is None:
        raise NotFound("payment.not_found", field="payment")
    return _info(row)


def _info(row) -> PaymentInfo:
    values = list(row)
    values[7] = as_date(values[7])
    values[13] = bool(values[13])
    values[14] = as_date(values[14])
    allocations = () if values[13] else tuple(AllocationInfo(*r) for r in rows(
        "SELECT a.invoice_id, i.number, sum(a.amount) FROM invoice_allocation a"
        " JOIN invoice i ON i.id = a.invoice_id WHERE a.payment_id = ?"
        " AND +i.void_entry_id IS NULL GROUP BY a.invoice_id ORDER BY min(a.id)", (values[0],)))
    unapplied = one("SELECT open_amount FROM credit_open WHERE source = 'payment'"
                    " AND source_id = ?", (values[0],))
    return PaymentInfo(*values, allocations=allocations,
                       unapplied=unapplied[0] if unapplied else 0)


def list_payments(session: Session, *, trader_id: int | None = None,
                  date_from: dt.date | None = None, date_to: dt.date | None = None,
                  method: str | None = None, before: tuple[dt.date, int] | None = None,
                  limit: int = 100) -> PaymentPage:
    """Newest first, a page at a time (``before`` = (paid_on, id) of the last row)."""
    require(session, "receivables.view")
    where, params = ["1=1"], []
    if trader_id is not None:
        where.append("p.trader_id = ?")
        params.append(trader_id)
    if date_from is not None:
        where.append("p.paid_on >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        where.append("p.paid_on <= ?")
        params.append(date_to.isoformat())
    if method is not None:
        where.append("p.method = ?")
        params.append(method)
    condition = " AND ".join(where)
    total = one(f"SELECT coalesce(sum(p.amount), 0) FROM payment p WHERE {condition}"
                " AND +p.void_entry_id IS NULL", params)[0]
    if before is not None:
        condition += " AND (p.paid_on < ? OR (p.paid_on = ? AND p.id < ?))"
        params += [before[0].isoformat(), before[0].isoformat(), before[1]]
    found = rows("SELECT p.id, p.receipt_number, p.trader_id, t.name, p.purpose, p.paid_on,"
                 " p.amount, p.method, p.reference, p.void_entry_id IS NOT NULL FROM payment p"
                 f" JOIN trader t ON t.id = p.trader_id WHERE {condition}"
                 " ORDER BY p.paid_on DESC, p.id DESC LIMIT ?", [*params, limit + 1])
    page = tuple(PaymentRow(r[0], r[1], r[2], r[3], r[4], as_date(r[5]), r[6], r[7], r[8],
                            bool(r[9])) for r in found[:limit])
    return PaymentPage(page, len(found) > limit, total)
