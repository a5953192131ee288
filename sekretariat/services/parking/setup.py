"""Parking zones (with capacity), vehicle types and shifts (with hours).

Each is created, updated (name, capacity or hours, active) and listed; a code
never changes once given. Rows are never deleted: a zone, type or shift no
longer used is set inactive, so the roster and reports of past days keep it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.models import ParkingShift, ParkingZone, VehicleType
from sekretariat.services.core import audit
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.parking.parking_util import (
    MAX_NAME,
    check_code,
    check_count,
    clean_text,
    one,
)
from sekretariat.services.parking.roster_hours import overlaps

_TIME = re.compile(r"([01]\d|2[0-3])[:.]([0-5]\d)")


@dataclass(frozen=True)
class ZoneInfo:
    id: int
    code: str
    name: str
    capacity: int
    active: bool


@dataclass(frozen=True)
class VehicleTypeInfo:
    id: int
    code: str
    name: str
    active: bool


@dataclass(frozen=True)
class ShiftInfo:
    id: int
    code: str
    name: str
    start_time: str    # 'HH:MM'
    end_time: str      # 'HH:MM'; at or before the start: the shift runs past midnight
    active: bool

    @property
    def minutes(self) -> int:
        """The shift's length in minutes."""
        return shift_minutes(self.start_time, self.end_time)


def shift_minutes(start: str, end: str) -> int:
    begin, finish = _minutes(start), _minutes(end)
    return finish - begin if finish > begin else finish + 24 * 60 - begin


def _minutes(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:5])


def check_time(value: Any, field: str) -> str:
    """'HH:MM' (or 'HH.MM', as often typed in Indonesia), 00:00-23:59."""
    text = str(value or "").strip()
    if len(text) == 4 and text[1] in ":.":
        text = "0" + text
    if not _TIME.fullmatch(text):
        raise ValidationError("parking.time_invalid", field=field, text=str(value or ""))
    return text[:2] + ":" + text[3:]


# --- zones -------------------------------------------------------------------

def create_zone(session: Session, code: str, name: str, capacity: Any) -> ZoneInfo:
    require(session, "parking.manage")
    code = check_code(code)
    name = clean_text(name, "name", maximum=MAX_NAME, required=True)
    capacity = check_count(capacity, "capacity")
    with writing():
        if ParkingZone.get_or_none(ParkingZone.code == code) is not None:
            raise Conflict("parking.zone_exists", field="code", code=code)
        zone_id = ParkingZone.insert(code=code, name=name, capacity=capacity,
                                     created_at=clock.now_iso()).execute()
        audit.record(session, "parking.zone_create", "parking_zone", zone_id, None,
                     {"code": code, "name": name, "capacity": capacity})
    return get_zone(zone_id)


def update_zone(session: Session, zone: int | str, *, name: str | None = None,
                capacity: Any = None, active: bool | None = None) -> ZoneInfo:
    require(session, "parking.manage")
    current = get_zone(zone)
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = clean_text(name, "name", maximum=MAX_NAME, required=True)
    if capacity is not None:
        values["capacity"] = check_count(capacity, "capacity")
    if active is not None:
        values["active"] = bool(active)
    _update(session, ParkingZone, current, values, "parking.zone_update")
    return get_zone(current.id) if values else current


def _update(session: Session, model, current, values: dict[str, Any], action: str) -> None:
    """Write ``values`` to ``current``'s row and audit before/after (nothing to
    write: nothing written)."""
    if not values:
        return
    with writing():
        model.update(**values).where(model.id == current.id).execute()
        audit.record(session, action, model._meta.table_name, current.id,
                     {k: getattr(current, k) for k in values}, values)


def get_zone(zone: int | str) -> ZoneInfo:
    row = _find("parking_zone", "id, code, name, capacity, active", zone)
    if row is None:
        raise NotFound("parking.zone_not_found", field="zone", zone=str(zone))
    return ZoneInfo(*row[:4], bool(row[4]))


def list_zones(session: Session, *, active_only: bool = False) -> list[ZoneInfo]:
    require(session, "parking.view")
    query = ParkingZone.select().order_by(ParkingZone.code)
    if active_only:
        query = query.where(ParkingZone.active == True)  # noqa: E712
    return [ZoneInfo(r.id, r.code, r.name, r.capacity, bool(r.active)) for r in query]


# --- vehicle types -------------------------------------------------------------

def create_vehicle_type(session: Session, code: str, name: str) -> VehicleTypeInfo:
    require(session, "parking.manage")
    code = check_code(code)
    name = clean_text(name, "name", maximum=MAX_NAME, required=True)
    with writing():
        if VehicleType.get_or_none(VehicleType.code == code) is not None:
            raise Conflict("parking.type_exists", field="code", code=code)
        type_id = VehicleType.insert(code=code, name=name, created_at=clock.now_iso()).execute()
        audit.record(session, "parking.type_create", "vehicle_type", type_id, None,
                     {"code": code, "name": name})
    return get_vehicle_type(type_id)


def update_vehicle_type(session: Session, vehicle_type: int | str, *, name: str | None = None,
                        active: bool | None = None) -> VehicleTypeInfo:
    require(session, "parking.manage")
    current = get_vehicle_type(vehicle_type)
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = clean_text(name, "name", maximum=MAX_NAME, required=True)
    if active is not None:
        values["active"] = bool(active)
    _update(session, VehicleType, current, values, "parking.type_update")
    return get_vehicle_type(current.id) if values else current


def get_vehicle_type(vehicle_type: int | str) -> VehicleTypeInfo:
    row = _find("vehicle_type", "id, code, name, active", vehicle_type)
    if row is None:
        raise NotFound("parking.type_not_found", field="vehicle_type",
                       vehicle_type=str(vehicle_type))
    return VehicleTypeInfo(*row[:3], bool(row[3]))


def list_vehicle_types(session: Session, *, active_only: bool = False) -> list[VehicleTypeInfo]:
    require(session, "parking.view")
    query = VehicleType.select().order_by(VehicleType.id)
    if active_only:
        query = query.where(VehicleType.active == True)  # noqa: E712
    return [VehicleTypeInfo(r.id, r.code, r.name, bool(r.active)) for r in query]


# --- shifts --------------------------------------------------------------------

def create_shift(session: Session, code: str, name: str, start_time: str,
                 end_time: str) -> ShiftInfo:
    require(session, "parking.manage")
    code = check_code(code)
    name = clean_text(name, "name", maximum=MAX_NAME, required=True)
    start, end = _hours(start_time, end_time)
    with writing():
        if ParkingShift.get_or_none(ParkingShift.code == code) is not None:
            raise Conflict("parking.shift_exists", field="code", code=code)
        shift_id = ParkingShift.insert(code=code, name=name, start_time=start, end_time=end,
                                       created_at=clock.now_iso()).execute()
        audit.record(session, "parking.shift_create", "parking_shift", shift_id, None,
                     {"code": code, "name": name, "start_time": start, "end_time": end})
    return get_shift(shift_id)


def update_shift(session: Session, shift: int | str, *, name: str | None = None,
                 start_time: str | None = None, end_time: str | None = None,
                 active: bool | None = None) -> ShiftInfo:
    """Hours changed here apply to every day, past ones too: the roster keeps
    the shift, not its hours (reports keep their own figures)."""
    require(session, "parking.manage")
    current = get_shift(shift)
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = clean_text(name, "name", maximum=MAX_NAME, required=True)
    if start_time is not None or end_time is not None:
        values["start_time"], values["end_time"] = _hours(
            current.start_time if start_time is None else start_time,
            current.end_time if end_time is None else end_time)
    if active is not None:
        values["active"] = bool(active)
    if not values:
        return current
    with writing():
        ParkingShift.update(**values).where(ParkingShift.id == current.id).execute()
        clash = overlaps() if "start_time" in values else []
        if clash:
            raise Conflict("parking.shift_hours_clash", field="start_time", name=clash[0][0],
                           day=clash[0][1])
        audit.record(session, "parking.shift_update", "parking_shift", current.id,
                     {k: getattr(current, k) for k in values}, values)
    return get_shift(current.id)


def get_shift(shift: int | str) -> ShiftInfo:
    row = _find("parking_shift", "id, code, name, start_time, end_time, active", shift)
    if row is None:
        raise NotFound("parking.shift_not_found", field="shift", shift=str(shift))
    return ShiftInfo(*row[:5], bool(row[5]))


def list_shifts(session: Session, *, active_only: bool = False) -> list[ShiftInfo]:
    require(session, "parking.view")
    query = ParkingShift.select().order_by(ParkingShift.start_time, ParkingShift.id)
    if active_only:
        query = query.where(ParkingShift.active == True)  # noqa: E712
    return [ShiftInfo(r.id, r.code, r.name, r.start_time, r.end_time, bool(r.active))
            for r in query]


def _hours(start_time: Any, end_time: Any) -> tuple[str, str]:
    start = check_time(start_time, "start_time")
    end = check_time(end_time, "end_time")
    if start == end:
        raise ValidationError("parking.shift_no_length", field="end_time")
    return start, end


def _find(table: str, columns: str, key: int | str) -> tuple | None:
    """``columns`` of a row of ``table`` by id (an int) or by code (text, any
    case). Plain SQL: a shift report looks up three of these on every save."""
    if isinstance(key, bool):
        return None
    if isinstance(key, int):
        return one(f"SELECT {columns} FROM {table} WHERE id = ?", (key,))
    return one(f"SELECT {columns} FROM {table} WHERE code = ?", (str(key or "").strip().lower(),))
