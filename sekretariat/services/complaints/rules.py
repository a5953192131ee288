"""The rules of a complaint that every screen, paper, list, report and check
shares: the lists of categories, channels and places, whose area a complaint
falls in (and so who answers it), whether it is overdue, whether it was
answered within its standard. One fact, one function."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sekretariat.services.core.session import Session

CATEGORIES = ("fasilitas", "keamanan", "kebersihan", "parkir", "retribusi", "kenyamanan",
              "lainnya")
CHANNELS = ("kantor", "telepon", "pesan")
COMPLAINANT_KINDS = ("pedagang", "pengunjung", "juru_parkir", "lainnya")
PLACE_KINDS = ("stall", "block", "zone", "facility", "market")
AREAS = ("leasing", "parking", "warehouse", "facilities", "general")
OPEN = ("received", "in_progress")
CLOSED = ("resolved", "rejected")

#: Whose area a new complaint falls in: the first row that matches its
#: category (or any, None) and its place kind (or any, None). A parking
#: complaint, or any complaint about a parking zone, is parking's (a
#: retribution complaint at a zone is about the parking fee); retribution,
#: then the facilities' own categories, then the place decide; the market as
#: a whole with a general category is general. The chair may move it later.
AREA_RULES: tuple[tuple[str | None, str | None, str], ...] = (
    ("parkir", None, "parking"),
    (None, "zone", "parking"),
    ("retribusi", None, "leasing"),
    ("fasilitas", None, "facilities"),
    ("kebersihan", None, "facilities"),
    (None, "facility", "facilities"),
    (None, "stall", "leasing"),
    (None, "block", "leasing"),
    (None, None, "general"),
)

#: The coordinator role that answers each area's complaints (the chair may
#: work any of them).
COORDINATOR: dict[str, str] = {"leasing": "sekretaris", "parking": "parkir",
                               "warehouse": "gudang", "facilities": "staf",
                               "general": "sekretaris"}
CHAIR = "ketua"


def area_for(category: str, place_kind: str) -> str:
    for rule_category, rule_place, area in AREA_RULES:
        if rule_category in (None, category) and rule_place in (None, place_kind):
            return area
    return "general"  # pragma: no cover - the last rule matches everything


def areas_of(role: str) -> tuple[str, ...]:
    """The areas whose complaints ``role`` answers (the chair: all)."""
    if role == CHAIR:
        return AREAS
    return tuple(area for area in AREAS if COORDINATOR[area] == role)


def may_work(session: Session, area: str) -> bool:
    return session.role == CHAIR or COORDINATOR.get(area) == session.role


def _get(row: Any, name: str):
    return row[name] if isinstance(row, dict) else getattr(row, name)


def _day(value) -> dt.date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def is_overdue(row: Any, today: dt.date) -> bool:
    """Open, and not acknowledged past its acknowledge-by day, or not closed
    past its resolve-by day. ``row``: anything with status, acknowledged_on,
    ack_due_on, resolve_due_on (a ComplaintInfo, a dict)."""
    if _get(row, "status") not in OPEN:
        return False
    if _get(row, "acknowledged_on") is None and today > _day(_get(row, "ack_due_on")):
        return True
    return today > _day(_get(row, "resolve_due_on"))


def overdue_sql(alias: str = "c") -> str:
    """``is_overdue`` as an SQL predicate on ``complaint AS alias``; binds
    one named parameter ``:today`` (ISO date)."""
    a = alias
    return (f"({a}.status IN ('received', 'in_progress') AND"
            f" (({a}.acknowledged_on IS NULL AND :today > {a}.ack_due_on)"
            f" OR :today > {a}.resolve_due_on))")


def within_standard(row: Any) -> bool:
    """A closed complaint answered within its standard: acknowledged by its
    acknowledge-by day (one rejected straight from 'received' was answered
    on the day it was closed) and closed by its resolve-by day. An open one
    is not (yet)."""
    if _get(row, "status") not in CLOSED:
        return False
    closed = _day(_get(row, "closed_on"))
    acknowledged = _day(_get(row, "acknowledged_on")) or closed
    return (acknowledged <= _day(_get(row, "ack_due_on"))
            and closed <= _day(_get(row, "resolve_due_on")))


def within_standard_sql(alias: str = "c") -> str:
    """``within_standard`` as an SQL predicate on ``complaint AS alias``."""
    a = alias
    return (f"({a}.status IN ('resolved', 'rejected')"
            f" AND coalesce({a}.acknowledged_on, {a}.closed_on) <= {a}.ack_due_on"
            f" AND {a}.closed_on <= {a}.resolve_due_on)")
