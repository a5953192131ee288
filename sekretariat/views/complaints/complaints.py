"""Pengaduan: the complaints, newest first, or the open or overdue ones
most urgent first (``complaints_read.list_complaints``). o open, t overdue
(terlambat), a all, m only the areas the user answers, k the next category;
Enter opens a complaint's page; n takes a new one at the desk (and prints
its receipt). Loaded a page at a time."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.complaints import complaints_read, papers, rules
from sekretariat.services.complaints.complaints_read import ComplaintInfo
from sekretariat.views.base import BaseScreen, run_safely
from sekretariat.views.complaints.cells import category_name, due_cell, status_cell
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.paged_table import PagedTable

#: Column key -> width: number to place fit 80 columns.
COLUMNS = (("number", 14), ("received", 11), ("category", 10), ("status", 8), ("due", 13),
           ("place", 16), ("complainant", 16), ("description", 40))
PAGE_SIZE = 100
MODES = ("open", "overdue", "all")


class ComplaintsScreen(BaseScreen):
    CSS_PATH = "../styles/complaints.tcss"
    HELP_KEY = "tui.complaints.help.list"
    TITLE_KEY = "tui.section.complaints"
    SECTION = "complaints"
    AUTO_FOCUS = "#complaints-table"

    BINDINGS = [
        Binding("n", "new", "tui.complaints.key.new", id="complaints.new"),
        Binding("o", "mode('open')", "tui.complaints.key.open", id="complaints.open"),
        Binding("t", "mode('overdue')", "tui.complaints.key.overdue", id="complaints.overdue"),
        Binding("a", "mode('all')", "tui.complaints.key.all", id="complaints.all"),
        Binding("m", "mine", "tui.complaints.key.mine", id="complaints.mine"),
        Binding("k", "category", "tui.complaints.key.category", id="complaints.category"),
        Binding("p", "pattern", "tui.complaints.key.pattern", id="complaints.pattern"),
        Binding("f", "facilities", "tui.complaints.key.facilities", id="complaints.facilities"),
        Binding("f5", "refresh", "tui.key.refresh", id="complaints.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.mode = "open"
        self.mine = False
        self.category: str | None = None
        self.rows: dict[str, ComplaintInfo] = {}
        self.has_more = False
        self.fetching = False
        self.select: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.complaints"), classes="screen-title", markup=False)
        yield Static("", id="complaints-filter", markup=False)
        yield PagedTable(id="complaints-table")
        yield Static(t("tui.loading"), id="complaints-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#complaints-table", PagedTable)
        for key, width in COLUMNS:
            table.add_column(t(f"tui.complaints.col_{key}"), key=key, width=width)
        self.reload()

    # --- loading -------------------------------------------------------------------

    def _filters(self) -> dict:
        return {"status": "open" if self.mode == "open" else None,
                "overdue": self.mode == "overdue", "mine": self.mine,
                "category": self.category}

    def reload(self) -> None:
        self.fetching = True
        self.load_page(0, self._filters())

    @work(thread=True, exclusive=True, exit_on_error=False, group="complaints")
    def load_page(self, offset: int, filters: dict) -> None:
        outcome = run_safely("complaints_read.list_complaints",
                             complaints_read.list_complaints, self.session,
                             limit=PAGE_SIZE + 1, offset=offset, **filters)
        self.deliver(outcome, lambda found: self.show_page(found, filters, offset == 0),
                     self._failed)

    def _failed(self, error: SekretariatError | None) -> None:
        self.fetching = False
        self.show_error(error)

    def show_page(self, found: list[ComplaintInfo], filters: dict, reset: bool) -> None:
        if filters != self._filters():
            return  # an answer to an earlier question
        table = self.query_one("#complaints-table", PagedTable)
        if reset:
            table.clear()
            self.rows.clear()
        self.has_more = len(found) > PAGE_SIZE
        for info in found[:PAGE_SIZE]:
            key = str(info.id)
            if key in self.rows:
                continue
            self.rows[key] = info
            table.add_row(Text(info.number, style="bold red" if info.overdue else ""),
                          fmt_date(info.received_on), category_name(info.category),
                          status_cell(info), due_cell(info), short_text(info.place_label, 16),
                          short_text(info.complainant_name or "-", 16),
                          short_text(info.description, 40), key=key)
            if info.id == self.select:
                table.move_cursor(row=table.row_count - 1)
        self.select = None
        self.fetching = False
        self._say()
        self.refresh_bindings()

    def _say(self) -> None:
        parts = [t(f"tui.complaints.mode_{self.mode}")]
        if self.mine:
            parts.append(t("tui.complaints.mode_mine"))
        if self.category:
            parts.append(t("tui.complaints.mode_category", category=category_name(self.category)))
        self.query_one("#complaints-filter", Static).update(" · ".join(parts))
        count = len(self.rows)
        status = (t("tui.complaints.none") if not count
                  else t("tui.complaints.shown_more" if self.has_more
                         else "tui.complaints.shown", count=count))
        overdue = sum(1 for c in self.rows.values() if c.overdue)
        if overdue:
            status += " · " + t("tui.complaints.overdue_count", count=overdue)
        self.query_one("#complaints-status", Static).update(status)

    @on(PagedTable.NeedMore, "#complaints-table")
    def _need_more(self) -> None:
        if self.has_more and not self.fetching:
            self.fetching = True
            self.load_page(len(self.rows), self._filters())

    def action_refresh(self) -> None:
        self.reload()

    # --- filters -------------------------------------------------------------------

    def action_mode(self, mode: str) -> None:
        if mode == "all":
            self.mine, self.category = False, None
        self.mode = mode
        self.reload()

    def action_mine(self) -> None:
        self.mine = not self.mine
        self.reload()

    def action_category(self) -> None:
        order = (None, *rules.CATEGORIES)
        self.category = order[(order.index(self.category) + 1) % len(order)]
        self.reload()

    # --- one complaint -------------------------------------------------------------

    @property
    def highlighted(self) -> ComplaintInfo | None:
        if not self.is_mounted:
            return None
        table = self.query_one("#complaints-table", PagedTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(key or "")

    @on(DataTable.RowSelected, "#complaints-table")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        info = self.rows.get(event.row_key.value or "")
        if info is not None:
            from sekretariat.views.complaints.page import ComplaintScreen

            self.select = info.id
            # back from its page the list follows what was done there
            self.app.push_screen(ComplaintScreen(info.id), lambda _: self.reload())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "new":
            return self.may("complaints.receive") or None
        if action == "mine":
            return bool(rules.areas_of(self.session.role)) or None
        return super().check_action(action, parameters)

    def action_pattern(self) -> None:
        from sekretariat.views.complaints.pattern import PatternScreen

        self.app.push_screen(PatternScreen())

    def action_facilities(self) -> None:
        from sekretariat.views.complaints.facilities_screen import FacilitiesScreen

        self.app.push_screen(FacilitiesScreen())

    def action_new(self) -> None:
        if self.check_action("new", ()) is not True:
            return
        from sekretariat.views.complaints.receive_form import ReceiveDialog

        self.app.push_screen(ReceiveDialog(), self._received)

    def _received(self, info: ComplaintInfo | None) -> None:
        if info is None:
            return
        print_receipt(self, info)
        self.select = info.id
        self.reload()


def print_receipt(screen, info: ComplaintInfo) -> None:
    """Say the number and the due days of a complaint just taken, and print
    its receipt (Tanda Terima Pengaduan) in a worker."""
    from sekretariat.views.printing import print_document

    screen.notify(t("tui.complaints.received", number=info.number,
                    ack=fmt_date(info.ack_due_on), resolve=fmt_date(info.resolve_due_on),
                    area=t(f"complaints.area.{info.area}")),
                  title=t("tui.complaints.received_title"), timeout=15)
    print_document(screen, papers.complaint_receipt_pdf, info.id,
                   what=t("tui.complaints.receipt", number=info.number))
