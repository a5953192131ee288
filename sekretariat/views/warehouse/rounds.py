"""Pembelian bersama: every bulk round (number, title, status, items,
requests, total charge), newest first. ``n`` opens a new round (title,
items with their purchase unit) and shows it; Enter shows the round under
the cursor (round_screen.py). Opening needs ``warehouse.manage``."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.warehouse import rounds_read
from sekretariat.services.warehouse.rounds_read import RoundSummary
from sekretariat.views.base import BaseScreen
from sekretariat.views.warehouse.cells import money, right
from sekretariat.views.widgets.cells import short_text

COLUMNS = (("number", 14), ("title", 18), ("status", 20), ("items", 14), ("+requests", 5),
           ("+charge", 13), ("opened", 11))


class RoundsScreen(BaseScreen):
    CSS_PATH = "../styles/warehouse_rounds.tcss"
    HELP_KEY = "tui.round.help.rounds"
    TITLE_KEY = "tui.round.rounds_title"
    AUTO_FOCUS = "#rounds-table"

    BINDINGS = [
        Binding("enter", "open_round", "tui.round.key.open", id="warehouse_rounds.open"),
        Binding("n", "new_round", "tui.round.key.new", id="warehouse_rounds.new"),
        Binding("f5", "refresh", "tui.key.refresh", id="warehouse_rounds.refresh", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, RoundSummary] = {}
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Static(t("tui.round.rounds_title"), classes="screen-title", markup=False)
        yield DataTable(id="rounds-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="rounds-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#rounds-table", DataTable)
        for key, width in COLUMNS:
            name = key.lstrip("+")
            label = t(f"tui.round.col_{name}")
            table.add_column(Text(label, justify="right") if key[0] == "+" else label,
                             key=name, width=width)
        self.reload()

    def _on_screen_resume(self) -> None:
        super()._on_screen_resume()
        if self.loaded:
            self.reload()

    def reload(self, select: int | None = None) -> None:
        self.call_service(rounds_read.list_rounds, self.session,
                          done=lambda found: self.show(found, select), group="load")

    def show(self, found: list[RoundSummary], select: int | None = None) -> None:
        table = self.query_one("#rounds-table", DataTable)
        at = table.cursor_row
        table.clear()
        self.rows = {str(r.id): r for r in found}
        for index, r in enumerate(found):
            style = "dim" if r.status == "cancelled" else ""
            table.add_row(r.number, short_text(r.title, 18),
                          Text(t(f"round.status.{r.status}"), style=style),
                          short_text(r.items, 14), right(str(r.requests)),
                          money(r.total_charge, dim_zero=True), fmt_date(r.opened_on),
                          key=str(r.id))
            if r.id == select:
                at = index
        if found:
            table.move_cursor(row=max(0, min(at, len(found) - 1)))
        self.loaded = True
        self.query_one("#rounds-status", Static).update(
            t("tui.round.count", count=len(found)) if found else t("tui.round.empty"))
        self.refresh_bindings()

    def action_refresh(self) -> None:
        self.reload()

    @property
    def highlighted(self) -> RoundSummary | None:
        if not self.is_mounted:
            return None
        table = self.query_one("#rounds-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(key or "")

    @on(DataTable.RowHighlighted, "#rounds-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(DataTable.RowSelected, "#rounds-table")
    def _chosen(self) -> None:
        self.action_open_round()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "new_round":
            return (self.loaded and self.may("warehouse.manage")) or None
        if action == "open_round":
            return self.highlighted is not None or None
        return super().check_action(action, parameters)

    def action_open_round(self) -> None:
        found = self.highlighted
        if found is not None:
            self._open(found.id)

    def _open(self, round_id: int) -> None:
        from sekretariat.views.warehouse.round_screen import RoundScreen

        self.app.push_screen(RoundScreen(round_id))

    def action_new_round(self) -> None:
        if self.check_action("new_round", ()) is not True:
            return
        from sekretariat.views.warehouse.round_forms import NewRoundDialog

        self.app.push_screen(NewRoundDialog(), self._opened)

    def _opened(self, round_id: int | None) -> None:
        if round_id is not None:
            self.notify(t("tui.round.opened"))
            self._open(round_id)
