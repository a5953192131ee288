"""The bulk mirror's runs: the monthly billing run, the late-fee assessment,
termination with its settlement, and the stall transfer — what
``services/billing.py`` and ``services/leases.py`` write, in the same order
(see ``lease_registry`` and ``lease_book`` for the rest and the rules shared with the services).
"""

from __future__ import annotations

import datetime as dt

from sekretariat.demo.lease_book import LeaseBookBase
from sekretariat.demo.lease_registry import CHAIR, TREASURER, Credit, Invoice, Lease, party_line
from sekretariat.errors import Conflict, ValidationError
from sekretariat.i18n import t
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import periods
from sekretariat.services.core.journal import LineInput
from sekretariat.services.leasing.leasing_util import (
    DEPOSITS,
    KIND_INCOME,
    LATE_FEE_INCOME,
    METHOD_ACCOUNTS,
    OTHER_INCOME,
    RECEIVABLE,
    RENT_INCOME,
    clean_text,
)


def percent(bp: int) -> str:
    """As ``billing`` writes a late-fee percentage (200 -> '2', 250 -> '2,5')."""
    whole, rest = divmod(bp, 100)
    return f"{whole}" if rest == 0 else f"{whole},{rest:02d}".rstrip("0")


class LeaseBook(LeaseBookBase):
    """The leases services in memory for ``BulkSink`` (``lease_actions`` ops)."""

    def __init__(self, sink) -> None:
        super().__init__(sink)
        self.billable: dict[int, Lease] = {}     # leases a run may still bill
        self.billed: set[tuple[int, int, int]] = set()   # (lease, year, month) of rent
        self.month: tuple[int, int] | None = None        # of the latest run
        self.pending: dict[int, Lease] = {}      # billable, not billed that month yet
        self.late_done: set[tuple[int, int]] = set()     # (invoice, month overdue)

    def insert_lease(self, *args, **kwargs) -> int:
        lease_id = super().insert_lease(*args, **kwargs)
        self.billable[lease_id] = self.pending[lease_id] = self.leases[lease_id]
        return lease_id

    # --- billing -------------------------------------------------------------

    def bill_period(self, year: int, month: int) -> None:
        """``billing.bill_period``; runs go forward month by month."""
        first = dt.date(year, month, 1)
        last = periods.month_end(first)
        issue = max(self.today(), first)
        self.sink.assert_open(issue)
        plan, already = self._rent_plan(year, month, first, last, issue)
        if not plan:
            if already:
                raise Conflict("invoice.period_already_billed", field="month",
                               period=f"{year}-{month:02d}", count=already)
            return
        posted = []
        for lease, part, due in plan:
            memo = t("invoice.memo_rent", stall=lease.stall_code,
                     trader=self.traders[lease.trader][0], start=self.fmt_date(part.start),
                     end=self.fmt_date(part.end))
            posted.append(self.post_invoice(
                TREASURER, "rent", lease, issue, due,
                (part.start, part.end, part.billed_days, part.period_days), part.amount, memo,
                RENT_INCOME))
            self.billed.add((lease.id, year, month))
            self.pending.pop(lease.id, None)
        applied = self.apply_credits({invoice.trader for invoice in posted}, issue)
        self.audit(TREASURER, "billing.run", "invoice", None, None,
                   {"year": year, "month": month, "issue_date": issue.isoformat(),
                    "count": len(posted), "total": sum(i.amount for i in posted),
                    "credit_applied": applied,
                    "invoices": [[i.number, i.lease, i.amount] for i in posted]})

    def _rent_plan(self, year: int, month: int, first: dt.date, last: dt.date,
                   issue: dt.date) -> tuple[list, int]:
        """``billing._rent_plan``; runs go forward month by month, so a lease
        ended before a run's month is never billed again. How many were billed
        already only matters (and is only counted) when nothing is left."""
        if self.month != (year, month):
            self.month = (year, month)
            for lease in list(self.billable.values()):
                if lease.effective_end < first:
                    del self.billable[lease.id]
            self.pending = {lease_id: lease for lease_id, lease in self.billable.items()
                            if (lease_id, year, month) not in self.billed}

        def candidate(lease: Lease) -> bool:
            return (lease.status != "cancelled" and lease.effective_end >= first
                    and lease.start <= last)

        plan = []
        for lease in sorted(filter(candidate, self.pending.values()),
                            key=lambda lease: (lease.stall_code, lease.start)):
            part = self._part(lease, year, month)
            if part is not None:
                plan.append((lease, part, periods.due_date(part.start, lease.due_day, issue)))
        if plan:
            return plan, 0
        return plan, sum(1 for lease in filter(candidate, self.billable.values())
                         if (lease.id, year, month) in self.billed
                         and self._part(lease, year, month) is not None)

    @staticmethod
    def _part(lease: Lease, year: int, month: int) -> periods.BillingPart | None:
        return periods.billing_part(lease.frequency, lease.rate, lease.start,
                                    lease.effective_end, year, month)

    def assess_late_fees(self) -> None:
        """``late_fees.assess_late_fees`` on today (every allocation so far is
        dated today or earlier, so what is open now is what was open then)."""
        as_of = self.today()
        self.sink.assert_open(as_of)
        candidates = sorted(
            (invoice for invoices in self.open.values() for invoice in invoices
             if invoice.kind in ("rent", "daily_fee") and invoice.issue <= as_of
             and invoice.due < as_of and self.leases[invoice.lease].bp > 0),
            key=Invoice.key)
        plan = []
        for invoice in candidates:
            bp = self.leases[invoice.lease].bp
            for month in range(1, periods.months_overdue(invoice.due, as_of) + 1):
                if (invoice.id, month) in self.late_done:
                    continue
                fee = periods.apply_bp(invoice.open, bp)
                if fee > 0:
                    plan.append((invoice, month, invoice.open, bp, fee))
        if not plan:
            return
        fees = []
        for invoice, month, base, bp, fee in plan:
            memo = t("invoice.memo_late_fee", number=invoice.number, month=month,
                     percent=percent(bp), base=format_rupiah(base))
            reached = periods.add_months(invoice.due, month)
            late = self.post_invoice(TREASURER, "late_fee", self.leases[invoice.lease], as_of,
                                     as_of, (reached, reached, 1, 1), fee, memo, LATE_FEE_INCOME,
                                     late_fee_for=invoice, late_fee_month=month)
            self.late_done.add((invoice.id, month))
            fees.append([late.number, invoice.number, month, fee])
        self.apply_credits({invoice.trader for invoice, *_ in plan}, as_of)
        self.audit(TREASURER, "late_fee.assess", "invoice", None, None,
                   {"as_of": as_of.isoformat(), "count": len(fees),
                    "total": sum(f[3] for f in fees), "fees": fees})

    # --- ending a lease ----------------------------------------------------------

    def terminate_lease(self, lease_id: int, ended_on: dt.date, reason: str, deposit: str,
                        method: str = "tunai") -> None:
        lease = self._active(lease_id)
        reason, on = self._end_inputs(lease, ended_on, reason)
        self._settle(lease, ended_on, reason, on, deposit, method, set_off=deposit != "keep")

    def transfer_stall(self, lease_id: int, new_trader_id: int, note: str) -> tuple[int, int]:
        """``lease_endings.transfer_stall`` today with arrears kept and the deposit kept
        on the old lease; returns the new lease's id and agreed deposit."""
        old = self._active(lease_id)
        day = self.today()
        if not old.start < day <= old.end:
            raise ValidationError("lease.transfer_date", field="transfer_date")
        if new_trader_id == old.trader:
            raise ValidationError("lease.transfer_same_trader", field="trader")
        reason, on = self._end_inputs(old, day - dt.timedelta(days=1), t("lease.transfer_reason"))
        rate = self.rate_on(self.stalls[old.stall][1], day) or old.rate
        note = clean_text(note, "note", maximum=500)
        if self.traders[new_trader_id][1] == "diblokir":
            raise Conflict("lease.trader_blocked", field="trader",
                           name=self.traders[new_trader_id][0])
        kept = self._settle(old, day - dt.timedelta(days=1), reason, on, "keep", "tunai",
                            set_off=False)
        new_id = self.insert_lease(new_trader_id, old.stall, day, old.end, rate, old.deposit,
                                   frequency=old.frequency, due_day=old.due_day, bp=old.bp,
                                   note=note, transferred_from=old.id)
        self.audit(CHAIR, "lease.transfer", "lease", old.id, {"trader_id": old.trader},
                   {"trader_id": new_trader_id, "new_lease_id": new_id,
                    "transfer_date": day.isoformat(), "arrears": "keep", "arrears_kept": kept})
        return new_id, old.deposit

    def _active(self, lease_id: int) -> Lease:
        lease = self.leases[lease_id]
        if lease.status != "active":
            raise Conflict("lease.already_ended", field="lease", number=lease.number,
                           status=lease.status)
        return lease

    def _end_inputs(self, lease: Lease, ended_on: dt.date, reason: str) -> tuple[str, dt.date]:
        if not lease.start <= ended_on <= lease.end:
            raise ValidationError("lease.ended_after_end", field="ended_on")
        reason = clean_text(reason, "reason", maximum=300, required=True,
                            empty_key="lease.reason_empty")
        on = self.today()
        self.sink.assert_open(on)
        return reason, on

    def _settle(self, lease: Lease, ended_on: dt.date, reason: str, on: dt.date, deposit: str,
                method: str, *, set_off: bool) -> int:
        """``lease_endings._settle`` by the chair; returns the arrears left on the lease."""
        self.sink.update("lease", lease.id, {"status": "ended", "closed_on": on.isoformat(),
                                             "ended_on": ended_on.isoformat(),
                                             "end_reason": reason})
        self.audit(CHAIR, "lease.close", "lease", lease.id, {"status": lease.status},
                   {"status": "ended", "closed_on": on.isoformat(),
                    "ended_on": ended_on.isoformat(), "reason": reason})
        lease.status, lease.ended_on = "ended", ended_on
        recent = lease.recent_rent
        if len(recent) == 3 and recent[0].period_end > ended_on:
            raise RuntimeError("the bulk mirror keeps a lease's last three rent invoices only")
        notes = []
        for invoice in sorted((i for i in recent if i.period_end > ended_on),
                              key=lambda i: i.period_start):
            full = periods.period_amount(lease.rate, lease.frequency)
            kept = 0 if invoice.period_start > ended_on else periods.prorate(
                full, periods.days_inclusive(invoice.period_start, ended_on),
                invoice.period_days)
            unused = min(invoice.amount - kept, invoice.amount - self.credited[invoice.id])
            if unused > 0:
                text = t("lease.unused_days", agreement=lease.number,
                         day=self.fmt_date(ended_on))
                number = self._credit_note(invoice, unused, text, max(on, invoice.issue))
                notes.append([number, invoice.number, unused])
        self.apply_credits([lease.trader], on)
        arrears_before = sum(i.open for i in self.lease_open(lease))
        held = self.held[lease.id]
        set_off_amount = 0
        if set_off and held > 0 and arrears_before > 0:
            set_off_amount = self._set_off(lease, held, on)
        rest = held - set_off_amount
        refunded = forfeited = kept_deposit = 0
        if rest > 0 and deposit == "refund":
            memo = t("deposit.memo_refunded", agreement=lease.number)[:500]
            entry_id = self.post(CHAIR, on, memo,
                                 [party_line(DEPOSITS, lease.trader, debit=rest),
                                  LineInput(METHOD_ACCOUNTS[method], credit=rest)],
                                 "deposit", lease.number)
            self.movement(CHAIR, lease, "refunded", on, rest, memo, entry_id=entry_id,
                          method=method)
            refunded = rest
        elif rest > 0 and deposit == "forfeit":
            memo = t("deposit.memo_forfeited", agreement=lease.number, reason=reason)[:500]
            entry_id = self.post(CHAIR, on, memo,
                                 [party_line(DEPOSITS, lease.trader, debit=rest),
                                  LineInput(OTHER_INCOME, credit=rest)], "deposit", lease.number)
            self.movement(CHAIR, lease, "forfeited", on, rest, memo, entry_id=entry_id)
            forfeited = rest
        else:
            kept_deposit = rest
        remaining = sum(i.open for i in self.lease_open(lease))
        self.audit(CHAIR, "lease.terminate", "lease", lease.id, {"status": "active"}, {
            "ended_on": ended_on.isoformat(), "settled_on": on.isoformat(), "deposit": deposit,
            "credit_notes": notes, "arrears_before": arrears_before, "deposit_held": held,
            "set_off": set_off_amount, "refunded": refunded, "forfeited": forfeited,
            "deposit_kept": kept_deposit, "arrears_remaining": remaining})
        return remaining

    def _credit_note(self, invoice: Invoice, value: int, reason: str, on: dt.date) -> str:
        """``invoices.credit_note_in_transaction`` by the chair; returns its number."""
        if value > invoice.amount - self.credited[invoice.id] or on < invoice.issue:
            raise ValidationError("credit_note.too_much", field="amount")
        number = self.sink.number("NK", on.year)
        memo = t("credit_note.memo", number=number, invoice=invoice.number, reason=reason)[:500]
        entry_id = self.post(CHAIR, on, memo,
                             [LineInput(KIND_INCOME[invoice.kind], debit=value),
                              party_line(RECEIVABLE, invoice.trader, credit=value)],
                             "credit_note", number)
        note_id = self.sink.next_id("credit_note")
        self.rows["credit_note"].append((note_id, number, invoice.trader, invoice.id,
                                         on.isoformat(), value, reason, entry_id,
                                         self.user(CHAIR), self.now))
        self.credited[invoice.id] += value
        credit = Credit(invoice.trader, on, "credit_note", note_id, value)
        self.add_credit(credit)
        self.allocate_credit(credit, [invoice] if invoice.open > 0 else [], on)
        self.audit(CHAIR, "credit_note.issue", "credit_note", note_id, None,
                   {"number": number, "invoice": invoice.number, "amount": value,
                    "on": on.isoformat(), "reason": reason})
        return number

    def _set_off(self, lease: Lease, limit: int, on: dt.date) -> int:
        """``deposits.set_off_in_transaction`` by the chair; returns the amount."""
        invoices = self.lease_open(lease)
        value = min(limit, self.held[lease.id], sum(i.open for i in invoices))
        if value <= 0:
            return 0
        number = self.sink.number("KW", on.year)
        memo = t("deposit.memo_set_off", number=number, agreement=lease.number)[:500]
        payment_id, credit = self.insert_payment(
            CHAIR, number, lease.trader, value, "jaminan", on, memo,
            [party_line(DEPOSITS, lease.trader, debit=value),
             party_line(RECEIVABLE, lease.trader, credit=value)], purpose="account",
            lease_id=lease.id)
        self.allocate_credit(credit, invoices, on)
        self.movement(CHAIR, lease, "set_off", on, value, memo, payment_id=payment_id)
        return value
