"""Security deposits (uang jaminan), per lease: received -> held -> refunded,
forfeited, set off against arrears, or carried to the renewing lease.

* received: a payment with purpose 'deposit' and its own kwitansi
  (Dr 1-100/1-110 / Cr 2-100 trader);
* set off: a payment with method 'jaminan' (Dr 2-100 trader / Cr 1-200
  trader) that settles the lease's open invoices, oldest first;
* refunded: Dr 2-100 trader / Cr 1-100 or 1-110;
* forfeited: Dr 2-100 trader / Cr 4-900 Pendapatan Lain-lain;
* carried: on renewal, what is held moves to the new lease (no entry: same
  trader, same account).

A deposit never goes below zero (a database trigger refuses it too).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.models import DepositMovement
from sekretariat.money import format_rupiah
from sekretariat.services.core import audit, days, journal, numbering
from sekretariat.services.leasing import receivables
from sekretariat.services.leasing.deposit_held import held
from sekretariat.services.leasing.leasing_util import (
    DEPOSITS,
    METHOD_ACCOUNTS,
    OTHER_INCOME,
    RECEIVABLE,
    amount,
    as_date,
    check_date,
    clean_text,
    one,
    rows,
    scalar,
)
from sekretariat.services.leasing.payments import PaymentInfo, get_payment, insert_payment
from sekretariat.services.core.permissions import require
from sekretariat.services.leasing.receivables import party_line, post
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

REFUND_METHODS = ("tunai", "transfer")


@dataclass(frozen=True)
class DepositMovementInfo:
    id: int
    lease_id: int
    trader_id: int
    kind: str
    moved_on: dt.date
    amount: int
    method: str | None
    receipt_number: str | None
    journal_number: str | None
    memo: str
    voided: bool


@dataclass(frozen=True)
class DepositSummary:
    lease_id: int
    agreed: int
    received: int
    held: int
    set_off: int
    refunded: int
    forfeited: int
    carried_in: int
    carried_out: int

    @property
    def state(self) -> str:
        """tidak_ada (none agreed), belum (nothing received yet), sebagian (less
        than agreed held), ditahan (held), or where it went once nothing is
        held: dikembalikan (refunded), disita (forfeited), digunakan (set off),
        dipindahkan (carried to the renewal)."""
        if self.held > 0:
            return "ditahan" if self.held >= self.agreed else "sebagian"
        if self.received + self.carried_in == 0:
            return "belum" if self.agreed > 0 else "tidak_ada"
        return max((self.refunded, "dikembalikan"), (self.forfeited, "disita"),
                   (self.set_off, "digunakan"), (self.carried_out, "dipindahkan"))[1]


def _lease(lease_id: int) -> tuple:
    row = one("SELECT l.id, l.trader_id, l.status, l.deposit_amount, l.agreement_number, t.name"
              " FROM lease l JOIN trader t ON t.id = l.trader_id WHERE l.id = ?", (lease_id,))
    if row is None:
        raise NotFound("lease.not_found", field="lease")
    return row


# --- receiving ---------------------------------------------------------------

def receive_deposit(session: Session, lease_id: int, amount_paid, method: str,
                    paid_on: dt.date | None = None, reference: str = "") -> PaymentInfo:
    """The trader pays (part of) the agreed deposit; a kwitansi is numbered."""
    require(session, "deposits.manage")
    lease_id_, trader_id, status, agreed, agreement, trader_name = _lease(lease_id)
    value = amount(amount_paid, "amount", zero_key="payment.zero")
    if method not in METHOD_ACCOUNTS:
        raise ValidationError("payment.method_invalid", field="method", method=str(method))
    paid_on = check_date(paid_on, "paid_on", required=False) or clock.today()
    if paid_on > clock.today():
        raise ValidationError("payment.future", field="paid_on", day=fmt_date(paid_on))
    reference = clean_text(reference, "reference", maximum=100)
    if status != "active":
        raise Conflict("deposit.lease_not_active", field="lease", number=agreement)
    days.assert_open(paid_on)
    with writing():
        received = scalar("SELECT coalesce(sum(amount), 0) FROM deposit_movement"
                          " WHERE lease_id = ? AND kind IN ('received', 'carried_in')"
                          " AND voided_on IS NULL", (lease_id,))
        if received + value > agreed:
            raise ValidationError("deposit.over_agreed", field="amount",
                                  agreed=format_rupiah(agreed),
                                  received=format_rupiah(received))
        number = numbering.next_number("KW", paid_on.year)
        memo = t("deposit.memo_received", number=number, agreement=agreement,
                 trader=trader_name)[:500]
        payment_id = insert_payment(
            session, number, trader_id, value, method, paid_on, reference, memo,
            [journal.LineInput(METHOD_ACCOUNTS[method], debit=value),
             party_line(DEPOSITS, trader_id, credit=value)], purpose="deposit", lease_id=lease_id)
        movement_id = DepositMovement.insert(
            lease=lease_id, trader=trader_id, kind="received", moved_on=paid_on, amount=value,
            payment=payment_id, memo=memo, created_by=session.user_id,
            created_at=clock.now_iso()).execute()
        audit.record(session, "deposit.receive", "deposit_movement", movement_id, None,
                     {"lease_id": lease_id, "receipt_number": number, "amount": value,
                      "method": method, "paid_on": paid_on.isoformat()})
    return get_payment(session, payment_id, check_permission=False)


# --- giving back, keeping, using ---------------------------------------------

def refund_deposit(session: Session, lease_id: int, amount_out=None, method: str = "tunai",
                   on: dt.date | None = None, note: str = "") -> DepositMovementInfo:
    """Give (part of) the held deposit back; all of it by default. Refused
    while the lease has open invoices (set them off first)."""
    require(session, "deposits.manage")
    lease = _lease(lease_id)
    on = _settle_date(on)
    note = clean_text(note, "note", maximum=200)
    if method not in REFUND_METHODS:
        raise ValidationError("payment.method_invalid", field="method", method=str(method))
    with writing():
        value = _outflow(lease_id, amount_out)
        if receivables.open_invoices(lease[1], lease_id=lease_id):
            raise Conflict("deposit.arrears_first", field="lease", number=lease[4])
        movement_id = refund_in_transaction(session, lease_id, lease[1], value, method, on, note)
    return _movement(movement_id)


def forfeit_deposit(session: Session, lease_id: int, reason: str, amount_out=None,
                    on: dt.date | None = None) -> DepositMovementInfo:
    """Keep (part of) the held deposit as other income (Cr 4-900)."""
    require(session, "deposits.manage")
    lease = _lease(lease_id)
    reason = clean_text(reason, "reason", maximum=200, required=True,
                        empty_key="deposit.reason_empty")
    on = _settle_date(on)
    with writing():
        value = _outflow(lease_id, amount_out)
        movement_id = forfeit_in_transaction(session, lease_id, lease[1], value, on, reason)
    return _movement(movement_id)


def set_off_deposit(session: Session, lease_id: int, amount_used=None,
                    on: dt.date | None = None) -> PaymentInfo | None:
    """Use the held deposit to settle the lease's open invoices (oldest
    first), up to ``amount_used`` or all that is needed. None when nothing
    was open."""
    require(session, "deposits.manage")
    lease = _lease(lease_id)
    on = _settle_date(on)
    with writing():
        limit = _outflow(lease_id, amount_used)
        payment_id = set_off_in_transaction(session, lease_id, lease[1], limit, on)
    return get_payment(session, payment_id, check_permission=False) if payment_id else None


def _settle_date(on) -> dt.date:
    on = check_date(on, "on", required=False) or clock.today()
    if on > clock.today():
        raise ValidationError("payment.future", field="on", day=fmt_date(on))
    days.assert_open(on)
    return on


def _outflow(lease_id: int, requested) -> int:
    available = held(lease_id)
    if available <= 0:
        raise Conflict("deposit.nothing_held", field="lease")
    if requested is None:
        return available
    value = amount(requested, "amount", zero_key="payment.zero")
    if value > available:
        raise ValidationError("deposit.more_than_held", field="amount",
                              held=format_rupiah(available))
    return value


def refund_in_transaction(session: Session, lease_id: int, trader_id: int, value: int,
                          method: str, on: dt.date, note: str = "") -> int:
    agreement = scalar("SELECT agreement_number FROM lease WHERE id = ?", (lease_id,))
    memo = t("deposit.memo_refunded", agreement=agreement) + (f" — {note}" if note else "")
    memo = memo[:500]
    entry_id = post(session, on, memo, [party_line(DEPOSITS, trader_id, debit=value),
                                         journal.LineInput(METHOD_ACCOUNTS[method], credit=value)],
                    source="deposit", ref=agreement)
    return _insert_movement(session, lease_id, trader_id, "refunded", on, value, memo,
                            entry_id=entry_id, method=method)


def forfeit_in_transaction(session: Session, lease_id: int, trader_id: int, value: int,
                           on: dt.date, reason: str) -> int:
    agreement = scalar("SELECT agreement_number FROM lease WHERE id = ?", (lease_id,))
    memo = t("deposit.memo_forfeited", agreement=agreement, reason=reason)[:500]
    entry_id = post(session, on, memo, [party_line(DEPOSITS, trader_id, debit=value),
                                         journal.LineInput(OTHER_INCOME, credit=value)],
                    source="deposit", ref=agreement)
    return _insert_movement(session, lease_id, trader_id, "forfeited", on, value, memo,
                            entry_id=entry_id)


def set_off_in_transaction(session: Session, lease_id: int, trader_id: int, limit: int,
                           on: dt.date) -> int | None:
    """Settle the lease's open invoices from its deposit, up to ``limit``.
    Returns the set-off payment's id (None when nothing was open)."""
    invoices = receivables.open_invoices(trader_id, lease_id=lease_id)
    value = min(limit, held(lease_id), sum(inv.open_amount for inv in invoices))
    if value <= 0:
        return None
    agreement = scalar("SELECT agreement_number FROM lease WHERE id = ?", (lease_id,))
    number = numbering.next_number("KW", on.year)
    memo = t("deposit.memo_set_off", number=number, agreement=agreement)[:500]
    payment_id = insert_payment(session, number, trader_id, value, "jaminan", on, "", memo,
                                [party_line(DEPOSITS, trader_id, debit=value),
                                 party_line(RECEIVABLE, trader_id, credit=value)],
                                purpose="account", lease_id=lease_id)
    receivables.allocate_credit(receivables.OpenCredit("payment", payment_id, on, value),
                                invoices, op_date=on)
    _insert_movement(session, lease_id, trader_id, "set_off", on, value, memo,
                     payment_id=payment_id)
    return payment_id


def carry_in_transaction(session: Session, from_lease: int, to_lease: int, trader_id: int,
                         on: dt.date) -> int:
    """Move what ``from_lease`` holds to ``to_lease`` (a renewal). Returns the amount."""
    value = held(from_lease)
    if value > 0:
        memo = t("deposit.memo_carried", agreement=scalar(
            "SELECT agreement_number FROM lease WHERE id = ?", (to_lease,)))
        _insert_movement(session, from_lease, trader_id, "carried_out", on, value, memo)
        _insert_movement(session, to_lease, trader_id, "carried_in", on, value, memo)
    return value


def _insert_movement(session: Session, lease_id: int, trader_id: int, kind: str, on: dt.date,
                     value: int, memo: str, *, entry_id: int | None = None,
                     payment_id: int | None = None, method: str | None = None) -> int:
    movement_id = DepositMovement.insert(
        lease=lease_id, trader=trader_id, kind=kind, moved_on=on, amount=value,
        payment=payment_id, method=method, memo=memo, journal_entry=entry_id,
        created_by=session.user_id, created_at=clock.now_iso()).execute()
    audit.record(session, f"deposit.{kind}", "deposit_movement", movement_id, None,
                 {"lease_id": lease_id, "amount": value, "on": on.isoformat(), "method": method})
    return movement_id


# --- reading -----------------------------------------------------------------

def deposit_summary(session: Session, lease_id: int) -> DepositSummary:
    require(session, "leases.view")
    return summary(lease_id)


def summary(lease_id: int) -> DepositSummary:
    agreed = _lease(lease_id)[3]
    sums = dict(rows("SELECT kind, sum(amount) FROM deposit_movement WHERE lease_id = ?"
                     " AND voided_on IS NULL GROUP BY kind", (lease_id,)))
    get = sums.get
    received, carried_in = get("received", 0), get("carried_in", 0)
    out = sum(get(k, 0) for k in ("set_off", "refunded", "forfeited", "carried_out"))
    return DepositSummary(lease_id, agreed, received, received + carried_in - out,
                          get("set_off", 0), get("refunded", 0), get("forfeited", 0), carried_in,
                          get("carried_out", 0))


def list_movements(session: Session, lease_id: int) -> list[DepositMovementInfo]:
    require(session, "leases.view")
    return [_row(r) for r in rows(f"{_SELECT} WHERE m.lease_id = ? ORDER BY m.moved_on, m.id",
                                  (lease_id,))]


_SELECT = ("SELECT m.id, m.lease_id, m.trader_id, m.kind, m.moved_on, m.amount, m.method,"
           " p.receipt_number, coalesce(e.number, pe.number), m.memo, m.voided_on IS NOT NULL"
           " FROM deposit_movement m LEFT JOIN payment p ON p.id = m.payment_id"
           " LEFT JOIN journal_entry e ON e.id = m.journal_entry_id"
           " LEFT JOIN journal_entry pe ON pe.id = p.journal_entry_id")


def _movement(movement_id: int) -> DepositMovementInfo:
    return _row(one(f"{_SELECT} WHERE m.id = ?", (movement_id,)))


def _row(r) -> DepositMovementInfo:
    values = list(r)
    values[4] = as_date(values[4])
    values[10] = bool(values[10])
    return DepositMovementInfo(*values)
