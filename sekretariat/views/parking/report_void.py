"""Void a shift report: never deleted, a reversing entry dated today undoes
it (and the shortfall it made a debt), the report keeps its number. A
reason is required. Dismisses with the voided ``ShiftReport``, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Input, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.parking import shift_reports
from sekretariat.services.parking.shift_reports import ShiftReport
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput


class VoidReportDialog(SubmitDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/parking.tcss"]
    HELP_KEY = "tui.parking.help.void"
    TITLE_KEY = "tui.parking.void.title"
    AUTO_FOCUS = "#reason"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.parking.void.submit", id="parking_void.submit"),
    ]

    def __init__(self, report: ShiftReport) -> None:
        super().__init__(classes="dialog")
        self.report = report

    def compose(self) -> ComposeResult:
        report = self.report
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.parking.void.title_of", number=report.number),
                         classes="dialog-title", markup=False)
            yield Static(t("tui.parking.void.explain", name=report.attendant_name,
                           day=fmt_date(report.day), expected=format_rupiah(report.expected),
                           handed=format_rupiah(report.handed_over)),
                         classes="dialog-text", markup=False)
            yield Field(t("tui.parking.void.reason"),
                        TextInput(id="reason", max_length=shift_reports.MAX_REASON),
                        field="reason")
            yield FieldError("general")
            yield dialog_buttons(t("tui.parking.void.submit"), "error")
        yield Footer()

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self._submit_button().disabled:
            return
        self.clear_errors()
        self.submit_service(shift_reports.void_report, self.session, self.report.id,
                            self.query_one("#reason", Input).value, done=self.dismiss,
                            group="void")
