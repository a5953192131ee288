"""Reading the facilities: the condition of each on a day, the register as of
a day, one facility's history.

One fact, one function: the condition of a facility on a day is the latest
``facility_condition`` row observed on or before that day (by day, then id),
and its last inspection the latest such row that came from an inspection
round. :func:`conditions_on` decides both; the register, the CLI, the annual
report and the complaints read it from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.services.complaints.facilities import (
    FacilityInfo,
    all_facilities,
    facility_by_code,
)
from sekretariat.services.core import inputs
from sekretariat.services.core.inputs import rows
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session


@dataclass(frozen=True)
class ConditionOn:
    """A facility's condition on a day: what, since when (the day of the row
    that set it), and its last inspection on or before that day."""

    facility_id: int
    condition: str
    since: dt.date
    source: str
    last_inspected_on: dt.date | None
    last_inspection_number: str | None


@dataclass(frozen=True)
class FacilityRow:
    """One line of the register as of a day."""

    facility: FacilityInfo
    condition: str
    since: dt.date
    last_inspected_on: dt.date | None
    last_inspection_number: str | None


@dataclass(frozen=True)
class ConditionEntry:
    """One row of a facility's condition history."""

    id: int
    observed_on: dt.date
    condition: str
    source: str
    inspection_number: str | None
    complaint_id: int | None
    complaint_number: str | None
    note: str
    username: str
    created_at: str


@dataclass(frozen=True)
class FacilityHistory:
    facility: FacilityInfo
    entries: tuple[ConditionEntry, ...]


_CONDITIONS_ON = """
WITH latest AS (
    SELECT facility_id, condition, observed_on, source,
           row_number() OVER (PARTITION BY facility_id ORDER BY observed_on DESC, id DESC) AS n
    FROM facility_condition WHERE observed_on <= :day {only}
), inspected AS (
    SELECT c.facility_id, c.observed_on, i.number,
           row_number() OVER (PARTITION BY c.facility_id
                              ORDER BY c.observed_on DESC, c.id DESC) AS n
    FROM facility_condition c JOIN inspection i ON i.id = c.inspection_id
    WHERE c.source = 'inspection' AND c.observed_on <= :day {only_c}
)
SELECT l.facility_id, l.condition, l.observed_on, l.source, s.observed_on, s.number
FROM latest l LEFT JOIN inspected s ON s.facility_id = l.facility_id AND s.n = 1
WHERE l.n = 1
"""


def conditions_on(day: dt.date,
                  facility_ids: Iterable[int] | None = None) -> dict[int, ConditionOn]:
    """THE condition of each facility on ``day`` (facility id -> ConditionOn);
    a facility registered after ``day`` has none. For services that checked
    their permission."""
    params: dict = {"day": day.isoformat()}
    only = only_c = ""
    if facility_ids is not None:
        ids = sorted({int(i) for i in facility_ids})
        if not ids:
            return {}
        names = [f"f{n}" for n in range(len(ids))]
        params.update(zip(names, ids, strict=True))
        listed = ", ".join(f":{name}" for name in names)
        only, only_c = f"AND facility_id IN ({listed})", f"AND c.facility_id IN ({listed})"
    found = rows(_CONDITIONS_ON.format(only=only, only_c=only_c), params)
    return {r[0]: ConditionOn(r[0], r[1], inputs.as_date(r[2]), r[3], inputs.as_date(r[4]),
                              r[5]) for r in found}


def condition_on(facility_id: int, day: dt.date) -> ConditionOn | None:
    """One facility's condition on ``day`` (None before it was registered)."""
    return conditions_on(day, [facility_id]).get(facility_id)


def list_facilities(session: Session, *, as_of: dt.date | None = None,
                    include_inactive: bool = False) -> list[FacilityRow]:
    """The register as of a day (default today): every facility registered by
    then with its condition that day and its last inspection; inactive ones
    only when asked (their history stays)."""
    require(session, "facilities.view")
    day = clock.today() if as_of is None else inputs.check_date(as_of, "as_of")
    states = conditions_on(day)
    result = []
    for facility in all_facilities():
        state = states.get(facility.id)
        if state is None or (not facility.active and not include_inactive):
            continue
        result.append(FacilityRow(facility, state.condition, state.since,
                                  state.last_inspected_on, state.last_inspection_number))
    return result


def facility_history(session: Session, code: str) -> FacilityHistory:
    """Every condition a facility was seen in, oldest first."""
    require(session, "facilities.view")
    facility = facility_by_code(code)
    found = rows(
        "SELECT c.id, c.observed_on, c.condition, c.source, i.number, c.complaint_id,"
        " k.number, c.note, u.username, c.created_at"
        " FROM facility_condition c LEFT JOIN inspection i ON i.id = c.inspection_id"
        " LEFT JOIN complaint k ON k.id = c.complaint_id"
        " JOIN app_user u ON u.id = c.created_by"
        " WHERE c.facility_id = ? ORDER BY c.observed_on, c.id", (facility.id,))
    return FacilityHistory(facility, tuple(
        ConditionEntry(r[0], inputs.as_date(r[1]), *r[2:]) for r in found))
