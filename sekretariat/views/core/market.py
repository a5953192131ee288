"""Profil pasar: the market's name, address and owners (they head every
document) and its classification (Permendag 37/2017 type, SNI 8152:2015
type). Everyone may read it; the chair and the secretary may edit the texts,
the chair alone the classification."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Footer, Input, Select, Static

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.services.core import market
from sekretariat.services.core.market import FIELD_LIMITS as LIMITS
from sekretariat.services.core.market import MarketInfo
from sekretariat.services.core.session import Session
from sekretariat.views.base import BaseScreen
from sekretariat.views.widgets.fields import Field, FieldError, FormScroll
from sekretariat.views.widgets.text_input import TextInput

FIELDS = ("name", "address", "city", "managing_org", "asset_owner", "phone")
TYPES = {"type_permendag": market.TYPES_PERMENDAG, "type_sni": market.TYPES_SNI}


def _save_profile(session: Session, info: MarketInfo,
                  types: tuple[str | None, str | None] | None, texts: bool) -> MarketInfo:
    """The texts (when they may be edited), then the classification when it changed."""
    saved = market.update_profile(session, info) if texts else market.get_profile()
    if types is not None:
        saved = market.set_classification(session, *types)
    return saved


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

    @property
    def classifier(self) -> bool:
        return self.may("market.classify")

    def compose(self) -> ComposeResult:
        yield Static(t("tui.section.market"), classes="screen-title", markup=False)
        if not self.editable:
            yield Static(t("tui.market.read_only"), classes="screen-note", markup=False)
        with FormScroll(id="market-form"):
            for name in FIELDS:
                yield Field(t(f"field.{name}"),
                            TextInput(id=name, max_length=LIMITS[name], disabled=not self.editable),
                            field=name)
            for name, allowed in TYPES.items():
                yield Field(t(f"market.{name}"),
                            Select([(value, value) for value in allowed], id=name,
                                   prompt=t("market.type_none"), allow_blank=True,
                                   disabled=not self.classifier),
                            field=name)
            yield FieldError("general")
            if self.editable or self.classifier:
                with Horizontal(id="market-buttons"):
                    yield Button(t("tui.market.save"), id="save", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.call_service(market.get_profile, done=self.show_profile, group="load")

    def show_profile(self, profile: MarketInfo | None) -> None:
        self.loaded = {name: getattr(profile, name, "") if profile else "" for name in FIELDS}
        for name in FIELDS:
            self.query_one(f"#{name}", Input).value = self.loaded[name]
        for name in TYPES:
            value = getattr(profile, name, None) if profile else None
            self.loaded[name] = value
            select = self.query_one(f"#{name}", Select)
            if value:
                select.value = value
            else:
                select.clear()
        if self.editable:
            self.query_one("#name", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save":
            return ((self.editable or self.classifier) and not self.saving) or None
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

    def _types(self) -> tuple[str | None, str | None]:
        values = [self.query_one(f"#{name}", Select).value for name in TYPES]
        return tuple(v if isinstance(v, str) else None for v in values)  # type: ignore[return-value]

    def _types_edited(self) -> bool:
        return self.classifier and self._types() != tuple(self.loaded.get(n) for n in TYPES)

    def _edited(self) -> bool:
        return self._types_edited() or self.editable and any(
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
        if not (self.editable or self.classifier) or self.saving:
            return
        self.clear_errors()
        values = {name: self.query_one(f"#{name}", Input).value for name in FIELDS}
        self.saving = True
        self.refresh_bindings()
        types = self._types() if self._types_edited() else None
        texts = self.editable and (types is None or any(
            values[name] != self.loaded.get(name, "") for name in FIELDS))
        self.call_service(_save_profile, self.session, MarketInfo(**values), types, texts,
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
        if error is not None and error.field in (*FIELDS, *TYPES):
            self.query_one(f"#{error.field}").focus()
