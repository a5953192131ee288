"""Reads for the parking set-up and attendants screens, built only from the
functions that own each fact: everything the set-up screen shows in one
call (zones, vehicle types, the tariff history with the ones in force that
day from ``tariffs.current_tariffs``, shifts, the deposit target), and the
attendants with what each owes (``debts.list_debts``, i.e. ``DEBT_SQL``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.parking import attendants, debts, setup, shift_reports, tariffs
from sekretariat.services.parking.attendants import AttendantInfo
from sekretariat.services.parking.setup import ShiftInfo, VehicleTypeInfo, ZoneInfo
from sekretariat.services.parking.tariffs import TariffInfo


@dataclass(frozen=True)
class SetupOverview:
    day: dt.date                        # the day "in force" refers to
    zones: tuple[ZoneInfo, ...]
    vehicle_types: tuple[VehicleTypeInfo, ...]
    tariffs: tuple[TariffInfo, ...]     # the history: by type, then date
    in_force: frozenset[int]            # ids of the tariff rows in force on ``day``
    shifts: tuple[ShiftInfo, ...]
    target: int                         # per attendant and whole shift; 0: none set

    def tariff_state(self, tariff: TariffInfo) -> str:
        """'now' (in force on the day), 'later' (from a later day) or 'past'
        (replaced by a later row)."""
        if tariff.id in self.in_force:
            return "now"
        return "later" if tariff.effective_from > self.day else "past"


def setup_overview(session: Session, day: dt.date | None = None) -> SetupOverview:
    """What the parking set-up screen shows, as of ``day`` (today by default)."""
    require(session, "parking.view")
    day = day or clock.today()
    now = tariffs.current_tariffs(session, day)
    return SetupOverview(
        day=day,
        zones=tuple(setup.list_zones(session)),
        vehicle_types=tuple(setup.list_vehicle_types(session)),
        tariffs=tuple(tariffs.list_tariffs(session)),
        in_force=frozenset(t.id for t in now.values()),
        shifts=tuple(setup.list_shifts(session)),
        target=shift_reports.get_target())


@dataclass(frozen=True)
class AttendantRow:
    attendant: AttendantInfo
    debt: int                           # outstanding, whole Rupiah


def attendant_rows(session: Session) -> list[AttendantRow]:
    """Every attendant by name, with their outstanding debt."""
    require(session, "parking.view")
    owed = {row.attendant_id: row.debt for row in debts.list_debts(session, include_zero=True)}
    return [AttendantRow(person, owed.get(person.id, 0))
            for person in attendants.list_attendants(session)]


def check_phone(value: str) -> str:
    """An attendant's phone number as ``attendants`` accepts it (for a form
    checking as you type; the save checks it again)."""
    return attendants._phone(value)


def check_nik(value: str) -> str:
    """An attendant's NIK as ``attendants`` accepts it: 16 digits or empty."""
    return attendants._nik(value)
