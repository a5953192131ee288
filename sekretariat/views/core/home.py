"""Beranda: the market, today's date, who is logged in, and the sections
this role may open."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date_long
from sekretariat.services.core import market
from sekretariat.views.base import BaseScreen
from sekretariat.views.leasing import expiry_notice
from sekretariat.views.sections import section_number, sections_for

_SECTIONS_GROUP = Binding.Group("tui.key.sections", compact=True)


class HomeScreen(BaseScreen):
    CSS_PATH = "../styles/home.tcss"
    HELP_KEY = "tui.help.home"
    TITLE_KEY = "tui.home.title"
    AUTO_FOCUS = "#sections"

    BINDINGS = [
        *(Binding(str(n % 10), f"open_number({n})", "tui.key.open_section", id=f"home.open{n}",
                  group=_SECTIONS_GROUP) for n in range(1, 11)),
        Binding("l", "logout", "tui.key.logout", id="home.logout"),
        Binding("x", "expiring", "tui.expiry.key.open", id="home.expiring"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sections = sections_for(self.session)

    def compose(self) -> ComposeResult:
        with Vertical(id="home-header"):
            yield Static(t("tui.home.title"), id="home-title", markup=False)
            yield Static(self._market_name(), id="home-market", markup=False)
            yield Static(fmt_date_long(clock.today()), id="home-date", markup=False)
            yield Static(t("tui.home.user", name=self.session.full_name,
                           role=t(f"role.{self.session.role}")), id="home-user", markup=False)
        yield Static(t("tui.home.sections"), classes="heading", markup=False)
        yield OptionList(*(self._option(section_number(name), name) for name in self.sections),
                         id="sections")
        if expiry_notice.may_see(self.session):
            yield expiry_notice.ExpiryNotice()
        yield Footer()

    def _market_name(self) -> str:
        try:
            profile = market.get_profile()
        except SekretariatError:
            profile = None
        return profile.name if profile else t("tui.login.not_initialized")

    @staticmethod
    def _option(number: int, name: str) -> Option:
        prompt = Content.assemble((f"{number % 10}  ", "bold $accent"),
                                  (t(f"tui.section.{name}"), "bold"),
                                  "\n   ", (t(f"tui.section.{name}.help"), "dim"))
        return Option(prompt, id=name)

    def on_screen_resume(self) -> None:
        # the market's name may have been edited in the market section
        self.query_one("#home-market", Static).update(self._market_name())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return False
        if action == "expiring":
            return expiry_notice.may_see(self.session)
        if action == "open_number":
            return self._numbered(int(parameters[0])) is not None  # type: ignore[arg-type]
        return True

    def _numbered(self, number: int) -> str | None:
        return next((name for name in self.sections if section_number(name) == number), None)

    def action_open_number(self, number: int) -> None:
        name = self._numbered(number)
        if name is not None:
            self.app.open_section(name)

    @on(OptionList.OptionSelected, "#sections")
    def _section_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.open_section(event.option.id)

    def action_expiring(self) -> None:
        expiry_notice.open_list(self.app)

    def action_logout(self) -> None:
        self.app.action_logout()
