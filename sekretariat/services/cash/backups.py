"""The backup after each close: an online copy (SQLite backup API, verified
with integrity_check, given its name only once complete) in ``backups/``
beside the database, keeping the last 30 daily and 12 monthly copies. The
first daily copy of a month is also kept as that month's copy."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from sekretariat import clock, db
from sekretariat.services.core import audit, backup
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

KEEP_DAILY = 30
KEEP_MONTHLY = 12
_DAILY = re.compile(r"-harian-(\d{8})-\d{6}(?:-\d+)?\.sqlite$")
_MONTHLY = re.compile(r"-bulanan-(\d{6})\.sqlite$")


@dataclass(frozen=True)
class DailyBackup:
    path: str
    size_bytes: int
    monthly_path: str | None       # this copy also kept as the month's
    removed: tuple[str, ...]       # older copies rotated out


def folder() -> Path:
    return db.current_path().parent / "backups"


def daily_backup(session: Session, to_dir: str | os.PathLike | None = None) -> DailyBackup:
    require(session, "cash.close")
    target_dir = Path(to_dir).expanduser() if to_dir else folder()
    stem = db.current_path().stem
    copy = db.backup_to(db.current_database(), target_dir, stem=f"{stem}-harian")
    month = clock.today().strftime("%Y%m")
    monthly = target_dir / f"{stem}-bulanan-{month}.sqlite"
    monthly_path = None
    if not monthly.exists():
        partial = target_dir / f".{monthly.name}.partial"
        shutil.copyfile(copy, partial)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, monthly)
        monthly_path = str(monthly)
    removed = _rotate(target_dir, stem)
    size = copy.stat().st_size
    with writing():
        audit.record(session, "backup.create", "database", None, None,
                     {"path": str(copy), "bytes": size, "kind": "daily",
                      "monthly": monthly_path, "removed": list(removed)})
        backup.remember(str(copy), size)
    return DailyBackup(str(copy), size, monthly_path, removed)


def _rotate(target_dir: Path, stem: str) -> tuple[str, ...]:
    removed = []
    for pattern, keep in ((_DAILY, KEEP_DAILY), (_MONTHLY, KEEP_MONTHLY)):
        copies = sorted(p for p in target_dir.glob(f"{stem}-*.sqlite")
                        if pattern.search(p.name) and p.name.startswith(f"{stem}-"))
        for old in copies[:-keep] if len(copies) > keep else []:
            old.unlink(missing_ok=True)
            removed.append(str(old))
    return tuple(removed)
