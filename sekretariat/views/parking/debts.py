"""Utang juru parkir: every attendant who owes, largest first, with the
total (a = everyone, those who owe nothing too). Enter opens the
attendant's account: the shortfalls, payments and write-offs behind it."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.money import format_rupiah
from sekretariat.services.parking import debts
from sekretariat.services.parking.debts import DebtRow
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.cells import short_text


class DebtsScreen(BaseScreen):
    CSS_PATH = "../styles/parking.tcss"
    HELP_KEY = "tui.parking.help.debts"
    TITLE_KEY = "tui.parking.debts.title"
    AUTO_FOCUS = "#debts-table"

    BINDINGS = [
        Binding("enter", "account", "tui.parking.key.account", id="parking_debts.account"),
        Binding("a", "everyone", "tui.parking.key.everyone", id="parking_debts.everyone"),
        Binding("f5", "refresh", "tui.key.refresh", id="parking_debts.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.everyone = False
        self.rows: list[DebtRow] = []

    def compose(self) -> ComposeResult:
        yield Static(t("tui.parking.debts.title"), classes="screen-title", markup=False)
        yield Static(t("tui.loading"), id="debts-total", markup=False)
        yield DataTable(id="debts-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#debts-table", DataTable)
        table.add_column(t("tui.parking.col.attendant"), key="name", width=30)
        table.add_column(t("tui.parking.col.debt"), key="debt", width=14)
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.call_service(debts.list_debts, self.session, include_zero=self.everyone,
                          done=self.show, group="load")

    def show(self, found: list[DebtRow]) -> None:
        table = self.query_one("#debts-table", DataTable)
        at = table.cursor_row
        table.clear()
        self.rows = found
        for row in found:
            table.add_row(short_text(row.name, 30),
                          Text(format_rupiah(row.debt), justify="right",
                               style="bold red" if row.debt else "dim"),
                          key=str(row.attendant_id))
        if found:
            table.move_cursor(row=min(at, len(found) - 1))
        owing = [r for r in found if r.debt]
        self.query_one("#debts-total", Static).update(t(
            "tui.parking.debts.total", amount=format_rupiah(sum(r.debt for r in owing)),
            count=len(owing)) if owing else t("tui.parking.debts.none"))
        self.refresh_bindings()

    @property
    def highlighted(self) -> DebtRow | None:
        table = self.query_one("#debts-table", DataTable)
        if not table.row_count or not self.rows:
            return None
        return self.rows[min(table.cursor_row, len(self.rows) - 1)]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "account":
            return self.highlighted is not None or None
        return super().check_action(action, parameters)

    @on(DataTable.RowSelected, "#debts-table")
    def _chosen(self) -> None:
        self.action_account()

    def action_account(self) -> None:
        from sekretariat.views.parking.account import AttendantAccountScreen

        row = self.highlighted
        if row is not None:
            self.app.push_screen(AttendantAccountScreen(row.attendant_id))

    def action_everyone(self) -> None:
        self.everyone = not self.everyone
        self.reload()

    def action_refresh(self) -> None:
        self.reload()
