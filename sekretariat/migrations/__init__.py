"""Numbered schema migrations: ``NNNN_name.sql``, applied in order on open.

Each file runs in one transaction with ``PRAGMA user_version`` set to its
number, so a database is always at exactly one version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def all_migrations() -> list[Migration]:
    found = []
    for entry in resources.files(__name__).iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration numbers must run 1..n without gaps: {migration.name}")
    return found


def latest_version() -> int:
    """The newest schema version (counted from the file names, unread)."""
    return sum(1 for entry in resources.files(__name__).iterdir()
               if re.fullmatch(r"\d{4}_\w+\.sql", entry.name))
