"""``build_demo``: a ready demo database of a Sekojo-like market.

'Today' of a demo is the clock's today when it is built (``clock.today()``,
which tests freeze), unless ``today`` is given. The books start ``history``
days (small: 120) or years (large: 10) before it and run through yesterday;
today is left empty for the person trying the demo. Every day up to three
days before today is closed by the treasurer at 17:30; the day before
yesterday and yesterday stay open (to try a correction or an end-of-day
close). The same seed and the same 'today' give the same database, to the
last journal number, amount and audit hash (password hashes aside).
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sekretariat import clock, db
from sekretariat.demo.engine import Progress, Step, run_history
from sekretariat.demo.market_plan import make_plan
from sekretariat.demo.market_records import SCALES, MarketPlan
from sekretariat.demo.parking_setup import setup_parking
from sekretariat.demo.sinks import ServiceSink
from sekretariat.demo.steps import default_steps
from sekretariat.demo.warehouse_setup import setup_warehouse
from sekretariat.errors import Conflict, ValidationError
from sekretariat.services.core import market, users
from sekretariat.services.core.session import Session


@dataclass(frozen=True)
class DemoResult:
    path: Path
    scale: str
    seed: int
    today: dt.date
    history_start: dt.date
    closed_through: dt.date
    accounts: list[tuple[str, str, str]]     # (username, role, password)
    market: str
    blocks: int
    stalls: int
    traders: int
    entries: int
    lines: int
    audit_rows: int
    closed_days: int
    seconds: float

    def summary(self) -> str:
        from sekretariat.i18n import get_language, t
        from sekretariat.i18n.formats import fmt_date

        def count(n: int) -> str:
            text = f"{n:,}"
            return text.replace(",", ".") if get_language() == "id" else text

        seconds = f"{self.seconds:.1f}"
        return t("demo.summary", market=self.market, stalls=count(self.stalls),
                 traders=count(self.traders), entries=count(self.entries),
                 lines=count(self.lines), start=fmt_date(self.history_start),
                 closed=fmt_date(self.closed_through),
                 seconds=seconds.replace(".", ",") if get_language() == "id" else seconds)


def _siblings(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _remove(path: Path) -> None:
    for item in _siblings(path):
        item.unlink(missing_ok=True)


def build_demo(path: str | os.PathLike, *, scale: str = "small", seed: int = 2026,
               force: bool = False, progress: Progress | None = None,
               today: dt.date | None = None) -> DemoResult:
    """Build a demo database at ``path``.

    Refuses (``Conflict('demo.exists')``) when the file (or its ``-wal``/``-shm``)
    exists, unless ``force``: then the old file and its ``-wal``/``-shm`` are
    removed and replaced by the new one. The database is built beside the
    target (``<name>.part``) and renamed into place when complete, so a
    failed or interrupted build never leaves a half-made demo at ``path``
    (nor removes the old one). ``progress(done, total, label)`` is called as
    days are written. No database is left open.
    """
    spec = SCALES.get(scale)
    if spec is None:
        raise ValidationError("demo.scale_unknown", field="scale", scale=scale,
                              known=", ".join(SCALES))
    target = db.resolve_path(path)
    if target.is_dir():
        raise Conflict("demo.is_folder", field="path", path=str(target))
    if any(p.exists() for p in _siblings(target)) and not force:
        raise Conflict("demo.exists", field="path", path=str(target))
    plan = make_plan(spec, seed, today or clock.today())
    return build_from_plan(target, plan, progress=progress)


def build_from_plan(target: Path, plan: MarketPlan, *, bulk: bool | None = None,
                    steps: Sequence[Step] | None = None,
                    progress: Progress | None = None,
                    batch_days: int | None = None) -> DemoResult:
    """Build ``plan`` into ``target`` (replacing it). ``bulk`` chooses the
    bulk writer (default: the plan's scale decides); ``batch_days`` is how
    many days the bulk writer puts in one transaction."""
    from sekretariat.demo.bulk import BulkSink
    from sekretariat.i18n import t

    bulk = plan.spec.bulk if bulk is None else bulk
    work = target.with_name(target.name + ".part")
    _remove(work)
    was_frozen = clock.fixed()
    started = time.perf_counter()
    total = len(plan.history_days())
    try:
        if progress:
            progress(0, total, t("demo.progress.setup"))
        clock.freeze(dt.datetime.combine(plan.history_start, dt.time(6, 45)))
        db.open_database(work, create=True)
        sessions = setup_market(plan)
        sink = (BulkSink(sessions, batch_days=batch_days or BulkSink.BATCH_DAYS) if bulk
                else ServiceSink(sessions))
        run_history(plan, steps if steps is not None else default_steps(), sink,
                    progress=progress, label=t("demo.progress.history"))
        if progress:
            progress(total, total, t("demo.progress.finish"))
        accounts = [(s.username, s.role, s.password) for s in plan.staff]
        market.mark_demo(accounts)
        counts = _counts()
        db.current_database().execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close_database()
    except BaseException:
        db.close_database()
        _remove(work)
        raise
    finally:
        clock.freeze(was_frozen)
    for stale in _siblings(target)[1:]:
        stale.unlink(missing_ok=True)
    os.replace(work, target)
    _remove(work)
    return DemoResult(
        path=target, scale=plan.scale, seed=plan.seed, today=plan.today,
        history_start=plan.history_start, closed_through=plan.closed_through,
        accounts=accounts, market=plan.profile.name, blocks=len(plan.blocks),
        stalls=len(plan.stalls), traders=counts["trader"], entries=counts["journal_entry"],
        lines=counts["journal_line"], audit_rows=counts["audit_log"],
        closed_days=counts["closed_day"], seconds=round(time.perf_counter() - started, 3))


def setup_market(plan: MarketPlan) -> dict[str, Session]:
    """Profile and one account per role, through the services (the clock is
    frozen at the morning the books start). Returns a session per role; the
    treasurer logs in, as she would."""
    start = dt.datetime.combine(plan.history_start, dt.time(6, 45))
    chair_spec, *others = plan.staff
    assert chair_spec.role == "ketua"
    chair = market.initialize(plan.profile, chair_spec.username, chair_spec.full_name,
                              chair_spec.password)
    sessions = {"ketua": chair}
    for minute, member in enumerate(others, start=1):
        clock.freeze(start + dt.timedelta(minutes=minute))
        info = users.create_user(chair, member.username, member.full_name, member.role,
                                 member.password)
        sessions[member.role] = Session(info.id, info.username, info.full_name, info.role)
    treasurer = next(m for m in plan.staff if m.role == "bendahara")
    clock.freeze(start + dt.timedelta(minutes=10))
    sessions["bendahara"] = users.login(treasurer.username, treasurer.password)
    clock.freeze(start + dt.timedelta(minutes=12))
    setup_daily_fees(plan, sessions["bendahara"])
    setup_parking(plan, sessions)
    setup_warehouse(plan, sessions)
    return sessions


def setup_daily_fees(plan: MarketPlan, treasurer: Session) -> None:
    """The market's daily fees (by stall kind, as the history collects them)
    and its collectors, ready for the collector's sheet. The history records
    each collector's day through the daily-fee service up to the last closed
    day (``fee_rounds.DailyFees``); the open days are the sheet's to record."""
    from sekretariat.demo.market_records import FEES, RUBBISH_FEE
    from sekretariat.services.leasing import fee_setup

    for position, code in enumerate(("kebersihan", "keamanan")):
        amounts = {kind: pair[position] for kind, pair in sorted(FEES.items())}
        base = amounts["kios"]
        fee_setup.create_fee_type(treasurer, code, f"Iuran {code}", base,
                                   kind_amounts={k: v for k, v in amounts.items() if v != base})
    fee_setup.create_fee_type(treasurer, "sampah", "Iuran sampah", RUBBISH_FEE)
    for name in sorted({r.collector for r in plan.fee_rounds}):
        fee_setup.create_collector(treasurer, name)


def _counts() -> dict[str, int]:
    conn = db.current_database()
    return {table: conn.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("journal_entry", "journal_line", "audit_log", "closed_day", "trader")}
