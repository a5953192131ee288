"""Cash vouchers and the end-of-day close (schema: migrations/0006_cash.sql)."""

import peewee as pw

from sekretariat.models.base import BaseModel
from sekretariat.models.core import ClosedDay, JournalEntry, User


class CashVoucher(BaseModel):
    number = pw.TextField(unique=True)
    kind = pw.TextField()
    voucher_date = pw.DateField()
    cash_account = pw.TextField()
    counter_account = pw.TextField()
    amount = pw.IntegerField()
    party = pw.TextField(default="")
    memo = pw.TextField()
    journal_entry = pw.ForeignKeyField(JournalEntry, column_name="journal_entry_id",
                                       lazy_load=False)
    void_entry = pw.ForeignKeyField(JournalEntry, null=True, column_name="void_entry_id",
                                    lazy_load=False, backref="+")
    voided_on = pw.DateField(null=True)
    void_reason = pw.TextField(null=True)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()

    class Meta:
        table_name = "cash_voucher"


class CashClose(BaseModel):
    day = pw.DateField()
    zero_day = pw.BooleanField(default=False)
    opening = pw.IntegerField()
    expected = pw.IntegerField()
    counted = pw.IntegerField()
    difference = pw.IntegerField()
    note = pw.TextField(default="")
    counted_by = pw.ForeignKeyField(User, column_name="counted_by", lazy_load=False)
    approved_by = pw.ForeignKeyField(User, null=True, column_name="approved_by",
                                     lazy_load=False, backref="+")
    difference_entry = pw.ForeignKeyField(JournalEntry, null=True,
                                          column_name="difference_entry_id", lazy_load=False)
    closed_day = pw.ForeignKeyField(ClosedDay, column_name="closed_day_id", lazy_load=False)
    created_at = pw.TextField()

    class Meta:
        table_name = "cash_close"


class CashCloseCount(BaseModel):
    close = pw.ForeignKeyField(CashClose, column_name="close_id", lazy_load=False)
    form = pw.TextField()
    denomination = pw.IntegerField()
    quantity = pw.IntegerField()

    class Meta:
        table_name = "cash_close_count"
        primary_key = pw.CompositeKey("close", "form", "denomination")
        without_rowid = True


CASH_MODELS = [CashVoucher, CashClose, CashCloseCount]
