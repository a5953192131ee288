"""Esc goes back, always: on the traders list it leaves the screen wherever
the focus is; the search box finds traders (issue 8, section 3)."""

from __future__ import annotations

from textual.widgets import DataTable, Input
from uihelp import SIZE, login, settle, type_into

from sekretariat.views.core.home import HomeScreen
from sekretariat.views.leasing.traders import TradersScreen


async def test_escape_from_the_table_leaves_the_traders_list(app_for, market_data):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await pilot.press("7")
        await settle(pilot)
        assert isinstance(app.screen, TradersScreen)
        assert isinstance(app.focused, Input)
        await type_into(pilot, "#trader-search", "siti")
        await settle(pilot)
        table = app.screen.query_one("#traders-table", DataTable)
        assert table.row_count == 1 and "Siti Aminah" in str(table.get_row_at(0)[0])
        await pilot.press("enter")  # into the table
        await settle(pilot)
        assert isinstance(app.focused, DataTable)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_escape_from_the_search_box_leaves_too(app_for, market_data):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await pilot.press("7")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
