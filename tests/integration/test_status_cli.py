"""``sekretariat lease expiring [--days N] [--csv]`` in a real database."""

import datetime as dt

import pytest
from test_cli_support import ENV_NAMES, as_user, one_line
from test_leases_support import TODAY, market

from sekretariat import db
from sekretariat.errors import EXIT_OK
from sekretariat.i18n import set_language
from sekretariat.services.leasing import leases


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def expiring_db(sessions, db_path):
    chair = sessions["ketua"]
    m = market(chair, stall_count=3)
    start = dt.date(2026, 1, 1)
    leases.create_lease(chair, m["siti"], m["stalls"][0], start, TODAY - dt.timedelta(days=2))
    leases.create_lease(chair, m["budi"], m["stalls"][1], start, TODAY + dt.timedelta(days=10))
    leases.create_lease(chair, m["budi"], m["stalls"][2], start, TODAY + dt.timedelta(days=40))
    db.close_database()
    return db_path


def test_lists_ended_and_ending_leases(expiring_db):
    result = as_user(expiring_db, "ketua", "lease", "expiring", env={"COLUMNS": "200"})
    text = one_line(result.output)
    assert result.exit_code == EXIT_OK, text
    assert "Sewa berakhir" in text and "Akan berakhir" in text
    assert "A-01" in text and "A-02" in text and "A-03" not in text
    assert "lewat 2 hari" in text and "10 hari lagi" in text


def test_days_and_csv(expiring_db):
    result = as_user(expiring_db, "bendahara", "lease", "expiring", "--days", "45", "--csv")
    lines = result.output.strip().splitlines()
    assert lines[0] == "state,agreement,stall,trader,end_date,days_left"
    assert [line.split(",")[2] for line in lines[1:]] == ["A-01", "A-02", "A-03"]
    assert lines[1].split(",")[0] == "ended" and lines[3].endswith(",40")


def test_english_and_nothing_to_show(expiring_db):
    try:
        result = as_user(expiring_db, "ketua", "--lang", "en", "lease", "expiring", "--days", "0",
                         "--as-of", "01/01/2026")
    finally:
        set_language(None)
    assert "No lease has ended or ends within 0 days." in one_line(result.output)


def test_bad_days_are_a_usage_error(expiring_db):
    result = as_user(expiring_db, "ketua", "lease", "expiring", "--days", "999")
    assert result.exit_code != EXIT_OK
