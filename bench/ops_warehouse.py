"""The warehouse area: allocating a short bulk purchase round of 2,000
requests (``services.warehouse.allocation.allocate``).

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
import random
from fractions import Fraction

from bench import BenchContext, Target, register

REQUESTS = 2_000
SEED = 2026


def both(seconds: float, ratio: float) -> Target:
    return Target(f"≤ {seconds * 1000:g} ms and ≤ {ratio:g}× baseline",
                  lambda median, r: median <= seconds and r is not None and r <= ratio)


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
