"""Tagihan: the monthly rent run and the late-fee assessment, each shown as a
preview first (every invoice it would issue, prorated parts marked, the
total, what was billed already) and posted only when the treasurer confirms
the preview on screen. Running a month twice bills nothing twice: the
service skips what is billed and says so."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import (
    Button,
    DataTable,
    Footer,
    Input,
    Static,
    TabbedContent,
    TabPane,
)

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, fmt_month, parse_date, parse_period
from sekretariat.money import format_rupiah
from sekretariat.services.leasing import billing, late_fees
from sekretariat.services.leasing.billing import BillingRun
from sekretariat.services.leasing.late_fees import LateFeeRun
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.validators import DateValidator
from sekretariat.views.widgets.text_input import TextInput


def money(amount: int, *, bold: bool = False) -> Text:
    return Text(format_rupiah(amount), style="bold" if bold else "", justify="right")


def number_range(numbers: list[str]) -> str:
    if not numbers:
        return ""
    return numbers[0] if len(numbers) == 1 else f"{numbers[0]} – {numbers[-1]}"


class BillingScreen(BaseScreen):
    CSS_PATH = "../styles/billing.tcss"
    HELP_KEY = "tui.billing.help"
    TITLE_KEY = "tui.section.billing"
    SECTION = "billing"
    AUTO_FOCUS = "#period"

    BINDINGS = [
        Binding("f2", "preview", "tui.billing.key.preview", id="billing.preview"),
        Binding("ctrl+s", "post", "tui.billing.key.post", id="billing.post"),
        Binding("ctrl+l", "late_fees", "tui.billing.key.late_fees", id="billing.late_fees",
                show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rent: BillingRun | None = None        # the preview on screen
        self.fees: LateFeeRun | None = None
        self.busy = False

    def compose(self) -> ComposeResult:
        today = clock.today()
        yield Static(t("tui.section.billing"), classes="screen-title", markup=False)
        with TabbedContent(id="billing-tabs"):
            with TabPane(t("tui.billing.tab_rent"), id="tab-rent"):
                with Horizontal(classes="billing-inputs"):
                    yield Field(t("field.month"), TextInput(f"{today:%m/%Y}", id="period",
                                                        max_length=7, placeholder="MM/YYYY"),
                                field="period", classes="field narrow", own_error=False)
                    yield Field(t("field.issue_date"),
                                TextInput(id="issue_date", max_length=10,
                                      validators=[DateValidator(required=False)],
                                      placeholder=t("tui.billing.issue_hint")),
                                field="issue_date", classes="field narrow", own_error=False)
                    yield Button(t("tui.billing.preview"), id="preview-rent")
                    yield Button(t("tui.billing.post_rent"), id="post-rent", variant="primary",
                                 disabled=True)
                yield FieldError("period")
                yield FieldError("issue_date")
                yield FieldError("month")
                yield Static(t("tui.billing.rent_intro"), id="rent-status", classes="status",
                             markup=False)
                yield DataTable(id="rent-table", cursor_type="row", zebra_stripes=True)
            with TabPane(t("tui.billing.tab_fees"), id="tab-fees"):
                with Horizontal(classes="billing-inputs"):
                    yield Field(t("field.as_of"),
                                TextInput(f"{today:%d/%m/%Y}", id="as_of", max_length=10,
                                      validators=[DateValidator()]),
                                field="as_of", classes="field narrow", own_error=False)
                    yield Button(t("tui.billing.preview"), id="preview-fees")
                    yield Button(t("tui.billing.post_fees"), id="post-fees", variant="primary",
                                 disabled=True)
                yield FieldError("as_of")
                yield Static(t("tui.billing.fees_intro"), id="fees-status", classes="status",
                             markup=False)
                yield DataTable(id="fees-table", cursor_type="row", zebra_stripes=True)
        yield FieldError("general")
        yield Footer()

    def on_mount(self) -> None:
        rent = self.query_one("#rent-table", DataTable)
        for key, width in (("stall", 7), ("trader", 21), ("agreement", 15), ("period", 25),
                           ("days", 6)):
            rent.add_column(t(f"tui.billing.col_{key}"), key=key, width=width)
        rent.add_column(Text(t("tui.billing.col_amount"), justify="right"), key="amount",
                        width=14)
        rent.add_column(t("tui.billing.col_invoice"), key="invoice", width=16)
        fees = self.query_one("#fees-table", DataTable)
        for key, width in (("invoice", 16), ("trader", 24), ("due", 12), ("month", 6)):
            fees.add_column(t(f"tui.billing.col_{key}"), key=key, width=width)
        for key in ("open", "fee"):
            fees.add_column(Text(t(f"tui.billing.col_{key}"), justify="right"), key=key,
                            width=14)
        fees.add_column(t("tui.billing.col_late_fee"), key="number", width=16)

    # --- which tab --------------------------------------------------------------------

    def _on_fees_tab(self) -> bool:
        return self.query_one("#billing-tabs", TabbedContent).active == "tab-fees"

    def action_late_fees(self) -> None:
        tabs = self.query_one("#billing-tabs", TabbedContent)
        tabs.active = "tab-rent" if self._on_fees_tab() else "tab-fees"
        self.query_one("#as_of" if self._on_fees_tab() else "#period", Input).focus()

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("preview", "post") and self.busy:
            return None
        if action == "post":
            run = self.fees if self._on_fees_tab() else self.rent
            return (run is not None and run.preview and bool(run.lines)) or None
        return super().check_action(action, parameters)

    # --- previews ---------------------------------------------------------------------

    @on(Button.Pressed, "#preview-rent, #preview-fees")
    @on(Input.Submitted, "#period, #issue_date, #as_of")
    def action_preview(self) -> None:
        self.clear_errors()
        if self._on_fees_tab():
            try:
                as_of = parse_date(self.query_one("#as_of", Input).value, field="as_of")
            except SekretariatError as exc:
                self.show_error(exc)
                return
            self._set_busy(True)
            self.call_service(late_fees.assess_late_fees, self.session, as_of, preview=True,
                              done=self.show_fees, failed=self._failed, group="fees")
            return
        try:
            year, month = parse_period(self.query_one("#period", Input).value)
            issue_text = self.query_one("#issue_date", Input).value.strip()
            issue = parse_date(issue_text, field="issue_date") if issue_text else None
        except SekretariatError as exc:
            self.show_error(exc)
            return
        self._set_busy(True)
        self.call_service(billing.bill_period, self.session, year, month, preview=True,
                          issue_date=issue, done=self.show_rent, failed=self._failed,
                          group="rent")

    @on(Input.Changed, "#period, #issue_date")
    def _rent_inputs_changed(self) -> None:
        if self.rent is not None and self.rent.preview:
            self.rent = None  # what is on screen no longer matches the inputs
            self.query_one("#post-rent", Button).disabled = True
            self.query_one("#rent-status", Static).update(t("tui.billing.preview_again"))
            self.refresh_bindings()

    @on(Input.Changed, "#as_of")
    def _fee_inputs_changed(self) -> None:
        if self.fees is not None and self.fees.preview:
            self.fees = None
            self.query_one("#post-fees", Button).disabled = True
            self.query_one("#fees-status", Static).update(t("tui.billing.preview_again"))
            self.refresh_bindings()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in self.query(Button):
            if button.id in ("preview-rent", "preview-fees"):
                button.disabled = busy
        self.refresh_bindings()

    def _failed(self, error: SekretariatError | None) -> None:
        self._set_busy(False)
        self.show_error(error)

    def show_rent(self, run: BillingRun) -> None:
        self._set_busy(False)
        self.rent = run
        table = self.query_one("#rent-table", DataTable)
        table.clear()
        for line in run.lines:
            period = f"{fmt_date(line.period_start)} – {fmt_date(line.period_end)}"
            days = (Text(f"{line.billed_days}/{line.period_days}", style="bold yellow")
                    if line.prorated else Text(str(line.billed_days), style="dim"))
            table.add_row(line.stall_code, Text(line.trader_name), line.agreement_number,
                          period, days, money(line.amount), line.invoice_number or "",
                          key=str(line.lease_id))
        if run.lines:
            table.add_row("", Text(t("tui.billing.total"), style="bold"), "", "", "",
                          money(run.total, bold=True), "", key="total")
        prorated = sum(1 for line in run.lines if line.prorated)
        month = fmt_month(run.year, run.month)
        if run.preview:
            if run.lines:
                text = t("tui.billing.rent_preview", month=month, count=len(run.lines),
                         total=format_rupiah(run.total), issue=fmt_date(run.issue_date),
                         prorated=prorated)
            else:
                text = t("tui.billing.rent_nothing", month=month)
            if run.already_billed:
                text += " " + t("tui.billing.already", count=run.already_billed)
        else:
            numbers = [line.invoice_number or "" for line in run.lines]
            text = t("tui.billing.rent_posted", month=month, count=len(run.lines),
                     total=format_rupiah(run.total), numbers=number_range(numbers))
            if run.credit_applied:
                text += " " + t("tui.billing.credit_applied",
                                amount=format_rupiah(run.credit_applied))
        status = self.query_one("#rent-status", Static)
        status.update(text)
        status.set_class(not run.preview, "-done")
        self.query_one("#post-rent", Button).disabled = not (run.preview and run.lines)
        self.refresh_bindings()

    def show_fees(self, run: LateFeeRun) -> None:
        self._set_busy(False)
        self.fees = run
        table = self.query_one("#fees-table", DataTable)
        table.clear()
        for i, line in enumerate(run.lines):
            table.add_row(line.invoice_number, Text(line.trader_name), fmt_date(line.due_date),
                          str(line.month), money(line.open_amount), money(line.fee),
                          line.late_fee_number or "", key=f"fee-{i}")
        if run.lines:
            table.add_row("", Text(t("tui.billing.total"), style="bold"), "", "", "",
                          money(run.total, bold=True), "", key="total")
        day = fmt_date(run.as_of)
        if run.preview:
            text = (t("tui.billing.fees_preview", day=day, count=len(run.lines),
                      total=format_rupiah(run.total)) if run.lines
                    else t("tui.billing.fees_nothing", day=day))
        else:
            text = t("tui.billing.fees_posted", day=day, count=len(run.lines),
                     total=format_rupiah(run.total),
                     numbers=number_range([line.late_fee_number or "" for line in run.lines]))
        status = self.query_one("#fees-status", Static)
        status.update(text)
        status.set_class(not run.preview, "-done")
        self.query_one("#post-fees", Button).disabled = not (run.preview and run.lines)
        self.refresh_bindings()

    # --- posting ------------------------------------------------------------------------

    @on(Button.Pressed, "#post-rent, #post-fees")
    def action_post(self) -> None:
        from sekretariat.views.core.confirm import ConfirmDialog

        if self.busy:
            return
        if self._on_fees_tab():
            run = self.fees
            if run is None or not run.preview or not run.lines:
                return
            question = t("tui.billing.confirm_fees", count=len(run.lines),
                         total=format_rupiah(run.total), day=fmt_date(run.as_of))
            self.app.push_screen(ConfirmDialog(question, t("tui.billing.post_fees")),
                                 lambda yes: yes and self._post_fees(run))
            return
        rent = self.rent
        if rent is None or not rent.preview or not rent.lines:
            return
        question = t("tui.billing.confirm_rent", count=len(rent.lines),
                     total=format_rupiah(rent.total), month=fmt_month(rent.year, rent.month),
                     issue=fmt_date(rent.issue_date))
        self.app.push_screen(ConfirmDialog(question, t("tui.billing.post_rent")),
                             lambda yes: yes and self._post_rent(rent))

    def _post_rent(self, run: BillingRun) -> None:
        self._set_busy(True)
        self.call_service(billing.bill_period, self.session, run.year, run.month,
                          issue_date=run.issue_date, done=self._rent_posted,
                          failed=self._failed, group="rent")

    def _rent_posted(self, run: BillingRun) -> None:
        self.show_rent(run)
        self.notify(t("tui.billing.rent_posted_short", count=len(run.lines),
                      total=format_rupiah(run.total)))

    def _post_fees(self, run: LateFeeRun) -> None:
        self._set_busy(True)
        self.call_service(late_fees.assess_late_fees, self.session, run.as_of,
                          done=self._fees_posted, failed=self._failed, group="fees")

    def _fees_posted(self, run: LateFeeRun) -> None:
        self.show_fees(run)
        self.notify(t("tui.billing.fees_posted_short", count=len(run.lines),
                      total=format_rupiah(run.total)))

