"""Supplier payables (utang pemasok): what the warehouse owes each supplier,
read from the journal. Paying and voiding live in ``payables_pay``.

A receipt on credit (``movements.record_receipt``, a bulk round's receipt)
posts Cr 2-200 Utang Pemasok with party 'supplier' and the supplier's id; a
supplier payment posts Dr 2-200 for the same party. So:

* ``supplier_balances`` is THE one function for what suppliers are owed (the
  suppliers screen, the account screen, the CLI): per supplier the sum of its 2-200
  lines, credit - debit, as of a day, and the oldest delivery not yet paid
  (payments taken against the oldest deliveries first; a returned delivery
  or a voided payment counts as never made);
* ``supplier_account``: a supplier's 2-200 lines over a period (deliveries on
  credit, payments, their reversals) with the balance before, after each
  line and at the end;
* ``owed_through``: what may still be paid on a day without the supplier
  being owed less than nothing on that day or any later one (the payment's
  guard).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.warehouse.suppliers import SupplierInfo, supplier_info
from sekretariat.services.warehouse.util import as_date, check_date, one, rows

#: The journal source of a supplier payment and of its void (the reversal).
SOURCE = "warehouse.payable"
#: The payment's number series: BPM/2026/00001 (Bayar Pemasok).
SERIES = "BPM"
PAYABLE, CASH, BANK = "2-200", "1-100", "1-110"
#: A payment's method -> the account it is paid from.
METHODS = {"bank": BANK, "cash": CASH}
PARTY = "supplier"

_ACCOUNT = f"(SELECT id FROM account WHERE code = '{PAYABLE}')"
#: Per supplier and day up to :day: everything on 2-200, and what was
#: delivered (credits of entries neither a reversal nor reversed by :day: a
#: returned delivery and its return, a voided payment and its void, cancel).
_DAYS = (f"SELECT l.party_id, l.entry_date, sum(l.credit) - sum(l.debit) AS net,"
         f" sum(CASE WHEN e.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM journal_entry r"
         f" WHERE r.reverses_id = e.id AND r.entry_date <= :day) THEN l.credit ELSE 0 END)"
         f" AS delivered FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
         f" WHERE l.party_kind = '{PARTY}' AND l.account_id = {_ACCOUNT}"
         f" AND l.entry_date <= :day GROUP BY l.party_id, l.entry_date")
BALANCES_SQL = (
    f"WITH days AS ({_DAYS}),"
    " totals AS (SELECT party_id, sum(net) AS owed, sum(delivered) AS delivered FROM days"
    "  GROUP BY party_id),"
    " oldest AS (SELECT d.party_id, min(d.entry_date) AS day FROM (SELECT party_id,"
    "  entry_date, sum(delivered) OVER (PARTITION BY party_id ORDER BY entry_date) AS upto"
    "  FROM days WHERE delivered > 0) d JOIN totals t ON t.party_id = d.party_id"
    "  WHERE t.owed > 0 AND d.upto > t.delivered - t.owed GROUP BY d.party_id)"
    " SELECT s.id, s.name, s.active, coalesce(t.owed, 0), o.day FROM supplier s"
    " LEFT JOIN totals t ON t.party_id = s.id LEFT JOIN oldest o ON o.party_id = s.id"
    " ORDER BY s.name COLLATE NOCASE, s.id")


@dataclass(frozen=True)
class SupplierBalance:
    supplier_id: int
    name: str
    active: bool
    owed: int                        # what the supplier is owed (2-200, credit - debit)
    oldest_unpaid: dt.date | None    # the oldest delivery not yet (wholly) paid


@dataclass(frozen=True)
class AccountLine:
    line_id: int
    entry_id: int
    entry_number: str
    day: dt.date
    #: 'delivery' | 'delivery_reversal' | 'payment' | 'payment_void' | 'other'
    kind: str
    document: str                    # the document's number (GDG/…, BPM/…)
    memo: str
    debit: int                       # paid or returned: what is owed goes down
    credit: int                      # delivered on credit: what is owed goes up
    balance: int                     # owed after this line
    payment_id: int | None           # the payment this line posts (to void it)
    reversed: bool                   # its entry was reversed later (a void, a return)


@dataclass(frozen=True)
class SupplierAccount:
    supplier: SupplierInfo
    first: dt.date | None
    last: dt.date | None
    opening: int                     # owed before ``first``
    lines: tuple[AccountLine, ...]
    closing: int                     # owed at the end of ``last``

    @property
    def total_credit(self) -> int:
        return sum(line.credit for line in self.lines)

    @property
    def total_debit(self) -> int:
        return sum(line.debit for line in self.lines)


# --- what is owed ------------------------------------------------------------------

def supplier_balances(session: Session, *, as_of: Any = None) -> list[SupplierBalance]:
    """Every supplier (active or not) with what it is owed at the end of
    ``as_of`` (today by default), by name."""
    require(session, "warehouse.view")
    day = check_date(as_of, "as_of", default_today=True)
    return balances_unchecked(day)


def balances_unchecked(day: dt.date) -> list[SupplierBalance]:
    """``supplier_balances`` for callers that checked their permission."""
    return [SupplierBalance(s_id, name, bool(active), owed, as_date(oldest) if oldest else None)
            for s_id, name, active, owed, oldest in rows(BALANCES_SQL,
                                                          {"day": day.isoformat()})]


def supplier_owed(session: Session, supplier_id: int, *, as_of: Any = None) -> int:
    """What one supplier is owed at the end of ``as_of`` (today by default)."""
    require(session, "warehouse.view")
    supplier = supplier_info(supplier_id)
    return owed_at(supplier.id, check_date(as_of, "as_of", default_today=True))


def owed_at(supplier_id: int, day: dt.date) -> int:
    """What the supplier is owed at the end of ``day`` (permission checked by the caller)."""
    return one(f"SELECT coalesce(sum(credit) - sum(debit), 0) FROM journal_line"
               f" WHERE party_kind = '{PARTY}' AND party_id = ? AND account_id = {_ACCOUNT}"
               f" AND entry_date <= ?", (supplier_id, day.isoformat()))[0]


def owed_through(supplier_id: int, day: dt.date) -> int:
    """The most a payment dated ``day`` may take: what is owed at the end of
    ``day`` or, if less, at the end of any later day already posted (a later
    payment must not end up paying more than was owed). Inside the payer's
    write transaction."""
    running = available = owed_at(supplier_id, day)
    for net, in rows(f"SELECT sum(credit) - sum(debit) FROM journal_line"
                     f" WHERE party_kind = '{PARTY}' AND party_id = ?"
                     f" AND account_id = {_ACCOUNT} AND entry_date > ?"
                     f" GROUP BY entry_date ORDER BY entry_date",
                     (supplier_id, day.isoformat())):
        running += net
        available = min(available, running)
    return available


# --- a supplier's account ------------------------------------------------------------

_LINES = (
    "SELECT l.id, e.id, e.number, l.entry_date, e.source, e.source_ref, e.reverses_id,"
    " e.memo, l.debit, l.credit, p.id, r.id FROM journal_line l"
    " JOIN journal_entry e ON e.id = l.entry_id"
    " LEFT JOIN supplier_payment p ON p.journal_entry_id = e.id"
    " LEFT JOIN journal_entry r ON r.reverses_id = e.id"
    f" WHERE l.party_kind = '{PARTY}' AND l.party_id = ? AND l.account_id = {_ACCOUNT}"
    " AND l.entry_date BETWEEN ? AND ? ORDER BY l.entry_date, l.entry_id, l.id")


def supplier_account(session: Session, supplier_id: int, date_from: Any = None,
                     date_to: Any = None) -> SupplierAccount:
    """The supplier's 2-200 lines from ``date_from`` to ``date_to`` (either
    open) with the running balance: what it was owed before, after each line
    and at the end."""
    require(session, "warehouse.view")
    supplier = supplier_info(supplier_id)
    first = None if date_from in (None, "") else check_date(date_from, "date_from")
    last = None if date_to in (None, "") else check_date(date_to, "date_to")
    if first is not None and last is not None and last < first:
        raise ValidationError("payables.period_reversed", field="date_to")
    opening = 0 if first is None else owed_at(supplier.id, first - dt.timedelta(days=1))
    running, lines = opening, []
    for (line_id, entry_id, number, day, source, ref, reverses, memo, debit, credit,
         payment_id, reversed_by) in rows(_LINES, (
            supplier.id, (first or dt.date.min).isoformat(), (last or dt.date.max).isoformat())):
        running += credit - debit
        lines.append(AccountLine(line_id, entry_id, number, as_date(day),
                                 _kind(source, reverses), ref or number, memo, debit, credit,
                                 running, payment_id, reversed_by is not None))
    return SupplierAccount(supplier, first, last, opening, tuple(lines), running)


def _kind(source: str, reverses: int | None) -> str:
    if source == SOURCE:
        return "payment" if reverses is None else "payment_void"
    if source == "warehouse":
        return "delivery" if reverses is None else "delivery_reversal"
    return "other"


# --- finding a supplier by what a person types ---------------------------------------

def find_supplier(session: Session, ref: Any) -> SupplierInfo:
    """A supplier by its name (any case), its id, or a part of its name that
    only one supplier has."""
    require(session, "warehouse.view")
    if isinstance(ref, int) and not isinstance(ref, bool):
        return supplier_info(ref)
    text = " ".join(str(ref or "").split())
    if not text:
        raise NotFound("warehouse.supplier_not_found", field="supplier", supplier="")
    exact = one("SELECT id FROM supplier WHERE name = ? COLLATE NOCASE", (text,))
    if exact is not None:
        return supplier_info(exact[0])
    if text.isdigit():
        return supplier_info(int(text))
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    found = rows("SELECT id, name FROM supplier WHERE name LIKE ? ESCAPE '\\'"
                 " ORDER BY name COLLATE NOCASE LIMIT 6", (pattern,))
    if len(found) == 1:
        return supplier_info(found[0][0])
    if not found:
        raise NotFound("warehouse.supplier_not_found", field="supplier", supplier=text)
    raise Conflict("payables.supplier_ambiguous", field="supplier", text=text,
                   names=", ".join(name for _, name in found[:5]))
