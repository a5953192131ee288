"""Ending a lease: terminate it with a final settlement, or transfer its stall.

* Termination settles the lease on ``on`` (today by default): unused days of
  periods already billed are credited back (credit note), the deposit is set
  off against the lease's arrears, then refunded, forfeited or kept. What is
  still owed stays on the trader's account and the Settlement says so.
* Transfer to another trader: ``arrears="settle"`` requires the outgoing
  lease's arrears to be cleared (by payment beforehand or by its deposit) or
  the transfer is refused; ``arrears="keep"`` leaves them on the outgoing
  trader's account. Either way the result says which; arrears never vanish.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import Conflict, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.core import audit, days
from sekretariat.services.leasing import (deposit_held, deposits, invoices, lease_days, periods,
                                          receivables, stall_rates)
from sekretariat.services.leasing.leases import (LeaseInfo, _check_parties, _close, _insert, _load,
                                                _refuse_closed, _terms, get_lease)
from sekretariat.services.leasing.leasing_util import as_date, check_date, clean_text, one, rows
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

DEPOSIT_ACTIONS = ("refund", "forfeit", "keep")
ARREARS_CHOICES = ("settle", "keep")


@dataclass(frozen=True)
class CreditNoteRef:
    number: str
    invoice_number: str
    amount: int


@dataclass(frozen=True)
class Settlement:
    """What happened when a lease was settled."""

    lease_id: int
    agreement_number: str
    trader_id: int
    trader_name: str
    ended_on: dt.date
    settled_on: dt.date
    deposit_action: str  # refund / forfeit / keep
    credit_notes: tuple[CreditNoteRef, ...]  # unused billed days credited back
    arrears_before: int  # open on this lease after the credit notes, before the deposit
    deposit_held: int  # before settlement
    deposit_set_off: int
    set_off_receipt: str | None
    deposit_refunded: int
    deposit_forfeited: int
    deposit_kept: int
    arrears_remaining: int  # still owed on this lease: stays on the trader's account
    trader_balance: int  # whole account afterwards: + owes, - credit

    @property
    def unused_credit(self) -> int:
        return sum(note.amount for note in self.credit_notes)


@dataclass(frozen=True)
class TransferResult:
    old_lease: LeaseInfo
    new_lease: LeaseInfo
    settlement: Settlement
    arrears_mode: str  # settle / keep
    arrears_kept: int  # left on the outgoing trader's account (0 when settled)


# --- terminate and transfer ------------------------------------------------

def terminate_lease(session: Session, lease_id: int, ended_on: dt.date, reason: str, *,
                    deposit: str = "refund", method: str = "tunai",
                    on: dt.date | None = None) -> Settlement:
    """End a lease on ``ended_on`` (its last day of occupancy; at most its end
    date) and settle it on ``on``. ``deposit``: 'refund' or 'forfeit' set the
    deposit off against the lease's arrears first and then refund / forfeit the
    rest; 'keep' leaves the deposit held (and the arrears open)."""
    require(session, "leases.manage")
    lease = _load(lease_id)
    _refuse_closed(lease)
    ended_on, reason, on = _end_inputs(lease, ended_on, reason, on, deposit, method)
    if deposit != "keep" and lease.deposit_held > 0:
        require(session, "deposits.manage")
    with writing():
        _refuse_closed(_load(lease_id))
        settlement = _settle(session, lease, ended_on, reason, on, deposit, method,
                             set_off=deposit != "keep")
    return settlement


def transfer_stall(session: Session, lease_id: int, new_trader_id: int,
                   transfer_date: dt.date, *, arrears: str, end_date: dt.date | None = None,
                   monthly_rate=None, frequency: str | None = None, due_day: int | None = None,
                   deposit_amount=None, late_fee_bp: int | None = None, deposit: str = "keep",
                   method: str = "tunai", on: dt.date | None = None,
                   note: str = "") -> TransferResult:
    """Hand a leased stall to another trader from ``transfer_date``: the old
    lease ends the day before and is settled (see ``terminate_lease``); a new
    lease starts for the new trader. ``arrears`` must be chosen: 'settle'
    (the deposit is set off first; anything still owed refuses the transfer)
    or 'keep' (what is owed stays on the outgoing trader's account)."""
    require(session, "leases.manage")
    if arrears not in ARREARS_CHOICES:
        raise ValidationError("lease.transfer_arrears_choice", field="arrears")
    old = _load(lease_id)
    _refuse_closed(old)
    transfer_date = check_date(transfer_date, "transfer_date")
    if not old.start_date < transfer_date <= old.end_date:
        raise ValidationError("lease.transfer_date", field="transfer_date",
                              start=fmt_date(old.start_date + dt.timedelta(days=1)),
                              end=fmt_date(old.end_date))
    if new_trader_id == old.trader_id:
        raise ValidationError("lease.transfer_same_trader", field="trader")
    ended_on, reason, on = _end_inputs(old, transfer_date - dt.timedelta(days=1),
                                       t("lease.transfer_reason"), on, deposit, method)
    rate = monthly_rate
    if rate is None:
        current = stall_rates.rate_on(old.stall_id, transfer_date)
        rate = current.monthly_rate if current else old.monthly_rate
    terms = _terms(old.stall_id, transfer_date, end_date or old.end_date, rate,
                   frequency or old.frequency, old.due_day if due_day is None else due_day,
                   old.deposit_amount if deposit_amount is None else deposit_amount,
                   old.late_fee_bp if late_fee_bp is None else late_fee_bp, on, note)
    new_name, _ = _check_parties(new_trader_id, old.stall_id)
    set_off = arrears == "settle" or deposit != "keep"
    if set_off and old.deposit_held > 0:
        require(session, "deposits.manage")
    with writing():
        _refuse_closed(_load(lease_id))
        settlement = _settle(session, old, ended_on, reason, on, deposit, method, set_off=set_off)
        if arrears == "settle" and settlement.arrears_remaining > 0:
            raise Conflict("lease.transfer_arrears_open", field="arrears",
                           amount=format_rupiah(settlement.arrears_remaining),
                           name=old.trader_name)
        new_id = _insert(session, new_trader_id, old.stall_id, terms, old.stall_code,
                         transferred_from=old.id)
        kept = settlement.arrears_remaining if arrears == "keep" else 0
        audit.record(session, "lease.transfer", "lease", old.id, {"trader_id": old.trader_id},
                     {"trader_id": new_trader_id, "new_lease_id": new_id,
                      "transfer_date": transfer_date.isoformat(), "arrears": arrears,
                      "arrears_kept": kept})
    return TransferResult(get_lease(session, old.id, check_permission=False),
                          get_lease(session, new_id, check_permission=False), settlement,
                          arrears, kept)


def _end_inputs(lease: LeaseInfo, ended_on, reason, on, deposit: str, method: str):
    ended_on = check_date(ended_on, "ended_on")
    if ended_on < lease.start_date:
        raise ValidationError("lease.end_before_start", field="ended_on",
                              start=fmt_date(lease.start_date), end=fmt_date(ended_on))
    if ended_on > lease.end_date:
        raise ValidationError("lease.ended_after_end", field="ended_on",
                              end=fmt_date(lease.end_date))
    reason = clean_text(reason, "reason", maximum=300, required=True,
                        empty_key="lease.reason_empty")
    on = check_date(on, "on", required=False) or clock.today()
    if on > clock.today():
        raise ValidationError("lease.settle_future", field="on")
    if deposit not in DEPOSIT_ACTIONS:
        raise ValidationError("lease.deposit_action_invalid", field="deposit")
    if method not in deposits.REFUND_METHODS:
        raise ValidationError("payment.method_invalid", field="method", method=str(method))
    days.assert_open(on)
    lease_days.refuse_closed_end(ended_on)
    return ended_on, reason, on


def _settle(session: Session, lease: LeaseInfo, ended_on: dt.date, reason: str, on: dt.date,
            deposit: str, method: str, *, set_off: bool) -> Settlement:
    """Inside the caller's write: end the lease and settle it."""
    _close(session, lease, "ended", on, reason=reason, ended_on=ended_on)
    notes: list[CreditNoteRef] = []
    for invoice_id, number, start, issued, period_days, value in rows(
            "SELECT id, number, period_start, issue_date, period_days, amount FROM invoice"
            " WHERE lease_id = ? AND kind = 'rent' AND +void_entry_id IS NULL AND period_end > ?"
            " ORDER BY period_start", (lease.id, ended_on.isoformat())):
        start = as_date(start)
        full = periods.period_amount(lease.monthly_rate, lease.frequency)
        kept = 0 if start > ended_on else periods.prorate(
            full, periods.days_inclusive(start, ended_on), period_days)
        credited = one("SELECT coalesce(sum(amount), 0) FROM credit_note WHERE invoice_id = ?",
                       (invoice_id,))[0]
        unused = min(value - kept, value - credited)
        if unused > 0:
            note_id = invoices.credit_note_in_transaction(
                session, invoice_id, unused,
                t("lease.unused_days", agreement=lease.agreement_number,
                  day=fmt_date(ended_on)), max(on, as_date(issued)))
            notes.append(CreditNoteRef(one("SELECT number FROM credit_note WHERE id = ?",
                                           (note_id,))[0], number, unused))
    receivables.apply_credits([lease.trader_id], on)
    arrears_before = _lease_open(lease)
    held = deposit_held.held(lease.id)
    set_off_amount, receipt = 0, None
    if set_off and held > 0 and arrears_before > 0:
        payment_id = deposits.set_off_in_transaction(session, lease.id, lease.trader_id, held, on)
        if payment_id is not None:
            set_off_amount, receipt = one("SELECT amount, receipt_number FROM payment WHERE id = ?",
                                          (payment_id,))
    rest = held - set_off_amount
    refunded = forfeited = kept_deposit = 0
    if rest > 0 and deposit == "refund":
        deposits.refund_in_transaction(session, lease.id, lease.trader_id, rest, method, on)
        refunded = rest
    elif rest > 0 and deposit == "forfeit":
        deposits.forfeit_in_transaction(session, lease.id, lease.trader_id, rest, on, reason)
        forfeited = rest
    else:
        kept_deposit = rest
    settlement = Settlement(
        lease.id, lease.agreement_number, lease.trader_id, lease.trader_name, ended_on, on,
        deposit, tuple(notes), arrears_before, held, set_off_amount, receipt, refunded, forfeited,
        kept_deposit, _lease_open(lease), receivables.balance(lease.trader_id))
    audit.record(session, "lease.terminate", "lease", lease.id, {"status": lease.status}, {
        "ended_on": ended_on.isoformat(), "settled_on": on.isoformat(), "deposit": deposit,
        "credit_notes": [[n.number, n.invoice_number, n.amount] for n in notes],
        "arrears_before": arrears_before, "deposit_held": held, "set_off": set_off_amount,
        "refunded": refunded, "forfeited": forfeited, "deposit_kept": kept_deposit,
        "arrears_remaining": settlement.arrears_remaining})
    return settlement


def _lease_open(lease: LeaseInfo) -> int:
    return sum(inv.open_amount for inv in receivables.open_invoices(lease.trader_id,
                                                                     lease_id=lease.id))
