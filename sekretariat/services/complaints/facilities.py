"""The facilities register: the market's toilets, prayer room, parking lots,
clean water, electricity, drainage, roads, security posts and rubbish points,
where each is (a block, a parking zone, or only words) and how many.

A facility is never deleted (one that is gone is set inactive) and its code
never changes. Its condition is a history (``facility_condition``): the first
row is written here when it is registered; inspection rounds, repairs and
complaints add more (services/complaints/inspections.py). The condition on a
day is read by one function: :func:`facilities_read.conditions_on`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.services.core import audit, days, inputs
from sekretariat.services.core.inputs import one, rows
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

#: Kinds of facility (the UI shows ``facilities.kind.<kind>``).
KINDS = ("toilet", "mushola", "parkir", "air", "listrik", "drainase", "jalan", "keamanan",
         "sampah", "lainnya")
#: Conditions, best first (the UI shows ``facilities.condition.<condition>``).
CONDITIONS = ("baik", "rusak_ringan", "rusak_berat")
MAX_NAME = 80
MAX_LOCATION = 120
MAX_NOTE = 300
#: More of one facility than any market has (toilet cubicles, rubbish bins).
MAX_QUANTITY = 10_000


@dataclass(frozen=True)
class FacilityInfo:
    id: int
    code: str
    kind: str
    name: str
    block_code: str | None
    zone_code: str | None
    location: str
    quantity: int
    active: bool
    registered_on: dt.date


_SELECT = ("SELECT f.id, f.code, f.kind, f.name, b.code, z.code, f.location, f.quantity,"
           " f.active, (SELECT min(observed_on) FROM facility_condition c"
           "            WHERE c.facility_id = f.id)"
           " FROM facility f LEFT JOIN block b ON b.id = f.block_id"
           " LEFT JOIN parking_zone z ON z.id = f.zone_id")


def _info(row: tuple) -> FacilityInfo:
    return FacilityInfo(*row[:8], bool(row[8]), inputs.as_date(row[9]))


def facility_by_code(code: Any) -> FacilityInfo:
    """For services that checked their permission; NotFound otherwise."""
    text = str(code or "").strip().lower()
    row = one(_SELECT + " WHERE f.code = ?", (text,)) if text else None
    if row is None:
        raise NotFound("facilities.not_found", field="facility", code=str(code or ""))
    return _info(row)


def facility_by_id(facility_id: int) -> FacilityInfo:
    row = one(_SELECT + " WHERE f.id = ?", (facility_id,))
    if row is None:
        raise NotFound("facilities.not_found", field="facility", code=str(facility_id))
    return _info(row)


def all_facilities() -> list[FacilityInfo]:
    """Every facility, by kind (in the order of KINDS) then code."""
    order = " ".join(f"WHEN '{k}' THEN {n}" for n, k in enumerate(KINDS))
    return [_info(r) for r in rows(_SELECT + f" ORDER BY CASE f.kind {order} END, f.code")]


def get_facility(session: Session, code: str) -> FacilityInfo:
    require(session, "facilities.view")
    return facility_by_code(code)


# --- checking what was typed -----------------------------------------------------

def check_kind(value: Any) -> str:
    kind = str(value or "").strip().lower()
    if kind not in KINDS:
        raise ValidationError("facilities.kind_invalid", field="kind", kind=str(value or ""),
                              allowed=", ".join(KINDS))
    return kind


def check_condition(value: Any, field: str = "condition") -> str:
    """One of CONDITIONS; ``rusak ringan`` / ``Rusak-Ringan`` are taken too."""
    text = "_".join(str(value or "").strip().lower().replace("-", " ").split())
    if text not in CONDITIONS:
        raise ValidationError("facilities.condition_invalid", field=field,
                              condition=str(value or ""), allowed=", ".join(CONDITIONS))
    return text


def check_text(value: Any, field: str, maximum: int, *, required: bool = False) -> str:
    return inputs.clean_text(value, field, maximum=maximum, required=required,
                             empty_key="facilities.text_empty")


def check_quantity(value: Any) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_QUANTITY:
        raise ValidationError("facilities.quantity_invalid", field="quantity", text=str(value),
                              maximum=MAX_QUANTITY)
    return value


def check_day(value: Any, field: str = "day") -> dt.date:
    """A day given or typed (empty: today); a future day is refused."""
    day = clock.today() if value is None or value == "" else inputs.check_date(value, field)
    if day > clock.today():
        from sekretariat.i18n.formats import fmt_date

        raise ValidationError("facilities.future_date", field=field, day=fmt_date(day))
    return day


def _place(block: Any, zone: Any) -> tuple[int | None, int | None]:
    block_text, zone_text = str(block or "").strip(), str(zone or "").strip()
    if block_text and zone_text:
        raise ValidationError("facilities.block_and_zone", field="block")
    if block_text:
        found = one("SELECT id FROM block WHERE code = ? COLLATE NOCASE", (block_text,))
        if found is None:
            raise NotFound("facilities.block_not_found", field="block", block=block_text)
        return found[0], None
    if zone_text:
        found = one("SELECT id FROM parking_zone WHERE code = ? COLLATE NOCASE", (zone_text,))
        if found is None:
            raise NotFound("facilities.zone_not_found", field="zone", zone=zone_text)
        return None, found[0]
    return None, None


# --- writing ---------------------------------------------------------------------

def create_facility(session: Session, code: str, kind: str, name: str, *,
                    block: str | None = None, zone: str | None = None, location: str = "",
                    quantity: int = 1, condition: str = "baik") -> FacilityInfo:
    """Register a facility with its condition today (source 'register')."""
    require(session, "facilities.manage")
    values = {"code": inputs.check_code(code, "code", area="facilities"),
              "kind": check_kind(kind), "name": check_text(name, "name", MAX_NAME, required=True),
              "location": check_text(location, "location", MAX_LOCATION),
              "quantity": check_quantity(quantity)}
    first = check_condition(condition)
    block_id, zone_id = _place(block, zone)
    today = clock.today()
    days.assert_open(today)
    with writing():
        if one("SELECT 1 FROM facility WHERE code = ?", (values["code"],)):
            raise Conflict("facilities.exists", field="code", code=values["code"])
        now = clock.now_iso()
        facility_id = one(
            "INSERT INTO facility (code, kind, name, block_id, zone_id, location, quantity,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (values["code"], values["kind"], values["name"], block_id, zone_id,
             values["location"], values["quantity"], session.user_id, now))[0]
        rows("INSERT INTO facility_condition (facility_id, observed_on, condition, source,"
             " created_by, created_at) VALUES (?, ?, ?, 'register', ?, ?)",
             (facility_id, today.isoformat(), first, session.user_id, now))
        audit.record(session, "facilities.create", "facility", facility_id, None,
                     {**values, "block_id": block_id, "zone_id": zone_id, "condition": first,
                      "observed_on": today.isoformat()})
    return facility_by_id(facility_id)


def update_facility(session: Session, code: str, *, name: str | None = None,
                    location: str | None = None, quantity: int | None = None,
                    active: bool | None = None) -> FacilityInfo:
    """Change a facility's name, location words, count or whether it is still
    there; its code, kind and condition history stay."""
    require(session, "facilities.manage")
    current = facility_by_code(code)
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = check_text(name, "name", MAX_NAME, required=True)
    if location is not None:
        values["location"] = check_text(location, "location", MAX_LOCATION)
    if quantity is not None:
        values["quantity"] = check_quantity(quantity)
    if active is not None:
        if not isinstance(active, bool):
            raise ValidationError("facilities.active_invalid", field="active", text=str(active))
        values["active"] = active
    values = {k: v for k, v in values.items() if v != getattr(current, k)}
    if not values:
        return current
    with writing():
        assignments = ", ".join(f"{k} = ?" for k in values)
        rows(f"UPDATE facility SET {assignments} WHERE id = ?",
             (*[int(v) if isinstance(v, bool) else v for v in values.values()], current.id))
        audit.record(session, "facilities.update", "facility", current.id,
                     {k: getattr(current, k) for k in values}, values)
    return facility_by_id(current.id)
