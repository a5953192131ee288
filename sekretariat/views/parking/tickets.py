"""Buku karcis: every ticket book with its series and serials, vehicle type,
attendant, when it went out and came back, the serials used by shift
reports and the tickets still out; books not yet returned stand out (and f
shows only them). n issues a book, r takes the highlighted one back today."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.parking import tickets
from sekretariat.services.parking.tickets import TicketBook
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.cells import short_text


def ranges(found: tuple[tuple[int, int], ...]) -> str:
    return ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in found) or "-"


def load_books(session, only_out: bool) -> list[TicketBook]:
    return tickets.unreturned_books(session) if only_out else tickets.list_books(session)


class TicketBooksScreen(BaseScreen):
    CSS_PATH = "../styles/parking.tcss"
    HELP_KEY = "tui.parking.help.tickets"
    TITLE_KEY = "tui.parking.tickets.title"
    AUTO_FOCUS = "#books-table"

    BINDINGS = [
        Binding("n", "issue", "tui.parking.key.issue_book", id="parking_books.issue"),
        Binding("r", "return_book", "tui.parking.key.return_book", id="parking_books.return"),
        Binding("f", "only_out", "tui.parking.key.only_out", id="parking_books.only_out"),
        Binding("f5", "refresh", "tui.key.refresh", id="parking_books.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.only_out = False
        self.books: dict[str, TicketBook] = {}

    def compose(self) -> ComposeResult:
        yield Static(t("tui.parking.tickets.title"), classes="screen-title", markup=False)
        yield DataTable(id="books-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="books-detail", markup=False)
        yield Static("", id="books-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#books-table", DataTable)
        for key, width in (("series", 8), ("serials", 17), ("type", 7), ("attendant", 14),
                           ("issued", 11), ("returned", 11), ("used", 7), ("out", 7)):
            table.add_column(t(f"tui.parking.col.{key}"), key=key, width=width)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.call_service(load_books, self.session, self.only_out, group="load",
                          done=lambda found: self.show(found, select))

    def show(self, found: list[TicketBook], select: int | None = None) -> None:
        table = self.query_one("#books-table", DataTable)
        at = table.cursor_row
        table.clear()
        self.books = {}
        for index, book in enumerate(found):
            self.books[str(book.id)] = book
            out = book.returned_on is None
            style = "bold yellow" if out else ""
            table.add_row(
                Text(book.series, style=style), Text(f"{book.first_serial}-{book.last_serial}",
                                                     style=style),
                book.vehicle_type, short_text(book.attendant_name, 14), fmt_date(book.issued_on),
                Text(t("tui.parking.tickets.still_out"), style=style) if out
                else fmt_date(book.returned_on),
                Text(str(book.used_count), justify="right"),
                Text(str(book.outstanding), style=style, justify="right"), key=str(book.id))
            if book.id == select:
                at = index
        if found:
            table.move_cursor(row=min(at, len(found) - 1))
        out = [b for b in found if b.returned_on is None]
        self.query_one("#books-status", Static).update(t(
            "tui.parking.tickets.count", count=len(found), out=len(out),
            tickets=sum(b.outstanding for b in out)) if found else t("tui.parking.tickets.empty"))
        self._show_detail()
        self.refresh_bindings()

    @property
    def highlighted(self) -> TicketBook | None:
        table = self.query_one("#books-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.books.get(key or "")

    def _show_detail(self) -> None:
        book = self.highlighted
        self.query_one("#books-detail", Static).update("" if book is None else t(
            "tui.parking.tickets.detail", series=book.series, used=ranges(book.used),
            unused=ranges(book.unused)))

    @on(DataTable.RowHighlighted, "#books-table")
    def _moved(self) -> None:
        self._show_detail()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("issue", "return_book") and not self.may("parking.report"):
            return False
        if action == "return_book":
            book = self.highlighted
            return (book is not None and book.returned_on is None) or None
        return super().check_action(action, parameters)

    def action_only_out(self) -> None:
        self.only_out = not self.only_out
        self.reload()

    def action_refresh(self) -> None:
        self.reload()

    def action_issue(self) -> None:
        from sekretariat.views.parking.tickets_issue import IssueBookDialog

        self.app.push_screen(IssueBookDialog(), self._issued)

    def _issued(self, book: TicketBook | None) -> None:
        if book is not None:
            self.notify(t("tui.parking.tickets.issued", series=book.series,
                          first=book.first_serial, last=book.last_serial,
                          name=book.attendant_name))
            self.reload(select=book.id)

    def action_return_book(self) -> None:
        from sekretariat.views.core.confirm import ConfirmDialog

        book = self.highlighted
        if book is None or book.returned_on is not None:
            return
        question = t("tui.parking.tickets.return_question", series=book.series,
                     first=book.first_serial, last=book.last_serial, name=book.attendant_name,
                     unused=book.unused_count)
        self.app.push_screen(ConfirmDialog(question, t("tui.parking.tickets.return_yes"),
                                           title=t("tui.parking.tickets.return_title")),
                             lambda yes: yes and self.call_service(
                                 tickets.return_book, self.session, book.id,
                                 done=self._returned, group="change"))

    def _returned(self, book: TicketBook) -> None:
        self.notify(t("tui.parking.tickets.returned", series=book.series,
                      unused=book.unused_count))
        self.reload(select=book.id)
