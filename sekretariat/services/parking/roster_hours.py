"""When a roster's hours clash: a shift on a day as absolute minutes, and the
one search for an attendant working two overlapping shifts (used by the
roster, by a change of a shift's hours and by ``sekretariat check``)."""

from __future__ import annotations

import datetime as dt

from sekretariat.services.parking.parking_util import as_date, rows

DAY_MINUTES = 24 * 60


def span(day: dt.date | str, start_time: str, end_time: str) -> tuple[int, int]:
    """A shift on a day as absolute minutes [start, end): a night shift runs
    into the next morning and compares like any other."""
    base = as_date(day).toordinal() * DAY_MINUTES
    start = int(start_time[:2]) * 60 + int(start_time[3:5])
    end = int(end_time[:2]) * 60 + int(end_time[3:5])
    if end <= start:
        end += DAY_MINUTES
    return base + start, base + end


def overlaps(conn=None) -> list[tuple[str, str]]:
    """(attendant name, day) of every roster row that starts before the same
    attendant's previous shift has ended; one pass in attendant and time order."""
    sql = ("SELECT r.attendant_id, r.roster_date, s.start_time, s.end_time, a.name"
           " FROM roster r JOIN parking_shift s ON s.id = r.shift_id"
           " JOIN attendant a ON a.id = r.attendant_id")
    found = conn.execute_sql(sql) if conn is not None else rows(sql)
    spans = sorted((attendant_id, *span(day, start, end), day, name)
                   for attendant_id, day, start, end, name in found)
    problems: list[tuple[str, str]] = []
    last: tuple[int, int] | None = None     # attendant, the latest end so far
    for attendant_id, start, end, day, name in spans:
        if last is not None and last[0] == attendant_id and start < last[1]:
            problems.append((name, day))
        if last is None or last[0] != attendant_id or end > last[1]:
            last = (attendant_id, end)
    return problems
