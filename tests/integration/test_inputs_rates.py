"""A monthly rate under Rp1.000 is refused wherever it is typed."""

import datetime as dt

import pytest
from test_cli_support import ENV_NAMES, as_user
from test_leases_support import market, snapshot

from sekretariat import db
from sekretariat.errors import EXIT_REFUSED, ValidationError
from sekretariat.services.leasing import leases, stall_rates, stall_setup, stalls

D = dt.date


def _refused(call):
    before = snapshot()
    with pytest.raises(ValidationError) as info:
        call()
    assert info.value.key == "rate.too_small"
    assert "Rp1.000" in info.value.message and "Rp9" in info.value.message
    assert snapshot() == before


def test_tariff_under_a_thousand_is_refused(chair):
    stalls.create_block(chair, "A", "Blok A")
    _refused(lambda: stall_rates.set_tariff(chair, "kios", 9, D(2026, 12, 1)))
    assert stall_rates.set_tariff(chair, "kios", 1_000, D(2026, 12, 1)).monthly_rate == 1_000


def test_stall_own_rate_under_a_thousand_is_refused(chair):
    ids = market(chair)
    _refused(lambda: stall_rates.set_stall_rate(chair, ids["stalls"][0], "9", D(2026, 12, 1)))
    _refused(lambda: stall_setup.register_stall(chair, "A-99", ids["block"], "kios", "6",
                                                own_rate="9"))


def test_lease_rate_under_a_thousand_is_refused(chair):
    ids = market(chair)
    _refused(lambda: leases.create_lease(chair, ids["siti"], ids["stalls"][0], D(2026, 12, 1),
                                         D(2027, 11, 30), monthly_rate=9))


@pytest.fixture
def _clean_env(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


def test_cli_tariff_set_nine_is_refused(sessions, db_path, _clean_env):
    stalls.create_block(sessions["ketua"], "A", "Blok A")
    db.close_database()
    result = as_user(db_path, "ketua", "tariff", "set", "kios", "9", "--from", "2026-12-01")
    assert result.exit_code == EXIT_REFUSED
    assert "Rp1.000" in result.output
