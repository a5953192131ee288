"""Shared setup for the parking tests: a zone or two, attendants, a dump of
every parking table (to prove a refused action changed nothing)."""

from __future__ import annotations

import datetime as dt

from sekretariat import db

D = dt.date
TODAY = D(2026, 11, 23)          # the frozen clock's day (a Monday)
TABLES = ("parking_zone", "vehicle_type", "parking_tariff", "parking_shift", "attendant",
          "roster", "audit_log")


def dump() -> dict[str, list[tuple]]:
    conn = db.current_database()
    return {t: conn.execute_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def raw(sql: str, params=()):
    return db.current_database().execute_sql(sql, params)
