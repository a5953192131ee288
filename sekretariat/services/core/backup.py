"""Online backups of the live database (SQLite backup API, then an
integrity check of the copy)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sekretariat import db
from sekretariat.services.core import audit
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing


@dataclass(frozen=True)
class BackupInfo:
    path: str
    size_bytes: int


def default_folder() -> Path:
    return db.current_path().parent / "backups"


def backup_database(session: Session, to_dir: str | os.PathLike | None = None) -> BackupInfo:
    require(session, "backup.run")
    folder = Path(to_dir).expanduser() if to_dir else default_folder()
    target = db.backup_to(db.current_database(), folder)
    info = BackupInfo(str(target), target.stat().st_size)
    with writing():
        audit.record(session, "backup.create", "database", None, None,
                     {"path": info.path, "bytes": info.size_bytes})
        remember(info.path, info.size_bytes)
    return info


LAST_KEY = "backup.last"


@dataclass(frozen=True)
class LastBackup:
    path: str
    at: str
    size_bytes: int
    exists: bool


def remember(path: str, size_bytes: int) -> None:
    """Note the newest good backup (inside the caller's write transaction)."""
    import json

    from sekretariat import clock
    from sekretariat.models import Setting

    Setting.insert(key=LAST_KEY, value=json.dumps(
        {"path": path, "at": clock.now_iso(), "bytes": size_bytes})).on_conflict_replace() \
        .execute()


def last_backup() -> LastBackup | None:
    """The newest good backup (the home screen shows it), or None."""
    import json

    from sekretariat.models import Setting

    row = Setting.get_or_none(Setting.key == LAST_KEY)
    if row is None:
        return None
    data = json.loads(row.value)
    return LastBackup(data["path"], data["at"], data["bytes"], Path(data["path"]).is_file())
