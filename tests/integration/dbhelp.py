"""Helpers of the integration tests that read the database whole."""

from __future__ import annotations

import peewee

from sekretariat import db


def all_rows() -> dict:
    """Every row of every table, in rowid order (what "the same rows" means)."""
    conn = db.current_database()
    tables = [r[0] for r in conn.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    found = {}
    for table in tables:
        try:
            found[table] = conn.execute_sql(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
        except peewee.OperationalError:  # WITHOUT ROWID (sequence)
            found[table] = sorted(conn.execute_sql(f"SELECT * FROM {table}").fetchall())
    return found
