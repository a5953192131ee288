"""A complaint's page: its facts (number, received, channel, who, category,
place, area, what happened), its due days and status, and its history
(every dated, attributed step). a acknowledges, s resolves (with the
resolution note), x rejects (with a reason), c adds a note: for its area's
coordinator or the chair while it is open (``rules.may_work``); g moves it
to another area (the chair); k marks the condition of the facility it is
about (``complaint_marks``; facilities.manage, a closed complaint too), whose
condition today shows beside its place; p prints its receipt again
(SALINAN). Keys that cannot be used are greyed; the services decide anyway."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.complaints import (
    complaint_marks,
    complaints,
    complaints_read,
    papers,
    rules,
)
from sekretariat.services.complaints.complaint_marks import ComplaintFacility
from sekretariat.services.complaints.complaints_read import ComplaintInfo
from sekretariat.views.base import BaseScreen
from sekretariat.views.complaints.cells import category_name, due_cell, status_cell
from sekretariat.views.complaints.dialogs import condition_text
from sekretariat.views.complaints.facilities_screen import CONDITION_STYLE
from sekretariat.views.widgets.cells import short_text

STEP_COLUMNS = (("day", 11), ("time", 5), ("action", 13), ("status", 9), ("user", 16),
                ("note", 40))


class ComplaintScreen(BaseScreen):
    CSS_PATH = "../styles/complaints.tcss"
    HELP_KEY = "tui.complaints.help.page"
    TITLE_KEY = "tui.complaints.page_title"
    AUTO_FOCUS = "#steps-table"

    BINDINGS = [
        Binding("a", "acknowledge", "tui.complaints.key.acknowledge",
                id="complaint.acknowledge"),
        Binding("s", "resolve", "tui.complaints.key.resolve", id="complaint.resolve"),
        Binding("x", "reject", "tui.complaints.key.reject", id="complaint.reject"),
        Binding("c", "note", "tui.complaints.key.note", id="complaint.note"),
        Binding("g", "assign", "tui.complaints.key.assign", id="complaint.assign"),
        Binding("k", "mark_condition", "tui.complaints.key.mark",
                id="complaint.mark_condition"),
        Binding("p", "print", "tui.complaints.key.print", id="complaint.print"),
        Binding("f5", "refresh", "tui.key.refresh", id="complaint.refresh", show=False),
    ]

    def __init__(self, complaint_id: int) -> None:
        super().__init__()
        self.complaint_id = complaint_id
        self.info: ComplaintInfo | None = None
        #: the facility it is about with its condition today (a facility's complaint)
        self.facility: ComplaintFacility | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.loading"), id="complaint-title", classes="screen-title",
                     markup=False)
        with Horizontal(id="complaint-facts"):
            yield Static("", id="complaint-left", markup=False)
            yield Static("", id="complaint-right", markup=False)
        with Vertical(id="complaint-words"):
            yield Static("", id="complaint-description", markup=False)
            yield Static("", id="complaint-outcome", markup=False)
        yield DataTable(id="steps-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#steps-table", DataTable)
        for key, width in STEP_COLUMNS:
            table.add_column(t(f"tui.complaints.step_{key}"), key=key, width=width)
        self.reload()

    def reload(self) -> None:
        self.call_service(complaints_read.get_complaint, self.session, self.complaint_id,
                          done=self.show, group="load")

    def action_refresh(self) -> None:
        self.reload()

    def show(self, info: ComplaintInfo) -> None:
        self.info = info
        self.query_one("#complaint-title", Static).update(Text.assemble(
            (t("tui.complaints.page_heading", number=info.number,
               category=category_name(info.category)), "bold"), "  ", status_cell(info),
            ("  " + t("tui.complaints.overdue_mark"), "bold red") if info.overdue else ""))
        self._show_left()
        if info.place_kind == "facility":
            self.call_service(complaint_marks.facility_of, self.session, info.id,
                              done=self._show_facility, group="facility")
        right = [(t("tui.complaints.fact_area"), t(f"complaints.area.{info.area}")),
                 (t("tui.complaints.fact_by"), info.received_by),
                 (t("tui.complaints.fact_ack_due"), self._due(info.ack_due_on,
                                                               info.acknowledged_on)),
                 (t("tui.complaints.fact_resolve_due"), self._due(info.resolve_due_on,
                                                                   info.closed_on)),
                 (t("tui.complaints.fact_next"), due_cell(info).plain.strip())]
        self.query_one("#complaint-right", Static).update(_facts(right))
        self.query_one("#complaint-description", Static).update(
            t("tui.complaints.fact_description", text=info.description))
        outcome = self.query_one("#complaint-outcome", Static)
        if info.status == "resolved":
            outcome.update(t("tui.complaints.fact_resolution", text=info.resolution or ""))
        elif info.status == "rejected":
            outcome.update(t("tui.complaints.fact_reason", text=info.reject_reason or ""))
        outcome.display = info.status in rules.CLOSED
        table = self.query_one("#steps-table", DataTable)
        table.clear()
        for step in info.steps:
            table.add_row(fmt_date(step.step_on), step.at[11:16],
                          t(f"complaints.step.{step.action}"),
                          t(f"complaints.status.{step.to_status}"), short_text(step.user, 16),
                          short_text(self._step_note(step), 40), key=str(step.id))
        if info.steps:
            table.move_cursor(row=len(info.steps) - 1)
        self.refresh_bindings()

    def _show_left(self) -> None:
        info = self.info
        if info is None:
            return
        who = info.complainant_name or "-"
        left: list[tuple[str, str | Text]] = [
            (t("tui.complaints.fact_received"),
             f"{fmt_date(info.received_on)} {info.received_at[11:16]}"),
            (t("tui.complaints.fact_channel"), t(f"complaints.channel.{info.channel}")),
            (t("tui.complaints.fact_from"),
             f"{who} ({t(f'complaints.complainant.{info.complainant_kind}')})"),
            (t("tui.complaints.fact_phone"), info.complainant_phone or "-"),
            (t("tui.complaints.fact_place"), info.place_label)]
        if info.place_kind == "facility":
            facility = self.facility
            if facility is None or facility.complaint_id != info.id:
                condition: str | Text = t("tui.loading")
            else:
                state = facility.state
                condition = Text(condition_text(state), style=CONDITION_STYLE.get(
                    state.condition if state else "", ""))
            left.append((t("tui.complaints.fact_condition"), condition))
        self.query_one("#complaint-left", Static).update(_facts(left))

    def _show_facility(self, facility: ComplaintFacility | None) -> None:
        self.facility = facility
        self._show_left()
        self.refresh_bindings()

    @staticmethod
    def _due(due, done) -> str:  # type: ignore[no-untyped-def]
        """The day it is due by, ticked once done (the history says when)."""
        return fmt_date(due) + (" ✓" if done is not None else "")

    @staticmethod
    def _step_note(step) -> str:  # type: ignore[no-untyped-def]
        if step.action == "assign" and step.area:
            moved = t("tui.complaints.moved_to", area=t(f"complaints.area.{step.area}"))
            return f"{moved} · {step.note}" if step.note else moved
        return step.note or ""

    # --- the moves -------------------------------------------------------------------

    def _workable(self) -> bool:
        info = self.info
        return (info is not None and info.status in rules.OPEN
                and rules.may_work(self.session, info.area))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "acknowledge":
            return (self._workable() and self.info.status == "received") or None
        if action in ("resolve", "reject", "note"):
            return self._workable() or None
        if action == "assign":
            return (self._workable() and self.may("complaints.assign")) or None
        if action == "mark_condition":
            return (self.info is not None and self.info.place_kind == "facility"
                    and self.facility is not None
                    and self.facility.complaint_id == self.info.id
                    and self.may("facilities.manage")) or None
        if action == "print":
            return self.info is not None or None
        return super().check_action(action, parameters)

    def action_acknowledge(self) -> None:
        if self.check_action("acknowledge", ()) is True:
            self.call_service(complaints.acknowledge, self.session, self.complaint_id,
                              done=self._moved)

    def _push(self, action: str, dialog_name: str) -> None:
        if self.check_action(action, ()) is not True:
            return
        from sekretariat.views.complaints import dialogs

        self.app.push_screen(getattr(dialogs, dialog_name)(self.info), self._moved)

    def action_resolve(self) -> None:
        self._push("resolve", "ResolveDialog")

    def action_reject(self) -> None:
        self._push("reject", "RejectDialog")

    def action_note(self) -> None:
        self._push("note", "NoteDialog")

    def action_assign(self) -> None:
        self._push("assign", "AssignDialog")

    def action_mark_condition(self) -> None:
        if self.check_action("mark_condition", ()) is not True or self.facility is None:
            return
        from sekretariat.views.complaints.dialogs import ConditionDialog

        self.app.push_screen(ConditionDialog(self.info, self.facility), self._marked)

    def _marked(self, facility: ComplaintFacility | None) -> None:
        if facility is None:
            return
        state = facility.state
        self.notify(t("tui.complaints.marked", name=facility.name, code=facility.code,
                      condition=t(f"facilities.condition.{state.condition}") if state
                      else t("tui.complaints.condition_none")))
        self._show_facility(facility)

    def _moved(self, info: ComplaintInfo | None) -> None:
        if info is None:
            return
        self.notify(t("tui.complaints.moved", number=info.number,
                      status=t(f"complaints.status.{info.status}")))
        self.show(info)
        if not info.steps:
            self.reload()

    def action_print(self) -> None:
        if self.check_action("print", ()) is not True or self.info is None:
            return
        from sekretariat.views.printing import print_document

        print_document(self, papers.complaint_receipt_pdf, self.info.id,
                       what=t("tui.complaints.receipt", number=self.info.number))


def _facts(pairs: list[tuple[str, str | Text]]) -> Text:
    text = Text()
    for index, (label, value) in enumerate(pairs):
        if index:
            text.append("\n")
        text.append(f"{label}: ", style="dim")
        text.append(value)
    return text
