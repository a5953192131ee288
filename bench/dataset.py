"""The scale dataset, built once and cached in ``bench/.cache/`` (git-ignored).

The file name carries everything that decides its content: the scale, the
seed, the dataset's fixed 'today', the schema version and a fingerprint of
the generator's source (``sekretariat/demo``), so a changed generator or a new
migration builds a fresh one and an unchanged one is reused. Older files of
the same scale are removed when a new one is made (each large one is ~1.2 GB).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
import time
from pathlib import Path

#: The scale dataset's 'today' is fixed, so the cache does not expire daily.
DATASET_TODAY = dt.date(2026, 11, 23)
CACHE = Path(__file__).resolve().parent / ".cache"


def generator_version() -> str:
    """Fingerprint of the demo generator's source files."""
    import sekretariat.demo as demo

    digest = hashlib.sha256()
    folder = Path(demo.__file__).resolve().parent
    for path in sorted(folder.rglob("*.py")):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def dataset_path(scale: str, seed: int) -> Path:
    from sekretariat.migrations import latest_version

    return CACHE / (f"{scale}-seed{seed}-{DATASET_TODAY:%Y%m%d}-schema{latest_version()}"
                    f"-gen{generator_version()}.sqlite")


def ensure_dataset(scale: str, seed: int, *, rebuild: bool = False, echo=print) -> Path:
    """The cached dataset's path, building it first if needed."""
    from sekretariat.demo.build import build_demo

    path = dataset_path(scale, seed)
    if path.exists() and not rebuild:
        echo(f"dataset: reusing {path.relative_to(CACHE.parent.parent)}")
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob(f"{scale}-seed*.sqlite*"):
        if old != path:
            old.unlink(missing_ok=True)
    echo(f"dataset: building {scale} (seed {seed}) into {path.relative_to(CACHE.parent.parent)} …")
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int, label: str) -> None:
        now = time.perf_counter()
        if now - last[0] >= 5 or done == total:
            last[0] = now
            print(f"  {label}: {done}/{total} days ({now - started:.0f} s)", file=sys.stderr)

    result = build_demo(path, scale=scale, seed=seed, force=True, today=DATASET_TODAY,
                        progress=progress)
    echo(f"dataset: built in {result.seconds:.1f} s — {result.entries:,} entries, "
         f"{result.lines:,} journal lines, {result.audit_rows:,} audit rows, "
         f"{result.stalls:,} stalls, {result.traders:,} traders, "
         f"{path.stat().st_size / 2**20:,.0f} MiB")
    return path
