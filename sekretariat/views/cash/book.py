"""Buku Kas: every movement of 1-100 Kas (or 1-110 Bank) over a period with
its running balance, a page at a time, optionally of one source; the opening
and closing balances and the totals come from the service. From here the
treasurer records vouchers (income, expense, bank deposit and withdrawal,
the remittance to the asset owner), voids or prints the one under the cursor,
and the chair changes the cash settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, DataTable, Footer, Input, Select, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.cash import book
from sekretariat.services.cash.balance import BANK, CASH
from sekretariat.services.cash.book import BookRow, CashBookPage
from sekretariat.views.base import BaseScreen, run_safely
from sekretariat.views.cash.book_actions import VoucherActions
from sekretariat.views.widgets import period
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.fields import Field, FieldError, date_text
from sekretariat.views.widgets.validators import DateValidator
from sekretariat.views.widgets.text_input import TextInput

#: The Select's value for "every source".
ALL = "__all__"
_PERIOD = Binding.Group("tui.cash.key.period_group", compact=True)
_PAGES = Binding.Group("tui.cash.key.pages_group", compact=True)


@dataclass(frozen=True)
class BookQuery:
    account: str
    first: dt.date
    last: dt.date
    source: str | None
    page: int


def month_span(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of ``day``'s month, the last no later than today."""
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, min(following - dt.timedelta(days=1), max(clock.today(), first))


def load_book(session, query: BookQuery) -> tuple[CashBookPage, list[tuple[str, str]]]:
    page = book.cash_book(session, query.first, query.last, account=query.account,
                          source=query.source, page=query.page)
    return page, book.sources_in_use()


def money(amount: int, *, bold: bool = False, dim_zero: bool = True) -> Text:
    if amount == 0 and dim_zero and not bold:
        return Text("-", style="dim", justify="right")
    return Text(format_rupiah(amount), style="bold" if bold else "", justify="right")


def _memo(row: BookRow) -> str:
    """The entry's memo without the voucher number it starts with (the
    number column shows it)."""
    prefix = f"{row.source_ref} · "
    return row.memo.removeprefix(prefix) if row.source_ref else row.memo


class CashBookScreen(VoucherActions, BaseScreen):
    CSS_PATH = "../styles/cash_book.tcss"
    HELP_KEY = "tui.cash.help.book"
    TITLE_KEY = "tui.section.cash"
    SECTION = "cash"
    AUTO_FOCUS = "#book-table"

    BINDINGS = [
        Binding("m", "voucher('income')", "tui.cash.key.income", id="cash.income"),
        Binding("k", "voucher('expense')", "tui.cash.key.expense", id="cash.expense"),
        Binding("b", "voucher('to_bank')", "tui.cash.key.to_bank", id="cash.to_bank"),
        Binding("t", "voucher('from_bank')", "tui.cash.key.from_bank", id="cash.from_bank",
                show=False),
        Binding("o", "voucher('remit')", "tui.cash.key.remit", id="cash.remit", show=False),
        Binding("v", "void", "tui.cash.key.void", id="cash.void"),
        Binding("p", "print", "tui.cash.key.print", id="cash.print"),
        Binding("a", "switch_account", "tui.cash.key.account", id="cash.account"),
        Binding("s", "choose_source", "tui.cash.key.source", id="cash.source", show=False),
        Binding("d", "edit_period", "tui.cash.key.period", id="cash.period", show=False),
        Binding("less_than_sign", "step_month(-1)", "tui.cash.key.month_back",
                id="cash.month_back", group=_PERIOD),
        Binding("greater_than_sign", "step_month(1)", "tui.cash.key.month_next",
                id="cash.month_next", group=_PERIOD),
        Binding("left_square_bracket", "page(-1)", "tui.cash.key.page_back", id="cash.page_back",
                group=_PAGES, show=False),
        Binding("right_square_bracket", "page(1)", "tui.cash.key.page_next", id="cash.page_next",
                group=_PAGES, show=False),
        Binding("ctrl+t", "settings", "tui.cash.key.settings", id="cash.settings", show=False),
        Binding("f5", "refresh", "tui.key.refresh", id="cash.refresh", show=False),
    ]

    def __init__(self, account: str = CASH) -> None:
        super().__init__()
        first, last = month_span(clock.today())
        self.book_query = BookQuery(account, first, last, None, 1)
        self.page: CashBookPage | None = None
        self.rows: dict[str, BookRow] = {}
        self.loading = False
        self.sources_known: list[tuple[str, str]] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="book-title", classes="screen-title", markup=False)
        with Horizontal(id="book-controls"):
            yield Field(t("tui.cash.book.from"), TextInput(
                date_text(self.book_query.first), id="first", max_length=10,
                validators=[DateValidator()]), field="first", own_error=False,
                classes="field date")
            yield Field(t("tui.cash.book.to"), TextInput(
                date_text(self.book_query.last), id="last", max_length=10,
                validators=[DateValidator()]), field="last", own_error=False,
                classes="field date")
            yield Field(t("tui.cash.book.source"), Select(
                [(t("tui.cash.book.all_sources"), ALL)], value=ALL, allow_blank=False,
                id="source"), field="source", own_error=False, classes="field source")
            yield Button(t("tui.cash.book.apply"), id="apply")
        yield FieldError("first")
        yield FieldError("last")
        yield Static(t("tui.loading"), id="book-summary", markup=False)
        yield DataTable(id="book-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="book-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#book-table", DataTable)
        # the money before the long texts, so it shows on a narrow screen
        table.add_column(t("tui.cash.book.col_date"), key="date", width=11)
        table.add_column(t("tui.cash.book.col_number"), key="number", width=14)
        for key, width in (("in", 13), ("out", 13), ("balance", 14)):
            table.add_column(Text(t(f"tui.cash.book.col_{key}"), justify="right"), key=key,
                             width=width)
        table.add_column(t("tui.cash.book.col_source"), key="source", width=22)
        table.add_column(t("tui.cash.book.col_memo"), key="memo", width=44)
        self.reload()

    # --- loading --------------------------------------------------------------------

    def reload(self, **changes) -> None:
        self.book_query = replace(self.book_query, **changes)
        self.loading = True
        self._show_title()
        self.load(self.book_query)

    @work(thread=True, exclusive=True, exit_on_error=False, group="book")
    def load(self, query: BookQuery) -> None:
        outcome = run_safely("cash.cash_book", load_book, self.session, query)
        self.deliver(outcome, self.show_page, self._failed)

    def _failed(self, error: SekretariatError | None) -> None:
        self.loading = False
        self.show_error(error)
        self.refresh_bindings()

    def _show_title(self) -> None:
        q = self.book_query
        self.query_one("#book-title", Static).update(t(
            "tui.cash.book.title", account=t(f"cash.account.{q.account}"), code=q.account,
            first=fmt_date(q.first), last=fmt_date(q.last)))

    def show_page(self, loaded: tuple[CashBookPage, list[tuple[str, str]]]) -> None:
        page, sources = loaded
        self.page = page
        self.loading = False
        if sources != self.sources_known:
            self.sources_known = sources
            select = self.query_one("#source", Select)
            with select.prevent(Select.Changed):
                select.set_options([(t("tui.cash.book.all_sources"), ALL),
                                    *((label, source) for source, label in sources)])
                select.value = self.book_query.source or ALL
        table = self.query_one("#book-table", DataTable)
        at = table.cursor_row
        table.clear()
        self.rows.clear()
        for index, row in enumerate(page.rows):
            key = f"{page.page}:{index}"
            self.rows[key] = row
            table.add_row(fmt_date(row.entry_date), row.source_ref or row.number,
                          money(row.money_in), money(row.money_out),
                          money(row.balance, dim_zero=False),
                          short_text(book.source_label(row.source), 22),
                          Text(_memo(row)), key=key)
        if page.rows:
            table.move_cursor(row=min(at, len(page.rows) - 1))
        self.query_one("#book-summary", Static).update(t(
            "tui.cash.book.summary", opening=format_rupiah(page.opening),
            money_in=format_rupiah(page.total_in), money_out=format_rupiah(page.total_out),
            closing=format_rupiah(page.closing)))
        if not page.row_count:
            status = t("tui.cash.book.empty")
        else:
            status = t("tui.cash.book.status", page=page.page, pages=page.pages,
                       count=page.row_count)
        if page.source:
            status += "  " + t("tui.cash.book.filtered", source=book.source_label(page.source))
        self.query_one("#book-status", Static).update(status)
        self.refresh_bindings()

    def action_refresh(self) -> None:
        self.reload()

    # --- period, account, source, pages ---------------------------------------------

    @on(Input.Changed, "#first, #last")
    def _date_typed(self, event: Input.Changed) -> None:
        period.date_typed(self, event)

    @on(Input.Submitted, "#first, #last")
    @on(Button.Pressed, "#apply")
    def apply_period(self) -> None:
        found = period.read_period(self, "cash.period_reversed")
        if found is None:
            return
        first, last = found
        self.reload(first=first, last=last, page=1)
        self.query_one("#book-table").focus()

    def _set_period(self, first: dt.date, last: dt.date) -> None:
        self.query_one("#first", Input).value = date_text(first)
        self.query_one("#last", Input).value = date_text(last)
        self.clear_errors()
        self.reload(first=first, last=last, page=1)

    def action_step_month(self, step: int) -> None:
        start = self.book_query.first.replace(day=1)
        if step < 0:
            start = (start - dt.timedelta(days=1)).replace(day=1)
        else:
            start = (start + dt.timedelta(days=32)).replace(day=1)
            if start > clock.today():
                return
        self._set_period(*month_span(start))

    def action_edit_period(self) -> None:
        self.query_one("#first", Input).focus()

    def action_switch_account(self) -> None:
        self.reload(account=BANK if self.book_query.account == CASH else CASH, page=1)

    def action_choose_source(self) -> None:
        select = self.query_one("#source", Select)
        select.focus()
        select.expanded = True

    @on(Select.Changed, "#source")
    def _source_chosen(self, event: Select.Changed) -> None:
        value = event.value
        source = None if value == ALL or event.select.is_blank() else str(value)
        if source != self.book_query.source:
            self.reload(source=source, page=1)

    def action_page(self, step: int) -> None:
        if self.page is None or self.loading:
            return
        wanted = self.page.page + step
        if 1 <= wanted <= self.page.pages:
            self.reload(page=wanted)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "page":
            if self.page is None:
                return None
            wanted = self.page.page + int(parameters[0])  # type: ignore[call-overload]
            return 1 <= wanted <= self.page.pages or None
        if action == "step_month" and int(parameters[0]) > 0:  # type: ignore[call-overload]
            return self.book_query.first.replace(day=1) < clock.today().replace(day=1) or None
        handled = self.check_voucher_action(action)
        if handled is not None or action in self.VOUCHER_ACTIONS:
            return handled
        return super().check_action(action, parameters)

    def action_back(self) -> None:
        # Escape in a filter field returns to the table first.
        if isinstance(self.focused, (Input, Select)):
            self.query_one("#book-table").focus()
            return
        super().action_back()

    @on(DataTable.RowHighlighted, "#book-table")
    def _row_highlighted(self) -> None:
        self.refresh_bindings()

    @property
    def highlighted_row(self) -> BookRow | None:
        table = self.query_one("#book-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(key or "")
