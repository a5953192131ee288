"""What every command shares: the global state, output consoles, the guard
that turns errors into messages and exit codes, login and password prompts.

Heavy modules (peewee, the services, rich tables) are imported inside the
functions, so ``sekretariat --help`` stays fast.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shlex
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from sekretariat.errors import (
    EXIT_ABORTED,
    EXIT_DATABASE,
    DatabaseError,
    SekretariatError,
    ValidationError,
)
from sekretariat.cli._usage import COMMAND_ORDER, Command, Group  # noqa: F401  (shared)
from sekretariat.i18n import has, t

if TYPE_CHECKING:
    from rich.console import Console

    from sekretariat.services.core.session import Session

ENV_DB = "SEKRETARIAT_DB"
ENV_LANG = "SEKRETARIAT_LANG"
ENV_USER = "SEKRETARIAT_USER"
ENV_PASSWORD = "SEKRETARIAT_PASSWORD"
ENV_NEW_PASSWORD = "SEKRETARIAT_NEW_PASSWORD"
PROG = "sekretariat"
#: Wrong answers to one prompt before the command gives up.
MAX_TRIES = 3

F = TypeVar("F", bound=Callable[..., Any])


# --- state -------------------------------------------------------------------

@dataclass
class State:
    """Chosen by the global options, read by every command."""

    path: Path
    #: --lang or SEKRETARIAT_LANG was given, so a user's own language setting
    #: does not override it after login.
    explicit_language: bool = False
    #: --db or SEKRETARIAT_DB was given (the hints then repeat --db).
    explicit_path: bool = False


def state(ctx: typer.Context) -> State:
    obj = ctx.find_root().obj
    if isinstance(obj, State):
        return obj
    from sekretariat import db

    return State(db.resolve_path(None))


def command_line(st: State, *words: str) -> str:
    """How to type a follow-up command, repeating --db when it was needed."""
    parts = [PROG]
    if st.explicit_path:
        parts += ["--db", shlex.quote(str(st.path))]
    return " ".join([*parts, *words])


# --- output ------------------------------------------------------------------

def out() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def print_wide(table) -> None:  # type: ignore[no-untyped-def]
    """Print a table without cutting any amount short: on a narrow terminal the
    console is widened to the table's natural width (lines then wrap on the
    screen, or pipe through ``less -S``) instead of truncating figures."""
    from rich.console import Console

    console = out()
    needed = console.measure(table, options=console.options.update(max_width=10_000)).maximum
    if needed > console.width:
        console = Console(highlight=False, soft_wrap=True, width=needed)
    console.print(table)


def err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def say_ok(text: str) -> None:
    from rich.text import Text

    out().print(Text("✓ ", style="bold green") + Text(text))


def say_note(text: str) -> None:
    from rich.text import Text

    out().print(Text(text, style="dim"))


def say_error(text: str) -> None:
    from rich.text import Text

    err().print(Text("✗ " + text, style="red"))


def field_label(field: str | None) -> str | None:
    if not field:
        return None
    for key in (f"field.{field}", f"cli.field.{field}"):
        if has(key):
            return t(key)
    return None


def error_text(exc: SekretariatError) -> str:
    """The message, naming the field it concerns unless it already does."""
    message = exc.message
    label = field_label(exc.field)
    if label and not message.lower().startswith(label.lower()):
        return f"{label}: {message}"
    return message


# --- the guard ---------------------------------------------------------------

_logging_ready = False


def configure_logging(st: State | None) -> None:
    """Tracebacks and warnings go to sekretariat.log beside the database (or in
    the working directory), never to the screen. Set up only when a command
    really runs, so ``--help`` leaves no file behind."""
    from sekretariat import logsetup

    global _logging_ready
    folder = st.path.parent if st is not None and st.path.parent.is_dir() else None
    logsetup.configure(folder)
    _logging_ready = True


def _close_database() -> None:
    module = sys.modules.get("sekretariat.db")
    if module is not None:
        try:
            module.close_database()
        except Exception:  # noqa: BLE001 - closing must never hide the real outcome
            pass


def _is_database_exception(exc: BaseException) -> bool:
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        return True
    peewee = sys.modules.get("peewee")
    return peewee is not None and isinstance(exc, peewee.DatabaseError)


def guarded(func: F) -> F:
    """Run a command so that no traceback ever reaches the person: refusals
    print their message and exit with their code; anything unexpected goes to
    the log file and gets a short message."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = kwargs.get("ctx")
        if not hasattr(ctx, "find_root"):  # Typer passes its (click) context as ctx=
            ctx = None
        try:
            if ctx is not None and ctx.invoked_subcommand is None:
                configure_logging(state(ctx))
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except SekretariatError as exc:
            say_error(error_text(exc))
            raise typer.Exit(exc.exit_code) from None
        except (typer.Abort, KeyboardInterrupt, EOFError):
            err().print()
            say_error(t("cli.aborted"))
            raise typer.Exit(EXIT_ABORTED) from None
        except typer.TyperException:
            # usage errors (BadParameter...): Typer prints them, exit code 2
            raise
        except BrokenPipeError:  # the reader has gone (``| head``): that is fine
            from sekretariat.cli._usage import quiet_stdout

            quiet_stdout()
            raise typer.Exit(0) from None
        except Exception as exc:  # noqa: BLE001 - the point is to catch everything
            from sekretariat import logsetup

            if not _logging_ready:
                configure_logging(state(ctx) if ctx is not None else None)
            logfile = logsetup.log_unexpected(getattr(func, "__name__", "cli"))
            where = str(logfile) if logfile else logsetup.LOG_NAME
            if _is_database_exception(exc):
                say_error(t("cli.unexpected_database", detail=str(exc) or type(exc).__name__,
                            log=where))
                raise typer.Exit(EXIT_DATABASE) from None
            say_error(t("cli.unexpected", error=type(exc).__name__, log=where))
            raise typer.Exit(EXIT_ABORTED) from None
        finally:
            _close_database()

    return wrapper  # type: ignore[return-value]


# --- the database and login --------------------------------------------------

def open_db(st: State, *, initialised: bool = True):  # type: ignore[no-untyped-def]
    """Open the chosen database; by default also insist it has been set up."""
    from sekretariat import db

    conn = db.open_database(st.path)
    if initialised:
        from sekretariat.services.core import market

        if not market.is_initialized():
            raise DatabaseError("cli.db_not_initialized", path=str(st.path))
    return conn


def prompt(text: str, **kwargs: Any) -> Any:
    """Ask on the terminal; the question goes to stderr so stdout stays clean
    for output such as CSV."""
    return typer.prompt(text, err=True, **kwargs)


def authenticate(st: State, user: str | None) -> tuple[Session, str]:
    """Log in with --user / SEKRETARIAT_USER (or ask) and SEKRETARIAT_PASSWORD
    (or ask, hidden). The login is audited, so every change is attributable."""
    from sekretariat.i18n import set_language
    from sekretariat.services.core import users

    name = (user or "").strip()
    if not name:
        name = str(prompt(t("cli.prompt.username"))).strip()
    password = os.environ.get(ENV_PASSWORD) or prompt(
        t("cli.prompt.password", username=name), hide_input=True)
    session = users.login(name, password)
    if session.language and not st.explicit_language:
        set_language(session.language)
    return session, password


def logged_in(ctx: typer.Context, user: str | None) -> tuple[State, Session]:
    """What every batch command starts with: the options' state, the database
    opened, and the person logged in (audited)."""
    st = state(ctx)
    open_db(st)
    session, _ = authenticate(st, user)
    return st, session


def ask(label: str, check: Callable[[str], Any] | None = None, *, default: str | None = None,
        optional: bool = False) -> str:
    """Ask for a value, re-asking (a few times) while the check refuses it."""
    for attempt in range(1, MAX_TRIES + 1):
        if optional:
            value = prompt(label, default=default or "", show_default=bool(default))
        else:
            value = prompt(label, default=default) if default else prompt(label)
        value = str(value).strip()
        if check is None:
            return value
        try:
            checked = check(value)
        except ValidationError as exc:
            if attempt == MAX_TRIES:
                raise
            say_error(error_text(exc))
            continue
        return value if checked is None else checked
    raise AssertionError("unreachable")  # pragma: no cover


def new_password(username: str, env: str = ENV_NEW_PASSWORD) -> str:
    """A new password from ``env`` or asked twice with hidden input."""
    from sekretariat.services.core.users import check_password

    given = os.environ.get(env)
    if given:
        return check_password(given, username=username)
    for attempt in range(1, MAX_TRIES + 1):
        first = prompt(t("cli.prompt.new_password", username=username), hide_input=True)
        try:
            check_password(first, username=username)
        except ValidationError as exc:
            if attempt == MAX_TRIES:
                raise
            say_error(error_text(exc))
            continue
        second = prompt(t("cli.prompt.repeat_password"), hide_input=True)
        if first == second:
            return first
        if attempt == MAX_TRIES:
            raise ValidationError("cli.password_mismatch", field="password")
        say_error(t("cli.password_mismatch"))
    raise AssertionError("unreachable")  # pragma: no cover


def parse_day(text: str | None, field: str = "day"):  # type: ignore[no-untyped-def]
    """The date typed for an option; None when the option was not given."""
    from sekretariat.i18n.formats import parse_date

    return None if text is None else parse_date(text, field=field)


@contextlib.contextmanager
def progress_bar(label: str) -> Iterator[Callable[..., None]]:
    """A progress bar on stderr while a long job runs (gone when done). Yields
    ``report(done, total, label=None)``: how far it is (``total`` 0 or None:
    not known yet), and optionally what it is doing now."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=err(), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def report(done: int, total: int | None, label: str | None = None) -> None:
            changes = {"description": label} if label else {}
            bar.update(task, completed=done, total=total or None, **changes)

        yield report


# --- options shared by the batch commands ------------------------------------

def flag(name: str, help_key: str) -> Any:
    """A yes/no switch (no type shown beside it, no default)."""
    return typer.Option(name, metavar="", show_default=False, help=t(help_key))


def as_of_option(help_key: str = "cli.opt.as_of") -> Any:
    """``--as-of DATE`` (parsed by the command with ``parse_day``)."""
    return typer.Option("--as-of", metavar=t("cli.metavar.date"), show_default=False,
                        help=t(help_key))


def user_option() -> Any:
    return typer.Option("--user", "-u", envvar=ENV_USER, show_default=False,
                        metavar=t("cli.metavar.username"), help=t("cli.opt.user"),
                        rich_help_panel=t("cli.panel.login"))
