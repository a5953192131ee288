"""``sekretariat bill | arrears | late-fees``: the treasurer's batch jobs over
services/billing.py and services/statements.py — a plan first, a confirmation,
nothing billed twice, CSV that adds up, refusals with exit 3, no traceback."""

import csv
import datetime as dt
import io

import pytest
from test_cli_support import ENV_NAMES, PASSWORD, as_user, on, one_line, query, run
from test_leases_support import market

from sekretariat import db
from sekretariat.cli.leases import CSV_COLUMNS, parse_period
from sekretariat.errors import EXIT_ABORTED, EXIT_REFUSED, EXIT_USAGE, ValidationError
from sekretariat.services.core import days, users
from sekretariat.services.leasing import leases, statements

D = dt.date


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def leased(sessions, db_path):
    """Two leases (A-01 Siti from 16 Jul 2026, A-02 Budi all of 2026 at
    Rp250.000), one account per role; closed so the CLI opens it."""
    chair = sessions["ketua"]
    m = market(chair)
    leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 7, 16), D(2027, 7, 15))
    leases.create_lease(chair, m["budi"], m["stalls"][1], D(2026, 1, 1), D(2026, 12, 31),
                        monthly_rate=250_000)
    db.close_database()
    return db_path


def _count(path, sql="SELECT count(*) FROM journal_entry"):
    return query(path, sql)[0][0]


def _invoices(path, kind="rent"):
    return _count(path, f"SELECT count(*) FROM invoice WHERE kind = '{kind}'")


def _clean(result):
    assert "Traceback" not in result.output
    return one_line(result.output)


def _bill_history(path):
    """Bill July-October 2026 on the 1st of each month, so they are overdue now."""
    for month in (7, 8, 9, 10):
        result = as_user(path, "ketua", "bill", f"2026-{month:02d}", "--date",
                         f"2026-{month:02d}-01", "--yes")
        assert result.exit_code == 0, result.output


# --- help ------------------------------------------------------------------------

def test_help_lists_the_billing_panel_in_both_languages():
    result = run("--help", password=None)
    assert result.exit_code == 0
    assert "Sewa & Tagihan" in result.output
    for command in ("bill", "arrears", "late-fees"):
        assert command in result.output
    english = run("--lang", "en", "--help", password=None)
    assert "Leases & billing" in english.output
    bill_help = one_line(run("--lang", "en", "bill", "--help", password=None).output)
    assert "2026-11 or 11/2026" in bill_help and "exit code 3" in bill_help
    arrears_help = one_line(run("--lang", "id", "arrears", "--help", password=None).output)
    assert "--csv" in arrears_help and "paling lama" in arrears_help


# --- period text -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2026-11", (2026, 11)), ("11/2026", (2026, 11)), ("2026/3", (2026, 3)),
    ("3-2026", (2026, 3)), (" 01.2027 ", (2027, 1))])
def test_period_forms(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "2026", "13/2026", "2026-00", "2026-11-01",
                                  "11/26", "1999-12"])
def test_bad_period_forms(text):
    with pytest.raises(ValidationError):
        parse_period(text)


def test_bad_period_is_refused_with_a_clear_message(leased):
    before = _count(leased)
    result = as_user(leased, "ketua", "bill", "13/2026", "--yes")
    assert result.exit_code == EXIT_REFUSED
    assert "13/2026" in result.output and "2026-11" in result.output
    result = as_user(leased, "ketua", "--lang", "en", "bill", "November", "--yes")
    assert result.exit_code == EXIT_REFUSED and "not understood" in result.output
    assert as_user(leased, "ketua", "bill").exit_code == EXIT_USAGE  # no month at all
    assert _count(leased) == before


# --- bill --------------------------------------------------------------------------

def test_preview_shows_the_plan_and_posts_nothing(leased):
    before = (_count(leased), _count(leased, "SELECT count(*) FROM journal_line"))
    result = as_user(leased, "bendahara", "bill", "2026-11", "--preview")
    assert result.exit_code == 0, result.output
    text = _clean(result)
    for word in ("November 2026", "A-01", "Siti Aminah", "A-02", "Budi Santoso", "Rp300.000",
                 "Rp250.000", "Rp550.000", "Pratinjau"):
        assert word in text
    assert (_count(leased), _count(leased, "SELECT count(*) FROM journal_line")) == before
    assert _invoices(leased) == 0


def test_bill_posts_and_a_second_run_bills_nothing_twice(leased):
    before = _count(leased)
    result = as_user(leased, "bendahara", "bill", "11/2026", "--yes")
    assert result.exit_code == 0, result.output
    text = _clean(result)
    assert "2 tagihan dibukukan" in text and "INV/2026/00001" in text
    assert _invoices(leased) == 2 and _count(leased) == before + 2
    assert query(leased, "SELECT username, action FROM audit_log WHERE action = 'billing.run'"
                 ) == [("bendahara", "billing.run")]
    again = as_user(leased, "bendahara", "bill", "2026-11", "--yes")
    assert again.exit_code == EXIT_REFUSED
    text = _clean(again)
    assert "sudah ditagih" in text and "dua kali" in text
    assert _invoices(leased) == 2 and _count(leased) == before + 2
    # the preview of a billed month says so and exits 0
    preview = as_user(leased, "bendahara", "--lang", "en", "bill", "2026-11", "--preview")
    assert preview.exit_code == 0 and "2 leases are already billed" in one_line(preview.output)


def test_a_new_lease_is_billed_alone_on_a_second_run(leased, db_path):
    assert as_user(leased, "ketua", "bill", "2026-11", "--yes").exit_code == 0
    db.open_database(leased)
    chair = users.login("ketua", PASSWORD)
    stall = query(leased, "SELECT id FROM stall WHERE code = 'A-03'")[0][0]
    trader = query(leased, "SELECT id FROM trader WHERE name = 'Budi Santoso'")[0][0]
    leases.create_lease(chair, trader, stall, D(2026, 11, 1), D(2027, 10, 31))
    db.close_database()
    result = as_user(leased, "ketua", "bill", "2026-11", "--yes")
    assert result.exit_code == 0, result.output
    text = _clean(result)
    assert "A-03" in text and "1 tagihan dibukukan" in text and "2 perjanjian sudah" in text
    assert _invoices(leased) == 3


def test_the_prompt_declined_or_unanswered_posts_nothing(leased):
    before = _count(leased)
    declined = as_user(leased, "ketua", "bill", "2026-11", input="n\n")
    assert declined.exit_code == EXIT_ABORTED
    assert "Bukukan 2 tagihan" in declined.output and "Dibatalkan" in declined.output
    unanswered = as_user(leased, "ketua", "bill", "2026-11", input="")
    assert unanswered.exit_code == EXIT_ABORTED
    assert _count(leased) == before and _invoices(leased) == 0
    accepted = as_user(leased, "ketua", "bill", "2026-11", input="y\n")
    assert accepted.exit_code == 0, accepted.output
    assert _invoices(leased) == 2


def test_a_month_too_far_ahead_is_refused(leased):
    result = as_user(leased, "ketua", "bill", "2027-06", "--preview")
    assert result.exit_code == EXIT_REFUSED and "terlalu jauh" in result.output


def test_a_role_without_permission_is_refused(leased):
    before = _count(leased)
    for args in (("bill", "2026-11", "--yes"), ("bill", "2026-11", "--preview"),
                 ("late-fees", "--yes"), ("late-fees", "--preview")):
        result = as_user(leased, "parkir", *args)
        assert result.exit_code == EXIT_REFUSED, (args, result.output)
        assert "Traceback" not in result.output
    assert _count(leased) == before
    # everyone may read the arrears
    assert as_user(leased, "parkir", "arrears").exit_code == 0


# --- arrears -----------------------------------------------------------------------

def test_arrears_table_sorted_oldest_first_with_a_market_total(leased):
    _bill_history(leased)
    result = as_user(leased, "parkir", "arrears")
    assert result.exit_code == 0, result.output
    text = _clean(result)
    assert "Tunggakan per 23 Nov 2026" in text
    # Budi's July invoice (due 10 Jul) is older than Siti's (due 16 Jul)
    assert text.index("Budi Santoso") < text.index("Siti Aminah")
    assert "Jumlah pasar (2 pedagang)" in text
    assert "Rp2.054.839" in text  # 4 x 250.000 + 154.839 + 3 x 300.000
    limited = as_user(leased, "ketua", "--lang", "en", "arrears", "--limit", "1")
    text = _clean(limited)
    assert "Budi Santoso" in text and "Siti Aminah" not in text
    assert "Market total (2 traders)" in text and "Showing 1 of 2 traders" in text
    assert "Rp2.054.839" in text


def test_arrears_csv_adds_up_to_the_service(leased):
    _bill_history(leased)
    result = as_user(leased, "ketua", "arrears", "--csv", "--as-of", "15/10/2026")
    assert result.exit_code == 0, result.output
    assert "Rp" not in result.output
    table = list(csv.reader(io.StringIO(result.output)))
    assert tuple(table[0]) == CSV_COLUMNS
    body = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in table[1:]]
    db.open_database(leased)
    page = statements.list_arrears(users.login("ketua", PASSWORD), D(2026, 10, 15),
                                   limit=1000)
    db.close_database()
    assert [int(r["trader_id"]) for r in body] == [r.trader_id for r in page.rows]
    for name in ("not_due", "d0_30", "d31_60", "d61_90", "d90_plus", "total"):
        assert sum(int(r[name]) for r in body) == getattr(page.totals, name), name
    assert page.totals.total > 0
    for row in body:
        assert int(row["total"]) == sum(int(row[name]) for name in
                                        ("not_due", "d0_30", "d31_60", "d61_90", "d90_plus"))
        assert dt.date.fromisoformat(row["oldest_due"])


def test_arrears_with_nothing_overdue_and_a_bad_date(leased):
    result = as_user(leased, "ketua", "arrears")
    assert result.exit_code == 0 and "Tidak ada tunggakan" in result.output
    empty_csv = as_user(leased, "ketua", "arrears", "--csv")
    assert empty_csv.output.strip() == ",".join(CSV_COLUMNS)
    bad = as_user(leased, "ketua", "arrears", "--as-of", "31/02/2026")
    assert bad.exit_code == EXIT_REFUSED and "31/02/2026" in bad.output


# --- late fees ---------------------------------------------------------------------

def test_late_fees_preview_then_post_then_nothing_twice(leased):
    _bill_history(leased)
    before = _count(leased)
    preview = as_user(leased, "bendahara", "late-fees", "--preview")
    assert preview.exit_code == 0, preview.output
    text = _clean(preview)
    assert "INV/2026/00001" in text and "2%" in text and "Pratinjau" in text
    assert _count(leased) == before
    declined = as_user(leased, "bendahara", "late-fees", input="n\n")
    assert declined.exit_code == EXIT_ABORTED and _count(leased) == before
    posted = as_user(leased, "bendahara", "late-fees", "--yes")
    assert posted.exit_code == 0, posted.output
    fees = _invoices(leased, "late_fee")
    assert fees > 0 and _count(leased) == before + fees
    assert f"{fees} denda dibukukan" in _clean(posted)
    assert query(leased, "SELECT username FROM audit_log WHERE action = 'late_fee.assess'"
                 ) == [("bendahara",)]
    again = as_user(leased, "bendahara", "late-fees", "--yes")
    assert again.exit_code == 0 and "Tidak ada denda" in again.output
    assert _invoices(leased, "late_fee") == fees


def test_late_fees_refused_in_the_future_and_on_a_closed_day(leased):
    _bill_history(leased)
    future = as_user(leased, "ketua", "late-fees", "--as-of", "2026-12-31", "--yes")
    assert future.exit_code == EXIT_REFUSED and "belum tiba" in future.output
    db.open_database(leased)
    days.close_day(users.login("ketua", PASSWORD), D(2026, 11, 20), "")
    db.close_database()
    before = _count(leased)
    closed = as_user(leased, "ketua", "late-fees", "--as-of", "2026-11-20", "--yes")
    assert closed.exit_code == EXIT_REFUSED, closed.output
    assert _count(leased) == before


def test_nothing_to_bill_is_not_an_error(leased):
    result = as_user(leased, "ketua", "bill", "2025-03", "--yes")
    assert result.exit_code == 0, result.output
    assert "Tidak ada perjanjian sewa" in result.output
    assert on(leased, "bill", "2026-11", "--preview", "-u", "ketua").exit_code == 0
