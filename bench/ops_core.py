"""The foundation's operations: cold start, one interactive write, trial balance."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import subprocess
import sys
import time

from bench import BenchContext, Timed, Unavailable, median_at_most, ratio_at_most, register

# --- cold start to the login screen ------------------------------------------

_OURS = r"""
import asyncio, json, pathlib, sys, time
try:
    from sekretariat.app import make_app
except Exception as exc:
    print(json.dumps({"error": f"sekretariat.app.make_app cannot be imported "
                               f"({type(exc).__name__}: {exc})"}))
    sys.exit(0)

async def run():
    app = make_app(pathlib.Path(sys.argv[1]))
    async with app.run_test(headless=True) as pilot:
        await pilot.pause()
        mounted = time.monotonic_ns()
        return mounted, type(app.screen).__name__

mounted, screen = asyncio.run(run())
print(json.dumps({"mounted": mounted, "screen": screen}))
"""

_MINIMAL = r"""
import asyncio, json, sys, time
from textual.app import App, ComposeResult
from textual.widgets import Static

class Minimal(App):
    def compose(self) -> ComposeResult:
        yield Static("Pasar Sekojo")

async def run():
    app = Minimal()
    async with app.run_test(headless=True) as pilot:
        await pilot.pause()
        mounted = time.monotonic_ns()
        return mounted, type(app.screen).__name__

mounted, screen = asyncio.run(run())
print(json.dumps({"mounted": mounted, "screen": screen}))
"""


#: The same widgets as our login screen, in plain Textual: separates what
#: Textual itself spends styling and drawing a form from what we add.
_LOGIN_FORM = r"""
import asyncio, json, sys, time
from textual.app import App, ComposeResult
from textual.containers import Center, Vertical
from textual.widgets import Button, Footer, Input, Label, Static

class LoginForm(App):
    def compose(self) -> ComposeResult:
        with Center():
            with Vertical():
                yield Static("Sekretariat Pasar")
                yield Static("Pasar Sekojo")
                yield Static("Jl. Sekojo, Palembang")
                yield Label("Nama pengguna")
                yield Input(placeholder="nama pengguna Anda")
                yield Label("Kata sandi")
                yield Input(password=True)
                yield Button("Masuk", variant="primary")
                yield Static("")
        yield Footer()

async def run():
    app = LoginForm()
    async with app.run_test(headless=True) as pilot:
        await pilot.pause()
        mounted = time.monotonic_ns()
        return mounted, type(app.screen).__name__

mounted, screen = asyncio.run(run())
print(json.dumps({"mounted": mounted, "screen": screen}))
"""


def _start_to_screen(ctx: BenchContext, code: str, expect: str | None) -> Timed:
    """Seconds from spawning a fresh interpreter to its first screen being
    mounted (CLOCK_MONOTONIC is shared by the processes)."""
    started = time.monotonic_ns()
    done = subprocess.run([sys.executable, "-c", code, str(ctx.dataset)], cwd=ctx.scratch,
                          capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise Unavailable(f"the app did not start: {tail}")
    report = json.loads(lines[-1])
    if "error" in report:
        raise Unavailable(report["error"])
    if expect and report["screen"] != expect:
        raise Unavailable(f"first screen was {report['screen']}, not {expect}")
    return Timed((report["mounted"] - started) / 1e9)


def _compile_ours() -> None:
    """Byte-compile the package first, as every launch after the first finds it
    (pip compiles on install; an editable install writes __pycache__ on its first
    run). Without this, a shell with PYTHONDONTWRITEBYTECODE set would time the
    compiler on every start while the baselines' Textual is already compiled."""
    import compileall
    import pathlib

    import sekretariat

    compileall.compile_dir(pathlib.Path(sekretariat.__file__).parent, quiet=1)


@contextlib.contextmanager
def cold_start_ours(ctx: BenchContext):
    _compile_ours()
    yield lambda: _start_to_screen(ctx, _OURS, "LoginScreen")


@contextlib.contextmanager
def cold_start_minimal(ctx: BenchContext):
    yield lambda: _start_to_screen(ctx, _MINIMAL, None)


@contextlib.contextmanager
def cold_start_login_form(ctx: BenchContext):
    yield lambda: _start_to_screen(ctx, _LOGIN_FORM, None)


register("cold start to the login screen", ratio_at_most(1.5),
         cold_start_ours, cold_start_minimal, reps=7, quick_reps=3)
register("cold start vs the same login form in plain Textual",
         ratio_at_most(1.25), cold_start_ours, cold_start_login_form, reps=7, quick_reps=3)


# --- one interactive write ------------------------------------------------------

_PASSWORD = "bench-password-1"


@contextlib.contextmanager
def write_ours(ctx: BenchContext):
    from sekretariat import clock, db
    from sekretariat.services.core import journal, market, users
    from sekretariat.services.core.journal import LineInput

    db.open_database(ctx.scratch / "write-ours.sqlite", create=True)
    try:
        chair = market.initialize(market.MarketInfo("Pasar Uji"), "ketua", "Ketua", _PASSWORD)
        users.create_user(chair, "bendahara", "Bendahara", "bendahara", _PASSWORD)
        session = users.login("bendahara", _PASSWORD)
        day = clock.today()
        lines = (LineInput("1-100", debit=486_000),
                 LineInput("4-200", credit=486_000, memo="Karcis motor 000101–000343"))
        yield lambda: journal.post_entry(session, day, "Setoran parkir P1 shift pagi — Rusdi",
                                         lines)
    finally:
        db.close_database()


@contextlib.contextmanager
def write_raw(ctx: BenchContext):
    """The same rows with bare sqlite3 on an identically made and configured
    file: sequence upsert, entry, two lines, an audit row, one BEGIN IMMEDIATE."""
    from sekretariat.migrations import all_migrations

    conn = ctx.sqlite(ctx.scratch / "write-raw.sqlite")
    for migration in all_migrations():     # the same schema, triggers and indexes
        conn.executescript(migration.sql)
    now = dt.datetime.now().isoformat(timespec="microseconds")
    user_id = conn.execute(
        "INSERT INTO app_user (username, full_name, role, password_hash, created_at)"
        " VALUES ('bendahara', 'Bendahara', 'bendahara', 'x', ?) RETURNING id", (now,)).fetchone()[0]
    accounts = dict(conn.execute("SELECT code, id FROM account"))
    counter = itertools.count(1)
    today = dt.date.today()
    after = json.dumps({"number": "JU/2026/00001", "date": today.isoformat(),
                        "memo": "Setoran parkir P1 shift pagi — Rusdi", "source": "manual",
                        "lines": [["1-100", 486000, 0, None, None, ""],
                                  ["4-200", 0, 486000, None, None, "Karcis motor"]]})

    def once() -> None:
        n = next(counter)
        at = dt.datetime.now().isoformat(timespec="microseconds")
        conn.execute("BEGIN IMMEDIATE")
        (last,) = conn.execute(
            "INSERT INTO sequence (series, year, last) VALUES ('JU', ?, 1) ON CONFLICT"
            " (series, year) DO UPDATE SET last = last + 1 RETURNING last",
            (today.year,)).fetchone()
        entry_id = conn.execute(
            "INSERT INTO journal_entry (number, entry_date, memo, source, source_ref,"
            " reverses_id, created_by, created_at, digest) VALUES (?, ?, ?, 'manual', NULL,"
            " NULL, ?, ?, ?)",
            (f"JU/{today.year}/{last:05d}", today.isoformat(),
             "Setoran parkir P1 shift pagi — Rusdi", user_id, at, f"{n:064x}")).lastrowid
        conn.executemany(
            "INSERT INTO journal_line (entry_id, entry_date, account_id, debit, credit,"
            " party_kind, party_id, memo) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)",
            [(entry_id, today.isoformat(), accounts["1-100"], 486_000, 0, ""),
             (entry_id, today.isoformat(), accounts["4-200"], 0, 486_000,
              "Karcis motor 000101–000343")])
        conn.execute(
            "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, before,"
            " after, prev_hash, hash) VALUES (?, ?, 'bendahara', 'journal.post',"
            " 'journal_entry', ?, NULL, ?, ?, ?)",
            (at, user_id, str(entry_id), after, f"{n - 1:064x}", f"{n:064x}"))
        conn.execute("COMMIT")

    try:
        yield once
    finally:
        conn.close()


register("one interactive write: entry + 2 lines + number + audit",
         median_at_most(0.005), write_ours, write_raw, reps=60, quick_reps=20)


# --- trial balance on the scale dataset --------------------------------------------

@contextlib.contextmanager
def trial_balance_ours(ctx: BenchContext):
    from sekretariat import db
    from sekretariat.services.core import journal
    from sekretariat.services.core.session import Session

    db.open_database(ctx.dataset)
    try:
        # A session without logging in: the cached dataset is never written to.
        row = db.current_database().execute_sql(
            "SELECT id, username, full_name, role FROM app_user WHERE role = 'bendahara'"
            " ORDER BY id LIMIT 1").fetchone()
        session = Session(*row)
        yield lambda: journal.trial_balance(session, ctx.today)
    finally:
        db.close_database()


@contextlib.contextmanager
def trial_balance_raw(ctx: BenchContext):
    from sekretariat.i18n import get_language
    from sekretariat.services.core.journal import TRIAL_BALANCE_SQL

    conn = ctx.sqlite()
    sql = TRIAL_BALANCE_SQL.format(name="name_en" if get_language() == "en" else "name_id")
    try:
        yield lambda: conn.execute(sql, (ctx.today.isoformat(),)).fetchall()
    finally:
        conn.close()


register("trial balance on the scale dataset", ratio_at_most(1.2), trial_balance_ours,
         trial_balance_raw, reps=9, quick_reps=3)
