"""F1: what this screen is for and which keys work on it."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Static

from sekretariat.i18n import t
from sekretariat.views.base import BaseDialog


def _key_name(display: str) -> str:
    """``^s`` -> ``Ctrl+S``, ``esc`` -> ``Esc``, ``f1`` -> ``F1``."""
    if display.startswith("^"):
        return "Ctrl+" + display[1:].upper()
    return display[:1].upper() + display[1:] if len(display) > 1 else display


class HelpDialog(BaseDialog):
    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.help.help"
    TITLE_KEY = "tui.help.title"
    AUTO_FOCUS = "#close"

    BINDINGS = [
        Binding("escape", "cancel", "tui.key.close", id="help.close"),
        Binding("f1", "cancel", "tui.key.close", id="help.f1"),
    ]

    def __init__(self, screen: Screen) -> None:
        super().__init__(classes="dialog", id="help-dialog")
        self.about = screen

    def compose(self) -> ComposeResult:
        about = self.about
        title = t(getattr(about, "TITLE_KEY", "tui.app_name"))
        with Vertical(classes="dialog-box -wide"):
            yield Static(t("tui.help.title", screen=title), classes="dialog-title",
                         markup=False)
            with VerticalScroll(id="help-body"):
                yield Static(t(getattr(about, "HELP_KEY", "tui.help.generic")),
                             id="help-text", markup=False)
                yield Static(t("tui.help.keys"), classes="json-title", markup=False)
                yield DataTable(id="help-keys", cursor_type="none", show_header=False)
                yield Static(t("tui.help.everywhere"), id="help-everywhere", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.close"), id="close")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#help-keys", DataTable)
        table.add_column("key", width=14)
        table.add_column("what", width=50)
        rows: dict[str, list] = {}  # description -> [keys, enabled]
        for active in self.about.active_bindings.values():
            binding = active.binding
            if binding.id is None or binding.system:
                continue
            label = binding.description  # the home screen's 1..5 share one line
            key = _key_name(self.app.get_key_display(binding))
            if label in rows:
                # ("[ ]" already names "]", a key shown with its partner)
                if key not in " ".join(rows[label][0]).split():
                    rows[label][0].append(key)
                rows[label][1] = rows[label][1] or active.enabled
            else:
                rows[label] = [[key], active.enabled]
        for label, (keys, enabled) in rows.items():
            style = "" if enabled else "dim"
            suffix = "" if enabled else f"  ({t('tui.help.not_now')})"
            table.add_row(Text(" ".join(keys), style=f"bold {style}".strip()),
                          Text(label + suffix, style=style))

    @on(Button.Pressed, "#close")
    def _close(self) -> None:
        self.dismiss(None)
