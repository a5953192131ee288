"""The variance sheet of a closed count: per item counted (all counters'
lines added up), the book quantity at the cut-off, the variance and its
value at the moving average; the items not counted; who has approved. a
approves — the warehouse coordinator and the chair, two people, either
order; the second approval posts the variances on the count day. The key
is greyed for everyone else and for whoever already approved. p prints the
sheet (Berita Acara Stok Opname: a draft until both have approved) into
exports/, in a worker."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.warehouse import count_papers, counts, counts_read
from sekretariat.services.warehouse.counts_read import CountInfo, VarianceSheet
from sekretariat.views.base import BaseScreen
from sekretariat.views.printing import print_document
from sekretariat.views.warehouse.cells import money, right
from sekretariat.views.widgets.cells import short_text

def status_text(status: str) -> str:
    return t(f"warehouse.count_status.{status}")


#: counted and book wide enough for '428 kg (8 karung + 28 kg)'; the note and the
#: adjustment's number may scroll at 120 columns
COLUMNS = (("item", 15), ("+counted", 25), ("+book", 25), ("+variance", 16), ("+value", 13),
           ("note", 16), ("code", 8))


class CountSheetScreen(BaseScreen):
    CSS_PATH = "../styles/warehouse_counts.tcss"
    HELP_KEY = "tui.counts.help.sheet_print"
    TITLE_KEY = "tui.section.counts"
    AUTO_FOCUS = "#sheet-table"

    BINDINGS = [
        Binding("a", "approve", "tui.counts.key.approve", id="counts.approve"),
        Binding("p", "print", "tui.counts.key.print", id="counts.print"),
        Binding("f5", "refresh", "tui.key.refresh", id="counts.sheet.refresh", show=False),
    ]

    def __init__(self, count_id: int) -> None:
        super().__init__()
        self.count_id = count_id
        self.sheet: VarianceSheet | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.loading"), id="sheet-title", classes="screen-title", markup=False)
        yield DataTable(id="sheet-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="sheet-total", markup=False)
        yield Static("", id="sheet-missing", markup=False)
        yield Static("", id="sheet-approvals", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#sheet-table", DataTable)
        for key, width in COLUMNS:
            label = t(f"tui.counts.col_{key.lstrip('+')}")
            table.add_column(right(label) if key.startswith("+") else label,
                             key=key.lstrip("+"), width=width)
        self.reload()

    def reload(self) -> None:
        self.call_service(counts_read.variance_sheet, self.session, self.count_id,
                          done=self.show, group="load")

    def show(self, sheet: VarianceSheet) -> None:
        self.sheet = sheet
        c = sheet.count
        self.query_one("#sheet-title", Static).update(t(
            "tui.counts.sheet.title", number=c.number, day=fmt_date(c.counted_on),
            time=c.counted_at, status=status_text(c.status)))
        table = self.query_one("#sheet-table", DataTable)
        table.clear()
        for row in sheet.rows:
            style = "" if row.variance == 0 else ("bold red" if row.variance < 0 else "bold")
            if row.movement_number:
                note = Text(t("tui.counts.sheet.posted_as", number=row.movement_number),
                            style="green")
            elif row.later_movement:
                note = Text(t("tui.counts.sheet.later", movement=row.later_movement),
                            style="bold red")
            else:
                note = Text("")
            table.add_row(short_text(row.name, 16), right(row.counted_text),
                          right(row.book_text), right(row.variance_text, style),
                          money(row.variance_value, dim_zero=True), note,
                          Text(row.code, style="dim"), key=str(row.item_id))
        self.query_one("#sheet-total", Static).update(
            t("tui.counts.sheet.total", value=format_rupiah(sheet.total_value)))
        missing = ", ".join(f"{n.name} ({n.book_text})" for n in sheet.not_counted)
        self.query_one("#sheet-missing", Static).update(
            t("tui.counts.sheet.not_counted", items=missing) if missing
            else t("tui.counts.sheet.all_counted"))
        pending = t("tui.counts.sheet.pending")
        self.query_one("#sheet-approvals", Static).update(t(
            "tui.counts.sheet.approvals", coordinator=c.coordinator or pending,
            chair=c.chair or pending))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "approve":
            if not self.may("warehouse.count_approve"):
                return None
            if self.sheet is None:
                return None
            return counts_read.may_approve(self.session, self.sheet.count) or None
        if action == "print":
            return (self.sheet is not None and self.may("warehouse.view")) or None
        return super().check_action(action, parameters)

    def action_refresh(self) -> None:
        self.reload()

    def action_approve(self) -> None:
        if self.check_action("approve", ()) is True:
            self.call_service(counts.approve_count, self.session, self.count_id,
                              done=self._count_approved)

    def action_print(self) -> None:
        if self.check_action("print", ()) is True:
            print_document(self, count_papers.variance_sheet_pdf, self.count_id,
                           what=t("tui.counts.print_what", number=self.sheet.count.number))

    def _count_approved(self, count: CountInfo) -> None:
        key = "tui.counts.posted_now" if count.status == "approved" else "tui.counts.approved_now"
        self.notify(t(key, number=count.number))
        self.reload()
