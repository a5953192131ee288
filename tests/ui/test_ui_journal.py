"""The journal section: trial balance, entries, posting through the form,
refusals that keep what was typed, reversing."""

from __future__ import annotations

import datetime as dt

from textual.widgets import DataTable, Input, Select, Static
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat.services.core import days, journal
from sekretariat.services.core.journal import LineInput
from sekretariat.views.core.entry_form import EntryFormScreen, LineRow
from sekretariat.views.core.journal import JournalScreen


def _post(session, amount=150_000, memo="Sewa kios A-01", day=dt.date(2026, 11, 20)):
    return journal.post_entry(session, day, memo, [LineInput("1-100", debit=amount),
                                                   LineInput("4-100", credit=amount)])


async def _open_journal(pilot, username="ketua"):
    await login(pilot, username)
    await pilot.press("1", "enter")  # 1 (10 and 11 start with 1 too)
    await settle(pilot)
    assert isinstance(pilot.app.screen, JournalScreen)


async def _fill_line(pilot, number: int, account: str, debit: str = "", credit: str = "",
                     *, keys: bool = False):
    row = pilot.app.screen.query(LineRow)[number - 1]
    row.query_one(".line-account", Select).value = account
    for selector, text in ((".line-debit", debit), (".line-credit", credit)):
        if text:
            field = row.query_one(selector, Input)
            field.focus()
            if keys:
                await pilot.press(*text)
            else:
                field.value = text
    await pilot.pause()


async def test_trial_balance_shows_totals_and_balance(app_for, chair):
    _post(chair, 1_250_000)
    _post(chair, 500_000, day=dt.date(2026, 11, 23))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open_journal(pilot)
        table = app.screen.query_one("#tb-table", DataTable)
        cash = [str(c) for c in table.get_row("1-100")]
        assert cash[2:] == ["Rp1.750.000", "Rp0", "Rp1.750.000"]
        total = [str(c) for c in table.get_row("__total__")]
        assert total[1:] == ["Jumlah", "Rp1.750.000", "Rp1.750.000", "Rp0"]
        assert "✓ Seimbang per 23 Nov 2026" in screen_text(app)
        # as of an earlier date: only the first entry counts
        await type_into(pilot, "#as_of", "21/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert [str(c) for c in table.get_row("1-100")][2] == "Rp1.250.000"
        assert "✓ Seimbang per 21 Nov 2026" in screen_text(app)
        # a date that cannot be read is explained next to the field
        await type_into(pilot, "#as_of", "31/02/2026", keys=True)
        error = app.screen.query_one("#error-as_of", Static)
        assert "bukan tanggal yang sah" in str(error.visual)


async def test_entries_newest_first_page_by_page_and_detail(app_for, chair):
    for n in range(1, 131):
        _post(chair, 1_000 * n, memo=f"Iuran harian {n}", day=dt.date(2026, 1, 1) + dt.timedelta(n))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open_journal(pilot)
        await pilot.press("j")
        await settle(pilot)
        table = app.screen.query_one("#entries-table", DataTable)
        assert table.row_count == 100
        assert "Iuran harian 130" in str(table.get_row_at(0)[2])
        assert footer_keys(app)["m"][1] is True  # more to load
        await pilot.press("end")  # to the last row: the next page comes
        await settle(pilot)
        assert table.row_count == 130
        assert "Iuran harian 1" == str(table.get_row_at(129)[2])
        assert footer_keys(app)["m"][1] is False
        await pilot.press("home", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "EntryDetailDialog"
        text = screen_text(app)
        assert "JU/2026/00130" in text and "Rp130.000" in text and "Pendapatan Sewa" in text
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)


async def test_post_a_manual_entry_through_the_form(app_for, chair):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open_journal(pilot, "ketua")
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, EntryFormScreen)
        await type_into(pilot, "#memo", "Setoran kas ke bank")
        await _fill_line(pilot, 1, "1-110", debit="1.250.000", keys=True)
        await _fill_line(pilot, 2, "1-100", credit="1250000")
        totals = str(app.screen.query_one("#entry-totals", Static).visual)
        assert totals == "Debit Rp1.250.000 · Kredit Rp1.250.000 · Seimbang ✓"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
    page = journal.list_entries(chair)
    assert len(page.rows) == 1
    entry = journal.get_entry(chair, page.rows[0].id)
    assert entry.memo == "Setoran kas ke bank" and entry.entry_date == dt.date(2026, 11, 23)
    assert [(line.account_code, line.debit, line.credit) for line in entry.lines] == \
        [("1-110", 1_250_000, 0), ("1-100", 0, 1_250_000)]
    assert entry.created_by == "ketua"


async def test_lines_can_be_added_and_removed(app_for, chair):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open_journal(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert footer_keys(app)["ctrl+r"][1] is False  # two lines is the minimum
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert len(app.screen.query(LineRow)) == 3
        assert app.focused is app.screen.query(LineRow)[2].query_one(Select)
        await type_into(pilot, "#memo", "Bayar kebersihan dan keamanan")
        await _fill_line(pilot, 1, "5-300", debit="350 rb")
        await _fill_line(pilot, 2, "5-400", debit="150.000")
        await _fill_line(pilot, 3, "1-100", credit="500.000")
        await pilot.press("ctrl+n")  # a fourth, then take it away again
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert [row.number for row in app.screen.query(LineRow)] == [1, 2, 3]
        await pilot.press("escape")  # typed something: asks first
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmDialog"
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, EntryFormScreen)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
    entry = journal.get_entry(chair, journal.list_entries(chair).rows[0].id)
    assert [(l.account_code, l.debit, l.credit) for l in entry.lines] == \
        [("5-300", 350_000, 0), ("5-400", 150_000, 0), ("1-100", 0, 500_000)]


async def test_amounts_are_checked_as_you_type(app_for, chair):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open_journal(pilot)
        await pilot.press("n")
        await settle(pilot)
        await _fill_line(pilot, 1, "1-100", debit="12,5", keys=True)
        row = app.screen.query(LineRow)[0]
        error = row.query_one(".line-error", Static)
        assert error.display and "sen" in str(error.visual)  # rupiah has no cents
        assert row.query_one(".line-debit", Input).has_class("-invalid")
        await pilot.press("backspace", "backspace")  # "12" is fine
        await pilot.pause()
        assert not error.display
        assert "Selisih Rp12" in str(app.screen.query_one("#entry-totals", Static).visual)


async def test_unbalanced_entry_is_refused_and_keeps_what_was_typed(app_for, chair):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open_journal(pilot, "ketua")
        await pilot.press("n")
        await settle(pilot)
        await type_into(pilot, "#memo", "Bayar listrik")
        await _fill_line(pilot, 1, "5-200", debit="300.000")
        await _fill_line(pilot, 2, "1-100", credit="250.000")
        assert "Selisih Rp50.000" in str(app.screen.query_one("#entry-totals", Static).visual)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, EntryFormScreen)  # still here
        message = str(app.screen.query_one("#error-lines", Static).visual)
        assert message == "Jurnal tidak seimbang: debit Rp300.000, kredit Rp250.000."
        assert app.screen.query_one("#memo", Input).value == "Bayar listrik"
        rows = app.screen.query(LineRow)
        assert rows[0].debit_text == "300.000" and rows[1].credit_text == "250.000"
        assert rows[0].account == "5-200"
        # a missing description is shown next to its field, too
        await type_into(pilot, "#memo", "")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert str(app.screen.query_one("#error-memo", Static).visual) == \
            "Keterangan jurnal belum diisi."
    assert journal.list_entries(chair).rows == ()


async def test_entry_on_a_closed_day_is_refused_at_the_date(app_for, chair):
    days.close_day(chair, dt.date(2026, 11, 20))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open_journal(pilot)
        await pilot.press("n")
        await settle(pilot)
        await type_into(pilot, "#entry_date", "20/11/2026")
        await type_into(pilot, "#memo", "Iuran harian terlambat")
        await _fill_line(pilot, 1, "1-100", debit="50 rb")
        await _fill_line(pilot, 2, "4-110", credit="50.000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, EntryFormScreen)
        assert str(app.screen.query_one("#error-entry_date", Static).visual).startswith(
            "Tanggal 20 Nov 2026 sudah ditutup")
        assert app.focused.id == "entry_date"
    assert journal.list_entries(chair).rows == ()


async def test_reverse_an_entry_with_a_reason(app_for, sessions):
    chair = sessions["ketua"]
    original = _post(chair, 75_000, memo="Iuran salah catat")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open_journal(pilot, "bendahara")
        await pilot.press("j")
        await settle(pilot)
        assert footer_keys(app)["r"] == ("Balik jurnal", True)
        await pilot.press("r")
        await settle(pilot)
        assert type(app.screen).__name__ == "ReverseEntryDialog"
        await pilot.press("enter")  # no reason yet
        await settle(pilot)
        assert str(app.screen.query_one("#error-reason", Static).visual) == \
            "Tuliskan alasan pembalikan."
        await type_into(pilot, "#reason", "akun pendapatan keliru")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
        table = app.screen.query_one("#entries-table", DataTable)
        assert table.row_count == 2
        assert "pembalik" in str(table.get_row_at(0)[5])
        assert "sudah dibalik" in str(table.get_row_at(1)[5])
        # the original cannot be reversed twice: the key is greyed
        await pilot.press("down")
        await pilot.pause()
        assert footer_keys(app)["r"] == ("Balik jurnal", False)
    reversed_entry = journal.get_entry(chair, original.id)
    assert reversed_entry.reversed_by_id is not None
    reversal = journal.get_entry(chair, reversed_entry.reversed_by_id)
    assert reversal.memo == "Pembalikan JU/2026/00001: akun pendapatan keliru"
    assert reversal.created_by == "bendahara"


async def test_read_only_role_sees_journal_but_cannot_post_or_reverse(app_for, sessions):
    _post(sessions["ketua"])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await _open_journal(pilot, "pembaca")
        await pilot.press("j")
        await settle(pilot)
        keys = footer_keys(app)
        assert keys["n"] == ("Jurnal baru", False) and keys["r"] == ("Balik jurnal", False)
        await pilot.press("n", "r")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
