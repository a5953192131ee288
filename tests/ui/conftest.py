"""Fixtures of the Pilot tests (helpers are in uihelp.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from uihelp import nik

from sekretariat.app import make_app
from sekretariat.services.leasing import billing, leases, stall_rates, stalls, traders


@pytest.fixture(autouse=True)
def _patient_number_keys(request, monkeypatch):
    """Section numbers 1 and 10-15 share their first key, so after a 1 the home
    screen waits (0.6 s) for a second digit. A test presses both at once, but
    on a busy machine its second key may come later than that: tests wait 3 s
    unless marked ``real_pause`` (the tests of the wait itself)."""
    if request.node.get_closest_marker("real_pause") is None:
        from sekretariat.views.core import home

        monkeypatch.setattr(home, "PAUSE", 3)


@pytest.fixture
def app_for(db_path):
    """``app_for(language=...)``: the app on the test database (tests/conftest.py)."""

    def factory(**kwargs):
        return make_app(db_path, **kwargs)

    return factory


@pytest.fixture
def market_data(chair):
    """Block A (A-01..A-05) and B (B-01): A-01 leased to Siti from September
    with three months unpaid, A-02 leased to Budi from December, A-03 vacant,
    A-04 blocked."""
    block = stalls.create_block(chair, "A", "Blok A")
    stalls.create_block(chair, "B", "Blok B")
    stall_rates.set_tariff(chair, "kios", 300_000, dt.date(2026, 1, 1))
    ids = [stalls.create_stall(chair, f"A-{i:02d}", block.id, "kios", "6").id
           for i in range(1, 6)]
    stalls.create_stall(chair, "B-01", "B", "kios", "4")
    stalls.update_stall(chair, ids[3], status="diblokir")
    siti = traders.create_trader(chair, "Siti Aminah", nik(1, female=True),
                                 phone="0812-3456-7890", commodity="sayur")
    budi = traders.create_trader(chair, "Budi Santoso", nik(2), phone="0813-1111-2222",
                                 commodity="ikan")
    leases.create_lease(chair, siti.id, ids[0], dt.date(2026, 9, 1), dt.date(2027, 8, 31))
    for month in (9, 10, 11):
        billing.bill_period(chair, 2026, month, issue_date=dt.date(2026, month, 1))
    leases.create_lease(chair, budi.id, ids[1], dt.date(2026, 12, 1), dt.date(2027, 11, 30))
    return {"stalls": ids, "siti": siti.id, "budi": budi.id}
