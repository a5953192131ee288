"""The cash book and the cash vouchers, as a treasurer uses them from the
keyboard (issue 9): home keys 1 1, an expense and a bank deposit through the
dialogs, the running balance, the drawer that never goes below zero, voiding,
the chair's cash settings, and the palette."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.command import CommandPalette
from textual.widgets import Input, Select
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat import db
from sekretariat.services.cash import settings as cash_settings
from sekretariat.services.cash import vouchers
from sekretariat.services.core import journal
from sekretariat.services.core.journal import LineInput
from sekretariat.views.cash.book import CashBookScreen
from sekretariat.views.cash.settings import CashSettingsDialog
from sekretariat.views.cash.void_voucher import VoidVoucherDialog
from sekretariat.views.cash.voucher_form import VoucherDialog
from sekretariat.views.core.confirm import ConfirmDialog
from sekretariat.views.core.home import HomeScreen
from sekretariat.views.core.journal import JournalScreen
from sekretariat.views.leasing.daily_fees import DailyFeesScreen

DAY = dt.date(2026, 11, 20)


def _cash_in(session, amount: int, day: dt.date = DAY) -> None:
    """Money in the drawer: the owners' capital paid in."""
    journal.post_entry(session, day, "Modal awal kas", [LineInput("1-100", debit=amount),
                                                        LineInput("3-100", credit=amount)])


def _rows(sql: str, *params):
    return db.current_database().execute_sql(sql, params).fetchall()


async def _open_book(pilot) -> None:
    await pilot.press("1", "1")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CashBookScreen)


async def _fill_voucher(pilot, amount: str, party: str, memo: str,
                        account: str | None = None) -> None:
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, VoucherDialog)
    if account is not None:
        screen.query_one("#account", Select).value = account
    await type_into(pilot, "#amount", amount, keys=True)
    await type_into(pilot, "#party", party)
    await type_into(pilot, "#memo", memo)


async def test_treasurer_records_an_expense_and_a_bank_deposit(app_for, sessions):
    _cash_in(sessions["ketua"], 500_000)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await _open_book(pilot)
        text = screen_text(app)
        assert "Buku Kas — 1-100 Kas · 1 Nov 2026 s.d. 23 Nov 2026" in text
        assert "Modal awal kas" in text and "Saldo akhir Rp500.000" in text
        keys = footer_keys(app)
        assert keys["k"] == ("Pengeluaran", True) and keys["b"] == ("Setor bank", True)

        await pilot.press("k")
        await _fill_voucher(pilot, "150.000", "PLN Palembang", "Listrik November", "5-200")
        assert "Saldo Kas akhir 23 Nov 2026: Rp500.000" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)  # print it now?
        assert "BKK/2026/00001" in screen_text(app)
        await pilot.press("n")
        await settle(pilot)

        await pilot.press("b")
        await _fill_voucher(pilot, "200000", "Bank Sumsel Babel", "Setoran harian")
        await pilot.press("enter")  # Enter in the description saves
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, CashBookScreen)
        text = screen_text(app)
        assert "BKK/2026/00001" in text and "BKK/2026/00002" in text
        assert "Rp350.000" in text and "Saldo akhir Rp150.000" in text
        assert "Keluar Rp350.000" in text

        await pilot.press("a")  # the bank's book
        await settle(pilot)
        text = screen_text(app)
        assert "1-110 Bank" in text and "Saldo akhir Rp200.000" in text

    rows = _rows("SELECT number, kind, amount, party, counter_account, voucher_date"
                 " FROM cash_voucher ORDER BY id")
    assert rows == [("BKK/2026/00001", "expense", 150_000, "PLN Palembang", "5-200",
                     "2026-11-23"),
                    ("BKK/2026/00002", "to_bank", 200_000, "Bank Sumsel Babel", "1-110",
                     "2026-11-23")]
    lines = _rows("SELECT e.source, a.code, l.debit, l.credit FROM journal_line l"
                  " JOIN journal_entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id"
                  " WHERE e.source LIKE 'cash.%' ORDER BY l.id")
    assert lines == [("cash.expense", "5-200", 150_000, 0), ("cash.expense", "1-100", 0, 150_000),
                     ("cash.to_bank", "1-110", 200_000, 0), ("cash.to_bank", "1-100", 0, 200_000)]


async def test_a_cash_out_below_zero_is_refused_and_keeps_what_was_typed(app_for, sessions):
    _cash_in(sessions["ketua"], 100_000)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await _open_book(pilot)
        await pilot.press("k")
        await _fill_voucher(pilot, "250.000", "Toko Bangunan", "Semen", "5-500")
        await pilot.press("ctrl+s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, VoucherDialog)  # still open, as typed
        error = screen.query_one("#error-amount").text_shown
        assert "Kas tidak cukup" in error and "Rp100.000" in error and "Rp250.000" in error
        assert screen.query_one("#amount", Input).value == "250.000"
        assert screen.query_one("#party", Input).value == "Toko Bangunan"
        assert screen.query_one("#memo", Input).value == "Semen"
        assert screen.query_one("#account", Select).value == "5-500"
        assert app.focused is screen.query_one("#amount", Input)
        # a bad amount is told as typed
        await type_into(pilot, "#amount", "12,5", keys=True)
        assert screen.query_one("#error-amount").text_shown
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CashBookScreen)
    assert _rows("SELECT count(*) FROM cash_voucher") == [(0,)]
    assert _rows("SELECT count(*) FROM journal_entry WHERE source LIKE 'cash.%'") == [(0,)]


async def test_voiding_a_voucher_needs_a_reason_and_reverses_it(app_for, sessions):
    chair = sessions["ketua"]
    _cash_in(chair, 300_000)
    voucher = vouchers.record_expense(chair, DAY, "5-300", 40_000, "Pak Udin", "Sapu dan ember")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await _open_book(pilot)
        await pilot.press("v")  # the first row: the capital paid in, not a voucher
        await settle(pilot)
        assert isinstance(app.screen, CashBookScreen)
        assert any("bukan bukti kas" in n.message for n in app._notifications)
        await pilot.press("down", "v")
        await settle(pilot)
        assert isinstance(app.screen, VoidVoucherDialog)
        assert "BKK/2026/00001" in screen_text(app)
        await pilot.press("enter")  # no reason: refused
        await settle(pilot)
        assert app.screen.query_one("#error-reason").text_shown == "Isi alasan pembatalan."
        await type_into(pilot, "#reason", "Salah catat, dibayar dari kas RT")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CashBookScreen)
        text = screen_text(app)
        # the voucher and its reversal, under the voucher's number
        assert ("20 Nov 2026 | BKK/2026/00001 | - | Rp40.000 | Rp260.000 | Pengeluaran (BKK)"
                " | Sapu dan ember") in text
        assert "23 Nov 2026 | BKK/2026/00001 | Rp40.000 | - | Rp300.000" in text
        assert "Saldo akhir Rp300.000" in text
        await pilot.press("v")  # the reversal row: the voucher is already void
        await settle(pilot)
        assert isinstance(app.screen, CashBookScreen)
    info = vouchers.get_voucher(chair, voucher.id)
    assert info.voided_on == dt.date(2026, 11, 23)
    assert info.void_reason == "Salah catat, dibayar dari kas RT"
    assert _rows("SELECT count(*) FROM journal_entry WHERE reverses_id = ?",
                 voucher.journal_entry_id) == [(1,)]


async def test_the_chair_changes_the_cash_settings_the_treasurer_cannot(app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await _open_book(pilot)
        assert app.screen.check_action("settings", ()) is None  # greyed
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert isinstance(app.screen, CashBookScreen)
        await pilot.press("escape", "l")
        await settle(pilot)
        await login(pilot, "ketua")
        await _open_book(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CashSettingsDialog)
        assert screen.query_one("#notes", Input).value == (
            "100.000, 50.000, 20.000, 10.000, 5.000, 2.000, 1.000")
        assert screen.query_one("#coins", Input).value == "1.000, 500, 200, 100"
        await type_into(pilot, "#coins", "1.000, 500, lima")
        assert screen.query_one("#error-coins").text_shown  # told as typed
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CashSettingsDialog)
        assert cash_settings.get_settings().denominations[-1].value == 100  # unchanged
        await type_into(pilot, "#coins", "1.000, 500")
        await type_into(pilot, "#approval_threshold", "Rp 100.000")
        await pilot.click("#blind_count")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CashBookScreen)
    saved = cash_settings.get_settings()
    assert [d.value for d in saved.denominations if d.form == "coin"] == [1000, 500]
    assert saved.approval_threshold == 100_000 and saved.blind_count is False
    assert _rows("SELECT count(*) FROM audit_log WHERE action = 'cash.settings'") == [(1,)]


@pytest.mark.real_pause
async def test_home_numbers_above_ten(app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        assert "11 Buku Kas" in screen_text(app)
        await pilot.press("5")  # no other number starts with 5: at once
        await pilot.pause()
        assert app.screen.SECTION == "market"
        await pilot.press("escape")
        await pilot.press("1")  # 1, 10 and 11 start with 1: wait
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("1")
        await settle(pilot)
        assert isinstance(app.screen, CashBookScreen)
        await pilot.press("escape")
        await pilot.press("1")
        await pilot.pause(0.9)  # a lone 1 opens 1 after the pause
        assert isinstance(app.screen, JournalScreen)
        await pilot.press("escape")
        await pilot.press("1", "enter")  # or on Enter
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
        await pilot.press("escape")
        await pilot.press("0")  # 0 still means 10
        await settle(pilot)
        assert isinstance(app.screen, DailyFeesScreen)
        await pilot.press("escape")
        await pilot.press("1", "0")  # and so does 1 0
        await settle(pilot)
        assert isinstance(app.screen, DailyFeesScreen)
        await pilot.press("escape", "l")
        await settle(pilot)
        await login(pilot, "sekretaris")  # no journal, no cash book: 1 does nothing
        assert "Buku Kas" not in screen_text(app)
        await pilot.press("1", "1")
        await pilot.pause(0.9)
        assert isinstance(app.screen, HomeScreen)


@pytest.mark.parametrize(("query", "kind", "account"), [
    ("pengeluaran", "expense", None), ("setor bank", "to_bank", None),
    ("tarik bank", "from_bank", None), ("pendapatan", "income", "4-900"),
    ("setoran pemilik aset", "remit", None), ("listrik", "expense", "5-200")])
async def test_the_palette_opens_the_voucher_dialogs(app_for, sessions, query, kind, account):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*query)
        await settle(pilot)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, VoucherDialog) and screen.kind == kind
        assert isinstance(app.screen_stack[-2], CashBookScreen)
        if account:
            assert screen.query_one("#account", Select).value == account


async def test_the_palette_offers_cash_actions_only_to_who_may(app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "pembaca")
        names = [c.name for c in app.palette_commands()]
        assert "Buka: Buku Kas" in names
        assert not any("Pengeluaran" in n or "Pengaturan kas" in n for n in names)
        await pilot.press("l")
        await settle(pilot)
        await login(pilot, "bendahara")
        names = [c.name for c in app.palette_commands()]
        assert "Pengeluaran / kas keluar (BKK)" in names
        assert not any("Pengaturan kas" in n for n in names)
        await pilot.press("l")
        await settle(pilot)
        await login(pilot, "sekretaris")
        names = [c.name for c in app.palette_commands()]
        assert "Buka: Buku Kas" not in names
        assert not any(word in n for n in names for word in ("kas keluar", "kas masuk", "Setor",
                                                            "Tarik", "Pengaturan kas"))


async def test_the_book_pages_and_steps_by_month(app_for, sessions):
    chair = sessions["ketua"]
    _cash_in(chair, 1_000_000, dt.date(2026, 10, 5))
    for i in range(105):
        vouchers.record_expense(chair, DAY, "5-600", 1_000, "Toko ATK", f"ATK {i + 1}")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await _open_book(pilot)
        text = screen_text(app)
        assert "Halaman 1 dari 2 · 105 baris" in text
        assert "Saldo awal Rp1.000.000" in text and "Saldo akhir Rp895.000" in text
        await pilot.press("right_square_bracket")
        await settle(pilot)
        text = screen_text(app)
        assert "Halaman 2 dari 2" in text and "ATK 105" in text and "ATK 1 " not in text
        await pilot.press("less_than_sign")  # October
        await settle(pilot)
        text = screen_text(app)
        assert "1 Okt 2026 s.d. 31 Okt 2026" in text and "Modal awal kas" in text
        assert "Saldo akhir Rp1.000.000" in text
        await pilot.press("greater_than_sign")
        await settle(pilot)
        assert "1 Nov 2026 s.d. 23 Nov 2026" in screen_text(app)


async def test_printing_a_voucher_after_saving_and_from_the_book(app_for, sessions, db_path):
    chair = sessions["ketua"]
    _cash_in(chair, 200_000)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await _open_book(pilot)
        await pilot.press("m")  # other income
        await _fill_voucher(pilot, "75.000", "Panitia 17-an", "Sewa tenda lapangan")
        assert app.screen.query_one("#account", Select).value == "4-900"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, CashBookScreen)
        messages = [n.message for n in app._notifications]
        assert any("Bukti kas BKM/2026/00001" in m and ".pdf" in m for m in messages), messages
        await pilot.press("down", "p")  # again, from the row under the cursor
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert sum("Bukti kas BKM/2026/00001" in m and ".pdf" in m for m in messages) == 2
    pdfs = list((db_path.parent / "exports").rglob("*.pdf"))
    assert pdfs and all(p.stat().st_size > 1000 for p in pdfs)
    assert _rows("SELECT number, kind, counter_account, amount FROM cash_voucher") == [
        ("BKM/2026/00001", "income", "4-900", 75_000)]
