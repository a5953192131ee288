"""Making the annual and monthly report file (issue 12, items 3 and 5) and
their commands: ``make_report`` writes the PDF through the layout
(``reports/reports/annual_pdf``) into ``exports/`` or a folder given, with
the fingerprint line in its Keywords; it never overwrites a file silently,
says an unwritable folder clearly and leaves no partial file; ``report
annual | monthly | verify`` on the command line, with their exit codes."""

from __future__ import annotations

import datetime as dt

import pytest
from reporthelp import post_books
from test_cli_support import ENV_NAMES, as_user, one_line

from sekretariat import db
from sekretariat.errors import (EXIT_CHECK_FAILED, EXIT_OK, EXIT_REFUSED, Conflict,
                                PermissionDenied, ValidationError)
from sekretariat.services.cash import vouchers
from sekretariat.services.core import users
from sekretariat.services.reports import period as periods
from sekretariat.services.reports.annual import file_name, make_report
from sekretariat.services.reports.verify import read_metadata, verify_report

D = dt.date
YEAR = periods.year_period(2026)
PASSWORD = "rahasia-123"


@pytest.fixture
def books(sessions):
    post_books(sessions)
    return sessions


def test_file_names():
    november = periods.month_period(2026, 11)
    assert file_name(YEAR, "annual", False) == "laporan-tahunan-2026.pdf"
    assert file_name(november, "monthly", True) == "laporan-bulanan-2026-11-sementara.pdf"


def test_the_report_is_written_and_verifies(books, tmp_path):
    chair, tmp_path = books["ketua"], tmp_path / "out"      # the database lives in tmp_path
    steps = []
    done = make_report(chair, YEAR, to_dir=tmp_path, progress=lambda *a: steps.append(a))
    assert done.path == tmp_path / "laporan-tahunan-2026-sementara.pdf" and done.provisional
    assert done.path.read_bytes().startswith(b"%PDF-")
    assert [s[:2] for s in steps] == [(0, 2), (1, 2), (2, 2)]
    recorded = read_metadata(done.path)
    assert (recorded.kind, recorded.start, recorded.end, recorded.fingerprint) == (
        "annual", D(2026, 1, 1), D(2026, 12, 31), done.fingerprint)
    assert (recorded.audit_position, recorded.journal_position) == (done.audit_position,
                                                                   done.journal_position)
    assert verify_report(chair, done.path).same
    assert sorted(p.name for p in tmp_path.iterdir()) == [done.path.name]   # no partial left
    monthly = make_report(chair, periods.month_period(2026, 11), "monthly", to_dir=tmp_path)
    assert monthly.path.name == "laporan-bulanan-2026-11-sementara.pdf"
    assert read_metadata(monthly.path).kind == "monthly"


def test_an_existing_file_is_never_overwritten_silently(books, tmp_path):
    chair = books["ketua"]
    first = make_report(chair, YEAR, to_dir=tmp_path)
    before = first.path.read_bytes()
    with pytest.raises(Conflict) as refused:
        make_report(chair, YEAR, to_dir=tmp_path)
    assert refused.value.key == "annual.file_exists"
    assert first.path.read_bytes() == before
    vouchers.record_income(books["bendahara"], D(2026, 11, 22), "4-900", 10_000, "Donatur", "x")
    again = make_report(chair, YEAR, to_dir=tmp_path, replace=True)
    assert again.path == first.path and again.fingerprint != first.fingerprint
    assert read_metadata(again.path).fingerprint == again.fingerprint


def test_bad_folders_and_periods_are_refused_and_leave_nothing(books, tmp_path):
    chair, tmp_path = books["ketua"], tmp_path / "work"
    tmp_path.mkdir()
    a_file = tmp_path / "berkas.txt"
    a_file.write_text("x", encoding="utf-8")
    for folder, key in ((a_file, "annual.not_a_folder"),
                        (a_file / "sub", "annual.folder_unwritable")):
        with pytest.raises(ValidationError) as refused:
            make_report(chair, YEAR, to_dir=folder)
        assert refused.value.key == key
    with pytest.raises(ValidationError) as refused:
        make_report(chair, periods.month_period(2026, 4), "monthly", to_dir=tmp_path / "out")
    assert refused.value.key == "report.no_data"
    with pytest.raises(ValidationError) as refused:
        make_report(chair, YEAR, "monthly", to_dir=tmp_path / "out")
    assert refused.value.key == "annual.kind_period"
    with pytest.raises(PermissionDenied):
        make_report(books["sekretaris"], YEAR, to_dir=tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berkas.txt"]


def test_exports_beside_the_database_by_default(books, db_path):
    done = make_report(books["ketua"], YEAR)
    assert done.path.parent == db_path.parent / "exports"


# --- the commands ---------------------------------------------------------------------

@pytest.fixture
def cli_db(books, db_path, monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    db.close_database()
    return db_path


def test_report_annual_monthly_and_verify_commands(cli_db, tmp_path):
    out = tmp_path / "keluar"
    made = as_user(cli_db, "ketua", "report", "annual", "--year", "2026", "--to", str(out))
    assert made.exit_code == EXIT_OK, made.output
    path = out / "laporan-tahunan-2026-sementara.pdf"
    text = one_line(made.output)
    assert path.is_file() and str(path) in made.output
    assert "SEMENTARA" in text and "Sidik angka" in text
    again = as_user(cli_db, "ketua", "report", "annual", "--year", "2026", "--to", str(out))
    assert again.exit_code == EXIT_REFUSED and "--replace" in again.output
    replaced = as_user(cli_db, "ketua", "report", "annual", "--year", "2026", "--to", str(out),
                       "--replace")
    assert replaced.exit_code == EXIT_OK, replaced.output
    monthly = as_user(cli_db, "bendahara", "report", "monthly", "--year", "2026", "--month",
                      "11", "--to", str(out))
    assert monthly.exit_code == EXIT_OK, monthly.output
    assert (out / "laporan-bulanan-2026-11-sementara.pdf").is_file()
    same = as_user(cli_db, "pembaca", "report", "verify", str(path))
    assert same.exit_code == EXIT_OK, same.output
    assert "masih memberi angka yang sama" in one_line(same.output)
    # a late posting dated in the year
    db.open_database(cli_db)
    treasurer = users.login("bendahara", PASSWORD)
    vouchers.record_income(treasurer, D(2026, 11, 22), "4-900", 10_000, "Donatur", "susulan")
    number = db.current_database().execute_sql(
        "SELECT number FROM journal_entry ORDER BY id DESC LIMIT 1").fetchone()[0]
    db.close_database()
    changed = as_user(cli_db, "pembaca", "report", "verify", str(path))
    assert changed.exit_code == EXIT_CHECK_FAILED, changed.output
    text = one_line(changed.output)
    assert "sudah berubah" in text and number in text and "susulan" in text


def test_command_refusals(cli_db, tmp_path):
    not_pdf = tmp_path / "bukan.pdf"
    not_pdf.write_text("halo", encoding="utf-8")
    for args in (("report", "verify", str(not_pdf)),
                 ("report", "verify", str(tmp_path / "hilang.pdf")),
                 ("report", "annual", "--year", "2031"),
                 ("report", "monthly", "--year", "2026", "--month", "13"),
                 ("report", "monthly", "--year", "2026", "--month", "4")):
        shown = as_user(cli_db, "ketua", *args)
        assert shown.exit_code == EXIT_REFUSED, (args, shown.output)
    denied = as_user(cli_db, "sekretaris", "report", "annual", "--year", "2026", "--to",
                     str(tmp_path))
    assert denied.exit_code == EXIT_REFUSED
    english = as_user(cli_db, "ketua", "--lang", "en", "report", "verify", str(not_pdf))
    assert "is not a readable PDF file" in one_line(english.output)


def test_the_pdf_text_carries_the_figures_recomputed_by_plain_sql(books, tmp_path):
    """The report's own text (what a reader or pdftotext sees) shows the year's
    income, expenses, surplus, cash and receivables exactly as plain SQL over
    the journal computes them."""
    from pypdf import PdfReader

    from sekretariat.money import format_rupiah

    done = make_report(books["ketua"], YEAR, to_dir=tmp_path / "out")
    text = " ".join(page.extract_text() for page in PdfReader(str(done.path)).pages)
    conn = db.current_database()

    def total(sql: str, *params) -> int:
        return conn.execute_sql(sql, params).fetchone()[0]

    moved = ("SELECT coalesce(sum({}), 0) FROM journal_line l JOIN account a"
             " ON a.id = l.account_id WHERE a.type = ? AND l.entry_date BETWEEN ? AND ?")
    income = total(moved.format("l.credit - l.debit"), "income", "2026-01-01", "2026-12-31")
    expenses = total(moved.format("l.debit - l.credit"), "expense", "2026-01-01", "2026-12-31")
    balance = ("SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_line l JOIN account a"
               " ON a.id = l.account_id WHERE a.code IN ({}) AND l.entry_date <= '2026-12-31'")
    cash = total(balance.format("'1-100', '1-110'"))
    receivables = total(balance.format("'1-200'"))
    assert income and expenses
    for figure in (income, expenses, income - expenses, cash, receivables):
        assert format_rupiah(figure) in text, (figure, format_rupiah(figure))
