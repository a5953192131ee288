"""The journal's plain values: what a caller posts (``LineInput``,
``EntryInput``) and what it reads back (entries, pages, balances)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

ACCOUNT_TYPES = ("asset", "liability", "equity", "income", "expense")
DEBIT_NORMAL = frozenset({"asset", "expense"})
#: Accounts kept by their own documents (invoices, receipts, deposits, the
#: parking attendants' shortfalls, the warehouse's stock movements, the
#: suppliers' deliveries and payments): a manual entry may not touch them, or
#: the statement / the attendants' debts / the stock value / what each
#: supplier is owed would stop matching.
SUBLEDGER_ACCOUNTS = frozenset({"1-200", "1-210", "1-300", "2-100", "2-200"})


@dataclass(frozen=True)
class LineInput:
    """One side of an entry: an account code and either a debit or a credit."""

    account: str
    debit: int = 0
    credit: int = 0
    memo: str = ""
    party_kind: str | None = None
    party_id: int | None = None


@dataclass(frozen=True)
class EntryInput:
    """One entry for ``post_many_in_transaction`` (the arguments of ``post_in_transaction``)."""

    entry_date: dt.date
    memo: str
    lines: Sequence[LineInput]
    source: str = "manual"
    source_ref: str | None = None
    reverses_id: int | None = None


@dataclass(frozen=True)
class PostedLine:
    account_code: str
    account_name: str
    debit: int
    credit: int
    memo: str
    party_kind: str | None
    party_id: int | None


@dataclass(frozen=True)
class PostedEntry:
    id: int
    number: str
    entry_date: dt.date
    memo: str
    source: str
    source_ref: str | None
    reverses_id: int | None
    reversed_by_id: int | None
    created_by: str
    created_at: str
    lines: tuple[PostedLine, ...]

    @property
    def total(self) -> int:
        return sum(line.debit for line in self.lines)


@dataclass(frozen=True)
class AccountInfo:
    id: int
    code: str
    name: str
    type: str
    active: bool


@dataclass(frozen=True)
class BalanceRow:
    code: str
    name: str
    type: str
    debit: int
    credit: int

    @property
    def balance(self) -> int:
        """Debit minus credit: positive for a normal asset/expense balance."""
        return self.debit - self.credit


@dataclass(frozen=True)
class TrialBalance:
    as_of: dt.date
    rows: tuple[BalanceRow, ...]
    total_debit: int
    total_credit: int

    @property
    def balanced(self) -> bool:
        return self.total_debit == self.total_credit


@dataclass(frozen=True)
class EntrySummary:
    id: int
    number: str
    entry_date: dt.date
    memo: str
    source: str
    total: int
    created_by: str
    reverses_id: int | None
    reversed_by_id: int | None


@dataclass(frozen=True)
class EntryPage:
    rows: tuple[EntrySummary, ...]
    has_more: bool
