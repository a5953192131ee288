"""A parking lot for the Pilot tests of the parking screens: four zones,
the three shifts of a new database, two vehicle types (the third set
inactive) with tariffs, twelve attendants, a deposit target, and the week
before the frozen Monday (2026-11-23) rostered; helpers to read the
database."""

from __future__ import annotations

import datetime as dt

from sekretariat import db
from sekretariat.services.parking import attendants, roster, setup, shift_reports, tariffs

TODAY = dt.date(2026, 11, 23)            # the frozen clock's day, a Monday
LAST_MONDAY = dt.date(2026, 11, 16)
ZONES = (("a-md", "Motor depan"), ("b-mb", "Mobil belakang"), ("c-ps", "Pasar samping"),
         ("d-tm", "Timur"))
SHIFTS = ("pagi", "siang", "malam")
NAMES = ("Andi", "Budi", "Cahya", "Dedi", "Eko", "Fajar", "Gilang", "Hadi", "Irfan", "Joko",
         "Kurnia", "Lukman")


def rows(sql: str, *params) -> list[tuple]:
    return db.current_database().execute_sql(sql, params).fetchall()


def make_lot(chair, *, rostered_days: tuple[dt.date, ...] = ()) -> dict[str, int]:
    """The lot; ``rostered_days``: every slot of those days filled, attendant
    ``i`` on slot ``i`` (zones x shifts in order). Returns name -> id."""
    for code, name in ZONES:
        setup.create_zone(chair, code, name, 50)
    setup.update_vehicle_type(chair, "truk", active=False)
    tariffs.set_tariff(chair, "motor", 2000, dt.date(2026, 11, 1))
    tariffs.set_tariff(chair, "mobil", 5000, dt.date(2026, 11, 1))
    shift_reports.set_target(chair, 100_000)
    ids = {name: attendants.register_attendant(chair, name, dt.date(2026, 1, 5)).id
           for name in NAMES}
    for day in rostered_days:
        fill_day(chair, day, ids)
    return ids


def fill_day(chair, day: dt.date, ids: dict[str, int]) -> None:
    slots = [(zone, shift) for zone, _ in ZONES for shift in SHIFTS]
    for (zone, shift), name in zip(slots, NAMES, strict=True):
        roster.assign(chair, day, zone, shift, ids[name])
