"""The command palette finds actions, not only screens: pay, print, bill,
remind, in the user's language (issue 8, section 3)."""

from __future__ import annotations

import pytest
from test_ui_lease_flow import block_a, count, siti_leases_a01  # noqa: F401  (fixtures)
from textual.command import CommandPalette
from textual.widgets import Input
from uihelp import SIZE, login, settle, type_into

from sekretariat.views.leasing.billing import BillingScreen
from sekretariat.views.leasing.payment_form import PaymentFormScreen
from sekretariat.views.leasing.traders import TradersScreen


async def _hits(pilot, query: str) -> list[str]:
    await pilot.press("ctrl+p")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*query)
    await settle(pilot)
    await pilot.pause(0.3)
    listed = pilot.app.screen.query_one("CommandList")
    return [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]


@pytest.mark.parametrize(("language", "queries"), [
    ("id", {"bayar": "Bayar: terima pembayaran", "cetak": "Cetak rekening koran",
            "tagih": "Tagih sewa", "teguran": "Cetak surat teguran"}),
    ("en", {"pay": "Pay: take a trader's payment", "print": "Print a trader's statement",
            "bill": "Bill the rent", "reminder": "Print reminder letters"}),
])
async def test_the_palette_finds_actions_in_the_users_language(app_for, sessions, language,
                                                               queries):
    app = app_for(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        for query, expected in queries.items():
            hits = await _hits(pilot, query)
            assert any(expected in hit for hit in hits[:3]), (query, hits)
            await pilot.press("escape")
            await settle(pilot)


async def test_pay_from_the_palette_opens_the_payment_form(app_for, siti_leases_a01, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        hits = await _hits(pilot, "bayar")
        assert "Bayar" in hits[0]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TradersScreen)
        assert isinstance(app.focused, Input)
        await type_into(pilot, "#trader-search", "siti")
        await settle(pilot)
        await pilot.press("enter", "enter")  # to the list, then choose Siti
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, PaymentFormScreen)
        assert app.screen.trader_name == "Siti Aminah"


async def test_bill_and_reminders_from_the_palette(app_for, siti_leases_a01, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await _hits(pilot, "tagih")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, BillingScreen)
        await _hits(pilot, "teguran")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert type(app.screen).__name__ == "ReminderLettersDialog"


async def test_a_reader_is_not_offered_payments(app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "pembaca")
        names = [c.name for c in app.palette_commands()]
        assert not any(n.startswith("Bayar") or n.startswith("Tagih") for n in names)
        assert "Cetak rekening koran pedagang" in names
