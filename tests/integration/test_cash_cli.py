"""``sekretariat close | cash-book | cash ... | print voucher|close-report |
check --witness``: the cash area's batch face over the same services as the
TUI. Runs the CLI in-process (frozen clock, fast hashes) against a real file;
refusals exit 3 and leave the books as they were."""

import csv
import datetime as dt
import io
import sqlite3

import pytest
from test_cli_support import ENV_NAMES, as_user, on, one_line, query

from sekretariat import db
from sekretariat.errors import (
    EXIT_AUTH,
    EXIT_CHECK_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
)
from sekretariat.services.cash import book, close, vouchers, witness
from sekretariat.services.core import audit, users

D1, D2, D3 = dt.date(2026, 11, 20), dt.date(2026, 11, 21), dt.date(2026, 11, 22)
PASSWORD = "rahasia-123"
EXACT_D1 = "100000=1,50000=1,20000=1,10000=1"        # Rp180.000
BOOKS = ("cash_close", "cash_close_count", "closed_day", "journal_entry", "journal_line",
         "cash_voucher", "sequence", "setting")


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ENV_NAMES + ("SEKRETARIAT_APPROVER_PASSWORD",):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def busy(sessions, db_path):
    """Cash in and out on 20 Nov (expected Rp180.000) and 22 Nov (+Rp65.000);
    nothing on 21 Nov. The database is closed so the CLI opens it."""
    treasurer = sessions["bendahara"]
    vouchers.record_income(treasurer, D1, "4-900", 500_000, "Toilet", "Pendapatan toilet")
    vouchers.record_expense(treasurer, D1, "5-300", 120_000, "Pak Udin", "Sapu lidi")
    vouchers.transfer(treasurer, D1, "to_bank", 200_000, "Setor Bank Sumsel")
    vouchers.record_income(treasurer, D3, "4-900", 65_000, "Toilet", "Pendapatan toilet")
    db.close_database()
    return db_path


def books(path) -> dict[str, int]:
    return {name: query(path, f"SELECT count(*) FROM {name}")[0][0] for name in BOOKS}


def test_close_with_counts_prints_the_summary_witness_and_backup(busy):
    result = as_user(busy, "bendahara", "close", "2026-11-20", "--count", EXACT_D1)
    assert result.exit_code == EXIT_OK, result.output
    text = one_line(result.output)
    for words in ("Saldo awal Rp0", "+ Pendapatan lain (BKM) Rp500.000",
                  "− Pengeluaran (BKK) Rp120.000", "− Setor ke bank Rp200.000",
                  "Saldo seharusnya Rp180.000", "Terhitung Rp180.000", "Selisih tidak ada",
                  "Kas 20 Nov 2026 ditutup"):
        assert words in text, words
    (counted, difference), = query(busy, "SELECT counted, difference FROM cash_close")
    assert (counted, difference) == (180_000, 0)
    assert query(busy, "SELECT day FROM closed_day") == [("2026-11-20",)]
    position, full = query(busy, "SELECT id, hash FROM audit_log WHERE action = 'cash.close'")[0]
    short = "-".join(full[i:i + 4] for i in range(0, 16, 4))
    assert f"posisi log audit #{position} · hash {short}" in text
    assert f"check --witness 2026-11-20={short}" in text
    assert "print close-report 2026-11-20" in text
    copies = list((busy.parent / "backups").glob("*-harian-*.sqlite"))
    assert len(copies) == 1 and f"Cadangan harian: {copies[0]}" in text


def test_a_count_file_with_a_header_semicolons_forms_and_a_noted_difference(busy, tmp_path):
    assert as_user(busy, "bendahara", "close", "2026-11-20", "--count", EXACT_D1).exit_code == 0
    count_file = tmp_path / "hitung.csv"
    count_file.write_text("pecahan;jumlah;bentuk\n100.000;2;\n20000;2\n1000;3;kertas\n"
                          "1000;1;logam\n\n", "utf-8")
    result = as_user(busy, "bendahara", "close", "22/11/2026", "--count-file", str(count_file),
                     "--note", "kurang seribu, kembalian")
    assert result.exit_code == EXIT_OK, result.output
    text = one_line(result.output)
    assert "Saldo awal Rp180.000" in text and "Saldo seharusnya Rp245.000" in text
    assert "Terhitung Rp244.000" in text and "Rp1.000 kurang" in text
    assert "ikut ditutup: 21 Nov 2026" in text
    rows = query(busy, "SELECT day, zero_day, counted, difference, note FROM cash_close"
                       " ORDER BY day")
    assert rows[1:] == [("2026-11-21", 1, 180_000, 0, ""),
                        ("2026-11-22", 0, 244_000, -1_000, "kurang seribu, kembalian")]
    assert query(busy, "SELECT form, quantity FROM cash_close_count c JOIN cash_close x"
                       " ON x.id = c.close_id WHERE x.day = '2026-11-22' AND denomination = 1000"
                       " ORDER BY form") == [("coin", 1), ("note", 3)]


def test_counts_and_options_mix_with_global_options_after_the_command(busy):
    result = on(busy, "close", "2026-11-20", "--count", "100000=1,50000=1", "--count",
                "20000=1,10000=1", "-u", "bendahara", "--lang", "en")
    assert result.exit_code == EXIT_OK, result.output
    assert "Expected Rp180.000" in one_line(result.output)


@pytest.mark.parametrize("args, words", [
    (("2026-11-22", "--count", "100000=2"), "Tutup dulu 20 Nov 2026"),
    (("2026-11-24", "--count", "100000=2"), "belum"),
    (("2026-11-20", "--count", "100000=1,50000=1,20000=1,5000=1"), "tulis catatan"),
    (("2026-11-20", "--count", "1000=3"), "1000k"),
    (("2026-11-20", "--count", "100000=-1"), "bukan '-1'"),
    (("2026-11-20", "--count", "100000=1.5"), "bukan '1.5'"),
    (("2026-11-20", "--count", "100000=\u0663"), "bukan '\u0663'"),   # an Arabic-Indic 3
    (("2026-11-20", "--count", "3000=1"), "Pecahan 3000 tidak ada"),
    (("2026-11-20", "--count", "1000x=1"), "Bentuk 'x' tidak dikenal"),
    (("2026-11-20", "--count", "seratus"), "'seratus' bukan hitungan"),
    (("2026-11-20", "--count", "100000=1,100000=1"), "dua kali"),
    (("2026-11-20",), "--count atau --count-file"),
    (("2026-11-20", "--count", "100000=1", "--note", "hilang"), "persetujuan Ketua"),
    (("2026-11-20", "--count-file", "/tidak/ada.csv"), "tidak bisa dibaca"),
])
def test_refusals_exit_3_with_the_reason_and_change_nothing(busy, args, words):
    before = books(busy)
    result = as_user(busy, "bendahara", "close", *args)
    assert result.exit_code == EXIT_REFUSED, result.output
    assert words in one_line(result.output)
    assert books(busy) == before
    assert not (busy.parent / "backups").exists()


def test_a_bad_line_in_the_count_file_is_named(busy, tmp_path):
    count_file = tmp_path / "hitung.csv"
    count_file.write_text("100000,1\n50000,satu\n", "utf-8")
    before = books(busy)
    result = as_user(busy, "bendahara", "close", "2026-11-20", "--count-file", str(count_file))
    assert result.exit_code == EXIT_REFUSED
    assert "hitung.csv baris 2:" in one_line(result.output) and "'satu'" in result.output
    assert books(busy) == before


def test_only_the_treasurer_and_chair_close(busy):
    before = books(busy)
    result = as_user(busy, "parkir", "close", "2026-11-20", "--count", EXACT_D1)
    assert result.exit_code == EXIT_REFUSED and books(busy) == before


def test_a_large_difference_closes_with_the_chairs_approval(busy, monkeypatch):
    monkeypatch.setenv("SEKRETARIAT_APPROVER_PASSWORD", "salah-sekali")
    wrong = as_user(busy, "bendahara", "close", "2026-11-20", "--count", "100000=1",
                    "--note", "uang hilang", "--approver", "ketua")
    assert wrong.exit_code == EXIT_AUTH
    assert query(busy, "SELECT count(*) FROM cash_close")[0][0] == 0
    monkeypatch.setenv("SEKRETARIAT_APPROVER_PASSWORD", PASSWORD)
    result = as_user(busy, "bendahara", "close", "2026-11-20", "--count", "100000=1",
                     "--note", "uang hilang", "--approver", "ketua")
    assert result.exit_code == EXIT_OK, result.output
    assert "Disetujui Ketua Pasar" in one_line(result.output)
    assert query(busy, "SELECT u.username, x.difference FROM cash_close x"
                       " JOIN app_user u ON u.id = x.approved_by") == [("ketua", -80_000)]
    assert query(busy, "SELECT count(*) FROM audit_log WHERE action = 'cash.approve'") == [(1,)]


def test_a_failed_backup_is_loud_but_the_close_stands(busy):
    (busy.parent / "backups").write_text("bukan folder")
    result = as_user(busy, "bendahara", "close", "2026-11-20", "--count", EXACT_D1)
    assert result.exit_code == EXIT_OK
    assert "CADANGAN GAGAL" in result.output and "Penutupan tetap berlaku" in result.output
    assert query(busy, "SELECT day FROM closed_day") == [("2026-11-20",)]


def test_the_cash_book_csv_has_every_page_and_adds_up_to_the_service(busy, chair):
    db.open_database(busy)
    treasurer = users.login("bendahara", PASSWORD)
    for n in range(105):                                   # more than a page (100 rows)
        vouchers.record_income(treasurer, D2, "4-900", 1_000 + n, "Parkir", f"Setoran {n}")
    first, last = dt.date(2026, 11, 1), dt.date(2026, 11, 23)
    expected = book.cash_book(treasurer, first, last)
    db.close_database()
    result = as_user(busy, "bendahara", "cash-book", "--from", "2026-11-01", "--to",
                     "2026-11-23", "--csv")
    assert result.exit_code == EXIT_OK, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == expected.row_count == 109
    assert sum(int(r["money_in"]) for r in rows) == expected.total_in
    assert sum(int(r["money_out"]) for r in rows) == expected.total_out
    assert int(rows[-1]["balance"]) == expected.closing
    table = as_user(busy, "bendahara", "cash-book", "--from", "1/11/2026", "--to", "23/11/2026")
    assert table.exit_code == EXIT_OK
    assert f"Saldo akhir 23 Nov 2026: Rp{expected.closing:,}".replace(",", ".") in table.output
    bank = as_user(busy, "pembaca", "cash-book", "--account", "bank", "--csv")
    assert [r["money_in"] for r in csv.DictReader(io.StringIO(bank.output))] == ["200000"]
    only = as_user(busy, "bendahara", "cash-book", "--source", "cash.expense", "--csv",
                   "--from", "2026-11-01")
    assert [r["number"] for r in csv.DictReader(io.StringIO(only.output))] == ["JU/2026/00002"]
    assert as_user(busy, "bendahara", "cash-book", "--source", "apa").exit_code == EXIT_REFUSED
    assert as_user(busy, "bendahara", "cash-book", "--account", "dompet").exit_code == EXIT_USAGE


def test_vouchers_from_the_command_line(busy):
    before = books(busy)
    income = as_user(busy, "bendahara", "cash", "income", "Rp 75.000", "--party", "Pak Amir",
                     "--memo", "Sewa tenda", "--date", "2026-11-23")
    assert income.exit_code == EXIT_OK, income.output
    assert "BKM/2026/00003 dicatat" in income.output and "print voucher BKM/2026/00003" in \
        one_line(income.output)
    expense = as_user(busy, "bendahara", "cash", "expense", "50.000", "--category", "5-300",
                      "--party", "Toko Sapu", "--memo", "Sapu")
    assert expense.exit_code == EXIT_OK and "BKK/2026/00003" in expense.output
    assert "Saldo Kas akhir 23 Nov 2026: Rp270.000" in one_line(expense.output)
    wrong = as_user(busy, "bendahara", "cash", "expense", "5.000", "--account", "4-900",
                    "--party", "X", "--memo", "Y")
    assert wrong.exit_code == EXIT_REFUSED and "5-300 Beban Kebersihan" in one_line(wrong.output)
    too_much = as_user(busy, "bendahara", "cash", "expense", "1 jt", "--category", "5-800",
                       "--party", "X", "--memo", "Y")
    assert too_much.exit_code == EXIT_REFUSED and "Kas tidak cukup" in too_much.output
    assert as_user(busy, "bendahara", "cash", "to-bank", "100.000", "--memo",
                   "Setor").exit_code == EXIT_OK
    assert as_user(busy, "bendahara", "cash", "from-bank", "20.000", "--memo",
                   "Tarik").exit_code == EXIT_OK
    remit = as_user(busy, "bendahara", "cash", "remit", "100.000", "--memo", "Setoran November",
                    "--bank")
    assert remit.exit_code == EXIT_OK, remit.output
    assert as_user(busy, "bendahara", "cash", "income", "1,5", "--party", "X", "--memo",
                   "Y").exit_code == EXIT_REFUSED
    rows = query(busy, "SELECT kind, amount, cash_account, party FROM cash_voucher WHERE id > 4"
                       " ORDER BY id")
    assert rows == [("income", 75_000, "1-100", "Pak Amir"),
                    ("expense", 50_000, "1-100", "Toko Sapu"),
                    ("to_bank", 100_000, "1-100", ""), ("from_bank", 20_000, "1-100", ""),
                    ("remit", 100_000, "1-110", "Kodam II/Sriwijaya")]
    assert books(busy)["cash_voucher"] == before["cash_voucher"] + 5


def test_void_a_voucher(busy):
    refused = as_user(busy, "pembaca", "cash", "void", "BKK/2026/00001", "--reason", "salah")
    assert refused.exit_code == EXIT_REFUSED
    result = as_user(busy, "bendahara", "cash", "void", "bkk/2026/00001", "--reason",
                     "salah catat")
    assert result.exit_code == EXIT_OK, result.output
    assert "BKK/2026/00001 dibatalkan per 23 Nov 2026" in result.output
    assert query(busy, "SELECT voided_on, void_reason FROM cash_voucher WHERE number ="
                       " 'BKK/2026/00001'") == [("2026-11-23", "salah catat")]
    again = as_user(busy, "bendahara", "cash", "void", "BKK/2026/00001", "--reason", "lagi")
    assert again.exit_code == EXIT_REFUSED
    missing = as_user(busy, "bendahara", "cash", "void", "BKK/2026/09999", "--reason", "x")
    assert missing.exit_code == EXIT_REFUSED


def test_settings_shown_to_the_treasurer_changed_by_the_chair(busy):
    shown = as_user(busy, "bendahara", "cash", "settings")
    assert shown.exit_code == EXIT_OK
    assert "Rp1.000 kertas" in shown.output and "Rp1.000 logam" in shown.output
    assert "Hitung buta: ya" in shown.output and "Rp50.000" in shown.output
    refused = as_user(busy, "bendahara", "cash", "settings", "--threshold", "100.000")
    assert refused.exit_code == EXIT_REFUSED
    changed = as_user(busy, "ketua", "cash", "settings", "--denominations",
                      "100000,50000,20000,10000,5000,2000,1000,1000l,500l", "--no-blind",
                      "--threshold", "25.000")
    assert changed.exit_code == EXIT_OK, changed.output
    assert "Hitung buta: tidak" in changed.output and "Rp25.000" in changed.output
    assert "Rp200 logam" not in changed.output
    bad = as_user(busy, "ketua", "cash", "settings", "--denominations", "100000,500q")
    assert bad.exit_code == EXIT_REFUSED


def test_the_history_of_closes(busy):
    assert as_user(busy, "bendahara", "cash", "closes").exit_code == EXIT_OK
    as_user(busy, "bendahara", "close", "2026-11-20", "--count", EXACT_D1)
    as_user(busy, "bendahara", "close", "2026-11-22", "--count", "100000=2,20000=2,5000=1")
    history = as_user(busy, "pembaca", "cash", "closes", "--csv")
    assert history.exit_code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(history.output)))
    assert [(r["day"], r["zero_day"], r["counted"]) for r in rows] == [
        ("2026-11-22", "0", "245000"), ("2026-11-21", "1", "180000"),
        ("2026-11-20", "0", "180000")]
    table = as_user(busy, "ketua", "cash", "closes")
    assert "hari tanpa" in table.output and "Rp245.000" in table.output


def test_print_a_voucher_and_a_close_report_again_as_salinan(busy, tmp_path):
    out = tmp_path / "cetak"
    first = as_user(busy, "bendahara", "print", "voucher", "BKM/2026/00001", "--to", str(out))
    assert first.exit_code == EXIT_OK and (out / "BKM-2026-00001.pdf").exists()
    as_user(busy, "bendahara", "print", "voucher", "BKM/2026/00001", "--to", str(out))
    assert (out / "BKM-2026-00001-salinan-2.pdf").exists()
    open_day = as_user(busy, "bendahara", "print", "close-report", "2026-11-20")
    assert open_day.exit_code == EXIT_REFUSED and "belum ditutup" in open_day.output
    as_user(busy, "bendahara", "close", "2026-11-20", "--count", EXACT_D1)
    report = as_user(busy, "pembaca", "print", "close-report", "2026-11-20")
    assert report.exit_code == EXIT_OK, report.output
    assert list((busy.parent / "exports").glob("LPK-2026-11-20-C*.pdf"))


def _rewrite_chain_from(path, audit_id: int) -> None:
    """What a forger with the file would do: change an old audit row, then
    re-hash the whole chain after it and put the triggers back, so the full
    check passes again."""
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'"
                            " AND tbl_name = 'audit_log'").fetchall()
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("UPDATE audit_log SET username = 'orang-lain' WHERE id = ?", (audit_id,))
    previous = conn.execute("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1",
                            (audit_id,)).fetchone()[0]
    for row in conn.execute("SELECT id, at, user_id, username, action, entity, entity_id,"
                            " before, after FROM audit_log WHERE id >= ? ORDER BY id",
                            (audit_id,)).fetchall():
        digest = audit.chain_hash(previous, *row[1:])
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                     (previous, digest, row[0]))
        previous = digest
    for sql, in triggers:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_check_witness_passes_then_catches_a_rehashed_chain(busy):
    db.open_database(busy)
    result = close.close_cash_day(users.login("bendahara", PASSWORD), D1,
                                  {("note", 100_000): 1, ("note", 50_000): 1,
                                   ("note", 20_000): 1, ("note", 10_000): 1})
    short = result.witness.short
    assert witness.verify(D1, short) == []
    db.close_database()
    good = as_user(busy, "pembaca", "check", "--witness", f"2026-11-20={short}")
    assert good.exit_code == EXIT_OK, good.output
    assert f"Saksi penutupan 20 Nov 2026 (hash {short})" in good.output
    wrong = as_user(busy, "pembaca", "check", "--witness", "20/11/2026=0000-0000-0000-0000")
    assert wrong.exit_code == EXIT_CHECK_FAILED and "ditulis ulang" in wrong.output
    none = as_user(busy, "pembaca", "check", "--witness", f"2026-11-21={short}")
    assert none.exit_code == EXIT_CHECK_FAILED and "Tidak ada penutupan" in none.output
    assert as_user(busy, "pembaca", "check", "--witness", "2026-11-20").exit_code == EXIT_USAGE
    assert as_user(busy, "pembaca", "check", "--witness", "kemarin=abcd").exit_code == EXIT_USAGE

    _rewrite_chain_from(busy, 2)
    plain = as_user(busy, "pembaca", "check")
    assert plain.exit_code == EXIT_OK, plain.output           # the re-hash hides it ...
    caught = as_user(busy, "pembaca", "check", "--witness", f"2026-11-20={short}")
    assert caught.exit_code == EXIT_CHECK_FAILED               # ... the paper does not
    assert f"hash-nya tidak lagi {short}" in one_line(caught.output)
