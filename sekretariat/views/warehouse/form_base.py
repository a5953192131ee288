"""Shared by the warehouse dialogs: a validator that runs the service's own
parser as you type (what the form accepts is what the save accepts), and
the dialog base that shows each field's message under it, moves on with
Enter, saves with Ctrl+S and keeps everything typed when a save is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.binding import Binding
from textual.validation import ValidationResult, Validator
from textual.widgets import Button, Input, Select

from sekretariat.errors import DayClosed, SekretariatError, ValidationError
from sekretariat.views.base import SubmitDialog
from sekretariat.views.widgets.fields import FieldError
from sekretariat.views.widgets.validators import first_failure


class CheckValidator(Validator):
    """Valid when ``check(value)`` accepts it; its refusal is the message.
    Empty is accepted unless ``required`` (then ``empty_key`` is the message)."""

    def __init__(self, check: Callable[[str], Any] | None, *, required: bool = False,
                 empty_key: str = "warehouse.text_empty") -> None:
        super().__init__()
        self.check = check
        self.required = required
        self.empty_key = empty_key

    def validate(self, value: str) -> ValidationResult:
        if not value.strip():
            if not self.required:
                return self.success()
            from sekretariat.i18n import t

            return self.failure(t(self.empty_key), value)
        if self.check is None:
            return self.success()
        try:
            self.check(value)
        except ValidationError as exc:
            return self.failure(exc.message, value)
        return self.success()


class WarehouseDialog(SubmitDialog):
    """Messages as you type under each field; Enter moves on (on
    ``LAST_FIELD`` it saves); Ctrl+S saves; a closed-day refusal shows under
    ``DAY_FIELD``."""

    CSS_PATH = ["../styles/dialogs.tcss", "../styles/warehouse.tcss"]
    DAY_FIELD: str | None = None
    LAST_FIELD = ""

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.warehouse.key.save", id="warehouse.form.save"),
    ]

    def __init__(self) -> None:
        super().__init__(classes="dialog warehouse-dialog")

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        field = event.input.id or ""
        for error in self.query(f"#error-{field}"):
            if isinstance(error, FieldError):
                error.show(first_failure(event.validation_result))
        self.typed(field)

    def typed(self, field: str) -> None:
        """After a field changed (hints that follow what is typed)."""

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

    def choice(self, field: str) -> Any:
        select = self.query_one(f"#{field}", Select)
        return None if select.is_blank() else select.value

    def invalid_field(self) -> str | None:
        """The first shown input whose validators refuse what it holds (its
        message shown, the focus on it), or None."""
        for widget in self.query(Input):
            if widget.disabled or not widget.id or not _shown(widget):
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


def _shown(widget) -> bool:
    node = widget
    while node is not None and not isinstance(node, SubmitDialog):
        if not node.display:
            return False
        node = node.parent
    return True
