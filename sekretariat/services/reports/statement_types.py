"""The plain values of the SAK EMKM financial statements (``statements``,
``notes``): lines with their figure, the comparative figure and the number
of the note that explains them; sections with totals; the statements."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat.services.reports.period import Period


@dataclass(frozen=True)
class Line:
    key: str                      # 'cash', 'account:1-200', 'surplus_period', ...
    label: str
    amount: int
    previous: int | None          # the comparative column (None: there is none)
    note: int | None = None       # the note (Catatan) that explains it
    accounts: tuple[str, ...] = ()  # the account codes summed


@dataclass(frozen=True)
class Section:
    key: str                      # 'current_assets', 'fixed_assets', 'liabilities', ...
    label: str
    lines: tuple[Line, ...]

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def previous_total(self) -> int | None:
        if any(line.previous is None for line in self.lines):
            return None
        return sum(line.previous for line in self.lines)  # type: ignore[misc]


def _sum(sections: tuple[Section, ...], previous: bool = False) -> int | None:
    values = [s.previous_total if previous else s.total for s in sections]
    if not sections and previous:
        return 0
    return None if any(v is None for v in values) else sum(values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Position:
    """Laporan Posisi Keuangan at ``as_of`` (the period's last day)."""

    period: Period
    as_of: dt.date
    previous_as_of: dt.date | None   # the comparative column's day (None: no books then)
    provisional: bool
    assets: tuple[Section, ...]
    liabilities: tuple[Section, ...]
    equity: tuple[Section, ...]

    @property
    def total_assets(self) -> int:
        return _sum(self.assets)  # type: ignore[return-value]

    @property
    def total_liabilities(self) -> int:
        return _sum(self.liabilities)  # type: ignore[return-value]

    @property
    def total_equity(self) -> int:
        return _sum(self.equity)  # type: ignore[return-value]

    @property
    def total_liabilities_and_equity(self) -> int:
        return self.total_liabilities + self.total_equity

    def previous(self, name: str) -> int | None:
        """A comparative total: 'assets', 'liabilities', 'equity' or
        'liabilities_and_equity' (None without a comparative column)."""
        if self.previous_as_of is None:
            return None
        if name == "liabilities_and_equity":
            return _sum(self.liabilities, True) + _sum(self.equity, True)  # type: ignore[operator]
        return _sum(getattr(self, name), True)

    def lines(self) -> tuple[Line, ...]:
        return tuple(line for group in (self.assets, self.liabilities, self.equity)
                     for section in group for line in section.lines)


@dataclass(frozen=True)
class IncomeStatement:
    """Laporan Laba Rugi for the period (and the same days a year earlier)."""

    period: Period
    previous_period: Period | None   # None: nothing was posted then
    provisional: bool
    income: Section
    expenses: Section

    @property
    def surplus(self) -> int:
        """Surplus (defisit when negative)."""
        return self.income.total - self.expenses.total

    @property
    def previous_surplus(self) -> int | None:
        if self.previous_period is None:
            return None
        return self.income.previous_total - self.expenses.previous_total  # type: ignore[operator]


@dataclass(frozen=True)
class CashSummary:
    """Ringkasan kas: Kas dan setara kas from the period's first day to its last."""

    period: Period
    provisional: bool
    opening: int
    receipts: tuple[Line, ...]       # per source (unknown sources together)
    payments: tuple[Line, ...]
    transfers: int                   # moved between the cash accounts: netted out
    closing: int
    accounts: tuple[Line, ...]       # the closing balance per cash account

    @property
    def total_in(self) -> int:
        return sum(line.amount for line in self.receipts)

    @property
    def total_out(self) -> int:
        return sum(line.amount for line in self.payments)


@dataclass(frozen=True)
class NoteFigure:
    label: str
    amount: int
    previous: int | None = None


@dataclass(frozen=True)
class Note:
    number: int
    key: str                          # 'compliance', 'cash', 'receivables', ...
    title: str
    paragraphs: tuple[str, ...]
    figures: tuple[NoteFigure, ...] = ()
    #: a second table of the note (the ageing of receivables, payables per supplier)
    details_title: str = ""
    details: tuple[NoteFigure, ...] = ()
    details_days: tuple[dt.date, ...] = ()   # the day of each of its columns


@dataclass(frozen=True)
class Notes:
    """Catatan atas Laporan Keuangan."""

    period: Period
    provisional: bool
    comparative: bool                 # the notes' figures carry a previous column
    items: tuple[Note, ...]

    def get(self, key: str) -> Note | None:
        return next((note for note in self.items if note.key == key), None)


@dataclass(frozen=True)
class FinancialStatements:
    """The three statements and their notes, from one read of the books."""

    market: str
    position: Position
    income: IncomeStatement
    cash: CashSummary
    notes: Notes
