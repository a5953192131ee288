"""Foundation tables (schema: migrations/0001_foundation.sql)."""

import peewee as pw

from sekretariat.models.base import BaseModel


class MarketProfile(BaseModel):
    id = pw.IntegerField(primary_key=True)
    name = pw.TextField()
    address = pw.TextField(default="")
    city = pw.TextField(default="")
    managing_org = pw.TextField(default="")
    asset_owner = pw.TextField(default="")
    phone = pw.TextField(default="")
    updated_at = pw.TextField()
    type_permendag = pw.TextField(null=True)   # A-D, Permendag 37/2017 (0015)
    type_sni = pw.TextField(null=True)         # I-IV, SNI 8152:2015 (0015)


class Setting(BaseModel):
    key = pw.TextField(primary_key=True)
    value = pw.TextField()


class User(BaseModel):
    username = pw.TextField(unique=True)
    full_name = pw.TextField()
    role = pw.TextField()
    password_hash = pw.TextField()
    failed_attempts = pw.IntegerField(default=0)
    locked = pw.BooleanField(default=False)
    active = pw.BooleanField(default=True)
    language = pw.TextField(null=True)
    created_at = pw.TextField()
    last_login_at = pw.TextField(null=True)

    class Meta:
        table_name = "app_user"


class AuditLog(BaseModel):
    at = pw.TextField()
    user = pw.ForeignKeyField(User, null=True, column_name="user_id", lazy_load=False)
    username = pw.TextField()
    action = pw.TextField()
    entity = pw.TextField()
    entity_id = pw.TextField(null=True)
    before = pw.TextField(null=True)
    after = pw.TextField(null=True)
    prev_hash = pw.TextField()
    hash = pw.TextField(unique=True)


class Account(BaseModel):
    code = pw.TextField(unique=True)
    name_id = pw.TextField()
    name_en = pw.TextField()
    type = pw.TextField()
    active = pw.BooleanField(default=True)


class ClosedDay(BaseModel):
    day = pw.DateField()
    closed_by = pw.ForeignKeyField(User, column_name="closed_by", lazy_load=False)
    closed_at = pw.TextField()
    note = pw.TextField(default="")
    reopened_by = pw.ForeignKeyField(User, null=True, column_name="reopened_by", lazy_load=False)
    reopened_at = pw.TextField(null=True)
    reopen_reason = pw.TextField(null=True)


class Sequence(BaseModel):
    series = pw.TextField()
    year = pw.IntegerField()
    last = pw.IntegerField()

    class Meta:
        primary_key = pw.CompositeKey("series", "year")
        without_rowid = True


class JournalEntry(BaseModel):
    number = pw.TextField(unique=True)
    entry_date = pw.DateField()
    memo = pw.TextField()
    source = pw.TextField(default="manual")
    source_ref = pw.TextField(null=True)
    reverses = pw.ForeignKeyField("self", null=True, unique=True, column_name="reverses_id",
                                  lazy_load=False)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()
    digest = pw.TextField()


class JournalLine(BaseModel):
    entry = pw.ForeignKeyField(JournalEntry, column_name="entry_id", lazy_load=False)
    entry_date = pw.DateField()
    account = pw.ForeignKeyField(Account, column_name="account_id", lazy_load=False)
    debit = pw.IntegerField(default=0)
    credit = pw.IntegerField(default=0)
    party_kind = pw.TextField(null=True)
    party_id = pw.IntegerField(null=True)
    memo = pw.TextField(default="")
