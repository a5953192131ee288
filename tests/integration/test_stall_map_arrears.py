"""The stall map's arrears colour and the arrears list count the same money
on any date: what was open on that day and due on or before it."""

from __future__ import annotations

import datetime as dt

import pytest

from sekretariat.services.leasing import billing, leases, payments, stalls, statements, traders
from sekretariat.services.leasing import stall_rates


@pytest.fixture
def siti(chair):
    """A-01 leased to Siti from 1 Sep 2026; Sep–Nov billed on the 1st (due the
    10th); September paid late, on 20 Oct."""
    block = stalls.create_block(chair, "A", "Blok A")
    stall_rates.set_tariff(chair, "kios", 300_000, dt.date(2026, 1, 1))
    stall = stalls.create_stall(chair, "A-01", block.id, "kios", "6")
    trader = traders.create_trader(chair, "Siti Aminah", "1671015705800001")
    leases.create_lease(chair, trader.id, stall.id, dt.date(2026, 9, 1), dt.date(2027, 8, 31))
    for month in (9, 10, 11):
        billing.bill_period(chair, 2026, month, issue_date=dt.date(2026, month, 1))
    payments.take_payment(chair, trader.id, 300_000, "tunai", paid_on=dt.date(2026, 10, 20))
    return trader, stall


@pytest.mark.parametrize(("day", "owed"), [
    (dt.date(2026, 9, 9), 0),            # nothing due yet
    (dt.date(2026, 9, 15), 300_000),     # September overdue (paid only later)
    (dt.date(2026, 10, 10), 300_000),    # October falls due that day: not yet overdue
    (dt.date(2026, 10, 11), 600_000),    # the day after: October overdue too
    (dt.date(2026, 10, 20), 300_000),    # September paid that day
    (dt.date(2026, 11, 23), 600_000),    # October and November
])
def test_the_map_and_the_arrears_list_agree_on_any_date(chair, siti, day, owed):
    trader, stall = siti
    shown = stalls.get_stall(chair, stall.id, as_of=day)
    listed = [row for row in statements.list_arrears(chair, day).rows
              if row.trader_id == trader.id]
    assert shown.overdue_amount == owed
    assert sum(row.overdue for row in listed) == owed
    assert shown.in_arrears == bool(listed)
