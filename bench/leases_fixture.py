"""A market with N leases made through the services, for measuring the
monthly billing run on a market built by the services alone (the scale
datasets are written by the demo's bulk path).

``python -m bench.leases_fixture [--leases 2000] [--base DB] [--rebuild] [--reps N]``
builds it once in ``bench/.cache/`` (git-ignored) and measures billing the
month after its last billed month on it, ours vs the raw baseline, with the
very same operation as ``python -m bench`` (``bench/ops_leases.py``).
``--base`` starts from a copy of an existing database instead of an empty one
(e.g. the large dataset: ten years of journal and audit history).

The market: blocks of 100 stalls, one trader per lease, leases of every
frequency (monthly, quarterly, yearly), some starting or ending inside the
billed month (prorated), some traders with a credit balance that the run
applies. November 2026 is billed through the service, so the run measured
bills December 2026 for about ``N`` leases.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
import tempfile
import time
from pathlib import Path

from bench.dataset import CACHE, DATASET_TODAY

PASSWORD = "bench-password-1"
BLOCK_SIZE = 100


def fixture_path(leases: int, base: Path | None = None) -> Path:
    from sekretariat.migrations import latest_version

    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]
    on = f"-on-{base.stem}" if base else ""
    return CACHE / (f"billing-{leases}-leases{on}-{DATASET_TODAY:%Y%m%d}"
                    f"-schema{latest_version()}-{source}.sqlite")


RATES = {"kios": 300_000, "los": 150_000, "pelataran": 75_000}


def _nik(serial: int) -> str:
    """A valid, unique NIK (Palembang, born 1960-1999)."""
    day = 1 + serial % 28 + (40 if serial % 3 == 0 else 0)
    month = 1 + serial % 12
    year = 60 + serial % 40
    return f"167101{day:02d}{month:02d}{year:02d}{serial:04d}"


def _terms(index: int) -> dict:
    """Lease terms by index: mostly monthly, some quarterly/yearly, some
    starting or ending inside December 2026 (prorated there); every one of
    them is billed for December 2026."""
    D = dt.date
    kind = index % 20
    if kind == 0:   # calendar quarters: the first (prorated) part starts in December
        return {"start_date": D(2026, 12, 1 + index % 20), "end_date": D(2028, 8, 31),
                "frequency": "quarterly"}
    if kind == 1:   # calendar years, likewise
        return {"start_date": D(2026, 12, 2 + index % 20), "end_date": D(2029, 11, 30),
                "frequency": "yearly"}
    if kind == 2:
        return {"start_date": D(2026, 12, 1 + index % 27), "end_date": D(2028, 6, 30)}
    if kind == 3:
        return {"start_date": D(2024, 1, 1), "end_date": D(2026, 12, 1 + index % 30)}
    start = D(2022 + index % 5, 1 + index % 11, 1)
    return {"start_date": start, "end_date": D(2027 + index % 3, 12, 31),
            "due_day": 1 + index % 28}


def _sessions(base: Path | None):
    """(chair, treasurer): new accounts on a new database, else the base's own
    (taken as they are, without logging in)."""
    from sekretariat import db
    from sekretariat.services.core import market, users
    from sekretariat.services.core.session import Session

    if base is None:
        chair = market.initialize(market.MarketInfo("Pasar Uji Tagihan"), "ketua", "Ketua",
                                  PASSWORD)
        users.create_user(chair, "bendahara", "Bendahara", "bendahara", PASSWORD)
        return chair, users.login("bendahara", PASSWORD)
    found = {}
    for row in db.current_database().execute_sql(
            "SELECT id, username, full_name, role FROM app_user WHERE active"
            " AND role IN ('ketua', 'bendahara') ORDER BY id DESC"):
        found[row[3]] = Session(*row)
    return found["ketua"], found.get("bendahara", found["ketua"])


def build(path: Path, leases: int = 2000, *, base: Path | None = None, echo=print) -> Path:
    """Build the fixture database at ``path`` through the services."""
    import shutil

    from sekretariat import clock, db
    from sekretariat.services.leasing import billing, payments, stall_rates, stalls, traders
    from sekretariat.services.leasing import leases as lease_service

    for item in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        item.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if base is not None:
        shutil.copyfile(base, path)
    previous = clock.fixed()
    clock.freeze(dt.datetime.combine(DATASET_TODAY, dt.time(8, 0)))
    db.open_database(path, create=base is None)
    try:
        # Set-up speed only: the measured run uses the file's normal pragmas.
        db.current_database().execute_sql("PRAGMA synchronous = OFF")
        chair, treasurer = _sessions(base)
        for kind, rate in RATES.items():   # dated today: a base's older days are closed
            stall_rates.set_tariff(chair, kind, rate, DATASET_TODAY)
        block_ids = []
        for number in range(-(-leases // BLOCK_SIZE)):
            code = f"{chr(65 + number % 26)}{number // 26 or ''}"
            block_ids.append(stalls.create_block(chair, code, f"Blok {code}").id)
        trader_ids = []
        for index in range(leases):
            block = block_ids[index // BLOCK_SIZE]
            kind = ("kios", "los", "pelataran")[index % 3]
            stall = stalls.create_stall(chair, f"{index // BLOCK_SIZE:02d}-{index % BLOCK_SIZE:03d}",
                                        block, kind, "6")
            trader = traders.create_trader(chair, f"Pedagang {index + 1:04d}", _nik(index + 1))
            trader_ids.append(trader.id)
            lease_service.create_lease(chair, trader.id, stall.id, monthly_rate=RATES[kind],
                                       **_terms(index))
            if index % 200 == 199:
                echo(f"  {index + 1}/{leases} leases ({time.perf_counter() - started:.0f} s)",
                     file=sys.stderr)
        billing.bill_period(treasurer, 2026, 11)
        for trader_id in trader_ids[::25]:          # a credit balance for some traders
            payments.take_payment(treasurer, trader_id, 1_000_000, "tunai",
                                  confirm_amount=1_000_000)
        db.current_database().execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close_database()
        clock.freeze(previous)
    echo(f"fixture: {leases} leases built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def ensure(leases: int = 2000, *, base: Path | None = None, rebuild: bool = False) -> Path:
    path = fixture_path(leases, base)
    if rebuild or not path.exists():
        on = f"-on-{base.stem}" if base else ""
        for old in CACHE.glob(f"billing-{leases}-leases{on}-2*.sqlite*"):
            old.unlink(missing_ok=True)
        build(path, leases, base=base)
    return path


def main(argv: list[str] | None = None) -> int:
    import bench
    from bench.runner import measure, print_table
    from sekretariat.i18n import set_language

    parser = argparse.ArgumentParser(prog="python -m bench.leases_fixture")
    parser.add_argument("--leases", type=int, default=2000)
    parser.add_argument("--base", type=Path, default=None,
                        help="start from a copy of this database (not written to)")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--only", default="billing")
    args = parser.parse_args(argv)
    set_language("id")
    import bench.ops_leases  # registers the operations

    path = ensure(args.leases, base=args.base, rebuild=args.rebuild)
    results = []
    with tempfile.TemporaryDirectory(prefix="sekretariat-bench-") as scratch:
        ctx = bench.BenchContext(root=Path(__file__).resolve().parent.parent, dataset=path,
                                 today=DATASET_TODAY, scratch=Path(scratch), scale="fixture")
        for operation in bench.OPERATIONS:
            if args.only.lower() in operation.name.lower():
                print(f"measuring: {operation.name} ({args.reps}×) …", file=sys.stderr)
                results.append(measure(operation, ctx, args.reps))
        print_table(results, ctx, dataset_note=f"{args.leases} leases made through the services"
                                              f" ({path.name}, {path.stat().st_size / 2**20:,.0f}"
                                              " MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
