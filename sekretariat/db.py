"""Open the one database file: pragmas, schema migrations, version guard,
online backups. Everything that knows it is SQLite lives here, so a
PostgreSQL URL can replace the file path later.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee

from sekretariat import clock
from sekretariat.dbfile import APPLICATION_ID, DEFAULT_FILENAME, check_location, resolve_path
from sekretariat.dbfile import schema_version as _schema_version
from sekretariat.errors import DatabaseError
from sekretariat.migrations import all_migrations, latest_version
from sekretariat.models.base import database_proxy

log = logging.getLogger(__name__)

__all__ = ["APPLICATION_ID", "DEFAULT_FILENAME", "resolve_path", "open_database",
           "close_database", "current_database", "current_path", "is_open_on", "transaction",
           "in_transaction", "backup_to"]
BUSY_TIMEOUT_MS = 10_000
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -32_000,
    "temp_store": "memory",
}


def open_database(
    path: str | os.PathLike | None = None,
    *,
    create: bool = False,
    backup_dir: str | os.PathLike | None = None,
) -> peewee.SqliteDatabase:
    """Open (or with ``create`` make) the database and bring its schema up to date.

    Refuses with ``DatabaseError`` a missing file (unless ``create``), a file that
    is not SQLite, an SQLite file that is not ours, one from a newer program,
    and a location that cannot be written.
    """
    target = resolve_path(path)
    check_location(target, create=create)

    close_database()
    db = peewee.SqliteDatabase(
        str(target), pragmas=PRAGMAS, lock_type="IMMEDIATE", autoconnect=True
    )
    try:
        db.connect(reuse_if_open=True)
        version = _schema_state(db, target)
        latest = latest_version()
        if version > latest:
            raise DatabaseError("db.too_new", path=str(target), found=version, supported=latest)
        if version < latest:
            if version > 0:
                backup_to(db, Path(backup_dir) if backup_dir else target.parent / "backups",
                          stem=f"{target.stem}-before-v{latest}")
            _migrate(db, version)
    except DatabaseError:
        db.close()
        raise
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        log.exception("cannot open %s", target)
        raise DatabaseError("db.corrupt", path=str(target), detail=str(exc)) from exc
    database_proxy.initialize(db)
    return db


def close_database() -> None:
    current = database_proxy.obj
    if current is not None and not current.is_closed():
        current.close()


def current_database() -> peewee.SqliteDatabase:
    if database_proxy.obj is None:
        raise DatabaseError("db.not_open")
    return database_proxy.obj


def current_path() -> Path:
    return Path(current_database().database)


def is_open_on(target: Path) -> bool:
    """True when the database in use is open on ``target``."""
    current = database_proxy.obj
    return current is not None and not current.is_closed() and \
        Path(current.database) == target


@contextlib.contextmanager
def transaction() -> Iterator[None]:
    """One short write transaction (``BEGIN IMMEDIATE``); nested calls are savepoints."""
    with current_database().atomic():
        yield


def in_transaction() -> bool:
    return current_database().in_transaction()


def _schema_state(db: peewee.SqliteDatabase, target: Path) -> int:
    app_id = db.execute_sql("PRAGMA application_id").fetchone()[0]
    version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    tables = db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()[0]
    return _schema_version(app_id, version, tables, target)


def _migrate(db: peewee.SqliteDatabase, current: int) -> None:
    for migration in all_migrations()[current:]:
        log.info("applying migration %04d_%s", migration.version, migration.name)
        conn = db.connection()
        # A table rebuild (new table, copy, drop, rename) needs the foreign keys
        # off, which SQLite only allows outside a transaction; they are checked
        # as a whole before COMMIT instead.
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split_sql(migration.sql):
                conn.execute(statement)
            broken = conn.execute("PRAGMA foreign_key_check").fetchone()
            if broken:
                raise sqlite3.IntegrityError(f"foreign key broken by migration: {tuple(broken)}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute("PRAGMA legacy_alter_table = OFF")
            conn.execute("PRAGMA foreign_keys = ON")


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise RuntimeError(f"incomplete SQL statement in migration: {buffer[:80]}")
    return statements


def backup_to(db: peewee.SqliteDatabase, folder: Path, *, stem: str | None = None) -> Path:
    """Copy the live database with SQLite's online backup API (never a file copy)
    into a hidden ``.NAME.partial`` file of the same folder, check the copy
    (integrity, rollback journal, no ``-journal``/``-wal`` left), flush it to disk
    and only then give it its real name. A backup killed half-way leaves no file
    that looks like a good backup. Returns the path of the copy."""
    folder.mkdir(parents=True, exist_ok=True)
    if not os.access(folder, os.W_OK):
        raise DatabaseError("db.unwritable", path=str(folder))
    name = stem or Path(db.database).stem
    target = folder / f"{name}-{clock.now():%Y%m%d-%H%M%S}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{name}-{clock.now():%Y%m%d-%H%M%S}-{counter}.sqlite"
    partial = folder / f".{target.name}.partial"
    _remove_with_sidecars(partial)
    try:
        dest = sqlite3.connect(str(partial))
        try:
            _copy(db.connection(), dest)
            mode = dest.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            ok = dest.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dest.close()
        if ok != "ok":
            raise DatabaseError("db.backup_corrupt", path=str(target), detail=ok)
        leftovers = [s for s in ("-journal", "-wal") if Path(f"{partial}{s}").exists()]
        if str(mode).lower() != "delete" or leftovers:
            raise DatabaseError("db.backup_corrupt", path=str(target),
                                detail=f"journal_mode={mode} {' '.join(leftovers)}".strip())
        _fsync(partial)
        os.replace(partial, target)
        _fsync(folder)
    except BaseException:
        _remove_with_sidecars(partial)
        raise
    return target


def _copy(source: sqlite3.Connection, dest: sqlite3.Connection) -> None:
    """The page copy itself (a seam for the tests that interrupt it)."""
    source.backup(dest, pages=1024)


def _fsync(path: Path) -> None:
    try:
        fd = os.open(str(path), os.O_RDONLY)
    except OSError:  # some systems cannot open a folder; the file fsync matters most
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")
