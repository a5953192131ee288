"""The plain values of the annual (and monthly) report to the asset owner:
what ``services/reports/report_data.py`` gathers from the same services the
screens use, and what ``reports/reports/annual_pdf.py`` lays out. Nothing
here reads the database.

Money is whole Rupiah (int); counts are ints; shares and indices are exact
``Fraction`` s between 0 and 1 (the PDF shows them as percentages). A
comparative value is the same figure for the previous period (the year
before, or the same month a year before), ``None`` when there were no books
then. A section with nothing in the period carries ``has_data=False`` and the
PDF says so in one line instead of drawing an empty chart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from sekretariat.services.reports.period import Period
from sekretariat.services.reports.statement_types import FinancialStatements

Number = int | Fraction


@dataclass(frozen=True)
class Indicator:
    """One line of the key-indicators page."""

    key: str                 # 'active_traders', 'occupancy', 'income:4-100', 'csi_buyers', ...
    label: str
    unit: str                # 'rupiah', 'count', 'share' (a Fraction), 'change' (a Fraction, +/-)
    value: Number | None     # None: not measured in the period (e.g. no survey)
    previous: Number | None  # the comparative period's value (None: none)


@dataclass(frozen=True)
class Cover:
    market_name: str
    market_address: str
    manager: str             # the managing organisation (market profile)
    asset_owner: str         # the asset owner (market profile)
    period: Period
    provisional: bool        # 'SEMENTARA' on every page
    made_at: dt.datetime
    made_by: str             # the user's full name


@dataclass(frozen=True)
class MonthValue:
    month: dt.date           # the first day of the month
    values: tuple[tuple[str, int], ...]   # (series label, amount or count) in legend order


@dataclass(frozen=True)
class Leasing:
    has_data: bool
    income_by_month: tuple[MonthValue, ...]         # series: each income source (account)
    occupancy_by_month: tuple[tuple[dt.date, int, int], ...]   # (month end, occupied, stalls)
    occupancy_by_block: tuple[tuple[str, int, int], ...]       # (block, occupied, stalls) at end
    arrears_ageing: tuple[tuple[str, int, int], ...]           # (bucket label, traders, amount)
    arrears_total: int
    traders_active: int
    traders_joined: int
    traders_left: int


@dataclass(frozen=True)
class Parking:
    has_data: bool
    income_by_month: tuple[MonthValue, ...]         # series: expected, handed over
    expected: int
    handed_over: int
    debts: tuple[tuple[str, int], ...]              # (attendant, outstanding debt) at period end
    satisfaction: tuple[tuple[str, Fraction], ...]  # (statement, score 0..1) parking users' survey
    satisfaction_index: Fraction | None


@dataclass(frozen=True)
class Surveys:
    has_data: bool
    buyers_index: Fraction | None
    parking_index: Fraction | None
    turnover_change: Fraction | None                # traders' reported turnover, median change
    income_change: Fraction | None


@dataclass(frozen=True)
class Warehouse:
    has_data: bool
    stock_value_end: int
    stock_value_start: int
    issued_at_cost: int                             # cost of goods out in the period
    turnover: Fraction | None                       # issued at cost / average stock value
    write_offs: tuple[tuple[str, int, str], ...]    # (item, value, reason) in the period
    write_off_total: int
    count_shortage_total: int                       # stock-count variances, net (negative: short)
    low_at_end: tuple[str, ...]                     # items at or below their reorder level


@dataclass(frozen=True)
class BulkPurchases:
    has_data: bool
    rounds: tuple[tuple[str, str, int, int, int], ...]   # (number, title, traders, charges, savings)
    rounds_posted: int
    traders_served: int
    charges_total: int
    savings_total: int


@dataclass(frozen=True)
class Recurring:
    """A place with repeated complaints of one category up to the period's end."""

    place: str               # the place's label ("Blok B", "Toilet Blok A (wc-a)")
    category: str            # the complaint category's code ('kebersihan', ...)
    count: int               # complaints there in the repeat window
    latest_number: str       # the latest one's number (ADU/2026/00007)
    latest_status: str       # its status at the end: received, in_progress, resolved, rejected
    done: str                # its resolution (or reject reason) if closed by the end, else ''


@dataclass(frozen=True)
class Complaints:
    has_data: bool = False
    total: int = 0                                  # received in the period
    by_category: tuple[tuple[str, int], ...] = ()   # (category code, count), every category
    closed: int = 0                                 # of those, closed by the end
    within: int = 0                                 # of the closed, within standard
    share_within: Fraction | None = None            # within / closed (None: none closed)
    recurring: tuple[Recurring, ...] = ()           # most first
    recurring_since: dt.date | None = None          # the repeat window's first day


@dataclass(frozen=True)
class Facilities:
    has_data: bool = False
    type_permendag: str | None = None               # 'A'..'D' (None: not set)
    type_sni: str | None = None                     # 'I'..'IV' (None: not set)
    by_kind: tuple[tuple[str, int, int, int], ...] = ()   # (kind, baik, rusak ringan, rusak berat)
    repairs: tuple[tuple[str, dt.date, str, str], ...] = ()   # (facility, day, condition, note)


@dataclass(frozen=True)
class Signature:
    chair_name: str
    treasurer_name: str
    place_and_date: str
    fingerprint: str         # short digest of the figures (``fingerprint.py``)
    audit_position: int      # the audit log's last id when the report was made
    journal_position: int    # the journal's last entry id when the report was made


@dataclass(frozen=True)
class ReportData:
    kind: str                # 'annual' or 'monthly'
    cover: Cover
    indicators: tuple[Indicator, ...]
    leasing: Leasing
    parking: Parking
    surveys: Surveys
    warehouse: Warehouse
    bulk: BulkPurchases
    statements: FinancialStatements
    signature: Signature
    complaints: Complaints = Complaints()
    facilities: Facilities = Facilities()
