"""The moves on a complaint's page that need words: resolve (the resolution
note), reject (the reason), a note in its history, and the chair's
reassignment to another area. Each calls its service, which decides
(``services.complaints.complaints``); a refusal shows in the dialog with
what was typed kept. Each dismisses with the complaint as it now is.
ConditionDialog marks the condition of the facility a complaint is about
(``complaint_marks.mark_from_complaint``) and dismisses with the facility."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Select, Static

from sekretariat import clock
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.complaints import complaint_marks, complaints, rules
from sekretariat.services.complaints import facilities as facility_rules
from sekretariat.services.complaints.complaint_marks import ComplaintFacility
from sekretariat.services.complaints.complaints import MAX_NOTE
from sekretariat.services.complaints.complaints_read import ComplaintInfo
from sekretariat.services.complaints.facilities_read import ConditionOn
from sekretariat.views.base import dialog_buttons
from sekretariat.views.complaints.cells import choices
from sekretariat.views.complaints.receive_form import ComplaintDialog
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput
from sekretariat.views.widgets.void_dialog import VoidDialog


class _WordsDialog(VoidDialog):
    """One text (``#reason``) for one service call on one complaint."""

    CSS_PATH = ["../styles/dialogs.tcss", "../styles/complaints.tcss"]
    #: the i18n prefix of the dialog's texts (title, explain, label, submit)
    TEXTS = ""
    #: the service's field of the text: its refusals show under the text
    SERVICE_FIELD = ""

    def __init__(self, info: ComplaintInfo) -> None:
        super().__init__(t(f"{self.TEXTS}.title", number=info.number),
                         t(f"{self.TEXTS}.explain", number=info.number,
                           description=info.description),
                         t(f"{self.TEXTS}.label"), MAX_NOTE,
                         classes="dialog complaints-dialog")
        self.info = info

    def show_error(self, error) -> None:  # type: ignore[no-untyped-def]
        if error is not None and error.field == self.SERVICE_FIELD:
            error.field = "reason"
        super().show_error(error)

    def submit(self, reason: str) -> None:
        self.submit_service(self.service(), self.session, self.info.id, reason,
                            done=self.dismiss)

    def service(self):  # type: ignore[no-untyped-def]
        raise NotImplementedError


class ResolveDialog(_WordsDialog):
    TEXTS = "tui.complaints.resolve"
    SUBMIT_KEY = "tui.complaints.resolve.submit"
    SERVICE_FIELD = "resolution"
    BINDINGS = [Binding("ctrl+s", "submit", "tui.complaints.resolve.submit",
                        id="complaints.resolve.save")]

    def service(self):  # type: ignore[no-untyped-def]
        return complaints.resolve


class RejectDialog(_WordsDialog):
    TEXTS = "tui.complaints.reject"
    SUBMIT_KEY = "tui.complaints.reject.submit"
    SERVICE_FIELD = "reason"
    BINDINGS = [Binding("ctrl+s", "submit", "tui.complaints.reject.submit",
                        id="complaints.reject.save")]

    def service(self):  # type: ignore[no-untyped-def]
        return complaints.reject


class NoteDialog(_WordsDialog):
    TEXTS = "tui.complaints.note"
    SUBMIT_KEY = "tui.complaints.note.submit"
    SERVICE_FIELD = "note"
    BINDINGS = [Binding("ctrl+s", "submit", "tui.complaints.note.submit",
                        id="complaints.note.save")]

    def service(self):  # type: ignore[no-untyped-def]
        return complaints.add_note


class AssignDialog(ComplaintDialog):
    """The chair moves an open complaint to another area's coordinator."""

    TITLE_KEY = "tui.complaints.assign.heading"
    AUTO_FOCUS = "#area"
    LAST_FIELD = "note"
    BINDINGS = [Binding("ctrl+s", "submit", "tui.complaints.assign.submit",
                        id="complaints.assign.save")]

    def __init__(self, info: ComplaintInfo) -> None:
        super().__init__()
        self.info = info

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.complaints.assign.title", number=self.info.number),
                         classes="dialog-title", markup=False)
            yield Static(t("tui.complaints.assign.now",
                           area=t(f"complaints.area.{self.info.area}")),
                         classes="dialog-text", markup=False)
            yield Field(t("tui.complaints.assign.label"), Select(
                choices("complaints.area", rules.AREAS), id="area", value=self.info.area,
                allow_blank=False), field="area")
            yield Field(t("tui.complaints.note.label"),
                        TextInput(id="note", max_length=MAX_NOTE), field="note")
            yield FieldError("general")
            yield dialog_buttons(t("tui.complaints.assign.submit"))
        yield Footer()

    def save(self) -> None:
        self.submit_service(complaints.assign, self.session, self.info.id,
                            self.choice("area") or "", self.value("note"), done=self.dismiss)


def condition_text(state: ConditionOn | None) -> str:
    """"Rusak berat (sejak 23 Nov 2026)"; "belum tercatat" when there is none."""
    if state is None:
        return t("tui.complaints.condition_none")
    return t("tui.complaints.condition_since",
             condition=t(f"facilities.condition.{state.condition}"), day=fmt_date(state.since))


class ConditionDialog(ComplaintDialog):
    """The condition today of the facility a complaint is about (prefilled
    with its condition now) and an optional note; a closed complaint too."""

    TITLE_KEY = "tui.complaints.key.mark"
    AUTO_FOCUS = "#condition"
    LAST_FIELD = "note"
    BINDINGS = [Binding("ctrl+s", "submit", "tui.complaints.mark.submit",
                        id="complaints.mark.save")]

    def __init__(self, info: ComplaintInfo, facility: ComplaintFacility) -> None:
        super().__init__()
        self.info = info
        self.facility = facility

    def compose(self) -> ComposeResult:
        state = self.facility.state
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.complaints.mark.title", name=self.facility.name,
                           code=self.facility.code), classes="dialog-title", markup=False)
            yield Static(t("tui.complaints.mark.explain", number=self.info.number,
                           day=fmt_date(clock.today()), now=condition_text(state)),
                         classes="dialog-text", markup=False)
            yield Field(t("tui.complaints.mark.label"), Select(
                choices("facilities.condition", facility_rules.CONDITIONS), id="condition",
                value=Select.NULL if state is None else state.condition,
                allow_blank=state is None, prompt=t("tui.complaints.choose")),
                field="condition")
            yield Field(t("tui.complaints.mark.note"),
                        TextInput(id="note", max_length=facility_rules.MAX_NOTE), field="note")
            yield FieldError("general")
            yield dialog_buttons(t("tui.complaints.mark.submit"))
        yield Footer()

    def save(self) -> None:
        self.submit_service(complaint_marks.mark_from_complaint, self.session,
                            self.info.number, self.choice("condition") or "",
                            self.value("note"), done=self.dismiss)
