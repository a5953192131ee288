"""Pick an attendant by typing part of the name: the list narrows as you
type, Enter takes the first (or the highlighted) one, Down goes into the
list. Dismisses with ``(attendant id, name)``, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from sekretariat.i18n import t
from sekretariat.services.parking.attendants import AttendantInfo
from sekretariat.views.base import BaseDialog
from sekretariat.views.widgets.text_input import TextInput


class PickAttendantDialog(BaseDialog):
    CSS_PATH = ["../styles/dialogs.tcss", "../styles/parking.tcss"]
    HELP_KEY = "tui.parking.help.pick"
    TITLE_KEY = "tui.parking.pick.title"
    AUTO_FOCUS = "#pick-filter"

    BINDINGS = [
        Binding("down", "into_list", "tui.parking.key.into_list", id="parking_pick.list",
                show=False),
    ]

    def __init__(self, title: str, people: list[AttendantInfo]) -> None:
        super().__init__(classes="dialog")
        self.title_text = title
        self.people = people

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield TextInput(id="pick-filter", max_length=60,
                            placeholder=t("tui.parking.pick.hint"))
            yield OptionList(id="pick-options")
            yield Static("", id="pick-none", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self._show("")

    def matching(self, text: str) -> list[AttendantInfo]:
        words = text.lower().split()
        return [p for p in self.people if all(w in p.name.lower() for w in words)]

    def _show(self, text: str) -> None:
        options = self.query_one("#pick-options", OptionList)
        options.clear_options()
        found = self.matching(text)
        options.add_options([Option(p.name, id=str(p.id)) for p in found])
        if found:
            options.highlighted = 0
        self.query_one("#pick-none", Static).update(
            "" if found else t("tui.parking.pick.none"))

    @on(Input.Changed, "#pick-filter")
    def _typed(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(Input.Submitted, "#pick-filter")
    def _entered(self) -> None:
        options = self.query_one("#pick-options", OptionList)
        if options.option_count:
            self._take(options.get_option_at_index(options.highlighted or 0).id)

    def action_into_list(self) -> None:
        options = self.query_one("#pick-options", OptionList)
        if self.focused is not options and options.option_count:
            options.focus()

    @on(OptionList.OptionSelected, "#pick-options")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self._take(event.option.id)

    def _take(self, option_id: str | None) -> None:
        person = next((p for p in self.people if str(p.id) == option_id), None)
        if person is not None:
            self.dismiss((person.id, person.name))
