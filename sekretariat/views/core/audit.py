"""Log audit: every change, newest first, a page at a time; filter by user and
dates; Enter shows what the change was (before/after)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, DataTable, Footer, Input, Static

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_datetime, parse_date
from sekretariat.services.core import audit
from sekretariat.services.core.audit import AuditPage, AuditRow
from sekretariat.views.base import BaseScreen, run_safely
from sekretariat.views.core.audit_detail import AuditDetailDialog, action_label, entity_label
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.paged_table import PagedTable
from sekretariat.views.widgets.validators import DateValidator, first_failure
from sekretariat.views.widgets.text_input import TextInput

PAGE_SIZE = 100


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @property
    def active(self) -> bool:
        return bool(self.username or self.date_from or self.date_to)


class AuditScreen(BaseScreen):
    CSS_PATH = "../styles/audit.tcss"
    HELP_KEY = "tui.help.audit"
    TITLE_KEY = "tui.section.audit"
    SECTION = "audit"
    AUTO_FOCUS = "#audit-table"

    BINDINGS = [
        Binding("slash", "focus_filter", "tui.key.filter", id="audit.filter"),
        Binding("x", "clear_filter", "tui.key.clear_filter", id="audit.clear_filter"),
        Binding("m", "more", "tui.key.more", id="audit.more"),
        Binding("f5", "refresh", "tui.key.refresh", id="audit.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filter = AuditFilter()
        self.audit_rows: dict[str, AuditRow] = {}
        self.last_id: int | None = None
        self.has_more = False
        self.fetching = False

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.audit"), classes="screen-title", markup=False)
        with Horizontal(id="audit-filters"):
            yield Field(t("tui.audit.filter_user"),
                        TextInput(id="f_user", placeholder=t("tui.audit.filter_user_hint"),
                              max_length=64), field="f_user")
            yield Field(t("tui.audit.filter_from"),
                        TextInput(id="f_from", placeholder=t("tui.date_hint"), max_length=10,
                              validators=[DateValidator(required=False)]), field="f_from")
            yield Field(t("tui.audit.filter_to"),
                        TextInput(id="f_to", placeholder=t("tui.date_hint"), max_length=10,
                              validators=[DateValidator(required=False)]), field="f_to")
            yield Button(t("tui.audit.apply"), id="apply", variant="primary")
        yield PagedTable(id="audit-table")
        yield Static("", id="audit-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#audit-table", PagedTable)
        for key, width in (("id", 7), ("at", 21), ("user", 12), ("action", 24), ("entity", 16),
                           ("entity_id", 14)):
            table.add_column(t(f"tui.audit.col_{key}"), key=key, width=width)
        self.reload()

    # --- loading ------------------------------------------------------------------

    def reload(self) -> None:
        self.fetching = True
        self.load_page(self.filter, None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="audit")
    def load_page(self, filter_: AuditFilter, before_id: int | None) -> None:
        outcome = run_safely("audit.list_log", audit.list_log, self.session,
                             username=filter_.username, date_from=filter_.date_from,
                             date_to=filter_.date_to, before_id=before_id, limit=PAGE_SIZE)
        self.deliver(outcome, lambda page: self.show_page(page, reset=before_id is None),
                     self._failed)

    def _failed(self, error: SekretariatError | None) -> None:
        self.fetching = False
        self.show_error(error)

    def show_page(self, page: AuditPage, *, reset: bool) -> None:
        table = self.query_one("#audit-table", PagedTable)
        if reset:
            table.clear()
            self.audit_rows.clear()
        for row in page.rows:
            key = str(row.id)
            self.audit_rows[key] = row
            table.add_row(str(row.id), fmt_datetime(row.at), Text(row.username),
                          Text(action_label(row.action)), Text(entity_label(row.entity)),
                          Text(row.entity_id or ""), key=key)
        if page.rows:
            self.last_id = page.rows[-1].id
        self.has_more = page.has_more
        self.fetching = False
        count = len(self.audit_rows)
        if count == 0:
            text = t("tui.audit.empty")
        elif self.has_more:
            text = t("tui.audit.shown_more", count=count)
        else:
            text = t("tui.audit.shown_all", count=count)
        if self.filter.active:
            text += "  " + t("tui.audit.filtered")
        self.query_one("#audit-status", Static).update(text)
        self.refresh_bindings()

    def action_more(self) -> None:
        if self.has_more and not self.fetching and self.last_id is not None:
            self.fetching = True
            self.load_page(self.filter, self.last_id)

    @on(PagedTable.NeedMore, "#audit-table")
    def _need_more(self) -> None:
        self.action_more()

    def action_refresh(self) -> None:
        self.reload()

    # --- filters --------------------------------------------------------------------

    @on(Input.Changed, "#f_from, #f_to")
    def _date_typed(self, event: Input.Changed) -> None:
        self.query_one(f"#error-{event.input.id}", FieldError).show(
            first_failure(event.validation_result))

    @on(Input.Submitted, "#f_user, #f_from, #f_to")
    @on(Button.Pressed, "#apply")
    def apply_filter(self) -> None:
        self.clear_errors()
        values = {}
        for field in ("f_from", "f_to"):
            text = self.query_one(f"#{field}", Input).value.strip()
            try:
                values[field] = parse_date(text, field=field) if text else None
            except SekretariatError as exc:
                self.show_error(exc)
                self.query_one(f"#{field}", Input).focus()
                return
        if values["f_from"] and values["f_to"] and values["f_from"] > values["f_to"]:
            self.query_one("#error-f_to", FieldError).show(t("tui.audit.range_reversed"))
            return
        username = self.query_one("#f_user", Input).value.strip().lower() or None
        self.filter = AuditFilter(username, values["f_from"], values["f_to"])
        self.reload()
        self.query_one("#audit-table").focus()

    def action_focus_filter(self) -> None:
        self.query_one("#f_user", Input).focus()

    def action_clear_filter(self) -> None:
        for field in ("f_user", "f_from", "f_to"):
            self.query_one(f"#{field}", Input).value = ""
        self.clear_errors()
        self.filter = AuditFilter()
        self.reload()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "more":
            return self.has_more or None
        if action == "clear_filter":
            return self.filter.active or None
        return super().check_action(action, parameters)

    def action_back(self) -> None:
        # Escape in a filter field returns to the table first.
        if isinstance(self.focused, Input):
            self.query_one("#audit-table").focus()
            return
        super().action_back()

    # --- detail -------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#audit-table")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:

        row = self.audit_rows.get(event.row_key.value or "")
        if row is not None:
            self.app.push_screen(AuditDetailDialog(row))
