"""The leases services mirrored in memory for the bulk path.

``LeaseBook`` (``lease_runs``, built on ``LeaseBookBase`` here) offers the
methods of ``lease_actions.ServiceOps`` and writes,
through the ``BulkSink``, the rows the services would: the registry (block,
stall, tariff, trader, lease), invoices (``INV/…``), receipts (``KW/…``),
credit notes (``NK/…``), allocations, deposit movements, their journal
entries (same source, source_ref, parties) and audit rows with the same
payloads, in the same order. It keeps what the services would read back —
open invoices and credits per trader, balances, deposits held — in memory,
and follows the same rules (oldest due first, allocation dates, proration,
late-fee months; ``services/periods.py`` is shared). The database's own
triggers keep ``invoice_open``/``credit_open`` and guard the rest.
A test (``tests/integration/test_demo.py``) builds one plan both ways and
compares every row.

Split in three: ``lease_registry`` has the records, the event frame and the
registry; this module receipts, deposits, invoices and credits;
``lease_runs`` the billing and late-fee runs, terminations and transfers.
"""

from __future__ import annotations

import bisect
import datetime as dt

from sekretariat.demo.lease_registry import (TREASURER, Credit, Invoice, Lease, LeaseRegistry,
                                             party_line)
from sekretariat.errors import Conflict, ValidationError
from sekretariat.i18n import t
from sekretariat.services.core.journal import LineInput
from sekretariat.services.leasing.leasing_util import DEPOSITS, METHOD_ACCOUNTS, RECEIVABLE


class LeaseBookBase(LeaseRegistry):
    """Receipts, deposits, invoices and allocations on the registry."""

    # --- receipts and deposits -------------------------------------------------

    def insert_payment(self, role: str, number: str, trader_id: int, value: int, method: str,
                       paid_on: dt.date, memo: str, lines: list[LineInput], *, purpose: str,
                       lease_id: int | None = None) -> tuple[int, Credit | None]:
        """``payments.insert_payment``; an account payment opens a credit."""
        entry_id = self.post(role, paid_on, memo, lines, "payment", number)
        payment_id = self.sink.next_id("payment")
        self.rows["payment"].append((payment_id, number, trader_id, purpose, lease_id,
                                     paid_on.isoformat(), value, method, "", memo, entry_id,
                                     self.user(role), self.now))
        if purpose != "account":
            return payment_id, None
        credit = Credit(trader_id, paid_on, "payment", payment_id, value)
        self.add_credit(credit)
        return payment_id, credit

    def receive_deposit(self, lease_id: int, value: int, method: str) -> None:
        lease = self.leases[lease_id]
        paid_on = self.today()
        self.sink.assert_open(paid_on)
        if lease.status != "active":
            raise Conflict("deposit.lease_not_active", field="lease", number=lease.number)
        if self.received[lease_id] + value > lease.deposit:
            raise ValidationError("deposit.over_agreed", field="amount", agreed=lease.deposit,
                                  received=self.received[lease_id])
        number = self.sink.number("KW", paid_on.year)
        memo = t("deposit.memo_received", number=number, agreement=lease.number,
                 trader=self.traders[lease.trader][0])[:500]
        payment_id, _ = self.insert_payment(
            TREASURER, number, lease.trader, value, method, paid_on, memo,
            [LineInput(METHOD_ACCOUNTS[method], debit=value),
             party_line(DEPOSITS, lease.trader, credit=value)], purpose="deposit",
            lease_id=lease_id)
        movement_id = self.sink.next_id("deposit_movement")
        self.rows["deposit_movement"].append((
            movement_id, lease_id, lease.trader, "received", paid_on.isoformat(), value,
            payment_id, None, memo, None, self.user(TREASURER), self.now))
        self.received[lease_id] += value
        self.held[lease_id] += value
        self.audit(TREASURER, "deposit.receive", "deposit_movement", movement_id, None,
                   {"lease_id": lease_id, "receipt_number": number, "amount": value,
                    "method": method, "paid_on": paid_on.isoformat()})

    def movement(self, role: str, lease: Lease, kind: str, on: dt.date, value: int, memo: str,
                 *, entry_id: int | None = None, payment_id: int | None = None,
                 method: str | None = None) -> None:
        """``deposits._insert_movement`` of money going out of the deposit."""
        movement_id = self.sink.next_id("deposit_movement")
        self.rows["deposit_movement"].append((
            movement_id, lease.id, lease.trader, kind, on.isoformat(), value, payment_id, method,
            memo, entry_id, self.user(role), self.now))
        self.held[lease.id] -= value
        self.audit(role, f"deposit.{kind}", "deposit_movement", movement_id, None,
                   {"lease_id": lease.id, "amount": value, "on": on.isoformat(),
                    "method": method})

    def balance(self, trader_id: int) -> int:
        return self.balances[trader_id]

    def take_payment(self, trader_id: int, value: int, method: str) -> None:
        paid_on = self.today()
        self.sink.assert_open(paid_on)
        if value <= 0 or value > max(self.balances[trader_id], 0):
            raise ValidationError("payment.zero" if value <= 0 else "payment.over_balance",
                                  field="amount")
        number = self.sink.number("KW", paid_on.year)
        memo = t("payment.memo", number=number, trader=self.traders[trader_id][0])[:500]
        payment_id, _ = self.insert_payment(
            TREASURER, number, trader_id, value, method, paid_on, memo,
            [LineInput(METHOD_ACCOUNTS[method], debit=value),
             party_line(RECEIVABLE, trader_id, credit=value)], purpose="account")
        self.apply_credits([trader_id], paid_on)
        self.audit(TREASURER, "payment.take", "payment", payment_id, None,
                   {"receipt_number": number, "trader_id": trader_id, "amount": value,
                    "method": method, "paid_on": paid_on.isoformat(), "reference": "",
                    "allocate_to": []})

    # --- invoices and allocations ------------------------------------------------

    def post_invoice(self, role: str, kind: str, lease: Lease, issue: dt.date, due: dt.date,
                     period: tuple[dt.date, dt.date, int, int], value: int, memo: str,
                     income: str, late_fee_for: Invoice | None = None,
                     late_fee_month: int | None = None) -> Invoice:
        """``billing.post_invoice_entry`` and its row (``store_invoices``)."""
        start, end, billed_days, period_days = period
        number = self.sink.number("INV", issue.year)
        memo = f"{number} {memo}"[:500]
        entry_id = self.post(role, issue, memo,
                             [party_line(RECEIVABLE, lease.trader, debit=value),
                              LineInput(income, credit=value)], "invoice", number)
        invoice_id = self.sink.next_id("invoice")
        stall = late_fee_for.stall if late_fee_for is not None else lease.stall
        self.rows["invoice"].append((
            invoice_id, number, kind, lease.trader, lease.id, stall, start.isoformat(),
            end.isoformat(), billed_days, period_days, issue.isoformat(), due.isoformat(), value,
            late_fee_for.id if late_fee_for is not None else None, late_fee_month, memo,
            entry_id, self.user(role), self.now))
        invoice = Invoice(invoice_id, number, kind, lease.trader, lease.id, stall, issue, due,
                          value, value, start, end, period_days)
        bisect.insort(self.open[lease.trader], invoice, key=Invoice.key)
        if kind == "rent":
            lease.recent_rent = [*lease.recent_rent[-2:], invoice]
        return invoice

    def add_credit(self, credit: Credit) -> None:
        bisect.insort(self.credits[credit.trader], credit, key=Credit.key)

    def allocate_credit(self, credit: Credit, invoices: list[Invoice], op_date: dt.date) -> int:
        """``receivables.allocate_credit``: spread a credit in the order given."""
        left, done = credit.open, 0
        rows = self.rows["invoice_allocation"]
        for invoice in invoices:
            if left == 0:
                break
            take = min(left, invoice.open)
            if take <= 0:
                continue
            when = max(op_date, invoice.issue, credit.date)
            payment = credit.id if credit.source == "payment" else None
            rows.append((self.sink.next_id("invoice_allocation"), invoice.id, payment,
                         None if payment else credit.id, take, when.isoformat(), self.now))
            invoice.open -= take
            credit.open -= take
            if invoice.open == 0:
                self.open[invoice.trader].remove(invoice)
            left -= take
            done += take
        if done and credit.open == 0:
            self.credits[credit.trader].remove(credit)
        return done

    def apply_credits(self, trader_ids, op_date: dt.date) -> int:
        """``receivables.apply_credits``: open credits to open invoices, oldest
        first on both sides."""
        applied = 0
        for trader_id in sorted(set(trader_ids)):
            if not self.credits.get(trader_id) or not self.open.get(trader_id):
                continue
            for credit in list(self.credits[trader_id]):
                current = [invoice for invoice in self.open[trader_id] if invoice.open > 0]
                if not current:
                    break
                applied += self.allocate_credit(credit, current, op_date)
        return applied

    def lease_open(self, lease: Lease) -> list[Invoice]:
        return [invoice for invoice in self.open[lease.trader] if invoice.lease == lease.id]
