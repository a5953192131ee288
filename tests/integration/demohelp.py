"""What the demo tests share: the small demo built once per module (with a
fast password hasher), a fresh copy of it opened for each test, logging in as
a demo role, and plain SQL rows."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from argon2 import PasswordHasher

from sekretariat import db
from sekretariat.demo.build import build_demo
from sekretariat.services.core import passwords, users

TODAY = dt.date(2026, 11, 23)


def demo_fixture(name: str):  # type: ignore[no-untyped-def]
    """A module-scoped ``demo`` fixture: the small demo, built as of TODAY."""

    @pytest.fixture(scope="module")
    def demo(tmp_path_factory):  # type: ignore[no-untyped-def]
        passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        return build_demo(tmp_path_factory.mktemp(name) / "demo.sqlite", today=TODAY)

    return demo


@pytest.fixture
def opened(demo, tmp_path):  # type: ignore[no-untyped-def]
    """A copy of the demo, open as the database, for one test."""
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo.path, copy)
    db.open_database(copy)
    yield demo
    db.close_database()


def login(demo, role: str):  # type: ignore[no-untyped-def]
    username, _, password = next(a for a in demo.accounts if a[1] == role)
    return users.login(username, password)


def rows(sql: str, params=()) -> list[tuple]:  # type: ignore[no-untyped-def]
    return db.current_database().execute_sql(sql, params).fetchall()
