"""Stall map, traders (search, detail with statement) and arrears screens."""

from __future__ import annotations

import datetime as dt

from uihelp import SIZE, footer_keys, login, screen_text, settle

from sekretariat.services.core import permissions
from sekretariat.views.core.home import HomeScreen


async def _open(pilot, section: str) -> None:
    pilot.app.open_section(section)
    await settle(pilot)
    await settle(pilot)


# --- stall map -------------------------------------------------------------------------

async def test_stall_map_colours_stalls_by_status_and_opens_the_lease(app_for, market_data,
                                                                     sessions):
    from test_ui_stall_map import drawn_cells

    from sekretariat.views.leasing.stall_map import StallMapScreen

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "staf")
        await _open(pilot, "stalls")
        screen = app.screen
        assert isinstance(screen, StallMapScreen)
        text = screen_text(app)
        cells = drawn_cells(screen)  # code -> the status colour it is drawn in
        assert list(cells) == ["A-01", "A-02", "A-03", "A-04", "A-05"]
        for legend in ("Kosong", "Disewa", "Menunggak", "Diblokir", "Perbaikan"):
            assert legend in text
        assert cells["A-01"] == "menunggak"
        assert cells["A-03"] == "kosong"
        assert cells["A-04"] == "diblokir"
        assert "B-01" not in cells
        assert "Blok A: 1 dari 5 lapak disewa (20%)" in text
        assert "seluruh pasar 1/6 disewa (17%)" in text  # blocks A and B
        assert app.focused.id == "stall-grid"
        await pilot.press("right", "right")
        assert screen.current.code == "A-03"
        assert footer_keys(app)["t"] == ("Pedagang", False)  # vacant: no trader
        await pilot.press("left", "left")
        assert footer_keys(app)["t"] == ("Pedagang", True)
        assert footer_keys(app)["left_square_bracket"] == ("Blok", True)
        await pilot.press("f1")
        await settle(pilot)
        assert "Peta lapak per blok" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        detail = str(screen.query_one("#stall-detail-text").visual)
        assert "Siti Aminah" in detail and "Rp" in detail
        # next block
        await pilot.press("right_square_bracket")
        await settle(pilot)
        await settle(pilot)
        assert list(drawn_cells(screen)) == ["B-01"]


async def test_stall_map_shows_a_leased_stall_without_arrears(app_for, market_data, chair):
    from test_ui_stall_map import drawn_cells

    from sekretariat import clock

    clock.freeze(dt.datetime(2026, 12, 2, 9, 0))
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await _open(pilot, "stalls")
        cells = drawn_cells(app.screen)
        assert cells["A-02"] == "disewa"  # not "menunggak"
        assert cells["A-01"] == "menunggak"
        assert cells["A-03"] == "kosong"


async def test_a_role_without_the_permission_does_not_get_the_section(app_for, sessions,
                                                                     monkeypatch):
    monkeypatch.setitem(permissions.PERMISSIONS, "stalls.view",
                        frozenset(permissions.ROLES) - {"parkir"})
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "parkir")
        assert isinstance(app.screen, HomeScreen)
        assert "stalls" not in app.screen.sections
        await _open(pilot, "stalls")
        assert isinstance(app.screen, HomeScreen)


# --- traders ---------------------------------------------------------------------------

async def test_trader_search_finds_by_stall_code_and_by_name(app_for, market_data, sessions):
    from textual.widgets import DataTable
    from uihelp import type_into

    from sekretariat.views.leasing.traders import TradersScreen

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        await _open(pilot, "traders")
        assert isinstance(app.screen, TradersScreen)
        assert app.focused.id == "trader-search"
        text = screen_text(app)
        assert "Siti Aminah" in text and "Budi Santoso" in text
        await type_into(pilot, "#trader-search", "a-01")
        await settle(pilot)
        table = app.screen.query_one("#traders-table", DataTable)
        rows = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert rows == ["Siti Aminah"]
        assert "Rp900.000" in screen_text(app)  # three months of rent owed
        await type_into(pilot, "#trader-search", "budi", keys=True)
        await settle(pilot)
        rows = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert rows == ["Budi Santoso"]


async def test_trader_detail_statement_closes_at_the_services_balance(app_for, market_data,
                                                                      chair, sessions, db_path):
    from sekretariat import clock
    from sekretariat.services.leasing import payments, statements
    from sekretariat.views.leasing.traders import TraderDetailScreen, statement_range

    payments.take_payment(chair, market_data["siti"], 250_000, "tunai")
    start, end = statement_range(clock.today())
    expected = statements.trader_statement(chair, market_data["siti"], start, end)
    assert expected.closing_balance == 650_000
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await _open(pilot, "traders")
        await pilot.press("enter")  # from the search box to the list
        await pilot.pause()
        await pilot.press("enter")  # Budi Santoso (ordered by name) ...
        await settle(pilot)
        assert isinstance(app.screen, TraderDetailScreen)
        assert app.screen.trader_id == market_data["budi"]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("down", "enter")  # ... then Siti Aminah
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TraderDetailScreen)
        text = screen_text(app)
        assert "Siti Aminah" in text and "A-01" in text
        assert screen.detail.statement.closing_balance == expected.closing_balance
        table = screen.query_one("#statement-table")
        closing = table.get_row("closing")
        assert str(closing[-1]) == "Rp650.000"
        assert table.row_count == len(expected.lines) + 2
        assert "Saldo akhir Rp650.000" in text
        # d: another period — October only: opening = September's rent owed
        from uihelp import type_into

        from sekretariat.views.leasing.statement_period import StatementPeriodDialog

        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, StatementPeriodDialog)
        await type_into(pilot, "#date_from", "01/10/2026")
        await type_into(pilot, "#date_to", "30/09/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert "tanggal" in app.screen.query_one("#error-date_to").text_shown.lower()
        await type_into(pilot, "#date_to", "31/10/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        october = statements.trader_statement(chair, market_data["siti"], dt.date(2026, 10, 1),
                                              dt.date(2026, 10, 31))
        assert "Rekening koran 1 Okt 2026 – 31 Okt 2026" in screen_text(app)
        assert str(table.get_row("opening")[-1]) == "Rp300.000" == format_overdue(
            october.opening_balance)
        assert table.row_count == len(october.lines) + 2
        # ctrl+a: the whole history — from September's rent (Siti "joined" only
        # today in this data) to today; the period is kept on F5
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("ctrl+a")
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        whole = screen.detail.statement
        assert (whole.date_from, whole.date_to) == (dt.date(2026, 9, 1), clock.today())
        assert whole.opening_balance == 0 and whole.closing_balance == 650_000
        # r: that statement on paper
        await pilot.press("r")
        await settle(pilot)
        await settle(pilot)
        pdf = db_path.parent / "exports" / f"RK-T{market_data['siti']:05d}-2026-11-23.pdf"
        assert pdf.read_bytes().startswith(b"%PDF")


# --- arrears ---------------------------------------------------------------------------

async def test_arrears_list_shows_the_trader_with_the_overdue_amount(app_for, market_data,
                                                                     chair, sessions):
    from sekretariat.services.leasing import statements
    from sekretariat.views.leasing.arrears import ArrearsScreen
    from sekretariat.views.leasing.traders import TraderDetailScreen

    page = statements.list_arrears(chair)
    assert [r.trader_name for r in page.rows] == ["Siti Aminah"]
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "pembaca")
        await _open(pilot, "arrears")
        assert isinstance(app.screen, ArrearsScreen)
        text = screen_text(app)
        assert "Siti Aminah" in text and "Budi Santoso" not in text
        assert format_overdue(page.rows[0].overdue) in text
        assert "1 pedagang menunggak" in text
        table = app.screen.query_one("#arrears-table")
        overdue_at = statements.ARREARS_COLUMNS.index("overdue")
        assert str(table.get_row(str(market_data["siti"]))[overdue_at]) == format_overdue(
            page.totals.overdue)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TraderDetailScreen)
        assert "Siti Aminah" in screen_text(app)


async def test_the_treasurer_prints_reminders_from_the_arrears_list(app_for, market_data,
                                                                   sessions, db_path):
    from sekretariat.views.leasing.reminder_letters import ReminderLettersDialog

    exports = db_path.parent / "exports"
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "pembaca")
        await _open(pilot, "arrears")
        assert "t" not in footer_keys(app) and "r" not in footer_keys(app)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await _open(pilot, "arrears")
        assert footer_keys(app)["r"] == ("Teguran semua", True)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReminderLettersDialog)
        assert app.screen.query_one("#min_days").value == "30"
        app.screen.query_one("#min_days").value = ""
        await pilot.press("enter")
        await settle(pilot)
        assert "bilangan bulat" in app.screen.query_one("#error-min_days").text_shown
        app.screen.query_one("#min_days").value = "100"  # Siti: 74 days
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert not isinstance(app.screen, ReminderLettersDialog)
        assert "Tidak ada pedagang yang menunggak selama itu" in notices(app)
        assert not exports.exists()
        await pilot.press("r")
        await settle(pilot)
        dialog = app.screen
        await pilot.press("enter")  # 30 days
        await settle(pilot)
        await settle(pilot)
        letters = sorted(exports.glob("ST-2026-11-23-T*.pdf"))
        assert len(letters) == 1 and "1 surat teguran tersimpan" in notices(app)
        assert dialog.progress.startswith("Menulis surat 1 dari 1")
        letters[0].unlink()
        await pilot.press("t")  # the trader under the cursor
        await settle(pilot)
        await settle(pilot)
        assert letters[0].exists()


def notices(app) -> str:
    return " ".join(str(n.message) for n in app._notifications)


def format_overdue(amount: int) -> str:
    from sekretariat.money import format_rupiah

    return format_rupiah(amount)


# --- the command palette: find trader / stall ---------------------------------------------

async def _palette(pilot, query: str, first: str) -> None:
    """Type ``query`` into the palette; wait until ``first`` heads the list."""
    from textual.command import CommandList, CommandPalette

    await pilot.press("ctrl+p")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*query)
    options = pilot.app.screen.query_one(CommandList)
    for _ in range(40):
        await pilot.pause(0.1)
        if options.option_count and str(options.get_option_at_index(0).prompt).startswith(first):
            return
    raise AssertionError(f"{first!r} not found by the palette")


async def test_palette_finds_a_stall_and_a_trader(app_for, market_data, chair):
    from sekretariat.views.commands import find_traders_and_stalls
    from sekretariat.views.leasing.stall_map import StallMapScreen
    from sekretariat.views.leasing.traders import TraderDetailScreen

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        names = [str(hit.text) for hit in find_traders_and_stalls(app, "a-01")]
        assert names == ["Pedagang: Siti Aminah (A-01)", "Lapak A-01 — Siti Aminah"]
        assert [str(h.text) for h in find_traders_and_stalls(app, "budi")] == [
            "Pedagang: Budi Santoso (-)"]
        await _palette(pilot, "budi", "Pedagang: Budi Santoso")
        await pilot.press("enter")  # the trader found comes first
        await settle(pilot)
        assert isinstance(app.screen, TraderDetailScreen)
        assert app.screen.trader_id == market_data["budi"]
        await pilot.press("escape")
        await settle(pilot)
        hits = find_traders_and_stalls(app, "A-03")
        hits[-1].command()
        await settle(pilot)
        await settle(pilot)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StallMapScreen)
        assert screen.current is not None and screen.current.code == "A-03"
        assert "Tidak ada sewa" in str(screen.query_one("#stall-detail-text").visual)
        # on the map, the palette moves to the stall instead of stacking another map
        depth = len(app.screen_stack)
        find_traders_and_stalls(app, "A-02")[-1].command()
        await settle(pilot)
        await settle(pilot)
        assert app.screen is screen and len(app.screen_stack) == depth
        assert screen.current.code == "A-02"
        # and one trader's page replaces another's
        find_traders_and_stalls(app, "budi")[0].command()
        await settle(pilot)
        find_traders_and_stalls(app, "siti")[0].command()
        await settle(pilot)
        assert isinstance(app.screen, TraderDetailScreen)
        assert app.screen.trader_id == market_data["siti"]
        assert len(app.screen_stack) == depth + 1
