"""Fixtures of the Pilot tests (helpers are in uihelp.py)."""

from __future__ import annotations

import pytest

from sekretariat.app import make_app


@pytest.fixture
def app_for(db_path):
    """``app_for(language=...)``: the app on the test database (tests/conftest.py)."""

    def factory(**kwargs):
        return make_app(db_path, **kwargs)

    return factory
