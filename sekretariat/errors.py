"""Errors a person may see. Each carries a message key and its parameters; the
text comes from the message catalog in the current language when shown.

Exit codes (CLI): 0 ok, 1 aborted by the user, 2 usage, 3 refused (bad input,
permission, closed day, conflict, not found), 4 authentication failed,
5 integrity check found problems, 6 database cannot be opened or written.
"""

from __future__ import annotations

from typing import Any

EXIT_OK = 0
EXIT_ABORTED = 1
EXIT_USAGE = 2
EXIT_REFUSED = 3
EXIT_AUTH = 4
EXIT_CHECK_FAILED = 5
EXIT_DATABASE = 6


class SekretariatError(Exception):
    """Base of every error that is meant for a person, not a traceback."""

    exit_code = EXIT_REFUSED

    def __init__(self, key: str, *, field: str | None = None, **params: Any) -> None:
        self.key = key
        self.field = field
        self.params = params
        super().__init__(key)

    @property
    def message(self) -> str:
        from sekretariat.i18n import t

        return t(self.key, **self.params)

    def __str__(self) -> str:
        return self.message


class ValidationError(SekretariatError):
    """What the person typed or chose is not acceptable."""


class PermissionDenied(SekretariatError):
    """The logged-in role may not do this."""


class DayClosed(SekretariatError):
    """The date falls on or before a closed day."""


class NotFound(SekretariatError):
    """The thing asked for does not exist."""


class Conflict(SekretariatError):
    """The action clashes with the current state (already reversed, duplicate...)."""


class AuthError(SekretariatError):
    """Login failed or the account is locked."""

    exit_code = EXIT_AUTH


class DatabaseError(SekretariatError):
    """The database file cannot be opened, is foreign, too new or unwritable."""

    exit_code = EXIT_DATABASE
