"""The dialogs that register or change a parking attendant (name, phone,
NIK, start date) and end their work (the last day worked). Each dismisses
with the saved ``AttendantInfo``, or None (cancelled, or nothing changed).

A NIK is shown to each role as the service gives it (masked for roles that
may not see it whole): a masked NIK is never put back in the field, which
stays empty and keeps the NIK unless something is typed."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Static

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date, parse_date
from sekretariat.money import format_rupiah
from sekretariat.services.parking import attendants
from sekretariat.services.parking.attendants import MAX_PHONE, AttendantInfo
from sekretariat.services.parking.setup_read import check_nik, check_phone
from sekretariat.views.base import dialog_buttons
from sekretariat.views.parking.setup_fields import ParkingDialog, text_field
from sekretariat.views.parking.setup_forms import same_text
from sekretariat.views.widgets.fields import FieldError, date_field, row_errors

_SAVE = Binding("ctrl+s", "submit", "tui.parking_setup.key.save", id="parking_setup.form.save")


def masked(nik: str) -> bool:
    return "*" in nik


class AttendantDialog(ParkingDialog):
    TITLE_KEY = "tui.parking_setup.attendant.title"
    HELP_KEY = "tui.parking_setup.attendant.help"
    AUTO_FOCUS = "#name"
    DAY_FIELD = "start_date"
    LAST_FIELD = "nik"

    BINDINGS = [_SAVE]

    def __init__(self, person: AttendantInfo | None = None) -> None:
        super().__init__()
        self.person = person

    def compose(self) -> ComposeResult:
        person = self.person
        nik = person.nik if person else ""
        title = "edit_title" if person else "new_title"
        with Vertical(classes="dialog-box -wide", id="attendant-box"):
            yield Static(t(f"tui.parking_setup.attendant.{title}"), classes="dialog-title",
                         markup=False)
            with Horizontal(classes="dialog-row"):
                yield text_field(t("tui.parking_setup.field.attendant_name"), "name",
                                 person.name if person else "", required=True,
                                 own_error=False, classes="field")
                yield date_field(t("tui.parking_setup.field.start_date"), "start_date",
                                 person.start_date if person else clock.today(),
                                 own_error=False, classes="field date")
            yield from row_errors("name", "start_date")
            with Horizontal(classes="dialog-row"):
                yield text_field(t("tui.parking_setup.field.phone"), "phone",
                                 person.phone if person else "", maximum=MAX_PHONE,
                                 check=check_phone, own_error=False, classes="field",
                                 placeholder="0812-3456-7890")
                yield text_field(t("tui.parking_setup.field.nik"), "nik",
                                 "" if masked(nik) else nik, maximum=16, check=check_nik,
                                 own_error=False, classes="field",
                                 placeholder=t("tui.parking_setup.attendant.nik_kept",
                                               nik=nik) if masked(nik) else
                                 t("tui.parking_setup.attendant.nik_hint"))
            yield from row_errors("phone", "nik")
            yield FieldError("general")
            yield dialog_buttons(t("tui.parking_setup.attendant.save_new" if person is None
                                   else "tui.parking_setup.save"))
        yield Footer()

    def changes(self, person: AttendantInfo) -> dict[str, Any]:
        found: dict[str, Any] = {}
        if not same_text(self.value("name"), person.name):
            found["name"] = self.value("name")
        if not same_text(self.value("phone"), person.phone):
            found["phone"] = self.value("phone")
        nik = self.value("nik").strip()
        if (nik or not masked(person.nik)) and nik != person.nik:
            found["nik"] = nik
        start = parse_date(self.value("start_date"), field="start_date")
        if start != person.start_date:
            found["start_date"] = start
        return found

    def save(self) -> None:
        person = self.person
        if person is None:
            self.submit_service(attendants.register_attendant, self.session, self.value("name"),
                                self.value("start_date"), phone=self.value("phone"),
                                nik=self.value("nik"), done=self.dismiss)
            return
        try:
            changes = self.changes(person)
        except SekretariatError as exc:
            self._failed(exc)
            return
        if not changes:
            self.dismiss(None)
            return
        self.submit_service(attendants.update_attendant, self.session, person.id,
                            done=self.dismiss, **changes)


class DeactivateDialog(ParkingDialog):
    TITLE_KEY = "tui.parking_setup.deactivate.title"
    HELP_KEY = "tui.parking_setup.deactivate.help"
    AUTO_FOCUS = "#last_day"
    DAY_FIELD = "last_day"
    LAST_FIELD = "last_day"

    BINDINGS = [_SAVE]

    def __init__(self, person: AttendantInfo, debt: int) -> None:
        super().__init__()
        self.person = person
        self.debt = debt

    def compose(self) -> ComposeResult:
        person = self.person
        with Vertical(classes="dialog-box", id="deactivate-box"):
            yield Static(t("tui.parking_setup.deactivate.title"), classes="dialog-title",
                         markup=False)
            yield Static(t("tui.parking_setup.deactivate.lead", name=person.name,
                           since=fmt_date(person.start_date)), classes="dialog-text",
                         markup=False)
            if self.debt:
                yield Static(t("tui.parking_setup.deactivate.debt", name=person.name,
                               amount=format_rupiah(self.debt)), classes="dialog-warning",
                             markup=False)
            yield date_field(t("tui.parking_setup.field.last_day"), "last_day", clock.today())
            yield FieldError("general")
            yield dialog_buttons(t("tui.parking_setup.deactivate.save"), variant="warning")
        yield Footer()

    def save(self) -> None:
        self.submit_service(attendants.deactivate_attendant, self.session, self.person.id,
                            self.value("last_day"), done=self.dismiss)
