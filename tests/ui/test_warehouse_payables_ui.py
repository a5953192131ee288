"""Supplier payables from the keyboard: the suppliers screen shows what each
supplier is owed; u opens its account; the treasurer pays (b) part of the
debt by bank transfer and sees the balance drop on screen and in the
database; a payment beyond the debt is refused with the form kept; v voids
a payment with a reason. The coordinator sees the account with pay and void
greyed."""

from __future__ import annotations

import datetime as dt
import sqlite3

from textual.widgets import DataTable, Input
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat.services.warehouse import items, movements, suppliers
from sekretariat.views.warehouse.supplier_account import SupplierAccountScreen
from sekretariat.views.warehouse.supplier_pay import (
    PaySupplierDialog,
    VoidSupplierPaymentDialog,
)
from sekretariat.views.warehouse.suppliers import SuppliersScreen
from sekretariat.views.warehouse.warehouse import WarehouseScreen

D = dt.date


def sql(db_path, query: str, *params) -> list[tuple]:
    with sqlite3.connect(db_path) as con:
        return con.execute(query, params).fetchall()


def deliveries(chair) -> int:
    """UD Makmur delivered beras on credit: Rp1.000.000 (2 Nov), Rp1.200.000 (5 Nov)."""
    items.create_item(chair, "beras", "Beras medium", "kg", units=[("karung", 50)])
    supplier = suppliers.create_supplier(chair, "UD Makmur")
    suppliers.create_supplier(chair, "CV Lunas")
    movements.record_receipt(chair, "beras", D(2026, 11, 2), 100, cost=1_000_000,
                             supplier_id=supplier.id)
    movements.record_receipt(chair, "beras", D(2026, 11, 5), 100, cost=1_200_000,
                             supplier_id=supplier.id)
    return supplier.id


async def open_account(pilot) -> SupplierAccountScreen:
    app = pilot.app
    await pilot.press("1", "4")
    await settle(pilot)
    assert isinstance(app.screen, WarehouseScreen)
    await pilot.press("s")
    await settle(pilot)
    assert isinstance(app.screen, SuppliersScreen)
    text = screen_text(app)
    assert "UD Makmur | - | Rp2.200.000 | 2 Nov 2026" in text
    assert "Utang ke pemasok seluruhnya Rp2.200.000" in text
    table = app.screen.query_one("#suppliers-table", DataTable)
    table.move_cursor(row=1)          # CV Lunas first, by name
    await pilot.pause()
    assert footer_keys(app)["u"] == ("Kartu utang", True)
    await pilot.press("u")
    await settle(pilot)
    assert isinstance(app.screen, SupplierAccountScreen)
    return app.screen


async def test_the_treasurer_pays_a_supplier_and_sees_the_balance_drop(app_for, sessions,
                                                                       db_path):
    supplier = deliveries(sessions["ketua"])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        screen = await open_account(pilot)
        text = screen_text(app)
        assert "Kartu utang · UD Makmur" in text and "Utang hari ini: Rp2.200.000" in text
        assert "Barang diterima | GDG/2026/00002 | +Rp1.200.000 | Rp2.200.000" in text
        keys = footer_keys(app)
        assert keys["b"] == ("Bayar", True) and keys["v"] == ("Batalkan", False)
        # more than is owed: refused under the amount, everything typed kept
        await pilot.press("b")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, PaySupplierDialog)
        assert dialog.query_one("#amount", Input).value == "Rp2.200.000"
        await type_into(pilot, "#amount", "2.500.000")
        await type_into(pilot, "#reference", "TRF 0042")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog
        assert "melebihi utang kepada UD Makmur" in dialog.query_one("#error-amount").render().plain
        assert dialog.query_one("#reference", Input).value == "TRF 0042"
        assert sql(db_path, "SELECT count(*) FROM supplier_payment") == [(0,)]
        # 1.500.000 by transfer
        await type_into(pilot, "#amount", "1.500.000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert sql(db_path, "SELECT number, supplier_id, amount, method, reference, pay_date"
                            " FROM supplier_payment") == [
            ("BPM/2026/00001", supplier, 1_500_000, "bank", "TRF 0042", "2026-11-23")]
        text = screen_text(app)
        assert "Utang hari ini: Rp700.000" in text
        assert "Pembayaran | BPM/2026/00001 | -Rp1.500.000 | Rp700.000" in text
        # void it: the debt comes back
        table = screen.query_one("#account-table", DataTable)
        assert table.cursor_row == table.row_count - 1
        assert footer_keys(app)["v"] == ("Batalkan", True)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, VoidSupplierPaymentDialog)
        await type_into(pilot, "#reason", "salah rekening")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert sql(db_path, "SELECT voided_on, void_reason FROM supplier_payment") == [
            ("2026-11-23", "salah rekening")]
        assert "Utang hari ini: Rp2.200.000" in screen_text(app)
        # back on the suppliers screen the owed column follows
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SuppliersScreen)
        assert "UD Makmur | - | Rp2.200.000 | 2 Nov 2026" in screen_text(app)


async def test_the_coordinator_looks_with_pay_and_void_greyed(app_for, sessions):
    deliveries(sessions["ketua"])
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await login(pilot, "gudang")
        await open_account(pilot)
        keys = footer_keys(app)
        assert keys["b"] == ("Bayar", False) and keys["v"] == ("Batalkan", False)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, SupplierAccountScreen)
