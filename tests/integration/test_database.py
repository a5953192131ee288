import os
import sqlite3

import pytest

from sekretariat import db
from sekretariat.errors import DatabaseError
from sekretariat.migrations import latest_version
from sekretariat.services.core import backup, market


def _pragma(path, name):
    with sqlite3.connect(path) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_database_is_configured(db_path):
    conn = db.current_database()
    assert conn.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert _pragma(db_path, "user_version") == latest_version()
    assert _pragma(db_path, "application_id") == db.APPLICATION_ID


def test_missing_file_is_refused_unless_creating(tmp_path):
    with pytest.raises(DatabaseError) as info:
        db.open_database(tmp_path / "nothing.sqlite")
    assert info.value.key == "db.not_found"
    assert not (tmp_path / "nothing.sqlite").exists()


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("this is not a database, it's my shopping list\n" * 20)
    with pytest.raises(DatabaseError) as info:
        db.open_database(path)
    assert info.value.key == "db.not_sqlite"
    assert "shopping" in path.read_text()


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(DatabaseError) as info:
        db.open_database(path)
    assert info.value.key == "db.foreign"
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["customers"]


def test_corrupt_file_is_refused(tmp_path):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    with pytest.raises(DatabaseError) as info:
        db.open_database(path)
    assert info.value.key in {"db.corrupt", "db.foreign"}
    assert "Traceback" not in info.value.message


def test_newer_schema_is_refused(db_path):
    db.close_database()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    with pytest.raises(DatabaseError) as info:
        db.open_database(db_path)
    assert info.value.key == "db.too_new"
    assert str(latest_version() + 1) in info.value.message


def test_missing_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseError) as info:
        db.open_database(tmp_path / "no" / "such" / "x.sqlite", create=True)
    assert info.value.key == "db.folder_missing"


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_unwritable_folder_is_refused(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseError) as info:
            db.open_database(folder / "x.sqlite", create=True)
        assert info.value.key == "db.unwritable"
    finally:
        folder.chmod(0o700)


def test_migration_backs_up_first_with_the_online_api(db_path, monkeypatch):
    """Opening an older database migrates it, after a backup copy is made."""
    from sekretariat import migrations

    real = migrations.all_migrations()
    extra = migrations.Migration(len(real) + 1, "test_extra",
                                 "CREATE TABLE test_extra (id INTEGER PRIMARY KEY);")
    db.close_database()
    monkeypatch.setattr(db, "all_migrations", lambda: [*real, extra])
    monkeypatch.setattr(db, "latest_version", lambda: len(real) + 1)
    db.open_database(db_path)
    copies = list((db_path.parent / "backups").glob("*.sqlite"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(real)
        assert conn.execute("SELECT name FROM market_profile").fetchone()[0] == "Pasar Sekojo"
    assert _pragma(db_path, "user_version") == len(real) + 1


def test_backup_service_copies_and_audits(chair, tmp_path):
    info = backup.backup_database(chair, tmp_path / "copies")
    assert os.path.getsize(info.path) == info.size_bytes > 0
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    last = db.current_database().execute_sql(
        "SELECT action, username FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert last == ("backup.create", "ketua")


def test_committed_work_survives_a_killed_process(tmp_path):
    """A write committed in a process that then dies abruptly is still there."""
    import subprocess
    import sys

    path = tmp_path / "crash.sqlite"
    script = f"""
import os, datetime as dt
from argon2 import PasswordHasher
from sekretariat import db
from sekretariat.services.core import market, passwords, journal
from sekretariat.services.core.journal import LineInput
passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
db.open_database({str(path)!r}, create=True)
s = market.initialize(market.MarketInfo('Pasar'), 'ketua', 'Ketua', 'rahasia-123')
journal.post_entry(s, dt.date.today(), 'Modal', [LineInput('1-100', debit=1000), LineInput('3-100', credit=1000)])
os._exit(9)
"""
    result = subprocess.run([sys.executable, "-c", script])
    assert result.returncode == 9
    db.open_database(path)
    assert market.get_profile().name == "Pasar"
    assert db.current_database().execute_sql("SELECT count(*) FROM journal_entry").fetchone()[0] == 1


def test_unwritable_location_is_refused_even_as_root(tmp_path, monkeypatch):
    """Root ignores chmod, so simulate a read-only share the way os.access reports it."""
    real_access = os.access
    monkeypatch.setattr(db.os, "access", lambda p, mode: False if mode == os.W_OK
                        else real_access(p, mode))
    with pytest.raises(DatabaseError) as info:
        db.open_database(tmp_path / "x.sqlite", create=True)
    assert info.value.key == "db.unwritable"
    assert not (tmp_path / "x.sqlite").exists()


def test_a_read_only_database_gives_a_message_and_changes_nothing(chair):
    import datetime as dt

    from sekretariat.services.core import journal
    from sekretariat.services.core.journal import LineInput

    conn = db.current_database()
    conn.execute_sql("PRAGMA query_only = ON")
    with pytest.raises(DatabaseError) as info:
        journal.post_entry(chair, dt.date(2026, 11, 23), "x",
                           [LineInput("1-100", debit=1), LineInput("3-100", credit=1)])
    assert info.value.key == "db.unwritable"
    conn.execute_sql("PRAGMA query_only = OFF")
    assert conn.execute_sql("SELECT count(*) FROM journal_entry").fetchone()[0] == 0


def test_demo_accounts_are_only_on_demo_databases(db_path):
    assert market.demo_accounts() == []
    market.mark_demo([("ketua", "ketua", "sekojo-ketua-2026")])
    assert market.demo_accounts() == [("ketua", "ketua", "sekojo-ketua-2026")]
