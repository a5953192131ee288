"""The first screen: the market's name and a username/password form."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.widgets import Button, Footer, Input, Label, Static

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.services.core import market, users
from sekretariat.services.core.session import Session
from sekretariat.views.base import BaseScreen, translate_bindings, unexpected_message
from sekretariat.views.widgets.text_input import TextInput


class LoginScreen(BaseScreen):
    CSS_PATH = "../styles/login.tcss"
    HELP_KEY = "tui.help.login"
    TITLE_KEY = "tui.login.title"
    AUTO_FOCUS = "#username"

    BINDINGS = [
        Binding("escape", "clear", "tui.key.clear", id="login.clear"),
    ]

    def compose(self) -> ComposeResult:
        profile = _profile()
        with Center(id="login-center"):
            with Vertical(id="login-box"):
                yield Static(t("tui.app_name"), id="login-app", markup=False)
                if profile is None:
                    yield Static(t("tui.login.not_initialized"), id="login-market",
                                 classes="-missing", markup=False)
                else:
                    yield Static(profile.name, id="login-market", markup=False)
                    place = ", ".join(p for p in (profile.address, profile.city) if p)
                    yield Static(place, id="login-place", markup=False)
                yield Label(t("field.username"), classes="field-label")
                yield TextInput(id="username", placeholder=t("tui.login.username_hint"),
                            max_length=64)
                yield Label(t("field.password"), classes="field-label")
                yield TextInput(id="password", password=True, max_length=256)
                yield Button(t("tui.login.submit"), id="login-button", variant="primary")
                yield Static("", id="login-error", markup=False)
            demo = _demo_accounts()
            if demo:
                lines = [t("tui.login.demo_title")] + [
                    f"{username:<10} {password:<24} {t(f'role.{role}')}"
                    for username, role, password in demo]
                yield Static("\n".join(lines), id="login-demo", markup=False)
        yield Footer()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return True

    #: Below this many rows the form is drawn compact, so the demo accounts
    #: still show (an 80x24 terminal).
    SHORT = 34

    def on_resize(self) -> None:
        self._fit()

    def on_mount(self) -> None:
        self._fit()

    def _fit(self) -> None:
        short = self.size.height < self.SHORT
        self.set_class(short, "-short")
        for widget in self.query("#login-box Input, #login-button"):
            widget.compact = short  # type: ignore[attr-defined]

    @on(Input.Submitted, "#username")
    def _next_field(self) -> None:
        self.query_one("#password", Input).focus()

    @on(Input.Submitted, "#password")
    @on(Button.Pressed, "#login-button")
    def action_login(self) -> None:
        username = self.query_one("#username", Input).value.strip()
        password = self.query_one("#password", Input).value
        if not username:
            self._fail_with(t("tui.login.username_empty"), focus="#username")
            return
        if not password:
            self._fail_with(t("tui.login.password_empty"), focus="#password")
            return
        self._busy(True)
        self.call_service(users.login, username, password, done=self._logged_in,
                          failed=self._failed, group="login")

    def _logged_in(self, session: Session) -> None:
        self._busy(False)
        self.query_one("#password", Input).value = ""
        self.query_one("#login-error", Static).update("")
        self.app.logged_in(session)

    def _failed(self, error: SekretariatError | None) -> None:
        self._busy(False)
        message = error.message if error else unexpected_message(self.app.log_path)
        self._fail_with(message, focus="#password")

    def _fail_with(self, message: str, *, focus: str) -> None:
        self.query_one("#login-error", Static).update(message)
        password = self.query_one("#password", Input)
        if focus == "#password":
            password.value = ""
        self.query_one(focus, Input).focus()

    def _busy(self, busy: bool) -> None:
        button = self.query_one("#login-button", Button)
        button.disabled = busy
        button.label = t("tui.login.checking") if busy else t("tui.login.submit")

    def action_clear(self) -> None:
        self.query_one("#username", Input).value = ""
        self.query_one("#password", Input).value = ""
        self.query_one("#login-error", Static).update("")
        self.query_one("#username", Input).focus()

    async def reset(self) -> None:
        """After logout or a language switch: empty form, current language."""
        translate_bindings(self)
        await self.recompose()
        self.refresh_bindings()
        self.query_one("#username", Input).focus()


def _demo_accounts() -> list[tuple[str, str, str]]:
    try:
        return market.demo_accounts()
    except SekretariatError:
        return []


def _profile():
    try:
        return market.get_profile()
    except SekretariatError:
        return None
