"""Issue a ticket book: series, first and last serial, vehicle type,
attendant, the day it goes out (today by default). A range overlapping a
book of the same series is refused under the serials, all typed kept.
Dismisses with the new ``TicketBook``, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Input, Select, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import parse_date
from sekretariat.services.parking import attendants, setup, tickets
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError, date_field
from sekretariat.views.widgets.text_input import TextInput
from sekretariat.views.widgets.validators import first_failure


def choices(session) -> tuple[list[tuple[str, str]], list[tuple[str, int]]]:
    """(vehicle types, attendants working today) for the two lists."""
    kinds = [(k.name, k.code) for k in setup.list_vehicle_types(session, active_only=True)]
    people = [(p.name, p.id) for p in attendants.list_attendants(session,
                                                                  active_on=clock.today())]
    return kinds, people


class IssueBookDialog(SubmitDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/parking.tcss"]
    HELP_KEY = "tui.parking.help.issue"
    TITLE_KEY = "tui.parking.issue.title"
    AUTO_FOCUS = "#series"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.parking.issue.submit", id="parking_issue.submit"),
    ]

    def __init__(self) -> None:
        super().__init__(classes="dialog")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("tui.parking.issue.title"), classes="dialog-title", markup=False)
            with Horizontal(classes="dialog-row"):
                yield Field(t("tui.parking.issue.series"),
                            TextInput(id="series", max_length=tickets.MAX_SERIES),
                            field="series", own_error=False)
                yield Field(t("tui.parking.issue.first"),
                            TextInput(id="first_serial", max_length=9), field="first_serial",
                            own_error=False)
                yield Field(t("tui.parking.issue.last"),
                            TextInput(id="last_serial", max_length=9), field="last_serial",
                            own_error=False)
            for field in ("series", "first_serial", "last_serial"):
                yield FieldError(field)
            with Horizontal(classes="dialog-row"):
                yield Field(t("tui.parking.issue.type"),
                            Select([], prompt=t("tui.loading"), id="vehicle_type"),
                            field="vehicle_type", own_error=False)
                yield Field(t("tui.parking.issue.attendant"),
                            Select([], prompt=t("tui.loading"), id="attendant"),
                            field="attendant", own_error=False)
            yield FieldError("vehicle_type")
            yield FieldError("attendant")
            yield date_field(t("tui.parking.issue.day"), "day", clock.today())
            yield FieldError("general")
            yield dialog_buttons(t("tui.parking.issue.submit"))
        yield Footer()

    def on_mount(self) -> None:
        self.call_service(choices, self.session, done=self._choices, group="choices")

    def _choices(self, found) -> None:
        kinds, people = found
        kind = self.query_one("#vehicle_type", Select)
        kind.set_options(kinds)
        kind.prompt = t("tui.parking.issue.choose_vehicle_type")
        if kinds:
            kind.value = kinds[0][1]
        person = self.query_one("#attendant", Select)
        person.set_options(people)
        person.prompt = t("tui.parking.issue.choose_attendant")

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        for error in self.query(f"#error-{event.input.id}"):
            if isinstance(error, FieldError):
                error.show(first_failure(event.validation_result))

    @on(Input.Submitted)
    def _entered(self) -> None:
        self.focus_next()

    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self._submit_button().disabled:
            return
        self.clear_errors()
        value = self.query_one
        try:
            day = parse_date(value("#day", Input).value, field="day")
        except SekretariatError as exc:
            self._failed(exc)
            return
        for field in ("vehicle_type", "attendant"):
            if value(f"#{field}", Select).is_blank():
                value(f"#error-{field}", FieldError).show(t(f"tui.parking.issue.choose_{field}"))
                value(f"#{field}").focus()
                return
        self.submit_service(tickets.issue_book, self.session, value("#series", Input).value,
                            value("#first_serial", Input).value,
                            value("#last_serial", Input).value,
                            str(value("#vehicle_type", Select).value),
                            int(value("#attendant", Select).value),  # type: ignore[arg-type]
                            day, done=self.dismiss)
