"""Profil pasar: the market's name, address and owners (they head every
document). Everyone may read it; the chair and the secretary may edit it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Footer, Input, Static

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.services.core import market
from sekretariat.services.core.market import FIELD_LIMITS as LIMITS
from sekretariat.services.core.market import MarketInfo
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.fields import Field, FieldError, FormScroll
from sekretariat.views.widgets.text_input import TextInput

FIELDS = ("name", "address", "city", "managing_org", "asset_owner", "phone")


class MarketScreen(BaseScreen):
    CSS_PATH = "../styles/market.tcss"
    HELP_KEY = "tui.help.market"
    TITLE_KEY = "tui.section.market"
    SECTION = "market"

    BINDINGS = [
        Binding("ctrl+s", "save", "tui.key.save", id="market.save"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.saving = False
        self.loaded: dict[str, str] = {}

    @property
    def editable(self) -> bool:
        return self.may("market.edit")

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.market"), classes="screen-title", markup=False)
        if not self.editable:
            yield Static(t("tui.market.read_only"), classes="screen-note", markup=False)
        with FormScroll(id="market-form"):
            for name in FIELDS:
                yield Field(t(f"field.{name}"),
                            TextInput(id=name, max_length=LIMITS[name], disabled=not self.editable),
                            field=name)
            yield FieldError("general")
            if self.editable:
                with Horizontal(id="market-buttons"):
                    yield Button(t("tui.market.save"), id="save", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.call_service(market.get_profile, done=self.show_profile, group="load")

    def show_profile(self, profile: MarketInfo | None) -> None:
        self.loaded = {name: getattr(profile, name, "") if profile else "" for name in FIELDS}
        for name in FIELDS:
            self.query_one(f"#{name}", Input).value = self.loaded[name]
        if self.editable:
            self.query_one("#name", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save":
            return (self.editable and not self.saving) or None
        return super().check_action(action, parameters)

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        if event.input.id == FIELDS[-1]:
            self.action_save()
        else:
            self.focus_next()

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        self.query_one(f"#error-{event.input.id}", FieldError).clear()

    def _edited(self) -> bool:
        return self.editable and any(
            self.query_one(f"#{name}", Input).value != self.loaded.get(name, "") for name in FIELDS)

    def action_back(self) -> None:
        if not self._edited():
            super().action_back()
            return
        from sekretariat.views.core.confirm import ConfirmDialog

        self.app.push_screen(ConfirmDialog(t("tui.market.discard"), t("tui.entry.discard_yes")),
                             lambda yes: yes and self.dismiss())

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        if not self.editable or self.saving:
            return
        self.clear_errors()
        values = {name: self.query_one(f"#{name}", Input).value for name in FIELDS}
        self.saving = True
        self.refresh_bindings()
        self.call_service(market.update_profile, self.session, MarketInfo(**values),
                          done=self._saved, failed=self._refused, group="save")

    def _saved(self, profile: MarketInfo) -> None:
        self.saving = False
        self.refresh_bindings()
        self.show_profile(profile)
        self.notify(t("tui.market.saved"))

    def _refused(self, error: SekretariatError | None) -> None:
        self.saving = False
        self.refresh_bindings()
        self.show_error(error)
        if error is not None and error.field in FIELDS:
            self.query_one(f"#{error.field}", Input).focus()
