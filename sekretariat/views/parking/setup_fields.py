"""Shared by the parking set-up and attendant dialogs: a validator that runs
the service's own parser as you type (so what the form accepts is what the
save accepts), labelled inputs built on it, and the dialog base that shows
each field's message under it and keeps everything typed when a save is
refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.validation import ValidationResult, Validator

from sekretariat.errors import ValidationError
from sekretariat.services.parking.parking_util import MAX_CODE, MAX_NAME, check_code, check_count
from sekretariat.views.widgets.fields import Field
from sekretariat.views.widgets.form_dialog import FormDialog
from sekretariat.views.widgets.text_input import TextInput


class CheckValidator(Validator):
    """Valid when ``check(value)`` accepts it; its refusal is the message.
    An empty value is accepted unless ``required``."""

    def __init__(self, check: Callable[[str], Any], *, required: bool = True) -> None:
        super().__init__()
        self.check = check
        self.required = required

    def validate(self, value: str) -> ValidationResult:
        if not value.strip() and not self.required:
            return self.success()
        try:
            self.check(value)
        except ValidationError as exc:
            return self.failure(exc.message, value)
        return self.success()


def _required_text(field: str) -> Callable[[str], None]:
    def check(value: str) -> None:
        if not value.strip():
            raise ValidationError("parking.text_empty", field=field)
    return check


def text_field(label: str, field: str, value: str = "", *, maximum: int = MAX_NAME,
               required: bool = False, classes: str = "field",
               placeholder: str = "", check: Callable[[str], Any] | None = None,
               own_error: bool = True, disabled: bool = False) -> Field:
    """A labelled text input ``#<field>``: its length limit, ``required`` and
    ``check`` (a service parser) are shown as you type."""
    validators: list[Validator] = []
    if required:
        validators.append(CheckValidator(_required_text(field)))
    if check is not None:
        validators.append(CheckValidator(check, required=required))
    return Field(label, TextInput(value, id=field, max_length=maximum, validators=validators,
                                  placeholder=placeholder, disabled=disabled),
                 field=field, classes=classes, own_error=own_error)


def code_field(label: str, value: str = "", *, fixed: bool = False, **kwargs: Any) -> Field:
    """``#code``: a short code, fixed once given (shown, not editable)."""
    return text_field(label, "code", value, maximum=MAX_CODE, required=True,
                      check=check_code, disabled=fixed, **kwargs)


def count_field(label: str, field: str, value: int | None = None, **kwargs: Any) -> Field:
    """A whole number, zero or more (a capacity)."""
    return text_field(label, field, "" if value is None else str(value), maximum=9,
                      required=True, check=lambda text: check_count(text, field), **kwargs)


class ParkingDialog(FormDialog):
    """A set-up dialog (``FormDialog``: messages as you type, Enter moves on,
    Ctrl+S saves, a closed-day refusal under ``DAY_FIELD``)."""

    CSS_PATH = ["../styles/dialogs.tcss", "../styles/parking_setup.tcss"]
    DIALOG_CLASSES = "dialog parking-dialog"
