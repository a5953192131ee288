"""What every screen and dialog shares: key bindings described in the user's
language, service calls in worker threads whose results come back to the UI
thread, and refusals shown next to the field they concern."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, get_current_worker

from sekretariat import logsetup
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t

if TYPE_CHECKING:
    from sekretariat.services.core.session import Session
    from sekretariat.views.application import SekretariatApp

#: Binding descriptions, tooltips and group names starting with this are
#: message keys, translated when a screen is built.
KEY_PREFIX = "tui."


def translated(binding: Binding) -> Binding:
    changes: dict[str, Any] = {}
    if binding.description.startswith(KEY_PREFIX):
        changes["description"] = t(binding.description)
    if binding.tooltip.startswith(KEY_PREFIX):
        changes["tooltip"] = t(binding.tooltip)
    if binding.group is not None and binding.group.description.startswith(KEY_PREFIX):
        changes["group"] = Binding.Group(t(binding.group.description),
                                         compact=binding.group.compact)
    return dataclasses.replace(binding, **changes) if changes else binding


def translate_bindings(node: DOMNode) -> None:
    """Rebuild ``node``'s bindings from its class with descriptions in the
    current language (the footer and the help dialog show them). Uses
    Textual's class-level ``_merged_bindings`` (Textual 8.2): descriptions are
    fixed when a class is made, the language is not."""
    merged = type(node)._merged_bindings
    if merged is None:
        return
    node._bindings = BindingsMap.from_keys(
        {key: [translated(b) for b in bindings]
         for key, bindings in merged.key_to_bindings.items()})


@dataclasses.dataclass(frozen=True)
class Outcome:
    """The result of a service call made in a worker thread."""

    ok: bool
    value: Any = None
    error: SekretariatError | None = None  # None with ok=False: unexpected failure


def run_safely(where: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Outcome:
    """Call a service; refusals become an Outcome, anything else is logged."""
    try:
        return Outcome(True, fn(*args, **kwargs))
    except SekretariatError as exc:
        return Outcome(False, error=exc)
    except Exception:  # noqa: BLE001 - logged, then a generic message
        logsetup.log_unexpected(where)
        return Outcome(False)


def unexpected_message(log_path: object = None) -> str:
    """The generic text for a failure nobody foresaw (the details are logged)."""
    return t("tui.error.unexpected", path=str(log_path) if log_path else logsetup.LOG_NAME)


class ServiceMixin:
    """Calls services in worker threads and shows what they refuse."""

    app: SekretariatApp

    @property
    def session(self) -> Session:
        session = self.app.session
        assert session is not None
        return session

    def call_service(self, fn: Callable[..., Any], *args: Any,
                     done: Callable[[Any], Any] | None = None,
                     failed: Callable[[SekretariatError | None], Any] | None = None,
                     group: str = "service", **kwargs: Any) -> Worker:
        """Run ``fn(*args, **kwargs)`` in a thread. ``done(result)`` runs on the
        UI thread; a refusal goes to ``failed(error)`` if given, else it is
        shown (next to its field when the form has one)."""
        where = f"{type(self).__name__}.{getattr(fn, '__qualname__', repr(fn))}"

        def job() -> None:
            self.deliver(run_safely(where, fn, *args, **kwargs), done, failed)

        return self.run_worker(  # type: ignore[attr-defined]
            job, name=where, group=group, thread=True, exclusive=True, exit_on_error=False)

    def deliver(self, outcome: Outcome, done: Callable[[Any], Any] | None,
                failed: Callable[[SekretariatError | None], Any] | None = None) -> None:
        """From a worker thread: hand the outcome to the UI thread."""
        if get_current_worker().is_cancelled:
            return
        try:
            self.app.call_from_thread(self._apply_outcome, outcome, done, failed)
        except RuntimeError:  # the app has closed meanwhile
            pass

    def _apply_outcome(self, outcome: Outcome, done, failed) -> None:
        if not self.is_attached:  # type: ignore[attr-defined]
            return
        try:
            if outcome.ok:
                if done is not None:
                    done(outcome.value)
            elif failed is not None:
                failed(outcome.error)
            else:
                self.show_error(outcome.error)
        except SekretariatError as exc:
            self.show_error(exc)
        except Exception:  # noqa: BLE001
            logsetup.log_unexpected(f"{type(self).__name__}._apply_outcome")
            self.show_error(None)

    def show_error(self, error: SekretariatError | None) -> None:
        """Next to the field it concerns if this view has one, else a notification."""
        from sekretariat.views.widgets.fields import FieldError

        if error is None:
            message = unexpected_message(getattr(self.app, "log_path", None))
            self.notify(message, severity="error")  # type: ignore[attr-defined]
            return
        if error.field:
            for widget in self.query(f"#error-{error.field}"):  # type: ignore[attr-defined]
                if isinstance(widget, FieldError):
                    widget.show(error.message)
                    return
        general = self.query("#error-general")  # type: ignore[attr-defined]
        if general and isinstance(general.first(), FieldError):
            general.first().show(error.message)
            return
        self.notify(error.message, severity="error")  # type: ignore[attr-defined]

    def clear_errors(self) -> None:
        from sekretariat.views.widgets.fields import FieldError

        for widget in self.query(FieldError):  # type: ignore[attr-defined]
            widget.clear()


class BaseScreen(ServiceMixin, Screen):
    """A full screen: Escape goes back, F1 explains it (see the app)."""

    #: Message key of this screen's help text.
    HELP_KEY = "tui.help.generic"
    #: Message key of this screen's title (shown in help and the header line).
    TITLE_KEY = "tui.app_name"
    #: The home-screen section this screen is, if any.
    SECTION: str | None = None

    BINDINGS = [
        Binding("escape", "back", "tui.key.back", id="screen.back"),
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        translate_bindings(self)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return len(self.app.screen_stack) > 2 or None
        return True

    #: Below this many columns the footer drops its padding, so its keys fit.
    NARROW = 100

    def _on_screen_resume(self) -> None:
        self._fit_footer()

    def _on_resize(self) -> None:
        self._fit_footer()

    def _fit_footer(self) -> None:
        from textual.widgets import Footer

        narrow = self.app.size.width < self.NARROW
        for footer in self.query(Footer):
            if footer.compact != narrow:
                footer.compact = narrow

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.dismiss()

    def may(self, action: str) -> bool:
        from sekretariat.services.core import permissions

        return permissions.can(self.app.session, action)


class BaseDialog(ServiceMixin, ModalScreen):
    """A modal: Escape cancels (dismisses with None)."""

    HELP_KEY = "tui.help.dialog"
    TITLE_KEY = "tui.app_name"

    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel", id="dialog.cancel"),
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        translate_bindings(self)

    def action_cancel(self) -> None:
        self.dismiss(None)


def dialog_buttons(label: str, variant: str = "primary"):
    """The dialog's submit (``#submit``) and cancel (``#cancel``) buttons."""
    from textual.containers import Horizontal
    from textual.widgets import Button

    from sekretariat.i18n import t

    return Horizontal(Button(label, id="submit", variant=variant),
                      Button(t("tui.cancel"), id="cancel"), classes="dialog-buttons")


class SubmitDialog(BaseDialog):
    """A dialog that submits to one service call: the submit button is
    disabled while it runs; a refusal is shown under its field (which gets
    the focus) and the button comes back; Cancel dismisses with None."""

    def submit_service(self, fn: Callable[..., Any], *args: Any, done: Callable[[Any], Any],
                       group: str = "submit", **kwargs: Any) -> None:
        self._submit_button().disabled = True
        self.call_service(fn, *args, done=done, failed=self._failed, group=group, **kwargs)

    def _submit_button(self):
        from textual.widgets import Button

        return self.query_one("#submit", Button)

    def _failed(self, error: SekretariatError | None) -> None:
        self._submit_button().disabled = False
        self.show_error(error)
        if error is not None and error.field:
            target = self.query(f"#{error.field}")
            if target and target.first().focusable:
                target.first().focus()

    def on_button_pressed(self, event) -> None:
        if event.button.id == "cancel":
            event.stop()
            self.dismiss(None)
