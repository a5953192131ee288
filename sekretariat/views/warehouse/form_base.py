"""Shared by the warehouse dialogs: a validator that runs the service's own
parser as you type (what the form accepts is what the save accepts), and
the dialog base that shows each field's message under it, moves on with
Enter, saves with Ctrl+S and keeps everything typed when a save is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.binding import Binding
from textual.validation import ValidationResult, Validator

from sekretariat.errors import ValidationError
from sekretariat.views.widgets.form_dialog import FormDialog


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


class WarehouseDialog(FormDialog):
    """Messages as you type under each field; Enter moves on (on
    ``LAST_FIELD`` it saves); Ctrl+S saves; a closed-day refusal shows under
    ``DAY_FIELD``."""

    CSS_PATH = ["../styles/dialogs.tcss", "../styles/warehouse.tcss"]
    DIALOG_CLASSES = "dialog warehouse-dialog"

    BINDINGS = [
        Binding("ctrl+s", "submit", "tui.warehouse.key.save", id="warehouse.form.save"),
    ]
