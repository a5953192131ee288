"""``sekretariat report statements``: the three statements as tables (and the
notes with --notes), as CSV, for a year, a month or a span; refusals with
their exit codes and messages, in the user's language."""

from __future__ import annotations

import csv
import io

import pytest
from reporthelp import post_books
from test_cli_support import ENV_NAMES, as_user, one_line, query

from sekretariat import db
from sekretariat.errors import EXIT_OK, EXIT_REFUSED, EXIT_USAGE

WIDE = {"COLUMNS": "200"}


@pytest.fixture
def cli_db(sessions, db_path, monkeypatch):
    post_books(sessions)
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    db.close_database()
    return db_path


def test_the_year_as_tables_with_notes(cli_db):
    shown = as_user(cli_db, "bendahara", "report", "statements", "--year", "2026", "--notes",
                    env=WIDE)
    assert shown.exit_code == EXIT_OK, shown.output
    text = one_line(shown.output)
    for words in ("Pasar Sekojo — Laporan Keuangan, Tahun 2026", "SEMENTARA",
                  "Laporan Posisi Keuangan", "per 31 Des 2026", "per 31 Des 2025",
                  "Jumlah aset Rp13.830.000 Rp12.050.000",
                  "Jumlah liabilitas dan ekuitas Rp13.830.000 Rp12.050.000",
                  "Laporan Laba Rugi", "Tahun 2025", "Surplus (defisit) Rp580.000 Rp50.000",
                  "Ringkasan Kas", "Saldo awal kas dan setara kas Rp12.050.000",
                  "Saldo akhir kas dan setara kas Rp12.155.000",
                  "Catatan atas Laporan Keuangan", "1. Pernyataan kepatuhan",
                  "Umur piutang pedagang per 23 Nov 2026", "UD Makmur Rp600.000"):
        assert words in text, words
    # a statement line names its note
    assert "Kas dan setara kas 4 Rp12.155.000" in text


def test_csv_has_every_line_and_total(cli_db):
    listed = as_user(cli_db, "pembaca", "report", "statements", "--year", "2026", "--csv")
    assert listed.exit_code == EXIT_OK, listed.output
    rows = list(csv.DictReader(io.StringIO(listed.output)))
    assert list(rows[0]) == ["statement", "section", "key", "label", "note", "amount",
                             "previous"]
    found = {(r["statement"], r["section"], r["key"]): (r["amount"], r["previous"])
             for r in rows}
    assert found[("position", "", "total_assets")] == ("13830000", "12050000")
    assert found[("position", "", "total_liabilities_equity")] == ("13830000", "12050000")
    assert found[("position", "current_assets", "cash")] == ("12155000", "12050000")
    assert found[("income", "", "surplus")] == ("580000", "50000")
    assert found[("cash", "", "opening")] == ("12050000", "")
    assert found[("cash", "", "closing")] == ("12155000", "")
    assert found[("cash", "receipts", "in:payment")] == ("1225000", "")
    assert found[("cash", "", "transfers")] == ("300000", "")
    journal_cash = query(cli_db, "SELECT sum(l.debit) - sum(l.credit) FROM journal_line l"
                                 " JOIN account a ON a.id = l.account_id"
                                 " WHERE a.code IN ('1-100', '1-110')")[0][0]
    assert int(found[("cash", "", "closing")][0]) == journal_cash


def test_a_month_and_a_span_in_english(cli_db):
    month = as_user(cli_db, "ketua", "--lang", "en", "report", "statements", "--month",
                    "2026-11", env=WIDE)
    assert month.exit_code == EXIT_OK, month.output
    text = one_line(month.output)
    assert "Statement of financial position" in text and "November 2026" in text
    assert "as of 30 Nov 2026" in text and "Cash summary" in text and "PROVISIONAL" in text
    span = as_user(cli_db, "sekretaris", "report", "statements", "--from", "2026-11-03",
                   "--to", "12/11/2026", "--csv")
    assert span.exit_code == EXIT_OK, span.output
    assert "cash,payments,out:warehouse.payable,Pembayaran utang pemasok,,400000," in span.output


@pytest.mark.parametrize("args, code, words", [
    ((), EXIT_USAGE, "Nilai --year/--month/--from tidak sah: Sebutkan satu periode"),
    (("--year", "2026", "--month", "2026-11"), EXIT_USAGE, "--year"),
    (("--from", "2026-11-01"), EXIT_USAGE, "--year"),
    (("--year", "2024"), EXIT_REFUSED, "Tidak ada pembukuan dalam Tahun 2024"),
    (("--year", "2027"), EXIT_REFUSED, "belum dimulai"),
    (("--year", "dua ribu"), EXIT_REFUSED, "bukan bilangan bulat"),
    (("--month", "13/2026"), EXIT_REFUSED, "13/2026"),
    (("--from", "2026-11-10", "--to", "2026-11-01"), EXIT_REFUSED, "sebelum tanggal awal"),
])
def test_refusals_say_why(cli_db, args, code, words):
    refused = as_user(cli_db, "bendahara", "report", "statements", *args, env=WIDE)
    assert refused.exit_code == code, refused.output
    assert words in one_line(refused.output)


def test_a_role_without_the_right_is_refused(cli_db):
    denied = as_user(cli_db, "gudang", "report", "statements", "--year", "2026")
    assert denied.exit_code == EXIT_REFUSED
    assert "laporan keuangan" in denied.output


def test_the_group_lists_its_commands(cli_db):
    from test_cli_support import run

    shown = run("report", "--help", env=WIDE)
    assert shown.exit_code == EXIT_OK and "statements" in shown.output
