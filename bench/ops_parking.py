"""The parking area: a month's income trend per zone, a year's per-attendant
summary, and saving one shift report with ``synchronous=FULL``.

The two reads run on the cached dataset against the same aggregation in
plain ``sqlite3`` (``trends.trend_sql`` and the zone list; ``leaks.SUMMARY_SQL``).
The save writes, so it runs on a copy of the dataset in the run's scratch
folder: each repetition — ours and the baseline's in turn — records a report
for a free slot (zone, shift, attendant) of an open day, as an audited
off-roster report, so every save takes the same path. The baseline does the
same reads and rows in one BEGIN IMMEDIATE: the lock date, the roster, the
slot, the tariffs, two numbers, the journal entry and its lines, the report
and its line, three chained audit rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from pathlib import Path

from bench import BenchContext, Unavailable, both, median_at_most, opened, register, session_of

_COPIES: dict[Path, Path] = {}


def _require_reports(conn) -> None:  # type: ignore[no-untyped-def]
    if not conn.execute("SELECT 1 FROM shift_report LIMIT 1").fetchone():
        raise Unavailable("no shift reports in the dataset")






def _last_full_month(ctx: BenchContext) -> tuple[int, int]:
    first = ctx.today.replace(day=1) - dt.timedelta(days=1)
    return first.year, first.month


# --- a month's trend per zone ----------------------------------------------------------

@contextlib.contextmanager
def month_ours(ctx: BenchContext):
    from sekretariat.services.parking import trends

    year, month = _last_full_month(ctx)
    with contextlib.closing(ctx.sqlite()) as probe:
        _require_reports(probe)
    with opened(ctx.dataset):
        session = session_of("parkir")
        yield lambda: trends.month_trend(session, year, month, by="zone")


@contextlib.contextmanager
def month_raw(ctx: BenchContext):
    """The same GROUP BY (``trends.trend_sql('day', 'zone')``) and the zone list."""
    from sekretariat.services.parking.trends import trend_sql

    year, month = _last_full_month(ctx)
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    params = {"first": first.isoformat(), "last": last.isoformat()}
    sql = trend_sql("day", "zone")
    conn = ctx.sqlite()
    _require_reports(conn)

    def once():
        return (conn.execute(sql, params).fetchall(),
                conn.execute("SELECT id, code, name FROM parking_zone ORDER BY code").fetchall())

    try:
        yield once
    finally:
        conn.close()


register("parking month trend (large)", both(0.150, 1.5), month_ours, month_raw)


# --- a year's per-attendant summary ----------------------------------------------------

@contextlib.contextmanager
def summary_ours(ctx: BenchContext):
    from sekretariat.services.parking import leaks

    year = ctx.today.year - 1
    with contextlib.closing(ctx.sqlite()) as probe:
        _require_reports(probe)
    with opened(ctx.dataset):
        session = session_of("parkir")
        yield lambda: leaks.attendant_summary(session, dt.date(year, 1, 1), dt.date(year, 12, 31))


@contextlib.contextmanager
def summary_raw(ctx: BenchContext):
    """``leaks.SUMMARY_SQL`` (the sums per attendant, the debt by ``DEBT_SQL``)."""
    from sekretariat.services.parking.leaks import SUMMARY_SQL

    year = ctx.today.year - 1
    params = {"first": f"{year}-01-01", "last": f"{year}-12-31"}
    conn = ctx.sqlite()
    _require_reports(conn)
    try:
        yield lambda: conn.execute(SUMMARY_SQL, params).fetchall()
    finally:
        conn.close()


register("parking year per-attendant summary (large)", both(0.150, 1.5), summary_ours,
         summary_raw)


# --- saving one shift report -------------------------------------------------------------

def _working_copy(ctx: BenchContext) -> Path:
    if ctx.scratch in _COPIES:
        return _COPIES[ctx.scratch]
    import sqlite3

    target = ctx.scratch / "parking-save.sqlite"
    with contextlib.closing(sqlite3.connect(f"file:{ctx.dataset}?mode=ro", uri=True)) as source:
        _require_reports(source)
        with contextlib.closing(sqlite3.connect(target)) as dest:
            source.backup(dest)
    _COPIES[ctx.scratch] = target
    return target


def _free_slots(conn, today: dt.date) -> list[tuple[str, int, int, int]]:  # type: ignore[no-untyped-def]
    """(day, zone id, shift id, attendant id) of the open days up to today
    that have neither a report nor a roster entry for that attendant."""
    (lock,) = conn.execute("SELECT coalesce(max(day), '0000-01-01') FROM lock_date").fetchone()
    return conn.execute(
        "WITH RECURSIVE d(day) AS (SELECT date(?, '+1 day') UNION ALL"
        " SELECT date(day, '+1 day') FROM d WHERE day < ?)"
        " SELECT d.day, z.id, s.id, a.id FROM d, parking_zone z, parking_shift s, attendant a"
        " WHERE z.active AND s.active AND a.start_date <= d.day"
        " AND (a.end_date IS NULL OR a.end_date >= d.day)"
        " AND NOT EXISTS (SELECT 1 FROM shift_report r WHERE r.report_date = d.day"
        "   AND r.zone_id = z.id AND r.shift_id = s.id AND r.attendant_id = a.id)"
        " AND NOT EXISTS (SELECT 1 FROM roster x WHERE x.roster_date = d.day"
        "   AND x.zone_id = z.id AND x.shift_id = s.id AND x.attendant_id = a.id)"
        " ORDER BY d.day, a.id, z.id, s.id", (lock, today.isoformat())).fetchall()


class _Slots:
    """The free slots of the copy, handed out in turn to ours and the baseline."""

    def __init__(self, ctx: BenchContext) -> None:
        with contextlib.closing(ctx.sqlite(_working_copy(ctx))) as conn:
            self.free = _free_slots(conn, ctx.today)
        if len(self.free) < 4:
            raise Unavailable("no open day with free parking slots in the dataset")

    def take(self) -> tuple[str, int, int, int]:
        if not self.free:
            raise Unavailable("ran out of free parking slots")
        return self.free.pop(0)


_SLOTS: dict[Path, _Slots] = {}


def _slots(ctx: BenchContext) -> _Slots:
    if ctx.scratch not in _SLOTS:
        _SLOTS[ctx.scratch] = _Slots(ctx)
    return _SLOTS[ctx.scratch]


@contextlib.contextmanager
def save_ours(ctx: BenchContext):
    from sekretariat import clock
    from sekretariat.services.parking import shift_reports, tariffs

    slots = _slots(ctx)
    was = clock.fixed()
    clock.freeze(dt.datetime.combine(ctx.today, dt.time(17, 30)))
    try:
        with opened(_working_copy(ctx)):
            session = session_of("parkir")

            def once():
                day, zone, shift, person = slots.take()
                kind, tariff = next(iter(tariffs.tariffs_on(dt.date.fromisoformat(day)).items()))
                return shift_reports.record_shift_report(
                    session, day, zone, shift, person, counts={kind: 40},
                    handed_over=40 * tariff.amount, override_off_roster=True)

            yield once
    finally:
        clock.freeze(was)


_AUDIT = ("INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, before,"
          " after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)")


@contextlib.contextmanager
def save_raw(ctx: BenchContext):
    from sekretariat.services.parking.tariffs import TARIFF_ON_SQL

    slots = _slots(ctx)
    conn = ctx.sqlite(_working_copy(ctx))
    user_id, username = conn.execute(
        "SELECT id, username FROM app_user WHERE role IN ('parkir', 'ketua')"
        " ORDER BY role = 'parkir' DESC, id LIMIT 1").fetchone()
    accounts = dict(conn.execute("SELECT code, id FROM account WHERE code IN"
                                 " ('1-100', '4-200')"))

    def audit(at, action, entity, entity_id, after) -> None:  # type: ignore[no-untyped-def]
        (prev,) = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        body = json.dumps(after, sort_keys=True, separators=(",", ":"))
        digest = hashlib.sha256("\x1f".join(
            (prev, at, str(user_id), username, action, entity, str(entity_id), body)).encode()
        ).hexdigest()
        conn.execute(_AUDIT, (at, user_id, username, action, entity, str(entity_id), body, prev,
                              digest))

    def number(series: str, year: int) -> str:
        (last,) = conn.execute(
            "INSERT INTO sequence (series, year, last) VALUES (?, ?, 1) ON CONFLICT (series,"
            " year) DO UPDATE SET last = last + 1 RETURNING last", (series, year)).fetchone()
        return f"{series}/{year}/{last:05d}"

    def once() -> None:
        day, zone, shift, person = slots.take()
        year = int(day[:4])
        at = dt.datetime.now().isoformat(timespec="microseconds")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("SELECT day FROM lock_date").fetchone()
        conn.execute("SELECT name, start_date, end_date FROM attendant WHERE id = ?",
                     (person,)).fetchone()
        in_force = conn.execute(TARIFF_ON_SQL + " ORDER BY v.id", {"day": day}).fetchall()
        type_id, tariff = in_force[0][1], in_force[0][4]
        expected = 40 * tariff
        conn.execute("SELECT 1 FROM roster WHERE roster_date = ? AND zone_id = ? AND shift_id = ?"
                     " AND attendant_id = ?", (day, zone, shift, person)).fetchone()
        conn.execute("SELECT number FROM shift_report WHERE report_date = ? AND zone_id = ?"
                     " AND shift_id = ? AND attendant_id = ? AND void_entry_id IS NULL",
                     (day, zone, shift, person)).fetchone()
        report_no, entry_no = number("PKR", year), number("JU", year)
        lines = [(accounts["1-100"], expected, 0), (accounts["4-200"], 0, expected)]
        digest = hashlib.sha256(json.dumps([entry_no, day, lines]).encode()).hexdigest()
        entry = conn.execute(
            "INSERT INTO journal_entry (number, entry_date, memo, source, source_ref, created_by,"
            " created_at, digest) VALUES (?, ?, ?, 'parking', ?, ?, ?, ?)",
            (entry_no, day, report_no, report_no, user_id, at, digest)).lastrowid
        conn.executemany(
            "INSERT INTO journal_line (entry_id, entry_date, account_id, debit, credit, memo)"
            " VALUES (?, ?, ?, ?, ?, ?)", [(entry, day, *line, report_no) for line in lines])
        audit(at, "journal.post", "journal_entry", entry, {"number": entry_no, "lines": lines})
        report = conn.execute(
            "INSERT INTO shift_report (number, report_date, zone_id, shift_id, attendant_id,"
            " off_roster, expected, handed_over, difference, target, journal_entry_id,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, 0, 0, ?, ?, ?)",
            (report_no, day, zone, shift, person, expected, expected, entry, user_id,
             at)).lastrowid
        conn.execute("INSERT INTO shift_report_line (report_id, vehicle_type_id, count, tariff,"
                     " amount) VALUES (?, ?, 40, ?, ?)", (report, type_id, tariff, expected))
        audit(at, "parking.report", "shift_report", report, {"number": report_no, "day": day})
        audit(at, "parking.report_off_roster", "shift_report", report, {"number": report_no})
        conn.execute("COMMIT")

    try:
        yield once
    finally:
        conn.close()


register("save one shift report (synchronous=FULL)", median_at_most(0.005), save_ours, save_raw)
