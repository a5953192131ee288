"""What the report entry form reads from its inputs, without widgets: the
counts typed per vehicle type, or the first and last ticket serial of the
book the attendant holds; the amount handed over; the minutes worked. Each
reader raises a ``ValidationError`` naming the form's field, with the same
parsers and limits the service uses, so what the form accepts as you type
is what the save accepts."""

from __future__ import annotations

from dataclasses import dataclass

from sekretariat.errors import ValidationError
from sekretariat.money import parse_rupiah
from sekretariat.services.parking.day_sheet import BookOut, EntryContext
from sekretariat.services.parking.shift_reports import check_vehicle_count
from sekretariat.services.parking.tickets import check_range

#: The service's field names -> the form's error line that shows them.
ERROR_LINE = {"counts": "counts", "first_serial": "counts", "last_serial": "counts",
              "ticket_book": "counts", "handed_over": "handed_over",
              "minutes_worked": "minutes_worked", "attendant": "general", "day": "general"}


def error_line(field: str | None) -> str:
    if field and field.startswith("count."):
        return "counts"
    return ERROR_LINE.get(field or "", "general")


@dataclass(frozen=True)
class Typed:
    """The form's content read and checked."""

    counts: dict[str, int]                       # type code -> vehicles (typed)
    tickets: dict[str, tuple[int, int, int]]     # type code -> (book id, first, last)
    handed_over: int | None                      # None: nothing typed yet
    minutes: int | None                          # None: the whole shift

    def vehicles(self) -> dict[str, int]:
        """Vehicles per type, typed or from the serials."""
        found = dict(self.counts)
        for code, (_, first, last) in self.tickets.items():
            found[code] = last - first + 1
        return found


def book_for(context: EntryContext, attendant_id: int, code: str) -> BookOut | None:
    """The book of type ``code`` the attendant uses next (unused tickets left)."""
    books = [b for b in context.books.get(attendant_id, ()) if b.vehicle_type == code
             and b.next_serial is not None]
    return min(books, key=lambda b: b.next_serial or 0) if books else None


def read_count(code: str, text: str) -> int:
    text = text.strip().replace(".", "")
    if not text:
        return 0
    return check_vehicle_count(text, "counts")


def read_serials(book: BookOut, first: str, last: str) -> tuple[int, int, int] | None:
    """(book id, first, last), or None when both are empty (no tickets used)."""
    if not first.strip() and not last.strip():
        return None
    for text, key in ((first, "first_missing"), (last, "last_missing")):
        if not text.strip():
            raise ValidationError(f"tui.parking.entry.{key}", field="counts", series=book.series)
    low, high = check_range(first.strip(), last.strip(), "counts")
    if low < book.first_serial or high > book.last_serial:
        raise ValidationError("parking.range_outside_book", field="counts", series=book.series,
                              first=book.first_serial, last=book.last_serial)
    return book.book_id, low, high


def read_handed(text: str) -> int | None:
    if not text.strip():
        return None
    return parse_rupiah(text, field="handed_over", allow_zero=True)


def read_minutes(text: str, length: int) -> int | None:
    text = text.strip()
    if not text:
        return None
    minutes = check_vehicle_count(text, "minutes_worked")
    if not 0 < minutes <= length:
        raise ValidationError("parking.minutes_invalid", field="minutes_worked", maximum=length)
    return minutes
