"""The report's leasing section: income by source per month (the journal),
occupancy at each month's end and by block at the period's end (the stall
map's ``occupancy``), arrears ageing at the end (the arrears list's
``ageing``), and the traders active, joined and left (``tenancy``).

Figures at "the end" are as of ``as_of``: the period's last day, or today
while the period is still running (a provisional report states the facts of
the day it was made, never a guess of the future)."""

from __future__ import annotations

import calendar
import datetime as dt

from sekretariat.i18n import t
from sekretariat.services.core.session import Session
from sekretariat.services.leasing import statements, tenancy
from sekretariat.services.leasing.occupancy import occupancy
from sekretariat.services.reports.balances import movements
from sekretariat.services.reports.period import Period
from sekretariat.services.reports.report_types import Leasing, MonthValue

#: The overdue buckets of the ageing, in order (``statements.BUCKETS`` less
#: "not yet due": not arrears).
ARREARS_BUCKETS = ("d0_30", "d31_60", "d61_90", "d90_plus")


def months(period: Period, as_of: dt.date) -> list[tuple[dt.date, dt.date]]:
    """(first day, last day counted) of each month of the period up to ``as_of``."""
    found = []
    year, month = period.start.year, period.start.month
    while dt.date(year, month, 1) <= min(period.end, as_of):
        first = max(dt.date(year, month, 1), period.start)
        last = min(dt.date(year, month, calendar.monthrange(year, month)[1]), period.end, as_of)
        found.append((first, last))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def income_by_month(period: Period, as_of: dt.date) -> tuple[MonthValue, ...]:
    """Each income account that moved in the period (by code), per month
    (``balances.movements``: the statements' own figures)."""
    spans = months(period, as_of)
    per_month = [movements(first, last) for first, last in spans]
    whole = movements(period.start, period.end)
    codes = [code for code, total in whole.items()
             if total.type == "income" and (total.debit or total.credit)]
    return tuple(MonthValue(first.replace(day=1),
                            tuple((whole[code].name, found[code].amount) for code in codes))
                 for (first, _), found in zip(spans, per_month))


def leasing_section(session: Session, period: Period, as_of: dt.date) -> Leasing:
    by_month = tuple((last, occ.disewa, occ.total) for last, occ in
                     ((last, occupancy(session, last)) for _, last in months(period, as_of)))
    at_end = occupancy(session, as_of)
    ageing = statements.ageing(session, as_of)
    buckets = tuple((t(f"annual.bucket.{name}"),
                     sum(1 for row in ageing.rows if getattr(row, name) > 0),
                     getattr(ageing.totals, name)) for name in ARREARS_BUCKETS)
    moves = tenancy.trader_moves(session, period.start, as_of)
    income = income_by_month(period, as_of)
    has_data = bool(at_end.total or moves.active_after or moves.joined or moves.left
                    or ageing.totals.total)
    return Leasing(has_data, income, by_month,
                   tuple((row.block_code, row.disewa, row.total) for row in at_end.rows),
                   buckets, ageing.totals.overdue, moves.active_after, moves.joined, moves.left)
