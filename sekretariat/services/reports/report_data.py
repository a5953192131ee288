"""Everything the annual (or monthly) report to the asset owner shows, read
from one snapshot of the database (``balances.snapshot``) through the same
services the screens use: ``gather(session, period, kind) -> ReportData``.

The sections come from ``report_leasing``, ``report_parking``,
``report_warehouse`` and ``report_complaints`` (complaints and facilities,
this period only: no comparative), the statements from ``financial.financial_statements``,
the summary's indicators from ``report_indicators`` (the same sections read
for the comparative period too: the year before, or the same month a year
before, when anything was posted then), the fingerprint and the positions
from ``fingerprint``. Point-in-time figures ("at the end") are as of the
period's last day, or today while the period is still running.

Reading only: nothing is written to the database."""

from __future__ import annotations

import datetime as dt

from sekretariat import clock
from sekretariat.errors import ValidationError
from sekretariat.services.core import paper
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.reports import fingerprint as fingerprints
from sekretariat.services.reports import period as periods
from sekretariat.services.reports.balances import movements, snapshot
from sekretariat.services.reports.financial import financial_statements
from sekretariat.services.reports.period import Period
from sekretariat.services.reports.report_complaints import (
    complaints_section,
    facilities_section,
)
from sekretariat.services.reports.report_indicators import Figures, indicators
from sekretariat.services.reports.report_leasing import leasing_section
from sekretariat.services.reports.report_parking import parking_section, surveys_section
from sekretariat.services.reports.report_types import Cover, ReportData, Signature
from sekretariat.services.reports.report_warehouse import (
    bulk_section,
    warehouse_section,
)

KINDS = {"annual": "year", "monthly": "month"}
#: What the report reads, asked for all at once before any work (a report
#: showing parking or stock figures needs the right to see them).
PERMISSIONS = ("reports.view", "stalls.view", "traders.view", "receivables.view",
               "parking.view", "surveys.view", "warehouse.view", "complaints.view",
               "facilities.view")
#: The account of the cash handed to the asset owner (``vouchers.REMIT_ACCOUNT``).
REMITTANCE = "5-700"


def require_all(session: Session) -> None:
    for action in PERMISSIONS:
        require(session, action)


def check_kind(period: Period, kind: str) -> None:
    """'annual' takes a year, 'monthly' a month."""
    if KINDS.get(kind) != period.kind:
        raise ValidationError("annual.kind_period", field="period", kind=str(kind))


def as_of(period: Period) -> dt.date:
    """The day "the end" means: the last day, or today while it runs."""
    return min(period.end, clock.today())


def comparative(period: Period) -> Period | None:
    before = periods.previous_year(period)
    return before if periods.has_data(before) else None


def figures(session: Session, period: Period, income_total: int, surplus: int) -> Figures:
    """The sections of one period."""
    end = as_of(period)
    surveys, parking_index = surveys_section(session, period.year)
    moved = movements(period.start, period.end)
    remitted = moved[REMITTANCE].amount if REMITTANCE in moved else 0
    return Figures(leasing_section(session, period, end),
                   parking_section(session, period, end, parking_index), surveys,
                   warehouse_section(session, period, end), bulk_section(session, period, end),
                   income_total, surplus, remitted)


def gather(session: Session, period: Period, kind: str = "annual") -> ReportData:
    """The report's data for ``period`` ('annual': a year, 'monthly': a month)."""
    check_kind(period, kind)
    require_all(session)
    with snapshot():
        periods.require_data(period)
        statements = financial_statements(session, period)
        income = statements.income
        now = figures(session, period, income.income.total, income.surplus)
        before_period = comparative(period)
        before = None
        if before_period is not None:
            before = figures(session, before_period, income.income.previous_total or 0,
                             income.previous_surplus or 0)
        audit_position, journal_position = fingerprints.positions()
        signature = _signature(session, fingerprints.fingerprint(period), audit_position,
                               journal_position)
        return ReportData(kind, _cover(session, period), indicators(now, before, statements),
                          now.leasing, now.parking, now.surveys, now.warehouse, now.bulk,
                          statements, signature,
                          complaints_section(session, period, as_of(period)),
                          facilities_section(session, period, as_of(period)))


def _cover(session: Session, period: Period) -> Cover:
    info = paper.profile()
    address = ", ".join(part for part in (info.address, info.city) if part)
    return Cover(info.name, address, info.managing_org, info.asset_owner, period,
                 period.provisional, clock.now().replace(microsecond=0), session.full_name)


def _signature(session: Session, digest: str, audit_position: int,
               journal_position: int) -> Signature:
    from sekretariat.i18n.formats import fmt_date_long

    city = paper.profile().city
    day = fmt_date_long(clock.today()).split(", ", 1)[-1]     # without the weekday
    return Signature(paper.signer(session, "ketua"), paper.signer(session, "bendahara"),
                     f"{city}, {day}" if city else day, digest, audit_position,
                     journal_position)

