"""One close in full: the day, opening, expected, counted, difference and its
note and journal entry, who counted and approved, whether it was reopened,
the audit witness printed on its report, and the denomination table."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, fmt_datetime
from sekretariat.money import format_rupiah
from sekretariat.services.cash import close_read, witness
from sekretariat.services.cash.close_read import CloseInfo
from sekretariat.views.base import BaseDialog
from sekretariat.views.cash.report_print import print_close_report


@dataclass(frozen=True)
class CloseDetail:
    close: CloseInfo
    witness: str          # "#123 1a2b-3c4d-5e6f-7a8b", or "" when not found


def load_detail(session, close_id: int) -> CloseDetail:
    info = close_read.get_close(session, close_id)
    try:
        seen = witness.for_close(close_id)
    except LookupError:
        return CloseDetail(info, "")
    return CloseDetail(info, f"#{seen.audit_id} {seen.short}")


def describe(detail: CloseDetail) -> str:
    info = detail.close
    lines = [t("tui.close.detail_counted_by", name=info.counted_by_name, user=info.counted_by,
               at=fmt_datetime(info.created_at))]
    if info.zero_day:
        lines.append(t("tui.close.was_zero_day"))
    lines.append(t("tui.close.detail_amounts", opening=format_rupiah(info.opening),
                   expected=format_rupiah(info.expected), counted=format_rupiah(info.counted),
                   difference=format_rupiah(info.difference)))
    if info.note:
        lines.append(t("tui.close.detail_note", note=info.note))
    if info.difference_entry:
        lines.append(t("tui.close.difference_entry", number=info.difference_entry))
    if info.approved_by:
        lines.append(t("tui.close.approved_by", name=info.approved_by_name or info.approved_by))
    if not info.in_force:
        lines.append(t("tui.close.detail_reopened", by=info.reopened_by or "-",
                       at=fmt_datetime(info.reopened_at), reason=info.reopen_reason or "-"))
    if detail.witness:
        lines.append(t("tui.close.detail_witness", witness=detail.witness))
    return "\n".join(lines)


class CloseDetailDialog(BaseDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/cash.tcss"]
    HELP_KEY = "tui.close.detail_help"
    TITLE_KEY = "tui.close.detail_title"
    AUTO_FOCUS = "#close"

    BINDINGS = [
        Binding("p", "print", "tui.close.key.print", id="close_detail.print"),
    ]

    def __init__(self, close_id: int) -> None:
        super().__init__(classes="dialog", id="close-detail")
        self.close_id = close_id
        self.detail: CloseDetail | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide"):
            yield Static(t("tui.close.detail_title", day=""), id="detail-title",
                         classes="dialog-title", markup=False)
            yield Static(t("tui.loading"), id="detail-text", classes="dialog-text",
                         markup=False)
            yield DataTable(id="detail-counts", cursor_type="none", zebra_stripes=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.close.print_button"), id="print", variant="primary")
                yield Button(t("tui.close"), id="close")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#detail-counts", DataTable)
        table.add_column(t("tui.close.col_denomination"), key="denomination", width=22)
        for key in ("pieces", "amount"):
            table.add_column(Text(t(f"tui.close.col_{key}"), justify="right"), key=key,
                             width=16)
        self.call_service(load_detail, self.session, self.close_id, done=self.show,
                          group="close-detail")

    def show(self, detail: CloseDetail) -> None:
        self.detail = detail
        info = detail.close
        self.query_one("#detail-title", Static).update(
            t("tui.close.detail_title", day=fmt_date(info.day)))
        self.query_one("#detail-text", Static).update(describe(detail))
        table = self.query_one("#detail-counts", DataTable)
        table.clear()
        for line in info.counts:
            if not line.quantity:
                continue
            table.add_row(f"{format_rupiah(line.denomination)} {t(f'cash.form.{line.form}')}",
                          Text(str(line.quantity), justify="right"),
                          Text(format_rupiah(line.amount), justify="right"))
        table.add_row(Text(t("tui.close.total"), style="bold"), "",
                      Text(format_rupiah(info.counted), style="bold", justify="right"))
        table.display = not info.zero_day

    def action_print(self) -> None:
        if self.detail is not None:
            print_close_report(self, self.close_id, self.detail.close.day)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "print":
            self.action_print()
        else:
            self.dismiss(None)
