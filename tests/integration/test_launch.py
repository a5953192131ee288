"""``sekretariat`` alone opens the TUI without Typer; anything else, and any
refusal, goes through the full command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sekretariat import db
from sekretariat.errors import EXIT_DATABASE
from sekretariat.launch import _tui_options


@pytest.mark.parametrize(("args", "expected"), [
    ([], {}),
    (["--db", "a.sqlite"], {"--db": "a.sqlite"}),
    (["--db=a.sqlite", "--lang", "en"], {"--db": "a.sqlite", "--lang": "en"}),
    (["--lang"], None),
    (["--db", "a.sqlite", "arrears"], None),
    (["arrears"], None),
    (["--help"], None),
    (["--db", "--lang"], None),
    (["--db", "a", "--db", "b"], None),
])
def test_which_arguments_open_the_tui_directly(args, expected):
    assert _tui_options(args) == expected


_FAKE = """
import sys
import sekretariat.app as app_module
calls = []
class FakeApp:
    return_code = 0
    def run(self):
        calls.append('run')
def fake(path, language=None):
    calls.append((path, language))
    return FakeApp()
app_module.make_app = fake
from sekretariat.launch import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    print(calls, exc.code, 'typer' in sys.modules)
"""


def _launch(*args: str, env: dict | None = None) -> str:
    done = subprocess.run([sys.executable, "-c", _FAKE, *args], capture_output=True,
                          text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_plain_launch_skips_typer(db_path):
    db.close_database()
    assert _launch("--db", str(db_path)) == f"[({str(db_path)!r}, None), 'run'] 0 False"
    assert _launch("--lang", "en", "--db", str(db_path)) == \
        f"[({str(db_path)!r}, 'en'), 'run'] 0 False"


def test_a_refused_start_is_explained_by_the_command_line(tmp_path):
    missing = tmp_path / "belum.sqlite"
    done = subprocess.run([sys.executable, "-m", "sekretariat", "--db", str(missing)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == EXIT_DATABASE
    assert "sekretariat init" in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert not missing.exists()
