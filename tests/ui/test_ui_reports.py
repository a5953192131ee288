"""Laporan (issue 12 item 6): choose a report and its period, make it in a
worker with progress, be told where the file went; an existing file is
replaced only when the user says so; refusals show under the form; the
financial statements show on screen; roles without reports.view see none
of it."""

from __future__ import annotations

import datetime as dt
import threading

from textual.widgets import Button, OptionList, ProgressBar
from uihelp import SIZE, login, screen_text, settle, type_into

from sekretariat.services.core import journal
from sekretariat.services.core.journal import LineInput
from sekretariat.views.core.confirm import ConfirmDialog
from sekretariat.views.core.home import HomeScreen
from sekretariat.views.reports.reports import ReportsScreen
from sekretariat.views.reports.statements import StatementsScreen
from sekretariat.views.sections import section_number

LEDGERS = "pembukuan-2026-sementara.xlsx"


def _post(chair) -> None:
    """A little of 2026's books (the year is not closed: provisional)."""
    for day, memo, debit, credit, amount in (
            (dt.date(2026, 11, 2), "Setoran modal awal", "1-110", "3-100", 25_000_000),
            (dt.date(2026, 11, 3), "Sewa kios A-01 November", "1-100", "4-100", 1_250_000),
            (dt.date(2026, 11, 20), "Bayar listrik pasar", "5-200", "1-100", 730_500),
            (dt.date(2026, 11, 23), "Setoran karcis parkir", "1-100", "4-200", 412_000)):
        journal.post_entry(chair, day, memo, [LineInput(debit, debit=amount),
                                              LineInput(credit, credit=amount)])


async def _open_reports(pilot, username: str = "ketua") -> ReportsScreen:
    await login(pilot, username)
    assert section_number("reports") == 15
    await pilot.press("1", "5")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReportsScreen)
    return screen


def _text(app, selector: str) -> str:
    return str(app.screen.query_one(selector).visual)


def _rendered(renderable) -> str:
    from rich.console import Console

    console = Console(width=120, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(renderable)
    return console.export_text()


async def test_the_years_ledgers_go_to_exports_and_the_screen_says_where(app_for, chair,
                                                                        db_path):
    _post(chair)
    target = db_path.parent / "exports" / LEDGERS
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_reports(pilot)
        options = screen.query_one("#reports", OptionList)
        assert options.get_option_at_index(options.highlighted).id == "ledgers"
        # the current year by default, said to be provisional before anything is made
        assert screen.query_one("#year").value == "2026"
        assert "Tahun 2026 · SEMENTARA" in _text(app, "#period-status")
        assert not target.exists()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert target.exists() and target.read_bytes()[:2] == b"PK"
        shown = _text(app, "#result")
        assert f"Tersimpan di {target}" in shown
        assert f"Folder: {target.parent}" in shown
        assert "SEMENTARA" in shown
        assert not screen.query_one("#progress", ProgressBar).display
        assert not screen.query_one("#build", Button).disabled
        # the result is on screen at 80x24
        await pilot.pause()
        result = screen.query_one("#result")
        assert result.region.height and result.region.bottom <= 23, result.region


async def test_an_existing_file_is_replaced_only_when_the_user_says_yes(app_for, chair,
                                                                       db_path):
    _post(chair)
    target = db_path.parent / "exports" / LEDGERS
    target.parent.mkdir()
    target.write_bytes(b"the auditor's copy")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_reports(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert "Ganti file yang ada?" in screen_text(app)
        assert str(target) in screen_text(app)
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is screen
        assert target.read_bytes() == b"the auditor's copy"
        assert "Tidak ada yang ditulis" in _text(app, "#result")
        assert sorted(p.name for p in target.parent.iterdir()) == [LEDGERS]  # no leftovers
        # asked again, and this time: yes
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        assert app.screen is screen
        assert target.read_bytes()[:2] == b"PK"
        assert f"Tersimpan di {target}" in _text(app, "#result")


async def test_refusals_show_under_the_form_and_write_nothing(app_for, chair, db_path,
                                                             tmp_path):
    _post(chair)
    exports = db_path.parent / "exports"
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_reports(pilot)
        # a future year: said as it is typed, and again on ctrl+s
        await type_into(pilot, "#year", "2027")
        await settle(pilot)
        future = "Periode itu belum dimulai: laporan hanya untuk hari yang sudah lewat."
        assert _text(app, "#error-year") == future
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert _text(app, "#error-year") == future
        assert app.focused.id == "year"
        # a year with no books
        await type_into(pilot, "#year", "2025")
        await settle(pilot)
        assert "Tidak ada pembukuan dalam Tahun 2025." in _text(app, "#period-status")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert _text(app, "#error-period") == "Tidak ada pembukuan dalam Tahun 2025."
        # an output folder that cannot be made
        blocker = tmp_path / "not-a-folder.txt"
        blocker.write_text("x")
        await type_into(pilot, "#year", "2026")
        await type_into(pilot, "#folder", str(blocker / "laporan"))
        await pilot.press("ctrl+s")
        await settle(pilot)
        error = _text(app, "#error-folder")
        assert error.startswith(f"Tidak bisa menulis ke folder {blocker / 'laporan'}"), error
        assert "Traceback" not in screen_text(app)
        assert app.screen is screen
    assert not exports.exists() or not any(exports.iterdir())


async def test_a_pdf_report_builds_in_a_worker_and_esc_stops_only_the_waiting(
        app_for, chair, db_path, monkeypatch):
    """make_report monkeypatched: it waits until the test lets it finish, so
    the progress, the greyed key and leaving the screen can be seen."""
    from sekretariat.services.reports import annual

    _post(chair)
    asked, release = [], threading.Event()
    target = db_path.parent / "exports" / "laporan-tahunan-2026-sementara.pdf"

    def fake(session, period, kind="annual", *, to_dir=None, replace=False, progress=None):
        asked.append((period.kind, period.year, kind, to_dir, replace))
        progress(1, 3, "Mengumpulkan angka")
        assert release.wait(10)
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(b"%PDF-fake")
        progress(3, 3, "Selesai")
        return annual.ReportFile(target, period, True, "abcd-1234")

    monkeypatch.setattr(annual, "make_report", fake)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_reports(pilot)
        await pilot.press("down")          # Laporan tahunan (PDF)
        await settle(pilot)
        assert screen.query_one("#period_kind").disabled   # always a year
        await pilot.press("enter")         # Enter on the list makes it
        for _ in range(50):
            await pilot.pause(0.02)
            if "Mengumpulkan angka" in _text(app, "#build-status"):
                break
        assert asked == [("year", 2026, "annual", None, False)]
        assert screen.query_one("#progress", ProgressBar).display
        assert screen.query_one("#build", Button).disabled
        assert screen.active_bindings["ctrl+s"].enabled is False
        await pilot.press("escape")        # stop waiting: back home, the write goes on
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        release.set()
        for _ in range(100):
            await pilot.pause(0.02)
            if target.exists() and any("Laporan selesai" == n.title
                                       for n in app._notifications):
                break
        assert target.read_bytes() == b"%PDF-fake"
        notices = [n for n in app._notifications if n.title == "Laporan selesai"]
        assert notices and str(target) in notices[0].message


async def test_the_monthly_report_takes_a_month(app_for, chair, monkeypatch):
    from sekretariat.services.reports import annual

    _post(chair)
    asked = []

    def fake(session, period, kind="annual", *, to_dir=None, replace=False, progress=None):
        asked.append((period.kind, period.start, kind))
        return annual.ReportFile(period_path(to_dir), period, False, "x")

    def period_path(to_dir):
        from pathlib import Path

        return Path(to_dir or "/nowhere") / "laporan-bulanan.pdf"

    monkeypatch.setattr(annual, "make_report", fake)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_reports(pilot)
        await pilot.press("down", "down")  # Laporan bulanan (PDF)
        await settle(pilot)
        assert screen.query_one("#period_kind").value == "month"
        assert screen.query_one("#month").value == 11
        assert "November 2026 · SEMENTARA" in _text(app, "#period-status")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert asked == [("month", dt.date(2026, 11, 1), "monthly")]
        assert "laporan-bulanan.pdf" in _text(app, "#result")


async def test_the_financial_statements_show_on_screen(app_for, chair):
    _post(chair)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_reports(pilot)
        await pilot.press("down", "down", "down")  # Laporan keuangan (layar)
        await settle(pilot)
        assert str(screen.query_one("#build", Button).label) == "Tampilkan"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, StatementsScreen)
        position = _rendered(app.screen.query_one("#part-position").content)
        assert "Laporan Posisi Keuangan" in position
        assert "Rp25.931.500" in position   # bank 25.000.000 + cash 931.500
        income = _rendered(app.screen.query_one("#part-income").content)
        assert "Rp1.662.000" in income and "Rp931.500" in income   # income; surplus
        assert "SEMENTARA" in screen_text(app)
        await pilot.press("4")
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen


async def test_roles_without_reports_view_see_no_reports(app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "parkir")
        options = app.screen.query_one("#sections", OptionList)
        shown = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert "reports" not in shown
        names = [c.name for c in app.palette_commands()]
        assert not {"Laporan tahunan (PDF)", "Buku besar Excel", "Laporan keuangan",
                    "Laporan bulanan (PDF)", "Buka: Laporan"} & set(names)
        app.open_section("reports")      # refused, whoever asks
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("l")
        await settle(pilot)
        # the chair gets every report command; the secretary only the statements
        await login(pilot, "ketua")
        names = [c.name for c in app.palette_commands()]
        for name in ("Laporan tahunan (PDF)", "Buku besar Excel", "Laporan keuangan",
                     "Laporan bulanan (PDF)"):
            assert name in names
        await pilot.press("l")
        await settle(pilot)
        await login(pilot, "sekretaris")
        names = [c.name for c in app.palette_commands()]
        assert "Laporan keuangan" in names and "Buku besar Excel" not in names
        screen = await _open_reports_from_home(pilot)
        options = screen.query_one("#reports", OptionList)
        assert options.get_option("ledgers").disabled and options.get_option("annual").disabled
        assert options.get_option_at_index(options.highlighted).id == "statements"


async def _open_reports_from_home(pilot) -> ReportsScreen:
    await pilot.press("1", "5")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ReportsScreen)
    return pilot.app.screen


async def test_the_palette_opens_the_report_chosen(app_for, chair):
    _post(chair)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        command = next(c for c in app.palette_commands() if c.name == "Laporan tahunan (PDF)")
        command.run()
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReportsScreen)
        options = screen.query_one("#reports", OptionList)
        assert options.get_option_at_index(options.highlighted).id == "annual"
        assert app.focused.id == "year"
