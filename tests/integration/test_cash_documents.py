"""The cash area's PDFs: the voucher (Bukti Kas Masuk / Keluar, half A4) and
the daily closing report with its witness — DejaVu only, Indonesian text,
SALINAN on a print again (a new file, the original untouched), BATAL on a
voided voucher, DIBUKA KEMBALI on a reopened close."""

import datetime as dt
import re

import pytest
from cashhelp import count_for
from test_documents import _fonts_only_dejavu, _pages, _text, needs_pdftotext

from sekretariat.errors import PermissionDenied
from sekretariat.i18n import set_language
from sekretariat.services.cash import close, documents, vouchers
from sekretariat.services.core import days

D1, D2, D3 = dt.date(2026, 11, 20), dt.date(2026, 11, 21), dt.date(2026, 11, 22)
HALF_A4 = (595.2756, 419.5276)


@pytest.fixture
def treasurer(sessions):
    return sessions["bendahara"]


@pytest.fixture
def busy(treasurer):
    income = vouchers.record_income(treasurer, D1, "4-900", 500_000, "Pengelola Toilet",
                                    "Pendapatan toilet")
    expense = vouchers.record_expense(treasurer, D1, "5-300", 120_000, "Pak Udin", "Sapu lidi")
    vouchers.transfer(treasurer, D1, "to_bank", 200_000, "Setor Bank Sumsel")
    vouchers.record_income(treasurer, D3, "4-900", 65_000, "Toilet", "Pendapatan toilet")
    return income, expense


@needs_pdftotext
def test_vouchers_in_and_out(busy, treasurer, tmp_path):
    income, expense = busy
    money_in = documents.voucher_pdf(treasurer, income.id, to_dir=tmp_path)
    money_out = documents.voucher_pdf(treasurer, expense.id, to_dir=tmp_path)
    assert money_in.name == "BKM-2026-00001.pdf" and money_out.name == "BKK-2026-00001.pdf"
    for path in (money_in, money_out):
        _fonts_only_dejavu(path)
        assert [tuple(round(v, 2) for v in page) for page in _pages(path)] == \
            [tuple(round(v, 2) for v in HALF_A4)]
    text = _text(money_in)
    for words in ("Pasar Sekojo", "BUKTI KAS MASUK", "No. BKM/2026/00001", "20 November 2026",
                  "1-100 Kas", "4-900", "Diterima dari : Pengelola Toilet",
                  "Keterangan : Pendapatan toilet", "Rp500.000",
                  "Lima ratus ribu rupiah", "Penyetor", "Bendahara", "Pengguna bendahara",
                  "Halaman 1 dari 1", "Dicetak"):
        assert words in text, words
    assert "Ketua" not in text and "SALINAN" not in text and "BATAL" not in text
    text = _text(money_out)
    for words in ("BUKTI KAS KELUAR", "Dibebankan ke akun : 5-300 Beban Kebersihan",
                  "Dibayarkan kepada : Pak Udin", "Seratus dua puluh ribu rupiah",
                  "Disetujui,", "Ketua", "Penerima", "( Pak Udin )"):
        assert words in text, words


@needs_pdftotext
def test_a_second_print_is_a_salinan_and_a_voided_voucher_says_batal(busy, treasurer, tmp_path):
    _, expense = busy
    original = documents.voucher_pdf(treasurer, expense.id, to_dir=tmp_path)
    first_bytes = original.read_bytes()
    vouchers.void_voucher(treasurer, expense.id, "salah catat")
    again = documents.voucher_pdf(treasurer, expense.id, to_dir=tmp_path)
    assert again.name == "BKK-2026-00001-salinan-2.pdf"
    assert original.read_bytes() == first_bytes
    text = _text(again)
    assert "SALINAN" in text and "BATAL" in text
    assert "Dibatalkan 23 November 2026: salah catat" in text
    assert len(_pages(again)) == 1


def test_documents_need_cash_view_and_write_nothing_when_refused(busy, sessions, tmp_path):
    income, _ = busy
    with pytest.raises(PermissionDenied):
        documents.voucher_pdf(sessions["parkir"], income.id, to_dir=tmp_path / "x")
    result = close.close_cash_day(sessions["bendahara"], D1, count_for(180_000))
    with pytest.raises(PermissionDenied):
        documents.close_report_pdf(sessions["staf"], result.close.id, to_dir=tmp_path / "x")
    assert not (tmp_path / "x").exists()
    assert documents.voucher_pdf(sessions["pembaca"], income.id).parent.name == "exports"


@needs_pdftotext
def test_the_close_report_with_its_witness(busy, treasurer, tmp_path):
    counts = count_for(175_000)
    result = close.close_cash_day(treasurer, D1, counts, "uang receh kurang")
    path = documents.close_report_pdf(treasurer, result.close.id, to_dir=tmp_path)
    assert re.fullmatch(r"LPK-2026-11-20-C\d{5}\.pdf", path.name)
    _fonts_only_dejavu(path)
    assert len(_pages(path)) == 1
    text = _text(path)
    short = result.witness.short
    for words in ("LAPORAN PENUTUPAN KAS HARIAN", "Jumat, 20 November 2026",
                  "Pendapatan lain (BKM) Rp500.000", "Setor ke bank Rp200.000",
                  "Pengeluaran (BKK) Rp120.000", "Jumlah masuk dan keluar Rp500.000 Rp320.000",
                  "Saldo kas seharusnya Rp180.000", "kertas Rp100.000 1 Rp100.000",
                  "logam Rp100 0 Rp0", "Jumlah uang terhitung Rp175.000",
                  "Kas terhitung : Rp175.000", "Rp5.000 kurang", "5-900",
                  "Catatan : uang receh kurang", "Dihitung oleh : Pengguna bendahara",
                  f"Posisi log audit #{result.witness.audit_id} · hash {short}",
                  f"sekretariat check --witness 2026-11-20={short}", "Mengetahui,", "Ketua"):
        assert words in text, words
    assert "DIBUKA KEMBALI" not in text and "Cash over" not in text
    # the difference entry the close posted is not one of the day's sources
    assert "Selisih kas" not in text

    later = close.close_cash_day(treasurer, D3, count_for(240_000))
    text = _text(documents.close_report_pdf(treasurer, later.close.id, to_dir=tmp_path))
    assert "Hari tanpa transaksi yang ikut ditutup : 21 November 2026" in text
    zero = [c for c in _closes(treasurer) if c.day == D2][0]
    text = _text(documents.close_report_pdf(treasurer, zero.id, to_dir=tmp_path))
    assert "Hari tanpa transaksi kas" in text and "bersama penutupan 22 November 2026" in text
    assert "Tidak ada transaksi kas" in text


def _closes(session):
    from sekretariat.services.cash import close_read

    return close_read.list_closes(session)


@needs_pdftotext
def test_a_reopened_close_says_so_and_keeps_the_facts_of_its_own_time(busy, sessions, tmp_path):
    treasurer, chair = sessions["bendahara"], sessions["ketua"]
    first = close.close_cash_day(treasurer, D1, count_for(180_000))
    original = documents.close_report_pdf(treasurer, first.close.id, to_dir=tmp_path)
    days.reopen_day(chair, D1, "bon bensin belum dicatat")
    vouchers.record_expense(treasurer, D1, "5-300", 10_000, "SPBU", "Bensin mesin rumput")
    second = close.close_cash_day(treasurer, D1, count_for(170_000))
    old = _text(documents.close_report_pdf(treasurer, first.close.id, to_dir=tmp_path))
    assert "SALINAN" in old and "DIBUKA KEMBALI" in old
    assert "bon bensin belum dicatat" in old
    assert "Pengeluaran (BKK) Rp120.000" in old and "Saldo kas seharusnya Rp180.000" in old
    new = _text(documents.close_report_pdf(treasurer, second.close.id, to_dir=tmp_path))
    assert "DIBUKA KEMBALI" not in new and "SALINAN" not in new
    assert "Pengeluaran (BKK) Rp130.000" in new and "Saldo kas seharusnya Rp170.000" in new
    assert f"hash {second.witness.short}" in new
    assert original.exists()


@needs_pdftotext
def test_papers_are_indonesian_even_when_the_ui_is_english(busy, treasurer, tmp_path):
    set_language("en")
    income, _ = busy
    result = close.close_cash_day(treasurer, D1, count_for(180_000))
    voucher = _text(documents.voucher_pdf(treasurer, income.id, to_dir=tmp_path))
    report = _text(documents.close_report_pdf(treasurer, result.close.id, to_dir=tmp_path))
    assert "BUKTI KAS MASUK" in voucher and "Halaman 1 dari 1" in voucher
    assert "Pendapatan lain (BKM)" in report and "Other income" not in report
