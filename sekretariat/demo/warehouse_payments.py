"""The demo's supplier payments (``SupplierPay``): the treasurer pays a
supplier, by bank transfer, what it delivered on credit.

Through the services the event calls
``services.warehouse.payables_pay.pay_supplier``; through ``BulkSink`` it
writes what that writes, in its order: the payment's number (BPM), its
journal entry (source 'warehouse.payable', source_ref the number, the lines
of ``payables_pay.payment_lines``, the memo of ``entry_memo``), the
``supplier_payment`` row and its audit record (``audit_after``). The step
that makes it (``warehouse_step.Warehouse``) pays only deliveries it noted
on credit, so the payment never takes more than the supplier is owed; the
check proves it (``payable_rules``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat.demo.engine import Event
from sekretariat.services.core.journal import LineInput

#: The columns of supplier_payment the bulk path writes.
COLUMNS = ("id", "number", "supplier_id", "pay_date", "amount", "method", "reference", "memo",
           "journal_entry_id", "void_entry_id", "voided_on", "void_reason", "created_by",
           "created_at")


@dataclass(eq=False)
class SupplierPay(Event):
    """``amount`` paid to ``supplier`` (its id; ``name`` as the books spell
    it) by ``method`` ('bank' or 'cash'), with a ``reference`` and a ``memo``."""

    at: dt.datetime
    supplier: int
    name: str
    amount: int
    memo: str = ""
    reference: str = ""
    method: str = "bank"
    role: str = "bendahara"

    def journal_lines(self) -> tuple[LineInput, ...]:
        from sekretariat.services.warehouse.payables_pay import payment_lines

        return tuple(payment_lines(self.supplier, self.name, self.amount, self.method,
                                   self.reference))

    def apply_services(self, sink) -> None:
        from sekretariat.services.warehouse.payables_pay import pay_supplier

        pay_supplier(sink.session(self.role), self.supplier, self.amount, day=self.at.date(),
                     method=self.method, reference=self.reference, memo=self.memo)

    def apply_bulk(self, sink) -> None:
        from sekretariat.services.warehouse.payables import CASH, METHODS, SERIES, SOURCE
        from sekretariat.services.warehouse.payables_pay import audit_after, entry_memo

        session, day = sink.session(self.role), self.at.date()
        sink.assert_open(day)
        if type(self.amount) is not int or self.amount <= 0 or self.method not in METHODS:
            raise ValueError(f"{self.name}: a payment of {self.amount!r} by {self.method!r}")
        if METHODS[self.method] == CASH and sink.cash_balance - self.amount < 0:
            raise ValueError(f"{self.name}: the drawer cannot pay {self.amount}")
        number = sink.number(SERIES, day.year)
        entry_id = sink.post(self.at, entry_memo(number, self.name, self.memo),
                             self.journal_lines(), source=SOURCE, source_ref=number,
                             role=self.role)[0]
        payment_id = sink.next_id("supplier_payment")
        at = self.at.isoformat(timespec="microseconds")
        sink.rows("supplier_payment", COLUMNS).append(
            (payment_id, number, self.supplier, day.isoformat(), self.amount, self.method,
             self.reference, self.memo, entry_id, None, None, None, session.user_id, at))
        sink.audit(self.at, session, "warehouse.supplier_pay", "supplier_payment", payment_id,
                   None, audit_after(number, self.supplier, day, self.amount, self.method,
                                     self.reference, self.memo, entry_id))
