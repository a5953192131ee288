"""Paying a supplier what the warehouse owes it, and voiding such a payment.

``pay_supplier`` (the treasurer or the chair: ``cash.post``) numbers the
payment ``BPM/2026/00001`` and posts Dr 2-200 Utang Pemasok (party: the
supplier) / Cr 1-110 Bank or 1-100 Kas in one transaction with its
``supplier_payment`` row and its audit record. Refused: an amount that is
not whole positive Rupiah, more than the supplier is owed on that day (or
on any later day already posted, ``payables.owed_through``), an unknown or
inactive supplier, a closed or future day, a cash payment the drawer cannot
make (``vouchers.drawer_guard``), a missing permission.

A payment is never edited: ``void_supplier_payment`` (``cash.void``) posts
the reversal of its entry dated in an open day (today by default) and keeps
its number. The journal source of both is ``payables.SOURCE``; the demo's
bulk path writes the same rows with ``payment_lines``, ``entry_memo`` and
``audit_after``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import MAX_AMOUNT, format_rupiah, parse_rupiah
from sekretariat.services.cash.vouchers import drawer_guard
from sekretariat.services.core import audit, days, journal, numbering
from sekretariat.services.core.journal import LineInput
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse.payables import (
    CASH,
    METHODS,
    PARTY,
    PAYABLE,
    SERIES,
    SOURCE,
    owed_through,
)
from sekretariat.services.warehouse.suppliers import supplier_info
from sekretariat.services.warehouse.util import (
    MAX_REASON,
    as_date,
    check_date,
    clean_text,
    one,
    rows,
)

MAX_REFERENCE = 60
MAX_MEMO = 200


@dataclass(frozen=True)
class SupplierPayment:
    id: int
    number: str
    supplier_id: int
    supplier_name: str
    pay_date: dt.date
    amount: int
    method: str                      # 'bank' | 'cash'
    reference: str
    memo: str
    journal_entry_id: int
    entry_number: str
    created_by: str                  # username
    created_at: str
    voided_on: dt.date | None
    void_reason: str | None
    void_entry_id: int | None

    @property
    def is_void(self) -> bool:
        return self.voided_on is not None


# --- what both demo paths share ------------------------------------------------------

def payment_lines(supplier_id: int, supplier_name: str, amount: int, method: str,
                  reference: str) -> list[LineInput]:
    """Dr 2-200 (the supplier) / Cr the method's account."""
    return [LineInput(PAYABLE, debit=amount, memo=supplier_name, party_kind=PARTY,
                      party_id=supplier_id),
            LineInput(METHODS[method], credit=amount, memo=reference or supplier_name)]


def entry_memo(number: str, supplier_name: str, memo: str) -> str:
    from sekretariat.i18n import t

    if memo:
        return t("payables.entry_memo_note", name=supplier_name, number=number, memo=memo)
    return t("payables.entry_memo", name=supplier_name, number=number)


def audit_after(number: str, supplier_id: int, day: dt.date, amount: int, method: str,
                reference: str, memo: str, entry_id: int) -> dict:
    return {"number": number, "supplier_id": supplier_id, "day": day.isoformat(),
            "amount": amount, "method": method, "reference": reference, "memo": memo,
            "entry_id": entry_id}


INSERT_SQL = ("INSERT INTO supplier_payment (number, supplier_id, pay_date, amount, method,"
              " reference, memo, journal_entry_id, created_by, created_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")


# --- paying ----------------------------------------------------------------------------

def check_amount(value: Any) -> int:
    """Whole positive Rupiah (typed or an int); a float is refused."""
    if isinstance(value, float):
        raise ValidationError("money.invalid", field="amount", text=str(value))
    return parse_rupiah(value, field="amount", allow_zero=False, maximum=MAX_AMOUNT)


def pay_supplier(session: Session, supplier_id: int, amount: Any, *, day: Any = None,
                 method: str = "bank", reference: str = "", memo: str = "") -> SupplierPayment:
    """Pay ``amount`` of what ``supplier_id`` is owed, on ``day`` (today by
    default), from the bank (``method`` 'bank') or the drawer ('cash')."""
    require(session, "cash.post")
    supplier = supplier_info(supplier_id)
    if not supplier.active:
        raise Conflict("warehouse.supplier_inactive", field="supplier", name=supplier.name)
    amount = check_amount(amount)
    day = check_date(day, "day", default_today=True, not_future=True)
    if method not in METHODS:
        raise ValidationError("payables.method_invalid", field="method", method=str(method))
    reference = clean_text(reference, "reference", maximum=MAX_REFERENCE)
    memo = clean_text(memo, "memo", maximum=MAX_MEMO)
    with writing():
        days.assert_open(day)
        owed = owed_through(supplier.id, day)
        if amount > owed:
            raise ValidationError("payables.more_than_owed", field="amount",
                                  amount=format_rupiah(amount), owed=format_rupiah(max(owed, 0)),
                                  name=supplier.name, day=fmt_date(day))
        if METHODS[method] == CASH:
            drawer_guard(day, amount)
        number = numbering.next_number(SERIES, day.year)
        entry_id = journal.post_in_transaction(
            session, day, entry_memo(number, supplier.name, memo),
            payment_lines(supplier.id, supplier.name, amount, method, reference),
            source=SOURCE, source_ref=number)
        payment_id = one(INSERT_SQL, (number, supplier.id, day.isoformat(), amount, method,
                                      reference, memo, entry_id, session.user_id,
                                      clock.now_iso()))[0]
        audit.record(session, "warehouse.supplier_pay", "supplier_payment", payment_id, None,
                     audit_after(number, supplier.id, day, amount, method, reference, memo,
                                 entry_id))
    return payment_info(payment_id)


def void_supplier_payment(session: Session, payment_id: int, reason: str,
                          day: Any = None) -> SupplierPayment:
    """Void a payment by the reversal of its entry, dated ``day`` (today by
    default, an open day, not before the payment); the number stays."""
    require(session, "cash.void")
    reason = clean_text(reason, "reason", maximum=MAX_REASON, required=True)
    day = check_date(day, "day", default_today=True, not_future=True)
    with writing():
        found = payment_info(payment_id)
        if found.is_void:
            raise Conflict("payables.already_void", number=found.number,
                           day=fmt_date(found.voided_on))
        if day < found.pay_date:
            raise ValidationError("payables.void_before_payment", field="day",
                                  number=found.number, day=fmt_date(found.pay_date))
        days.assert_open(day)
        reversal = journal.reverse_in_transaction(session, found.journal_entry_id, reason, day,
                                                  source=SOURCE, source_ref=found.number)
        one("UPDATE supplier_payment SET void_entry_id = ?, voided_on = ?, void_reason = ?"
            " WHERE id = ? RETURNING id", (reversal, day.isoformat(), reason, found.id))
        audit.record(session, "warehouse.supplier_pay_void", "supplier_payment", found.id,
                     {"voided_on": None},
                     {"number": found.number, "voided_on": day.isoformat(), "reason": reason,
                      "void_entry_id": reversal})
    return payment_info(found.id)


# --- reading payments ------------------------------------------------------------------

_QUERY = ("SELECT p.id, p.number, p.supplier_id, s.name, p.pay_date, p.amount, p.method,"
          " p.reference, p.memo, p.journal_entry_id, e.number, u.username, p.created_at,"
          " p.voided_on, p.void_reason, p.void_entry_id FROM supplier_payment p"
          " JOIN supplier s ON s.id = p.supplier_id"
          " JOIN journal_entry e ON e.id = p.journal_entry_id"
          " JOIN app_user u ON u.id = p.created_by")


def _info(row: tuple) -> SupplierPayment:
    (p_id, number, s_id, name, day, amount, method, reference, memo, entry_id, entry_number,
     user, created_at, voided_on, reason, void_entry) = row
    return SupplierPayment(p_id, number, s_id, name, as_date(day), amount, method, reference,
                           memo, entry_id, entry_number, user, created_at, as_date(voided_on),
                           reason, void_entry)


def payment_info(payment_id: int) -> SupplierPayment:
    """For services that checked their permission; NotFound otherwise."""
    row = one(_QUERY + " WHERE p.id = ?", (payment_id,)) \
        if isinstance(payment_id, int) and not isinstance(payment_id, bool) else None
    if row is None:
        raise NotFound("payables.payment_not_found", payment=str(payment_id))
    return _info(row)


def get_payment(session: Session, payment_id: int) -> SupplierPayment:
    require(session, "warehouse.view")
    return payment_info(payment_id)


def find_payment(session: Session, number: str) -> SupplierPayment:
    """A payment by its number (``BPM/2026/00001``, any case)."""
    require(session, "warehouse.view")
    text = str(number or "").strip().upper()
    row = one(_QUERY + " WHERE p.number = ?", (text,))
    if row is None:
        raise NotFound("payables.payment_not_found", payment=text or "-")
    return _info(row)


def list_payments(session: Session, supplier_id: int | None = None, *, limit: int = 500
                  ) -> list[SupplierPayment]:
    """Payments, newest first (one supplier's, or everyone's)."""
    require(session, "warehouse.view")
    where, params = ("", ()) if supplier_id is None else (" WHERE p.supplier_id = ?",
                                                        (supplier_id,))
    return [_info(r) for r in rows(_QUERY + where + " ORDER BY p.pay_date DESC, p.id DESC"
                                   " LIMIT ?", (*params, limit))]
