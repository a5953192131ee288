"""Tunggakan: traders with overdue amounts as of a date (today unless
another is typed), longest overdue first, a page at a time, with the ageing
buckets, the arrears (overdue only) and, apart, what is not yet due, with
the same columns and totals as ``sekretariat arrears``; Enter opens the trader, t prints
their reminder letter and r prints one for everyone overdue long enough."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Footer, Label, Static

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import statements
from sekretariat.services.leasing.statements import (
    ARREARS_COLUMNS,
    ARREARS_MONEY,
    AgeingRow,
    ArrearsPage,
)
from sekretariat.views.base import run_safely
from sekretariat.views.core.dated import DatedScreen
from sekretariat.views.widgets.fields import FieldError, date_text
from sekretariat.views.widgets.paged_table import PagedTable
from sekretariat.views.widgets.validators import DateValidator
from sekretariat.views.widgets.text_input import TextInput

PAGE_SIZE = 100
COLUMN_WIDTHS = {"trader": 20, "stalls": 8, "oldest": 12, "days": 5, "overdue": 12,
                 "not_due": 17}


def money_cell(amount: int, *, bold: bool = False) -> Text:
    style = "bold" if bold else ("dim" if amount == 0 else "")
    return Text(format_rupiah(amount), style=style, justify="right")


class ArrearsScreen(DatedScreen):
    CSS_PATH = "../styles/arrears.tcss"
    HELP_KEY = "tui.arrears.help_dated"
    TITLE_KEY = "tui.section.arrears"
    SECTION = "arrears"
    AUTO_FOCUS = "#arrears-table"

    BINDINGS = [
        Binding("enter", "open_trader", "tui.arrears.key.open", id="arrears.open", show=True,
                priority=False),
        Binding("m", "more", "tui.key.more", id="arrears.more"),
        Binding("d", "edit_as_of", "tui.arrears.key.as_of", id="arrears.as_of"),
        Binding("t", "print_reminder", "tui.trader.key.reminder", id="arrears.reminder"),
        Binding("r", "print_reminders", "tui.arrears.key.reminders", id="arrears.reminders"),
        Binding("f5", "refresh", "tui.key.refresh", id="arrears.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.arrears_rows: dict[str, AgeingRow] = {}
        self.has_more = False
        self.fetching = False

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.arrears"), classes="screen-title", markup=False)
        with Horizontal(id="arrears-controls"):
            yield Label(t("tui.journal.as_of"), classes="inline-label")
            yield TextInput(date_text(self.as_of), id="as_of", max_length=10,
                        validators=[DateValidator()])
        yield FieldError("as_of")
        yield Static(t("tui.loading"), id="arrears-total", markup=False)
        yield PagedTable(id="arrears-table")
        yield Static("", id="arrears-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#arrears-table", PagedTable)
        for key in ARREARS_COLUMNS:  # the same columns as `sekretariat arrears`
            label = t(f"arrears.col.{key}")
            if key in ARREARS_MONEY or key == "days":
                table.add_column(Text(label, justify="right"), key=key,
                                 width=COLUMN_WIDTHS.get(key, 11))
            else:
                table.add_column(label, key=key, width=COLUMN_WIDTHS[key])
        self.reload()

    # --- loading -------------------------------------------------------------------

    def reload(self) -> None:
        """The first page again, as of ``self.as_of``."""
        self.fetching = True
        self.load_page(0, self.as_of)

    @work(thread=True, exclusive=True, exit_on_error=False, group="arrears")
    def load_page(self, offset: int, as_of: dt.date) -> None:
        outcome = run_safely("statements.list_arrears", statements.list_arrears, self.session,
                             as_of, limit=PAGE_SIZE, offset=offset)
        self.deliver(outcome, lambda page: self.show_page(page, reset=offset == 0),
                     self._failed)

    def _failed(self, error: SekretariatError | None) -> None:
        self.fetching = False
        self.show_error(error)

    def show_page(self, page: ArrearsPage, *, reset: bool) -> None:
        if page.as_of != self.as_of:
            return  # a page for a date since changed
        table = self.query_one("#arrears-table", PagedTable)
        if reset:
            table.clear()
            self.arrears_rows.clear()
        for row in page.rows:
            key = str(row.trader_id)
            self.arrears_rows[key] = row
            table.add_row(Text(row.trader_name), Text(row.stalls), fmt_date(row.oldest_due),
                          Text(str(max(row.days_overdue, 0)), justify="right"),
                          *(money_cell(getattr(row, b), bold=b == "overdue")
                            for b in ARREARS_MONEY), key=key)
        self.has_more = page.has_more
        self.fetching = False
        totals = page.totals
        total = self.query_one("#arrears-total", Static)
        total.update(t("arrears.summary", traders=page.traders, day=fmt_date(page.as_of),
                       **{k: format_rupiah(getattr(totals, k)) for k in ARREARS_MONEY}))
        count = len(self.arrears_rows)
        if count == 0:
            status = t("tui.arrears.none")
        elif self.has_more:
            status = t("tui.arrears.shown_more", count=count, total=page.traders)
        else:
            status = t("tui.arrears.shown_all", count=count)
        self.query_one("#arrears-status", Static).update(status)
        self.refresh_bindings()

    def action_more(self) -> None:
        if self.has_more and not self.fetching:
            self.fetching = True
            self.load_page(len(self.arrears_rows), self.as_of)

    @on(PagedTable.NeedMore, "#arrears-table")
    def _need_more(self) -> None:
        self.action_more()

    def action_refresh(self) -> None:
        self.reload()

    # --- the as-of date ------------------------------------------------------------------

    def as_of_home(self):
        return self.query_one("#arrears-table")

    # --- the trader ----------------------------------------------------------------------

    @property
    def highlighted(self) -> AgeingRow | None:
        table = self.query_one("#arrears-table", PagedTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.arrears_rows.get(key or "")

    @on(DataTable.RowSelected, "#arrears-table")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        row = self.arrears_rows.get(event.row_key.value or "")
        if row is not None:
            self._open(row.trader_id)

    def action_open_trader(self) -> None:
        row = self.highlighted
        if row is not None:
            self._open(row.trader_id)

    def _open(self, trader_id: int) -> None:
        from sekretariat.views.leasing.trader_detail import TraderDetailScreen

        self.app.push_screen(TraderDetailScreen(trader_id))

    # --- reminder letters ------------------------------------------------------------------

    def action_print_reminder(self) -> None:
        from sekretariat.services.leasing import documents
        from sekretariat.views.printing import print_document

        row = self.highlighted
        if row is not None and self.may("billing.run"):
            print_document(self, documents.reminder_letter_pdf, row.trader_id, self.as_of,
                           what=t("tui.print.reminder", name=row.trader_name))

    def action_print_reminders(self) -> None:
        from sekretariat.views.leasing.reminder_letters import ReminderLettersDialog

        if self.may("billing.run"):
            self.app.push_screen(ReminderLettersDialog(self.as_of), self._reminders_written)

    def _reminders_written(self, written) -> None:  # type: ignore[no-untyped-def]
        from sekretariat.views.printing import NOTICE_SECONDS

        if written is None:
            return
        if not written:
            self.notify(t("tui.reminders.none"), severity="warning")
            return
        self.notify(t("tui.reminders.done", count=len(written),
                      folder=str(written[0].path.parent)),
                    title=t("tui.print.title"), timeout=NOTICE_SECONDS)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("print_reminder", "print_reminders") and not self.may("billing.run"):
            return False
        if action == "print_reminder":
            return (self.is_mounted and bool(self.arrears_rows)) or None
        if action == "more":
            return self.has_more or None
        if action == "open_trader":
            return (self.is_mounted and bool(self.arrears_rows)) or None
        return super().check_action(action, parameters)
