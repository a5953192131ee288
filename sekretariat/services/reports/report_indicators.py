"""The key indicators of the report's summary page, each beside the same
figure for the comparative period (the year before, or the same month a
year before; None when nothing was posted then).

Every value is read off the sections (``report_leasing``,
``report_parking``, ``report_warehouse``) and the financial statements, so
the summary and the pages behind it can never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from sekretariat.i18n import t
from sekretariat.services.reports.report_types import (
    BulkPurchases,
    Indicator,
    Leasing,
    Number,
    Parking,
    Surveys,
    Warehouse,
)
from sekretariat.services.reports.statement_types import FinancialStatements

#: Indicator keys with their unit, in the order the summary lists them
#: (the income lines, one per income account, come after 'occupancy').
LEADING = (("active_traders", "count"), ("traders_joined", "count"),
           ("traders_left", "count"), ("occupancy", "share"))
TRAILING = (("income_total", "rupiah"), ("surplus", "rupiah"), ("arrears", "rupiah"),
            ("parking_income", "rupiah"), ("parking_handed_over", "rupiah"),
            ("csi_buyers", "share"), ("csi_parking", "share"),
            ("turnover_change", "change"), ("traders_income_change", "change"),
            ("bulk_rounds", "count"), ("bulk_traders", "count"), ("bulk_charges", "rupiah"),
            ("bulk_savings", "rupiah"), ("stock_value", "rupiah"),
            ("write_offs", "rupiah"), ("remitted", "rupiah"))


@dataclass(frozen=True)
class Figures:
    """One period's sections, as the indicators read them."""

    leasing: Leasing
    parking: Parking
    surveys: Surveys
    warehouse: Warehouse
    bulk: BulkPurchases
    income_total: int
    surplus: int
    remitted: int        # cash handed to the asset owner (5-700) in the period


def occupancy_share(leasing: Leasing) -> Fraction | None:
    """Leased stalls over all stalls at the end (None: no stalls)."""
    stalls = sum(total for _, _, total in leasing.occupancy_by_block)
    occupied = sum(leased for _, leased, _ in leasing.occupancy_by_block)
    return Fraction(occupied, stalls) if stalls else None


def values(f: Figures) -> dict[str, Number | None]:
    return {
        "active_traders": f.leasing.traders_active,
        "traders_joined": f.leasing.traders_joined,
        "traders_left": f.leasing.traders_left,
        "occupancy": occupancy_share(f.leasing),
        "income_total": f.income_total,
        "surplus": f.surplus,
        "arrears": f.leasing.arrears_total,
        "parking_income": f.parking.expected,
        "parking_handed_over": f.parking.handed_over,
        "csi_buyers": f.surveys.buyers_index,
        "csi_parking": f.surveys.parking_index,
        "turnover_change": f.surveys.turnover_change,
        "traders_income_change": f.surveys.income_change,
        "bulk_rounds": f.bulk.rounds_posted,
        "bulk_traders": f.bulk.traders_served,
        "bulk_charges": f.bulk.charges_total,
        "bulk_savings": f.bulk.savings_total,
        "stock_value": f.warehouse.stock_value_end,
        "write_offs": f.warehouse.write_off_total,
        "remitted": f.remitted,
    }


def indicators(now: Figures, before: Figures | None,
               statements: FinancialStatements) -> tuple[Indicator, ...]:
    current = values(now)
    previous = values(before) if before is not None else {}
    found = [Indicator(key, t(f"annual.ind.{key}"), unit, current[key], previous.get(key))
             for key, unit in LEADING]
    for line in statements.income.income.lines:
        found.append(Indicator(f"income:{','.join(line.accounts)}", line.label, "rupiah",
                               line.amount, line.previous if before is not None else None))
    found += [Indicator(key, t(f"annual.ind.{key}"), unit, current[key], previous.get(key))
              for key, unit in TRAILING]
    return tuple(found)
