"""Beranda: the market, today's date, who is logged in, and the sections
this role may open."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from sekretariat import clock
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date_long
from sekretariat.services.core import market
from sekretariat.views.base import BaseScreen
from sekretariat.views.core.section_keys import PAUSE, TypedNumber
from sekretariat.views.cash import close_notice
from sekretariat.views.complaints import overdue_notice
from sekretariat.views.leasing import expiry_notice
from sekretariat.views.sections import section_number, sections_for
from sekretariat.views.warehouse import stock_notice

_SECTIONS_GROUP = Binding.Group("tui.key.sections", compact=True)


class HomeScreen(BaseScreen):
    CSS_PATH = "../styles/home.tcss"
    HELP_KEY = "tui.help.home"
    TITLE_KEY = "tui.home.title"
    AUTO_FOCUS = "#sections"

    BINDINGS = [
        # digits build a section number (views/core/section_keys.py)
        *(Binding(d, f"digit('{d}')", "tui.key.open_section", id=f"home.digit{d}",
                  group=_SECTIONS_GROUP) for d in "1234567890"),
        Binding("l", "logout", "tui.key.logout", id="home.logout"),
        Binding("x", "expiring", "tui.expiry.key.open", id="home.expiring"),
        Binding("g", "warehouse", "tui.warehouse.key.home", id="home.warehouse"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sections = sections_for(self.session)
        self.typed = TypedNumber(section_number(name) for name in self.sections)
        self._typed_timer: Timer | None = None

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
        if close_notice.may_see(self.session):
            yield close_notice.CloseNotice()
        if stock_notice.may_see(self.session):
            yield stock_notice.StockNotice()
        if overdue_notice.may_see(self.session):
            yield overdue_notice.OverdueNotice()
        yield Footer()

    def _market_name(self) -> str:
        try:
            profile = market.get_profile()
        except SekretariatError:
            profile = None
        return profile.name if profile else t("tui.login.not_initialized")

    @staticmethod
    def _option(number: int, name: str) -> Option:
        key = f"{number % 10}  " if number <= 10 else f"{number} "
        prompt = Content.assemble((key, "bold $accent"),
                                  (t(f"tui.section.{name}"), "bold"),
                                  "\n   ", (t(f"tui.section.{name}.help"), "dim"))
        return Option(prompt, id=name)

    def on_screen_resume(self) -> None:
        # the market's name may have been edited in the market section
        self.query_one("#home-market", Static).update(self._market_name())
        for notice in self.query(close_notice.CloseNotice):
            notice.reload()  # a close or a backup made meanwhile shows at once
        for stock_line in self.query(stock_notice.StockNotice):
            stock_line.reload()  # movements made meanwhile show at once
        for complaints_line in self.query(overdue_notice.OverdueNotice):
            complaints_line.reload()  # complaints answered meanwhile leave the line

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return False
        if action == "expiring":
            return expiry_notice.may_see(self.session)
        if action == "warehouse":
            return stock_notice.may_see(self.session)
        if action == "digit":
            return self.typed.enabled(str(parameters[0]))
        return True

    def _numbered(self, number: int) -> str | None:
        return next((name for name in self.sections if section_number(name) == number), None)

    def action_open_number(self, number: int | None) -> None:
        name = self._numbered(number) if number is not None else None
        if name is not None:
            self.app.open_section(name)

    def action_digit(self, digit: str) -> None:
        if self._typed_timer is not None:
            self._typed_timer.stop()
            self._typed_timer = None
        number = self.typed.press(digit)
        if number is not None:
            self.action_open_number(number)
        elif self.typed.waiting:
            self._typed_timer = self.set_timer(PAUSE, self._typed_pause)
        self.refresh_bindings()

    def _typed_pause(self) -> None:
        self._typed_timer = None
        self.action_open_number(self.typed.finish())
        self.refresh_bindings()

    def on_screen_suspend(self) -> None:
        if self._typed_timer is not None:
            self._typed_timer.stop()
            self._typed_timer = None
        self.typed.clear()

    @on(OptionList.OptionSelected, "#sections")
    def _section_chosen(self, event: OptionList.OptionSelected) -> None:
        if self.typed.waiting:  # Enter after a digit: the number typed, not the cursor's
            if self._typed_timer is not None:
                self._typed_timer.stop()
            self._typed_pause()
            return
        if event.option.id:
            self.app.open_section(event.option.id)

    def action_expiring(self) -> None:
        expiry_notice.open_list(self.app)

    def action_warehouse(self) -> None:
        stock_notice.open_warehouse(self.app)

    def action_logout(self) -> None:
        self.app.action_logout()
