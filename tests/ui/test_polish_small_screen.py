"""At 80x24 every screen stays usable: the login shows its demo accounts,
money comes before long text, English dates are never cut (issue 8)."""

from __future__ import annotations

from test_ui_lease_flow import block_a, open_trader, siti_leases_a01  # noqa: F401  (fixtures)
from textual.widgets import DataTable, Static
from uihelp import login, settle

from sekretariat.i18n.formats import fmt_date

SMALL = (80, 24)


async def test_the_login_shows_every_demo_account_at_80x24(app_for, chair, monkeypatch):
    from sekretariat.services.core import market

    accounts = [(f"user{i}", "ketua", f"sandi-{i}-2026") for i in range(7)]
    market.mark_demo(accounts)
    app = app_for()
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        demo = app.screen.query_one("#login-demo", Static)
        region = demo.region
        assert region.height >= len(accounts) + 1
        assert region.bottom <= SMALL[1] - 1  # above the footer, all of it on screen
        for name in ("#username", "#password", "#login-button"):
            widget = app.screen.query_one(name)
            assert widget.region.bottom <= region.y and widget.region.height >= 1


async def test_money_before_long_text_at_80x24(app_for, siti_leases_a01, sessions):
    siti, _ = siti_leases_a01
    app = app_for()
    async with app.run_test(size=SMALL) as pilot:
        await login(pilot, "bendahara")
        await open_trader(pilot, siti.id)
        await pilot.press("b")
        await settle(pilot)
        table = app.screen.query_one("#open-invoices", DataTable)
        keys = [column.key.value for column in table.ordered_columns]
        assert keys.index("open") < keys.index("what")
        await pilot.press("escape")
        await settle(pilot)
        app.open_section("traders")
        await settle(pilot)
        await settle(pilot)
        table = app.screen.query_one("#traders-table", DataTable)
        keys = [column.key.value for column in table.ordered_columns]
        assert keys[:2] == ["name", "balance"]
        # the balance column is within the 80 columns
        x = sum(c.get_render_width(table) for c in table.ordered_columns[:2])
        assert x <= SMALL[0] - 2


def test_english_dates_fit_their_columns():
    import datetime as dt

    from sekretariat.i18n import set_language

    set_language("en")
    try:
        longest = max(len(fmt_date(dt.date(2026, month, 10))) for month in range(1, 13))
    finally:
        set_language("id")
    from sekretariat.views.leasing import arrears

    assert arrears.COLUMN_WIDTHS["oldest"] >= longest  # "10 Sept 2026" is 12
