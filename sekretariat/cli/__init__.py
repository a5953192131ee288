"""The ``sekretariat`` command: every batch job, and with no command the TUI.

The CLI and the TUI are two faces over the same services: each command opens
the database, logs the person in (so the audit log records who), calls one
service function and prints its result. Help texts come from the message
catalog, so the app is built by :func:`build_app` once the language is known
(``--lang`` or ``SEKRETARIAT_LANG``).

Exit codes (see :mod:`sekretariat.errors`): 0 ok, 1 aborted, 2 usage,
3 refused, 4 authentication failed, 5 check found problems, 6 database.
"""


import os
import sys
from collections.abc import Sequence
from typing import Annotated

import typer

from sekretariat.cli._base import (
    ENV_DB,
    ENV_LANG,
    PROG,
    Group,
    State,
    configure_logging,
    guarded,
)
from sekretariat.i18n import LANGUAGES, set_language, t

__all__ = ["build_app", "main"]


def _language_in(args: Sequence[str]) -> str | None:
    """The --lang value on the command line, read before the app is built so
    the help screens come out in that language."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value is not None:
            value = value.strip().lower()
            return value if value in LANGUAGES else None
    return None


def _show_version(value: bool) -> None:
    if value:
        from sekretariat import __version__

        typer.echo(f"{PROG} {__version__}")
        raise typer.Exit(0)


def build_app() -> typer.Typer:
    """The Typer app with help texts in the current language."""
    from sekretariat.cli import (
        accounts,
        books,
        cash,
        documents,
        expiry,
        leases,
        maintenance,
        parking,
        payables,
        rounds,
        setup,
        stalls,
        stock,
        surveys,
    )

    app = typer.Typer(
        name=PROG,
        cls=Group,
        help=t("cli.help.app"),
        epilog=t("cli.epilog"),
        invoke_without_command=True,
        no_args_is_help=False,
        add_completion=False,
        rich_markup_mode="rich",
        context_settings={"help_option_names": ["-h", "--help"]},
        pretty_exceptions_enable=False,
    )

    @app.callback()
    @guarded
    def root(
        ctx: typer.Context,
        database: Annotated[str | None, typer.Option(
            "--db", envvar=ENV_DB, metavar=t("cli.metavar.path"), show_default=False,
            help=t("cli.opt.db"))] = None,
        lang: Annotated[str | None, typer.Option(
            "--lang", metavar="id|en", show_default=False, help=t("cli.opt.lang"))] = None,
        version: Annotated[bool, typer.Option(
            "--version", callback=_show_version, is_eager=True, metavar="", show_default=False,
            help=t("cli.opt.version"))] = False,
    ) -> None:
        from sekretariat import db

        if lang is not None:
            choice = lang.strip().lower()
            if choice not in LANGUAGES:
                raise typer.BadParameter(t("cli.lang_invalid"), param_hint="--lang")
            set_language(choice)
        else:
            set_language(None)  # SEKRETARIAT_LANG, else Bahasa Indonesia
        path = db.resolve_path(database)
        st = State(path=path,
                   explicit_language=lang is not None or bool(os.environ.get(ENV_LANG)),
                   explicit_path=bool(database))
        ctx.obj = st
        if ctx.invoked_subcommand is None and not ctx.resilient_parsing:
            configure_logging(st)  # the guard set it up before the state was known
            setup.open_tui(st)

    setup.register(app)
    accounts.register(app)
    books.register(app)
    leases.register(app)
    expiry.register(app)
    stalls.register(app)
    documents.register(app)
    cash.register(app)  # after documents: adds to its print group
    surveys.register(app)
    parking.register(app)
    stock.register(app)
    rounds.register(app)
    payables.register(app)
    from sekretariat.cli import reports
    reports.register(app)  # the 'report' group (statements; later annual, verify)
    from sekretariat.cli import exports
    exports.register(app)  # the 'export' group (ledgers)
    from sekretariat.cli import facilities
    facilities.register(app)  # the 'facilities' group (register, inspections)
    from sekretariat.cli import complaints
    complaints.register(app)  # the 'complaints' group and 'print complaint'
    maintenance.register(app)
    return app


def main(argv: Sequence[str] | None = None) -> None:
    """The console script: ``sekretariat [OPTIONS] COMMAND ...``."""
    args = list(sys.argv[1:] if argv is None else argv)
    language = _language_in(args)
    if language:
        set_language(language)
    app = build_app()
    app(args=args, prog_name=PROG)
