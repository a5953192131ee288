"""Peewee tables only: no business rules, no UI. Schema lives in migrations/."""

from sekretariat.models.base import BaseModel, database_proxy
from sekretariat.models.core import (
    Account,
    AuditLog,
    ClosedDay,
    JournalEntry,
    JournalLine,
    MarketProfile,
    Sequence,
    Setting,
    User,
)

ALL_MODELS = [MarketProfile, Setting, User, AuditLog, Account, ClosedDay, Sequence,
              JournalEntry, JournalLine]

__all__ = ["ALL_MODELS", "BaseModel", "database_proxy", *[m.__name__ for m in ALL_MODELS]]
