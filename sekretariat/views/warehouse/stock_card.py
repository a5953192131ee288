"""Kartu stok: one item's movements over a period (From / To; by default
this year up to today), a page at a time (< >): date, number, kind, the
supplier, trader or reason, in, out, the running balance, the average cost
after it and the balance's value; the balance before the period and at its
end with the totals in and out (all from ``stock.stock_card``)."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, DataTable, Footer, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.warehouse import stock
from sekretariat.services.warehouse.items import in_units
from sekretariat.services.warehouse.stock import Movement, StockCard
from sekretariat.views.base import BaseScreen
from sekretariat.views.warehouse.cells import money, quantity, unit_cost
from sekretariat.views.widgets import period
from sekretariat.views.widgets.cells import short_text
from sekretariat.views.widgets.fields import FieldError, date_field

_PAGES = Binding.Group("tui.warehouse.key.pages", compact=True)
#: Column key -> width ("+": right-aligned); date to balance fit 80 columns.
COLUMNS = (("date", 11), ("number", 14), ("kind", 13), ("+in", 9), ("+out", 9),
           ("+balance", 10), ("+unit_cost", 11), ("+value", 13), ("detail", 30))


def detail(row: Movement) -> str:
    """Who or why: the supplier or trader, the reason, what it reverses."""
    parts = [p for p in (row.counterparty, row.reason) if p]
    if row.payment:
        parts.append(t(f"warehouse.payment.{row.payment}"))
    if row.reverses_number:
        parts.append(t("tui.warehouse.card.reverses", number=row.reverses_number))
    if row.reversed_by_number:
        parts.append(t("tui.warehouse.card.reversed_by", number=row.reversed_by_number))
    return " · ".join(parts)


class StockCardScreen(period.PeriodFields, BaseScreen):
    PERIOD_TABLE = "#card-table"
    PERIOD_REVERSED_KEY = "tui.warehouse.card.reversed"
    CSS_PATH = "../styles/warehouse.tcss"
    HELP_KEY = "tui.warehouse.help.card"
    TITLE_KEY = "tui.warehouse.card.screen"
    AUTO_FOCUS = "#card-table"

    BINDINGS = [
        Binding("less_than_sign", "page(-1)", "tui.warehouse.key.page_back",
                id="warehouse_card.page_back", group=_PAGES),
        Binding("greater_than_sign", "page(1)", "tui.warehouse.key.page_next",
                id="warehouse_card.page_next", group=_PAGES),
        Binding("d", "edit_period", "tui.warehouse.key.period", id="warehouse_card.period"),
        Binding("f5", "refresh", "tui.key.refresh", id="warehouse_card.refresh", show=False),
    ]

    def __init__(self, item_id: int) -> None:
        super().__init__()
        self.item_id = item_id
        self.last = clock.today()
        self.first = self.last.replace(month=1, day=1)
        self.page = 0
        self.card: StockCard | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.loading"), id="card-title", classes="screen-title", markup=False)
        with Horizontal(id="card-controls"):
            yield date_field(t("tui.warehouse.card.from"), "first", self.first,
                             classes="field date", own_error=False)
            yield date_field(t("tui.warehouse.card.to"), "last", self.last,
                             classes="field date", own_error=False)
            yield Button(t("tui.warehouse.apply"), id="apply")
        yield FieldError("first")
        yield FieldError("last")
        yield Static("", id="card-opening", markup=False)
        yield DataTable(id="card-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="card-closing", markup=False)
        yield Static("", id="card-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#card-table", DataTable)
        for key, width in COLUMNS:
            label = t(f"tui.warehouse.card.col_{key.lstrip('+')}")
            table.add_column(Text(label, justify="right") if key.startswith("+") else label,
                             key=key.lstrip("+"), width=width)
        self.reload()

    def reload(self) -> None:
        wanted = (self.first, self.last, self.page)
        self.call_service(stock.stock_card, self.session, self.item_id, self.first, self.last,
                          self.page, done=lambda card: self.show(card, wanted), group="load")

    def show(self, card: StockCard, wanted: tuple[dt.date, dt.date, int]) -> None:
        if wanted != (self.first, self.last, self.page):
            return  # an answer to an earlier question
        self.card = card
        self.page = card.page
        item = card.item
        self.query_one("#card-title", Static).update(t(
            "tui.warehouse.card.title", item=item.name, code=item.code, unit=item.base_unit,
            first=fmt_date(self.first), last=fmt_date(self.last)))
        self.query_one("#card-opening", Static).update(t(
            "tui.warehouse.card.opening", day=fmt_date(self.first),
            quantity=in_units(item, card.opening_qty), value=format_rupiah(card.opening_value)))
        table = self.query_one("#card-table", DataTable)
        table.clear()
        for row in card.rows:
            style = "dim" if row.is_reversed or row.kind == "reversal" else ""
            table.add_row(fmt_date(row.day), Text(row.number, style=style),
                          short_text(t(f"warehouse.kind.{row.kind}"), 13),
                          quantity(row.incoming), quantity(row.outgoing),
                          quantity(row.qty_after, dim_zero=False),
                          unit_cost(row.unit_cost), money(row.value_after),
                          Text(detail(row)), key=str(row.id))
        self.query_one("#card-closing", Static).update(t(
            "tui.warehouse.card.closing", total_in=in_units(item, card.total_in),
            total_out=in_units(item, card.total_out), day=fmt_date(self.last),
            quantity=in_units(item, card.closing_qty), value=format_rupiah(card.closing_value)))
        self.query_one("#card-status", Static).update(
            t("tui.warehouse.card.empty") if not card.count else
            t("tui.warehouse.card.status", page=card.page + 1, pages=card.pages,
              count=card.count))
        self.refresh_bindings()

    def action_refresh(self) -> None:
        self.reload()

    # --- period and pages -----------------------------------------------------------

    def period_applied(self, first: dt.date, last: dt.date) -> None:
        self.first, self.last = first, last
        self.page = 0
        self.reload()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "page":
            if self.card is None:
                return None
            wanted = self.card.page + int(parameters[0])  # type: ignore[call-overload]
            return 0 <= wanted < self.card.pages or None
        return super().check_action(action, parameters)

    def action_page(self, step: int) -> None:
        if self.check_action("page", (step,)) is True and self.card is not None:
            self.page = self.card.page + step
            self.reload()
