"""The console script's front door. ``sekretariat`` alone (or with only
``--db``/``--lang``) opens the TUI straight away, without loading Typer and
every command; anything else, and any refusal on the way, goes to the full
command line in :mod:`sekretariat.cli`, which explains it in the user's language.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

_VALUED = ("--db", "--lang")


def _tui_options(args: Sequence[str]) -> dict[str, str] | None:
    """``{"--db": ..., "--lang": ...}`` when the arguments hold nothing else."""
    found: dict[str, str] = {}
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        name, sep, value = arg.partition("=")
        if name not in _VALUED or name in found:
            return None
        if not sep:
            if not rest:
                return None
            value = rest.pop(0)
        if not value or value.startswith("-"):
            return None
        found[name] = value
    return found


def _open_tui(options: dict[str, str]) -> int | None:
    """Run the TUI; None when it could not start (the full CLI says why)."""
    from sekretariat import i18n

    lang = options.get("--lang")
    if lang is not None:
        lang = lang.strip().lower()
        if lang not in i18n.LANGUAGES:
            return None
    try:
        i18n.set_language(lang)  # None: SEKRETARIAT_LANG, else Bahasa Indonesia
        explicit = lang is not None or bool(os.environ.get("SEKRETARIAT_LANG"))
        from sekretariat.app import make_app

        app = make_app(options.get("--db"),
                       language=i18n.get_language() if explicit else None)
    except Exception:  # noqa: BLE001 - the full command line reports it properly
        return None
    try:
        app.run()
    except Exception:  # noqa: BLE001 - logged; the person gets one line, no traceback
        from sekretariat import logsetup
        from sekretariat.errors import EXIT_ABORTED

        logfile = logsetup.log_unexpected("tui")
        print(i18n.t("cli.unexpected", error="TUI", log=str(logfile or logsetup.LOG_NAME)),
              file=sys.stderr)
        return EXIT_ABORTED
    return getattr(app, "return_code", None) or 0


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    options = _tui_options(args)
    if options is not None:
        code = _open_tui(options)
        if code is not None:
            sys.exit(code)
    from sekretariat.cli import main as cli_main

    cli_main(args)
