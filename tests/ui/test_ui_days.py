"""Closing a day (through the cash close) and reopening it with a reason."""

from __future__ import annotations

import datetime as dt

from textual.widgets import DataTable, Static
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat.services.core import audit, days
from sekretariat.views.cash.close import CloseScreen
from sekretariat.views.core.days import DaysScreen


async def _open_days(pilot, username: str, number: str) -> None:
    await login(pilot, username)
    await pilot.press(number)
    await settle(pilot)
    assert isinstance(pilot.app.screen, DaysScreen)


async def _open_closed_days(pilot, username: str) -> None:
    """Section 2 is the cash close for who closes the cash; Ctrl+T lists the closed days."""
    await login(pilot, username)
    await pilot.press("2")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CloseScreen)
    await pilot.press("ctrl+t")
    await settle(pilot)
    assert isinstance(pilot.app.screen, DaysScreen)


async def test_close_a_day_then_reopen_it_with_a_reason_as_chair(app_for, chair):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open_closed_days(pilot, "ketua")
        assert "Belum ada hari yang ditutup." in screen_text(app)
        assert footer_keys(app)["o"] == ("Buka kembali", False)  # nothing to reopen yet
        await pilot.press("c")  # the day is closed through the cash close
        await settle(pilot)
        assert isinstance(app.screen, CloseScreen)
        assert len(app.screen_stack) == 3  # back to the close screen, not a new one
        await pilot.press("f2")
        await type_into(pilot, "#day", "21/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert "tanpa transaksi kas" in screen_text(app)
        await pilot.press("ctrl+s", "ctrl+s")  # confirm the (empty) count, then close
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmDialog"  # print the report?
        await pilot.press("n")
        await settle(pilot)
        assert days.lock_date() == dt.date(2026, 11, 21)
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert isinstance(app.screen, DaysScreen)
        table = app.screen.query_one("#days-table", DataTable)
        assert table.row_count == 1
        row = [str(c) for c in table.get_row_at(0)]
        assert row[:3] == ["21 Nov 2026", "Ditutup", "ketua"]
        assert "Buku tertutup sampai dengan 21 Nov 2026." in screen_text(app)

        await pilot.press("o")
        await settle(pilot)
        assert type(app.screen).__name__ == "ReopenDayDialog"
        await type_into(pilot, "#reason", "salah")  # too short
        await pilot.press("enter")
        await settle(pilot)
        assert "minimal 10 huruf" in str(app.screen.query_one("#error-reason", Static).visual)
        assert days.lock_date() == dt.date(2026, 11, 21)
        await type_into(pilot, "#reason", "setoran bank belum dicatat")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DaysScreen)
        row = [str(c) for c in table.get_row_at(0)]
        assert row[1] == "Dibuka kembali" and row[5] == "ketua"
        assert row[6] == "setoran bank belum dicatat"

        await pilot.press("c")  # the reopened day under the cursor is closed again
        await settle(pilot)
        assert isinstance(app.screen, CloseScreen)
        assert app.screen.query_one("#day").value == "21/11/2026"
        assert "pernah ditutup" in screen_text(app)
    assert days.lock_date() is None
    actions = [r.action for r in audit.list_log(chair).rows]
    assert actions[0] == "day.reopen" and "day.close" in actions and "cash.close" in actions


async def test_closing_a_future_day_is_refused_next_to_the_field(app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open_closed_days(pilot, "bendahara")
        assert "o" not in footer_keys(app)  # treasurer cannot reopen: no such key shown
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CloseScreen)
        await pilot.press("f2")
        await type_into(pilot, "#day", "24/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert str(app.screen.query_one("#error-day", Static).visual).startswith(
            "Hari 24 Nov 2026 belum tiba")
        await pilot.press("ctrl+s", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CloseScreen)
    assert days.lock_date() is None


async def test_parkir_sees_closed_days_but_cannot_close(app_for, sessions):
    days.close_day(sessions["ketua"], dt.date(2026, 11, 20), "tutup kas")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open_days(pilot, "parkir", "2")  # the same number as for everyone
        keys = footer_keys(app)
        assert "c" not in keys and "o" not in keys  # no actions this role cannot use
        await pilot.press("c", "o")
        await settle(pilot)
        assert isinstance(app.screen, DaysScreen)
        assert "tutup kas" in screen_text(app)
