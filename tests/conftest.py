"""Shared fixtures: a real SQLite file per test, a cheap password hasher,
a fixed clock, and sessions for each role."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher

from sekretariat import clock, db
from sekretariat.i18n import set_language
from sekretariat.services.core import market, passwords, users
from sekretariat.services.core.session import Session

TODAY = dt.date(2026, 11, 23)
PASSWORD = "rahasia-123"
ROLES = ("ketua", "bendahara", "sekretaris", "parkir", "gudang", "staf", "pembaca")


@pytest.fixture(autouse=True)
def _fast_hashes_fixed_clock_indonesian():
    passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    clock.freeze(dt.datetime.combine(TODAY, dt.time(9, 30)))
    set_language("id")
    yield
    clock.freeze(None)
    set_language(None)
    db.close_database()


@pytest.fixture
def db_path(tmp_path):
    """A new, initialised database file with a chair account ``ketua``."""
    path = tmp_path / "sekretariat.sqlite"
    db.open_database(path, create=True)
    market.initialize(market.MarketInfo("Pasar Sekojo", "Jl. Sekojo No. 1", "Palembang",
                                        "Sekretariat Pasar Sekojo", "Kodam II/Sriwijaya"),
                      "ketua", "Ketua Pasar", PASSWORD)
    return path


@pytest.fixture
def chair(db_path) -> Session:
    return users.login("ketua", PASSWORD)


@pytest.fixture
def sessions(chair) -> dict[str, Session]:
    """One logged-in session per role (the chair is ``ketua``)."""
    result = {"ketua": chair}
    for role in ROLES[1:]:
        users.create_user(chair, role, f"Pengguna {role}", role, PASSWORD)
        result[role] = users.login(role, PASSWORD)
    return result
