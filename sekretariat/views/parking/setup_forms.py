"""The dialogs that add or change a parking zone, a vehicle type or a shift.
A code is given once and never changes (shown, not editable, when
changing); what is no longer used is set inactive, never deleted. Each
dismisses with the saved record, or None (cancelled, or nothing changed)."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Checkbox, Footer, Input, Static

from sekretariat.errors import ValidationError
from sekretariat.i18n import t
from sekretariat.services.parking import setup
from sekretariat.services.parking.parking_util import check_count
from sekretariat.services.parking.setup import ShiftInfo, VehicleTypeInfo, ZoneInfo
from sekretariat.views.base import dialog_buttons
from sekretariat.views.parking.setup_fields import (
    ParkingDialog,
    code_field,
    count_field,
    text_field,
)
from sekretariat.views.widgets.fields import FieldError, row_errors


def same_text(typed: str, stored: str) -> bool:
    """Whether ``typed`` is ``stored`` once cleaned as the services clean it."""
    return " ".join(typed.split()) == stored


def hours_text(minutes: int) -> str:
    return t("tui.parking_setup.hours", hours=minutes // 60, minutes=f"{minutes % 60:02d}")


class CodeNameDialog(ParkingDialog):
    """Code and name (and what ``extra_fields`` adds); active when changing."""

    #: 'zone', 'type' or 'shift': the message keys' middle part.
    KIND = ""

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.parking_setup.key.save", id="parking_setup.form.save"),
    ]

    def __init__(self, current: Any | None = None) -> None:
        super().__init__()
        self.current = current
        self.AUTO_FOCUS = "#code" if current is None else "#name"
        self.TITLE_KEY = f"tui.parking_setup.{self.KIND}.title"
        self.HELP_KEY = f"tui.parking_setup.{self.KIND}.help"

    def compose(self) -> ComposeResult:
        current = self.current
        title = "edit_title" if current is not None else "new_title"
        with Vertical(classes="dialog-box -wide", id=f"{self.KIND}-box"):
            yield Static(t(f"tui.parking_setup.{self.KIND}.{title}"), classes="dialog-title",
                         markup=False)
            with Horizontal(classes="dialog-row"):
                yield code_field(t("tui.parking_setup.field.code"),
                                 current.code if current else "", fixed=current is not None,
                                 placeholder=t(f"tui.parking_setup.{self.KIND}.code_hint"),
                                 own_error=False, classes="field code")
                yield text_field(t("tui.parking_setup.field.name"), "name",
                                 current.name if current else "", required=True,
                                 own_error=False, classes="field")
                yield from self.extra_fields()
            yield from row_errors("code", "name", *self.EXTRA)
            yield from self.below_fields()
            if current is not None:
                yield Checkbox(t("tui.parking_setup.field.active"), current.active, id="active")
            yield FieldError("general")
            yield dialog_buttons(t("tui.parking_setup.save"))
        yield Footer()

    #: The fields ``extra_fields`` adds to the row (their errors go under it).
    EXTRA: tuple[str, ...] = ()

    def extra_fields(self) -> ComposeResult:
        yield from ()

    def below_fields(self) -> ComposeResult:
        yield from ()

    def changes(self) -> dict[str, Any]:
        """What the person changed (only that is written and audited)."""
        found: dict[str, Any] = {}
        if not same_text(self.value("name"), self.current.name):
            found["name"] = self.value("name")
        active = self.query_one("#active", Checkbox).value
        if active != self.current.active:
            found["active"] = active
        return found

    def save(self) -> None:
        if self.current is None:
            self.create()
            return
        changes = self.changes()
        if not changes:
            self.dismiss(None)
            return
        self.submit_service(self.update_fn(), self.session, self.current.id, done=self.dismiss,
                            **changes)

    def create(self) -> None:
        raise NotImplementedError

    def update_fn(self):
        raise NotImplementedError


class ZoneDialog(CodeNameDialog):
    KIND = "zone"
    LAST_FIELD = "capacity"

    def __init__(self, zone: ZoneInfo | None = None) -> None:
        super().__init__(zone)

    EXTRA = ("capacity",)

    def extra_fields(self) -> ComposeResult:
        yield count_field(t("tui.parking_setup.field.capacity"), "capacity",
                          self.current.capacity if self.current else None,
                          classes="field narrow", own_error=False)

    def changes(self) -> dict[str, Any]:
        found = super().changes()
        capacity = check_count(self.value("capacity"), "capacity")
        if capacity != self.current.capacity:
            found["capacity"] = capacity
        return found

    def create(self) -> None:
        self.submit_service(setup.create_zone, self.session, self.value("code"),
                            self.value("name"), self.value("capacity"), done=self.dismiss)

    def update_fn(self):
        return setup.update_zone


class VehicleTypeDialog(CodeNameDialog):
    KIND = "type"
    LAST_FIELD = "name"

    def __init__(self, kind: VehicleTypeInfo | None = None) -> None:
        super().__init__(kind)

    def create(self) -> None:
        self.submit_service(setup.create_vehicle_type, self.session, self.value("code"),
                            self.value("name"), done=self.dismiss)

    def update_fn(self):
        return setup.update_vehicle_type


class ShiftDialog(CodeNameDialog):
    KIND = "shift"
    LAST_FIELD = "end_time"

    def __init__(self, shift: ShiftInfo | None = None) -> None:
        super().__init__(shift)

    EXTRA = ("start_time", "end_time")

    def extra_fields(self) -> ComposeResult:
        current = self.current
        for field in self.EXTRA:
            yield text_field(t(f"tui.parking_setup.field.{field}"), field,
                             getattr(current, field) if current else "", maximum=5,
                             required=True, placeholder="06:00", own_error=False,
                             check=lambda text, f=field: setup.check_time(text, f),
                             classes="field hours")

    def below_fields(self) -> ComposeResult:
        yield Static("", id="shift-length", classes="dialog-text", markup=False)

    def on_mount(self) -> None:
        self._show_length()

    @on(Input.Changed, "#start_time, #end_time")
    def _hours_typed(self) -> None:
        self._show_length()

    def _show_length(self) -> None:
        try:
            start = setup.check_time(self.value("start_time"), "start_time")
            end = setup.check_time(self.value("end_time"), "end_time")
        except ValidationError:
            text = ""
        else:
            minutes = setup.shift_minutes(start, end) if start != end else 0
            key = "tui.parking_setup.shift.overnight" if end <= start else \
                "tui.parking_setup.shift.length"
            text = t(key, length=hours_text(minutes)) if minutes else ""
        self.query_one("#shift-length", Static).update(text)

    def changes(self) -> dict[str, Any]:
        found = super().changes()
        for field in ("start_time", "end_time"):
            typed = setup.check_time(self.value(field), field)
            if typed != getattr(self.current, field):
                found[field] = typed
        return found

    def create(self) -> None:
        self.submit_service(setup.create_shift, self.session, self.value("code"),
                            self.value("name"), self.value("start_time"),
                            self.value("end_time"), done=self.dismiss)

    def update_fn(self):
        return setup.update_shift
