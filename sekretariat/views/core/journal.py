"""Jurnal & neraca saldo: the trial balance as of a date, the entries newest
first (a page at a time), an entry's detail, reversing, a new manual entry."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import (
    DataTable,
    Footer,
    Input,
    Label,
    Static,
    TabbedContent,
    TabPane,
)

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, parse_date
from sekretariat.money import format_rupiah
from sekretariat.services.core import journal
from sekretariat.services.core.journal import EntryPage, EntrySummary, TrialBalance
from sekretariat.views.base import BaseScreen, run_safely
from sekretariat.views.widgets.fields import FieldError, date_text
from sekretariat.views.widgets.paged_table import PagedTable
from sekretariat.views.widgets.validators import DateValidator, first_failure
from sekretariat.views.widgets.text_input import TextInput

PAGE_SIZE = 100
_TABS = Binding.Group("tui.key.tabs", compact=True)


def money_cell(amount: int, *, bold: bool = False, dim_zero: bool = False) -> Text:
    style = "bold" if bold else ("dim" if dim_zero and amount == 0 else "")
    return Text(format_rupiah(amount), style=style, justify="right")


class JournalScreen(BaseScreen):
    CSS_PATH = "../styles/journal.tcss"
    HELP_KEY = "tui.help.journal"
    TITLE_KEY = "tui.section.journal"
    SECTION = "journal"
    AUTO_FOCUS = "#tb-table"

    BINDINGS = [
        Binding("s", "show_tab('balance')", "tui.key.tab_balance", id="journal.tab_balance",
                group=_TABS),
        Binding("j", "show_tab('entries')", "tui.key.tab_entries", id="journal.tab_entries",
                group=_TABS),
        Binding("n", "new_entry", "tui.key.new_entry", id="journal.new"),
        Binding("r", "reverse", "tui.key.reverse", id="journal.reverse"),
        Binding("m", "more", "tui.key.more", id="journal.more"),
        Binding("f5", "refresh", "tui.key.refresh", id="journal.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.as_of = clock.today()
        self.entries: dict[str, EntrySummary] = {}
        self.last_entry: EntrySummary | None = None
        self.has_more = False
        self.fetching_entries = False
        self.entries_loaded = False

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.journal"), classes="screen-title", markup=False)
        with TabbedContent(initial="balance", id="journal-tabs"):
            with TabPane(t("tui.journal.tab_balance"), id="balance"):
                with Horizontal(id="tb-controls"):
                    yield Label(t("tui.journal.as_of"), classes="inline-label")
                    yield TextInput(date_text(self.as_of), id="as_of", max_length=10,
                                validators=[DateValidator()])
                    yield Static("", id="tb-status", markup=False)
                yield FieldError("as_of")
                yield DataTable(id="tb-table", cursor_type="row", zebra_stripes=True)
            with TabPane(t("tui.journal.tab_entries"), id="entries"):
                yield PagedTable(id="entries-table")
                yield Static("", id="entries-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#tb-table", DataTable)
        table.add_column(t("tui.journal.col_code"), key="code")
        table.add_column(t("tui.journal.col_account"), key="name")
        for key in ("debit", "credit", "balance"):
            table.add_column(Text(t(f"tui.journal.col_{key}"), justify="right"), key=key)
        entries = self.query_one("#entries-table", PagedTable)
        entries.add_column(t("tui.journal.col_number"), key="number", width=15)
        entries.add_column(t("tui.journal.col_date"), key="date", width=12)
        entries.add_column(t("tui.journal.col_memo"), key="memo", width=40)
        entries.add_column(Text(t("tui.journal.col_total"), justify="right"), key="total",
                           width=18)
        entries.add_column(t("tui.journal.col_by"), key="by", width=12)
        entries.add_column(t("tui.journal.col_status"), key="status", width=14)
        self.load_trial_balance(self.as_of)

    # --- tabs -----------------------------------------------------------------

    @property
    def current_tab(self) -> str:
        return self.query_one("#journal-tabs", TabbedContent).active

    def action_show_tab(self, tab: str) -> None:
        self.query_one("#journal-tabs", TabbedContent).active = tab

    @on(TabbedContent.TabActivated, "#journal-tabs")
    def _tab_changed(self) -> None:
        if self.current_tab == "entries":
            if not self.entries_loaded:
                self.reload_entries()
            self.query_one("#entries-table").focus()
        else:
            self.query_one("#tb-table").focus()
        self.refresh_bindings()

    # --- trial balance ---------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="trial-balance")
    def load_trial_balance(self, as_of: dt.date) -> None:
        outcome = run_safely("journal.trial_balance", journal.trial_balance, self.session, as_of)
        self.deliver(outcome, self.show_trial_balance)

    def show_trial_balance(self, balance: TrialBalance) -> None:
        table = self.query_one("#tb-table", DataTable)
        table.clear()
        for row in balance.rows:
            table.add_row(row.code, Text(row.name), money_cell(row.debit, dim_zero=True),
                          money_cell(row.credit, dim_zero=True),
                          money_cell(row.balance, dim_zero=True), key=row.code)
        table.add_row("", Text(t("tui.journal.total"), style="bold"),
                      money_cell(balance.total_debit, bold=True),
                      money_cell(balance.total_credit, bold=True),
                      money_cell(balance.total_debit - balance.total_credit, bold=True),
                      key="__total__")
        status = self.query_one("#tb-status", Static)
        status.update(t("tui.journal.balanced" if balance.balanced else "tui.journal.unbalanced",
                        day=fmt_date(balance.as_of)))
        status.set_class(balance.balanced, "-ok")
        status.set_class(not balance.balanced, "-bad")

    @on(Input.Changed, "#as_of")
    def _as_of_typed(self, event: Input.Changed) -> None:
        self.query_one("#error-as_of", FieldError).show(first_failure(event.validation_result))

    @on(Input.Submitted, "#as_of")
    def _as_of_submitted(self, event: Input.Submitted) -> None:
        try:
            self.as_of = parse_date(event.value, field="as_of")
        except SekretariatError as exc:
            self.show_error(exc)
            return
        self.query_one("#error-as_of", FieldError).clear()
        self.load_trial_balance(self.as_of)
        self.query_one("#tb-table").focus()

    # --- entries -------------------------------------------------------------------

    def reload_entries(self) -> None:
        self.entries_loaded = True
        self.fetching_entries = True
        self.load_entries(None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="entries")
    def load_entries(self, before: tuple[str, int] | None) -> None:
        outcome = run_safely("journal.list_entries", journal.list_entries, self.session,
                             before=before, limit=PAGE_SIZE)
        self.deliver(outcome, lambda page: self.show_entries(page, reset=before is None),
                     self._entries_failed)

    def _entries_failed(self, error: SekretariatError | None) -> None:
        self.fetching_entries = False
        self.show_error(error)

    def show_entries(self, page: EntryPage, *, reset: bool) -> None:
        table = self.query_one("#entries-table", PagedTable)
        if reset:
            table.clear()
            self.entries.clear()
        for entry in page.rows:
            key = str(entry.id)
            self.entries[key] = entry
            table.add_row(entry.number, fmt_date(entry.entry_date), Text(entry.memo),
                          money_cell(entry.total or 0), Text(entry.created_by),
                          self._status(entry), key=key)
        if page.rows:
            self.last_entry = page.rows[-1]
        elif reset:
            self.last_entry = None
        self.has_more = page.has_more
        self.fetching_entries = False
        self._update_entries_status()
        self.refresh_bindings()

    @staticmethod
    def _status(entry: EntrySummary) -> Text:
        if entry.reversed_by_id is not None:
            return Text(t("tui.journal.status_reversed"), style="italic")
        if entry.reverses_id is not None:
            return Text(t("tui.journal.status_reversal"), style="italic")
        return Text("")

    def _update_entries_status(self) -> None:
        count = len(self.entries)
        if count == 0:
            text = t("tui.journal.no_entries")
        elif self.has_more:
            text = t("tui.journal.shown_more", count=count)
        else:
            text = t("tui.journal.shown_all", count=count)
        self.query_one("#entries-status", Static).update(text)

    def action_more(self) -> None:
        if self.has_more and not self.fetching_entries and self.last_entry is not None:
            self.fetching_entries = True
            self.load_entries((self.last_entry.entry_date.isoformat(), self.last_entry.id))

    @on(PagedTable.NeedMore, "#entries-table")
    def _need_more(self) -> None:
        self.action_more()

    @on(DataTable.RowHighlighted, "#entries-table")
    def _entry_highlighted(self) -> None:
        self.refresh_bindings()

    @property
    def highlighted_entry(self) -> EntrySummary | None:
        table = self.query_one("#entries-table", PagedTable)
        if not table.row_count or self.current_tab != "entries":
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.entries.get(key or "")

    @on(DataTable.RowSelected, "#entries-table")
    def _entry_selected(self, event: DataTable.RowSelected) -> None:
        from sekretariat.views.core.entry_detail import EntryDetailDialog

        entry = self.entries.get(event.row_key.value or "")
        if entry is not None:
            self.app.push_screen(EntryDetailDialog(entry.id), self._after_detail)

    def _after_detail(self, result) -> None:
        if result is not None:  # reversed from the detail dialog
            self._reversed(result)

    # --- actions ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "new_entry":
            return self.may("journal.post") or None
        if action == "reverse":
            entry = self.highlighted_entry if self.is_mounted else None
            return (self.may("journal.reverse") and entry is not None
                    and entry.reversed_by_id is None and entry.reverses_id is None) or None
        if action == "more":
            return (self.is_mounted and self.current_tab == "entries" and self.has_more) or None
        return super().check_action(action, parameters)

    def action_back(self) -> None:
        # Escape in the date field returns to the table first.
        if isinstance(self.focused, Input):
            self.query_one("#tb-table").focus()
            return
        super().action_back()

    def action_refresh(self) -> None:
        self.load_trial_balance(self.as_of)
        if self.entries_loaded:
            self.reload_entries()

    def action_new_entry(self) -> None:
        if not self.may("journal.post"):
            return
        from sekretariat.views.core.entry_form import EntryFormScreen

        self.app.push_screen(EntryFormScreen(), self._posted)

    def _posted(self, entry) -> None:
        if entry is None:
            return
        self.notify(t("tui.journal.posted", number=entry.number,
                      amount=format_rupiah(entry.total)))
        self.action_refresh()

    def action_reverse(self) -> None:
        entry = self.highlighted_entry
        if entry is None or not self.may("journal.reverse"):
            return
        from sekretariat.views.core.reverse_entry import ReverseEntryDialog

        self.app.push_screen(ReverseEntryDialog(entry.id, entry.number), self._after_reverse)

    def _after_reverse(self, result) -> None:
        if result is not None:
            self._reversed(result)

    def _reversed(self, reversal) -> None:
        self.notify(t("tui.journal.reversed", number=reversal.number))
        self.action_refresh()
