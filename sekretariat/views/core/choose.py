"""Pick one of a few things (a lease to print, ...); dismisses with the
chosen value, or None when cancelled."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from sekretariat.views.base import BaseDialog


class ChooseDialog(BaseDialog):
    CSS_PATH = "../styles/dialogs.tcss"
    HELP_KEY = "tui.help.choose"
    AUTO_FOCUS = "#choices"

    def __init__(self, title: str, choices: list[tuple[str, object]]) -> None:
        super().__init__(classes="dialog")
        self.title_text = title
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield OptionList(*(Option(label, id=str(i))
                               for i, (label, _) in enumerate(self.choices)), id="choices")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#choices", OptionList).highlighted = 0

    @on(OptionList.OptionSelected, "#choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[int(event.option.id or 0)][1])
