"""The demo market's parking area as data, and its set-up through the services.

Pure functions of the plan (no database) say who works where: the zones
(from ``plan.zones``, with a capacity), the market's three shifts (the
seeded ``pagi`` and ``siang`` set to the market's hours, ``malam`` retired
and ``sore`` added: every hand-over reaches the drawer before the
treasurer's 17:30 close), the attendants (each zone's team, plus one who
replaces a leaver part-way through the history), the ticket books each
karcis zone starts with, and the roster: a zone's team keeps its zone and
rotates its shifts every week. One attendant (``UNDER_REPORTER``) counts
about 30 % fewer vehicles than his team-mates on the same slots.

``setup_parking`` writes the first day's state through the services (zones,
shifts, tariffs, the deposit target, attendants, books, the first day's
roster) when the demo market is set up; ``demo/parking_step.py`` writes the
rest day by day.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.demo.market_records import CAR_TICKET, MOTOR_TICKET, MarketPlan
from sekretariat.demo.names import PHONE_PREFIXES

#: (code, name, start, end, hand-over time): the market's day; the seeded
#: night shift (malam) is retired, a late-afternoon one (sore) added.
SHIFTS = (("pagi", "Pagi", "05:00", "10:00", (10, 10)),
          ("siang", "Siang", "10:00", "14:00", (14, 10)),
          ("sore", "Sore", "14:00", "17:00", (17, 5)))
SHIFT_MINUTES = {"pagi": 300, "siang": 240, "sore": 180}
TRUCK_TICKET = 10_000
NEW_TARIFFS = {"motor": 3_000, "mobil": 6_000}   # the one change during the history
TARGET_PER_SHIFT = 150_000
#: Pick-ups and trucks per shift by zone position: a low volume.
TRUCKS_PER_SHIFT = ((1, 1, 0), (0, 1, 0), (2, 1, 1), (5, 4, 2))
UNDER_REPORTER = "Deni"
UNDER_SHARE = 0.7
LEAVER, NEWCOMER = "Wak Anang", "Herman"
SERIES = {"motor": "MTR", "mobil": "MBL"}


@dataclass(frozen=True)
class AttendantRecord:
    name: str
    zone: str            # the zone code of their team
    phone: str
    nik: str
    start: dt.date


def scale_factor(plan: MarketPlan) -> int:
    return max(1, plan.spec.factor // 3)


def karcis_zone(position: int) -> bool:
    """Zones 1 and 3 count from ticket serials; the others type their counts."""
    return position % 2 == 0


def zone_capacity(plan: MarketPlan, position: int) -> int:
    zone = plan.zones[position]
    return int(round(zone.motor_per_shift[0] / 2 + 5 * zone.car_per_shift[0], -1))


def means(plan: MarketPlan, position: int) -> dict[str, tuple[int, int, int]]:
    """Mean vehicles per shift (pagi, siang, sore) by type in a zone."""
    zone = plan.zones[position]
    trucks = tuple(n * scale_factor(plan) for n in TRUCKS_PER_SHIFT[position % 4])
    return {"motor": zone.motor_per_shift, "mobil": zone.car_per_shift, "truk": trucks}


def book_size(plan: MarketPlan, position: int, kind: str) -> tuple[int, int]:
    """(tickets in a book, the fewest left before a new book is issued) for a
    zone and vehicle type: a new book comes when what is left might not
    cover a busy shift."""
    margin = math.ceil(2.5 * 1.2 * max(means(plan, position)[kind]))
    return max(100, math.ceil(2 * margin / 100) * 100), margin


def leave_day(plan: MarketPlan) -> dt.date:
    """The leaver's last day; the newcomer starts the day after."""
    days = plan.history_days()
    return days[(3 * len(days)) // 5]


def tariff_change_day(plan: MarketPlan) -> dt.date:
    """The first of the month nearest the middle of the history."""
    days = plan.history_days()
    middle = days[len(days) // 2]
    first = middle.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return following if (middle - first) > (following - middle) else first


def attendants(plan: MarketPlan) -> tuple[AttendantRecord, ...]:
    """Every attendant of the history: each zone's team, then the newcomer."""
    rng = random.Random(f"sekretariat-demo:{plan.seed}:parking-people")
    records, phones = [], set()
    start = plan.history_start
    team = [(name, zone.code) for zone in plan.zones for name in zone.attendants]
    team.append((NEWCOMER, plan.zones[0].code))
    for number, (name, zone) in enumerate(team, start=1):
        phone = ""
        while not phone or phone in phones:
            phone = rng.choice(PHONE_PREFIXES) + str(rng.randint(1_000_000, 99_999_999))
        phones.add(phone)
        if name == NEWCOMER:
            joined = leave_day(plan) + dt.timedelta(days=1)
        else:
            joined = start - dt.timedelta(days=rng.randint(200, 3_000))
        born = dt.date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
        nik = (f"167110{born.day:02d}{born.month:02d}{born.year % 100:02d}{number:04d}"
               if rng.random() < 0.8 else "")
        records.append(AttendantRecord(name, zone, phone, nik, joined))
    return tuple(records)


def team(plan: MarketPlan, position: int, day: dt.date) -> tuple[str, ...]:
    names = plan.zones[position].attendants
    if position == 0 and day > leave_day(plan):
        names = tuple(NEWCOMER if n == LEAVER else n for n in names)
    return names


def roster_on(plan: MarketPlan, day: dt.date) -> list[tuple[str, str, str]]:
    """(zone code, shift code, attendant) of every slot of ``day``: each team
    keeps its zone; member i works shift (i + week) mod 3, weeks from Monday."""
    week = (day.toordinal() - 1) // 7
    slots = []
    for position, zone in enumerate(plan.zones):
        members = team(plan, position, day)
        for index, (shift, *_rest) in enumerate(SHIFTS):
            slots.append((zone.code, shift, members[(index - week) % len(members)]))
    return slots


def initial_books(plan: MarketPlan) -> list[tuple[str, str, str, int, int]]:
    """(attendant, vehicle type, series, first, last) handed out on the first
    day, serials running on per series."""
    books, next_serial = [], {kind: 1 for kind in SERIES}
    for position, zone in enumerate(plan.zones):
        if not karcis_zone(position):
            continue
        for name in zone.attendants:
            for kind, series in SERIES.items():
                size = book_size(plan, position, kind)[0]
                first = next_serial[kind]
                next_serial[kind] = first + size
                books.append((name, kind, series, first, first + size - 1))
    return books


def setup_parking(plan: MarketPlan, sessions: dict) -> None:
    """The parking area on the morning the books start, through the services:
    shifts, zones, tariffs, the deposit target, the attendants working then,
    their ticket books and the first day's roster (by the coordinator)."""
    from sekretariat.services.parking import attendants as people
    from sekretariat.services.parking import roster, setup, shift_reports, tariffs, tickets

    coordinator = sessions["parkir"]
    start = plan.history_start
    clock.freeze(dt.datetime.combine(start, dt.time(6, 45)) + dt.timedelta(minutes=14))
    for code, name, begin, end, _ in SHIFTS:
        if code == "sore":
            setup.create_shift(coordinator, code, name, begin, end)
        else:
            setup.update_shift(coordinator, code, start_time=begin, end_time=end)
    setup.update_shift(coordinator, "malam", active=False)
    for position, zone in enumerate(plan.zones):
        setup.create_zone(coordinator, zone.code, zone.name, zone_capacity(plan, position))
    for kind, amount in (("motor", MOTOR_TICKET), ("mobil", CAR_TICKET),
                         ("truk", TRUCK_TICKET)):
        tariffs.set_tariff(coordinator, kind, amount, start)
    shift_reports.set_target(coordinator, TARGET_PER_SHIFT * scale_factor(plan))
    ids = {}
    for record in attendants(plan):
        if record.start <= start:
            ids[record.name] = people.register_attendant(
                coordinator, record.name, record.start, phone=record.phone, nik=record.nik).id
    for name, kind, series, first, last in initial_books(plan):
        tickets.issue_book(coordinator, series, first, last, kind, ids[name], start)
    for zone, shift, name in roster_on(plan, start):
        roster.assign(coordinator, start, zone, shift, ids[name])
