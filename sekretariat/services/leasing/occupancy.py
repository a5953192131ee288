"""Occupancy: stalls per shown status, per block and in total, as of a date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.services.leasing.leasing_util import rows
from sekretariat.services.leasing.stall_status import STATUS_ON_SQL
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session


@dataclass(frozen=True)
class OccupancyRow:
    block_id: int
    block_code: str
    total: int
    kosong: int
    disewa: int
    diblokir: int
    perbaikan: int


@dataclass(frozen=True)
class Occupancy:
    as_of: dt.date
    rows: tuple[OccupancyRow, ...]
    total: int
    kosong: int
    disewa: int
    diblokir: int
    perbaikan: int

    @property
    def occupancy_bp(self) -> int:
        """Leased stalls per 10.000 stalls (basis points), rounded half up."""
        from sekretariat.services.leasing.periods import round_half_up

        return round_half_up(self.disewa * 10_000, self.total) if self.total else 0


def occupancy(session: Session, as_of: dt.date | None = None) -> Occupancy:
    """Stalls per shown status, per block and in total, as of a date."""
    require(session, "stalls.view")
    as_of = as_of or clock.today()
    day = as_of.isoformat()
    found = [OccupancyRow(*r) for r in rows(
        "SELECT b.id, b.code, count(s.id),"
        " coalesce(sum(a.status = 'normal' AND l.id IS NULL), 0),"
        " coalesce(sum(a.status = 'normal' AND l.id IS NOT NULL), 0),"
        " coalesce(sum(a.status = 'diblokir'), 0), coalesce(sum(a.status = 'perbaikan'), 0)"
        " FROM block b LEFT JOIN stall s ON s.block_id = b.id"
        f" LEFT JOIN (SELECT s.id AS stall_id, {STATUS_ON_SQL} AS status FROM stall s) a"
        "  ON a.stall_id = s.id"
        " LEFT JOIN lease l ON l.stall_id = s.id AND l.status <> 'cancelled'"
        "  AND l.start_date <= :day AND coalesce(l.ended_on, l.end_date) >= :day"
        " GROUP BY b.id ORDER BY b.code", {"day": day})]
    return Occupancy(as_of, tuple(found), *(sum(getattr(r, f) for r in found)
                                           for f in ("total", "kosong", "disewa", "diblokir",
                                                     "perbaikan")))
