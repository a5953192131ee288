"""One journal entry with its lines; reverse it from here if allowed."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, fmt_datetime
from sekretariat.money import format_rupiah
from sekretariat.services.core import journal
from sekretariat.services.core.journal import PostedEntry
from sekretariat.views.base import BaseDialog


class EntryDetailDialog(BaseDialog):
    """Dismisses with the reversing entry if the user reversed it, else None."""

    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.help.entry_detail"
    TITLE_KEY = "tui.entry_detail.title"

    BINDINGS = [
        Binding("escape", "cancel", "tui.key.close", id="entry_detail.close"),
        Binding("r", "reverse", "tui.key.reverse", id="entry_detail.reverse"),
    ]

    def __init__(self, entry_id: int) -> None:
        super().__init__(classes="dialog")
        self.entry_id = entry_id
        self.entry: PostedEntry | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide"):
            yield Static(t("tui.entry_detail.title"), classes="dialog-title", markup=False)
            yield Static(t("tui.loading"), id="entry-head", markup=False)
            yield DataTable(id="entry-lines", cursor_type="none", zebra_stripes=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.entry_detail.reverse"), id="reverse", variant="warning",
                             disabled=True)
                yield Button(t("tui.close"), id="close")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#entry-lines", DataTable)
        table.add_column(t("tui.journal.col_code"))
        table.add_column(t("tui.journal.col_account"))
        table.add_column(Text(t("tui.journal.col_debit"), justify="right"))
        table.add_column(Text(t("tui.journal.col_credit"), justify="right"))
        table.add_column(t("tui.entry.col_line_memo"))
        self.call_service(journal.get_entry, self.session, self.entry_id, done=self.show_entry)

    def show_entry(self, entry: PostedEntry) -> None:
        self.entry = entry
        lines = [
            t("tui.entry_detail.number", number=entry.number, day=fmt_date(entry.entry_date)),
            t("tui.entry_detail.memo", memo=entry.memo),
            t("tui.entry_detail.by", user=entry.created_by, at=fmt_datetime(entry.created_at)),
        ]
        if entry.reverses_id is not None:
            lines.append(t("tui.entry_detail.is_reversal"))
        if entry.reversed_by_id is not None:
            lines.append(t("tui.entry_detail.was_reversed"))
        self.query_one("#entry-head", Static).update("\n".join(lines))
        table = self.query_one("#entry-lines", DataTable)
        for line in entry.lines:
            table.add_row(line.account_code, Text(line.account_name),
                          Text(format_rupiah(line.debit) if line.debit else "", justify="right"),
                          Text(format_rupiah(line.credit) if line.credit else "",
                               justify="right"),
                          Text(line.memo))
        table.add_row("", Text(t("tui.journal.total"), style="bold"),
                      Text(format_rupiah(entry.total), style="bold", justify="right"),
                      Text(format_rupiah(sum(line.credit for line in entry.lines)),
                           style="bold", justify="right"), "")
        self.query_one("#reverse", Button).disabled = not self._can_reverse()
        self.refresh_bindings()

    def _can_reverse(self) -> bool:
        from sekretariat.services.core import permissions

        entry = self.entry
        return (entry is not None and permissions.can(self.app.session, "journal.reverse")
                and entry.reverses_id is None and entry.reversed_by_id is None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reverse":
            return self._can_reverse() or None
        return True

    @on(Button.Pressed, "#close")
    def _close(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#reverse")
    def action_reverse(self) -> None:
        if not self._can_reverse() or self.entry is None:
            return
        from sekretariat.views.core.reverse_entry import ReverseEntryDialog

        self.app.push_screen(ReverseEntryDialog(self.entry.id, self.entry.number),
                             self._after_reverse)

    def _after_reverse(self, reversal) -> None:
        if reversal is not None:
            self.dismiss(reversal)
