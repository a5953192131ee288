"""``sekretariat parking report | debts | trend | leaks | summary``: tables
and CSV equal the services' figures (money as plain whole Rupiah); the debts
add up to the journal's 1-210; bad input is refused (exit 2 for usage, 3 for
a refused value) and a role without parking.view is refused (exit 3)."""

from __future__ import annotations

import csv
import io

import pytest
from parkinghelp import TODAY, D
from test_cli_support import ENV_NAMES, as_user, one_line, query
from test_parking_leaks import MONDAYS, lot  # noqa: F401  (fixture)

from sekretariat import db
from sekretariat.errors import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from sekretariat.services.core import journal
from sekretariat.services.parking import debts, shift_reports
from sekretariat.services.parking.leaks import attendant_summary


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def parked(sessions, lot, db_path):  # noqa: F811  (the imported fixture)
    chair = sessions["ketua"]
    debts.pay_debt(chair, lot["Cici"], 15_000)
    facts = {
        "today": shift_reports.reports_on(chair, TODAY),
        "nov16": shift_reports.reports_on(chair, MONDAYS[10]),
        "summary": attendant_summary(chair, D(2026, 1, 1), D(2026, 12, 31)),
        "r1210": journal.account_balance_unchecked("1-210", D(2100, 1, 1)),
    }
    db.close_database()
    return db_path, lot, facts


def wide(path, username, *args):
    """A table command on a 200-column terminal (CliRunner's default is 80)."""
    result = as_user(path, username, *args, env={"COLUMNS": "200"})
    assert result.exit_code == EXIT_OK, result.output
    return result


def rows_of(result) -> list[dict[str, str]]:
    assert result.exit_code == EXIT_OK, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def test_report_of_a_day_as_csv_and_table(parked):
    path, _, facts = parked
    rows = rows_of(as_user(path, "parkir", "parking", "report", "16/11/2026", "--csv"))
    assert [(r["number"], r["attendant"], r["void"], r["count_motor"], r["count_mobil"],
             r["expected"], r["handed_over"], r["difference"]) for r in rows] == [
        (x.number, x.attendant_name, str(int(x.is_void)), str(x.lines[0].count), "0",
         str(x.expected), str(x.handed_over), str(x.difference)) for x in facts["nov16"]]
    # Cici 90 motors at 3,000, 250,000 handed over; Budi's voided report is listed, marked
    assert [(r["attendant"], r["expected"], r["difference"], r["void"]) for r in rows] == [
        ("Cici", "270000", "-20000", "0"), ("Budi", "3000", "0", "1")]
    result = wide(path, "pembaca", "parking", "report", "2026-11-16")
    text = one_line(result.output)
    assert "Laporan shift parkir 16 Nov 2026" in text
    assert "(batal)" in text
    # totals leave the voided report out
    assert "Jumlah 90 Rp270.000 Rp250.000 -Rp20.000" in text, text
    empty = as_user(path, "pembaca", "parking", "report", "01/01/2026")
    assert empty.exit_code == EXIT_OK and "Tidak ada laporan shift" in empty.output


def test_debts_add_up_to_1_210(parked):
    path, _, facts = parked
    rows = rows_of(as_user(path, "bendahara", "parking", "debts", "--csv"))
    assert [(r["name"], int(r["debt"])) for r in rows] == [("Cici", 25_000)]
    assert sum(int(r["debt"]) for r in rows) == facts["r1210"] == 25_000
    every = rows_of(as_user(path, "bendahara", "parking", "debts", "--all", "--csv"))
    assert [r["name"] for r in every] == ["Cici", "Andi", "Budi"]
    table = wide(path, "bendahara", "parking", "debts")
    assert "Jumlah Rp25.000" in one_line(table.output)


def test_trend_by_year_month_zone_and_type(parked):
    path, _, _ = parked
    (total,) = query(path, "SELECT sum(expected) FROM shift_report WHERE void_entry_id IS NULL"
                           " AND report_date LIKE '2026-%'")[0]
    for by in ("total", "zone", "type"):
        rows = rows_of(as_user(path, "parkir", "parking", "trend", "--year", "2026", "--by", by,
                               "--csv"))
        assert sum(int(r["income"]) for r in rows) == total
        assert len({r["period"] for r in rows}) == 12
    month = rows_of(as_user(path, "parkir", "parking", "trend", "--year", "2026", "--month",
                            "11", "--by", "zone", "--csv"))
    assert {r["series"] for r in month} == {"md", "mb"} and len(month) == 60
    (november,) = query(path, "SELECT sum(expected) FROM shift_report WHERE void_entry_id IS"
                              " NULL AND report_date LIKE '2026-11-%'")[0]
    assert sum(int(r["income"]) for r in month) == november
    table = wide(path, "parkir", "parking", "trend", "--year", "2026", "--by", "zone")
    text = one_line(table.output)
    assert "Pendapatan parkir 2026 per bulan" in text and "Jumlah" in text
    assert f"Rp{total:,}".replace(",", ".") in text


def test_leaks_flag_the_under_reporter(parked):
    path, _, _ = parked
    rows = rows_of(as_user(path, "parkir", "parking", "leaks", "--from", "01/09/2026", "--to",
                           "23/11/2026", "--csv"))
    assert [(r["name"], r["flagged"], r["ratio"], r["compared_slots"]) for r in rows] == [
        ("Andi", "1", "0.5833", "2"), ("Cici", "0", "", "0"), ("Budi", "0", "1.4982", "2")]
    assert [(r["shortfall"], r["debt"]) for r in rows][1] == ("40000", "25000")
    # the default range, the 90 days up to today, holds every report here
    assert rows_of(as_user(path, "parkir", "parking", "leaks", "--csv")) == rows
    table = wide(path, "ketua", "parking", "leaks")
    text = one_line(table.output)
    assert "DITANDAI" in text and "ditandai di bawah 80 %" in text
    assert "Andi: rincian per zona, hari dan shift" in text
    assert "Motor depan Senin Pagi 5 / 50,0 7 / 97,1 51,5 %" in text, text
    english = wide(path, "ketua", "--lang", "en", "parking", "leaks")
    assert "FLAGGED" in english.output and "Monday" in english.output


def test_summary_of_a_year(parked):
    path, _, facts = parked
    rows = rows_of(as_user(path, "pembaca", "parking", "summary", "--year", "2026", "--csv"))
    assert [tuple(r.values()) for r in rows] == [
        tuple(str(v) for v in (s.attendant_id, s.name, s.reports, s.vehicles, s.expected,
                               s.handed_over, s.shortfall, s.excess, s.target, s.debt))
        for s in facts["summary"]]
    table = one_line(wide(path, "pembaca", "parking", "summary", "--year", "2026").output)
    assert "Ringkasan juru parkir 2026" in table and "Rp850.000" in table
    none = as_user(path, "pembaca", "parking", "summary", "--year", "2024")
    assert none.exit_code == EXIT_OK and "Tidak ada laporan shift pada 2024" in none.output


def test_bad_input_and_permissions(parked):
    path, _, _ = parked
    for args, code, words in (
            (("report", "kemarin"), EXIT_REFUSED, "kemarin"),
            (("trend", "--year", "2026", "--by", "hari"), EXIT_USAGE, "--by"),
            (("trend", "--year", "2026", "--month", "13"), EXIT_REFUSED, "13"),
            (("trend", "--year", "1999"), EXIT_REFUSED, "1999"),
            (("trend",), EXIT_USAGE, "--year"),
            (("leaks", "--from", "23/11/2026", "--to", "01/11/2026"), EXIT_REFUSED,
             "tidak boleh sebelum"),
            (("summary", "--year", "dua"), EXIT_USAGE, "--year")):
        result = as_user(path, "parkir", "parking", *args)
        assert result.exit_code == code, (args, result.output)
        assert words in result.output, (args, result.output)
    for args in (("report", "16/11/2026"), ("debts",), ("trend", "--year", "2026"),
                 ("leaks",), ("summary", "--year", "2026")):
        result = as_user(path, "sekretaris", "parking", *args)
        assert result.exit_code == EXIT_REFUSED, (args, result.output)
        assert "Sekretaris" in result.output
