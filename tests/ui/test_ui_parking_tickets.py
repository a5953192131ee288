"""Ticket books from the keyboard: a book issued in the dialog (an
overlapping range refused under the serials, all typed kept); the report
entry then asks for the serials of that type, the first filled in with the
book's next unused ticket, and counts the vehicles from them; the list
shows the used range and the book still out, until it comes back."""

from __future__ import annotations

from parkingui import TODAY, make_lot, rows
from textual.widgets import Input, Select
from uihelp import SIZE, login, screen_text, settle, type_into

from sekretariat.services.parking import tickets
from sekretariat.views.parking.parking import ParkingScreen
from sekretariat.views.parking.report_entry import ReportEntryScreen
from sekretariat.views.parking.tickets import TicketBooksScreen
from sekretariat.views.parking.tickets_issue import IssueBookDialog


async def test_issue_use_in_a_report_and_return_a_book(app_for, chair):
    ids = make_lot(chair, rostered_days=(TODAY,))
    tickets.issue_book(chair, "A", 1, 1000, "motor", ids["Budi"])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await pilot.press("1", "3")
        await settle(pilot)
        assert "buku karcis belum kembali: 1" in screen_text(app)
        await pilot.press("k")
        await settle(pilot)
        assert isinstance(app.screen, TicketBooksScreen)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, IssueBookDialog)
        await type_into(pilot, "#series", "a")
        await type_into(pilot, "#first_serial", "901")
        await type_into(pilot, "#last_serial", "1100")
        app.screen.query_one("#attendant", Select).value = ids["Andi"]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, IssueBookDialog)           # overlaps book A 1-1000
        assert "A" in screen_text(app) and "1-1000" in screen_text(app)
        assert app.screen.query_one("#first_serial", Input).value == "901"
        await type_into(pilot, "#first_serial", "1001")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TicketBooksScreen)
        assert "2 buku; 2 belum kembali dengan 1100 karcis belum terpakai." in screen_text(app)

        # the report: Andi's motor tickets from 1001 (filled in) to 1040
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, ReportEntryScreen)
        screen = app.screen
        assert screen.query_one("#first-motor", Input).value == "1001"
        assert app.focused.id == "last-motor"
        await pilot.press(*"1040", "enter", "2", "enter")
        await pilot.pause()
        assert "Seharusnya Rp90.000" in screen_text(app)
        await pilot.press(*"90000", "enter")
        await settle(pilot)
        assert "Motor depan · Siang · Budi" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ParkingScreen)

        # the book: used 1001-1040, still out; back today
        await pilot.press("k")
        await settle(pilot)
        table = app.screen.query_one("#books-table")
        table.move_cursor(row=1)
        await pilot.pause()
        text = screen_text(app)
        assert "Buku A: terpakai 1001-1040 · belum terpakai 1041-1100" in text
        await pilot.press("r")
        await settle(pilot)
        assert "60 karcis belum terpakai" in screen_text(app)
        await pilot.press("y")
        await settle(pilot)
        assert "2 buku; 1 belum kembali dengan 1000 karcis belum terpakai." in screen_text(app)
        await pilot.press("f")
        await settle(pilot)
        assert "1 buku; 1 belum kembali" in screen_text(app)
    assert rows("SELECT l.count, l.tariff, l.first_serial, l.last_serial FROM shift_report_line l"
                " ORDER BY l.vehicle_type_id") == [(40, 2000, 1001, 1040), (2, 5000, None, None)]
    assert rows("SELECT series, first_serial, last_serial, returned_on FROM ticket_book"
                " ORDER BY id") == [("A", 1, 1000, None), ("A", 1001, 1100, TODAY.isoformat())]
