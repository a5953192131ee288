"""The form dialog the areas' small forms share (parking setup, warehouse
movements, items, rounds): the message under each field as you type, Enter
moves on (on ``LAST_FIELD`` it saves), saving first shows the first field
its validators refuse, and a closed-day refusal shows under ``DAY_FIELD``.
A subclass composes its fields and writes ``save``."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.widgets import Button, Input, Select

from sekretariat.errors import DayClosed, SekretariatError
from sekretariat.views.base import SubmitDialog
from sekretariat.views.widgets.fields import FieldError
from sekretariat.views.widgets.validators import first_failure


class FormDialog(SubmitDialog):
    #: The input a "day is closed" refusal belongs to (None: the general line).
    DAY_FIELD: str | None = None
    #: The input on which Enter saves.
    LAST_FIELD = ""
    #: The dialog's CSS classes (an area adds its own for its styles).
    DIALOG_CLASSES = "dialog"

    def __init__(self) -> None:
        super().__init__(classes=self.DIALOG_CLASSES)

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


def _shown(widget) -> bool:  # type: ignore[no-untyped-def]
    node = widget
    while node is not None and not isinstance(node, SubmitDialog):
        if not node.display:
            return False
        node = node.parent
    return True
