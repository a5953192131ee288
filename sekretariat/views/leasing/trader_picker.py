"""Choose a trader by typing: a name, NIK or phone finds up to six traders as
you type; Enter takes the only match (or goes to the list), arrows and Enter
choose. ``TraderPicker.Chosen`` is posted when one is chosen; ``trader_id``
is None until then."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from sekretariat.i18n import t
from sekretariat.services.leasing import traders
from sekretariat.services.leasing.traders import TraderInfo, TraderRow
from sekretariat.views.widgets.fields import FieldError
from sekretariat.views.widgets.text_input import TextInput

#: How many traders the picker offers while typing.
MATCHES = 6


def trader_note(trader: TraderInfo | TraderRow | None) -> str:
    if trader is None:
        return ""
    return t("tui.lease_form.trader_chosen", name=trader.name, nik=trader.nik,
             status=t(f"trader.status.{trader.status}"))


class TraderPicker(Vertical):
    """The input is ``#<field>`` and its error ``#error-<field>``, so a
    service's refusal about the trader lands under it."""

    DEFAULT_CSS = """
    TraderPicker { height: auto; margin-bottom: 1; }
    TraderPicker OptionList { height: auto; max-height: 8; }
    TraderPicker .picker-note { height: auto; color: $text-muted; }
    """

    class Chosen(Message):
        def __init__(self, picker: TraderPicker, trader_id: int) -> None:
            super().__init__()
            self.picker = picker
            self.trader_id = trader_id

        @property
        def control(self) -> TraderPicker:
            return self.picker

    def __init__(self, label: str, *, field: str = "trader",
                 trader: TraderInfo | None = None, exclude: int | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.label = label
        self.field = field
        self.trader_id: int | None = trader.id if trader else None
        self.trader_name = trader.name if trader else ""
        self.given = trader
        self.exclude = exclude
        self.matches: dict[str, TraderRow] = {}

    def compose(self) -> ComposeResult:
        yield Label(self.label, classes="field-label", markup=False)
        yield TextInput(self.trader_name, id=self.field, max_length=60,
                    placeholder=t("tui.lease_form.trader_hint"))
        yield FieldError(self.field)
        yield OptionList(classes="picker-matches")
        yield Static(trader_note(self.given), classes="picker-note", markup=False)

    def on_mount(self) -> None:
        self.query_one(OptionList).display = False

    @property
    def typed(self) -> str:
        return " ".join(self.query_one(Input).value.split())

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        text = self.typed
        if self.trader_id is not None and text == self.trader_name:
            return
        self.trader_id = None
        self.query_one(".picker-note", Static).update("")
        if len(text) < 2:
            self._show(text, None)
            return
        self.find(text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="trader-find")
    def find(self, text: str) -> None:
        from sekretariat.views.base import run_safely

        outcome = run_safely("trader_picker.find", traders.search, self.app.session, text,
                             limit=MATCHES + 1)
        if outcome.ok:
            self.app.call_from_thread(self._show, text, outcome.value)

    def _show(self, text: str, page) -> None:
        if not self.is_attached or self.typed != text:
            return  # typed on meanwhile
        matches = self.query_one(OptionList)
        matches.clear_options()
        self.matches = {}
        for row in page.rows if page is not None else ():
            if row.id == self.exclude or len(self.matches) == MATCHES:
                continue
            self.matches[str(row.id)] = row
            matches.add_option(Option(t("tui.lease_form.trader_option", name=row.name,
                                        nik=row.nik, stalls=row.stalls or "-",
                                        status=t(f"trader.status.{row.status}")),
                                      id=str(row.id)))
        matches.display = bool(self.matches)
        if page is not None and not self.matches:
            self.query_one(".picker-note", Static).update(t("tui.lease_form.no_trader"))

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        if len(self.matches) == 1:
            self.choose(next(iter(self.matches.values())))
        elif self.matches:
            matches = self.query_one(OptionList)
            matches.focus()
            matches.highlighted = 0

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        row = self.matches.get(event.option.id or "")
        if row is not None:
            self.choose(row)

    def choose(self, row: TraderRow | TraderInfo) -> None:
        self.trader_id, self.trader_name = row.id, row.name
        self.query_one(Input).value = row.name
        self.query_one(".picker-note", Static).update(trader_note(row))
        self.query_one(FieldError).clear()
        matches = self.query_one(OptionList)
        matches.clear_options()
        matches.display = False
        self.matches = {}
        self.post_message(self.Chosen(self, row.id))
