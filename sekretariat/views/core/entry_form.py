"""A new manual journal entry: date, description and two or more lines, each
an account with a debit or a credit. Amounts are checked as you type and the
difference between debits and credits is shown all the time. A refused save
keeps everything typed and says what is wrong next to the field."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Input, Label, Select, Static

from sekretariat import clock
from sekretariat.errors import DayClosed, SekretariatError, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_date
from sekretariat.money import format_rupiah, parse_rupiah
from sekretariat.services.core import journal
from sekretariat.services.core.journal import AccountInfo, LineInput, PostedEntry
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.fields import Field, FieldError, FormScroll
from sekretariat.views.widgets.validators import (
    DateValidator,
    MoneyValidator,
    first_failure,
)
from sekretariat.views.widgets.text_input import TextInput

MIN_LINES = 2


class LineRow(Vertical):
    """One line of the entry: account, debit, credit, memo, and its error."""

    def __init__(self, number: int, accounts: list[AccountInfo]) -> None:
        super().__init__(classes="line-row")
        self.number = number
        self.accounts = accounts

    def compose(self) -> ComposeResult:
        with Horizontal(classes="line-inputs"):
            yield Label(f"{self.number}.", classes="line-number")
            yield Select(_account_options(self.accounts), prompt=t("tui.entry.pick_account"),
                         classes="line-account")
            yield TextInput(placeholder=t("tui.journal.col_debit"), classes="line-debit",
                        validators=[MoneyValidator()], max_length=30)
            yield TextInput(placeholder=t("tui.journal.col_credit"), classes="line-credit",
                        validators=[MoneyValidator()], max_length=30)
            yield TextInput(placeholder=t("tui.entry.col_line_memo"), classes="line-memo",
                        max_length=200)
        error = Static("", classes="line-error field-error", markup=False)
        error.display = False
        yield error

    def renumber(self, number: int) -> None:
        self.number = number
        self.query_one(".line-number", Label).update(f"{number}.")

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        self.accounts = accounts
        select = self.query_one(".line-account", Select)
        value = select.value
        select.set_options(_account_options(accounts))
        if value != Select.NULL and any(a.code == value for a in accounts):
            select.value = value

    @property
    def account(self) -> str | None:
        value = self.query_one(".line-account", Select).value
        return None if value == Select.NULL else str(value)

    @property
    def debit_text(self) -> str:
        return self.query_one(".line-debit", Input).value

    @property
    def credit_text(self) -> str:
        return self.query_one(".line-credit", Input).value

    @property
    def memo(self) -> str:
        return self.query_one(".line-memo", Input).value

    def is_blank(self) -> bool:
        return (self.account is None and not self.debit_text.strip()
                and not self.credit_text.strip() and not self.memo.strip())

    def amounts(self) -> tuple[int, int]:
        """(debit, credit); raises ValidationError for what cannot be read."""
        debit = parse_rupiah(self.debit_text) if self.debit_text.strip() else 0
        credit = parse_rupiah(self.credit_text) if self.credit_text.strip() else 0
        return debit, credit

    def show_error(self, message: str) -> None:
        error = self.query_one(".line-error", Static)
        error.update(message)
        error.display = bool(message)


def _account_options(accounts: list[AccountInfo]) -> list[tuple[str, str]]:
    return [(f"{a.code}  {a.name}", a.code) for a in accounts if a.active]


class EntryFormScreen(BaseScreen):
    """Dismisses with the posted ``PostedEntry`` (or None when cancelled)."""

    CSS_PATH = "../styles/entry_form.tcss"
    HELP_KEY = "tui.help.entry_form"
    TITLE_KEY = "tui.entry.title"
    AUTO_FOCUS = "#memo"

    BINDINGS = [
        Binding("ctrl+s", "save", "tui.key.save", id="entry.save"),
        Binding("ctrl+n", "add_line", "tui.key.add_line", id="entry.add_line"),
        Binding("ctrl+r", "remove_line", "tui.key.remove_line", id="entry.remove_line"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.accounts: list[AccountInfo] = []
        self.saving = False

    def compose(self) -> ComposeResult:
        yield Static(t("tui.entry.title"), classes="screen-title", markup=False)
        with Horizontal(id="entry-head"):
            yield Field(t("field.entry_date"),
                        TextInput(f"{clock.today():%d/%m/%Y}", id="entry_date",
                              validators=[DateValidator()], max_length=10),
                        field="entry_date", id="field-date", own_error=False)
            yield Field(t("field.memo"), TextInput(id="memo", max_length=journal.MAX_MEMO),
                        field="memo", id="field-memo")
        yield FieldError("entry_date")
        with Horizontal(id="lines-header"):
            yield Label("", classes="line-number")
            yield Label(t("tui.entry.col_account"), classes="line-account")
            yield Label(t("tui.journal.col_debit"), classes="line-debit")
            yield Label(t("tui.journal.col_credit"), classes="line-credit")
            yield Label(t("tui.entry.col_line_memo"), classes="line-memo")
        with FormScroll(id="lines"):
            for number in range(1, MIN_LINES + 1):
                yield LineRow(number, self.accounts)
        yield FieldError("lines")
        yield Static("", id="entry-totals", markup=False)
        with Horizontal(id="entry-buttons"):
            yield Button(t("tui.entry.save"), id="save", variant="primary")
            yield Button(t("tui.entry.add_line"), id="add-line")
            yield Button(t("tui.cancel"), id="cancel")
        yield Footer()

    def on_mount(self) -> None:
        self.update_totals()
        self.call_service(journal.list_accounts, self.session, manual_entry=True,
                          done=self._accounts_loaded,
                          group="accounts")

    def _accounts_loaded(self, accounts: list[AccountInfo]) -> None:
        self.accounts = accounts
        for row in self.line_rows:
            row.set_accounts(accounts)

    @property
    def line_rows(self) -> list[LineRow]:
        return list(self.query(LineRow))

    # --- as you type ----------------------------------------------------------------

    @on(Input.Changed, ".line-debit, .line-credit")
    def _amount_typed(self, event: Input.Changed) -> None:
        row = next((a for a in event.input.ancestors if isinstance(a, LineRow)), None)
        if row is not None:
            row.show_error(first_failure(event.validation_result))
        self.update_totals()

    @on(Input.Changed, "#entry_date")
    def _date_typed(self, event: Input.Changed) -> None:
        self.query_one("#error-entry_date", FieldError).show(
            first_failure(event.validation_result))

    @on(Input.Changed, "#memo")
    def _memo_typed(self) -> None:
        self.query_one("#error-memo", FieldError).clear()

    @on(Select.Changed)
    def _account_picked(self, event: Select.Changed) -> None:
        row = next((a for a in event.select.ancestors if isinstance(a, LineRow)), None)
        if row is not None and event.value != Select.NULL:
            row.show_error("")

    def totals(self) -> tuple[int, int, bool]:
        """(debit, credit, every amount readable)."""
        debit = credit = 0
        readable = True
        for row in self.line_rows:
            try:
                d, c = row.amounts()
            except ValidationError:
                readable = False
                continue
            debit += d
            credit += c
        return debit, credit, readable

    def update_totals(self) -> None:
        debit, credit, readable = self.totals()
        difference = debit - credit
        key = "tui.entry.totals_balanced" if difference == 0 and debit else "tui.entry.totals"
        text = t(key, debit=format_rupiah(debit), credit=format_rupiah(credit),
                 difference=format_rupiah(abs(difference)))
        if not readable:
            text += "  " + t("tui.entry.totals_unreadable")
        totals = self.query_one("#entry-totals", Static)
        totals.update(text)
        totals.set_class(difference == 0 and debit > 0 and readable, "-ok")
        totals.set_class(difference != 0 or not readable, "-bad")

    # --- lines ----------------------------------------------------------------

    @on(Button.Pressed, "#add-line")
    async def action_add_line(self) -> None:
        row = LineRow(len(self.line_rows) + 1, self.accounts)
        await self.query_one("#lines", FormScroll).mount(row)
        row.query_one(".line-account", Select).focus()
        row.scroll_visible()
        self.refresh_bindings()

    async def action_remove_line(self) -> None:
        rows = self.line_rows
        if len(rows) <= MIN_LINES:
            self.notify(t("tui.entry.min_lines", count=MIN_LINES), severity="warning")
            return
        focused = self.focused
        row = next((a for a in focused.ancestors if isinstance(a, LineRow)), None) \
            if focused is not None else None
        row = row or rows[-1]
        await row.remove()
        self._renumber()
        self.line_rows[-1].query_one(".line-account", Select).focus()
        self.refresh_bindings()

    def _renumber(self) -> None:
        for number, row in enumerate(self.line_rows, 1):
            row.renumber(number)
        self.update_totals()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "remove_line":
            return (self.is_mounted and len(self.line_rows) > MIN_LINES) or None
        if action == "save":
            return not self.saving or None
        return super().check_action(action, parameters)

    # --- save -------------------------------------------------------------------

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        if self.saving:
            return
        self.clear_errors()
        for row in self.line_rows:
            row.show_error("")
        problems = False
        try:
            entry_date = parse_date(self.query_one("#entry_date", Input).value,
                                    field="entry_date")
        except SekretariatError as exc:
            self.show_error(exc)
            problems = True
            entry_date = None
        memo = self.query_one("#memo", Input).value
        if not memo.strip():
            self.query_one("#error-memo", FieldError).show(t("journal.memo_empty"))
            problems = True
        lines: list[LineInput] = []
        self.posted_rows: list[LineRow] = []
        for row in self.line_rows:
            if row.is_blank():
                continue
            try:
                debit, credit = row.amounts()
            except ValidationError as exc:
                row.show_error(exc.message)
                problems = True
                continue
            if row.account is None:
                row.show_error(t("tui.entry.account_missing"))
                problems = True
                continue
            lines.append(LineInput(row.account, debit=debit, credit=credit, memo=row.memo))
            self.posted_rows.append(row)
        if problems or entry_date is None:
            self._focus_first_error()
            return
        self.saving = True
        self.refresh_bindings()
        self.query_one("#save", Button).disabled = True
        self.call_service(journal.post_entry, self.session, entry_date, memo, lines,
                          done=self._saved, failed=self._refused, group="save")

    def _saved(self, entry: PostedEntry) -> None:
        self.saving = False
        self.dismiss(entry)

    def _refused(self, error: SekretariatError | None) -> None:
        self.saving = False
        self.refresh_bindings()
        self.query_one("#save", Button).disabled = False
        line = error.params.get("line") if error is not None else None
        if error is not None and error.field == "lines" and isinstance(line, int) \
                and 1 <= line <= len(self.posted_rows):
            self.posted_rows[line - 1].show_error(error.message)
        elif isinstance(error, DayClosed):  # it is about the date typed
            self.query_one("#error-entry_date", FieldError).show(error.message)
        else:
            self.show_error(error)
        self._focus_first_error()

    def _focus_first_error(self) -> None:
        if self.query_one("#error-entry_date", FieldError).display:
            self.query_one("#entry_date", Input).focus()
        elif self.query_one("#error-memo", FieldError).display:
            self.query_one("#memo", Input).focus()
        else:
            for row in self.line_rows:
                if row.query_one(".line-error", Static).display:
                    row.query_one(".line-debit", Input).focus()
                    return

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.action_back()

    def action_back(self) -> None:
        if not self._typed_something():
            self.dismiss(None)
            return
        from sekretariat.views.core.confirm import ConfirmDialog

        self.app.push_screen(ConfirmDialog(t("tui.entry.discard"), t("tui.entry.discard_yes")),
                             lambda yes: yes and self.dismiss(None))

    def _typed_something(self) -> bool:
        return bool(self.query_one("#memo", Input).value.strip()) or any(
            not row.is_blank() for row in self.line_rows)
