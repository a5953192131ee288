"""One fact, one answer: when a bill is overdue (from the day after its due
date), the same arrears on the TUI's list and in ``sekretariat arrears``, and
the ageing that adds up to every trader's 1-200 balance (issue 8, section 1)."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from argon2 import PasswordHasher
from test_cli_support import ENV_NAMES, as_user

from sekretariat import db
from sekretariat.demo.build import build_demo
from sekretariat.i18n import t
from sekretariat.money import format_rupiah
from sekretariat.services.core import passwords, users
from sekretariat.services.leasing import overdue, receivables, statements
from sekretariat.services.leasing.leasing_util import rows

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    path = tmp_path_factory.mktemp("truths") / "demo.sqlite"
    return build_demo(path, today=TODAY)


@pytest.fixture
def opened(demo, tmp_path):
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo.path, copy)
    db.open_database(copy)
    session = users.login(demo.accounts[1][0], demo.accounts[1][2])  # bendahara
    yield copy, session, demo
    db.close_database()


# --- the rule -----------------------------------------------------------------

def test_overdue_from_the_day_after_the_due_date():
    due = dt.date(2026, 11, 10)
    assert not overdue.is_overdue(due, due)  # jatuh tempo hari ini
    assert overdue.is_overdue(due, due + dt.timedelta(days=1))
    assert not overdue.is_overdue(due, due - dt.timedelta(days=1))
    assert overdue.days_overdue(due, due) == 0
    assert overdue.days_overdue(due, dt.date(2026, 11, 11)) == 1
    assert [overdue.bucket(due, due + dt.timedelta(days=n)) for n in (-3, 0, 1, 30, 31, 60,
                                                                     61, 90, 91)] == [
        "not_due", "not_due", "d0_30", "d0_30", "d31_60", "d31_60", "d61_90", "d61_90",
        "d90_plus"]


def test_sql_and_python_answer_alike(opened):
    """The aggregate's SQL predicate is generated from the same module and agrees
    with the Python rule on every open invoice of the demo, on several days."""
    for day in (TODAY - dt.timedelta(days=40), TODAY, TODAY + dt.timedelta(days=5)):
        for due, flag, age in rows(
                f"SELECT due_date, {overdue.overdue_sql('due_date', ':day')},"
                f" {overdue.age_sql('due_date', ':day')} FROM invoice_open",
                {"day": day.isoformat()}):
            due = dt.date.fromisoformat(due)
            assert bool(flag) == overdue.is_overdue(due, day)
            assert age == overdue.days_past_due(due, day)


def test_a_bill_due_today_is_not_in_arrears_anywhere(opened):
    """On the demo, invoices due today are not yet due in the ageing, the
    arrears list, the stall map, and the reminder letters."""
    _, session, _ = opened
    due_today = rows("SELECT o.trader_id, sum(o.open_amount) FROM invoice_open o"
                     " JOIN invoice i ON i.id = o.invoice_id WHERE o.open_amount > 0"
                     " AND o.due_date = ? AND i.kind <> 'refund' GROUP BY o.trader_id",
                     (TODAY.isoformat(),))
    report = statements.ageing(session, TODAY)
    by_trader = {r.trader_id: r for r in report.rows}
    for trader_id, amount in due_today:
        assert by_trader[trader_id].not_due >= amount
    for row in statements.list_arrears(session, TODAY, limit=10_000).rows:
        assert row.days_overdue >= 1 and row.overdue > 0


# --- TUI and CLI agree --------------------------------------------------------

def _money(text: str) -> list[str]:
    return re.findall(r"Rp[\d.]+", text)


def test_tui_and_cli_show_the_same_arrears_to_the_rupiah(opened):
    path, session, demo = opened
    page = statements.list_arrears(session, TODAY, limit=10_000)
    totals = page.totals
    assert totals.overdue > 0
    assert totals.overdue == sum(r.overdue for r in page.rows)
    # the TUI's summary line and the CLI's are one message, filled alike
    summary = t("arrears.summary", traders=page.traders, day="23 Nov 2026",
                **{k: format_rupiah(getattr(totals, k)) for k in statements.ARREARS_MONEY})
    db.close_database()
    result = as_user(path, demo.accounts[1][0], "arrears", "--limit", "100000",
                     password=demo.accounts[1][2])
    db.open_database(path)
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert " ".join(summary.split()) in text
    assert f"Tunggakan pasar per 23 Nov 2026: {format_rupiah(totals.overdue)}" in text
    assert "Belum jatuh tempo" in text
    # the footer holds the same totals, in the shared column order
    footer = text[text.index("Jumlah pasar"):]
    assert _money(footer)[:6] == [format_rupiah(getattr(totals, k))
                                  for k in statements.ARREARS_MONEY]
    # the market's arrears are the overdue buckets only, never what is not yet due
    assert totals.overdue == totals.d0_30 + totals.d31_60 + totals.d61_90 + totals.d90_plus


def test_the_arrears_columns_are_one_list_for_both_faces():
    assert statements.ARREARS_COLUMNS[-2:] == ("overdue", "not_due")
    for key in statements.ARREARS_COLUMNS:
        assert t(f"arrears.col.{key}")
    assert t("arrears.col.not_due") == "Belum jatuh tempo"


# --- the ageing adds up to the balance ----------------------------------------

def test_ageing_plus_credits_and_refunds_equals_each_traders_balance(opened):
    _, session, _ = opened
    report = statements.ageing(session, TODAY)
    aged = {r.trader_id: r.total for r in report.rows}
    checked = 0
    for (trader_id,) in rows("SELECT id FROM trader"):
        account = statements.account_summary(session, trader_id, TODAY)
        balance = receivables.balance(trader_id, TODAY)
        assert account.buckets.total == aged.get(trader_id, 0)
        assert (account.buckets.total + account.refunds_owed - account.credit == balance), (
            trader_id, account)
        checked += 1
    assert checked == len(rows("SELECT id FROM trader")) > 200


# --- the demo's banner --------------------------------------------------------

def test_the_demo_banner_counts_the_traders_stored(opened):
    _, _, demo = opened
    stored = rows("SELECT count(*) FROM trader")[0][0]
    assert demo.traders == stored
    assert f"{stored}" in demo.summary().replace(".", "")
