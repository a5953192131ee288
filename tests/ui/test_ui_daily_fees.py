"""Iuran harian from the keyboard: the treasurer sets up fee types and a
collector, the collector's sheet marks who paid, the hand-over is recorded
once, and the unpaid fees become receivables under the 'piutang' policy."""

from __future__ import annotations

import datetime as dt

import pytest
from test_ui_lease_flow import NIK_BUDI, NIK_SITI, count, open_section
from uihelp import SIZE, login, screen_text, settle, type_into

from sekretariat import db
from sekretariat.services.leasing import daily_fees, fee_setup, leases, stall_rates, stalls, traders
from sekretariat.views.leasing.daily_fees import DailyFeesScreen
from sekretariat.views.leasing.fee_settings import FeeSettingsScreen


@pytest.fixture
def two_stalls(chair):
    block = stalls.create_block(chair, "A", "Blok A")
    stall_rates.set_tariff(chair, "kios", 300_000, dt.date(2026, 1, 1))
    ids = [stalls.create_stall(chair, f"A-{i:02d}", block.id, "kios", "6").id
           for i in (1, 2)]
    for stall, (name, nik) in zip(ids, (("Siti Aminah", NIK_SITI), ("Budi Santoso", NIK_BUDI)),
                                  strict=True):
        trader = traders.create_trader(chair, name, nik)
        leases.create_lease(chair, trader.id, stall, dt.date(2026, 9, 1), dt.date(2027, 8, 31))
    return ids


async def test_the_treasurer_sets_up_fee_types_and_a_collector(app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await open_section(pilot, "fees")
        assert isinstance(app.screen, DailyFeesScreen)
        assert "Belum ada jenis iuran" in screen_text(app)
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert isinstance(app.screen, FeeSettingsScreen)
        await type_into(pilot, "#code", "kebersihan")
        await type_into(pilot, "#name", "Kebersihan")
        await type_into(pilot, "#amount", "2.000")
        await pilot.press("enter")
        await settle(pilot)
        await type_into(pilot, "#collector_name", "Yuliana")
        await pilot.press("enter")
        await settle(pilot)
        await type_into(pilot, "#collector_name", "Yuliana")
        await pilot.press("enter")
        await settle(pilot)
        assert "sudah terdaftar" in app.screen.query_one("#error-collector_name").text_shown
        app.screen.query_one("#policy").value = "piutang"
        await settle(pilot)
        session = sessions["bendahara"]
        assert [(f.code, f.amount) for f in fee_setup.list_fee_types(session)] == [
            ("kebersihan", 2_000)]
        assert [c.name for c in fee_setup.list_collectors(session)] == ["Yuliana"]
        assert fee_setup.unpaid_policy() == "piutang"
        # k: what a los pays of it a day
        app.screen.query_one("#fee-types").focus()
        await pilot.press("k")
        await settle(pilot)
        await type_into(pilot, "#amount_los", "1.500")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert fee_setup.list_fee_types(session)[0].kind_amounts == (("los", 1_500),)
        assert "los Rp1.500" in screen_text(app)
        # Space makes the fee type inactive; nothing is deleted
        app.screen.query_one("#fee-types").focus()
        await pilot.press("space")
        await settle(pilot)
        assert not fee_setup.list_fee_types(session)[0].active


async def test_the_collector_marks_who_paid_and_records_the_day_once(
        app_for, two_stalls, sessions):
    treasurer = sessions["bendahara"]
    fee_setup.create_fee_type(treasurer, "kebersihan", "Kebersihan", 2_000)
    fee_setup.create_fee_type(treasurer, "keamanan", "Keamanan", 3_000)
    fee_setup.create_collector(treasurer, "Yuliana")
    fee_setup.set_unpaid_policy(treasurer, "piutang")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "staf")
        await open_section(pilot, "fees")
        assert isinstance(app.screen, DailyFeesScreen)
        text = screen_text(app)
        assert "A-01" in text and "Siti Aminah" in text and "Rp5.000" in text
        await pilot.press("space")  # A-01 paid; the cursor moves on to A-02
        await settle(pilot)
        assert "Membayar: 1 lapak, Rp5.000 · Belum: 1 lapak, Rp5.000." in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        await settle(pilot)
        collection = db.current_database().execute_sql(
            "SELECT number, collected, handed_in, unpaid_total FROM fee_collection").fetchall()
        assert len(collection) == 1 and collection[0][1:] == (5_000, 5_000, 5_000)
        assert count("invoice", "kind = 'daily_fee'") == 1  # Budi's unpaid day
        assert "sudah dicatat hari ini" in screen_text(app)
        # the day is recorded: nothing left to record
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert count("fee_collection") == 1


async def test_a_short_hand_over_needs_a_note(app_for, two_stalls, sessions):
    treasurer = sessions["bendahara"]
    fee_setup.create_fee_type(treasurer, "kebersihan", "Kebersihan", 2_000)
    fee_setup.create_collector(treasurer, "Yuliana")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "staf")
        await open_section(pilot, "fees")
        await pilot.press("a")  # everyone paid: Rp4.000
        await type_into(pilot, "#handed_in", "3.000")
        await pilot.press("ctrl+s")  # refused before any question
        await settle(pilot)
        assert app.screen.query_one("#error-note").text_shown
        assert count("fee_collection") == 0
        await type_into(pilot, "#note", "Kurang Rp1.000, diganti besok")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        await settle(pilot)
        assert db.current_database().execute_sql(
            "SELECT collected, handed_in FROM fee_collection").fetchone() == (4_000, 3_000)
