"""One bulk round (Pembelian bersama PB/…): its items (requested, ordered,
arrived, bulk price, landed cost) and, per item, each trader's request,
exact quota, units allocated, charge and saving side by side.

The keys follow the round's status: ``a`` a request and ``c`` close the
requests while open; ``o`` order (prints the purchase order); ``b`` a
landed cost and ``t`` the receipt once ordered; ``l`` the allocation
(preview, hand edits, confirm) once received; ``p`` post (prints the
distribution sheet); ``d`` print again (SALINAN); ``h`` an item's retail
price. A posted or cancelled round greys every change key but ``r``, which
hands the selected trader's share back (a correction is a reversal), and
``R`` (F1, palette) which hands back every share not yet returned."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.warehouse import round_papers, rounds, rounds_post, rounds_read
from sekretariat.services.warehouse.rounds_read import RoundInfo, quota_text
from sekretariat.views.base import BaseScreen
from sekretariat.views.printing import print_document
from sekretariat.views.warehouse.cells import money, right
from sekretariat.views.warehouse.round_return import returnable
from sekretariat.views.widgets.cells import short_text

#: action -> the statuses it works in (all of them need warehouse.manage).
WHEN: dict[str, tuple[str, ...]] = {
    "request": ("open",), "close": ("open",), "order": ("closed",), "cost": ("ordered",),
    "receive": ("ordered",), "allocate": ("received", "allocated"), "post": ("allocated",),
    "retail": ("open", "closed", "ordered", "received", "allocated"),
}
ITEM_COLUMNS = (("item", 18), ("+requested", 9), ("+ordered", 9), ("+received", 9),
                ("+price", 13), ("+landed", 13))
LINE_COLUMNS = (("item", 12), ("trader", 16), ("+requested", 6), ("+quota", 7),
                ("+allocated", 6), ("+charge", 12), ("+saving", 11), ("invoice", 25))


class RoundScreen(BaseScreen):
    CSS_PATH = "../styles/warehouse_rounds.tcss"
    HELP_KEY = "tui.round.help.round"
    TITLE_KEY = "tui.round.round_title"
    AUTO_FOCUS = "#round-lines"

    BINDINGS = [
        Binding("a", "request", "tui.round.key.request", id="warehouse_round.request"),
        Binding("c", "close", "tui.round.key.close", id="warehouse_round.close"),
        Binding("o", "order", "tui.round.key.order", id="warehouse_round.order"),
        Binding("b", "cost", "tui.round.key.cost", id="warehouse_round.cost"),
        Binding("t", "receive", "tui.round.key.receive", id="warehouse_round.receive"),
        Binding("l", "allocate", "tui.round.key.allocate", id="warehouse_round.allocate"),
        Binding("p", "post", "tui.round.key.post", id="warehouse_round.post"),
        Binding("d", "reprint", "tui.round.key.reprint", id="warehouse_round.reprint"),
        Binding("r", "return_share", "tui.round.key.return", id="warehouse_round.return"),
        # rarer: in F1 and the palette only, so the round's steps fit at 120 columns
        Binding("h", "retail", "tui.round.key.retail", id="warehouse_round.retail",
                show=False),
        Binding("R", "return_round", "tui.round.return_all", id="warehouse_round.return_all",
                show=False),
        Binding("f5", "refresh", "tui.key.refresh", id="warehouse_round.refresh", show=False),
    ]

    def __init__(self, round_id: int) -> None:
        super().__init__()
        self.round_id = round_id
        self.info: RoundInfo | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.loading"), id="round-head", classes="screen-title", markup=False)
        yield DataTable(id="round-items", cursor_type="row", zebra_stripes=True)
        yield Static("", id="round-costs", markup=False)
        yield DataTable(id="round-lines", cursor_type="row", zebra_stripes=True)
        yield Static("", id="round-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        for selector, columns in (("#round-items", ITEM_COLUMNS), ("#round-lines", LINE_COLUMNS)):
            table = self.query_one(selector, DataTable)
            for key, width in columns:
                name = key.lstrip("+")
                label = t(f"tui.round.col_{name}")
                table.add_column(Text(label, justify="right") if key[0] == "+" else label,
                                 key=name, width=width)
        self.reload()

    def reload(self, then=None) -> None:
        def shown(info: RoundInfo) -> None:
            self.show(info)
            if then is not None:
                then(info)

        self.call_service(rounds_read.get_round, self.session, self.round_id, done=shown,
                          group="load")

    def show(self, info: RoundInfo) -> None:
        self.info = info
        head = t("tui.round.head", number=info.number, title=info.title,
                 status=t(f"round.status.{info.status}"), opened=fmt_date(info.opened_on))
        if info.po_number:
            head += " · " + t("tui.round.head_po", po=info.po_number,
                              supplier=info.supplier_name)
        self.query_one("#round-head", Static).update(head)
        items = self.query_one("#round-items", DataTable)
        items.clear()
        for i in info.items:
            items.add_row(short_text(f"{i.item_name} ({i.unit})", 18), right(str(i.requested)),
                          right("-" if i.ordered is None else str(i.ordered)),
                          right("-" if i.received is None else str(i.received)),
                          money(i.bulk_price), money(i.landed_cost, dim_zero=True),
                          key=str(i.round_item_id))
        costs = "; ".join(f"{c.description} {format_rupiah(c.amount)}"
                          + (f" ({c.item_name})" if c.item_name else "") for c in info.costs)
        self.query_one("#round-costs", Static).update(
            t("tui.round.costs", costs=costs) if costs else t("tui.round.no_costs"))
        lines = self.query_one("#round-lines", DataTable)
        lines.clear()
        for line in info.lines:
            lines.add_row(short_text(line.item_name, 12), short_text(line.trader_name, 16),
                          right(str(line.requested)), right(quota_text(line.quota) or "-"),
                          right("-" if line.allocated is None else str(line.allocated)),
                          money(line.charge), money(line.saving, dim_zero=True),
                          self._invoice_cell(line), key=str(line.request_id))
        self.query_one("#round-status", Static).update(self._status_text(info))
        self.refresh_bindings()

    @staticmethod
    def _invoice_cell(line) -> Text | str:
        if line.returned is None:
            return line.invoice_number or ""
        return Text(f"{line.invoice_number} ({t('round.returned_short')})", style="strike dim")

    @staticmethod
    def _status_text(info: RoundInfo) -> str:
        traders = len({line.trader_id for line in info.lines})
        text = t("tui.round.totals", requests=len(info.lines), traders=traders,
                 charge=format_rupiah(info.total_charge), saving=format_rupiah(info.total_saving))
        if info.status in ("received", "allocated") and not info.allocation_stored:
            text += " · " + t("tui.round.preview_note")
        if info.status in rounds.LOCKED:
            text += " · " + t("tui.round.locked_note")
        if info.total_returned:
            text += " · " + t("tui.round.returned_total", charge=format_rupiah(info.total_returned))
        for line in info.lines:
            if line.returned is not None:
                text += "\n" + line.trader_name + ": " + t(
                    "round.returned_note", day=fmt_date(line.returned.day),
                    number=line.returned.movement_number, reason=line.returned.reason)
        return text

    def action_refresh(self) -> None:
        self.reload()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in WHEN:
            if self.info is None or not self.may("warehouse.manage"):
                return None
            return self.info.status in WHEN[action] or None
        if action in ("return_share", "return_round"):
            return (self.may("warehouse.manage") and bool(returnable(self.info))) or None
        if action == "reprint":
            return (self.info is not None and bool(self.info.po_number)
                    and self.info.status != "cancelled") or None
        return super().check_action(action, parameters)

    def _can(self, action: str) -> bool:
        return self.check_action(action, ()) is True

    # --- the steps ---------------------------------------------------------------

    def _dialog(self, action: str, dialog, message: str, after=None) -> None:
        if not self._can(action):
            return

        def closed(result) -> None:
            if result is not None:
                self.notify(message)
                self.reload(after)

        self.app.push_screen(dialog, closed)

    def action_request(self) -> None:
        from sekretariat.views.warehouse.round_forms import RequestDialog

        if self._can("request"):
            self.app.push_screen(RequestDialog(self.info), self._requested)

    def _requested(self, name: str | None) -> None:
        if name is not None:
            self.notify(t("tui.round.requested", trader=name))
            self.reload()

    def action_close(self) -> None:
        if not self._can("close"):
            return
        from sekretariat.views.core.confirm import ConfirmDialog

        info = self.info
        self.app.push_screen(
            ConfirmDialog(t("tui.round.close_confirm", number=info.number,
                            count=len(info.lines)), t("tui.round.close_yes")),
            lambda yes: yes and self.call_service(
                rounds.close_round, self.session, info.id,
                done=lambda _: (self.notify(t("tui.round.closed", number=info.number)),
                                self.reload())))

    def action_order(self) -> None:
        from sekretariat.views.warehouse.round_forms import OrderDialog

        if self._can("order"):
            self.app.push_screen(OrderDialog(self.info), self._ordered)

    def _ordered(self, po_number: str | None) -> None:
        if po_number is not None:
            self.notify(t("tui.round.ordered", po=po_number))
            self.reload()
            print_document(self, round_papers.purchase_order_pdf, self.round_id,
                           what=t("tui.round.po_what", number=po_number))

    def action_cost(self) -> None:
        from sekretariat.views.warehouse.round_forms import CostDialog

        self._dialog("cost", CostDialog(self.info), t("tui.round.cost_saved"))

    def action_receive(self) -> None:
        from sekretariat.views.warehouse.round_forms import ReceiveDialog

        if self._can("receive"):
            self.app.push_screen(ReceiveDialog(self.info), self._received)

    def _received(self, result: bool | None) -> None:
        if result:
            self.notify(t("tui.round.received"))
            self.reload()

    def action_allocate(self) -> None:
        from sekretariat.views.warehouse.round_allocation import AllocationDialog

        self._dialog("allocate", AllocationDialog(self.info.id, self.info.number),
                     t("tui.round.allocated"))

    def action_post(self) -> None:
        if not self._can("post"):
            return
        from sekretariat.views.core.confirm import ConfirmDialog

        info = self.info
        self.app.push_screen(
            ConfirmDialog(t("tui.round.post_confirm", number=info.number,
                            total=format_rupiah(info.total_charge)),
                          t("tui.round.post_yes")),
            lambda yes: yes and self.call_service(rounds_post.post_round, self.session,
                                                  info.id, done=self._posted))

    def _posted(self, done) -> None:
        self.notify(t("tui.round.posted", number=done.number, count=len(done.lines),
                      total=format_rupiah(done.total)))
        self.reload()
        print_document(self, round_papers.distribution_sheet_pdf, self.round_id,
                       what=t("tui.round.sheet_what", number=done.number))

    def action_reprint(self) -> None:
        if not self._can("reprint"):
            return
        info = self.info
        if info.allocation_stored:
            print_document(self, round_papers.distribution_sheet_pdf, info.id,
                           what=t("tui.round.sheet_what", number=info.number))
        else:
            print_document(self, round_papers.purchase_order_pdf, info.id,
                           what=t("tui.round.po_what", number=info.po_number))

    def action_retail(self) -> None:
        from sekretariat.views.warehouse.round_forms import RetailDialog

        self._dialog("retail", RetailDialog(self.info), t("tui.round.retail_saved"))

    # --- correcting a posted round --------------------------------------------------

    def action_return_share(self) -> None:
        from sekretariat.views.warehouse.round_return import ReturnShareDialog

        if not self._can("return_share"):
            return
        table = self.query_one("#round-lines", DataTable)
        line = None
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            line = next((x for x in returnable(self.info) if str(x.request_id) == key), None)
        if line is None:
            self.notify(t("tui.round.return_pick"), severity="warning")
            return
        self.app.push_screen(ReturnShareDialog(self.info, line), self._returned)

    def _returned(self, done) -> None:
        if done is not None:
            self.notify(t("tui.round.returned", trader=done.trader_name,
                          movement=done.movement_number, invoice=done.invoice_number))
            self.reload()

    def action_return_round(self) -> None:
        from sekretariat.views.warehouse.round_return import ReturnRoundDialog

        if self._can("return_round"):
            self.app.push_screen(ReturnRoundDialog(self.info, returnable(self.info)),
                                 self._returned_all)

    def _returned_all(self, done) -> None:
        if done:
            self.notify(t("tui.round.returned_all", count=len(done), number=self.info.number))
            self.reload()
