"""Helpers (no tests) for the CLI tests: running ``sekretariat`` in-process.

CliRunner runs in this process, so the fixtures' fast password hasher and
frozen clock apply; the app is built the way ``main()`` builds it, after the
language on the command line is chosen, so help comes out in that language.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from typer.testing import CliRunner

from sekretariat import cli
from sekretariat.i18n import set_language

PASSWORD = "rahasia-123"  # as in tests/conftest.py
ENV_NAMES = ("SEKRETARIAT_DB", "SEKRETARIAT_LANG", "SEKRETARIAT_USER", "SEKRETARIAT_PASSWORD",
             "SEKRETARIAT_NEW_PASSWORD")


def run(*args: str, env: Mapping[str, str] | None = None, input: str | None = None,
        password: str | None = PASSWORD):
    """``sekretariat ARGS``; ``password`` goes in SEKRETARIAT_PASSWORD (None: asked)."""
    environment = dict(env or {})
    if password is not None:
        environment.setdefault("SEKRETARIAT_PASSWORD", password)
    language = cli._language_in(args)
    if language:
        set_language(language)
    result = CliRunner().invoke(cli.build_app(), list(args), env=environment, input=input,
                                prog_name="sekretariat", catch_exceptions=False)
    assert "Traceback" not in result.output, result.output
    return result


def on(path, *args: str, **kwargs):
    """``sekretariat --db PATH ARGS``."""
    return run("--db", str(path), *args, **kwargs)


def as_user(path, username: str, *args: str, **kwargs):
    """A batch command on ``path`` logged in as ``username``."""
    return on(path, *args, "-u", username, **kwargs)


def one_line(text: str) -> str:
    return " ".join(text.split())


def query(path, sql: str, *params):
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()
