"""The first screen: the market's name and a username/password form."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.widgets import Button, Footer, Input, Label, Static

from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.services.core.session import Session
from sekretariat.views.base import (
    BaseScreen,
    translate_bindings,
    unexpected_message,
)
from sekretariat.views.widgets.text_input import TextInput


class LoginScreen(BaseScreen):
    CSS_PATH = "../styles/login.tcss"
    HELP_KEY = "tui.help.login"
    TITLE_KEY = "tui.login.title"
    AUTO_FOCUS = "#username"

    BINDINGS = [
        Binding("escape", "clear", "tui.key.clear", id="login.clear"),
        # Enter in the username is taken before the field sees it, so focus moves
        # at once and a password typed ahead never lands in the username.
        Binding("enter", "enter", "tui.key.next", id="login.enter", priority=True, show=False),
    ]

    #: Seconds after the first frame before the real open starts (peewee, the
    #: models): the person is still reading the screen, and the first frame is
    #: not slowed by a thread importing beside it.
    OPEN_DELAY = 0.3

    def __init__(self, facts=None) -> None:
        super().__init__()
        #: What the database says (market, demo accounts): a quick read before
        #: the first frame when the file allows it, else once it is open.
        self._facts = facts
        #: The database is open for real (logging in can go ahead) / opening.
        self._open = False
        self._opening = False
        #: Why the database could not be opened (the form stays shut).
        self._open_error: str | None = None
        #: Enter was pressed before the database was open: log in once it is.
        self._login_pending = False

    def compose(self) -> ComposeResult:
        facts = self._facts
        short = self._short()
        self.set_class(short, "-short")
        with Center(id="login-center"):
            with Vertical(id="login-box"):
                yield Static(t("tui.app_name"), id="login-app", markup=False)
                text, classes = _market_line(facts)
                yield Static(text, id="login-market", classes=classes, markup=False)
                yield Static(_place_line(facts), id="login-place", markup=False)
                yield Label(t("field.username"), classes="field-label")
                yield TextInput(id="username", placeholder=t("tui.login.username_hint"),
                            max_length=64, compact=short)
                yield Label(t("field.password"), classes="field-label")
                yield TextInput(id="password", password=True, max_length=256, compact=short)
                yield Button(t("tui.login.submit"), id="login-button", variant="primary",
                             compact=short)
                yield Static(self._open_error or "", id="login-error", markup=False)
            yield Static(_demo_lines(facts), id="login-demo", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self._fit()
        self._show_demo(self._facts)
        if self._open_error is None:
            if self._facts is None:
                # Nothing to show yet: the database opens beside the first frame.
                self._start_loading()
            else:
                self.set_timer(self.OPEN_DELAY, self._start_loading)

    def _start_loading(self) -> None:
        if self._open or self._opening:
            return
        self._opening = True
        self.call_service(_open_for_login, getattr(self.app, "db_path", None),
                          done=self._loaded, failed=self._open_failed, group="login-open")

    def _open_failed(self, error: SekretariatError | None) -> None:
        """The database cannot be opened: the reason is shown, the form stays shut."""
        self._opening = False
        self._login_pending = False
        self._open_error = error.message if error else unexpected_message(self.app.log_path)
        self.query_one("#login-error", Static).update(self._open_error)
        button = self.query_one("#login-button", Button)
        button.label = t("tui.login.submit")
        button.disabled = True

    def _loaded(self, facts) -> None:
        self._facts = facts
        self._open, self._opening = True, False
        text, classes = _market_line(facts)
        market_line = self.query_one("#login-market", Static)
        market_line.update(text)
        market_line.set_classes(classes)
        self.query_one("#login-place", Static).update(_place_line(facts))
        self._show_demo(facts)
        if self._login_pending:
            self._login_pending = False
            self._busy(False)
            self.action_login()

    def _show_demo(self, facts) -> None:
        demo = self.query_one("#login-demo", Static)
        demo.update(_demo_lines(facts))
        demo.display = bool(facts and facts.demo_accounts)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "enter":  # only in the username; elsewhere Enter is the field's own
            return self.focused is not None and self.focused.id == "username"
        return True

    #: Below this many rows the form is drawn compact, so the demo accounts
    #: still show (an 80x24 terminal).
    SHORT = 34

    def on_resize(self) -> None:
        self._fit()

    def _short(self) -> bool:
        return self.app.size.height < self.SHORT

    def _fit(self) -> None:
        short = self._short()
        if self.has_class("-short") != short:
            self.set_class(short, "-short")
        for widget in self.query("#login-box Input, #login-button"):
            if widget.compact != short:  # type: ignore[attr-defined]
                widget.compact = short  # type: ignore[attr-defined]

    def action_enter(self) -> None:
        # set_focus, not focus(): the latter waits its turn behind keys already queued
        self.set_focus(self.query_one("#password", Input))

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
        if self._open_error is not None:
            return
        if not self._open:  # still opening: log in as soon as it is open
            self._login_pending = True
            self._busy(True)
            self._start_loading()
            return
        from sekretariat.services.core import users

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
        """After logout or a language switch: empty form, current language,
        the market as it is now."""
        translate_bindings(self)
        self._facts = None
        self._open = self._opening = False
        await self.recompose()
        self._start_loading()
        self.refresh_bindings()
        self.query_one("#username", Input).focus()


def _open_for_login(path):
    """In the worker: the database code (peewee, the models) loads there too,
    not on the thread painting the first frame."""
    from sekretariat.services.core import market

    return market.open_for_login(path)


def _market_line(facts) -> tuple[str, str]:
    """(text, classes) of the market's name line."""
    if facts is None:
        return "", ""
    if facts.profile is None:
        return t("tui.login.not_initialized"), "-missing"
    return facts.profile.name, ""


def _place_line(facts) -> str:
    if facts is None or facts.profile is None:
        return ""
    return ", ".join(p for p in (facts.profile.address, facts.profile.city) if p)


def _demo_lines(facts) -> str:
    if facts is None or not facts.demo_accounts:
        return ""
    return "\n".join([t("tui.login.demo_title")] + [
        f"{username:<10} {password:<24} {t(f'role.{role}')}"
        for username, role, password in facts.demo_accounts])
