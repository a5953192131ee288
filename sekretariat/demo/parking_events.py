"""The demo's parking events that shape the lot: the roster, ticket books,
a tariff change and attendants joining and leaving.

Through the services each event calls ``services.parking`` (``roster.assign``,
``tickets.issue_book``/``return_book``, ``tariffs.set_tariff``,
``attendants.register_attendant``/``deactivate_attendant``); through
``BulkSink`` it writes the rows and the audit record those functions write.
The bulk path keeps what it needs of the parking area in ``state(sink)``
(read once from the database the set-up wrote). Attendants are named by
name, books by series and first serial.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sekretariat import db
from sekretariat.demo.engine import Event

#: The parking tables the bulk path writes, parents first.
TABLES = (
    ("attendant", ("id", "name", "phone", "nik", "status", "start_date", "end_date",
                   "created_at")),
    ("parking_tariff", ("id", "vehicle_type_id", "amount", "effective_from", "created_by",
                        "created_at")),
    ("roster", ("id", "roster_date", "zone_id", "shift_id", "attendant_id", "created_by",
                "created_at")),
    ("ticket_book", ("id", "series", "first_serial", "last_serial", "vehicle_type_id",
                     "attendant_id", "issued_on", "returned_on", "created_by", "created_at")),
    ("shift_report", ("id", "number", "report_date", "zone_id", "shift_id", "attendant_id",
                      "off_roster", "hours_worked_minutes", "expected", "handed_over",
                      "difference", "target", "journal_entry_id", "void_entry_id", "voided_on",
                      "void_reason", "created_by", "created_at")),
    ("shift_report_line", ("id", "report_id", "vehicle_type_id", "count", "tariff", "amount",
                           "ticket_book_id", "first_serial", "last_serial")),
    ("attendant_debt_movement", ("id", "attendant_id", "moved_on", "kind", "amount",
                                 "shift_report_id", "journal_entry_id", "reason", "created_by",
                                 "created_at")),
)
COLUMNS = dict(TABLES)


def iso(at: dt.datetime) -> str:
    return at.isoformat(timespec="microseconds")


def attendant_id(name: str) -> int:
    """The services path: an attendant's id by name (names are unique in the demo)."""
    return db.current_database().execute_sql(
        "SELECT id FROM attendant WHERE name = ?", (name,)).fetchone()[0]


def book_id(series: str, first: int) -> int:
    return db.current_database().execute_sql(
        "SELECT id FROM ticket_book WHERE series = ? AND first_serial = ?",
        (series, first)).fetchone()[0]


def state(sink) -> dict:
    """The bulk path's memory of the parking area, read once after the set-up."""
    found = sink.modules.get("parking")
    if found is not None:
        return found
    execute = sink.conn.execute
    tariffs = defaultdict(list)
    for code, day, amount in execute(
            "SELECT v.code, t.effective_from, t.amount FROM parking_tariff t"
            " JOIN vehicle_type v ON v.id = t.vehicle_type_id ORDER BY t.effective_from"):
        tariffs[code].append((day, amount))
    from sekretariat.services.parking.shift_reports import TARGET_KEY
    from sekretariat.services.parking.setup import shift_minutes

    target = execute("SELECT value FROM setting WHERE key = ?", (TARGET_KEY,)).fetchone()
    found = sink.modules["parking"] = {
        "zones": {code: (zone_id, name) for zone_id, code, name in
                  execute("SELECT id, code, name FROM parking_zone")},
        "shifts": {code: (shift_id, name, shift_minutes(start, end))
                   for shift_id, code, name, start, end in
                   execute("SELECT id, code, name, start_time, end_time FROM parking_shift")},
        "types": {code: (type_id, name) for type_id, code, name in
                  execute("SELECT id, code, name FROM vehicle_type")},
        "tariffs": tariffs,
        "target": int(target[0]) if target else 0,
        "attendants": {name: [a_id, dt.date.fromisoformat(start), None]
                       for a_id, name, start in
                       execute("SELECT id, name, start_date FROM attendant")},
        "names": dict(execute("SELECT id, name FROM attendant")),
        "books": {(series, first): [b_id, last, type_id, a_id, issued, returned, 0]
                  for b_id, series, first, last, type_id, a_id, issued, returned in execute(
                      "SELECT id, series, first_serial, last_serial, vehicle_type_id,"
                      " attendant_id, issued_on, returned_on FROM ticket_book")},
        "series_last": {series: last for series, last in execute(
            "SELECT series, max(last_serial) FROM ticket_book GROUP BY series")},
        "roster": set(),       # (day, zone, shift) and (day, zone, shift, attendant)
        "debt": defaultdict(int),
        "reports": {},
    }
    for day, zone, shift, person in execute(
            "SELECT r.roster_date, z.code, s.code, r.attendant_id FROM roster r"
            " JOIN parking_zone z ON z.id = r.zone_id JOIN parking_shift s ON s.id = r.shift_id"):
        found["roster"].update({(dt.date.fromisoformat(day), zone, shift),
                                (dt.date.fromisoformat(day), zone, shift, person)})
    for table, columns in TABLES:   # parents before children in every flush
        sink.rows(table, columns)
    return found


def _active_on(person: list, day: dt.date) -> bool:
    return person[1] <= day and (person[2] is None or day <= person[2])


@dataclass(eq=False)
class RosterAssign(Event):
    """``roster.assign``: ``name`` works ``zone``/``shift`` on ``day``."""

    at: dt.datetime
    day: dt.date
    zone: str
    shift: str
    name: str
    role: str = "parkir"

    def apply_services(self, sink) -> None:
        from sekretariat.services.parking import roster

        roster.assign(sink.session(self.role), self.day, self.zone, self.shift,
                      attendant_id(self.name))

    def apply_bulk(self, sink) -> None:
        parking = state(sink)
        zone, shift = self.zone.lower(), self.shift
        person = parking["attendants"][self.name]
        if not _active_on(person, self.day):
            raise ValueError(f"{self.name} does not work on {self.day}")
        sink.assert_open(self.day)
        slot = (self.day, zone, shift)
        if slot in parking["roster"]:
            raise ValueError(f"slot {slot} is taken")
        parking["roster"].add(slot)
        parking["roster"].add((self.day, zone, shift, person[0]))
        session = sink.session(self.role)
        row_id = sink.next_id("roster")
        sink.rows("roster", COLUMNS["roster"]).append(
            (row_id, self.day.isoformat(), parking["zones"][zone][0], parking["shifts"][shift][0],
             person[0], session.user_id, iso(self.at)))
        sink.audit(self.at, session, "parking.roster_assign", "roster", row_id, None,
                   {"day": self.day.isoformat(), "zone": zone, "shift": shift,
                    "attendant_id": person[0]})


@dataclass(eq=False)
class IssueBook(Event):
    """``tickets.issue_book``: a book of ``kind`` tickets handed to ``name``."""

    at: dt.datetime
    name: str
    kind: str
    series: str
    first: int
    last: int
    role: str = "parkir"

    def apply_services(self, sink) -> None:
        from sekretariat.services.parking import tickets

        tickets.issue_book(sink.session(self.role), self.series, self.first, self.last,
                           self.kind, attendant_id(self.name), self.at.date())

    def apply_bulk(self, sink) -> None:
        parking = state(sink)
        day, session = self.at.date(), sink.session(self.role)
        person = parking["attendants"][self.name]
        if not _active_on(person, day) or self.first > self.last:
            raise ValueError(f"book {self.series} {self.first} cannot be issued")
        highest = parking["series_last"].get(self.series, -1)
        if self.first <= highest and any(   # books come in serial order: rarely scanned
                series == self.series and first <= self.last and book[1] >= self.first
                for (series, first), book in parking["books"].items()):
            raise ValueError(f"book {self.series} {self.first} overlaps")
        parking["series_last"][self.series] = max(highest, self.last)
        sink.assert_open(day)
        type_id = parking["types"][self.kind][0]
        row_id = sink.next_id("ticket_book")
        sink.rows("ticket_book", COLUMNS["ticket_book"]).append(
            (row_id, self.series, self.first, self.last, type_id, person[0], day.isoformat(),
             None, session.user_id, iso(self.at)))
        parking["books"][(self.series, self.first)] = [row_id, self.last, type_id, person[0],
                                                       day.isoformat(), None, 0]
        sink.audit(self.at, session, "parking.book_issue", "ticket_book", row_id, None,
                   {"series": self.series, "first": self.first, "last": self.last,
                    "type": self.kind, "attendant_id": person[0], "day": day.isoformat()})


@dataclass(eq=False)
class ReturnBook(Event):
    """``tickets.return_book``: the book comes back with its unused tickets."""

    at: dt.datetime
    series: str
    first: int
    role: str = "parkir"

    def apply_services(self, sink) -> None:
        from sekretariat.services.parking import tickets

        tickets.return_book(sink.session(self.role), book_id(self.series, self.first),
                            self.at.date())

    def apply_bulk(self, sink) -> None:
        book = state(sink)["books"][(self.series, self.first)]
        day, session = self.at.date(), sink.session(self.role)
        if book[5] is not None:
            raise ValueError(f"book {self.series} {self.first} is back already")
        sink.assert_open(day)
        book[5] = day.isoformat()
        sink.update("ticket_book", book[0], {"returned_on": day.isoformat()})
        unused = book[1] - self.first + 1 - book[6]
        sink.audit(self.at, session, "parking.book_return", "ticket_book", book[0],
                   {"returned_on": None}, {"returned_on": day.isoformat(), "unused": unused})


@dataclass(eq=False)
class SetTariff(Event):
    """``tariffs.set_tariff``: ``amount`` per ``kind`` from ``effective_from``."""

    at: dt.datetime
    kind: str
    amount: int
    effective_from: dt.date
    role: str = "parkir"

    def apply_services(self, sink) -> None:
        from sekretariat.services.parking import tariffs

        tariffs.set_tariff(sink.session(self.role), self.kind, self.amount, self.effective_from)

    def apply_bulk(self, sink) -> None:
        parking = state(sink)
        session, day = sink.session(self.role), self.effective_from.isoformat()
        sink.assert_open(self.effective_from)
        history = parking["tariffs"][self.kind]
        if any(start == day for start, _ in history):
            raise ValueError("the demo never corrects a tariff")
        row_id = sink.next_id("parking_tariff")
        sink.rows("parking_tariff", COLUMNS["parking_tariff"]).append(
            (row_id, parking["types"][self.kind][0], self.amount, day, session.user_id,
             iso(self.at)))
        history.append((day, self.amount))
        history.sort()
        sink.audit(self.at, session, "parking.tariff_create", "parking_tariff", row_id, None,
                   {"vehicle_type": self.kind, "amount": self.amount, "effective_from": day})


@dataclass(eq=False)
class RegisterAttendant(Event):
    """``attendants.register_attendant``: a new attendant from ``start``."""

    at: dt.datetime
    name: str
    start: dt.date
    phone: str
    nik: str
    role: str = "parkir"

    def apply_services(self, sink) -> None:
        from sekretariat.services.parking import attendants

        attendants.register_attendant(sink.session(self.role), self.name, self.start,
                                      phone=self.phone, nik=self.nik)

    def apply_bulk(self, sink) -> None:
        parking = state(sink)
        session = sink.session(self.role)
        row_id = sink.next_id("attendant")
        sink.rows("attendant", COLUMNS["attendant"]).append(
            (row_id, self.name, self.phone, self.nik, "aktif", self.start.isoformat(), None,
             iso(self.at)))
        parking["attendants"][self.name] = [row_id, self.start, None]
        parking["names"][row_id] = self.name
        sink.audit(self.at, session, "parking.attendant_create", "attendant", row_id, None,
                   {"name": self.name, "phone": self.phone, "nik": self.nik,
                    "start_date": self.start.isoformat()})


@dataclass(eq=False)
class DeactivateAttendant(Event):
    """``attendants.deactivate_attendant``: ``name`` stops after ``at``'s day."""

    at: dt.datetime
    name: str
    role: str = "parkir"

    def apply_services(self, sink) -> None:
        from sekretariat.services.parking import attendants

        attendants.deactivate_attendant(sink.session(self.role), attendant_id(self.name),
                                        self.at.date())

    def apply_bulk(self, sink) -> None:
        parking = state(sink)
        person, last = parking["attendants"][self.name], self.at.date()
        session = sink.session(self.role)
        sink.assert_open(last)
        if any(len(slot) == 4 and slot[3] == person[0] and slot[0] > last
               for slot in parking["roster"]):
            raise ValueError(f"{self.name} is on a later roster")
        person[2] = last
        sink.update("attendant", person[0], {"status": "nonaktif", "end_date": last.isoformat()})
        sink.audit(self.at, session, "parking.attendant_deactivate", "attendant", person[0],
                   {"status": "aktif", "end_date": None},
                   {"status": "nonaktif", "end_date": last.isoformat()})
