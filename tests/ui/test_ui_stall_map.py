"""The stall map drawn by one widget (keys, mouse, scrolling, the palette's
jump to a stall) and the as-of date on the stall map and the arrears list."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Input
from uihelp import SIZE, footer_keys, login, nik, screen_text, settle, type_into

from sekretariat.services.leasing import leases, stall_rates, stalls, traders


def drawn_cells(screen) -> dict[str, str]:
    """What the stall grid shows: stall code -> the status whose colour the
    code is drawn in, read from the lines the grid renders (visible rows,
    in drawing order)."""
    from sekretariat.views.leasing.stall_grid import MAP_STATUSES, StallGrid

    grid = screen.query_one("#stall-grid", StallGrid)
    colours = {grid.get_component_rich_style(f"stall-grid--{status}").bgcolor: status
               for status in MAP_STATUSES}
    assert len(colours) == len(MAP_STATUSES), "two statuses share a colour"
    found: dict[str, str] = {}
    for y in range(grid.scrollable_content_region.height):
        for segment in grid.render_line(y):
            code = segment.text.strip().strip("›‹")
            if code:
                found[code] = colours[segment.style.bgcolor]
    return found


def cursor_code(screen) -> str | None:
    """The code drawn with the cursor's marks (›A-01‹), if on screen."""
    from sekretariat.views.leasing.stall_grid import StallGrid

    grid = screen.query_one("#stall-grid", StallGrid)
    for y in range(grid.scrollable_content_region.height):
        for segment in grid.render_line(y):
            if "›" in segment.text:
                return segment.text.strip().strip("›‹")
    return None


@pytest.fixture
def big_block(chair):
    """Block A with 2 stalls, block C with 620 stalls (more than a page of
    the service and than a screen), C-0007 leased to Siti."""
    block_a = stalls.create_block(chair, "A", "Blok A")
    stalls.create_stall(chair, "A-01", "A", "kios", "6")
    a_02 = stalls.create_stall(chair, "A-02", "A", "kios", "6")
    block = stalls.create_block(chair, "C", "Blok C")
    stall_rates.set_tariff(chair, "los", 150_000, dt.date(2026, 1, 1))
    ids = [stalls.create_stall(chair, f"C-{i:04d}", block.id, "los", "4").id
           for i in range(1, 621)]
    siti = traders.create_trader(chair, "Siti Aminah", nik(1, female=True))
    leases.create_lease(chair, siti.id, ids[6], dt.date(2026, 9, 1), dt.date(2027, 8, 31))
    return {"block": block.id, "stalls": ids, "block_a": block_a.id, "a_02": a_02.id}


async def _open(pilot, section: str) -> None:
    pilot.app.open_section(section)
    await settle(pilot)
    await settle(pilot)


def _summary(app) -> str:
    return str(app.screen.query_one("#stall-summary").visual)


def _detail(app) -> str:
    return str(app.screen.query_one("#stall-detail-text").visual)


# --- one widget, keys, mouse ------------------------------------------------------------

async def test_the_grid_is_one_widget_and_moves_with_arrows_home_end_and_pages(app_for,
                                                                                big_block):
    from sekretariat.views.leasing.stall_map import StallMapScreen
    from sekretariat.views.leasing.stall_grid import StallGrid

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await _open(pilot, "stalls")
        screen = app.screen
        assert isinstance(screen, StallMapScreen)
        assert list(drawn_cells(screen)) == ["A-01", "A-02"]
        await pilot.press("right_square_bracket")  # to block C
        await settle(pilot)
        grid = screen.query_one("#stall-grid", StallGrid)
        assert app.focused is grid
        assert len(grid.stalls) == 620 and not grid.children  # no widget per stall
        assert "Blok C: 1 dari 620 lapak disewa (0%), 0 menunggak, 619 kosong" in _summary(app)
        columns, rows = grid.columns, grid.visible_rows
        assert columns > 1 and rows * columns < 620  # the block is bigger than the screen
        shown = drawn_cells(screen)
        assert list(shown)[:2] == ["C-0001", "C-0002"] and len(shown) == rows * columns
        assert shown["C-0007"] == "disewa" and shown["C-0001"] == "kosong"
        assert screen.current.code == "C-0001" and cursor_code(screen) == "C-0001"

        await pilot.press("right", "down")
        assert screen.current.code == f"C-{2 + columns:04d}"
        await pilot.press("up", "left", "left", "up")  # nothing before the first stall
        assert screen.current.code == "C-0001"
        await pilot.press("left")
        assert screen.current.code == "C-0001"
        for _ in range(columns):
            await pilot.press("right")  # right runs on into the next row
        assert screen.current.code == f"C-{columns + 1:04d}"

        await pilot.press("end")
        assert screen.current.code == "C-0620"
        assert grid.scroll_y > 0
        shown = drawn_cells(screen)
        assert "C-0620" in shown and "C-0001" not in shown  # scrolled to the end
        assert cursor_code(screen) == "C-0620"
        assert "Lapak C-0620" in _detail(app)
        await pilot.press("home")
        assert screen.current.code == "C-0001" and grid.scroll_y == 0
        await pilot.press("pagedown")
        step = (rows - 1) * columns
        assert grid.cursor == step
        assert cursor_code(screen) == f"C-{step + 1:04d}"  # visible after the page
        await pilot.press("pageup")
        assert grid.cursor == 0
        await pilot.press("end", "down")  # nothing below the last stall
        assert grid.cursor == 619
        await pilot.press("left_square_bracket")  # back to block A
        await settle(pilot)
        assert list(drawn_cells(screen)) == ["A-01", "A-02"]
        assert screen.current.code == "A-01"


async def test_a_click_selects_the_stall_and_shows_its_lease(app_for, market_data, sessions):
    from sekretariat.views.leasing.stall_grid import StallGrid

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        await _open(pilot, "stalls")
        screen = app.screen
        grid = screen.query_one("#stall-grid", StallGrid)
        assert screen.current.code == "A-01"
        # A-03 is the third cell of the first row: after the padding, two cells and gaps
        left, top = grid.styles.padding.left, grid.styles.padding.top
        cell = grid.cell_width
        assert await pilot.click("#stall-grid", offset=(left + 2 * (cell + grid.GAP) + 2, top))
        await settle(pilot)
        assert screen.current.code == "A-03"
        assert cursor_code(screen) == "A-03"
        assert "Tidak ada sewa yang berlaku" in _detail(app)
        assert screen.query_one("#stall-detail").has_class("-opened")
        assert await pilot.click("#stall-grid", offset=(left + 2, top))  # A-01, leased
        await settle(pilot)
        assert screen.current.code == "A-01"
        detail = _detail(app)
        assert "Siti Aminah" in detail and "Sewa per bulan: Rp300.000" in detail
        # a click on a gap between cells changes nothing
        assert await pilot.click("#stall-grid", offset=(left + cell, top))
        await settle(pilot)
        assert screen.current.code == "A-01"


async def test_enter_opens_and_t_opens_the_trader(app_for, market_data, sessions):
    from sekretariat.views.leasing.traders import TraderDetailScreen

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "sekretaris")
        await _open(pilot, "stalls")
        screen = app.screen
        assert "Enter: rincian sewa" in _detail(app)
        await pilot.press("enter")
        await settle(pilot)
        assert "Uang jaminan" in _detail(app) and "081234567890" in _detail(app)
        await pilot.press("right")  # moving closes the details of the previous stall
        assert "Budi" not in _detail(app) and "Enter: rincian sewa" in _detail(app)
        await pilot.press("left", "t")
        await settle(pilot)
        assert isinstance(app.screen, TraderDetailScreen)
        assert app.screen.trader_id == market_data["siti"]
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen and screen.current.code == "A-01"


# --- the command palette's jump to a stall ------------------------------------------------

async def test_the_palette_entry_point_opens_a_stall_beyond_the_first_page(app_for, big_block):
    from sekretariat.views.leasing.stall_map import StallMapScreen
    from sekretariat.views.leasing.stall_grid import StallGrid

    wanted = big_block["stalls"][579]  # C-0580: on the service's second page
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await app.push_screen(StallMapScreen(block_id=big_block["block"], stall_id=wanted))
        await settle(pilot)
        await settle(pilot)
        screen = app.screen
        grid = screen.query_one("#stall-grid", StallGrid)
        assert screen.block_id == big_block["block"]
        assert screen.query_one("#block-tabs").active == f"block-{big_block['block']}"
        assert screen.current.code == "C-0580"
        assert cursor_code(screen) == "C-0580"  # scrolled into view
        assert screen.query_one("#stall-detail").has_class("-opened")
        assert "Tidak ada sewa yang berlaku" in _detail(app)
        assert app.focused is grid
        # the same entry point while the map is open: another stall, another block
        screen.show_stall(big_block["block"], big_block["stalls"][6])
        await settle(pilot)
        assert screen.current.code == "C-0007" and "Siti Aminah" in _detail(app)
        screen.show_stall(big_block["block_a"], big_block["a_02"])
        await settle(pilot)
        await settle(pilot)
        assert screen.block_id == big_block["block_a"] and screen.current.code == "A-02"
        assert screen.query_one("#block-tabs").active == f"block-{big_block['block_a']}"


async def test_show_stall_before_the_blocks_are_in(app_for, big_block):
    from sekretariat.views.leasing.stall_map import StallMapScreen

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        screen = StallMapScreen()
        await app.push_screen(screen)
        screen.show_stall(big_block["block"], big_block["stalls"][6])  # at once
        await settle(pilot)
        await settle(pilot)
        assert screen.block_id == big_block["block"]
        assert screen.query_one("#block-tabs").active == f"block-{big_block['block']}"
        assert screen.current.code == "C-0007" and "Siti Aminah" in _detail(app)
        assert list(drawn_cells(screen))[:2] == ["C-0001", "C-0002"]


async def test_a_block_left_while_loading_does_not_show_up_later(app_for, big_block):
    from sekretariat.views.leasing.stall_grid import StallGrid

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await _open(pilot, "stalls")
        screen = app.screen
        await pilot.press("right_square_bracket", "left_square_bracket")  # C, back to A
        await settle(pilot)
        await settle(pilot)
        grid = screen.query_one("#stall-grid", StallGrid)
        assert [stall.code for stall in grid.stalls] == ["A-01", "A-02"]
        assert list(drawn_cells(screen)) == ["A-01", "A-02"]
        assert _summary(app).startswith("Blok A: 0 dari 2 lapak disewa")
        await pilot.press("right_square_bracket")  # C comes in pages: all of it
        await settle(pilot)
        assert len(grid.stalls) == 620 and grid.stalls[-1].code == "C-0620"
        assert len({stall.id for stall in grid.stalls}) == 620


# --- the as-of date: stall map --------------------------------------------------------------

async def test_the_stall_map_as_of_another_date(app_for, market_data, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "staf")
        await _open(pilot, "stalls")
        screen = app.screen
        field = screen.query_one("#as_of", Input)
        assert field.value == "23/11/2026"  # today
        assert "Blok A: 1 dari 5 lapak disewa (20%), 1 menunggak, 3 kosong — per 23 Nov 2026" \
            in _summary(app)
        assert drawn_cells(screen)["A-02"] == "kosong"
        await pilot.press("right")  # the cursor on A-02
        assert footer_keys(app)["d"] == ("Tanggal", True)
        await pilot.press("d")
        assert app.focused is field
        await type_into(pilot, "#as_of", "1/12/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.as_of == dt.date(2026, 12, 1)
        assert field.value == "01/12/2026"
        assert app.focused.id == "stall-grid"
        cells = drawn_cells(screen)
        assert cells["A-02"] == "disewa" and cells["A-01"] == "menunggak"
        assert "2 dari 5 lapak disewa (40%), 1 menunggak, 2 kosong — per 1 Des 2026" \
            in _summary(app)
        assert screen.current.code == "A-02"  # the cursor stayed on its stall
        assert "Budi Santoso" in _detail(app)
        # before any lease
        await type_into(pilot, "#as_of", "2026-08-31")
        await pilot.press("enter")
        await settle(pilot)
        cells = drawn_cells(screen)
        assert cells["A-01"] == "kosong" and cells["A-02"] == "kosong"
        assert "0 dari 5 lapak disewa (0%)" in _summary(app)
        # F5 reloads on the date chosen, not today
        await pilot.press("f5")
        await settle(pilot)
        assert "per 31 Agu 2026" in _summary(app)
        # the next block keeps the date
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert "Blok B" in _summary(app) and "per 31 Agu 2026" in _summary(app)


async def test_an_invalid_as_of_date_is_explained_and_changes_nothing(app_for, market_data,
                                                                     sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "staf")
        await _open(pilot, "stalls")
        screen = app.screen
        before = (drawn_cells(screen), _summary(app), screen.as_of)
        await pilot.press("d")
        await type_into(pilot, "#as_of", "31/02/2026", keys=True)
        error = screen.query_one("#error-as_of")
        assert "'31/02/2026' bukan tanggal yang sah" in error.text_shown  # as you type
        await pilot.press("enter")
        await settle(pilot)
        assert "'31/02/2026' bukan tanggal yang sah" in error.text_shown
        assert app.focused.id == "as_of"  # the typing is kept for correcting
        assert screen.query_one("#as_of", Input).value == "31/02/2026"
        assert (drawn_cells(screen), _summary(app), screen.as_of) == before
        await type_into(pilot, "#as_of", "", keys=False)
        await pilot.press("enter")
        await settle(pilot)
        assert "Tanggal belum diisi" in error.text_shown
        assert (drawn_cells(screen), _summary(app), screen.as_of) == before
        await pilot.press("escape")  # back to the map, the screen stays
        assert app.focused.id == "stall-grid"
        await type_into(pilot, "#as_of", "23/11/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert not error.text_shown


async def test_an_invalid_date_in_english(app_for, market_data, sessions):
    app = app_for(language="en")
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "staf")
        await _open(pilot, "stalls")
        assert "Block A: 1 of 5 stalls leased (20%)" in _summary(app)
        for legend in ("Vacant", "Leased", "In arrears", "Blocked", "Under repair"):
            assert legend in screen_text(app)
        await type_into(pilot, "#as_of", "2026-13-01")
        await pilot.press("enter")
        await settle(pilot)
        assert "'2026-13-01' is not a valid date" in app.screen.query_one(
            "#error-as_of").text_shown
        await pilot.press("f1")
        await settle(pilot)
        assert "as of the date chosen" in screen_text(app)


# --- the as-of date: arrears ------------------------------------------------------------

async def test_arrears_as_of_another_date(app_for, market_data, chair, sessions):
    from sekretariat.money import format_rupiah
    from sekretariat.services.leasing import statements
    from sekretariat.views.leasing.arrears import ArrearsScreen

    october = statements.list_arrears(chair, dt.date(2026, 10, 20))
    today = statements.list_arrears(chair)
    assert october.totals.overdue < today.totals.overdue  # fewer months overdue then
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await _open(pilot, "arrears")
        screen = app.screen
        assert isinstance(screen, ArrearsScreen)
        field = screen.query_one("#as_of", Input)
        assert field.value == "23/11/2026"
        table = screen.query_one("#arrears-table")
        row = str(market_data["siti"])
        assert str(table.get_row(row)[statements.ARREARS_COLUMNS.index("overdue")]) == format_rupiah(today.totals.overdue)
        assert "pasar per 23 Nov 2026" in screen_text(app)
        assert footer_keys(app)["d"] == ("Tanggal", True)
        await pilot.press("d")
        assert app.focused is field
        await type_into(pilot, "#as_of", "20/10/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.as_of == dt.date(2026, 10, 20)
        assert app.focused is table
        assert str(table.get_row(row)[statements.ARREARS_COLUMNS.index("overdue")]) == format_rupiah(october.totals.overdue)
        assert "pasar per 20 Okt 2026" in screen_text(app)
        # before anything was due: nobody in arrears
        await type_into(pilot, "#as_of", "31/08/2026")
        await pilot.press("enter")
        await settle(pilot)
        assert table.row_count == 0
        assert "Tidak ada tunggakan." in screen_text(app)
        await pilot.press("f5")  # reloads on the date chosen
        await settle(pilot)
        assert "pasar per 31 Agu 2026" in screen_text(app)


async def test_arrears_invalid_date_is_explained_and_changes_nothing(app_for, market_data,
                                                                     chair, sessions):
    from sekretariat.services.leasing import statements
    from sekretariat.views.leasing.traders import TraderDetailScreen

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "bendahara")
        await _open(pilot, "arrears")
        screen = app.screen
        before = screen_text(app)
        await pilot.press("d")
        await type_into(pilot, "#as_of", "kemarin", keys=True)
        await pilot.press("enter")
        await settle(pilot)
        error = screen.query_one("#error-as_of")
        assert "'kemarin' bukan tanggal yang sah. Contoh: 23/11/2026" in error.text_shown
        assert screen.as_of == dt.date(2026, 11, 23)
        assert screen.query_one("#as_of", Input).value == "kemarin"
        assert screen_text(app).replace(error.text_shown, "") == before
        await pilot.press("escape")  # to the list first, then Enter opens the trader
        assert app.focused.id == "arrears-table"
        assert app.screen is screen
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TraderDetailScreen)
    # reading as of a date writes nothing
    assert statements.list_arrears(chair).totals.overdue == 900_000


# --- a picture ------------------------------------------------------------------------------

def test_stall_map_snapshot(snap_compare, market_data, sessions, db_path):
    """The map of block A with its colours, the legend, the cursor on A-01
    and its lease opened in the side panel."""
    from sekretariat.app import make_app

    async def run_before(pilot) -> None:
        await login(pilot, "sekretaris")
        await _open(pilot, "stalls")
        await pilot.press("enter")
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await settle(pilot)
        await pilot.pause(0.3)  # the block tab's underline has settled

    assert snap_compare(make_app(db_path), terminal_size=SIZE, run_before=run_before)
