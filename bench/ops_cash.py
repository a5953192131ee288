"""The cash area: the treasurer's end-of-day close, the daily backup after it,
and a month's cash book.

The close writes, so it runs on a copy of the dataset in the run's scratch
folder (made once, shared by the operations here). The dataset's last two
days are open; the copy gets the last closed day's cash entries again on the
days after them (raw rows, outside the timing; money in only, so the drawer
never goes below zero however the last day ended), so every close measured —
ours and the baseline's, taking turns on the next open day — adds up a real
day's movement.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import random
import shutil
from pathlib import Path

from bench import BenchContext, both, ratio_at_most, register

#: Days of borrowed activity after the dataset's today (warm-up + repetitions).
EXTRA_DAYS = 80
_COPIES: dict[Path, Path] = {}


def _working_copy(ctx: BenchContext) -> Path:
    """The dataset copied into the scratch folder, with the borrowed days."""
    if ctx.scratch in _COPIES:
        return _COPIES[ctx.scratch]
    import sqlite3

    target = ctx.scratch / "cash-close.sqlite"
    with sqlite3.connect(f"file:{ctx.dataset}?mode=ro", uri=True) as source, \
            sqlite3.connect(target) as dest:
        source.backup(dest)
    conn = ctx.sqlite(target)
    try:
        (lock,) = conn.execute("SELECT day FROM lock_date").fetchone()
        cash = conn.execute("SELECT id FROM account WHERE code = '1-100'").fetchone()[0]
        entries = conn.execute(
            "SELECT id, number, memo, source, source_ref, created_by, created_at, digest"
            " FROM journal_entry WHERE entry_date = ? AND reverses_id IS NULL AND id IN"
            " (SELECT entry_id FROM journal_line WHERE account_id = ? AND debit > 0)"
            " ORDER BY id",
            (lock, cash)).fetchall()
        lines: dict[int, list[tuple]] = {}
        for row in conn.execute(
                "SELECT entry_id, account_id, debit, credit, party_kind, party_id, memo"
                " FROM journal_line WHERE entry_date = ? ORDER BY id", (lock,)):
            lines.setdefault(row[0], []).append(row[1:])
        conn.execute("BEGIN IMMEDIATE")
        for offset in range(EXTRA_DAYS):
            day = (ctx.today + dt.timedelta(days=offset)).isoformat()
            for entry_id, number, memo, source, ref, user, at, digest in entries:
                new_id = conn.execute(
                    "INSERT INTO journal_entry (number, entry_date, memo, source, source_ref,"
                    " created_by, created_at, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (f"{number}-B{offset}", day, memo, source, ref, user, at, digest)).lastrowid
                conn.executemany(
                    "INSERT INTO journal_line (entry_id, entry_date, account_id, debit, credit,"
                    " party_kind, party_id, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(new_id, day, *line) for line in lines[entry_id]])
        conn.execute("COMMIT")
    finally:
        conn.close()
    _COPIES[ctx.scratch] = target
    return target


def _treasurer():
    from sekretariat import db
    from sekretariat.services.core.session import Session

    row = db.current_database().execute_sql(
        "SELECT id, username, full_name, role FROM app_user WHERE role = 'bendahara'"
        " ORDER BY id LIMIT 1").fetchone()
    return Session(*row)


@contextlib.contextmanager
def _clock_at(when: dt.datetime):
    from sekretariat import clock

    was = clock.fixed()
    clock.freeze(when)
    try:
        yield
    finally:
        clock.freeze(was)


# --- prepare and post a day's close -------------------------------------------------

@contextlib.contextmanager
def close_ours(ctx: BenchContext):
    from sekretariat import db
    from sekretariat.demo.cash_events import count_drawer
    from sekretariat.services.cash import close, close_read

    path = _working_copy(ctx)
    with _clock_at(dt.datetime.combine(ctx.today + dt.timedelta(days=EXTRA_DAYS + 1),
                                       dt.time(17, 30))):
        db.open_database(path)
        try:
            session = _treasurer()

            def once() -> None:
                day = close_read.earliest_open_day()
                draft = close_read.prepare_close(session, day)
                counts = count_drawer(draft.expected, draft.settings.denominations,
                                      random.Random(day.isoformat()))
                close.close_cash_day(session, day, counts, "", expected_seen=draft.expected)

            yield once
        finally:
            db.close_database()


_OPENING = ("SELECT x.day, x.counted FROM cash_close x CROSS JOIN closed_day c ON c.id = x.closed_day_id"
            " WHERE c.reopened_at IS NULL AND x.day <= ? ORDER BY x.day DESC LIMIT 1")
_MOVEMENT = ("SELECT coalesce(sum(debit), 0), coalesce(sum(credit), 0) FROM journal_line"
             " WHERE account_id = ? AND entry_date BETWEEN ? AND ?")
_BY_SOURCE = ("SELECT e.source, sum(l.debit), sum(l.credit) FROM journal_line l"
              " JOIN journal_entry e ON e.id = l.entry_id WHERE l.account_id = ?"
              " AND l.entry_date BETWEEN ? AND ? GROUP BY e.source")
_AUDIT = ("INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, before,"
          " after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)")


@contextlib.contextmanager
def close_raw(ctx: BenchContext):
    """The same reads (lock date, opening from the last close plus the days
    since, the day's movement of 1-100 by source, the settings) and the same
    rows (closed day, close, its count by denomination, two chained audit
    rows) in one BEGIN IMMEDIATE with plain sqlite3."""
    from sekretariat.demo.cash_events import count_drawer
    from sekretariat.services.cash.settings import DEFAULT_DENOMINATIONS

    path = _working_copy(ctx)
    conn = ctx.sqlite(path)
    cash = conn.execute("SELECT id FROM account WHERE code = '1-100'").fetchone()[0]
    user_id, username = conn.execute(
        "SELECT id, username FROM app_user WHERE role = 'bendahara' ORDER BY id").fetchone()

    def audit(at, action, entity, entity_id, after) -> None:
        (prev,) = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        body = json.dumps(after, sort_keys=True, separators=(",", ":"))
        digest = hashlib.sha256("\x1f".join(
            (prev, at, str(user_id), username, action, entity, str(entity_id), body)).encode()
        ).hexdigest()
        conn.execute(_AUDIT, (at, user_id, username, action, entity, str(entity_id), body, prev,
                              digest))

    def once() -> None:
        at = dt.datetime.now().isoformat(timespec="microseconds")
        conn.execute("BEGIN IMMEDIATE")
        (lock,) = conn.execute("SELECT day FROM lock_date").fetchone()
        day = dt.date.fromisoformat(lock) + dt.timedelta(days=1)
        before = (day - dt.timedelta(days=1)).isoformat()
        closed, counted = conn.execute(_OPENING, (before,)).fetchone()
        start = (dt.date.fromisoformat(closed) + dt.timedelta(days=1)).isoformat()
        money_in, money_out = conn.execute(_MOVEMENT, (cash, start, before)).fetchone()
        opening = counted + money_in - money_out
        sources = conn.execute(_BY_SOURCE, (cash, day.isoformat(), day.isoformat())).fetchall()
        conn.execute("SELECT value FROM setting WHERE key = 'cash.settings'").fetchone()
        expected = opening + sum(s[1] for s in sources) - sum(s[2] for s in sources)
        counts = count_drawer(expected, DEFAULT_DENOMINATIONS, random.Random(day.isoformat()))
        closed_id = conn.execute(
            "INSERT INTO closed_day (day, closed_by, closed_at, note) VALUES (?, ?, ?, '')",
            (day.isoformat(), user_id, at)).lastrowid
        audit(at, "day.close", "closed_day", closed_id, {"day": day.isoformat(), "note": ""})
        close_id = conn.execute(
            "INSERT INTO cash_close (day, zero_day, opening, expected, counted, difference,"
            " note, counted_by, closed_day_id, created_at) VALUES (?, 0, ?, ?, ?, 0, '', ?, ?, ?)",
            (day.isoformat(), opening, expected, expected, user_id, closed_id, at)).lastrowid
        conn.executemany("INSERT INTO cash_close_count (close_id, form, denomination, quantity)"
                         " VALUES (?, ?, ?, ?)",
                         [(close_id, form, value, n) for (form, value), n in counts.items()])
        audit(at, "cash.close", "cash_close", close_id,
              {"day": day.isoformat(), "opening": opening, "expected": expected,
               "counts": [[f, v, n] for (f, v), n in counts.items()]})
        conn.execute("COMMIT")

    try:
        yield once
    finally:
        conn.close()


register("cash: prepare and post a day's close (no backup)", both(0.100, 1.5), close_ours,
         close_raw, reps=15, quick_reps=5)


# --- the daily backup ------------------------------------------------------------------

@contextlib.contextmanager
def backup_ours(ctx: BenchContext):
    from sekretariat import db
    from sekretariat.services.cash import backups

    path = _working_copy(ctx)
    db.open_database(path)
    try:
        session = _treasurer()

        def once() -> None:
            done = backups.daily_backup(session, ctx.scratch / "backups-ours")
            Path(done.path).unlink()      # keep one large copy on disk at a time

        yield once
    finally:
        db.close_database()
        shutil.rmtree(ctx.scratch / "backups-ours", ignore_errors=True)


@contextlib.contextmanager
def backup_raw(ctx: BenchContext):
    """SQLite's online backup into a file, checked with integrity_check."""
    import sqlite3

    path = _working_copy(ctx)
    conn = ctx.sqlite(path)
    folder = ctx.scratch / "backups-raw"
    folder.mkdir(exist_ok=True)

    def once() -> None:
        target = folder / "copy.sqlite"
        dest = sqlite3.connect(target)
        try:
            conn.backup(dest, pages=0)
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.execute("PRAGMA integrity_check").fetchone()
        finally:
            dest.close()
        target.unlink()

    try:
        yield once
    finally:
        conn.close()
        shutil.rmtree(folder, ignore_errors=True)


register("cash: the daily backup after a close", ratio_at_most(1.5), backup_ours, backup_raw,
         reps=3, quick_reps=2)


# --- a month's cash book, first page -------------------------------------------------

def _month(ctx: BenchContext) -> tuple[dt.date, dt.date]:
    last_day = ctx.today - dt.timedelta(days=1)
    first = last_day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


@contextlib.contextmanager
def book_ours(ctx: BenchContext):
    from sekretariat import db
    from sekretariat.services.cash import book

    first, last = _month(ctx)
    db.open_database(ctx.dataset)
    try:
        session = _treasurer()
        yield lambda: book.cash_book(session, first, last)
    finally:
        db.close_database()


@contextlib.contextmanager
def book_raw(ctx: BenchContext):
    """The same queries as ``book.cash_book`` with plain sqlite3: the opening
    and closing balances from the last close plus the days since, the count
    and totals of the period, the first page with its running balance (no
    source filter: the flat window query)."""
    from sekretariat.services.cash.book import _LINES, PAGE_SIZE

    first, last = _month(ctx)
    conn = ctx.sqlite()
    cash = conn.execute("SELECT id FROM account WHERE code = '1-100'").fetchone()[0]

    def balance(day: dt.date) -> int:
        row = conn.execute(_OPENING, (day.isoformat(),)).fetchone()
        if row is None:
            start = "0000-01-01"
            base = 0
        else:
            start, base = (dt.date.fromisoformat(row[0]) + dt.timedelta(days=1)).isoformat(), row[1]
        money_in, money_out = conn.execute(_MOVEMENT, (cash, start, day.isoformat())).fetchone()
        return base + money_in - money_out

    params = ["1-100", first.isoformat(), last.isoformat()]

    def once():
        opening = balance(first - dt.timedelta(days=1))
        totals = conn.execute(f"SELECT count(*), coalesce(sum(debit), 0),"
                              f" coalesce(sum(credit), 0) FROM ({_LINES})", params).fetchone()
        rows = conn.execute(
            f"SELECT entry_id, number, entry_date, source, source_ref, memo,"
            f" debit, credit, ? + sum(debit - credit) OVER (ORDER BY entry_date, entry_id,"
            f" line_id) AS balance FROM ({_LINES}) ORDER BY entry_date, entry_id LIMIT ?"
            f" OFFSET 0", [opening, *params, PAGE_SIZE]).fetchall()
        return opening, totals, rows, balance(last)

    try:
        yield once
    finally:
        conn.close()


register("cash: a month's cash book, first page", both(0.150, 1.5), book_ours, book_raw,
         reps=15, quick_reps=5)
