"""A few pictures of key screens (pytest-textual-snapshot). The clock is fixed
by tests/conftest.py; the cursor does not blink. Update after a deliberate
change with ``pytest tests/ui/test_snapshots.py --snapshot-update``."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Input
from uihelp import SIZE, login, settle

from sekretariat.app import make_app
from sekretariat.services.core import journal
from sekretariat.services.core.journal import LineInput


async def _steady(pilot) -> None:
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await settle(pilot)


def _entries(chair) -> None:
    for day, memo, debit, credit, amount in (
            (dt.date(2026, 11, 2), "Setoran modal awal", "1-110", "3-100", 25_000_000),
            (dt.date(2026, 11, 3), "Sewa kios A-01 November", "1-100", "4-100", 1_250_000),
            (dt.date(2026, 11, 20), "Bayar listrik pasar", "5-200", "1-100", 730_500),
            (dt.date(2026, 11, 23), "Setoran karcis parkir", "1-100", "4-200", 412_000)):
        journal.post_entry(chair, day, memo, [LineInput(debit, debit=amount),
                                              LineInput(credit, credit=amount)])


def test_login_screen(snap_compare, db_path):
    assert snap_compare(make_app(db_path), terminal_size=SIZE, run_before=_steady)


def test_login_refused(snap_compare, db_path):
    async def run_before(pilot) -> None:
        await login(pilot, "ketua", "salah-sandi")
        await _steady(pilot)

    assert snap_compare(make_app(db_path), terminal_size=SIZE, run_before=run_before)


def test_home_screen_of_the_treasurer(snap_compare, sessions, db_path):
    async def run_before(pilot) -> None:
        await login(pilot, "bendahara")
        await _steady(pilot)

    assert snap_compare(make_app(db_path), terminal_size=SIZE, run_before=run_before)


def test_trial_balance(snap_compare, chair, db_path):
    _entries(chair)

    async def run_before(pilot) -> None:
        await login(pilot, "ketua")
        await pilot.press("1", "enter")  # 1 (10 and 11 start with 1 too)
        await _steady(pilot)

    assert snap_compare(make_app(db_path), terminal_size=SIZE, run_before=run_before)
