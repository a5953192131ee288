"""The treasurer's end-of-day close from the TUI (issue 9): the blind count
by denomination, the difference with its note, the chair's approval above
the limit, days closing in order, the history of closes and the home line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input
from uihelp import login, screen_text, settle, type_into

from sekretariat.services.cash import close as closing
from sekretariat.services.cash import close_read, vouchers
from sekretariat.services.cash.balance import CASH, balance_at_end_of, journal_balance_at_end_of
from sekretariat.services.core import days
from sekretariat.views.cash.close import CloseScreen

TODAY = dt.date(2026, 11, 23)


def _income(session, day: dt.date, amount: int) -> None:
    vouchers.record_income(session, day, "4-900", amount, "Pak Ali", "sewa tenda")


def _error(app, field: str) -> str:
    widget = app.screen.query_one(f"#error-{field}")
    return str(widget.content) if widget.display else ""


async def _open_close(pilot, username: str = "bendahara") -> CloseScreen:
    await login(pilot, username)
    await pilot.press("2")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CloseScreen)
    return screen


async def _count(pilot, **pieces: int) -> None:
    """``_count(pilot, note_100000=2, coin_500=3)``."""
    for name, quantity in pieces.items():
        form, value = name.split("_")
        await type_into(pilot, f"#count-{form}-{value}", str(quantity))


async def _no_print(pilot) -> None:
    """After a close the app offers to print the report: not now."""
    assert type(pilot.app.screen).__name__ == "ConfirmDialog"
    await pilot.press("n")
    await settle(pilot)


async def test_treasurer_counts_blind_writes_the_note_and_closes(app_for, sessions, db_path):
    _income(sessions["bendahara"], TODAY, 300_000)
    app = app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_close(pilot)
        text = screen_text(app)
        assert app.screen.query_one("#day", Input).value == "23/11/2026"
        assert "Pendapatan lain (BKM)" in text
        assert "Rp300.000" not in text  # blind: nothing gives the expected away
        await _count(pilot, note_100000=2, note_50000=1)
        text = screen_text(app)
        assert "Jumlah dihitung: Rp250.000" in text and "= Rp200.000" in text
        assert "Rp300.000" not in text

        await type_into(pilot, "#count-coin-500", "-3")  # refused as typed, never cut
        assert "bukan '-3'" in _error(app, "counts")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Rp300.000" not in screen_text(app)
        await type_into(pilot, "#count-coin-500", "")

        await pilot.press("ctrl+s")  # the first Ctrl+S confirms the count
        await settle(pilot)
        text = screen_text(app)
        assert "Saldo seharusnya Rp300.000 · dihitung Rp250.000" in text
        assert "Selisih KURANG Rp50.000" in text
        assert days.lock_date() is None
        await pilot.press("ctrl+s")  # a difference without a note
        await settle(pilot)
        assert _error(app, "note") == "Ada selisih -Rp50.000: tulis catatan penjelasnya."
        assert days.lock_date() is None
        assert app.screen.query_one("#count-note-100000", Input).value == "2"  # kept

        await type_into(pilot, "#note", "uang kembalian kurang")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await _no_print(pilot)
        text = screen_text(app)
        assert "Kas 23 Nov 2026 DITUTUP. Dihitung Rp250.000, selisih -Rp50.000." in text
        assert "Saksi log audit: posisi #" in text and "Cadangan tersimpan:" in text
        assert app.screen.query_one("#count-note-100000", Input).disabled

    close = close_read.close_in_force(sessions["ketua"], TODAY)
    assert (close.expected, close.counted, close.difference) == (300_000, 250_000, -50_000)
    assert close.note == "uang kembalian kurang" and close.counted_by == "bendahara"
    assert close.approved_by is None and close.difference_entry
    assert {(c.form, c.denomination): c.quantity for c in close.counts if c.quantity} == \
        {("note", 100_000): 2, ("note", 50_000): 1}
    assert days.lock_date() == TODAY
    assert journal_balance_at_end_of("5-900", TODAY) == 50_000  # the shortfall, an expense
    assert balance_at_end_of(CASH, TODAY) == journal_balance_at_end_of(CASH, TODAY) == 250_000
    assert list((Path(db_path).parent / "backups").glob("*-harian-*.sqlite"))


async def test_a_difference_above_the_limit_needs_the_chairs_password(app_for, sessions):
    _income(sessions["bendahara"], TODAY, 300_000)
    app = app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_close(pilot)
        await _count(pilot, note_100000=1)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Ketua menyetujui saat menutup" in screen_text(app)
        await type_into(pilot, "#note", "uang dipinjam petugas")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert type(app.screen).__name__ == "ApproveDialog"
        assert "Selisih Rp200.000 melebihi batas Rp50.000" in screen_text(app)

        await type_into(pilot, "#approver", "ketua")
        await type_into(pilot, "#approver_password", "bukan-sandinya")
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "ApproveDialog"
        assert "Nama pengguna atau kata sandi salah" in _error(app, "general")
        assert days.lock_date() is None

        await type_into(pilot, "#approver", "sekretaris")  # the right password, not the chair
        await type_into(pilot, "#approver_password", "rahasia-123")
        await pilot.press("enter")
        await settle(pilot)
        assert "sekretaris bukan Ketua" in _error(app, "general")
        assert days.lock_date() is None

        await type_into(pilot, "#approver", "ketua")
        await type_into(pilot, "#approver_password", "rahasia-123")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await _no_print(pilot)
        assert isinstance(app.screen, CloseScreen)
        assert "Disetujui oleh Ketua Pasar." in screen_text(app)
    close = close_read.close_in_force(sessions["ketua"], TODAY)
    assert close.difference == -200_000 and close.approved_by == "ketua"
    assert close.counted_by == "bendahara" and days.lock_date() == TODAY


async def test_days_close_in_order_and_quiet_days_close_with_the_next(app_for, sessions):
    treasurer = sessions["bendahara"]
    _income(treasurer, dt.date(2026, 11, 20), 300_000)
    _income(treasurer, TODAY, 150_000)
    app = app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_close(pilot)
        day = screen.query_one("#day", Input)
        assert day.value == "20/11/2026"  # the oldest open day with cash activity
        await pilot.press("f2")
        await type_into(pilot, "#day", "23/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert _error(app, "day").startswith("Tutup dulu 20 Nov 2026")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert days.lock_date() is None
        await type_into(pilot, "#day", "24/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert _error(app, "day").startswith("Hari 24 Nov 2026 belum tiba")

        await type_into(pilot, "#day", "20/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert _error(app, "day") == ""
        await _count(pilot, note_100000=3)
        await pilot.press("f5")
        await settle(pilot)
        assert "Tidak ada selisih." in screen_text(app)
        await pilot.press("ctrl+s")  # no difference: no note needed
        await settle(pilot)
        await _no_print(pilot)
        assert days.lock_date() == dt.date(2026, 11, 20)

        await pilot.press("f2")
        await type_into(pilot, "#day", "23/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        text = screen_text(app)
        assert "2 hari tanpa transaksi ikut ditutup (21 Nov 2026 – 22 Nov 2026)" in text
        assert app.screen.query_one("#count-note-100000", Input).value == ""  # a new count


async def test_history_shows_each_close_and_its_denominations(app_for, sessions, db_path):
    treasurer = sessions["bendahara"]
    _income(treasurer, dt.date(2026, 11, 20), 300_000)
    closing.close_cash_day(treasurer, dt.date(2026, 11, 20), {("note", 100_000): 3})
    closing.close_cash_day(treasurer, dt.date(2026, 11, 22),
                           {("note", 100_000): 2, ("note", 50_000): 1, ("coin", 500): 2},
                           "uang robek", expected_seen=300_000)
    app = app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_close(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert type(app.screen).__name__ == "ClosesScreen"
        table = app.screen.query_one("#closes-table", DataTable)
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert [r[0] for r in rows] == ["22 Nov 2026", "21 Nov 2026", "20 Nov 2026"]
        assert rows[0][1:5] == ["Rp251.000", "Rp300.000", "-Rp49.000", "bendahara"]
        assert rows[1][6] == "Tanpa transaksi"
        await pilot.press("z")
        await settle(pilot)
        assert table.row_count == 2  # the quiet day hidden

        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "CloseDetailDialog"
        text = screen_text(app)
        assert "Catatan: uang robek" in text and "Rp500 logam | 2 | Rp1.000" in text
        assert "Saksi log audit: #" in text
        pytest.importorskip("sekretariat.services.cash.documents")
        await pilot.press("p")
        await settle(pilot)
    exports = list((Path(db_path).parent / "exports").glob("*.pdf"))
    assert len(exports) == 1


async def test_home_says_whether_yesterday_is_closed_and_the_last_backup(app_for, sessions):
    treasurer = sessions["bendahara"]
    _income(treasurer, dt.date(2026, 11, 22), 100_000)
    app = app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        await login(pilot, "bendahara")
        text = screen_text(app)
        assert "Kemarin (22 Nov 2026) belum ditutup · 1 hari dengan transaksi kas masih " \
               "terbuka (sejak 22 Nov 2026)" in text
        assert "Belum ada cadangan database." in text
        done = closing.close_and_back_up(treasurer, dt.date(2026, 11, 22),
                                         {("note", 100_000): 1})
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        text = screen_text(app)
        assert "Kemarin sudah ditutup" in text and "Cadangan terakhir: 23 Nov 2026 09:30" in text
        Path(done.backup_path).unlink()
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert "TIDAK ADA LAGI" in screen_text(app)
        await pilot.press("l")
        await settle(pilot)
        await login(pilot, "sekretaris")  # no cash role: no cash line
        assert "Cadangan" not in screen_text(app) and "Kemarin" not in screen_text(app)


async def test_the_close_fits_80_by_24(app_for, sessions):
    _income(sessions["bendahara"], TODAY, 300_000)
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_close(pilot)
        assert app.focused is app.screen.query_one("#count-note-100000", Input)
        await pilot.press("3", "enter")
        await settle(pilot)
        assert app.focused is app.screen.query_one("#count-note-50000", Input)
        await pilot.press("ctrl+s", "ctrl+s")
        await settle(pilot)
        await _no_print(pilot)
        assert days.lock_date() == TODAY
        keys = {b.binding.key for b in app.screen.active_bindings.values() if b.binding.show}
        assert {"f2", "ctrl+s", "p", "ctrl+o"} <= keys
