"""What the leases module's forms share: ctrl+s saves in a worker and keeps
everything typed when the service refuses (the message goes under the field
it concerns, which gets the focus), Escape asks before throwing typing away,
and each input's own validator speaks under it as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Input

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.fields import FieldError
from sekretariat.views.widgets.validators import first_failure


def form_buttons(label: str | None = None, *, cancel: bool = True) -> Horizontal:
    """The form's save button (``#save``, "Simpan" unless ``label``) and its
    cancel button (``#cancel``)."""
    buttons = [Button(label or t("tui.form.save"), id="save", variant="primary")]
    if cancel:
        buttons.append(Button(t("tui.cancel"), id="cancel"))
    return Horizontal(*buttons, classes="form-buttons")


class FormScreen(BaseScreen):
    """A form whose inputs are named like the service's fields (``#amount``
    shows its errors in ``#error-amount``). Subclasses implement ``submit``
    (read the inputs, call ``self.save_with(...)``) and ``typed_something``."""

    BINDINGS = [
        Binding("ctrl+s", "save", "tui.key.save", id="form.save"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.saving = False

    # --- as you type ------------------------------------------------------------

    @on(Input.Changed)
    def _validate_as_typed(self, event: Input.Changed) -> None:
        field = event.input.id
        if not field:
            return
        for error in self.query(f"#error-{field}"):
            if isinstance(error, FieldError):
                error.show(first_failure(event.validation_result))

    # --- saving -----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save":
            return not self.saving or None
        return super().check_action(action, parameters)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        if self.saving:
            return
        self.clear_errors()
        try:
            self.submit()
        except SekretariatError as exc:  # what the form itself cannot read
            self.show_error(exc)
            self.focus_first_error()

    def submit(self) -> None:
        raise NotImplementedError

    def save_with(self, fn: Callable[..., Any], *args: Any,
                  done: Callable[[Any], Any], **kwargs: Any) -> None:
        """Call the service; ``done(result)`` on success, else the refusal is
        shown under its field and the form stays as typed."""
        self._busy(True)

        def finished(result: Any) -> None:
            self._busy(False)
            done(result)

        self.call_service(fn, *args, done=finished, failed=self.refused, group="save", **kwargs)

    def refused(self, error: SekretariatError | None) -> None:
        self._busy(False)
        self.show_error(error)
        self.focus_first_error()

    def _busy(self, busy: bool) -> None:
        self.saving = busy
        for button in self.query("#save"):
            if isinstance(button, Button):
                button.disabled = busy
        self.refresh_bindings()

    def focus_first_error(self) -> None:
        for error in self.query(FieldError):
            if not error.display:
                continue
            field = (error.id or "").removeprefix("error-")
            target = self.query(f"#{field}")
            if target and target.first().focusable:
                target.first().focus()
                return

    # --- leaving ----------------------------------------------------------------

    def typed_something(self) -> bool:
        return False

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_back()

    def action_back(self) -> None:
        if self.saving:
            return
        if not self.typed_something():
            self.dismiss(None)
            return
        from sekretariat.views.core.confirm import ConfirmDialog

        self.app.push_screen(ConfirmDialog(t("tui.form.discard"), t("tui.form.discard_yes")),
                             lambda yes: yes and self.dismiss(None))
