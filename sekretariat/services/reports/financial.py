"""The whole set of SAK EMKM financial statements for a period, read from
one snapshot of the books: the CLI, the annual report and its verification
ask here, so the position, the income statement, the cash summary and the
notes can never come from two different states of the journal."""

from __future__ import annotations

from sekretariat.services.core import market
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.reports import period as periods
from sekretariat.services.reports.balances import snapshot
from sekretariat.services.reports.notes import notes_unchecked
from sekretariat.services.reports.period import Period
from sekretariat.services.reports.statement_types import FinancialStatements
from sekretariat.services.reports.statements import (
    OutOfBalance,
    cash_unchecked,
    income_unchecked,
    position_unchecked,
)


def financial_statements(session: Session, period: Period) -> FinancialStatements:
    """Position, income statement, cash summary and notes for ``period``
    (refused when nothing was posted in it)."""
    require(session, "reports.view")
    with snapshot():
        periods.require_data(period)
        position = position_unchecked(period)
        income = income_unchecked(period)
        if income.surplus != next(line.amount for line in position.equity[0].lines
                                  if line.key == "surplus_period"):
            raise OutOfBalance("the income statement's surplus is not the position's")
        profile = market.get_profile()
        return FinancialStatements(profile.name if profile else "", position, income,
                                   cash_unchecked(period),
                                   notes_unchecked(session, period, position))
