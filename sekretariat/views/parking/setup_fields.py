"""Shared by the parking set-up and attendant dialogs: a validator that runs
the service's own parser as you type (so what the form accepts is what the
save accepts), labelled inputs built on it, and the dialog base that shows
each field's message under it and keeps everything typed when a save is
refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.validation import ValidationResult, Validator
from textual.widgets import Button, Input

from sekretariat.errors import DayClosed, SekretariatError, ValidationError
from sekretariat.services.parking.parking_util import MAX_CODE, MAX_NAME, check_code, check_count
from sekretariat.views.base import SubmitDialog
from sekretariat.views.widgets.fields import Field, FieldError
from sekretariat.views.widgets.text_input import TextInput
from sekretariat.views.widgets.validators import first_failure


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


class ParkingDialog(SubmitDialog):
    """A set-up dialog: messages as you type under each field, Enter moves on
    (on the last input it saves), Ctrl+S saves; a refusal on a closed day is
    shown under ``DAY_FIELD`` when the dialog has one."""

    CSS_PATH = ["../styles/dialogs.tcss", "../styles/parking_setup.tcss"]
    #: The input a "day is closed" refusal belongs to (None: the general line).
    DAY_FIELD: str | None = None
    #: The input on which Enter saves.
    LAST_FIELD = ""

    def __init__(self) -> None:
        super().__init__(classes="dialog parking-dialog")

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        field = event.input.id or ""
        for error in self.query(f"#error-{field}"):
            if isinstance(error, FieldError):
                error.show(first_failure(event.validation_result))

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        if event.input.id == self.LAST_FIELD:
            self.action_submit()
        else:
            self.focus_next()

    def _failed(self, error: SekretariatError | None) -> None:
        if isinstance(error, DayClosed) and error.field is None and self.DAY_FIELD:
            error.field = self.DAY_FIELD
        super()._failed(error)

    def value(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value

    def invalid_field(self) -> str | None:
        """The first enabled input whose validators refuse what it holds
        (its message shown, the focus on it), or None."""
        for widget in self.query(Input):
            if widget.disabled or not widget.id:
                continue
            result = widget.validate(widget.value)
            if result is not None and not result.is_valid:
                for error in self.query(f"#error-{widget.id}"):
                    if isinstance(error, FieldError):
                        error.show(first_failure(result))
                widget.focus()
                return widget.id
        return None

    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self._submit_button().disabled:
            return
        self.clear_errors()
        if self.invalid_field() is None:
            self.save()

    def save(self) -> None:
        raise NotImplementedError
