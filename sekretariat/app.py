"""The Textual app factory, shared by the CLI, the tests and the benchmark.

``make_app(path)`` opens the database (a ``DatabaseError`` reaches the
caller), sends tracebacks to the log file beside it, and returns the app,
whose first screen is ``LoginScreen``. Heavy libraries (openpyxl, reportlab)
are never imported here.
"""

from __future__ import annotations

import os

from textual.app import App

from sekretariat import db, i18n, logsetup


def make_app(db_path: str | os.PathLike | None = None, *, language: str | None = None) -> App:
    db.open_database(db_path)
    log_path = logsetup.configure(db.current_path().parent)
    if language is not None:
        i18n.set_language(language)
    from sekretariat.views.application import SekretariatApp

    return SekretariatApp(log_path=log_path)
