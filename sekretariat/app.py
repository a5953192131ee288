"""The Textual app factory, shared by the CLI, the tests and the benchmark.

``make_app(path)`` refuses a bad database file at once (a ``DatabaseError``
reaches the caller: missing, not SQLite, not ours, from a newer program, in a
folder that cannot be written), sends tracebacks to the log file beside it,
and returns the app, whose first screen is ``LoginScreen``. A file that needs
a migration is migrated here, before anything is shown. The market's name and
a demo's accounts come from a quick read-only look, so the first frame shows
them; the real open (peewee, the models) follows while the person reads it. Heavy
libraries (openpyxl, reportlab) are never imported here.
"""

from __future__ import annotations

import os

from textual.app import App

from sekretariat import dbfile, i18n, logsetup
from sekretariat.migrations import latest_version


def make_app(db_path: str | os.PathLike | None = None, *, language: str | None = None) -> App:
    checked = dbfile.preflight(db_path, latest_version())
    if checked.version != latest_version():
        from sekretariat import db

        db.open_database(checked.path)  # migrates (after a backup) or says why not
    log_path = logsetup.configure(checked.path.parent)
    if language is not None:
        i18n.set_language(language)
    from sekretariat.services.core import market_info
    from sekretariat.views.application import SekretariatApp

    return SekretariatApp(log_path=log_path, db_path=checked.path,
                          login_facts=market_info.peek(checked.path))
