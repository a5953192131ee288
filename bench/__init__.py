"""``python -m bench``: how fast is Sekretariat next to the raw libraries?

Every operation is measured side by side with a baseline doing the same work
with the bare library (plain ``sqlite3``, a minimal Textual app, …), in the
same run, alternating, several repetitions each; the table shows medians and
the ratio.

Adding an operation (a module's own file ``bench/ops_<module>.py`` is found
and imported automatically)::

    from contextlib import contextmanager
    from bench import ratio_at_most, register

    @contextmanager
    def ours(ctx):                 # set up, then yield the thing to time
        session = ...
        yield lambda: leases.list_arrears(session, as_of=ctx.today)
        ...                        # tear down

    @contextmanager
    def baseline(ctx):
        conn = ctx.sqlite()
        yield lambda: conn.execute(SQL, params).fetchall()
        conn.close()

    register("arrears list (large)", ratio_at_most(1.5), ours, baseline)

A timed callable normally returns anything (the harness times the call); one
that measures itself (e.g. in a subprocess) returns ``Timed(seconds)``. Raise
``Unavailable("why")`` from the set-up or the call when the operation cannot
run yet; the table says so instead of failing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ContextManager


class Timed(float):
    """Seconds measured by the operation itself (not the harness's wall clock)."""


class Unavailable(Exception):
    """The operation cannot run here (yet); the reason goes into the table's notes."""


@dataclass(frozen=True)
class Target:
    text: str
    check: Callable[[float, float | None], bool]   # (median seconds, ratio) -> met?

    def met(self, median: float, ratio: float | None) -> bool:
        return self.check(median, ratio)


def ratio_at_most(limit: float) -> Target:
    return Target(f"≤ {limit:g}× baseline",
                  lambda median, ratio: ratio is not None and ratio <= limit)


def median_at_most(seconds: float) -> Target:
    return Target(f"≤ {seconds * 1000:g} ms",
                  lambda median, ratio: median <= seconds)


def both(seconds: float, ratio: float) -> Target:
    """At most ``seconds`` and at most ``ratio`` × the baseline."""
    return Target(f"≤ {seconds * 1000:g} ms and ≤ {ratio:g}× baseline",
                  lambda median, r: median <= seconds and r is not None and r <= ratio)


@dataclass
class BenchContext:
    """What an operation gets: the scale dataset and its 'today', a scratch
    folder, the run's mode."""

    root: Path                  # the repository
    dataset: Path               # the cached scale database (do not write to it)
    today: dt.date              # the dataset's 'today'
    scratch: Path               # a temporary folder for this run
    quick: bool = False
    scale: str = "large"        # small | medium | large (or a fixture's name)
    notes: list[str] = field(default_factory=list)

    def sqlite(self, path: Path | None = None) -> sqlite3.Connection:
        """A plain ``sqlite3`` connection configured like ``db.open_database``'s."""
        from sekretariat.db import PRAGMAS

        conn = sqlite3.connect(str(path or self.dataset), isolation_level=None,
                               check_same_thread=False)
        for name, value in PRAGMAS.items():
            conn.execute(f"PRAGMA {name} = {value}")
        return conn


Setup = Callable[[BenchContext], ContextManager[Callable[[], Any]]]


@dataclass(frozen=True)
class Operation:
    name: str
    target: Target
    fn: Setup
    baseline_fn: Setup | None = None
    reps: int = 15
    quick_reps: int = 5


OPERATIONS: list[Operation] = []


def register(name: str, target: Target, fn: Setup, baseline_fn: Setup | None = None, *,
             reps: int = 15, quick_reps: int = 5) -> Operation:
    """Add an operation to the table (in registration order)."""
    operation = Operation(name, target, fn, baseline_fn, reps, quick_reps)
    OPERATIONS.append(operation)
    return operation


# --- what the operation modules share -------------------------------------------

@contextlib.contextmanager
def opened(path: Path):
    """The scale dataset open as the app's database for the block."""
    from sekretariat import db

    db.open_database(path)
    try:
        yield
    finally:
        db.close_database()


def session_of(role_first: str):  # type: ignore[no-untyped-def]
    """A session of the first user with ``role_first`` (else the chair)."""
    from sekretariat import db
    from sekretariat.services.core.session import Session

    row = db.current_database().execute_sql(
        "SELECT id, username, full_name, role FROM app_user WHERE role IN (?, 'ketua')"
        " ORDER BY role = ? DESC, id LIMIT 1", (role_first, role_first)).fetchone()
    return Session(*row)
