"""Ticket books (karcis): numbered books of one vehicle type issued to an
attendant, their use in shift reports and their return.

A book is a series and a serial range; books of one series never overlap.
A shift report uses a range of a book (``used_ranges``); ranges used by
reports not voided never overlap each other (``assert_range_free``, called
inside the report's transaction, and a check rule). The tickets of a book not
yet used are with the attendant until the book comes back (``return_book``):
``unreturned_books`` lists them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.core import audit, days
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.parking.attendants import get_attendant
from sekretariat.services.parking.parking_util import as_date, check_count, check_date, one, rows
from sekretariat.services.parking.setup import get_vehicle_type

MAX_SERIES = 20
MAX_SERIAL = 99_999_999

#: Used ranges of books (reports not voided): book id, first, last, report number.
USED_SQL = ("SELECT l.ticket_book_id, l.first_serial, l.last_serial, r.number"
            " FROM shift_report_line l JOIN shift_report r ON r.id = l.report_id"
            " WHERE l.ticket_book_id IS NOT NULL AND r.void_entry_id IS NULL")


@dataclass(frozen=True)
class TicketBook:
    id: int
    series: str
    first_serial: int
    last_serial: int
    vehicle_type_id: int
    vehicle_type: str
    attendant_id: int
    attendant_name: str
    issued_on: dt.date
    returned_on: dt.date | None
    used: tuple[tuple[int, int], ...]      # ranges used by reports, in order
    unused: tuple[tuple[int, int], ...]    # ranges not used

    @property
    def size(self) -> int:
        return self.last_serial - self.first_serial + 1

    @property
    def used_count(self) -> int:
        return sum(b - a + 1 for a, b in self.used)

    @property
    def unused_count(self) -> int:
        return self.size - self.used_count

    @property
    def outstanding(self) -> int:
        """Tickets still with the attendant (unused, book not returned)."""
        return 0 if self.returned_on is not None else self.unused_count


def _series(value: Any) -> str:
    text = str(value or "").strip().upper()
    if not text:
        raise ValidationError("parking.series_empty", field="series")
    if len(text) > MAX_SERIES:
        raise ValidationError("input.too_long", field="series", maximum=MAX_SERIES,
                              found=len(text))
    return text


def check_range(first: Any, last: Any, field: str = "first_serial") -> tuple[int, int]:
    """Two serials, whole numbers, the first not after the last."""
    first = check_count(first, field, maximum=MAX_SERIAL)
    last = check_count(last, "last_serial", maximum=MAX_SERIAL)
    if first > last:
        raise ValidationError("parking.range_reversed", field=field, first=first, last=last)
    return first, last


def issue_book(session: Session, series: str, first_serial: Any, last_serial: Any,
               vehicle_type: int | str, attendant_id: int, day: Any = None) -> TicketBook:
    """Hand a book to an attendant on ``day`` (today by default, an open day)."""
    require(session, "parking.report")
    series = _series(series)
    first, last = check_range(first_serial, last_serial)
    kind = get_vehicle_type(vehicle_type)
    person = get_attendant(session, attendant_id)
    day = clock.today() if day is None else check_date(day, "day")
    if not person.active_on(day):
        raise ValidationError("parking.attendant_not_active_on", field="attendant",
                              name=person.name, day=fmt_date(day))
    with writing():
        days.assert_open(day)
        clash = one("SELECT first_serial, last_serial FROM ticket_book WHERE series = ?"
                    " AND first_serial <= ? AND last_serial >= ?", (series, last, first))
        if clash is not None:
            raise Conflict("parking.book_overlaps", field="first_serial", series=series,
                           first=clash[0], last=clash[1])
        book_id = one("INSERT INTO ticket_book (series, first_serial, last_serial,"
                      " vehicle_type_id, attendant_id, issued_on, created_by, created_at)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                      (series, first, last, kind.id, person.id, day.isoformat(),
                       session.user_id, clock.now_iso()))[0]
        audit.record(session, "parking.book_issue", "ticket_book", book_id, None,
                     {"series": series, "first": first, "last": last, "type": kind.code,
                      "attendant_id": person.id, "day": day.isoformat()})
    return get_book(session, book_id)


def return_book(session: Session, book_id: int, day: Any = None) -> TicketBook:
    """The book comes back on ``day`` with its unused tickets."""
    require(session, "parking.report")
    book = get_book(session, book_id)
    day = clock.today() if day is None else check_date(day, "day")
    if book.returned_on is not None:
        raise Conflict("parking.book_returned", series=book.series,
                       day=fmt_date(book.returned_on))
    if day < book.issued_on:
        raise ValidationError("parking.book_return_before_issue", field="day",
                              day=fmt_date(book.issued_on))
    with writing():
        days.assert_open(day)
        later = one("SELECT max(r.report_date) FROM shift_report_line l JOIN shift_report r"
                    " ON r.id = l.report_id WHERE l.ticket_book_id = ?"
                    " AND r.void_entry_id IS NULL", (book.id,))[0]
        if later is not None and later > day.isoformat():
            raise Conflict("parking.book_used_later", field="day",
                           day=fmt_date(as_date(later)))
        rows("UPDATE ticket_book SET returned_on = ? WHERE id = ?", (day.isoformat(), book.id))
        audit.record(session, "parking.book_return", "ticket_book", book.id,
                     {"returned_on": None},
                     {"returned_on": day.isoformat(), "unused": book.unused_count})
    return get_book(session, book.id)


def assert_range_free(book: TicketBook, attendant_id: int, vehicle_type_id: int,
                      day: dt.date, first: int, last: int) -> None:
    """Inside the report's write: the range lies in the book, the book is the
    attendant's, of that type, out on ``day``, and no report used any of it."""
    if book.attendant_id != attendant_id:
        raise ValidationError("parking.book_not_theirs", field="ticket_book",
                              series=book.series, name=book.attendant_name)
    if book.vehicle_type_id != vehicle_type_id:
        raise ValidationError("parking.book_other_type", field="ticket_book",
                              series=book.series, type=book.vehicle_type)
    if day < book.issued_on or (book.returned_on is not None and day > book.returned_on):
        raise ValidationError("parking.book_not_out", field="ticket_book",
                              series=book.series, day=fmt_date(day))
    if first < book.first_serial or last > book.last_serial:
        raise ValidationError("parking.range_outside_book", field="first_serial",
                              series=book.series, first=book.first_serial,
                              last=book.last_serial)
    clash = one(USED_SQL + " AND l.ticket_book_id = ? AND l.first_serial <= ?"
                " AND l.last_serial >= ?", (book.id, last, first))
    if clash is not None:
        raise Conflict("parking.range_used", field="first_serial", first=clash[1],
                       last=clash[2], number=clash[3])


_SELECT = ("SELECT b.id, b.series, b.first_serial, b.last_serial, v.id, v.code, a.id, a.name,"
           " b.issued_on, b.returned_on FROM ticket_book b"
           " JOIN vehicle_type v ON v.id = b.vehicle_type_id"
           " JOIN attendant a ON a.id = b.attendant_id")


def _book(row: tuple) -> TicketBook:
    used = tuple((a, b) for _, a, b, _ in rows(
        USED_SQL + " AND l.ticket_book_id = ? ORDER BY l.first_serial", (row[0],)))
    unused, cursor = [], row[2]
    for a, b in used:
        if a > cursor:
            unused.append((cursor, a - 1))
        cursor = max(cursor, b + 1)
    if cursor <= row[3]:
        unused.append((cursor, row[3]))
    return TicketBook(*row[:8], as_date(row[8]), as_date(row[9]), used, tuple(unused))


def get_book(session: Session, book_id: int) -> TicketBook:
    require(session, "parking.view")
    row = one(_SELECT + " WHERE b.id = ?", (book_id,))
    if row is None:
        raise NotFound("parking.book_not_found", book=str(book_id))
    return _book(row)


def find_book(session: Session, series: str, serial: Any) -> TicketBook:
    """The book of ``series`` holding ticket ``serial``."""
    require(session, "parking.view")
    serial = check_count(serial, "serial", maximum=MAX_SERIAL)
    row = one(_SELECT + " WHERE b.series = ? AND b.first_serial <= ? AND b.last_serial >= ?",
              (_series(series), serial, serial))
    if row is None:
        raise NotFound("parking.book_not_found", book=f"{series} {serial}")
    return _book(row)


def list_books(session: Session, attendant_id: int | None = None) -> list[TicketBook]:
    require(session, "parking.view")
    where, params = ("", ()) if attendant_id is None else (" WHERE a.id = ?", (attendant_id,))
    return [_book(r) for r in rows(_SELECT + where + " ORDER BY b.series, b.first_serial",
                                   params)]


def unreturned_books(session: Session) -> list[TicketBook]:
    """Books still out, with their unused tickets (``outstanding``)."""
    require(session, "parking.view")
    return [_book(r) for r in rows(_SELECT + " WHERE b.returned_on IS NULL"
                                   " ORDER BY a.name, b.series, b.first_serial")]
