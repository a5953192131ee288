"""Iuran harian: the collector's sheet for a day — every leased stall (of a
block, or all) with the day's fees; Space marks a stall paid, ``a`` marks
them all; the setoran (what the collector hands the treasurer) defaults to
what was collected and a difference needs a note. Ctrl+S records the day:
one numbered setoran per collector per day; unpaid stalls become
receivables when the market's policy says so. Stalls already recorded that
day (by another collector) are shown but not counted again."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, DataTable, Footer, Input, Select, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError, ValidationError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, parse_date
from sekretariat.money import format_rupiah, parse_rupiah
from sekretariat.services.core import days
from sekretariat.services.leasing import daily_fees
from sekretariat.services.leasing.daily_fees import CollectionInfo, ExpectedFee
from sekretariat.views.base import BaseScreen
from sekretariat.views.leasing.fee_loading import FeeSetup, load_setup
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.validators import DateValidator, MoneyValidator
from sekretariat.views.widgets.text_input import TextInput

ALL_BLOCKS = "*"


class DailyFeesScreen(BaseScreen):
    CSS_PATH = "../styles/daily_fees.tcss"
    HELP_KEY = "tui.fees.help"
    TITLE_KEY = "tui.section.fees"
    SECTION = "fees"
    AUTO_FOCUS = "#fee-sheet"

    BINDINGS = [
        Binding("space", "toggle", "tui.fees.key.toggle", id="fees.toggle"),
        Binding("a", "all_paid", "tui.fees.key.all", id="fees.all"),
        Binding("ctrl+s", "record", "tui.fees.key.record", id="fees.record"),
        Binding("f5", "reload", "tui.key.refresh", id="fees.reload", show=False),
        Binding("ctrl+t", "settings", "tui.fees.key.settings", id="fees.settings"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.setup: FeeSetup | None = None
        self.sheet: list[ExpectedFee] = []
        self.paid: set[int] = set()  # stall ids marked paid
        self.busy = False

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.fees"), classes="screen-title", markup=False)
        with Horizontal(id="fee-inputs"):
            yield Field(t("field.fee_date"),
                        TextInput(f"{clock.today():%d/%m/%Y}", id="fee_date", max_length=10,
                              validators=[DateValidator()]),
                        field="fee_date", classes="field narrow", own_error=False)
            yield Field(t("field.collector"), Select([], prompt=t("tui.fees.pick_collector"),
                                                     id="collector"),
                        field="collector", classes="field wide", own_error=False)
            yield Field(t("field.block"), Select([(t("tui.fees.all_blocks"), ALL_BLOCKS)],
                                                 value=ALL_BLOCKS, allow_blank=False,
                                                 id="block"),
                        field="block", classes="field medium", own_error=False)
        yield FieldError("fee_date")
        yield FieldError("collector")
        yield Static(t("tui.loading"), id="fee-setup", classes="fee-line", markup=False)
        yield DataTable(id="fee-sheet", cursor_type="row", zebra_stripes=True)
        yield Static("", id="fee-totals", classes="fee-line", markup=False)
        with Horizontal(id="fee-handover"):
            yield Field(t("field.handed_in"),
                        TextInput(id="handed_in", max_length=30, validators=[MoneyValidator()]),
                        field="handed_in", classes="field medium", own_error=False)
            yield Field(t("field.note"), TextInput(id="note", max_length=300), field="note",
                        classes="field", own_error=False)
            yield Button(t("tui.fees.record"), id="record", variant="primary", disabled=True)
        yield FieldError("handed_in")
        yield FieldError("note")
        yield FieldError("paid")
        yield FieldError("general")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#fee-sheet", DataTable)
        table.add_column("", key="mark", width=3)
        for key, width in (("stall", 8), ("trader", 30)):
            table.add_column(t(f"tui.fees.col_{key}"), key=key, width=width)
        table.add_column(Text(t("tui.fees.col_amount"), justify="right"), key="amount", width=12)
        table.add_column(t("tui.fees.col_state"), key="state", width=26)
        self.action_reload()

    # --- loading ----------------------------------------------------------------------

    def action_reload(self) -> None:
        self.call_service(load_setup, self.session, done=self._setup_loaded, group="setup")

    def _setup_loaded(self, setup: FeeSetup) -> None:
        self.setup = setup
        collector = self.query_one("#collector", Select)
        chosen = collector.value
        collector.set_options([(c.name, c.id) for c in setup.collectors])
        if chosen != Select.NULL and any(c.id == chosen for c in setup.collectors):
            collector.value = chosen
        elif len(setup.collectors) == 1:
            collector.value = setup.collectors[0].id
        if collector.value == Select.NULL and setup.collectors:
            collector.focus()  # who is handing in comes first
        block = self.query_one("#block", Select)
        picked = block.value
        block.set_options([(t("tui.fees.all_blocks"), ALL_BLOCKS)]
                          + [(f"{t('field.block')} {b.code}", b.id) for b in setup.blocks])
        block.value = picked if any(b.id == picked for b in setup.blocks) else ALL_BLOCKS
        if setup.fee_types:
            from sekretariat.services.leasing.stall_codes import KINDS

            totals = {kind: sum(f.amount_for(kind) for f in setup.fee_types) for kind in KINDS}
            if len(set(totals.values())) == 1:
                per_stall = format_rupiah(next(iter(totals.values())))
            else:
                per_stall = " · ".join(f"{t(f'stall.kind.{kind}').lower()} {format_rupiah(v)}"
                                       for kind, v in totals.items())
            text = t("tui.fees.setup", fees=", ".join(f.name for f in setup.fee_types),
                     total=per_stall, policy=t(f"fee.policy.{setup.policy}"))
        else:
            text = t("tui.fees.no_types")
        if not setup.collectors:
            text += " " + t("tui.fees.no_collectors")
        self.query_one("#fee-setup", Static).update(text)
        self.load_sheet()

    @on(Input.Submitted, "#fee_date")
    @on(Select.Changed, "#block")
    def load_sheet(self) -> None:
        if self.setup is None:
            return
        self.clear_errors()
        try:
            day = parse_date(self.query_one("#fee_date", Input).value, field="fee_date")
        except SekretariatError as exc:
            self.show_error(exc)
            return
        block = self.query_one("#block", Select).value
        self.call_service(daily_fees.expected_fees, self.session, day,
                          block=None if block in (ALL_BLOCKS, Select.NULL) else int(block),
                          done=lambda sheet: self._sheet_loaded(day, sheet), group="sheet")

    def _sheet_loaded(self, day: dt.date, sheet: list[ExpectedFee]) -> None:
        self.sheet = sheet
        self.day = day
        self.paid = {row.stall_id for row in sheet if row.stall_id in self.paid
                     and not row.recorded}
        self._fill()

    def _fill(self) -> None:
        table = self.query_one("#fee-sheet", DataTable)
        row_at = table.cursor_row
        table.clear()
        for row in self.sheet:
            if row.recorded:
                mark, state = Text("·", style="dim"), Text(t("tui.fees.recorded"), style="dim")
            elif row.stall_id in self.paid:
                mark, state = Text("✓", style="bold green"), Text(t("tui.fees.paid"),
                                                                  style="green")
            else:
                mark, state = Text("✗", style="yellow"), Text(t("tui.fees.unpaid"))
            table.add_row(mark, row.stall_code, Text(row.trader_name),
                          Text(format_rupiah(row.amount), justify="right"), state,
                          key=str(row.stall_id))
        if self.sheet:
            table.move_cursor(row=min(row_at, len(self.sheet) - 1))
        self.update_totals()

    # --- marking ----------------------------------------------------------------------

    def _open_rows(self) -> list[ExpectedFee]:
        return [row for row in self.sheet if not row.recorded]

    def action_toggle(self) -> None:
        table = self.query_one("#fee-sheet", DataTable)
        if not self.sheet or not 0 <= table.cursor_row < len(self.sheet):
            return
        row = self.sheet[table.cursor_row]
        if row.recorded:
            self.notify(t("tui.fees.already", stall=row.stall_code), severity="warning")
            return
        self.paid ^= {row.stall_id}
        self._fill()
        if table.cursor_row < len(self.sheet) - 1:
            table.move_cursor(row=table.cursor_row + 1)

    def action_all_paid(self) -> None:
        rows = self._open_rows()
        self.paid = set() if all(r.stall_id in self.paid for r in rows) else {
            r.stall_id for r in rows}
        self._fill()

    def _collected(self) -> tuple[int, int, int, int]:
        """(stalls paid, amount, stalls unpaid, amount)."""
        paid = [r for r in self._open_rows() if r.stall_id in self.paid]
        unpaid = [r for r in self._open_rows() if r.stall_id not in self.paid]
        return (len(paid), sum(r.amount for r in paid), len(unpaid),
                sum(r.amount for r in unpaid))

    def update_totals(self) -> None:
        paid, collected, unpaid, owed = self._collected()
        recorded = sum(1 for r in self.sheet if r.recorded)
        text = t("tui.fees.totals", paid=paid, collected=format_rupiah(collected),
                 unpaid=unpaid, owed=format_rupiah(owed))
        if recorded:
            text += " " + t("tui.fees.recorded_count", count=recorded)
        self.query_one("#fee-totals", Static).update(text)
        self.query_one("#handed_in", Input).placeholder = format_rupiah(collected)
        self.query_one("#record", Button).disabled = not self._open_rows() or self.busy
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "settings":
            return self.may("fees.manage")
        if action == "record":
            return (bool(self._open_rows()) and not self.busy) or None
        if action in ("toggle", "all_paid"):
            return bool(self._open_rows()) or None
        return super().check_action(action, parameters)

    # --- recording --------------------------------------------------------------------

    @on(Button.Pressed, "#record")
    def action_record(self) -> None:
        from sekretariat.views.core.confirm import ConfirmDialog

        self.clear_errors()
        # everything that can be checked is checked before "Yakin?"
        collector = self.query_one("#collector", Select).value
        if collector == Select.NULL:
            self.query_one("#error-collector", FieldError).show(t("tui.fees.pick_collector"))
            self.query_one("#collector", Select).focus()
            return
        handed_text = self.query_one("#handed_in", Input).value
        try:
            handed = parse_rupiah(handed_text, field="handed_in") if handed_text.strip() \
                else None
        except SekretariatError as exc:
            self.show_error(exc)
            return
        paid, collected, unpaid, owed = self._collected()
        if self.day > clock.today():
            self.show_error(ValidationError("fee.future", field="fee_date",
                                            day=fmt_date(self.day)))
            return
        if handed is not None and handed != collected \
                and not self.query_one("#note", Input).value.strip():
            self.show_error(ValidationError("fee.difference_note", field="note",
                                            difference=format_rupiah(handed - collected)))
            self.query_one("#note", Input).focus()
            return
        name = next(c.name for c in self.setup.collectors if c.id == collector)
        question = t("tui.fees.confirm", name=name, day=fmt_date(self.day), paid=paid,
                     collected=format_rupiah(collected), unpaid=unpaid, owed=format_rupiah(owed),
                     handed=format_rupiah(collected if handed is None else handed))

        def ask(_: object) -> None:
            self.app.push_screen(ConfirmDialog(question, t("tui.fees.record")),
                                 lambda yes: yes and self._record(int(collector), handed))

        # a closed day is refused here too, not after the question
        self.call_service(days.assert_open, self.day, done=ask, group="record")

    def _record(self, collector: int, handed: int | None) -> None:
        rows = self._open_rows()
        paid = {r.stall_id: None for r in rows if r.stall_id in self.paid}
        unpaid = {r.stall_id: None for r in rows if r.stall_id not in self.paid}
        self.busy = True
        self.update_totals()
        self.call_service(daily_fees.record_collection, self.session, self.day, collector, paid,
                          unpaid, handed_in=handed,
                          note=self.query_one("#note", Input).value,
                          done=self._recorded, failed=self._refused, group="record")

    def _refused(self, error: SekretariatError | None) -> None:
        self.busy = False
        self.update_totals()
        self.show_error(error)

    def _recorded(self, collection: CollectionInfo) -> None:
        self.busy = False
        self.paid = set()
        self.query_one("#handed_in", Input).value = ""
        self.query_one("#note", Input).value = ""
        self.notify(t("tui.fees.recorded_done", number=collection.number,
                      name=collection.collector_name, handed=format_rupiah(collection.handed_in),
                      unpaid=format_rupiah(collection.unpaid_total)), timeout=10)
        self.load_sheet()

    # --- settings -----------------------------------------------------------------------

    def action_settings(self) -> None:
        from sekretariat.views.leasing.fee_settings import FeeSettingsScreen

        if self.may("fees.manage"):
            self.app.push_screen(FeeSettingsScreen(), lambda _: self.action_reload())
