"""A form field: its label, its input and, under it, the message that
explains what is wrong with what was typed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, Label, Static


class FieldError(Static):
    """The message under a field (``id="error-<field>"``); hidden when empty."""

    def __init__(self, field: str, **kwargs) -> None:
        super().__init__("", id=f"error-{field}", classes="field-error", markup=False, **kwargs)
        self.display = False

    def show(self, message: str) -> None:
        self.update(message)
        self.display = bool(message)

    def clear(self) -> None:
        self.show("")

    @property
    def text_shown(self) -> str:
        return str(self.content) if self.display else ""


class Field(Vertical):
    """``Field(label, widget, field="memo")``: the label, the widget, its error."""

    def __init__(self, label: str, widget: Widget, *, field: str, own_error: bool = True,
                 **kwargs) -> None:
        """``own_error=False``: the screen places the field's error itself (a
        narrow field whose messages need the full width)."""
        kwargs.setdefault("classes", "field")
        super().__init__(**kwargs)
        self._label_text = label
        self._field_widget = widget
        self._field = field
        self._own_error = own_error

    def compose(self) -> ComposeResult:
        yield Label(self._label_text, classes="field-label", markup=False)
        yield self._field_widget
        if self._own_error:
            yield FieldError(self._field)


def row_errors(*fields: str) -> ComposeResult:
    """The errors of a row of narrow fields, placed under the whole row so a
    long message reads on one line instead of a tall column."""
    for field in fields:
        yield FieldError(field)


class FormScroll(VerticalScroll, can_focus=False):
    """A scrolling form body that Tab passes through to its fields."""


def new_password_fields(label: str) -> tuple[Field, Field]:
    """A new password and its repetition (``#password``, ``#password2``)."""
    from sekretariat.i18n import t
    from sekretariat.services.core.users import MIN_PASSWORD_LENGTH

    from sekretariat.services.core.users import MAX_PASSWORD_LENGTH
    from sekretariat.views.widgets.text_input import TextInput

    return (Field(label, TextInput(id="password", password=True,
                                   max_length=MAX_PASSWORD_LENGTH,
                                   placeholder=t("tui.password.hint",
                                                 minimum=MIN_PASSWORD_LENGTH)),
                  field="password"),
            Field(t("tui.password.repeat"), TextInput(id="password2", password=True,
                                                      max_length=MAX_PASSWORD_LENGTH),
                  field="password2"))


def new_password(screen: Widget) -> str | None:
    """The new password typed twice, or None (with the message shown) when the
    two differ."""
    from sekretariat.i18n import t

    password = screen.query_one("#password", Input).value
    if password != screen.query_one("#password2", Input).value:
        screen.query_one("#error-password2", FieldError).show(t("tui.password.mismatch"))
        screen.query_one("#password2", Input).focus()
        return None
    return password


def date_text(day) -> str:
    """A date as typed in a date field: ``23/11/2026``."""
    return f"{day:%d/%m/%Y}"


def date_field(label: str, field: str, day=None, *, classes: str = "field narrow",
               required: bool = True, own_error: bool = True) -> Field:
    """A labelled date input ``#<field>`` (checked as typed), with its error
    (unless the screen places it: ``own_error=False``)."""
    from sekretariat.views.widgets.text_input import TextInput
    from sekretariat.views.widgets.validators import DateValidator

    return Field(label, TextInput(date_text(day) if day else "", id=field, max_length=10,
                                  validators=[DateValidator(required=required)]),
                 field=field, classes=classes, own_error=own_error)


def money_field(label: str, field: str, *, placeholder: str = "",
                classes: str = "field medium", required: bool = False,
                own_error: bool = True) -> Field:
    """A labelled rupiah input ``#<field>`` (checked as typed), with its error
    (unless the screen places it: ``own_error=False``)."""
    from sekretariat.views.widgets.text_input import TextInput
    from sekretariat.views.widgets.validators import MoneyValidator

    return Field(label, TextInput(id=field, max_length=30, placeholder=placeholder,
                                  validators=[MoneyValidator(required=required)]),
                 field=field, classes=classes, own_error=own_error)
