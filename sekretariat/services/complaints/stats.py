"""The pattern of complaints in a year: how many by category, by place and by
month, the share answered within standard (exact), and the places with
repeated complaints (the same place, the same category, two or more in the
last 90 days), most first. One GROUP BY each; within standard is
``rules.within_standard_sql``, the same rule as ``rules.within_standard``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from sekretariat import clock
from sekretariat.errors import ValidationError
from sekretariat.services.complaints import rules
from sekretariat.services.complaints.complaints_read import (
    PLACE_CODE,
    PLACE_JOINS,
    PLACE_NAME,
    place_label,
)
from sekretariat.services.core.inputs import one, rows
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session

REPEAT_DAYS = 90
REPEAT_MIN = 2


@dataclass(frozen=True)
class PlaceCount:
    place_kind: str
    place_code: str
    place_name: str
    count: int
    category: str = ""          # set for the repeated places

    @property
    def label(self) -> str:
        return place_label(self.place_kind, self.place_code, self.place_name)


@dataclass(frozen=True)
class ComplaintStats:
    year: int
    total: int
    by_category: tuple[tuple[str, int], ...]        # every category, in the list's order
    by_month: tuple[int, ...]                       # 12 counts, January first
    by_place: tuple[PlaceCount, ...]                # most first
    closed: int
    within: int
    repeated: tuple[PlaceCount, ...]                # most first
    repeat_since: dt.date

    @property
    def share_within(self) -> Fraction | None:
        """Of the year's closed complaints, those answered within standard
        (None when none is closed)."""
        return Fraction(self.within, self.closed) if self.closed else None


def stats(session: Session, year: int) -> ComplaintStats:
    require(session, "complaints.view")
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise ValidationError("complaints.year_invalid", field="year", year=str(year))
    span = {"start": f"{year:04d}-01-01", "end": f"{year:04d}-12-31"}
    in_year = "c.received_on BETWEEN :start AND :end"
    counts = dict(rows(f"SELECT c.category, count(*) FROM complaint c WHERE {in_year}"
                       " GROUP BY c.category", span))
    months = dict(rows("SELECT CAST(substr(c.received_on, 6, 2) AS INTEGER), count(*)"
                       f" FROM complaint c WHERE {in_year} GROUP BY 1", span))
    places = tuple(PlaceCount(*r) for r in rows(
        f"SELECT c.place_kind, {PLACE_CODE}, {PLACE_NAME}, count(*) FROM complaint c"
        f"{PLACE_JOINS} WHERE {in_year} GROUP BY c.place_kind, c.stall_id, c.block_id,"
        " c.zone_id, c.facility_id ORDER BY count(*) DESC, 1, 2", span))
    closed, within = one(
        "SELECT count(*), coalesce(sum(" + rules.within_standard_sql("c") + "), 0)"
        f" FROM complaint c WHERE {in_year} AND c.status IN ('resolved', 'rejected')", span)
    since = clock.today() - dt.timedelta(days=REPEAT_DAYS - 1)
    repeated = tuple(PlaceCount(*r) for r in rows(
        f"SELECT c.place_kind, {PLACE_CODE}, {PLACE_NAME}, count(*), c.category"
        f" FROM complaint c{PLACE_JOINS} WHERE c.received_on >= :since"
        " AND c.place_kind <> 'market'"
        " GROUP BY c.place_kind, c.stall_id, c.block_id, c.zone_id, c.facility_id, c.category"
        " HAVING count(*) >= :least ORDER BY count(*) DESC, 1, 2, c.category",
        {"since": since.isoformat(), "least": REPEAT_MIN}))
    return ComplaintStats(
        year, sum(counts.values()), tuple((c, counts.get(c, 0)) for c in rules.CATEGORIES),
        tuple(months.get(m, 0) for m in range(1, 13)), places, closed, within, repeated, since)
