"""A long paste is kept and refused with the visible limit, never cut."""

from __future__ import annotations

from textual import events
from textual.widgets import Input
from uihelp import SIZE, login, nik, screen_text, settle

from sekretariat.models import Trader
from sekretariat.views.leasing.trader_form import TraderFormScreen


async def test_an_over_long_pasted_name_is_refused_with_its_limit(app_for, chair):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await app.push_screen(TraderFormScreen())
        await settle(pilot)
        name = app.screen.query_one("#name", Input)
        name.focus()
        await pilot.pause()
        long_name = "Siti Aminah " + "binti Abdullah " * 10  # 162 characters
        name.post_message(events.Paste(long_name))
        await pilot.pause()
        assert name.value == long_name  # nothing dropped
        assert "maksimal 100 karakter" in screen_text(app)
        app.screen.query_one("#nik", Input).value = nik(7)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TraderFormScreen)
        assert name.value == long_name
        assert "100" in screen_text(app)
    assert Trader.select().count() == 0
