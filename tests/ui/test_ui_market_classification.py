"""The market profile screen shows the market's classification (Permendag
37/2017, SNI 8152:2015): the chair sets it with one Select each; the
secretary edits the texts and sees the types, not changing them."""

from __future__ import annotations

from textual.widgets import Select
from uihelp import SIZE, login, settle, type_into

from sekretariat.services.core import market
from sekretariat.views.core.market import MarketScreen


async def _open(pilot, username: str) -> None:
    await login(pilot, username)
    await pilot.press("5")
    await settle(pilot)
    assert isinstance(pilot.app.screen, MarketScreen)


def _audited(action: str) -> int:
    from sekretariat import db

    return db.current_database().execute_sql(
        "SELECT count(*) FROM audit_log WHERE action = ?", (action,)).fetchone()[0]


async def test_chair_sets_the_types_and_the_secretary_keeps_them(app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, "ketua")
        app.screen.query_one("#type_permendag", Select).value = "C"
        app.screen.query_one("#type_sni", Select).value = "IV"
        await pilot.press("ctrl+s")
        await settle(pilot)
        profile = market.get_profile()
        assert (profile.type_permendag, profile.type_sni) == ("C", "IV")
        assert _audited("market.classify") == 1
        assert _audited("market.update") == 0  # the texts were not touched
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await _open(pilot, "sekretaris")
        select = app.screen.query_one("#type_permendag", Select)
        assert select.value == "C" and select.disabled
        await type_into(pilot, "#city", "Kota Palembang")
        await pilot.press("ctrl+s")
        await settle(pilot)
    profile = market.get_profile()
    assert (profile.city, profile.type_permendag, profile.type_sni) == (
        "Kota Palembang", "C", "IV")
    assert _audited("market.classify") == 1 and _audited("market.update") == 1
