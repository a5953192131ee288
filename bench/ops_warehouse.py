"""The warehouse area: allocating a short bulk purchase round of 2,000
requests (``services.warehouse.allocation.allocate``), and two reads of the
scale dataset's stock movements: the first page of the busiest item's stock
card over its whole history (``stock.stock_card``), and the stock of every
item with its value as of the last year end (``stock.stock_value``), each
against the same queries in plain ``sqlite3``.

The allocation is pure computation, so this row needs no dataset: the round
is built in memory from a fixed seed (2,000 requests of 1–500 sacks, two
thirds of the demand arrived, a landed cost of about Rp650.000 a sack plus
transport). The baseline is a plain-Python largest-remainder loop over tuples
doing the same work — request order, exact quotas, whole units by largest
remainder, the landed cost of the allocated units and the charges with their
rounding rupiah — and is checked once to give the very same figures.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import sqlite3
from fractions import Fraction

from bench import BenchContext, Unavailable, both, opened, register, session_of

REQUESTS = 2_000
SEED = 2026


def _round() -> tuple[list[tuple[int, int, int, int]], int, int]:
    """(key, trader id, units, order) rows in shuffled order, the supply and
    the landed cost total."""
    rng = random.Random(SEED)
    rows = [(1000 + index, 1 + rng.randrange(400), rng.randint(1, 500), index)
            for index in range(REQUESTS)]
    rng.shuffle(rows)
    supply = sum(row[2] for row in rows) * 2 // 3
    landed = supply * 650_000 + rng.randint(1_000_000, 9_999_999)
    return rows, supply, landed


def plain_allocate(rows, supply: int, landed: int):  # type: ignore[no-untyped-def]
    """The same allocation and charges as ``allocation.allocate``, written as
    a bare loop: (key, trader, requested, quota, allocated, charge) tuples."""
    rows = sorted(rows, key=lambda row: (row[3], row[0]))
    demand = sum(row[2] for row in rows)
    if supply >= demand:
        units = [row[2] for row in rows]
        quotas = [Fraction(row[2]) for row in rows]
    else:
        units, rests = [], []
        for row in rows:
            whole, rest = divmod(supply * row[2], demand)
            units.append(whole)
            rests.append(rest)
        left = supply - sum(units)
        # largest remainders first, equal ones in request order (a stable sort)
        for i in sorted(range(len(rows)), key=rests.__getitem__, reverse=True)[:left]:
            units[i] += 1
        quotas = [Fraction(supply * row[2], demand) for row in rows]
    given = sum(units)
    cost = (2 * landed * given + supply) // (2 * supply) if supply else 0
    charged, rests = [], []
    for count in units:
        whole, rest = divmod(landed * count, supply or 1)
        charged.append(whole)
        rests.append(rest)
    left = cost - sum(charged)
    for i in sorted(range(len(rows)), key=rests.__getitem__, reverse=True)[:left]:
        charged[i] += 1
    return [(row[0], row[1], row[2], quota, count, charge)
            for row, quota, count, charge in zip(rows, quotas, units, charged)]


@contextlib.contextmanager
def allocate_ours(ctx: BenchContext):
    from sekretariat.services.warehouse.allocation import Request, allocate

    rows, supply, landed = _round()
    requests = [Request(key, trader, units, order) for key, trader, units, order in rows]
    yield lambda: allocate(requests, supply, landed)


@contextlib.contextmanager
def allocate_plain(ctx: BenchContext):
    from sekretariat.services.warehouse.allocation import Request, allocate

    rows, supply, landed = _round()
    result = allocate([Request(*row) for row in rows], supply, landed)
    mine = [(s.key, s.trader_id, s.requested, s.quota, s.allocated, s.charge)
            for s in result.shares]
    if plain_allocate(rows, supply, landed) != mine:
        raise AssertionError("the baseline does not compute the same allocation")
    yield lambda: plain_allocate(rows, supply, landed)


register("allocate a round of 2,000 requests", both(0.200, 1.5), allocate_ours,
         allocate_plain, reps=25, quick_reps=9)


# --- the stock card and the stock value on the scale dataset -------------------------

def _busiest_item(conn: sqlite3.Connection) -> int:
    """The id of the item with the most movements (Unavailable: none)."""
    try:
        found = conn.execute("SELECT item_id FROM stock_movement GROUP BY item_id"
                             " ORDER BY count(*) DESC, item_id LIMIT 1").fetchone()
    except sqlite3.OperationalError as error:    # a dataset from before the warehouse
        raise Unavailable(f"no warehouse in the dataset ({error})") from None
    if found is None:
        raise Unavailable("no stock movements in the dataset")
    return found[0]






@contextlib.contextmanager
def card_ours(ctx: BenchContext):
    from sekretariat.services.warehouse import stock

    with contextlib.closing(ctx.sqlite()) as probe:
        item = _busiest_item(probe)
    with opened(ctx.dataset):
        session = session_of("gudang")
        yield lambda: stock.stock_card(session, item, page=0)


@contextlib.contextmanager
def card_raw(ctx: BenchContext):
    """The statements ``stock_card`` runs for the whole history: the item and
    its units, the first and last seq, the balances before and at the end,
    the page's rows (``stock._MOVEMENT``) and the period's totals."""
    from sekretariat.services.warehouse.stock import _MOVEMENT, PAGE_SIZE

    conn = ctx.sqlite()
    balance = "SELECT qty_after, value_after FROM stock_movement WHERE item_id = ? AND seq = ?"

    def once():
        head = conn.execute("SELECT id, code, name, base_unit, reorder_level, active FROM item"
                            " WHERE id = ?", (item,)).fetchone()
        units = conn.execute("SELECT name, factor, active FROM item_unit WHERE item_id = ?"
                             " ORDER BY factor, name", (item,)).fetchall()
        low = conn.execute("SELECT seq FROM stock_movement WHERE item_id = ? AND moved_on >= ?"
                           " ORDER BY moved_on, seq LIMIT 1", (item, "0000-01-01")).fetchone()
        high = conn.execute("SELECT seq FROM stock_movement WHERE item_id = ? AND moved_on <= ?"
                            " ORDER BY moved_on DESC, seq DESC LIMIT 1",
                            (item, "9999-12-31")).fetchone()
        start, end = low[0], high[0]
        opening = conn.execute(balance, (item, start - 1)).fetchone() or (0, 0)
        closing = conn.execute(balance, (item, end)).fetchone()
        rows = conn.execute(_MOVEMENT + " WHERE m.item_id = ? AND m.seq BETWEEN ? AND ?"
                            " ORDER BY m.seq", (item, start, min(end, start + PAGE_SIZE - 1))
                            ).fetchall()
        totals = conn.execute(
            "SELECT coalesce(sum(max(quantity, 0)), 0), coalesce(sum(max(-quantity, 0)), 0)"
            " FROM stock_movement WHERE item_id = ? AND seq BETWEEN ? AND ?",
            (item, start, end)).fetchone()
        return head, units, opening, closing, rows, totals

    try:
        item = _busiest_item(conn)
        yield once
    finally:
        conn.close()


register("stock card first page (10 years, one item)", both(0.150, 1.5), card_ours,
         card_raw)


def _year_end(ctx: BenchContext) -> dt.date:
    return dt.date(ctx.today.year - 1, 12, 31)


@contextlib.contextmanager
def value_ours(ctx: BenchContext):
    from sekretariat.services.warehouse import stock

    with contextlib.closing(ctx.sqlite()) as probe:
        _busiest_item(probe)
    as_of = _year_end(ctx)
    with opened(ctx.dataset):
        session = session_of("gudang")
        yield lambda: stock.stock_value(session, as_of)


@contextlib.contextmanager
def value_raw(ctx: BenchContext):
    """``stock.STOCK_AS_OF_SQL``: every item's last balance on or before the day."""
    from sekretariat.services.warehouse.stock import STOCK_AS_OF_SQL

    conn = ctx.sqlite()
    params = {"day": _year_end(ctx).isoformat()}
    try:
        _busiest_item(conn)
        yield lambda: conn.execute(STOCK_AS_OF_SQL, params).fetchall()
    finally:
        conn.close()


register("stock value of every item as of a date", both(0.200, 1.5), value_ours, value_raw)
