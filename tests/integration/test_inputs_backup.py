"""A backup interrupted half-way leaves no file named like a good backup."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from sekretariat import db
from sekretariat.services.core import backup

KILLED_MIDWAY = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from sekretariat import db

    def copy_then_die(source, dest):
        def progress(status, remaining, total):
            os._exit(9)  # like a kill: no cleanup, no finally
        source.backup(dest, pages=1, progress=progress)

    database = db.open_database(sys.argv[1])
    db._copy = copy_then_die
    db.backup_to(database, Path(sys.argv[2]))
""")


def _good_names(folder):
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def _fill(db_path):
    conn = db.current_database()
    conn.execute_sql("CREATE TABLE IF NOT EXISTS filler (x TEXT)")
    conn.execute_sql("INSERT INTO filler SELECT hex(randomblob(500)) FROM "
                     "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<400)"
                     " SELECT i FROM n)")


def test_killed_backup_leaves_no_backup_named_file(db_path, tmp_path):
    _fill(db_path)
    db.close_database()
    folder = tmp_path / "copies"
    folder.mkdir()
    done = subprocess.run([sys.executable, "-c", KILLED_MIDWAY, str(db_path), str(folder)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 9, done.stderr
    assert _good_names(folder) == []  # only the hidden .partial (and its journal) remain
    assert not [p for p in folder.iterdir() if p.name.endswith((".sqlite", ".sqlite-journal"))]
    assert [p for p in folder.iterdir() if ".partial" in p.name]  # it did die mid-copy


def test_failed_copy_leaves_nothing(chair, tmp_path, monkeypatch):
    def copy_then_fail(source, dest):
        source.backup(dest, pages=1, progress=lambda *a: (_ for _ in ()).throw(OSError("disk")))

    monkeypatch.setattr(db, "_copy", copy_then_fail)
    folder = tmp_path / "copies"
    with pytest.raises(OSError):
        backup.backup_database(chair, folder)
    assert list(folder.iterdir()) == []


def test_pre_migration_backup_interrupted_leaves_no_backup(db_path, monkeypatch):
    from sekretariat import migrations

    real = migrations.all_migrations()
    extra = migrations.Migration(len(real) + 1, "test_extra",
                                 "CREATE TABLE test_extra (id INTEGER PRIMARY KEY);")
    db.close_database()
    monkeypatch.setattr(db, "all_migrations", lambda: [*real, extra])
    monkeypatch.setattr(db, "latest_version", lambda: len(real) + 1)

    def copy_then_fail(source, dest):
        source.backup(dest, pages=1, progress=lambda *a: (_ for _ in ()).throw(OSError("kill")))

    monkeypatch.setattr(db, "_copy", copy_then_fail)
    with pytest.raises(OSError):
        db.open_database(db_path)
    folder = db_path.parent / "backups"
    assert list(folder.iterdir()) == []
    db.close_database()
    monkeypatch.undo()
    monkeypatch.setattr(db, "all_migrations", lambda: [*real, extra])
    monkeypatch.setattr(db, "latest_version", lambda: len(real) + 1)
    db.open_database(db_path)
    copies = list(folder.iterdir())
    assert len(copies) == 1 and copies[0].suffix == ".sqlite"


def test_completed_backup_is_whole_and_standalone(chair, db_path, tmp_path):
    _fill(db_path)
    info = backup.backup_database(chair, tmp_path / "copies")
    folder = tmp_path / "copies"
    assert _good_names(folder) == [info.path.rsplit("/", 1)[-1]]
    assert [p for p in folder.iterdir() if p.name.startswith(".")] == []
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM filler").fetchone()[0] == 400
    assert not list(folder.glob("*-journal")) and not list(folder.glob("*-wal"))
