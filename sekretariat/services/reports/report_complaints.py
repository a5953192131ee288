"""The report's complaints and facilities sections (issue 13).

Complaints: those received in the period (up to "the end"), counted by
category; of those closed by the end, the share answered within standard
(``rules.within_standard_sql``, the same rule the screens use); and the places
with repeated complaints (the same place and category, ``stats.REPEAT_MIN``
or more in the ``stats.REPEAT_DAYS`` days up to the end) with what was done
about the latest one (its resolution, or why it was rejected).

Facilities: the condition of each registered, active facility at the end
(``facilities_read.list_facilities``: the one rule of "condition on a day"),
counted by kind; the repairs in the period (condition rows from a repair,
``facilities_read.facility_history``); the market's classification
(``market.get_profile``: Permendag, SNI) when set.

Reading only. Place labels are in Indonesian: the document is."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from sekretariat.services.complaints import rules
from sekretariat.services.complaints.complaints_read import (
    PLACE_CODE,
    PLACE_JOINS,
    PLACE_NAME,
    place_label,
)
from sekretariat.services.complaints.facilities import CONDITIONS, KINDS, all_facilities
from sekretariat.services.complaints.facilities_read import (
    facility_history,
    list_facilities,
)
from sekretariat.services.complaints.stats import REPEAT_DAYS, REPEAT_MIN
from sekretariat.services.core import market
from sekretariat.services.core.inputs import one, rows
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.reports.period import Period
from sekretariat.services.reports.report_types import Complaints, Facilities, Recurring

_GROUP = "c.place_kind, c.stall_id, c.block_id, c.zone_id, c.facility_id, c.category"
_RECURRING = f"""
WITH recent AS (
    SELECT c.*, count(*) OVER (PARTITION BY {_GROUP}) AS n,
           row_number() OVER (PARTITION BY {_GROUP}
                              ORDER BY c.received_on DESC, c.id DESC) AS r
    FROM complaint c
    WHERE c.received_on BETWEEN :since AND :day AND c.place_kind <> 'market'
)
SELECT c.place_kind, {PLACE_CODE}, {PLACE_NAME}, c.category, c.n, c.number,
       CASE WHEN c.closed_on IS NOT NULL AND c.closed_on <= :day THEN c.status
            WHEN c.acknowledged_on IS NOT NULL AND c.acknowledged_on <= :day
                 THEN 'in_progress' ELSE 'received' END,
       CASE WHEN c.closed_on IS NOT NULL AND c.closed_on <= :day
            THEN coalesce(c.resolution, c.reject_reason, '') ELSE '' END
FROM recent c{PLACE_JOINS}
WHERE c.r = 1 AND c.n >= :least
ORDER BY c.n DESC, c.place_kind, 2, c.category
"""


def complaints_section(session: Session, period: Period, as_of: dt.date) -> Complaints:
    require(session, "complaints.view")
    span = {"start": period.start.isoformat(), "day": as_of.isoformat()}
    in_period = "c.received_on BETWEEN :start AND :day"
    counts = dict(rows(f"SELECT c.category, count(*) FROM complaint c WHERE {in_period}"
                       " GROUP BY c.category", span))
    closed, within = one(
        f"SELECT count(*), coalesce(sum({rules.within_standard_sql('c')}), 0)"
        f" FROM complaint c WHERE {in_period} AND c.status IN ('resolved', 'rejected')"
        " AND c.closed_on <= :day", span)
    since = as_of - dt.timedelta(days=REPEAT_DAYS - 1)
    recurring = tuple(
        Recurring(place_label(kind, code, name or "", language="id"), category, count,
                  number, status, done)
        for kind, code, name, category, count, number, status, done in rows(
            _RECURRING, {"since": since.isoformat(), "day": as_of.isoformat(),
                         "least": REPEAT_MIN}))
    total = sum(counts.values())
    return Complaints(bool(total or recurring), total,
                      tuple((c, counts.get(c, 0)) for c in rules.CATEGORIES), closed, within,
                      Fraction(within, closed) if closed else None, recurring, since)


def facilities_section(session: Session, period: Period, as_of: dt.date) -> Facilities:
    require(session, "facilities.view")
    tally = {kind: dict.fromkeys(CONDITIONS, 0) for kind in KINDS}
    for row in list_facilities(session, as_of=as_of):
        tally[row.facility.kind][row.condition] += 1
    by_kind = tuple((kind, *(tally[kind][c] for c in CONDITIONS)) for kind in KINDS
                    if any(tally[kind].values()))
    repairs = []
    for facility in all_facilities():
        for entry in facility_history(session, facility.code).entries:
            if entry.source == "repair" and period.start <= entry.observed_on <= as_of:
                repairs.append((f"{facility.name} ({facility.code})", entry.observed_on,
                                entry.condition, entry.note))
    repairs.sort(key=lambda r: (r[1], r[0]))
    profile = market.get_profile()
    permendag = profile.type_permendag if profile else None
    sni = profile.type_sni if profile else None
    return Facilities(bool(by_kind or repairs), permendag, sni, by_kind, tuple(repairs))
