"""Ask a yes/no question; dismisses with True or False."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Static

from sekretariat.i18n import t
from sekretariat.views.base import BaseDialog


class ConfirmDialog(BaseDialog):
    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.help.confirm"
    TITLE_KEY = "tui.confirm.title"
    AUTO_FOCUS = "#no"

    BINDINGS = [
        Binding("y", "answer(True)", "tui.key.yes", id="confirm.yes"),
        Binding("n", "answer(False)", "tui.key.no", id="confirm.no"),
    ]

    def __init__(self, question: str, yes_label: str | None = None, *,
                 title: str | None = None) -> None:
        """``title``: instead of "Are you sure?", for a question that is not
        a warning (the yes button is then a plain one)."""
        super().__init__(classes="dialog")
        self.question = question
        self.yes_label = yes_label or t("tui.yes")
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self.title_text or t("tui.confirm.title"), classes="dialog-title",
                         markup=False)
            yield Static(self.question, classes="dialog-text", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.yes_label, id="yes",
                             variant="primary" if self.title_text else "warning")
                yield Button(t("tui.no"), id="no")
        yield Footer()

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    def action_cancel(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")
