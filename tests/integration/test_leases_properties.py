"""Invariants under random sequences of lease, billing and payment actions.

Each hypothesis example gets its own database file (fixtures are not reset
between examples). After every sequence:

* each trader's statement sums to the journal's receivable balance for them,
  and so does (open invoice amounts - unapplied credit);
* ``receivables.verify()`` and ``sekretariat check`` find nothing wrong;
* invoice, receipt, agreement and credit-note numbers run 1..n without gaps;
* no stall has two leases in force on the same day.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_leases_support import market as build_market

from sekretariat import db
from sekretariat.errors import SekretariatError
from sekretariat.services.leasing import (billing, deposits, invoices, late_fees, lease_endings,
                                          leases, payments, receivables, statements)
from sekretariat.services.core import check, journal, market, users

D = dt.date
PASSWORD = "rahasia-123"
FAR_PAST, FAR_FUTURE = D(2000, 1, 1), D(2100, 1, 1)


@contextlib.contextmanager
def fresh_database():
    with tempfile.TemporaryDirectory() as folder:
        db.open_database(Path(folder) / "prop.sqlite", create=True)
        # a throw-away file: skip the fsyncs (the invariants do not depend on them)
        db.current_database().execute_sql("PRAGMA synchronous = OFF")
        try:
            market.initialize(market.MarketInfo("Pasar Uji"), "ketua", "Ketua", PASSWORD)
            chair = users.login("ketua", PASSWORD)
            yield chair, build_market(chair, stall_count=3)
        finally:
            db.close_database()


days_2026 = st.integers(0, 364).map(lambda n: D(2026, 1, 1) + dt.timedelta(days=n))
actions = st.one_of(
    st.tuples(st.just("lease"), st.integers(0, 1), st.integers(0, 2), days_2026,
              st.integers(0, 500), st.sampled_from(["monthly", "quarterly", "yearly"]),
              st.sampled_from([0, 150_000])),
    st.tuples(st.just("bill"), st.integers(1, 12)),
    st.tuples(st.just("pay"), st.integers(0, 1), st.integers(1, 1_500_000), st.booleans()),
    st.tuples(st.just("void_payment"), st.integers(0, 20)),
    st.tuples(st.just("void_invoice"), st.integers(0, 20)),
    st.tuples(st.just("credit"), st.integers(0, 20), st.integers(1, 400_000)),
    st.tuples(st.just("late"), days_2026),
    st.tuples(st.just("deposit"), st.integers(0, 5), st.integers(1, 150_000)),
    st.tuples(st.just("terminate"), st.integers(0, 5), st.integers(0, 400),
              st.sampled_from(["refund", "forfeit", "keep"])),
    st.tuples(st.just("refund"), st.integers(0, 1), st.integers(1, 200_000)),
)


def _apply(chair, m, action) -> None:
    kind = action[0]
    traders = [m["siti"], m["budi"]]
    lease_ids = [r[0] for r in db.current_database().execute_sql(
        "SELECT id FROM lease ORDER BY id")]
    if kind == "lease":
        _, who, stall, start, length, frequency, deposit = action
        leases.create_lease(chair, traders[who], m["stalls"][stall], start,
                            start + dt.timedelta(days=length), frequency=frequency,
                            deposit_amount=deposit)
    elif kind == "bill":
        billing.bill_period(chair, 2026, action[1])
    elif kind == "pay":
        _, who, value, confirm = action
        payments.take_payment(chair, traders[who], value, "tunai",
                              confirm_amount=value if confirm else None)
    elif kind == "void_payment":
        found = db.current_database().execute_sql(
            "SELECT id FROM payment ORDER BY id LIMIT 1 OFFSET ?", (action[1],)).fetchone()
        if found:
            payments.void_payment(chair, found[0], "uji")
    elif kind == "void_invoice":
        found = db.current_database().execute_sql(
            "SELECT id FROM invoice ORDER BY id LIMIT 1 OFFSET ?", (action[1],)).fetchone()
        if found:
            invoices.void_invoice(chair, found[0], "uji")
    elif kind == "credit":
        found = db.current_database().execute_sql(
            "SELECT id FROM invoice ORDER BY id LIMIT 1 OFFSET ?", (action[1],)).fetchone()
        if found:
            invoices.issue_credit_note(chair, found[0], action[2], "uji")
    elif kind == "late":
        late_fees.assess_late_fees(chair, min(action[1], D(2026, 11, 23)))
    elif kind == "deposit" and action[1] < len(lease_ids):
        deposits.receive_deposit(chair, lease_ids[action[1]], action[2], "tunai")
    elif kind == "terminate" and action[1] < len(lease_ids):
        lease = leases.get_lease(chair, lease_ids[action[1]])
        lease_endings.terminate_lease(chair, lease.id,
                               lease.start_date + dt.timedelta(days=action[2]), "uji",
                               deposit=action[3])
    elif kind == "refund":
        payments.refund_credit(chair, traders[action[1]], action[2])


def _assert_invariants(chair, m) -> None:
    conn = db.current_database()
    for trader in (m["siti"], m["budi"]):
        statement = statements.trader_statement(chair, trader, FAR_PAST, FAR_FUTURE)
        ledger = journal.account_balance(chair, "1-200", FAR_FUTURE, party_kind="trader",
                                         party_id=trader)
        assert statement.closing_balance == ledger
        assert sum(x.debit - x.credit for x in statement.lines) == ledger
        assert receivables.open_total(trader) - receivables.credit_total(trader) == ledger
        # never an unapplied credit next to an open invoice
        assert not (receivables.open_total(trader) and receivables.credit_total(trader))
    assert receivables.verify() == ()
    report = check.run_check(chair)
    assert report.ok, [(i.key, i.problems) for i in report.items if not i.ok]
    for table, column in (("invoice", "number"), ("payment", "receipt_number"),
                          ("lease", "agreement_number"), ("credit_note", "number")):
        numbers = sorted((r[0].split("/")[0], int(r[0].split("/")[2])) for r in conn.execute_sql(
            f"SELECT {column} FROM {table}"))
        for series in {s for s, _ in numbers}:
            used = [n for s, n in numbers if s == series]
            assert used == list(range(1, len(used) + 1)), (table, series, used)
    overlaps = conn.execute_sql(
        "SELECT count(*) FROM lease a JOIN lease b ON a.stall_id = b.stall_id AND a.id < b.id"
        " WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'"
        " AND a.start_date <= coalesce(b.ended_on, b.end_date)"
        " AND b.start_date <= coalesce(a.ended_on, a.end_date)").fetchone()[0]
    assert overlaps == 0


@given(st.lists(actions, min_size=3, max_size=18))
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_statements_journal_and_numbers_stay_consistent(chair, steps):
    """(``chair`` only brings the fixed clock and fast hasher; each example
    opens its own database.)"""
    with fresh_database() as (session, m):
        for action in steps:
            try:
                _apply(session, m, action)
            except SekretariatError:
                pass  # a refusal must leave everything consistent too
        _assert_invariants(session, m)


@given(st.lists(st.tuples(st.integers(0, 1), days_2026, st.integers(0, 200)),
                min_size=2, max_size=12))
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_no_two_leases_ever_overlap_on_a_stall(chair, attempts):
    with fresh_database() as (session, m):
        accepted: list[tuple[int, dt.date, dt.date]] = []
        for stall, start, length in attempts:
            end = start + dt.timedelta(days=length)
            clash = any(s == stall and a <= end and start <= b for s, a, b in accepted)
            try:
                leases.create_lease(session, m["siti"], m["stalls"][stall], start, end)
            except SekretariatError as error:
                assert clash and error.key == "lease.overlap"
            else:
                assert not clash
                accepted.append((stall, start, end))
        _assert_invariants(session, m)
