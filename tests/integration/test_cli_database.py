"""``--db`` pointing at something that is not a usable Sekretariat database:
exit code 6, a clear message naming the file, no traceback, nothing changed.
A few run as a real process, where what reaches the terminal matters."""

import os
import sqlite3
import subprocess
import sys

import pytest
from test_cli_support import ENV_NAMES, as_user, on, one_line, query, run

from sekretariat import db
from sekretariat.errors import EXIT_DATABASE, EXIT_OK
from sekretariat.migrations import latest_version


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


def _process(*args, cwd, env=None):
    environment = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "sekretariat", *args], cwd=cwd,
                          env=environment, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def _foreign(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('Bu Tini')")


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "catatan.sqlite"
    path.write_text("daftar belanja: beras, gula, minyak\n" * 10)
    result = as_user(path, "ketua", "check")
    assert result.exit_code == EXIT_DATABASE
    assert f"{path} bukan berkas database Sekretariat (bukan SQLite)." in one_line(result.output)
    assert "beras" in path.read_text()


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "toko.sqlite"
    _foreign(path)
    for args in (("backup",), ("user", "list"), ("check",)):
        result = as_user(path, "ketua", *args)
        assert result.exit_code == EXIT_DATABASE
        assert "database SQLite lain, bukan milik Sekretariat" in one_line(result.output)
    init = on(path, "init", "--name", "P", "--address", "A", "--org", "O", "--owner", "W",
              "--full-name", "Sari")
    assert init.exit_code == EXIT_DATABASE
    assert query(path, "SELECT name FROM sqlite_master WHERE type='table'") == [("customers",)]


def test_newer_schema_is_refused(db_path):
    db.close_database()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    assert query(db_path, "PRAGMA application_id") == [(db.APPLICATION_ID,)]
    result = as_user(db_path, "ketua", "check")
    assert result.exit_code == EXIT_DATABASE
    text = one_line(result.output)
    assert "dibuat oleh versi program yang lebih baru" in text
    assert f"skema {latest_version() + 1}" in text and "Perbarui program" in text


def test_missing_database_says_how_to_make_one(tmp_path):
    result = as_user(tmp_path / "tidak-ada.sqlite", "ketua", "backup")
    assert result.exit_code == EXIT_DATABASE
    assert "sekretariat init" in result.output and "sekretariat demo" in result.output
    assert not (tmp_path / "tidak-ada.sqlite").exists()


def test_uninitialised_database_is_refused(tmp_path):
    path = tmp_path / "kosong.sqlite"
    db.open_database(path, create=True)
    db.close_database()
    result = as_user(path, "ketua", "check")
    assert result.exit_code == EXIT_DATABASE and "belum disiapkan" in result.output


def test_missing_folder_is_refused(tmp_path):
    result = on(tmp_path / "tidak" / "ada" / "x.sqlite", "init", "--name", "P")
    assert result.exit_code == EXIT_DATABASE
    assert "tidak ada" in result.output


def test_a_folder_as_database_is_refused(tmp_path):
    result = as_user(tmp_path, "ketua", "check")
    assert result.exit_code == EXIT_DATABASE
    assert str(tmp_path) in one_line(result.output)


def test_unwritable_location_is_refused_even_as_root(tmp_path, monkeypatch):
    """Root ignores chmod; simulate a read-only share the way os.access reports it."""
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK
                        else real_access(p, mode, **kw))
    path = tmp_path / "pasar.sqlite"
    result = on(path, "init", "--name", "P", "--address", "A", "--org", "O", "--owner", "W",
                "--full-name", "Sari")
    assert result.exit_code == EXIT_DATABASE
    assert f"Tidak bisa menulis ke {path}" in one_line(result.output)
    assert not path.exists()


def test_unwritable_database_is_refused_for_batch_commands(db_path, monkeypatch):
    db.close_database()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK
                        else real_access(p, mode, **kw))
    result = as_user(db_path, "ketua", "backup")
    assert result.exit_code == EXIT_DATABASE and "Tidak bisa menulis" in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_unwritable_folder_is_refused(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = on(folder / "x.sqlite", "init", "--name", "P", "--address", "A", "--org",
                    "O", "--owner", "W", "--full-name", "Sari")
        assert result.exit_code == EXIT_DATABASE and "Tidak bisa menulis" in result.output
    finally:
        folder.chmod(0o700)


def test_english_database_message(tmp_path):
    path = tmp_path / "toko.sqlite"
    _foreign(path)
    result = run("--db", str(path), "--lang", "en", "check", "-u", "ketua")
    assert result.exit_code == EXIT_DATABASE
    assert "is some other SQLite database, not a Sekretariat one." in one_line(result.output)


# --- as a real process ----------------------------------------------------------------------

def test_python_m_sekretariat_help_works(tmp_path):
    result = _process("--help", cwd=tmp_path)
    assert result.returncode == EXIT_OK, result.stderr
    assert "Kode keluar" in result.stdout and "Pemeliharaan" in result.stdout
    english = _process("--help", cwd=tmp_path, env={"SEKRETARIAT_LANG": "en"})
    assert english.returncode == EXIT_OK and "Exit codes" in english.stdout
    flag = _process("--lang", "en", "day", "--help", cwd=tmp_path)
    assert flag.returncode == EXIT_OK and "Closed days" in flag.stdout
    assert not (tmp_path / "sekretariat.log").exists()   # help touches nothing


@pytest.mark.parametrize("kind", ["text", "foreign"])
def test_a_bad_database_in_a_real_process_gives_exit_6_and_no_traceback(tmp_path, kind):
    path = tmp_path / "x.sqlite"
    if kind == "text":
        path.write_text("bukan database\n")
    else:
        _foreign(path)
    result = _process("--db", str(path), "check", "-u", "ketua", cwd=tmp_path,
                      env={"SEKRETARIAT_PASSWORD": "rahasia-123"})
    assert result.returncode == EXIT_DATABASE
    assert "Traceback" not in result.stdout + result.stderr
    assert str(path) in one_line(result.stderr) and result.stdout == ""


def test_init_then_check_in_a_real_process(tmp_path):
    env = {"SEKRETARIAT_DB": str(tmp_path / "pasar.sqlite"), "SEKRETARIAT_USER": "ketua",
           "SEKRETARIAT_PASSWORD": "rahasia-123"}
    init = _process("init", "--name", "Pasar Kuto", "--address", "Jl. Kuto", "--org", "O",
                    "--owner", "W", "--full-name", "Sari Wulandari", cwd=tmp_path, env=env)
    assert init.returncode == EXIT_OK, init.stderr
    check = _process("check", cwd=tmp_path, env=env)
    assert check.returncode == EXIT_OK, check.stdout + check.stderr
    assert "Semua 8 pemeriksaan lulus." in check.stdout
    wrong = _process("check", cwd=tmp_path, env={**env, "SEKRETARIAT_PASSWORD": "salah-sandi"})
    assert wrong.returncode == 4 and "Traceback" not in wrong.stderr
