"""Shared setup for the complaints tests: a market with a block, two stalls, a
parking zone and a facility; one session per role; a dump of every table (to
prove a refused action changed nothing)."""

from __future__ import annotations

import datetime as dt

import pytest

from sekretariat import db
from sekretariat.services.leasing import stalls
from sekretariat.services.parking import setup as parking_setup

D = dt.date
TODAY = D(2026, 11, 23)          # the frozen clock's day (a Monday)


def raw(sql: str, params=()):
    return db.current_database().execute_sql(sql, params)


@pytest.fixture
def market(sessions):
    chair = sessions["ketua"]
    stalls.create_block(chair, "A", "Blok A")
    stalls.create_block(chair, "B", "Blok B")
    stalls.create_stall(chair, "A-01", "A", "kios", 4)
    stalls.create_stall(chair, "B-01", "B", "los", 4)
    parking_setup.create_zone(chair, "p1", "Parkir Depan", 40)
    raw("INSERT INTO facility (code, kind, name, block_id, location, quantity, created_by,"
        " created_at) VALUES ('wc-a', 'toilet', 'Toilet Blok A', 1, '', 2, ?, ?)",
        (chair.user_id, "2026-01-01T08:00:00"))
    return sessions


def close_day(session, day):
    from sekretariat.services.core import days

    days.close_day(session, day)
