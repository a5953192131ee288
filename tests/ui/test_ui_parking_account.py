"""Debts from the keyboard: a shortfall shows in Utang juru parkir with the
total; the attendant's account shows it with its report number; a payment
reduces it (more than the debt is refused, typed kept); a coordinator sees
the write-off key greyed and the service refuses it anyway; the chair
writes off the rest with a reason (none: refused). Screen and database."""

from __future__ import annotations

from parkingui import TODAY, make_lot, rows
from textual.widgets import Input
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat.services.core import journal
from sekretariat.services.parking import debts, shift_reports
from sekretariat.views.parking.account import AttendantAccountScreen
from sekretariat.views.parking.debt_dialog import DebtMoveDialog
from sekretariat.views.parking.debts import DebtsScreen
from sekretariat.views.parking.parking import ParkingScreen


def short_report(chair, ids) -> None:
    shift_reports.record_shift_report(chair, TODAY, "a-md", "pagi", ids["Andi"],
                                      counts={"motor": 50}, handed_over=70_000)


def receivable() -> int:
    import datetime as dt

    return journal.account_balance_unchecked("1-210", dt.date(2100, 1, 1))


async def open_account(pilot) -> None:
    await pilot.press("1", "3")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ParkingScreen)
    await pilot.press("u")
    await settle(pilot)
    assert isinstance(pilot.app.screen, DebtsScreen)
    text = screen_text(pilot.app)
    assert "Jumlah utang: Rp30.000 (1 orang)" in text and "Andi | Rp30.000" in text
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, AttendantAccountScreen)


async def test_a_payment_reduces_the_debt_and_a_coordinator_cannot_write_off(app_for,
                                                                              sessions):
    chair = sessions["ketua"]
    ids = make_lot(chair, rostered_days=(TODAY,))
    short_report(chair, ids)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "parkir")
        await open_account(pilot)
        text = screen_text(app)
        assert "Rekening · Andi" in text and "Utang sekarang: Rp30.000" in text
        assert "kurang setor | PKR/2026/00001 | +Rp30.000 | Rp30.000" in text
        keys = footer_keys(app)
        assert keys["b"][1] is True and keys["w"][1] is False     # greyed, not hidden
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, AttendantAccountScreen)     # nothing opened
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, DebtMoveDialog)
        assert app.screen.query_one("#amount", Input).value == "Rp30.000"
        await type_into(pilot, "#amount", "40.000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, DebtMoveDialog)             # refused, kept
        assert "Rp40.000 melebihi utang Andi (Rp30.000)." in screen_text(app)
        assert app.screen.query_one("#amount", Input).value == "40.000"
        await type_into(pilot, "#amount", "20.000")
        await type_into(pilot, "#memo", "potong gaji")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AttendantAccountScreen)
        text = screen_text(app)
        assert "Utang sekarang: Rp10.000" in text
        assert "bayar | - | -Rp20.000 | Rp10.000 | potong gaji" in text
        await pilot.press("escape")
        await settle(pilot)
        assert "Jumlah utang: Rp10.000 (1 orang)" in screen_text(app)
    assert debts.attendant_debt(ids["Andi"]) == 10_000 == receivable()
    assert rows("SELECT kind, amount, reason FROM attendant_debt_movement ORDER BY id") == [
        ("shortfall", 30_000, "PKR/2026/00001"), ("payment", 20_000, "potong gaji")]


async def test_the_chair_writes_off_with_a_reason(app_for, chair):
    ids = make_lot(chair, rostered_days=(TODAY,))
    short_report(chair, ids)
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await login(pilot, "ketua")
        await open_account(pilot)
        assert footer_keys(app)["w"][1] is True
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, DebtMoveDialog)
        await pilot.press("ctrl+s")                               # no reason
        await settle(pilot)
        assert "Alasan penghapusan utang wajib diisi." in screen_text(app)
        assert debts.attendant_debt(ids["Andi"]) == 30_000
        await type_into(pilot, "#reason", "sakit, disetujui rapat")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, AttendantAccountScreen)
        assert "Utang sekarang: Rp0" in screen_text(app)
        assert footer_keys(app)["b"][1] is False                  # nothing left to pay
    assert debts.attendant_debt(ids["Andi"]) == 0 == receivable()
    assert rows("SELECT kind, amount, reason FROM attendant_debt_movement WHERE kind ="
                " 'write_off'") == [("write_off", 30_000, "sakit, disetujui rapat")]
