"""Counting (blind): a counter types what they see — the place, the item
(its code or name, completed as typed) and the quantity with its unit
("2 karung", "15 kg", "0" when there is none). Enter moves to the next
field; Enter on the quantity records the line and starts the next one at
the item, keeping the place. The screen shows only what this counter
typed, never a book quantity (the services it calls return none)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.suggester import SuggestFromList
from textual.widgets import DataTable, Footer, Input, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.warehouse import counts, counts_read
from sekretariat.services.warehouse.counts_read import CountInfo, CountItem, CountLine
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput

FIELDS = ("place", "item", "quantity")


class CountEntryScreen(BaseScreen):
    CSS_PATH = "../styles/warehouse_counts.tcss"
    HELP_KEY = "tui.counts.help.entry"
    TITLE_KEY = "tui.section.counts"
    AUTO_FOCUS = "#item"

    BINDINGS = [
        Binding("ctrl+s", "add", "tui.counts.key.add", id="counts.entry.add"),
    ]

    def __init__(self, count: CountInfo) -> None:
        super().__init__()
        self.count = count
        self.items: list[CountItem] = []

    def compose(self) -> ComposeResult:
        c = self.count
        yield Static(t("tui.counts.entry.title", number=c.number, day=fmt_date(c.counted_on),
                       time=c.counted_at, place=c.place or "-"),
                     classes="screen-title", markup=False)
        yield Static(t("tui.counts.entry.blind"), id="entry-blind", markup=False)
        with Horizontal(id="entry-fields"):
            yield Field(t("tui.counts.place"), TextInput(c.place, id="place",
                                                         max_length=counts.MAX_PLACE),
                        field="place", own_error=False, classes="field place")
            yield Field(t("tui.counts.item"), TextInput(id="item", max_length=60),
                        field="item", own_error=False, classes="field item")
            yield Field(t("tui.counts.quantity"), TextInput(id="quantity", max_length=30),
                        field="quantity", own_error=False, classes="field quantity")
        yield Static("", id="entry-units", markup=False)
        for field in (*FIELDS, "general"):
            yield FieldError(field)
        yield DataTable(id="entry-lines", cursor_type="row", zebra_stripes=True)
        yield Static("", id="entry-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#entry-lines", DataTable)
        for key, width in (("item", 24), ("place", 16), ("quantity", 28), ("at", 10)):
            table.add_column(t(f"tui.counts.col_{key}"), key=key, width=width)
        self.call_service(counts_read.count_items, self.session, done=self._items_loaded,
                          group="items")
        self.reload()

    def _items_loaded(self, found: list[CountItem]) -> None:
        self.items = found
        self.query_one("#item", Input).suggester = SuggestFromList(
            [i.code for i in found] + [i.name for i in found], case_sensitive=False)
        self._show_units()

    def reload(self) -> None:
        self.call_service(counts_read.my_lines, self.session, self.count.id, done=self.show,
                          group="load")

    def show(self, lines: list[CountLine]) -> None:
        table = self.query_one("#entry-lines", DataTable)
        table.clear()
        for line in lines:
            table.add_row(line.item_name, line.place or "-", line.quantity_text,
                          line.created_at[11:16], key=str(line.id))
        if lines:
            table.move_cursor(row=len(lines) - 1)
        self.query_one("#entry-status", Static).update(
            t("tui.counts.entry.mine", count=len(lines)))

    # --- typing --------------------------------------------------------------------

    def _typed_item(self) -> CountItem | None:
        typed = " ".join(self.query_one("#item", Input).value.split()).casefold()
        return next((i for i in self.items
                     if typed in (i.code.casefold(), i.name.casefold())), None)

    @on(Input.Changed, "#item")
    def _show_units(self) -> None:
        item = self._typed_item()
        self.query_one("#entry-units", Static).update(
            t("tui.counts.units", item=item.name, units=", ".join((item.base_unit, *item.units)))
            if item else "")

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "quantity":
            self.action_add()
        else:
            self.focus_next(Input)

    def action_add(self) -> None:
        self.clear_errors()
        value = {f: self.query_one(f"#{f}", Input).value for f in FIELDS}
        self.call_service(counts.add_line, self.session, self.count.id, value["item"],
                          value["quantity"], place=value["place"], done=self._line_added,
                          failed=self._line_refused, group="add")

    def _line_added(self, line: CountLine) -> None:
        self.notify(t("tui.counts.entry.added", quantity=line.quantity_text,
                      item=line.item_name))
        for field in ("item", "quantity"):
            self.query_one(f"#{field}", Input).value = ""
        self.query_one("#item", Input).focus()
        self.reload()

    def _line_refused(self, error) -> None:
        self.show_error(error)
        if error is not None and error.field in FIELDS:
            self.query_one(f"#{error.field}", Input).focus()
