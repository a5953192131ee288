"""The leases module's whole job from the keyboard: register a trader, lease
a stall, print the agreement, bill the month with a preview, take a partial
payment that prints its receipt, charge late fees, and the refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from uihelp import SIZE, login, screen_text, settle, type_into

from sekretariat import db
from sekretariat.services.leasing import billing, leases, stall_rates, stalls, traders
from sekretariat.views.leasing.billing import BillingScreen
from sekretariat.views.leasing.lease_form import LeaseFormScreen
from sekretariat.views.leasing.payment_form import PaymentFormScreen
from sekretariat.views.leasing.trader_form import TraderFormScreen
from sekretariat.views.leasing.traders import TraderDetailScreen, TradersScreen

NIK_SITI = "1671015705800001"   # Palembang, born 17/05/1980, female
NIK_BUDI = "1671011705800002"


def count(table: str, where: str = "1=1", params=()) -> int:
    return db.current_database().execute_sql(
        f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]


@pytest.fixture
def block_a(chair):
    """Block A: A-01..A-03 (kios, Rp300.000 a month from 1 Jan 2026)."""
    block = stalls.create_block(chair, "A", "Blok A")
    stall_rates.set_tariff(chair, "kios", 300_000, dt.date(2026, 1, 1))
    return [stalls.create_stall(chair, f"A-{i:02d}", block.id, "kios", "6").id
            for i in range(1, 4)]


@pytest.fixture
def siti_leases_a01(chair, block_a):
    """Siti leases A-01 from 1 Sep 2026; Sep–Nov are billed, nothing is paid."""
    siti = traders.create_trader(chair, "Siti Aminah", NIK_SITI, phone="0812-3456-7890")
    lease = leases.create_lease(chair, siti.id, block_a[0], dt.date(2026, 9, 1),
                                dt.date(2027, 8, 31), deposit_amount=600_000)
    for month in (9, 10, 11):
        billing.bill_period(chair, 2026, month, issue_date=dt.date(2026, month, 1))
    return siti, lease


async def open_section(pilot, name: str) -> None:
    pilot.app.open_section(name)
    await settle(pilot)
    await settle(pilot)


async def open_trader(pilot, trader_id: int) -> TraderDetailScreen:
    await pilot.app.push_screen(TraderDetailScreen(trader_id))
    await settle(pilot)
    assert isinstance(pilot.app.screen, TraderDetailScreen)
    return pilot.app.screen


# --- register a trader, lease a stall, print the agreement --------------------------------

async def test_secretary_registers_a_trader_leases_a_stall_and_prints_the_agreement(
        app_for, block_a, sessions, db_path):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        await open_section(pilot, "traders")
        assert isinstance(app.screen, TradersScreen)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, TraderFormScreen)
        await type_into(pilot, "#name", "Siti Aminah", keys=True)
        await type_into(pilot, "#nik", NIK_SITI)
        await settle(pilot)
        assert "lahir 17 Mei 1980" in screen_text(app) and "perempuan" in screen_text(app)
        await type_into(pilot, "#phone", "0812-3456-7890")
        await type_into(pilot, "#commodity", "sayur")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, TraderDetailScreen)
        trader = traders.find_by_nik(sessions["sekretaris"], NIK_SITI)
        assert trader is not None and trader.phone == "081234567890"
        assert "Siti Aminah" in screen_text(app)

        # lease A-02 from the trader's page: the trader is already chosen
        await pilot.press("s")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, LeaseFormScreen)
        await type_into(pilot, "#stall", "a-02", keys=True)
        await settle(pilot)
        info = screen_text(app)
        assert "Blok A" in info and "kosong pada 23 Nov 2026" in info
        assert "Rp300.000 (tarif lapak)" in form.query_one("#monthly_rate").placeholder
        await type_into(pilot, "#deposit_amount", "600rb")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        # the detail screen asks whether to print the agreement now
        assert "Cetak Surat Perjanjian Sewa sekarang?" in screen_text(app)
        await pilot.press("y")
        await settle(pilot)
        await settle(pilot)
        lease = leases.list_leases(sessions["sekretaris"], trader_id=trader.id).rows[0]
        assert (lease.stall_code, lease.start_date, lease.end_date) == (
            "A-02", dt.date(2026, 11, 23), dt.date(2027, 11, 22))
        assert (lease.monthly_rate, lease.deposit_amount, lease.late_fee_bp) == (
            300_000, 600_000, 200)
        pdf = db_path.parent / "exports" / (lease.agreement_number.replace("/", "-") + ".pdf")
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
        assert str(pdf) in " ".join(str(n.message) for n in app._notifications)


async def test_the_trader_form_refuses_a_bad_nik_and_keeps_what_was_typed(
        app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        await open_section(pilot, "traders")
        await pilot.press("ctrl+n")
        await settle(pilot)
        await type_into(pilot, "#name", "Budi")
        await type_into(pilot, "#nik", "1671011705800")
        await settle(pilot)
        assert "16 angka" in screen_text(app)  # said as you type
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TraderFormScreen)
        assert app.screen.query_one("#name").value == "Budi"
        assert app.focused.id == "nik"
        assert count("trader") == 0


async def test_a_duplicate_nik_is_refused_under_the_field(app_for, sessions):
    traders.create_trader(sessions["ketua"], "Siti Aminah", NIK_SITI)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        await open_section(pilot, "traders")
        await pilot.press("ctrl+n")
        await settle(pilot)
        await type_into(pilot, "#name", "Siti A.")
        await type_into(pilot, "#nik", NIK_SITI)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Siti Aminah" in app.screen.query_one("#error-nik").text_shown
        assert count("trader") == 1


def block_a_ids(sessions) -> list[int]:
    return [s.id for s in stalls.list_stalls(sessions["ketua"], block="A")]


async def test_the_lease_form_picks_a_trader_and_refuses_an_overlap(
        app_for, siti_leases_a01, sessions, db_path):
    traders.create_trader(sessions["ketua"], "Budi Santoso", NIK_BUDI)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        app.open_lease_form()
        await settle(pilot)
        assert isinstance(app.screen, LeaseFormScreen)
        await type_into(pilot, "#trader", "budi", keys=True)
        await settle(pilot)
        await pilot.press("enter")  # one match: chosen
        await settle(pilot)
        assert "✓ Budi Santoso" in screen_text(app)
        await type_into(pilot, "#stall", "A-01")
        await settle(pilot)
        assert "disewa Siti Aminah" in screen_text(app)
        leases_before = count("lease")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, LeaseFormScreen)
        assert "SPS/" in app.screen.query_one("#error-start_date").text_shown
        assert count("lease") == leases_before
        # an end before the start
        await type_into(pilot, "#stall", "A-03")
        await type_into(pilot, "#end_date", "01/01/2026")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen.query_one("#error-end_date").text_shown
        assert count("lease") == leases_before
        # corrected, it is signed and the agreement printed at once
        await type_into(pilot, "#end_date", "30/11/2027")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        await settle(pilot)
        signed = leases.list_leases(sessions["ketua"], stall_id=block_a_ids(sessions)[2]).rows
        assert [(lease.trader_name, lease.end_date) for lease in signed] == [
            ("Budi Santoso", dt.date(2027, 11, 30))]
        assert (db_path.parent / "exports" / (signed[0].agreement_number.replace("/", "-")
                                              + ".pdf")).exists()


# --- billing with a preview ------------------------------------------------------------

async def test_treasurer_previews_the_month_then_issues_it_once(
        app_for, siti_leases_a01, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await open_section(pilot, "billing")
        assert isinstance(app.screen, BillingScreen)
        await type_into(pilot, "#period", "12/2026")
        await pilot.press("f2")
        await settle(pilot)
        text = screen_text(app)
        assert "Pratinjau Desember 2026: 1 tagihan" in text and "A-01" in text
        assert count("invoice") == 3  # a preview records nothing
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        await settle(pilot)
        assert count("invoice") == 4
        assert "Diterbitkan Desember 2026: 1 tagihan" in screen_text(app)
        # the same month again: nothing to bill, and the service says why
        await pilot.press("f2")
        await settle(pilot)
        assert "sudah ditagih" in screen_text(app)
        assert app.screen.query_one("#post-rent").disabled
        assert count("invoice") == 4


async def test_treasurer_charges_late_fees_after_a_preview(app_for, siti_leases_a01, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await open_section(pilot, "billing")
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert app.focused.id == "as_of"
        await pilot.press("f2")
        await settle(pilot)
        assert "denda, jumlah" in screen_text(app)
        fees_before = count("invoice", "kind = 'late_fee'")
        assert fees_before == 0
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        await settle(pilot)
        assert count("invoice", "kind = 'late_fee'") > 0
        assert "Dikenakan per 23 Nov 2026" in screen_text(app)


async def test_the_secretary_has_no_billing_section(app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        await open_section(pilot, "billing")
        assert not isinstance(app.screen, BillingScreen)


# --- payments --------------------------------------------------------------------------

async def test_a_partial_payment_goes_to_the_oldest_invoice_and_prints_its_receipt(
        app_for, siti_leases_a01, sessions, db_path):
    siti, _ = siti_leases_a01
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await open_trader(pilot, siti.id)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, PaymentFormScreen)
        text = screen_text(app)
        assert "Tunggakan Rp900.000 dalam 3 tagihan terbuka." in text
        await type_into(pilot, "#amount", "450.000", keys=True)
        await settle(pilot)
        assert "sisa" not in app.screen.query_one("#allocation").visual.plain
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, TraderDetailScreen)
        payment = db.current_database().execute_sql(
            "SELECT id, receipt_number, amount, method FROM payment").fetchone()
        assert payment[2:] == (450_000, "tunai")
        allocated = db.current_database().execute_sql(
            "SELECT i.period_start, a.amount FROM invoice_allocation a"
            " JOIN invoice i ON i.id = a.invoice_id ORDER BY i.period_start").fetchall()
        assert allocated == [("2026-09-01", 300_000), ("2026-10-01", 150_000)]
        pdf = db_path.parent / "exports" / (payment[1].replace("/", "-") + ".pdf")
        assert pdf.exists()
        assert payment[1] in " ".join(str(n.message) for n in app._notifications)
        # the statement shows the payment; k on its row prints the receipt again
        pdf.unlink()
        table = app.screen.query_one("#statement-table")
        row = next(i for i in range(table.row_count)
                   if payment[1] in str(table.get_row_at(i)[1]))
        # the description repeats neither the receipt number beside it nor her name
        assert str(table.get_row_at(row)[2]) == "Pembayaran"
        table.focus()
        table.move_cursor(row=row)
        await pilot.press("k")
        await settle(pilot)
        await settle(pilot)
        assert pdf.exists()


async def test_picked_invoices_are_paid_first(app_for, siti_leases_a01, sessions):
    siti, _ = siti_leases_a01
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await open_trader(pilot, siti.id)
        await pilot.press("b")
        await settle(pilot)
        table = app.screen.query_one("#open-invoices")
        table.focus()
        await pilot.press("down", "down", "space")  # November
        await type_into(pilot, "#amount", "300000")
        await settle(pilot)
        assert "Dibayarkan untuk INV/" in app.screen.query_one("#allocation").visual.plain
        await type_into(pilot, "#reference", "TRF 123")
        app.screen.query_one("#method").value = "transfer"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        row = db.current_database().execute_sql(
            "SELECT i.period_start, p.method, p.reference FROM invoice_allocation a"
            " JOIN invoice i ON i.id = a.invoice_id JOIN payment p ON p.id = a.payment_id"
        ).fetchall()
        assert row == [("2026-11-01", "transfer", "TRF 123")]


async def test_paying_more_than_owed_needs_a_confirmation(app_for, siti_leases_a01, sessions):
    siti, _ = siti_leases_a01
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await open_trader(pilot, siti.id)
        await pilot.press("b")
        await settle(pilot)
        await type_into(pilot, "#amount", "1.000.000")
        await settle(pilot)
        assert "sisa Rp100.000 menjadi saldo kredit" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "saldo kredit" in screen_text(app)  # the question
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, PaymentFormScreen)
        assert count("payment") == 0
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        await settle(pilot)
        assert count("payment", "amount = 1000000") == 1


async def test_zero_and_a_closed_day_are_refused_with_nothing_written(
        app_for, siti_leases_a01, sessions):
    from sekretariat.services.core import days

    days.close_day(sessions["bendahara"], dt.date(2026, 11, 20))
    siti, _ = siti_leases_a01
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await open_trader(pilot, siti.id)
        await pilot.press("b")
        await settle(pilot)
        await type_into(pilot, "#amount", "0")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen.query_one("#error-amount").text_shown
        await type_into(pilot, "#amount", "100.000")
        await type_into(pilot, "#paid_on", "20/11/2026")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "ditutup" in screen_text(app)
        assert isinstance(app.screen, PaymentFormScreen)
        assert count("payment") == 0


async def test_the_deposit_is_taken_through_the_same_form(app_for, siti_leases_a01, sessions):
    siti, lease = siti_leases_a01
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await open_trader(pilot, siti.id)
        await pilot.press("b")
        await settle(pilot)
        app.screen.query_one("#purpose").value = f"deposit:{lease.id}"
        await settle(pilot)
        await type_into(pilot, "#amount", "600.000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert count("payment", "purpose = 'deposit' AND lease_id = ?", (lease.id,)) == 1
        assert count("deposit_movement", "kind = 'received'") == 1


# --- from the stall map ------------------------------------------------------------------

async def test_a_vacant_stall_is_leased_from_the_map(app_for, siti_leases_a01, sessions,
                                                     db_path):
    from sekretariat.views.leasing.stall_map import StallMapScreen

    budi = traders.create_trader(sessions["ketua"], "Budi Santoso", NIK_BUDI)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        await open_section(pilot, "stalls")
        assert isinstance(app.screen, StallMapScreen)
        await pilot.press("s")  # A-01 is leased: nothing happens
        await settle(pilot)
        assert isinstance(app.screen, StallMapScreen)
        await pilot.press("right")  # A-02, vacant
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, LeaseFormScreen)
        assert app.screen.query_one("#stall").value == "A-02"
        await type_into(pilot, "#trader", "budi")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        await pilot.press("n")  # not printed now
        await settle(pilot)
        assert isinstance(app.screen, StallMapScreen)
        assert [lease.stall_code for lease in
                leases.list_leases(sessions["ketua"], trader_id=budi.id).rows] == ["A-02"]
        assert app.screen.current.trader_name == "Budi Santoso"  # the map shows it
        await pilot.press("p")  # print the agreement of the stall under the cursor
        await settle(pilot)
        await settle(pilot)
        assert len(list((db_path.parent / "exports").glob("SPS-*.pdf"))) == 1


async def test_the_treasurer_cannot_lease_from_the_map(app_for, siti_leases_a01, sessions):
    from uihelp import footer_keys

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await open_section(pilot, "stalls")
        await pilot.press("right")
        await settle(pilot)
        assert "s" not in footer_keys(app) and "p" not in footer_keys(app)
        await pilot.press("s")
        await settle(pilot)
        assert not isinstance(app.screen, LeaseFormScreen)


async def test_a_new_trader_is_registered_from_the_lease_form(app_for, block_a, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        app.open_lease_form("A-03")
        await settle(pilot)
        await type_into(pilot, "#trader", "Sri Wahyuni")
        await settle(pilot)
        assert "Ctrl+N" in screen_text(app)  # nobody matches: how to register
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, TraderFormScreen)
        assert app.screen.query_one("#name").value == "Sri Wahyuni"  # as typed
        await type_into(pilot, "#nik", "1671064512880003")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, LeaseFormScreen)
        assert "✓ Sri Wahyuni" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await settle(pilot)
        trader = traders.find_by_nik(sessions["ketua"], "1671064512880003")
        assert [lease.stall_code for lease in
                leases.list_leases(sessions["ketua"], trader_id=trader.id).rows] == ["A-03"]
