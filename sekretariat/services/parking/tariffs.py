"""Parking tariffs: the amount per vehicle of a type from a date on.

``tariff_on`` is THE one function deciding the tariff in force on a day (the
row of that type with the latest ``effective_from`` on or before the day);
``tariffs_on`` answers it for every type in one query, from the same SQL.
A change is a new row from its date on, so a past day never changes; a row
may be corrected while its date is open, never once it is closed (the
database refuses it too).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat import clock
from sekretariat.models import ParkingTariff
from sekretariat.services.core import audit, days
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.parking.parking_util import as_date, check_amount, check_date, one, rows
from sekretariat.services.parking.setup import get_vehicle_type


@dataclass(frozen=True)
class TariffInfo:
    id: int
    vehicle_type_id: int
    vehicle_type: str       # the type's code
    vehicle_name: str
    amount: int             # whole Rupiah per vehicle
    effective_from: dt.date


_COLUMNS = ("SELECT t.id, t.vehicle_type_id, v.code, v.name, t.amount, t.effective_from"
            " FROM parking_tariff t JOIN vehicle_type v ON v.id = t.vehicle_type_id")

#: The tariff row in force on :day for each vehicle type (none when no row of
#: the type starts on or before the day). The one definition of the rule.
TARIFF_ON_SQL = (
    _COLUMNS + " WHERE t.id = (SELECT x.id FROM parking_tariff x"
    " WHERE x.vehicle_type_id = v.id AND x.effective_from <= :day"
    " ORDER BY x.effective_from DESC LIMIT 1)")


def _info(row: tuple) -> TariffInfo:
    return TariffInfo(row[0], row[1], row[2], row[3], row[4], as_date(row[5]))


def set_tariff(session: Session, vehicle_type: int | str, amount: Any,
               effective_from: Any) -> TariffInfo:
    """The amount for ``vehicle_type`` from ``effective_from`` on (an open
    day). The same type and date again corrects that row while it is open."""
    require(session, "parking.manage")
    kind = get_vehicle_type(vehicle_type)
    amount = check_amount(amount)
    effective_from = check_date(effective_from, "effective_from")
    with writing():
        days.assert_open(effective_from)
        existing = ParkingTariff.get_or_none(ParkingTariff.vehicle_type == kind.id,
                                             ParkingTariff.effective_from == effective_from)
        after = {"vehicle_type": kind.code, "amount": amount,
                 "effective_from": effective_from.isoformat()}
        if existing is not None:
            ParkingTariff.update(amount=amount).where(ParkingTariff.id == existing.id).execute()
            tariff_id = existing.id
            audit.record(session, "parking.tariff_update", "parking_tariff", tariff_id,
                         {"amount": existing.amount}, after)
        else:
            tariff_id = ParkingTariff.insert(
                vehicle_type=kind.id, amount=amount, effective_from=effective_from,
                created_by=session.user_id, created_at=clock.now_iso()).execute()
            audit.record(session, "parking.tariff_create", "parking_tariff", tariff_id, None,
                         after)
    return _info(one(_COLUMNS + " WHERE t.id = ?", (tariff_id,)))


def tariff_on(vehicle_type: int | str, day: dt.date) -> TariffInfo | None:
    """The tariff of ``vehicle_type`` in force on ``day``, or None before its
    first tariff. For services that checked their own permission."""
    kind = get_vehicle_type(vehicle_type)
    day = check_date(day, "day")
    row = one(TARIFF_ON_SQL + " AND v.id = :type", {"day": day.isoformat(), "type": kind.id})
    return None if row is None else _info(row)


def tariffs_on(day: dt.date) -> dict[str, TariffInfo]:
    """``tariff_on`` for every vehicle type in one query: type code -> tariff
    (types without a tariff that day are absent)."""
    day = check_date(day, "day")
    return {r[2]: _info(r) for r in rows(TARIFF_ON_SQL + " ORDER BY v.id",
                                         {"day": day.isoformat()})}


def list_tariffs(session: Session, vehicle_type: int | str | None = None) -> list[TariffInfo]:
    """Every tariff row (of one type), by type and date: the tariff history."""
    require(session, "parking.view")
    if vehicle_type is None:
        found = rows(_COLUMNS + " ORDER BY v.id, t.effective_from")
    else:
        kind = get_vehicle_type(vehicle_type)
        found = rows(_COLUMNS + " WHERE v.id = ? ORDER BY t.effective_from", (kind.id,))
    return [_info(r) for r in found]


def current_tariffs(session: Session, day: dt.date | None = None) -> dict[str, TariffInfo]:
    """``tariffs_on`` for a person (today by default)."""
    require(session, "parking.view")
    return tariffs_on(day or clock.today())
