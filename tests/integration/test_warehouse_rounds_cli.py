"""``sekretariat round list|show|allocate [--preview]|post``: the same
services as the TUI; a preview stores nothing, allocate stores, post locks;
refusals give the documented exit code."""

from __future__ import annotations

import pytest
from test_cli_support import ENV_NAMES, as_user, query
from test_warehouse_core import wh  # noqa: F401  (fixture)
from test_warehouse_rounds import _short_round, traders  # noqa: F401  (fixture)

from sekretariat import db
from sekretariat.errors import EXIT_OK, EXIT_REFUSED


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def received(traders, sessions, db_path):  # noqa: F811
    found = _short_round(traders, post=False)
    db.close_database()
    return db_path, found


def test_round_list_show_preview_allocate_post(received):
    path, _ = received
    wide = {"COLUMNS": "220"}
    listed = as_user(path, "pembaca", "round", "list", env=wide)
    assert listed.exit_code == EXIT_OK, listed.output
    assert "PB/2026/00001" in listed.output and "Beras November" in listed.output
    preview = as_user(path, "gudang", "round", "allocate", "PB/2026/00001", "--preview",
                      env=wide)
    assert preview.exit_code == EXIT_OK, preview.output
    assert "4,500" in preview.output and "Siti Aminah" in preview.output
    assert query(path, "SELECT count(*) FROM round_allocation") == [(0,)]
    stored = as_user(path, "gudang", "round", "allocate", "pb/2026/00001", env=wide)
    assert stored.exit_code == EXIT_OK, stored.output
    assert query(path, "SELECT count(*), sum(charge) FROM round_allocation") == [
        (4, 5_515_263 + 304_737)]
    posted = as_user(path, "gudang", "round", "post", "PB/2026/00001", env=wide)
    assert posted.exit_code == EXIT_OK, posted.output
    assert query(path, "SELECT status, posted_on FROM purchase_round") == [
        ("posted", "2026-11-23")]
    assert query(path, "SELECT count(*) FROM invoice WHERE kind = 'goods'") == [(4,)]
    shown = as_user(path, "pembaca", "round", "show", "PB/2026/00001", env=wide)
    assert shown.exit_code == EXIT_OK, shown.output
    assert "INV/2026/00001" in shown.output and "Beras medium" in shown.output
    again = as_user(path, "gudang", "round", "post", "PB/2026/00001")
    assert again.exit_code == EXIT_REFUSED
    assert "terkunci" in again.output


def test_a_reader_cannot_allocate_and_an_unknown_round_is_refused(received):
    path, _ = received
    refused = as_user(path, "pembaca", "round", "allocate", "PB/2026/00001")
    assert refused.exit_code == EXIT_REFUSED
    missing = as_user(path, "gudang", "round", "show", "PB/2026/00099")
    assert missing.exit_code != EXIT_OK and "tidak ditemukan" in missing.output
    assert query(path, "SELECT count(*) FROM round_allocation") == [(0,)]
