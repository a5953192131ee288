"""The complaints area on the scale dataset (ten years of complaints, about
20 a week): the complaints screen's first page in its 'open' mode and in its
'overdue' mode (``complaints_read.list_complaints`` as the screen calls it,
as the chair), and what the pattern view loads for the last full year
(``stats.stats``: counts by category, by month and by place, the share
answered within standard, the places with repeated complaints in the last 90
days).

Each runs with the clock at the dataset's 'today' (overdue and the last 90
days depend on it) against the same queries written directly in plain
``sqlite3``, their rows turned into plain tuples; the set-up checks once that
the baseline gives the very same rows and figures as ours.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import Any

from bench import BenchContext, Unavailable, both, opened, register, session_of

#: The screen's first page: ``views/complaints/complaints.py`` asks for
#: PAGE_SIZE + 1 rows (to know whether there is more).
SCREEN_LIMIT = 101


def _require_complaints(conn: sqlite3.Connection) -> None:
    try:
        found = conn.execute("SELECT 1 FROM complaint LIMIT 1").fetchone()
    except sqlite3.OperationalError as error:    # a dataset from before complaints
        raise Unavailable(f"no complaints in the dataset ({error})") from None
    if found is None:
        raise Unavailable("no complaints in the dataset")


@contextlib.contextmanager
def _clock_at(day: dt.date):
    from sekretariat import clock

    was = clock.fixed()
    clock.freeze(dt.datetime.combine(day, dt.time(9, 0)))
    try:
        yield
    finally:
        clock.freeze(was)


@contextlib.contextmanager
def _ours(ctx: BenchContext, call: Callable[[Any], Any], plain: Callable[..., Any],
          as_plain: Callable[[Any], Any]):
    """The dataset open as the app's, the clock at its 'today', the chair's
    session; checks once that ``plain(conn, ctx)`` gives what ours gives."""
    with contextlib.closing(ctx.sqlite()) as probe:
        _require_complaints(probe)
        with _clock_at(ctx.today), opened(ctx.dataset):
            session = session_of("ketua")
            if as_plain(call(session)) != plain(probe, ctx):
                raise AssertionError("the baseline does not give the same result as ours")
            yield lambda: call(session)


@contextlib.contextmanager
def _raw(ctx: BenchContext, plain: Callable[..., Any]):
    conn = ctx.sqlite()
    try:
        _require_complaints(conn)
        yield lambda: plain(conn, ctx)
    finally:
        conn.close()


# --- the open and overdue lists -------------------------------------------------------

_LIST_SQL = """
SELECT c.id, c.number, c.received_on, c.received_at, c.channel, c.complainant_kind,
       c.complainant_name, c.complainant_phone, c.trader_id, c.attendant_id, c.category,
       c.place_kind, coalesce(s.code, b.code, z.code, f.code, ''),
       CASE c.place_kind WHEN 'zone' THEN z.name WHEN 'facility' THEN f.name ELSE '' END,
       c.description, c.area, c.ack_due_on, c.resolve_due_on, c.status, c.acknowledged_on,
       c.closed_on, c.resolution, c.reject_reason, u.full_name,
       c.status IN ('received', 'in_progress')
       AND ((c.acknowledged_on IS NULL AND :today > c.ack_due_on) OR :today > c.resolve_due_on)
FROM complaint c
JOIN app_user u ON u.id = c.created_by
LEFT JOIN stall s ON s.id = c.stall_id
LEFT JOIN block b ON b.id = c.block_id
LEFT JOIN parking_zone z ON z.id = c.zone_id
LEFT JOIN facility f ON f.id = c.facility_id
WHERE c.status IN ('received', 'in_progress') {extra}
ORDER BY c.resolve_due_on, c.ack_due_on, c.id
LIMIT :limit
"""
_OPEN_SQL = _LIST_SQL.format(extra="")
_OVERDUE_SQL = _LIST_SQL.format(
    extra="AND ((c.acknowledged_on IS NULL AND :today > c.ack_due_on)"
          " OR :today > c.resolve_due_on)")
#: every complaint, newest first: the screen's 'all' mode (a full page of rows,
#: where the open and overdue lists of a well-run market are short)
_ALL_SQL = _OPEN_SQL.replace("WHERE c.status IN ('received', 'in_progress') \n", "").replace(
    "ORDER BY c.resolve_due_on, c.ack_due_on, c.id", "ORDER BY c.id DESC")
_DATES = (2, 16, 17, 19, 20)        # received, ack by, resolve by, acknowledged, closed


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _plain_list(sql: str) -> Callable[[sqlite3.Connection, BenchContext], list[tuple]]:
    def plain(conn: sqlite3.Connection, ctx: BenchContext) -> list[tuple]:
        found = []
        for row in conn.execute(sql, {"today": ctx.today.isoformat(), "limit": SCREEN_LIMIT}):
            values = list(row)
            for index in _DATES:
                values[index] = _day(values[index])
            values[-1] = bool(values[-1])
            found.append(tuple(values))
        return found
    return plain


def _list_as_plain(found: list) -> list[tuple]:  # type: ignore[type-arg]
    return [tuple(getattr(info, f.name) for f in dataclasses.fields(info) if f.name != "steps")
            for info in found]


def _screen_list(mode: str) -> Callable[[Any], Any]:
    """``list_complaints`` exactly as the complaints screen asks for its first
    page in ``mode`` (``ComplaintsScreen._filters`` and ``load_page``)."""
    from sekretariat.services.complaints import complaints_read

    filters = {"status": "open" if mode == "open" else None, "overdue": mode == "overdue",
               "mine": False, "category": None}
    return lambda session: complaints_read.list_complaints(
        session, limit=SCREEN_LIMIT, offset=0, **filters)


@contextlib.contextmanager
def open_ours(ctx: BenchContext):
    with _ours(ctx, _screen_list("open"), _plain_list(_OPEN_SQL), _list_as_plain) as call:
        yield call


@contextlib.contextmanager
def open_raw(ctx: BenchContext):
    with _raw(ctx, _plain_list(_OPEN_SQL)) as call:
        yield call


register("complaints: open list", both(0.150, 1.5), open_ours, open_raw)


@contextlib.contextmanager
def overdue_ours(ctx: BenchContext):
    with _ours(ctx, _screen_list("overdue"), _plain_list(_OVERDUE_SQL),
               _list_as_plain) as call:
        yield call


@contextlib.contextmanager
def overdue_raw(ctx: BenchContext):
    with _raw(ctx, _plain_list(_OVERDUE_SQL)) as call:
        yield call


register("complaints: overdue list", both(0.150, 1.5), overdue_ours, overdue_raw)


@contextlib.contextmanager
def all_ours(ctx: BenchContext):
    with _ours(ctx, _screen_list("all"), _plain_list(_ALL_SQL), _list_as_plain) as call:
        yield call


@contextlib.contextmanager
def all_raw(ctx: BenchContext):
    with _raw(ctx, _plain_list(_ALL_SQL)) as call:
        yield call


register("complaints: all, first page", both(0.150, 1.5), all_ours, all_raw)


# --- a year's pattern -------------------------------------------------------------------

_PLACE = ("coalesce(s.code, b.code, z.code, f.code, ''),"
          " CASE c.place_kind WHEN 'zone' THEN z.name WHEN 'facility' THEN f.name ELSE '' END")
_JOINS = (" LEFT JOIN stall s ON s.id = c.stall_id LEFT JOIN block b ON b.id = c.block_id"
          " LEFT JOIN parking_zone z ON z.id = c.zone_id"
          " LEFT JOIN facility f ON f.id = c.facility_id")
_IN_YEAR = "c.received_on BETWEEN :start AND :end"
_BY_CATEGORY = f"SELECT c.category, count(*) FROM complaint c WHERE {_IN_YEAR} GROUP BY 1"
_BY_MONTH = ("SELECT CAST(substr(c.received_on, 6, 2) AS INTEGER), count(*) FROM complaint c"
             f" WHERE {_IN_YEAR} GROUP BY 1")
_BY_PLACE = (f"SELECT c.place_kind, {_PLACE}, count(*) FROM complaint c{_JOINS}"
             f" WHERE {_IN_YEAR} GROUP BY c.place_kind, c.stall_id, c.block_id, c.zone_id,"
             " c.facility_id ORDER BY 4 DESC, 1, 2")
_CLOSED = ("SELECT count(*), coalesce(sum(coalesce(c.acknowledged_on, c.closed_on)"
           " <= c.ack_due_on AND c.closed_on <= c.resolve_due_on), 0) FROM complaint c"
           f" WHERE {_IN_YEAR} AND c.status IN ('resolved', 'rejected')")
_REPEATED = (f"SELECT c.place_kind, {_PLACE}, count(*), c.category FROM complaint c{_JOINS}"
             " WHERE c.received_on >= :since AND c.place_kind <> 'market'"
             " GROUP BY c.place_kind, c.stall_id, c.block_id, c.zone_id, c.facility_id,"
             " c.category HAVING count(*) >= :least ORDER BY 4 DESC, 1, 2, 5")


def _year(ctx: BenchContext) -> int:
    return ctx.today.year - 1


def plain_pattern(conn: sqlite3.Connection, ctx: BenchContext) -> dict[str, Any]:
    """The pattern view's figures for the last full year, as plain values."""
    year = _year(ctx)
    span = {"start": f"{year:04d}-01-01", "end": f"{year:04d}-12-31"}
    from sekretariat.services.complaints.rules import CATEGORIES
    from sekretariat.services.complaints.stats import REPEAT_DAYS, REPEAT_MIN

    counts = dict(conn.execute(_BY_CATEGORY, span).fetchall())
    months = dict(conn.execute(_BY_MONTH, span).fetchall())
    places = [(*row, "") for row in conn.execute(_BY_PLACE, span)]
    closed, within = conn.execute(_CLOSED, span).fetchone()
    since = ctx.today - dt.timedelta(days=REPEAT_DAYS - 1)
    repeated = conn.execute(_REPEATED, {"since": since.isoformat(),
                                        "least": REPEAT_MIN}).fetchall()
    return {"total": sum(counts.values()),
            "by_category": tuple((c, counts.get(c, 0)) for c in CATEGORIES),
            "by_month": tuple(months.get(m, 0) for m in range(1, 13)),
            "by_place": places, "closed": closed, "within": within, "repeated": repeated,
            "since": since}


def _pattern_as_plain(found: Any) -> dict[str, Any]:
    def place(p: Any) -> tuple:  # type: ignore[type-arg]
        return (p.place_kind, p.place_code, p.place_name, p.count, p.category)

    return {"total": found.total, "by_category": found.by_category,
            "by_month": found.by_month, "by_place": [place(p) for p in found.by_place],
            "closed": found.closed, "within": found.within,
            "repeated": [place(p) for p in found.repeated], "since": found.repeat_since}


@contextlib.contextmanager
def pattern_ours(ctx: BenchContext):
    from sekretariat.services.complaints import stats

    year = _year(ctx)
    with _ours(ctx, lambda session: stats.stats(session, year), plain_pattern,
               _pattern_as_plain) as call:
        yield call


@contextlib.contextmanager
def pattern_raw(ctx: BenchContext):
    with _raw(ctx, plain_pattern) as call:
        yield call


register("complaints: a year's pattern", both(0.150, 1.5), pattern_ours, pattern_raw)
