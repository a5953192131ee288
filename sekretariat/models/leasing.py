"""Stalls, traders, leases and what is billed and paid under them
(schema: migrations/0002_stalls_leases.sql)."""

import peewee as pw

from sekretariat.models.base import BaseModel
from sekretariat.models.core import JournalEntry, User


class Block(BaseModel):
    code = pw.TextField(unique=True)
    name = pw.TextField(default="")
    created_at = pw.TextField()


class Stall(BaseModel):
    code = pw.TextField(unique=True)
    block = pw.ForeignKeyField(Block, column_name="block_id", lazy_load=False)
    kind = pw.TextField()
    area_dm2 = pw.IntegerField()
    status = pw.TextField(default="normal")
    note = pw.TextField(default="")
    created_at = pw.TextField()


class Tariff(BaseModel):
    kind = pw.TextField()
    block = pw.ForeignKeyField(Block, null=True, column_name="block_id", lazy_load=False)
    monthly_rate = pw.IntegerField()
    effective_from = pw.DateField()
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()


class StallRate(BaseModel):
    stall = pw.ForeignKeyField(Stall, column_name="stall_id", lazy_load=False)
    monthly_rate = pw.IntegerField(null=True)
    effective_from = pw.DateField()
    note = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()


class Trader(BaseModel):
    name = pw.TextField()
    nik = pw.TextField(unique=True)
    phone = pw.TextField(default="")
    address = pw.TextField(default="")
    commodity = pw.TextField(default="")
    status = pw.TextField(default="aktif")
    joined_date = pw.DateField()
    note = pw.TextField(default="")
    created_at = pw.TextField()


class Lease(BaseModel):
    agreement_number = pw.TextField(unique=True)
    trader = pw.ForeignKeyField(Trader, column_name="trader_id", lazy_load=False)
    stall = pw.ForeignKeyField(Stall, column_name="stall_id", lazy_load=False)
    signed_on = pw.DateField()
    start_date = pw.DateField()
    end_date = pw.DateField()
    monthly_rate = pw.IntegerField()
    frequency = pw.TextField()
    due_day = pw.IntegerField()
    deposit_amount = pw.IntegerField(default=0)
    late_fee_bp = pw.IntegerField(default=200)
    status = pw.TextField(default="active")
    ended_on = pw.DateField(null=True)
    end_reason = pw.TextField(null=True)
    closed_on = pw.DateField(null=True)
    renewed_from = pw.ForeignKeyField("self", null=True, unique=True, column_name="renewed_from_id",
                                      lazy_load=False, backref="renewals")
    transferred_from = pw.ForeignKeyField("self", null=True, unique=True,
                                          column_name="transferred_from_id", lazy_load=False,
                                          backref="transfers")
    note = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()


class Invoice(BaseModel):
    number = pw.TextField(unique=True)
    kind = pw.TextField()
    trader = pw.ForeignKeyField(Trader, column_name="trader_id", lazy_load=False)
    lease = pw.ForeignKeyField(Lease, null=True, column_name="lease_id", lazy_load=False)
    stall = pw.ForeignKeyField(Stall, null=True, column_name="stall_id", lazy_load=False)
    period_start = pw.DateField()
    period_end = pw.DateField()
    billed_days = pw.IntegerField()
    period_days = pw.IntegerField()
    issue_date = pw.DateField()
    due_date = pw.DateField()
    amount = pw.IntegerField()
    late_fee_for = pw.ForeignKeyField("self", null=True, column_name="late_fee_for_id",
                                      lazy_load=False)
    late_fee_month = pw.IntegerField(null=True)
    memo = pw.TextField()
    journal_entry = pw.ForeignKeyField(JournalEntry, unique=True, column_name="journal_entry_id",
                                       lazy_load=False)
    void_entry = pw.ForeignKeyField(JournalEntry, null=True, unique=True,
                                    column_name="void_entry_id", lazy_load=False)
    voided_on = pw.DateField(null=True)
    void_reason = pw.TextField(null=True)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()


class Payment(BaseModel):
    receipt_number = pw.TextField(unique=True)
    trader = pw.ForeignKeyField(Trader, column_name="trader_id", lazy_load=False)
    purpose = pw.TextField()
    lease = pw.ForeignKeyField(Lease, null=True, column_name="lease_id", lazy_load=False)
    paid_on = pw.DateField()
    amount = pw.IntegerField()
    method = pw.TextField()
    reference = pw.TextField(default="")
    memo = pw.TextField()
    journal_entry = pw.ForeignKeyField(JournalEntry, unique=True, column_name="journal_entry_id",
                                       lazy_load=False)
    void_entry = pw.ForeignKeyField(JournalEntry, null=True, unique=True,
                                    column_name="void_entry_id", lazy_load=False)
    voided_on = pw.DateField(null=True)
    void_reason = pw.TextField(null=True)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()


class CreditNote(BaseModel):
    number = pw.TextField(unique=True)
    trader = pw.ForeignKeyField(Trader, column_name="trader_id", lazy_load=False)
    invoice = pw.ForeignKeyField(Invoice, column_name="invoice_id", lazy_load=False)
    issued_on = pw.DateField()
    amount = pw.IntegerField()
    reason = pw.TextField()
    journal_entry = pw.ForeignKeyField(JournalEntry, unique=True, column_name="journal_entry_id",
                                       lazy_load=False)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()


class InvoiceAllocation(BaseModel):
    invoice = pw.ForeignKeyField(Invoice, column_name="invoice_id", lazy_load=False)
    payment = pw.ForeignKeyField(Payment, null=True, column_name="payment_id", lazy_load=False)
    credit_note = pw.ForeignKeyField(CreditNote, null=True, column_name="credit_note_id",
                                     lazy_load=False)
    amount = pw.IntegerField()
    alloc_date = pw.DateField()
    created_at = pw.TextField()


class InvoiceOpen(BaseModel):
    """Derived by database triggers; read only."""

    invoice = pw.ForeignKeyField(Invoice, primary_key=True, column_name="invoice_id",
                                 lazy_load=False)
    trader_id = pw.IntegerField()
    due_date = pw.DateField()
    open_amount = pw.IntegerField()
    open_until = pw.DateField()


class CreditOpen(BaseModel):
    """Derived by database triggers; read only."""

    source = pw.TextField()
    source_id = pw.IntegerField()
    trader_id = pw.IntegerField()
    credit_date = pw.DateField()
    open_amount = pw.IntegerField()

    class Meta:
        primary_key = pw.CompositeKey("source", "source_id")
        without_rowid = True


class DepositMovement(BaseModel):
    lease = pw.ForeignKeyField(Lease, column_name="lease_id", lazy_load=False)
    trader = pw.ForeignKeyField(Trader, column_name="trader_id", lazy_load=False)
    kind = pw.TextField()
    moved_on = pw.DateField()
    amount = pw.IntegerField()
    payment = pw.ForeignKeyField(Payment, null=True, unique=True, column_name="payment_id",
                                 lazy_load=False)
    method = pw.TextField(null=True)
    memo = pw.TextField(default="")
    journal_entry = pw.ForeignKeyField(JournalEntry, null=True, unique=True,
                                       column_name="journal_entry_id", lazy_load=False)
    voided_on = pw.DateField(null=True)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()


class FeeType(BaseModel):
    code = pw.TextField(unique=True)
    name = pw.TextField()
    amount = pw.IntegerField()
    active = pw.BooleanField(default=True)
    created_at = pw.TextField()


class FeeCollector(BaseModel):
    name = pw.TextField(unique=True)
    active = pw.BooleanField(default=True)
    created_at = pw.TextField()


class FeeCollection(BaseModel):
    number = pw.TextField(unique=True)
    fee_date = pw.DateField()
    collector = pw.ForeignKeyField(FeeCollector, column_name="collector_id", lazy_load=False)
    collected = pw.IntegerField()
    handed_in = pw.IntegerField()
    unpaid_total = pw.IntegerField(default=0)
    note = pw.TextField(default="")
    journal_entry = pw.ForeignKeyField(JournalEntry, null=True, unique=True,
                                       column_name="journal_entry_id", lazy_load=False)
    void_entry = pw.ForeignKeyField(JournalEntry, null=True, unique=True,
                                    column_name="void_entry_id", lazy_load=False)
    voided_on = pw.DateField(null=True)
    void_reason = pw.TextField(null=True)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()


class FeeCollectionLine(BaseModel):
    collection = pw.ForeignKeyField(FeeCollection, column_name="collection_id", lazy_load=False)
    fee_date = pw.DateField()
    stall = pw.ForeignKeyField(Stall, column_name="stall_id", lazy_load=False)
    fee_type = pw.ForeignKeyField(FeeType, column_name="fee_type_id", lazy_load=False)
    lease = pw.ForeignKeyField(Lease, null=True, column_name="lease_id", lazy_load=False)
    amount = pw.IntegerField()
    paid = pw.BooleanField()
    invoice = pw.ForeignKeyField(Invoice, null=True, column_name="invoice_id", lazy_load=False)


LEASE_MODELS = [Block, Stall, Tariff, StallRate, Trader, Lease, Invoice, Payment, CreditNote,
                InvoiceAllocation, InvoiceOpen, CreditOpen, DepositMovement, FeeType,
                FeeCollector, FeeCollection, FeeCollectionLine]
