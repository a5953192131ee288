"""The first frame goes out before the database is opened; a file that only
the real open finds broken is explained on the login screen."""

from __future__ import annotations

import subprocess
import sys

import pytest
from uihelp import SIZE, login, screen_text, settle

from sekretariat import db
from sekretariat.app import make_app
from sekretariat.errors import DatabaseError
from sekretariat.views.core.home import HomeScreen
from sekretariat.views.core.login import LoginScreen


def test_make_app_loads_no_database_code(db_path):
    db.close_database()
    code = ("import sys\n"
            "from sekretariat.app import make_app\n"
            f"app = make_app({str(db_path)!r})\n"
            "bad = [m for m in ('peewee', 'sekretariat.models', 'sekretariat.db', 'typer')\n"
            "       if m in sys.modules]\n"
            "print(','.join(bad)); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


async def test_the_first_frame_shows_the_market_before_the_database_is_open(db_path):
    db.close_database()
    app = make_app(db_path)
    assert not db.is_open_on(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not db.is_open_on(db_path)  # a quick read-only look, not the real open
        assert "Pasar Sekojo" in screen_text(app)
        assert "Jl. Sekojo No. 1, Palembang" in screen_text(app)
        await pilot.pause(LoginScreen.OPEN_DELAY + 0.2)
        await settle(pilot)
        await login(pilot, "ketua")
        assert isinstance(app.screen, HomeScreen)


async def test_a_demo_shows_its_accounts_on_the_first_frame(db_path):
    from sekretariat.services.core import market

    market.mark_demo([("bendahara", "bendahara", "demo-bendahara")])
    db.close_database()
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "demo-bendahara" in screen_text(app)


async def test_login_before_the_delayed_open_opens_at_once(db_path):
    db.close_database()
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await login(pilot, "ketua")
        assert isinstance(app.screen, HomeScreen)


def test_a_file_broken_inside_is_refused_before_the_tui_starts(tmp_path):
    broken = tmp_path / "rusak.sqlite"
    # A real SQLite header, then garbage: the quick look cannot read it, so the
    # real open runs at once and says why.
    broken.write_bytes(b"SQLite format 3\x00" + b"\x10\x00\x01\x01" + b"\xff" * 4000)
    with pytest.raises(DatabaseError) as caught:
        make_app(broken)
    assert caught.value.key == "db.corrupt"


async def test_a_database_that_fails_on_first_paint_is_explained(db_path, monkeypatch):
    from sekretariat.services.core import market

    db.close_database()

    def locked(path):
        raise DatabaseError("db.corrupt", path=str(path), detail="database is locked")

    monkeypatch.setattr(market, "open_for_login", locked)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(LoginScreen.OPEN_DELAY + 0.2)
        await settle(pilot)
        text = screen_text(app)
        assert "database is locked" in text and "Traceback" not in text
        assert app.screen.query_one("#login-button").disabled
        await pilot.click("#username")
        await pilot.press(*"ketua", "tab", *"rahasia-123", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "LoginScreen"


async def test_typing_ahead_never_puts_the_password_in_the_username(app_for, chair):
    """Keys that arrive all at once (a fast typist, a paste, tmux send-keys):
    Enter moves to the password before the next key is read."""
    from textual import events

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in [*"ketua", "enter", *"rahasia-123", "enter"]:
            character = "\r" if key == "enter" else key
            app.post_message(events.Key("minus" if key == "-" else key, character))
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_enter_before_the_database_is_open_logs_in_once_it_is(db_path, monkeypatch):
    """A person quicker than the disk: the login waits for the open, then runs."""
    import threading

    from sekretariat.services.core import market

    db.close_database()
    gate = threading.Event()
    real = market.open_for_login

    def slow(path):
        gate.wait(10)
        return real(path)

    monkeypatch.setattr(market, "open_for_login", slow)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"ketua", "enter", *"rahasia-123", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "LoginScreen"
        assert app.screen.query_one("#login-button").disabled  # busy, waiting
        gate.set()
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
