"""Hypothesis: random bulk rounds (requests, what arrived, landed costs, some
stock held before) posted through the services keep every invariant: the
goods invoices add up to the allocated landed cost, each allocation is the
engine's, nobody gets more than asked, the stock value equals 1-300, and
``check`` passes."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_leases_support import nik
from test_warehouse_check import fresh_database

from sekretariat.services.core import check, journal
from sekretariat.services.leasing import traders as trader_service
from sekretariat.services.warehouse import (
    allocation,
    movements,
    rounds,
    rounds_alloc,
    rounds_post,
    stock,
)
from sekretariat.services.warehouse.util import one

D = dt.date
ITEM = st.tuples(st.lists(st.integers(1, 20), min_size=1, max_size=6),   # requests per trader
                 st.integers(-5, 5),                                        # supply vs demand
                 st.integers(1, 900_000),                                   # bulk price per unit
                 st.integers(0, 50_000))                                    # cost of this item


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ITEM, min_size=1, max_size=2), st.integers(0, 300_000), st.integers(0, 40))
def test_random_rounds_posted_keep_every_invariant(lines, whole_cost, held):
    with fresh_database() as (chair, supplier):
        people = [trader_service.create_trader(chair, f"Pedagang {i}", nik(i + 1)).id
                  for i in range(6)]
        codes = ["beras", "telur"][:len(lines)]
        units = {"beras": ("karung", 50), "telur": ("tray", 30)}
        if held:  # some stock bought earlier at another price
            movements.record_receipt(chair, "beras", D(2026, 11, 1), held, cost=held * 13_001,
                                     supplier_id=supplier)
        rid = rounds.open_round(chair, "Acak", [(c, units[c][0]) for c in codes],
                                D(2026, 11, 2))
        for code, (requests, _, _, _) in zip(codes, lines, strict=True):
            for person, count in zip(people, requests):
                rounds.record_request(chair, rid, code, person, count)
        rounds.close_round(chair, rid)
        rounds.order_round(chair, rid, supplier, {c: line[2] for c, line in zip(codes, lines)},
                           day=D(2026, 11, 3))
        arrived = {c: max(0, sum(line[0]) + line[1]) for c, line in zip(codes, lines)}
        for code, line in zip(codes, lines):
            if line[3] and arrived[code]:
                rounds.add_landed_cost(chair, rid, "Bongkar", line[3], item=code)
        if whole_cost and any(arrived.values()):
            rounds.add_landed_cost(chair, rid, "Angkut", whole_cost)
        rounds.receive_round(chair, rid, arrived, D(2026, 11, 4), confirm_over=True)
        stored = rounds_alloc.confirm_allocation(chair, rid)
        posted = rounds_post.post_round(chair, rid, D(2026, 11, 5))
        for item in stored.items:
            alloc = item.allocation
            assert alloc.allocated == min(alloc.supply, alloc.demand)
            assert all(0 <= s.allocated <= s.requested for s in alloc.shares)
            assert all(abs(s.allocated - s.quota) < 1 for s in alloc.shares)
            assert alloc.landed_cost == allocation.allocated_cost(alloc.allocated, alloc.supply,
                                                                  item.landed_cost)
        assert posted.total == stored.total_charge
        invoiced = one("SELECT coalesce(sum(amount), 0) FROM invoice WHERE kind = 'goods'")[0]
        assert invoiced == stored.total_charge
        assert stock.stock_value(chair).total == journal.account_balance_unchecked(
            "1-300", D(2100, 1, 1))
        report = check.integrity_report()
        assert report.ok, [(i.key, i.problems) for i in report.items if not i.ok]
