"""``python -m bench [--scale S] [--quick] [--rebuild] [--seed N] [--only TEXT] [--reps N]``

Builds (or reuses) the scale dataset in ``bench/.cache/``, measures every
registered operation against its raw-library baseline and prints one table.
Operations live in ``bench/ops_*.py`` (found automatically).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
import tempfile
from pathlib import Path


def _load_operations() -> None:
    import bench

    for module in sorted(m.name for m in pkgutil.iter_modules(bench.__path__)
                         if m.name.startswith("ops_")):
        importlib.import_module(f"bench.{module}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[1])
    parser.add_argument("--scale", choices=("small", "medium", "large"), default=None,
                        help="dataset scale (default large; --quick alone means medium)")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: one year of the big market, fewer repetitions")
    parser.add_argument("--rebuild", action="store_true", help="build the dataset again")
    parser.add_argument("--seed", type=int, default=2026, help="dataset seed (default 2026)")
    parser.add_argument("--only", default="", help="run operations whose name contains TEXT")
    parser.add_argument("--reps", type=int, default=0, help="repetitions per operation")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)

    import bench
    from bench.dataset import DATASET_TODAY, ensure_dataset
    from bench.runner import measure, print_table
    from sekretariat.i18n import set_language

    set_language("id")
    _load_operations()
    scale = args.scale or ("medium" if args.quick else "large")
    root = Path(__file__).resolve().parent.parent
    dataset = ensure_dataset(scale, args.seed, rebuild=args.rebuild)

    import sqlite3

    with sqlite3.connect(f"file:{dataset}?mode=ro", uri=True) as conn:
        lines = conn.execute("SELECT count(*) FROM journal_line").fetchone()[0]
        entries = conn.execute("SELECT count(*) FROM journal_entry").fetchone()[0]
    dataset_note = (f"{scale}, seed {args.seed}, today {DATASET_TODAY}, {entries:,} entries, "
                    f"{lines:,} journal lines, {dataset.stat().st_size / 2**20:,.0f} MiB "
                    f"({dataset.name})")

    selected = [op for op in bench.OPERATIONS if args.only.lower() in op.name.lower()]
    results = []
    with tempfile.TemporaryDirectory(prefix="sekretariat-bench-") as scratch:
        ctx = bench.BenchContext(root=root, dataset=dataset, today=DATASET_TODAY,
                                 scratch=Path(scratch), quick=args.quick,
                                 scale=scale)
        for operation in selected:
            reps = args.reps or (operation.quick_reps if args.quick else operation.reps)
            print(f"measuring: {operation.name} ({reps}×) …", file=sys.stderr)
            results.append(measure(operation, ctx, reps))
        print_table(results, ctx, dataset_note=dataset_note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
