"""Taking a complaint at the desk, fast enough to type while the person is
there: category (a Select: Enter opens it, typing its first letters picks
one), the place's kind and code, what happened, the channel, who complains
(kind, name, phone). Enter moves on, on the phone it saves; Ctrl+S saves
from anywhere. The service decides (``complaints.receive_complaint``); a
refusal shows under its field with everything typed kept. Dismisses with
the new complaint (the list prints its receipt and says its number)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.validation import ValidationResult, Validator
from textual.widgets import Footer, Input, Select, Static

from sekretariat.i18n import t
from sekretariat.services.complaints import complaints, rules
from sekretariat.services.complaints.complaints import (
    MAX_DESCRIPTION,
    MAX_NAME,
    MAX_PHONE,
)
from sekretariat.views.base import dialog_buttons
from sekretariat.views.complaints.cells import choices
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.form_dialog import FormDialog
from sekretariat.views.widgets.text_input import TextInput

MAX_PLACE = 20


class Required(Validator):
    """Refuses an empty field with the service's own message."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def validate(self, value: str) -> ValidationResult:
        return self.success() if value.strip() else self.failure(t(self.key), value)


class ComplaintDialog(FormDialog):
    """The frame of the complaints' dialogs (compact enough for 80x24)."""

    CSS_PATH = ["../styles/dialogs.tcss", "../styles/complaints.tcss"]
    DIALOG_CLASSES = "dialog complaints-dialog"


class ReceiveDialog(ComplaintDialog):
    TITLE_KEY = "tui.complaints.new_title"
    HELP_KEY = "tui.complaints.help.new"
    AUTO_FOCUS = "#category"
    LAST_FIELD = "complainant_phone"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.complaints.key.save", id="complaints.form.save"),
    ]

    def compose(self) -> ComposeResult:
        def select(key: str, prefix: str, values: tuple[str, ...], value=Select.NULL,
                   classes: str = "field") -> Field:
            return Field(t(f"tui.complaints.field_{key}"), Select(
                choices(prefix, values), id=key, value=value, allow_blank=value is Select.NULL,
                prompt=t("tui.complaints.choose")), field=key, own_error=False,
                classes=classes)

        def text(key: str, maximum: int, empty_key: str | None = None,
                 classes: str = "field") -> Field:
            checks = [Required(empty_key)] if empty_key else []
            return Field(t(f"tui.complaints.field_{key}"), TextInput(
                id=key, max_length=maximum, validators=checks), field=key, own_error=False,
                classes=classes)

        with Vertical(classes="dialog-box -wide", id="receive-box"):
            yield Static(t("tui.complaints.new_title"), classes="dialog-title", markup=False)
            with Horizontal(classes="dialog-row"):
                yield select("category", "complaints.category", rules.CATEGORIES)
                yield select("place_kind", "complaints.place_kind", rules.PLACE_KINDS, "stall")
                yield text("place", MAX_PLACE)
            yield FieldError("category")
            yield FieldError("place_kind")
            yield FieldError("place")
            yield text("description", MAX_DESCRIPTION, "complaints.description_empty")
            yield FieldError("description")
            with Horizontal(classes="dialog-row"):
                yield select("channel", "complaints.channel", rules.CHANNELS, "kantor")
                yield select("complainant_kind", "complaints.complainant",
                             rules.COMPLAINANT_KINDS, "pengunjung")
            yield FieldError("channel")
            yield FieldError("complainant_kind")
            with Horizontal(classes="dialog-row"):
                yield text("complainant_name", MAX_NAME)
                yield text("complainant_phone", MAX_PHONE)
            yield FieldError("complainant_name")
            yield FieldError("complainant_phone")
            yield FieldError("general")
            yield dialog_buttons(t("tui.complaints.save_new"))
        yield Footer()

    @on(Select.Changed, "#place_kind")
    def _place_kind(self, event: Select.Changed) -> None:
        """The market as a whole has no code: the code field rests."""
        place = self.query_one("#place", Input)
        place.disabled = event.value == "market"
        if place.disabled:
            place.value = ""
            self.query_one("#error-place", FieldError).clear()

    @on(Select.Changed)
    def _chosen(self, event: Select.Changed) -> None:
        self.query_one(f"#error-{event.select.id}", FieldError).clear()

    def save(self) -> None:
        kind = self.choice("place_kind") or ""
        self.submit_service(
            complaints.receive_complaint, self.session, category=self.choice("category") or "",
            description=self.value("description"), place_kind=kind,
            place=None if kind == "market" else self.value("place"),
            channel=self.choice("channel") or "",
            complainant_kind=self.choice("complainant_kind") or "",
            complainant_name=self.value("complainant_name"),
            complainant_phone=self.value("complainant_phone"), done=self.dismiss)
