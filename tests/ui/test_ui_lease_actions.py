"""From the trader's page: renew, end and hand over a lease, void a payment,
block a trader — each by keys, each checked in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from test_ui_lease_flow import NIK_BUDI, NIK_SITI, count, open_trader
from uihelp import SIZE, login, screen_text, settle, type_into

from sekretariat import db
from sekretariat.services.leasing import billing, leases, payments, stall_rates, stalls, traders
from sekretariat.views.leasing.lease_actions import (
    EndLeaseScreen,
    RenewLeaseScreen,
    TransferStallScreen,
)
from sekretariat.views.leasing.lease_form import LeaseFormScreen
from sekretariat.views.leasing.traders import TraderDetailScreen


@pytest.fixture
def siti(chair):
    """Siti leases A-01 (1 Sep 2026 – 31 Aug 2027, Rp300.000, deposit Rp600.000
    received); Sep–Nov billed; she paid September."""
    block = stalls.create_block(chair, "A", "Blok A")
    stall_rates.set_tariff(chair, "kios", 300_000, dt.date(2026, 1, 1))
    stall = stalls.create_stall(chair, "A-01", block.id, "kios", "6")
    siti = traders.create_trader(chair, "Siti Aminah", NIK_SITI)
    lease = leases.create_lease(chair, siti.id, stall.id, dt.date(2026, 9, 1),
                                dt.date(2027, 8, 31), deposit_amount=600_000)
    from sekretariat.services.leasing import deposits

    deposits.receive_deposit(chair, lease.id, 600_000, "tunai", paid_on=dt.date(2026, 9, 1))
    for month in (9, 10, 11):
        billing.bill_period(chair, 2026, month, issue_date=dt.date(2026, month, 1))
    payment = payments.take_payment(chair, siti.id, 300_000, "tunai",
                                    paid_on=dt.date(2026, 9, 5))
    return siti, lease, payment


async def _choose(pilot, index: int) -> None:
    for _ in range(index):
        await pilot.press("down")
    await pilot.press("enter")
    await settle(pilot)


async def test_the_chair_ends_a_lease_and_the_deposit_pays_the_arrears(app_for, siti,
                                                                       sessions):
    trader, lease, _ = siti
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await open_trader(pilot, trader.id)
        await pilot.press("l")
        await settle(pilot)
        await _choose(pilot, 1)  # renew, END, transfer
        assert isinstance(app.screen, EndLeaseScreen)
        await pilot.press("ctrl+s")  # no reason
        await settle(pilot)
        assert app.screen.query_one("#error-reason").text_shown
        await type_into(pilot, "#reason", "Pindah berdagang ke pasar lain")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, TraderDetailScreen)
        ended = leases.get_lease(sessions["ketua"], lease.id)
        assert (ended.status, ended.ended_on) == ("ended", dt.date(2026, 11, 23))
        # Oct + Nov owed 600.000 less 7 unused November days credited = 530.000 set
        # off from the 600.000 deposit; 70.000 refunded
        notes = " ".join(str(n.message) for n in app._notifications)
        assert "Jaminan dikembalikan Rp70.000" in notes
        assert ended.deposit_held == 0


async def test_the_secretary_renews_a_lease_and_may_print_the_new_agreement(
        app_for, siti, sessions, db_path):
    trader, lease, _ = siti
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        await open_trader(pilot, trader.id)
        await pilot.press("l")
        await settle(pilot)
        await _choose(pilot, 0)
        assert isinstance(app.screen, RenewLeaseScreen)
        assert "mulai 1 Sep 2027" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert "Cetak Surat Perjanjian Sewa sekarang?" in screen_text(app)
        await pilot.press("n")
        await settle(pilot)
        renewed = leases.get_lease(sessions["sekretaris"], lease.id)
        new = leases.get_lease(sessions["sekretaris"], renewed.renewed_by_id)
        assert (new.start_date, new.end_date) == (dt.date(2027, 9, 1), dt.date(2028, 8, 31))
        assert new.deposit_held == 600_000  # the deposit moved to the new agreement


async def test_handing_over_a_stall_keeps_the_arrears_on_the_outgoing_trader(
        app_for, siti, sessions):
    trader, lease, _ = siti
    budi = traders.create_trader(sessions["ketua"], "Budi Santoso", NIK_BUDI)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        await open_trader(pilot, trader.id)
        await pilot.press("l")
        await settle(pilot)
        await _choose(pilot, 2)
        assert isinstance(app.screen, TransferStallScreen)
        await type_into(pilot, "#trader", "siti")
        await settle(pilot)
        assert "Siti Aminah" not in screen_text(app).split("Pedagang baru")[1]  # not herself
        await type_into(pilot, "#trader", "budi")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+s")  # arrears not chosen
        await settle(pilot)
        assert app.screen.query_one("#error-arrears").text_shown
        assert count("lease") == 1
        app.screen.query_one("#arrears").value = "keep"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, TraderDetailScreen)
        new = leases.list_leases(sessions["ketua"], trader_id=budi.id).rows[0]
        assert (new.stall_code, new.start_date, new.transferred_from_id) == (
            "A-01", dt.date(2026, 11, 23), lease.id)
        notes = " ".join(str(n.message) for n in app._notifications)
        assert "tetap di rekening Siti Aminah" in notes


async def test_the_treasurer_voids_a_payment_by_reversal(app_for, siti, sessions):
    trader, _, payment = siti
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        screen = await open_trader(pilot, trader.id)
        table = screen.query_one("#statement-table")
        row = next(i for i in range(table.row_count)
                   if payment.receipt_number in str(table.get_row_at(i)[1]))
        table.move_cursor(row=row)
        await pilot.press("v")
        await settle(pilot)
        await type_into(pilot, "#reason", "Uang palsu dikembalikan")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        voided = payments.get_payment(sessions["bendahara"], payment.id)
        assert voided.voided and voided.void_number
        # the payment is still there, and its reversal too
        assert count("payment") == 2  # the deposit's and this one
        assert db.current_database().execute_sql(
            "SELECT count(*) FROM journal_entry WHERE reverses_id IS NOT NULL").fetchone()[0] == 1


async def test_a_blocked_trader_cannot_get_a_new_lease(app_for, siti, sessions):
    trader, _, _ = siti
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        await open_trader(pilot, trader.id)
        await pilot.press("x")
        await settle(pilot)
        app.screen.query_one("#status").value = "diblokir"
        await pilot.press("ctrl+s")  # blocking needs a reason
        await settle(pilot)
        assert app.screen.query_one("#error-reason").text_shown
        await type_into(pilot, "#reason", "Menunggak lebih dari 90 hari")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert traders.get_trader(sessions["ketua"], trader.id).status == "diblokir"
        stalls.create_stall(sessions["ketua"], "A-02", "A", "kios", "6")
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, LeaseFormScreen)
        await type_into(pilot, "#stall", "A-02")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "diblokir" in app.screen.query_one("#error-trader").text_shown
        assert count("lease") == 1
