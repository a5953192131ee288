"""What went through the warehouse over a span of days, at cost.

Definitions (the one place that decides them):

* A kind's **net value** over a span is the sum of the signed values of its
  movements dated in the span plus that of the reversals dated in the span
  whose original is of that kind - as the journal sees it (a reversal counts
  on its own date). Values are signed: out is below zero.
* **Issued at cost** = minus the net value of ``issue`` (cash sales, goods
  to traders, bulk-round shares, internal use); **written off** = minus
  that of ``write_off``; **count differences** = the net value of
  ``adjustment`` (below zero: short).
* The **write-offs listed** are the write-off movements dated in the span
  and not reversed on or before its last day, with their reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.warehouse.util import as_date, rows

#: Net value per kind of the movements dated :first .. :last (reversals under
#: their original's kind).
NET_BY_KIND_SQL = (
    "SELECT coalesce(o.kind, m.kind), sum(m.value), count(*) FROM stock_movement m"
    " LEFT JOIN stock_movement o ON o.id = m.reverses_id"
    " WHERE m.moved_on BETWEEN :first AND :last GROUP BY 1")

WRITE_OFFS_SQL = (
    "SELECT m.number, m.moved_on, i.name, -m.value, m.reason FROM stock_movement m"
    " JOIN item i ON i.id = m.item_id"
    " WHERE m.kind = 'write_off' AND m.moved_on BETWEEN :first AND :last"
    " AND NOT EXISTS (SELECT 1 FROM stock_movement r WHERE r.reverses_id = m.id"
    "                 AND r.moved_on <= :last)"
    " ORDER BY m.moved_on, m.id")


@dataclass(frozen=True)
class WriteOff:
    number: str
    day: dt.date
    item_name: str
    value: int          # at cost, above zero
    reason: str


@dataclass(frozen=True)
class PeriodFlows:
    first: dt.date
    last: dt.date
    received: int       # net value of receipts (in)
    issued: int         # at cost, above zero when goods went out
    written_off: int    # at cost, above zero when goods were written off
    count_difference: int   # net value of the adjustments (below zero: short)
    movements: int      # movements dated in the span (reversals included)
    write_offs: tuple[WriteOff, ...]


def period_flows(session: Session, first: dt.date, last: dt.date) -> PeriodFlows:
    require(session, "warehouse.view")
    params = {"first": first.isoformat(), "last": last.isoformat()}
    net = {kind: (value, count) for kind, value, count in rows(NET_BY_KIND_SQL, params)}

    def value(kind: str) -> int:
        return net.get(kind, (0, 0))[0]

    return PeriodFlows(first, last, value("receipt"), -value("issue"), -value("write_off"),
                       value("adjustment"), sum(count for _, count in net.values()),
                       tuple(WriteOff(r[0], as_date(r[1]), r[2], r[3], r[4])
                             for r in rows(WRITE_OFFS_SQL, params)))
