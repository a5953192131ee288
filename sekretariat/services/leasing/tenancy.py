"""Who trades in the market: traders with a lease in force on a day, and
those who joined or left over a span of days.

Definitions (the one place that decides them):

* A trader is **active** on a day when one of their leases is in force then:
  not cancelled, started on or before it and not yet ended (its ``ended_on``,
  else its ``end_date``, on or after it) - the predicate occupancy uses
  (``occupancy.occupancy``).
* A trader's **tenancy** runs from the start of their first lease to the
  effective end of their last (gaps between leases are not counted as
  leaving and coming back).
* A trader **joined** on the first day of their tenancy and **left** on the
  day after its last day. So, for any span ``first`` .. ``last``:
  active(first - 1) + joined - left = active(last) when no tenancy has gaps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.leasing.leasing_util import one

#: A lease ``l`` in force on the day bound as ``:day``.
IN_FORCE_SQL = ("l.status <> 'cancelled' AND l.start_date <= :day"
                " AND coalesce(l.ended_on, l.end_date) >= :day")

#: Per trader with a lease that took effect: their tenancy's first day and
#: the day after its last.
TENANCY_SQL = ("SELECT l.trader_id, min(l.start_date) AS joined,"
               " date(max(coalesce(l.ended_on, l.end_date)), '+1 day') AS gone"
               " FROM lease l WHERE l.status <> 'cancelled' GROUP BY l.trader_id")


@dataclass(frozen=True)
class TraderMoves:
    first: dt.date
    last: dt.date
    active_before: int     # active on the day before ``first``
    joined: int
    left: int
    active_after: int      # active on ``last``


def active_traders(as_of: dt.date) -> int:
    """Traders with a lease in force on ``as_of`` (for services that checked
    their permission)."""
    return one(f"SELECT count(DISTINCT l.trader_id) FROM lease l WHERE {IN_FORCE_SQL}",
               {"day": as_of.isoformat()})[0]


def trader_moves(session: Session, first: dt.date, last: dt.date) -> TraderMoves:
    """Active traders before and at the end of ``first`` .. ``last``, and how
    many joined and left in it."""
    require(session, "traders.view")
    joined, left = one(
        f"SELECT coalesce(sum(joined BETWEEN :first AND :last), 0),"
        f" coalesce(sum(gone BETWEEN :first AND :last), 0) FROM ({TENANCY_SQL})",
        {"first": first.isoformat(), "last": last.isoformat()})
    return TraderMoves(first, last, active_traders(first - dt.timedelta(days=1)), joined, left,
                       active_traders(last))
