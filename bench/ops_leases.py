"""The leases module's operations: the stall map's first rows, the arrears
list's first page, billing a month for every lease, a ten-year statement.

Each is measured against plain ``sqlite3`` doing the same work: the same rows
and aggregates, written as a person would write them by hand (one query where
one query does it). The read operations first check, once, that ours and the
baseline give the same answer, so a baseline can never win by doing less. The
billing baseline inserts the very rows one run of ours wrote (see
``billing_raw``): it is the floor of writing them, without deciding, checking
or fingerprinting anything.

All four need leases: on a dataset without any they report "not measured".
``python -m bench.leases_fixture`` measures them on a market of 2,000 leases
made through the services.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import time
from pathlib import Path

from bench import BenchContext, Target, Timed, Unavailable, register

PARTY = "trader"


def within(seconds: float, ratio: float) -> Target:
    """Both conditions: the median at most ``seconds`` and at most ``ratio``× baseline."""
    return Target(f"≤ {seconds * 1000:g} ms and ≤ {ratio:g}× baseline",
                  lambda median, measured: median <= seconds
                  and measured is not None and measured <= ratio)


# --- shared set-up -------------------------------------------------------------------

def _require_leases(conn) -> None:
    """``Unavailable`` unless the dataset has leases (every demo scale has;
    an older cached file may not)."""
    (count,) = conn.execute("SELECT count(*) FROM lease").fetchone()
    if not count:
        raise Unavailable("the dataset has no leases (an old cache? try --rebuild)")


def _session_row(conn) -> tuple:
    """The treasurer (or else the chair) as a Session's fields, without
    logging in: the cached dataset is never written to."""
    row = conn.execute(
        "SELECT id, username, full_name, role FROM app_user WHERE role IN ('bendahara', 'ketua')"
        " AND active ORDER BY role = 'ketua', id LIMIT 1").fetchone()
    if row is None:
        raise Unavailable("the dataset has no treasurer or chair account")
    return tuple(row)


@contextlib.contextmanager
def _service(ctx: BenchContext, path: Path | None = None):
    """Our database opened on ``path`` (the dataset by default) and a Session."""
    from sekretariat import db
    from sekretariat.services.core.session import Session

    check = ctx.sqlite(path)
    try:
        _require_leases(check)
        session = Session(*_session_row(check))
    finally:
        check.close()
    db.open_database(path or ctx.dataset)
    try:
        yield session
    finally:
        db.close_database()


@contextlib.contextmanager
def _raw(ctx: BenchContext):
    conn = ctx.sqlite()
    try:
        _require_leases(conn)
        yield conn
    finally:
        conn.close()


def _same(what: str, ours, theirs) -> None:
    if ours != theirs:
        raise RuntimeError(f"{what}: the baseline's answer differs from ours")


# --- 1. the stall map's first rows -----------------------------------------------------

def _stall_map_page() -> int:
    from sekretariat.views.leasing.stall_map import PAGE

    return PAGE


def _largest_block(conn) -> int:
    row = conn.execute("SELECT block_id FROM stall GROUP BY block_id"
                       " ORDER BY count(*) DESC, block_id LIMIT 1").fetchone()
    if row is None:
        raise Unavailable("the dataset has no stalls")
    return row[0]


#: The block's stalls in code order with the lease in force on the day and
#: its trader (the page); then what those tenants owed overdue on the day
#: (open then, due on or before it), per stall — the access path the service
#: takes, in plain sqlite3.
_STALL_PAGE_SQL = """
SELECT s.id, s.code, s.block_id, b.code, s.kind, s.area_dm2, s.status,
       CASE WHEN s.status <> 'normal' THEN s.status
            WHEN l.id IS NOT NULL THEN 'disewa' ELSE 'kosong' END,
       s.note, l.id, l.agreement_number, t.id, t.name, coalesce(l.ended_on, l.end_date)
FROM stall s JOIN block b ON b.id = s.block_id
LEFT JOIN lease l ON l.stall_id = s.id AND l.status <> 'cancelled'
     AND l.start_date <= :day AND coalesce(l.ended_on, l.end_date) >= :day
LEFT JOIN trader t ON t.id = l.trader_id
WHERE s.block_id = :block
ORDER BY s.code LIMIT :limit
"""

_STALL_OVERDUE_SQL = """
SELECT i.stall_id, i.trader_id,
       sum(i.amount - coalesce((SELECT sum(a.amount) FROM invoice_allocation a
                                LEFT JOIN payment p ON p.id = a.payment_id
                                WHERE a.invoice_id = i.id AND a.alloc_date <= :day
                                  AND (p.id IS NULL OR p.voided_on IS NULL
                                       OR p.voided_on > :day)), 0))
FROM invoice_open o CROSS JOIN invoice i ON i.id = o.invoice_id
WHERE o.open_until > :day AND i.issue_date <= :day AND i.kind <> 'refund'
  AND i.due_date <= :day AND o.trader_id IN ({traders}) AND i.stall_id IN ({stalls})
GROUP BY i.stall_id, i.trader_id
"""


def _raw_stall_map(conn, params: dict) -> list[tuple]:
    page = conn.execute(_STALL_PAGE_SQL, params).fetchall()
    tenants = sorted({r[11] for r in page if r[9]})
    overdue = {}
    if tenants:
        sql = _STALL_OVERDUE_SQL.format(traders=",".join("?" * len(tenants)),
                                        stalls=",".join("?" * len(page)))
        sql = sql.replace(":day", "?")
        day = params["day"]
        found = conn.execute(sql, [day, day, day, day, day, *tenants, *(r[0] for r in page)])
        overdue = {(stall, trader): owed for stall, trader, owed in found if owed > 0}
    return [(*r, overdue.get((r[0], r[11]), 0) if r[9] else 0) for r in page]


def _stall_tuple(stall) -> tuple:
    return (stall.id, stall.code, stall.block_id, stall.block_code, stall.kind, stall.area_dm2,
            stall.admin_status, stall.status, stall.note, stall.lease_id,
            stall.agreement_number, stall.trader_id, stall.trader_name,
            stall.lease_end.isoformat() if stall.lease_end else None, stall.overdue_amount)


@contextlib.contextmanager
def stall_map_ours(ctx: BenchContext):
    from sekretariat.services.leasing import stalls

    with _raw(ctx) as conn:
        block = _largest_block(conn)
        expected = _raw_stall_map(conn, {"day": ctx.today.isoformat(), "block": block,
                                         "limit": _stall_map_page()})
    with _service(ctx) as session:
        def once():
            return stalls.list_stalls(session, block=block, as_of=ctx.today,
                                      limit=_stall_map_page())

        _same("stall map", [_stall_tuple(s) for s in once()], expected)
        yield once


@contextlib.contextmanager
def stall_map_raw(ctx: BenchContext):
    with _raw(ctx) as conn:
        params = {"day": ctx.today.isoformat(), "block": _largest_block(conn),
                  "limit": _stall_map_page()}
        yield lambda: _raw_stall_map(conn, params)


register("stall map: first rows of the largest block", within(0.150, 1.5),
         stall_map_ours, stall_map_raw, reps=15, quick_reps=5)


# --- 2. the arrears list's first page ---------------------------------------------------

def _arrears_page() -> int:
    from sekretariat.views.leasing.arrears import PAGE_SIZE

    return PAGE_SIZE


#: Open amount per invoice on the day, aged per trader, longest overdue first;
#: the page's rows plus the whole market's totals (window functions).
_ARREARS_SQL = """
WITH open_on AS MATERIALIZED (
  SELECT i.trader_id, i.stall_id, i.due_date,
         i.amount - coalesce((SELECT sum(a.amount) FROM invoice_allocation a
                              LEFT JOIN payment p ON p.id = a.payment_id
                              WHERE a.invoice_id = i.id AND a.alloc_date <= :day
                                AND (p.id IS NULL OR p.voided_on IS NULL OR p.voided_on > :day)),
                             0) AS open_amount
  FROM invoice_open o CROSS JOIN invoice i ON i.id = o.invoice_id
  WHERE o.open_until > :day AND i.issue_date <= :day AND i.kind <> 'refund'),
aged AS (
  SELECT *, CAST(julianday(:day) - julianday(due_date) AS INTEGER) AS d FROM open_on
  WHERE open_amount > 0),
per_trader AS MATERIALIZED (
  SELECT c.trader_id, t.name, group_concat(DISTINCT s.code) AS stalls,
         sum(CASE WHEN d < 0 THEN open_amount ELSE 0 END) AS not_due,
         sum(CASE WHEN d BETWEEN 0 AND 30 THEN open_amount ELSE 0 END) AS d0_30,
         sum(CASE WHEN d BETWEEN 31 AND 60 THEN open_amount ELSE 0 END) AS d31_60,
         sum(CASE WHEN d BETWEEN 61 AND 90 THEN open_amount ELSE 0 END) AS d61_90,
         sum(CASE WHEN d > 90 THEN open_amount ELSE 0 END) AS d90_plus,
         min(c.due_date) AS oldest_due, max(d) AS days_overdue, count(*) AS invoices
  FROM aged c JOIN trader t ON t.id = c.trader_id LEFT JOIN stall s ON s.id = c.stall_id
  GROUP BY c.trader_id HAVING max(d) >= 0)
SELECT trader_id, name, stalls, not_due, d0_30, d31_60, d61_90, d90_plus, oldest_due,
       days_overdue, invoices,
       count(*) OVER (), sum(not_due) OVER (), sum(d0_30) OVER (), sum(d31_60) OVER (),
       sum(d61_90) OVER (), sum(d90_plus) OVER ()
FROM per_trader
ORDER BY days_overdue DESC, d0_30 + d31_60 + d61_90 + d90_plus DESC, lower(name)
LIMIT :limit
"""


def _arrears_answer(page) -> tuple:
    """The page's sort keys (traders tied on all of them may come in either
    order) and the market's totals."""
    keys = [(r.days_overdue, r.overdue, r.trader_name.lower()) for r in page.rows]
    totals = page.totals
    return keys, (page.traders, totals.not_due, totals.d0_30, totals.d31_60, totals.d61_90,
                  totals.d90_plus)


def _raw_arrears_answer(found: list) -> tuple:
    keys = [(r[9], r[4] + r[5] + r[6] + r[7], r[1].lower()) for r in found]
    totals = tuple(found[0][11:]) if found else (0, 0, 0, 0, 0, 0)
    return keys, totals


@contextlib.contextmanager
def arrears_ours(ctx: BenchContext):
    from sekretariat.services.leasing import statements

    with _raw(ctx) as conn:
        expected = conn.execute(_ARREARS_SQL, {"day": ctx.today.isoformat(),
                                               "limit": _arrears_page()}).fetchall()
    with _service(ctx) as session:
        def once():
            return statements.list_arrears(session, ctx.today, limit=_arrears_page(), offset=0)

        first = once()
        if not first.rows:
            raise Unavailable("no trader is in arrears on the dataset's today")
        _same("arrears", _arrears_answer(first), _raw_arrears_answer(expected))
        yield once


@contextlib.contextmanager
def arrears_raw(ctx: BenchContext):
    with _raw(ctx) as conn:
        params = {"day": ctx.today.isoformat(), "limit": _arrears_page()}
        yield lambda: conn.execute(_ARREARS_SQL, params).fetchall()


register("arrears list: first page, longest overdue first", within(0.150, 1.5),
         arrears_ours, arrears_raw, reps=15, quick_reps=5)


# --- 3. billing a month for every lease ---------------------------------------------------

def _month_to_bill(conn) -> tuple[int, int]:
    """The month after the dataset's last billed month (rent)."""
    from sekretariat.services.leasing import periods

    (last,) = conn.execute("SELECT max(period_start) FROM invoice WHERE kind = 'rent'").fetchone()
    if last is None:
        raise Unavailable("the dataset has leases but no rent billed yet")
    month = periods.add_months(dt.date.fromisoformat(last).replace(day=1), 1)
    return month.year, month.month


def _frozen_now(ctx: BenchContext, year: int, month: int) -> dt.datetime:
    """A clock under which billing ``year``/``month`` is allowed: the
    dataset's today, or later when the month is further ahead than next month."""
    from sekretariat.services.leasing import periods

    today = max(ctx.today, periods.add_months(dt.date(year, month, 1), -1))
    return dt.datetime.combine(today, dt.time(10, 0))


def _siblings(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _fresh_copy(ctx: BenchContext, name: str) -> Path:
    """A copy of the dataset in scratch (the cached file is never written to)."""
    target = ctx.scratch / f"{name}.sqlite"
    _remove(target)
    shutil.copyfile(ctx.dataset, target)
    wal = ctx.dataset.with_name(ctx.dataset.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    return target


def _remove(path: Path) -> None:
    for item in _siblings(path):
        item.unlink(missing_ok=True)


def _bill_on_copy(ctx: BenchContext, path: Path, year: int, month: int,
                  when: dt.datetime) -> tuple[float, int]:
    """Open the copy, run the billing service (timed), close. Returns (seconds, invoices)."""
    from sekretariat import clock
    from sekretariat.services.leasing import billing

    previous = clock.fixed()
    clock.freeze(when)
    try:
        with _service(ctx, path) as session:
            started = time.perf_counter()
            run = billing.bill_period(session, year, month)
            elapsed = time.perf_counter() - started
    finally:
        clock.freeze(previous)
    return elapsed, len(run.lines)


@contextlib.contextmanager
def billing_ours(ctx: BenchContext):
    with _raw(ctx) as conn:
        year, month = _month_to_bill(conn)
    when = _frozen_now(ctx, year, month)
    counts: list[int] = []

    def once() -> Timed:
        path = _fresh_copy(ctx, "billing-ours")       # not timed
        try:
            seconds, count = _bill_on_copy(ctx, path, year, month, when)
        finally:
            _remove(path)
        counts.append(count)
        return Timed(seconds)

    yield once
    if counts:
        ctx.notes.append(
            f"billing: {counts[-1]:,} invoices for {year}-{month:02d}, each with its journal"
            " entry (2 lines), numbers and audit row, on a fresh copy of the dataset each time."
            " The baseline only inserts those rows, already made; ours also finds what to bill,"
            " checks every entry, steps two gap-free sequences once per invoice and computes"
            " every entry's fingerprint and the hash-chained audit rows: a cost per invoice"
            " that shows on a small database (about 2×) and hides behind the index writes both"
            " pay on years of history")


#: Rows the billing run writes, in the order the baseline inserts them
#: (parents before children; the audit log last).
_WRITTEN = ("journal_entry", "journal_line", "invoice", "invoice_allocation", "audit_log")


def _written_rows(conn, before: dict[str, int]) -> dict[str, tuple[list[str], list[tuple]]]:
    found = {}
    for table in _WRITTEN:
        cursor = conn.execute(f"SELECT * FROM {table} WHERE id > ? ORDER BY id", (before[table],))
        found[table] = ([c[0] for c in cursor.description], cursor.fetchall())
    return found


def _insert_sql(table: str, columns: list[str]) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)})"
            f" VALUES ({', '.join('?' * len(columns))})")


@contextlib.contextmanager
def billing_raw(ctx: BenchContext):
    """The exact rows our run writes (taken from one run of ours on a copy),
    inserted with ``executemany`` in one ``BEGIN IMMEDIATE`` transaction, plus
    the sequence upserts. The triggers (closed-day guards, open amounts) fire
    as for ours; what the baseline does not do is decide, validate and hash."""
    with _raw(ctx) as conn:
        year, month = _month_to_bill(conn)
    path = _fresh_copy(ctx, "billing-harvest")
    try:
        probe = ctx.sqlite(path)
        before = {t: probe.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
                  for t in _WRITTEN}
        last_before = {(series, year_): last for series, year_, last
                       in probe.execute("SELECT series, year, last FROM sequence")}
        probe.close()
        _bill_on_copy(ctx, path, year, month, _frozen_now(ctx, year, month))
        probe = ctx.sqlite(path)
        written = _written_rows(probe, before)
        # A sequence only ever moves one step at a time (trigger sequence_forward_only).
        steps = [(series, year_) for series, year_, last
                 in probe.execute("SELECT series, year, last FROM sequence")
                 for _ in range(last - last_before.get((series, year_), 0))]
        probe.close()
    finally:
        _remove(path)
    statements = [(_insert_sql(table, columns), rows)
                  for table, (columns, rows) in written.items() if rows]

    def once() -> Timed:
        target = _fresh_copy(ctx, "billing-raw")      # not timed
        conn = ctx.sqlite(target)
        try:
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO sequence (series, year, last) VALUES (?, ?, 1)"
                             " ON CONFLICT (series, year) DO UPDATE SET last = last + 1", steps)
            for sql, rows in statements:
                conn.executemany(sql, rows)
            conn.execute("COMMIT")
            elapsed = time.perf_counter() - started
        finally:
            conn.close()
            _remove(target)
        return Timed(elapsed)

    yield once


register("billing a month for every lease (fresh copy each time)", within(2.0, 1.5),
         billing_ours, billing_raw, reps=5, quick_reps=3)


# --- 4. a trader's statement over ten years ---------------------------------------------

def _busiest_trader(conn) -> int:
    row = conn.execute(
        "SELECT party_id FROM journal_line WHERE party_kind = ?"
        " AND account_id = (SELECT id FROM account WHERE code = '1-200')"
        " GROUP BY party_id ORDER BY count(*) DESC, party_id LIMIT 1", (PARTY,)).fetchone()
    if row is None:
        raise Unavailable("no trader has a receivable history")
    return row[0]


def _ten_years(ctx: BenchContext) -> tuple[dt.date, dt.date]:
    from sekretariat.services.leasing import periods

    return periods.add_months(ctx.today, -120) + dt.timedelta(days=1), ctx.today


_OPENING_SQL = ("SELECT coalesce(sum(debit - credit), 0) FROM journal_line"
                " WHERE party_kind = :party AND party_id = :trader AND account_id = :receivable"
                " AND entry_date < :start")

_LINES_SQL = """
SELECT l.entry_date, e.number,
       coalesce((SELECT i.number FROM invoice i WHERE i.journal_entry_id = e.id), e.source_ref,
                ''), e.memo, l.debit, l.credit,
       :opening + sum(l.debit - l.credit) OVER (ORDER BY l.entry_date, l.entry_id, l.id)
FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id
WHERE l.party_kind = :party AND l.party_id = :trader AND l.account_id = :receivable
  AND l.entry_date BETWEEN :start AND :end
ORDER BY l.entry_date, l.entry_id, l.id
"""

_DEPOSIT_SQL = ("SELECT coalesce(sum(credit - debit), 0) FROM journal_line"
                " WHERE party_kind = :party AND party_id = :trader AND account_id = :deposits")


def _raw_statement(conn, params: dict) -> tuple:
    (name,) = conn.execute("SELECT name FROM trader WHERE id = :trader", params).fetchone()
    (opening,) = conn.execute(_OPENING_SQL, params).fetchone()
    lines = conn.execute(_LINES_SQL, {**params, "opening": opening}).fetchall()
    (deposit,) = conn.execute(_DEPOSIT_SQL, params).fetchone()
    return name, opening, lines, deposit


def _statement_answer(statement) -> tuple:
    return (statement.trader_name, statement.opening_balance,
            [(x.entry_date.isoformat(), x.entry_number, x.reference, x.description, x.debit,
              x.credit, x.balance) for x in statement.lines], statement.deposit_held)


@contextlib.contextmanager
def statement_ours(ctx: BenchContext):
    from sekretariat.services.leasing import statements

    start, end = _ten_years(ctx)
    with _raw(ctx) as conn:
        trader = _busiest_trader(conn)
        expected = _raw_statement(conn, _statement_params(conn, trader, start, end))
    with _service(ctx) as session:
        def once():
            return statements.trader_statement(session, trader, start, end)

        _same("statement", _statement_answer(once()), expected)
        yield once


def _statement_params(conn, trader: int, start: dt.date, end: dt.date) -> dict:
    accounts = dict(conn.execute("SELECT code, id FROM account WHERE code IN ('1-200', '2-100')"))
    return {"party": PARTY, "trader": trader, "receivable": accounts["1-200"],
            "deposits": accounts["2-100"], "start": start.isoformat(), "end": end.isoformat()}


@contextlib.contextmanager
def statement_raw(ctx: BenchContext):
    start, end = _ten_years(ctx)
    with _raw(ctx) as conn:
        params = _statement_params(conn, _busiest_trader(conn), start, end)
        yield lambda: _raw_statement(conn, params)


register("trader statement over 10 years (the busiest trader)", within(0.100, 1.5),
         statement_ours, statement_raw, reps=15, quick_reps=5)
