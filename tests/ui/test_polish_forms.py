"""The payment form's suggested amount is real, its over-payment question
says what it asks, and the daily-fee hand-over checks before "Yakin?"
(issue 8, section 3)."""

from __future__ import annotations

import datetime as dt

from test_ui_daily_fees import two_stalls  # noqa: F401  (fixture)
from test_ui_lease_flow import (  # noqa: F401  (fixtures)
    block_a,
    count,
    open_section,
    open_trader,
    siti_leases_a01,
)
from textual.widgets import Input
from uihelp import SIZE, login, screen_text, settle, type_into

from sekretariat import db
from sekretariat.services.core import days
from sekretariat.services.leasing import daily_fees, fee_setup
from sekretariat.views.core.confirm import ConfirmDialog
from sekretariat.views.leasing.daily_fees import DailyFeesScreen
from sekretariat.views.leasing.payment_form import PaymentFormScreen


async def test_the_suggested_amount_is_paid_as_it_stands(app_for, siti_leases_a01, sessions):
    siti, _ = siti_leases_a01
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await open_trader(pilot, siti.id)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, PaymentFormScreen)
        assert app.screen.query_one("#amount", Input).value == "Rp900.000"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert count("payment", "amount = 900000") == 1
        assert not isinstance(app.screen, PaymentFormScreen)


async def test_typing_replaces_the_suggestion_and_esc_needs_no_question(
        app_for, siti_leases_a01, sessions):
    siti, _ = siti_leases_a01
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        screen = await open_trader(pilot, siti.id)
        await pilot.press("b")
        await settle(pilot)
        await pilot.press("escape")  # only the suggestion: nothing to lose
        await settle(pilot)
        assert app.screen is screen


async def test_the_over_payment_question_asks_no_retyping(app_for, siti_leases_a01, sessions):
    siti, _ = siti_leases_a01
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await open_trader(pilot, siti.id)
        await pilot.press("b")
        await settle(pilot)
        await type_into(pilot, "#amount", "1.000.000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        question = app.screen.question
        assert "Ketik ulang" not in question and "ketik" not in question.lower()
        assert "Rp1.000.000" in question and "Rp900.000" in question and "Rp100.000" in question
        await pilot.press("y")
        await settle(pilot)
        await settle(pilot)
        assert count("payment", "amount = 1000000") == 1


async def test_a_short_hand_over_is_refused_before_the_question(app_for, two_stalls, sessions):
    treasurer = sessions["bendahara"]
    fee_setup.create_fee_type(treasurer, "kebersihan", "Kebersihan", 2_000)
    fee_setup.create_collector(treasurer, "Yuliana")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "staf")
        await open_section(pilot, "fees")
        assert isinstance(app.screen, DailyFeesScreen)
        await pilot.press("a")  # everyone paid: Rp4.000
        await type_into(pilot, "#handed_in", "3.000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, DailyFeesScreen)  # no "Yakin?" first
        assert app.screen.query_one("#error-note").text_shown
        assert "Rp-1.000" in screen_text(app) or "Rp1.000" in screen_text(app)
        assert count("fee_collection") == 0


async def test_a_closed_day_is_refused_before_the_question(app_for, two_stalls, sessions):
    treasurer = sessions["bendahara"]
    fee_setup.create_fee_type(treasurer, "kebersihan", "Kebersihan", 2_000)
    fee_setup.create_collector(treasurer, "Yuliana")
    days.close_day(treasurer, dt.date(2026, 11, 23))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "staf")
        await open_section(pilot, "fees")
        await pilot.press("a")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, DailyFeesScreen)
        assert "ditutup" in screen_text(app)
        assert db.current_database().execute_sql(
            "SELECT count(*) FROM fee_collection").fetchone()[0] == 0
