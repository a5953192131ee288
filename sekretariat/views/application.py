"""The Textual App: who is logged in, which screen is showing, the language,
and the few actions available everywhere (help, palette, quit)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from sekretariat import i18n, logsetup
from sekretariat.errors import SekretariatError
from sekretariat.i18n import t
from sekretariat.i18n.formats import fmt_date
from sekretariat.services.core import permissions
from sekretariat.services.core.session import Session
from sekretariat.views import sections
from sekretariat.views.base import run_safely, translate_bindings, unexpected_message
from sekretariat.views.core.login import LoginScreen


def _commands_provider():
    """Imported when the palette first opens (keeps start-up light)."""
    from sekretariat.views.commands import SekretariatCommands

    return SekretariatCommands


def _palette_open(app: App) -> bool:
    return app.screen.has_class("--textual-command-palette")


@dataclass(frozen=True)
class PaletteCommand:
    """One command of the palette: its name, a line of help, what it does."""

    name: str
    help: str
    run: Callable[[], object]


class SekretariatApp(App[None]):
    TITLE = "Sekretariat"
    # The first screen's CSS is not loaded from its own CSS_PATH by Textual (it is
    # the default screen), so the app loads it.
    CSS_PATH = ["styles/app.tcss", "styles/login.tcss"]
    COMMANDS = {_commands_provider}
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("f1", "help", "tui.key.help", id="app.help", priority=True),
        Binding("ctrl+p", "command_palette", "tui.key.palette", id="app.palette", priority=True,
                show=False),  # the footer shows it at its right end
        Binding("ctrl+q", "quit", "tui.key.quit", id="app.quit", priority=True),
    ]

    def __init__(self, *, log_path: Path | None = None, db_path: Path | None = None,
                 login_facts=None) -> None:
        super().__init__()
        #: Where tracebacks go (told to the user when something unexpected fails).
        self.log_path = log_path
        #: The database file; the login screen opens it while it first paints.
        self.db_path = db_path
        #: What a quick look at the file found for the first login screen.
        self.login_facts = login_facts
        self.session: Session | None = None
        #: The language chosen at start (environment or ``--lang``); restored at logout.
        self.start_language = i18n.get_language()
        translate_bindings(self)

    # --- screens -------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        return LoginScreen(self.login_facts)

    @property
    def login_screen(self) -> LoginScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, LoginScreen)
        return screen

    async def _pop_to(self, depth: int) -> None:
        while len(self.screen_stack) > depth:
            await self.pop_screen()

    def logged_in(self, session: Session) -> None:
        """The login screen calls this after a successful login."""
        from sekretariat.views.core.home import HomeScreen

        self.session = session
        self._use_language(session.language)
        self.push_screen(HomeScreen())

    def open_section(self, name: str, then: str | None = None) -> None:
        """Open a home-screen section (refused unless the role may), then
        optionally run one of its actions (``then``, e.g. ``"new_entry"``)."""
        self.call_later(self._open_section, name, then)

    async def _open_section(self, name: str, then: str | None) -> None:
        if self.session is None or name not in sections.SECTION_SCREENS:
            return
        try:
            permissions.require(self.session, sections.permission_for(name))
        except SekretariatError as exc:
            self.notify(exc.message, severity="error")
            return
        screen = self.screen
        if getattr(screen, "SECTION", None) != name:
            await self._pop_to(2)
            screen = sections.screen_for(name, self.session)
            await self.push_screen(screen)
        if then:
            await screen.run_action(then)

    def open_lease_form(self, stall_code: str = "") -> None:
        """The lease form (from the palette, or for a vacant stall on the map);
        once signed, the agreement can be printed at once."""
        from sekretariat.views.core.confirm import ConfirmDialog
        from sekretariat.views.leasing.lease_form import LeaseFormScreen

        def signed(lease) -> None:
            if lease is None:
                return
            question = t("tui.trader.leased", number=lease.agreement_number,
                         stall=lease.stall_code, start=fmt_date(lease.start_date),
                         end=fmt_date(lease.end_date))
            self.push_screen(ConfirmDialog(question, t("tui.trader.print_now")),
                             lambda yes: yes and self._print_agreement(lease))

        self.push_screen(LeaseFormScreen(stall_code=stall_code), signed)

    def _print_agreement(self, lease) -> None:
        from sekretariat.services.leasing import documents
        from sekretariat.views.printing import print_document

        print_document(self.screen, documents.lease_agreement_pdf, lease.id,
                       what=t("tui.print.agreement", number=lease.agreement_number))

    async def logout(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            self.run_worker(lambda: run_safely("logout", _logout, session), thread=True,
                            exit_on_error=False, group="logout")
        await self._pop_to(1)
        self._use_language(None)
        await self.login_screen.reset()

    # --- language --------------------------------------------------------------

    def _use_language(self, language: str | None) -> None:
        i18n.set_language(language or self.start_language)
        translate_bindings(self)

    async def switch_language(self, language: str) -> None:
        """Show everything in ``language``; keep the screens that were open."""
        self._use_language(language)
        open_sections = [s.SECTION for s in self.screen_stack if getattr(s, "SECTION", None)]
        logged_in = self.session is not None
        await self._pop_to(1)
        await self.login_screen.reset()
        if logged_in:
            from sekretariat.views.core.home import HomeScreen

            await self.push_screen(HomeScreen())
            for name in open_sections[:1]:
                await self._open_section(name, None)

    # --- actions available everywhere ---------------------------------------------

    def action_help(self) -> None:
        from sekretariat.views.core.help import HelpDialog

        if isinstance(self.screen, HelpDialog):
            self.screen.dismiss(None)
            return
        if _palette_open(self):
            return
        self.push_screen(HelpDialog(self.screen))

    def action_command_palette(self) -> None:
        from sekretariat.views.commands import palette_class

        if self.use_command_palette and not _palette_open(self):
            self.push_screen(palette_class()(placeholder=t("tui.palette.placeholder"),
                                             id="--command-palette"))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        from sekretariat.views.commands import palette_class

        self.push_screen(palette_class()(providers=[ThemeProvider],
                                         placeholder=t("tui.palette.theme_placeholder")))

    async def action_quit(self) -> None:
        if self.session is not None:
            run_safely("quit", _logout, self.session)
            self.session = None
        self.exit()

    def action_help_quit(self) -> None:
        self.notify(t("tui.quit_hint"), timeout=3)

    def action_change_password(self) -> None:
        from sekretariat.views.core.change_password import ChangePasswordDialog

        if self.session is not None:
            self.push_screen(ChangePasswordDialog(),
                             lambda ok: ok and self.notify(t("tui.password.changed")))

    def action_toggle_language(self) -> None:
        new = "en" if i18n.get_language() == "id" else "id"
        if self.session is None:
            # chosen at the login screen: kept for whoever logs in without a
            # saved preference, and after logging out
            self.start_language = new
            self.call_later(self.switch_language, new)
            return
        from sekretariat.services.core import users

        session = self.session

        def saved(outcome) -> None:
            if not outcome.ok:
                error = outcome.error
                self.notify(error.message if error else unexpected_message(self.log_path),
                            severity="error")
                return
            self.session = outcome.value
            self.call_later(self.switch_language, new)

        def job() -> None:
            outcome = run_safely("set_language", users.set_language, session, new)
            try:
                self.call_from_thread(saved, outcome)
            except RuntimeError:
                pass

        self.run_worker(job, thread=True, exclusive=True, exit_on_error=False, group="language")

    def action_logout(self) -> None:
        if self.session is not None:
            self.call_later(self.logout)

    # --- the command palette -------------------------------------------------------------

    def palette_commands(self) -> list[PaletteCommand]:
        """A command for every action the current user may do."""
        commands: list[PaletteCommand] = []
        add = commands.append
        session = self.session
        if session is not None:
            for name in sections.sections_for(session):
                add(PaletteCommand(t("tui.palette.open", section=t(f"tui.section.{name}")),
                                   t(f"tui.section.{name}.help"),
                                   lambda name=name: self.open_section(name)))
            if permissions.can(session, "journal.post"):
                add(PaletteCommand(t("tui.palette.new_entry"), t("tui.palette.new_entry.help"),
                                   lambda: self.open_section("journal", "new_entry")))
            if permissions.can(session, "day.close"):
                add(PaletteCommand(t("tui.palette.close_day"), t("tui.palette.close_day.help"),
                                   lambda: self.open_section("days", "close_day")))
            if permissions.can(session, "day.reopen"):
                add(PaletteCommand(t("tui.palette.reopen_day"), t("tui.palette.reopen_day.help"),
                                   lambda: self.open_section("days", "reopen_day")))
            if permissions.can(session, "traders.manage"):
                add(PaletteCommand(t("tui.palette.new_trader"), t("tui.palette.new_trader.help"),
                                   lambda: self.open_section("traders", "new_trader")))
            if permissions.can(session, "stalls.manage"):
                for action in ("new_stall", "new_block", "rename_block", "tariffs"):
                    add(PaletteCommand(t(f"tui.palette.{action}"),
                                       t(f"tui.palette.{action}.help"),
                                       lambda action=action: self.open_section("stalls", action)))
            if permissions.can(session, "leases.view"):
                from sekretariat.views.leasing import expiry_notice

                add(PaletteCommand(t("tui.expiry.palette"), t("tui.expiry.palette_help"),
                                   lambda: expiry_notice.open_list(self)))
            if permissions.can(session, "leases.manage"):
                add(PaletteCommand(t("tui.palette.new_lease"), t("tui.palette.new_lease.help"),
                                   self.open_lease_form))
            add_actions(commands, session, self.open_section)
            from sekretariat.views.cash.palette import cash_actions

            commands += [PaletteCommand(*c) for c in cash_actions(session, self.open_section)]
            from sekretariat.views.parking.palette import parking_actions

            commands += [PaletteCommand(*c) for c in parking_actions(session, self.open_section)]
            from sekretariat.views.warehouse.palette import warehouse_actions

            commands += [PaletteCommand(*c) for c in warehouse_actions(
                session, self.open_section, self.push_screen)]
            from sekretariat.views.reports.palette import report_actions

            commands += [PaletteCommand(*c) for c in report_actions(session, self.open_section)]
            from sekretariat.views.complaints.palette import complaint_actions

            commands += [PaletteCommand(*c) for c in complaint_actions(session, self.open_section)]
            if permissions.can(session, "users.manage"):
                add(PaletteCommand(t("tui.palette.add_user"), t("tui.palette.add_user.help"),
                                   lambda: self.open_section("users", "add_user")))
            add(PaletteCommand(t("tui.palette.change_password"),
                               t("tui.palette.change_password.help"), self.action_change_password))
        add(PaletteCommand(t("tui.palette.language"),
                           t("tui.palette.language.help" if session else
                             "tui.palette.language.help_unsaved"),
                           self.action_toggle_language))
        add(PaletteCommand(t("tui.palette.theme"), t("tui.palette.theme.help"),
                           self.action_change_theme))
        add(PaletteCommand(t("tui.palette.help"), t("tui.palette.help.help"), self.action_help))
        if session is not None:
            add(PaletteCommand(t("tui.palette.logout"), t("tui.palette.logout.help"),
                               self.action_logout))
        add(PaletteCommand(t("tui.palette.quit"), t("tui.palette.quit.help"),
                           lambda: self.call_later(self.action_quit)))
        return [PaletteCommand(c.name, c.help, self._guard(c.run)) for c in commands]

    def _guard(self, run: Callable[[], object]) -> Callable[[], None]:
        def guarded() -> None:
            try:
                run()
            except SekretariatError as exc:
                self.notify(exc.message, severity="error")
            except Exception:  # noqa: BLE001
                logsetup.log_unexpected("palette")
                self.notify(unexpected_message(self.log_path), severity="error")

        return guarded

    # --- no traceback ever reaches the user ------------------------------------------------

    def _handle_exception(self, error: Exception) -> None:
        """Log the traceback to the log file and leave with a short message."""
        logging.getLogger("sekretariat").error("unexpected error in the TUI", exc_info=error)
        self._return_code = 1
        if self._exception is None:
            self._exception = error
            self._exception_event.set()
        self._exit_renderables.append(Text(unexpected_message(self.log_path)))
        self._close_messages_no_wait()


def add_actions(commands: list[PaletteCommand], session: Session, open_section) -> None:
    """The palette's actions that are not screens: pay, print, bill, remind
    (found by "bayar", "cetak", "tagih", "teguran" / "pay", "print", "bill",
    "reminder" in the user's language)."""
    for name, needs, section, then in (
            ("pay", "payments.take", "traders", "choose_then('take_payment')"),
            ("print_statement", "receivables.view", "traders",
             "choose_then('print_statement')"),
            ("print_receipt", "payments.take", "traders", "choose_then('print_receipt')"),
            ("bill", "billing.run", "billing", None),
            ("reminders", "billing.run", "arrears", "print_reminders")):
        if permissions.can(session, needs) and permissions.can(
                session, sections.permission_for(section)):
            commands.append(PaletteCommand(
                t(f"tui.palette.{name}"), t(f"tui.palette.{name}.help"),
                lambda section=section, then=then: open_section(section, then)))


def _logout(session: Session) -> None:
    from sekretariat.services.core import users

    users.logout(session)


__all__ = ["PaletteCommand", "SekretariatApp"]
