"""Pengaturan kas (the chair's): the denominations counted at the close,
notes and coins each as one line of values largest first ("100.000, 50.000,
…"), whether the count is blind, and the difference above which the chair
must approve. Dismisses with the saved ``CashSettings``, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.validation import ValidationResult, Validator
from textual.widgets import Button, Checkbox, Footer, Input, Static

from sekretariat.errors import SekretariatError, ValidationError
from sekretariat.i18n import t
from sekretariat.money import format_number, format_rupiah, parse_rupiah
from sekretariat.services.cash import settings as cash_settings
from sekretariat.services.cash.settings import CashSettings
from sekretariat.views.base import SubmitDialog, dialog_buttons
from sekretariat.views.widgets.fields import Field, FieldError, money_field
from sekretariat.views.widgets.validators import first_failure
from sekretariat.views.widgets.text_input import TextInput

FIELDS = {"notes": "note", "coins": "coin"}


def parse_values(text: str, *, field: str) -> list[int]:
    """``"100.000, 50.000; 20000"`` -> [100000, 50000, 20000] (``,`` or ``;``
    between values; each as the money parser reads it)."""
    values = []
    for piece in text.replace(";", ",").split(","):
        if piece.strip():
            values.append(parse_rupiah(piece, field=field, allow_zero=False))
    return values


def values_text(settings: CashSettings, form: str) -> str:
    return ", ".join(format_number(d.value) for d in settings.denominations if d.form == form)


class ValuesValidator(Validator):
    def validate(self, value: str) -> ValidationResult:
        try:
            parse_values(value, field="denominations")
        except ValidationError as exc:
            return self.failure(exc.message, value)
        return self.success()


class CashSettingsDialog(SubmitDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/cash_book.tcss"]
    HELP_KEY = "tui.cash.settings.help"
    TITLE_KEY = "tui.cash.settings.title"
    AUTO_FOCUS = "#notes"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.cash.settings.save", id="cash_settings.save"),
    ]

    def __init__(self) -> None:
        super().__init__(classes="dialog cash-dialog")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide", id="settings-box"):
            yield Static(t("tui.cash.settings.title"), classes="dialog-title", markup=False)
            for field in FIELDS:
                yield Field(t(f"tui.cash.settings.{field}"),
                            TextInput(id=field, max_length=200, validators=[ValuesValidator()],
                                      placeholder=t(f"tui.cash.settings.{field}_hint")),
                            field=field)
            yield FieldError("denominations")
            yield Checkbox(t("tui.cash.settings.blind_count"), True, id="blind_count")
            yield money_field(t("tui.cash.settings.threshold"), "approval_threshold",
                              required=True, classes="field")
            yield FieldError("general")
            yield dialog_buttons(t("tui.cash.settings.save"))
        yield Footer()

    def on_mount(self) -> None:
        self._submit_button().disabled = True
        self.call_service(cash_settings.get_settings, done=self._loaded, group="load")

    def _loaded(self, settings: CashSettings) -> None:
        for field, form in FIELDS.items():
            self.query_one(f"#{field}", Input).value = values_text(settings, form)
        self.query_one("#blind_count", Checkbox).value = settings.blind_count
        self.query_one("#approval_threshold", Input).value = format_rupiah(
            settings.approval_threshold)
        self._submit_button().disabled = False

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        for error in self.query(f"#error-{event.input.id}"):
            if isinstance(error, FieldError):
                error.show(first_failure(event.validation_result))

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        if event.input.id == "approval_threshold":
            self.action_submit()
        else:
            self.focus_next()

    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self._submit_button().disabled:
            return
        self.clear_errors()
        pairs: list[tuple[str, int]] = []
        try:
            for field, form in FIELDS.items():
                pairs += [(form, v) for v in parse_values(
                    self.query_one(f"#{field}", Input).value, field=field)]
            threshold = parse_rupiah(self.query_one("#approval_threshold", Input).value,
                                     field="approval_threshold")
        except SekretariatError as exc:
            self._failed(exc)
            return
        self.submit_service(cash_settings.update_settings, self.session, denominations=pairs,
                            blind_count=self.query_one("#blind_count", Checkbox).value,
                            approval_threshold=threshold, done=self.dismiss)
