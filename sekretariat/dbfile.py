"""What can be told about the database file without opening it for real:
where it is, whether it is ours, and at which schema version. Standard library
only, so the TUI can refuse a bad file before Textual starts and open the
good one while its first screen paints (``db`` brings in peewee and the models).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sekretariat.errors import DatabaseError

DEFAULT_FILENAME = "sekretariat.sqlite"
#: PRAGMA application_id marking our files ('SKRT').
APPLICATION_ID = 0x534B5254
_SQLITE_HEADER = b"SQLite format 3\x00"


def resolve_path(path: str | os.PathLike | None = None) -> Path:
    """``--db`` wins, then ``SEKRETARIAT_DB``, then ``./sekretariat.sqlite``."""
    chosen = path or os.environ.get("SEKRETARIAT_DB") or DEFAULT_FILENAME
    return Path(chosen).expanduser().resolve()


def check_header(target: Path) -> None:
    try:
        with target.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError("db.unreadable", path=str(target), detail=str(exc)) from exc
    if header != _SQLITE_HEADER:
        raise DatabaseError("db.not_sqlite", path=str(target))


def check_location(target: Path, *, create: bool = False) -> bool:
    """Refuse a missing file (unless ``create``), a file that is not SQLite, a
    missing folder and a place that cannot be written. True when the file
    already holds something."""
    exists = target.exists() and target.stat().st_size > 0
    if not exists and not create:
        raise DatabaseError("db.not_found", path=str(target))
    if exists:
        check_header(target)
    folder = target.parent
    if not folder.is_dir():
        raise DatabaseError("db.folder_missing", path=str(folder))
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise DatabaseError("db.unwritable", path=str(target))
    return exists


def schema_version(app_id: int, version: int, tables: int, target: Path) -> int:
    """The schema version of a file from its two pragmas; refuses one that is
    not ours (an empty file counts as version 0)."""
    if app_id == APPLICATION_ID:
        return version
    if app_id == 0 and version == 0 and tables == 0:
        return 0
    raise DatabaseError("db.foreign", path=str(target))


@dataclass(frozen=True)
class Preflight:
    path: Path
    version: int


def preflight(path: str | os.PathLike | None, latest: int) -> Preflight:
    """Every refusal that needs no real open: location, header, a foreign file,
    one from a newer program. A file that cannot even be read this far is left
    to the real open, which tells it apart (corrupt, locked...)."""
    target = resolve_path(path)
    check_location(target)
    try:
        conn = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return Preflight(target, -1)
    found = schema_version(app_id, version, tables, target)
    if found > latest:
        raise DatabaseError("db.too_new", path=str(target), found=found, supported=latest)
    return Preflight(target, found)
