"""Pedagang: search traders by name, NIK, phone or stall code (a page at a
time, with their balance); Enter opens the trader (``trader_detail``). Esc
leaves, wherever the focus is."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Input, Static

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.services.leasing import traders
from sekretariat.services.leasing.traders import TraderInfo, TraderPage, TraderRow
from sekretariat.views.base import BaseScreen, run_safely
from sekretariat.views.leasing.trader_detail import (  # noqa: F401  (also imported from here)
    TraderDetail,
    TraderDetailScreen,
    load_detail,
    money_cell,
    statement_range,
)
from sekretariat.views.widgets.paged_table import PagedTable
from sekretariat.views.widgets.text_input import TextInput

PAGE_SIZE = 50


class TradersScreen(BaseScreen):
    CSS_PATH = "../styles/traders.tcss"
    HELP_KEY = "tui.traders.help"
    TITLE_KEY = "tui.section.traders"
    SECTION = "traders"
    AUTO_FOCUS = "#trader-search"

    BINDINGS = [
        Binding("slash", "focus_search", "tui.traders.key.search", id="traders.search"),
        Binding("ctrl+n", "new_trader", "tui.traders.key.new", id="traders.new"),
        Binding("m", "more", "tui.key.more", id="traders.more"),
        Binding("f5", "refresh", "tui.key.refresh", id="traders.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.query_text = ""
        self.trader_rows: dict[str, TraderRow] = {}
        self.last_key: tuple[str, int] | None = None
        self.has_more = False
        self.fetching = False
        #: What to do for the trader chosen next (from the palette), if anything.
        self.then: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.traders"), classes="screen-title", markup=False)
        yield TextInput(id="trader-search", placeholder=t("tui.traders.search_hint"),
                        max_length=60)
        yield PagedTable(id="traders-table")
        yield Static("", id="traders-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#traders-table", PagedTable)
        # the balance right after the name: on a narrow screen the money shows first
        table.add_column(t("tui.traders.col_name"), key="name", width=26)
        table.add_column(Text(t("tui.traders.col_balance"), justify="right"), key="balance",
                         width=15)
        for key, width in (("stalls", 14), ("phone", 16), ("nik", 18)):
            table.add_column(t(f"tui.traders.col_{key}"), key=key, width=width)
        self.reload()

    # --- loading -------------------------------------------------------------------

    def reload(self) -> None:
        self.fetching = True
        self.load_page(self.query_text, None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="traders")
    def load_page(self, text: str, after: tuple[str, int] | None) -> None:
        outcome = run_safely("traders.search", traders.search, self.session, text, after=after,
                             limit=PAGE_SIZE)
        self.deliver(outcome, lambda page: self.show_page(text, page, reset=after is None),
                     self._failed)

    def _failed(self, error: SekretariatError | None) -> None:
        self.fetching = False
        self.show_error(error)

    def show_page(self, text: str, page: TraderPage, *, reset: bool) -> None:
        if text != self.query_text:
            return
        table = self.query_one("#traders-table", PagedTable)
        if reset:
            table.clear()
            self.trader_rows.clear()
        for row in page.rows:
            key = str(row.id)
            self.trader_rows[key] = row
            table.add_row(Text(row.name), money_cell(row.balance), Text(row.stalls), row.phone,
                          row.nik, key=key)
        if page.rows:
            self.last_key = page.last_key
        self.has_more = page.has_more
        self.fetching = False
        count = len(self.trader_rows)
        if count == 0:
            status = t("tui.traders.none")
        elif self.has_more:
            status = t("tui.traders.shown_more", count=count)
        else:
            status = t("tui.traders.shown_all", count=count)
        self.query_one("#traders-status", Static).update(status)
        self.refresh_bindings()

    def action_more(self) -> None:
        if self.has_more and not self.fetching and self.last_key is not None:
            self.fetching = True
            self.load_page(self.query_text, self.last_key)

    @on(PagedTable.NeedMore, "#traders-table")
    def _need_more(self) -> None:
        self.action_more()

    def action_refresh(self) -> None:
        self.reload()

    # --- searching -------------------------------------------------------------------

    @on(Input.Changed, "#trader-search")
    def _typed(self, event: Input.Changed) -> None:
        text = " ".join(event.value.split())
        if text != self.query_text:
            self.query_text = text
            self.reload()

    @on(Input.Submitted, "#trader-search")
    def _submitted(self) -> None:
        table = self.query_one("#traders-table", PagedTable)
        if table.row_count:
            table.focus()

    def action_focus_search(self) -> None:
        self.query_one("#trader-search", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "more":
            return self.has_more or None
        if action == "new_trader":
            return self.may("traders.manage")
        return super().check_action(action, parameters)

    def action_new_trader(self) -> None:
        from sekretariat.views.leasing.trader_form import TraderFormScreen

        if not self.may("traders.manage"):
            return
        self.app.push_screen(TraderFormScreen(), self._registered)

    def _registered(self, trader: TraderInfo | None) -> None:
        if trader is None:
            return
        self.notify(t("tui.traders.registered", name=trader.name))
        self.reload()
        self.app.push_screen(TraderDetailScreen(trader.id))

    def action_choose_then(self, action: str) -> None:
        """The palette's "pay" / "print a statement": the trader chosen next
        opens straight into ``action``."""
        self.then = action
        self.notify(t(f"tui.traders.choose_for.{action}"), timeout=6)
        self.action_focus_search()

    @on(DataTable.RowSelected, "#traders-table")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        row = self.trader_rows.get(event.row_key.value or "")
        if row is not None:
            action, self.then = self.then, None
            self.app.push_screen(TraderDetailScreen(row.id, then=action))
