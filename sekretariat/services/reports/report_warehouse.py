"""The report's warehouse and bulk-purchase sections: the stock value at the
start and the end (``stock.stock_value``), what went out at cost, the
write-offs and the count differences (``period_flows``), the stock turnover,
the items at or below their reorder level at the end (``stock.stock_list``),
and the bulk rounds posted in the period with the traders served, their
charges and savings against retail (``rounds_read.round_info``)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.reports.period import Period
from sekretariat.services.reports.report_types import BulkPurchases, Warehouse
from sekretariat.services.warehouse import rounds_read
from sekretariat.services.warehouse.period_flows import period_flows
from sekretariat.services.warehouse.stock import stock_list, stock_value
from sekretariat.services.warehouse.util import rows


def turnover(issued: int, start_value: int, end_value: int) -> Fraction | None:
    """Issued at cost over the average of the stock values at the start and
    the end (None when nothing was held at either)."""
    held = start_value + end_value
    return Fraction(2 * issued, held) if held > 0 else None


def warehouse_section(session: Session, period: Period, as_of: dt.date) -> Warehouse:
    start = stock_value(session, period.start - dt.timedelta(days=1)).total
    end_rows = stock_list(session, as_of)
    end = sum(row.value for row in end_rows)
    flows = period_flows(session, period.start, as_of)
    return Warehouse(bool(flows.movements or start or end), end, start, flows.issued,
                     turnover(flows.issued, start, end),
                     tuple((w.item_name, w.value, w.reason) for w in flows.write_offs),
                     flows.written_off, flows.count_difference,
                     tuple(row.name for row in end_rows if row.low))


def posted_round_ids(first: dt.date, last: dt.date) -> list[int]:
    """The rounds posted (charged to the traders) from ``first`` to ``last``."""
    return [r[0] for r in rows(
        "SELECT id FROM purchase_round WHERE status = 'posted' AND posted_on BETWEEN ? AND ?"
        " ORDER BY posted_on, id", (first.isoformat(), last.isoformat()))]


def bulk_section(session: Session, period: Period, as_of: dt.date) -> BulkPurchases:
    require(session, "warehouse.view")
    found, served = [], set()
    for round_id in posted_round_ids(period.start, as_of):
        info = rounds_read.round_info(round_id)
        served.update(s.trader_id for s in info.savings)
        found.append((info.number, info.title, len(info.savings),
                      sum(s.charge for s in info.savings), info.total_saving))
    return BulkPurchases(bool(found), tuple(found), len(found), len(served),
                         sum(r[3] for r in found), sum(r[4] for r in found))
