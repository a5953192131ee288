"""For random postings (entries on any cash, equity, income or expense
account, mixed entries, transfers between the drawer and the bank, known
and unknown sources, reversals, closed days), every period's position
balances and ties to the journal and the trial balance, and the cash
summary reconciles: opening + in - out = closing. Each example gets its own
database file."""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reporthelp import assert_ties

from sekretariat import db
from sekretariat.errors import SekretariatError, ValidationError
from sekretariat.services.core import days, journal, market, users
from sekretariat.services.core.journal import LineInput
from sekretariat.services.reports import period
from sekretariat.services.reports.financial import financial_statements
from sekretariat.services.reports.statements import OTHER

D = dt.date
PASSWORD = "rahasia-123"
FIRST, TODAY = D(2025, 1, 1), D(2026, 11, 23)
ACCOUNTS = ("1-100", "1-110", "3-100", "4-100", "4-200", "4-900", "5-100", "5-700", "5-900")
SOURCES = ("manual", "payment", "cash.expense", "parking", "zz.unknown", "yy.other")


@contextlib.contextmanager
def fresh_database():
    with tempfile.TemporaryDirectory() as folder:
        db.open_database(Path(folder) / "prop.sqlite", create=True)
        db.current_database().execute_sql("PRAGMA synchronous = OFF")
        try:
            market.initialize(market.MarketInfo("Pasar Uji"), "ketua", "Ketua", PASSWORD)
            yield users.login("ketua", PASSWORD)
        finally:
            db.close_database()


day = st.integers(0, (TODAY - FIRST).days).map(lambda n: FIRST + dt.timedelta(days=n))
money = st.integers(1, 5_000_000)
actions = st.one_of(
    st.tuples(st.just("post"), day, st.sampled_from(ACCOUNTS), st.sampled_from(ACCOUNTS), money,
              st.sampled_from(SOURCES)),
    st.tuples(st.just("mixed"), day, money, money, st.sampled_from(SOURCES)),
    st.tuples(st.just("transfer"), day, money, st.booleans()),
    st.tuples(st.just("reverse"), st.integers(0, 30), st.integers(0, 90)),
    st.tuples(st.just("reverse"), st.integers(0, 30), st.integers(0, 90)),
    st.tuples(st.just("close"), day),
)


def _run(chair, action, posted: list[int]) -> None:
    kind, when = action[0], action[1]
    if kind == "post":
        _, _, debit, credit, amount, source = action
        entry = journal.post_entry(chair, when, "acak", [LineInput(debit, debit=amount),
                                                         LineInput(credit, credit=amount)],
                                   source=source)
    elif kind == "mixed":
        # money in to the drawer, part of it taken from the bank (a transfer inside)
        _, _, moved, earned, source = action
        entry = journal.post_entry(chair, when, "campur", [
            LineInput("1-100", debit=moved + earned), LineInput("1-110", credit=moved),
            LineInput("4-100", credit=earned)], source=source)
    elif kind == "transfer":
        _, _, amount, to_bank = action
        source, target = ("cash.to_bank", "1-110") if to_bank else ("cash.from_bank", "1-100")
        other = "1-100" if to_bank else "1-110"
        entry = journal.post_entry(chair, when, "pindah", [LineInput(target, debit=amount),
                                                           LineInput(other, credit=amount)],
                                   source=source)
    elif kind == "reverse":
        if not posted:
            return
        original = journal.get_entry(chair, posted[action[1] % len(posted)])
        journal.reverse_entry(chair, original.id, "koreksi acak",
                              min(original.entry_date + dt.timedelta(days=action[2]), TODAY))
        return
    else:
        days.close_day(chair, when)
        return
    posted.append(entry.id)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(actions, min_size=1, max_size=25), day, day)
def test_every_period_balances_and_its_cash_reconciles(steps, one_day, other_day):
    with fresh_database() as chair:
        posted: list[int] = []
        for action in steps:
            try:
                _run(chair, action, posted)
            except SekretariatError:
                pass   # a closed day, an entry reversed twice...: refused, nothing written
        first, last = sorted((one_day, other_day))
        for chosen in (period.year_period(2025), period.year_period(2026),
                       period.month_period(last.year, last.month), period.span(first, last)):
            if not period.has_data(chosen):
                try:
                    financial_statements(chair, chosen)
                except ValidationError as exc:
                    assert exc.key == "report.no_data"
                else:
                    raise AssertionError("a period with no data was not refused")
                continue
            found = financial_statements(chair, chosen)
            assert_ties(found, journal.trial_balance(chair, chosen.end))
            for side in (found.cash.receipts, found.cash.payments):
                keys = [line.key.split(":", 1)[1] for line in side]
                assert OTHER not in keys[:-1]                # unknown sources together, last
                if OTHER in keys:
                    assert set(side[-1].accounts) <= {"zz.unknown", "yy.other"}
