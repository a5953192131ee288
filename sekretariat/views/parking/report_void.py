"""Void a shift report: never deleted, a reversing entry dated today undoes
it (and the shortfall it made a debt), the report keeps its number. A
reason is required. Dismisses with the voided ``ShiftReport``, or None."""

from __future__ import annotations

from textual.binding import Binding

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.money import format_rupiah
from sekretariat.services.parking import shift_reports
from sekretariat.services.parking.shift_reports import ShiftReport
from sekretariat.views.widgets.void_dialog import VoidDialog


class VoidReportDialog(VoidDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/parking.tcss"]
    HELP_KEY = "tui.parking.help.void"
    TITLE_KEY = "tui.parking.void.title"
    SUBMIT_KEY = "tui.parking.void.submit"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.parking.void.submit", id="parking_void.submit"),
    ]

    def __init__(self, report: ShiftReport) -> None:
        super().__init__(
            t("tui.parking.void.title_of", number=report.number),
            t("tui.parking.void.explain", name=report.attendant_name, day=fmt_date(report.day),
              expected=format_rupiah(report.expected), handed=format_rupiah(report.handed_over)),
            t("tui.parking.void.reason"), shift_reports.MAX_REASON)
        self.report = report

    def submit(self, reason: str) -> None:
        self.submit_service(shift_reports.void_report, self.session, self.report.id, reason,
                            done=self.dismiss, group="void")
