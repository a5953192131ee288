"""The printed documents: lease agreement, kwitansi (80 mm and A6), surat
teguran — built from data made through the services; checked for embedded
DejaVu fonts only and for their text (pdftotext), plus the number words."""

import datetime as dt
import itertools
import re
import shutil
import subprocess

import pytest
from test_cli_support import PASSWORD
from test_leases_support import TODAY, market, snapshot

from sekretariat.errors import PermissionDenied, ValidationError
from sekretariat.i18n import set_language
from sekretariat.reports.leasing.receipt import (
    date_words,
    decimal_words,
    rupiah_words,
    terbilang,
)
from sekretariat.services.leasing import billing, documents, leases, payments, statements, traders
from sekretariat.services.core import users

D = dt.date
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="poppler-utils (pdftotext) not installed")


def _text(path) -> str:
    """The PDF's text, whitespace collapsed (pdftotext -raw reads the
    compressed streams and the fonts' ToUnicode maps)."""
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


def _fonts_only_dejavu(path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    fonts = set(re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-]+)", data))
    assert fonts and all(b"DejaVuSans" in f for f in fonts), fonts
    assert b"Helvetica" not in data
    assert b"/FontFile2" in data


def _pages(path) -> list[tuple[float, float]]:
    data = path.read_bytes()
    return [(float(w), float(h)) for w, h in re.findall(
        rb"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]", data)]


def _siti_in_arrears(chair, *, deposit=600_000):
    """Siti on A-01 from 1 Jul 2026, billed Jul..Nov (each on the 1st, due the
    10th; Nov issued 1 Nov), then pays 450.000 today."""
    m = market(chair)
    traders.update_trader(chair, m["siti"], address="Jl. Merdeka No. 5, Palembang")
    lease = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 7, 1), D(2027, 6, 30),
                                deposit_amount=deposit, signed_on=D(2026, 6, 29))
    for month in (7, 8, 9, 10, 11):
        billing.bill_period(chair, 2026, month, issue_date=D(2026, month, 1))
    payment = payments.take_payment(chair, m["siti"], "450.000", "tunai")
    return m, lease, payment


# --- terbilang -----------------------------------------------------------------

@pytest.mark.parametrize("number, words", [
    (0, "nol"), (1, "satu"), (7, "tujuh"), (10, "sepuluh"), (11, "sebelas"), (12, "dua belas"),
    (19, "sembilan belas"), (20, "dua puluh"), (21, "dua puluh satu"),
    (99, "sembilan puluh sembilan"),
    (100, "seratus"), (101, "seratus satu"), (111, "seratus sebelas"), (200, "dua ratus"),
    (999, "sembilan ratus sembilan puluh sembilan"), (1000, "seribu"), (1001, "seribu satu"),
    (1100, "seribu seratus"), (2000, "dua ribu"), (11_000, "sebelas ribu"),
    (100_000, "seratus ribu"), (101_000, "seratus satu ribu"), (111_111, "seratus sebelas ribu "
                                                                        "seratus sebelas"),
    (1_000_000, "satu juta"), (1_250_000, "satu juta dua ratus lima puluh ribu"),
    (2_026, "dua ribu dua puluh enam"), (10_000_000, "sepuluh juta"),
    (1_000_000_000, "satu miliar"), (1_001_000, "satu juta seribu"),
    (3_500_000_000, "tiga miliar lima ratus juta"), (1_000_000_000_000, "satu triliun"),
    (999_999_999_999_999, "sembilan ratus sembilan puluh sembilan triliun sembilan ratus "
     "sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan "
     "ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"),
    (1_000_000_000_000_000, "seribu triliun"), (-5, "minus lima"),
])
def test_terbilang_writes_indonesian_number_words(number, words):
    assert terbilang(number) == words


def test_rupiah_dates_and_decimals_in_words():
    assert rupiah_words(1_250_000) == "satu juta dua ratus lima puluh ribu rupiah"
    assert rupiah_words(300_000) == "tiga ratus ribu rupiah"
    assert date_words(D(2026, 11, 23)) == "dua puluh tiga November dua ribu dua puluh enam"
    assert date_words(D(2027, 8, 1)) == "satu Agustus dua ribu dua puluh tujuh"
    assert decimal_words(200) == ("2", "dua")
    assert decimal_words(250) == ("2,5", "dua koma lima")
    assert decimal_words(625) == ("6,25", "enam koma dua lima")
    with pytest.raises(TypeError):
        terbilang(1.5)


def test_terbilang_has_no_doubled_or_stray_spaces_and_no_satu_ratus():
    for number in list(range(2100)) + [10**k + j for k in range(3, 15) for j in (0, 1, 1000)]:
        words = terbilang(number)
        assert "  " not in words and words == words.strip(), number
        tokens = words.split()
        pairs = set(itertools.pairwise(tokens))
        for wrong in (("satu", "ratus"), ("satu", "belas"), ("satu", "puluh")):
            assert wrong not in pairs, number
        assert tokens[:2] != ["satu", "ribu"], number  # seribu; but "seratus satu ribu"


# --- the lease agreement -------------------------------------------------------

@needs_pdftotext
def test_the_lease_agreement_names_both_parties_the_stall_and_the_terms(chair, db_path):
    _, lease, _ = _siti_in_arrears(chair)
    before = snapshot()
    path = documents.lease_agreement_pdf(chair, lease.id)
    assert path == db_path.parent / "exports" / "SPS-2026-00001.pdf"
    assert snapshot() == before  # reading only: nothing written, nothing audited
    _fonts_only_dejavu(path)
    text = _text(path)
    for expected in (
            "SURAT PERJANJIAN SEWA KIOS", "Nomor: SPS/2026/00001", "Pasar Sekojo",
            "Sekretariat Pasar Sekojo", "PIHAK PERTAMA", "PIHAK KEDUA", "Ketua Pasar",
            "Siti Aminah", lease.trader_nik, "Jl. Merdeka No. 5, Palembang", "081234567890",
            "sayur", "A-01", "Blok A", "6 m² (enam meter persegi)",
            "1 Juli 2026 (satu Juli dua ribu dua puluh enam)",
            "30 Juni 2027 (tiga puluh Juni dua ribu dua puluh tujuh)",
            "Rp300.000 (tiga ratus ribu rupiah) per bulan", "tanggal 10 (sepuluh)",
            "Rp600.000 (enam ratus ribu rupiah)", "2% (dua persen)", "Pasal 10",
            "musyawarah untuk mufakat", "menyewakan kembali", "kebersihan", "Meterai",
            "Palembang, 29 Juni 2026", "Senin tanggal dua puluh sembilan bulan Juni",
            "Halaman 1 dari"):
        assert expected in text, expected


@needs_pdftotext
def test_the_agreement_is_indonesian_even_when_the_ui_is_english(sessions, tmp_path):
    chair = sessions["ketua"]
    _, lease, _ = _siti_in_arrears(chair)
    set_language("en")
    text = _text(documents.lease_agreement_pdf(sessions["sekretaris"], lease.id, tmp_path))
    assert "Uang Sewa dan Cara Pembayaran" in text and "Rp300.000" in text
    # printed by the secretary, the first party is still the market's chair
    assert "Ketua Pasar" in text and "( ........" not in text
    assert "oleh Pengguna sekretaris" in text  # the footer names who printed it


@needs_pdftotext
def test_with_two_chair_accounts_the_first_party_is_left_to_fill_by_hand(sessions, tmp_path):
    chair = sessions["ketua"]
    _, lease, _ = _siti_in_arrears(chair)
    users.create_user(chair, "wakil", "Wakil Ketua", "ketua", PASSWORD)
    text = _text(documents.lease_agreement_pdf(sessions["sekretaris"], lease.id, tmp_path))
    assert "Ketua Pasar" not in text and "Wakil Ketua" not in text and "( ........" in text


def test_documents_refuse_roles_without_the_permission(sessions, tmp_path):
    tmp_path = tmp_path / "docs"
    chair = sessions["ketua"]
    m, lease, payment = _siti_in_arrears(chair)
    # (the agreement needs only the right to view the lease: issue 8)
    for role in ("sekretaris", "pembaca", "parkir"):
        with pytest.raises(PermissionDenied):
            documents.receipt_pdf(sessions[role], payment.id, tmp_path)
        with pytest.raises(PermissionDenied):
            documents.reminder_letter_pdf(sessions[role], m["siti"], folder=tmp_path)
    assert not tmp_path.exists()
    assert documents.receipt_pdf(sessions["bendahara"], payment.id, tmp_path).exists()
    assert documents.reminder_letter_pdf(sessions["bendahara"], m["siti"],
                                         folder=tmp_path).exists()


# --- the receipt -------------------------------------------------------------

@needs_pdftotext
def test_the_receipt_on_an_80mm_roll_fits_its_content(chair, tmp_path):
    m, _, payment = _siti_in_arrears(chair)
    path = documents.receipt_pdf(chair, payment.id, tmp_path)
    assert path.name == "KW-2026-00001.pdf"
    _fonts_only_dejavu(path)
    pages = _pages(path)
    assert len(pages) == 1
    width, height = pages[0]
    assert abs(width - 80 / 25.4 * 72) < 0.5
    assert 200 < height < 600  # as tall as its content, not a full page
    text = _text(path)
    account = statements.account_summary(chair, m["siti"])
    assert account.balance == 1_500_000 - 450_000
    for expected in ("Pasar Sekojo", "KWITANSI", "No. KW/2026/00001", "23 November 2026",
                     "Siti Aminah", "Rp450.000", "Empat ratus lima puluh ribu rupiah",
                     "INV/2026/00001 — Sewa A-01, Jul 2026", "Rp300.000",
                     "INV/2026/00002 — Sewa A-01, Agu 2026", "Rp150.000", "Tunai",
                     "Ketua Pasar", "Sisa tagihan", "Rp1.050.000"):
        assert expected in text, expected
    assert "BATAL" not in text


@needs_pdftotext
def test_an_a6_receipt_with_credit_and_a_voided_receipt(chair, tmp_path):
    m = market(chair)
    leases.create_lease(chair, m["budi"], m["stalls"][1], D(2026, 11, 1), D(2027, 10, 31))
    billing.bill_period(chair, 2026, 11)
    paid = payments.take_payment(chair, m["budi"], 1_250_000, "transfer", reference="BRI-778",
                                 confirm_amount=1_250_000)
    a6 = documents.receipt_pdf(chair, paid.id, tmp_path, width="A6")
    _fonts_only_dejavu(a6)
    width, height = _pages(a6)[0]
    assert (round(width), round(height)) == (298, 420)  # A6 in points
    text = _text(a6)
    for expected in ("Rp1.250.000", "Satu juta dua ratus lima puluh ribu rupiah",
                     "Transfer bank (ref. BRI-778)", "Titipan", "Rp950.000", "Kredit",
                     "(lebih bayar)"):
        assert expected in text, expected
    payments.void_payment(chair, paid.id, "salah input")
    voided = _text(documents.receipt_pdf(chair, paid.id, tmp_path))
    assert "BATAL" in voided and "salah input" in voided
    with pytest.raises(ValidationError):
        documents.receipt_pdf(chair, paid.id, tmp_path, width="A4")


# --- the reminder letter -----------------------------------------------------

@needs_pdftotext
def test_the_reminder_lists_the_overdue_invoices_with_their_age(chair, db_path):
    m, _, _ = _siti_in_arrears(chair)
    path = documents.reminder_letter_pdf(chair, m["siti"])
    assert path == db_path.parent / "exports" / f"ST-2026-11-23-T{m['siti']:05d}.pdf"
    _fonts_only_dejavu(path)
    text = _text(path)
    overdue = statements.ageing(chair, trader_id=m["siti"]).rows[0].overdue
    assert overdue == 1_050_000
    for expected in ("/ST/XI/2026", "Palembang, 23 November 2026", "Surat Teguran Tunggakan",
                     "Siti Aminah", "kios A-01", "Jl. Merdeka No. 5, Palembang",
                     "INV/2026/00002", "Sewa A-01, Agu 2026", "10 Agustus 2026", "105",
                     "Rp150.000", "INV/2026/00005", "13", "Jumlah tunggakan",
                     "Rp1.050.000", "Satu juta lima puluh ribu rupiah",
                     "7 (tujuh) hari", "30 November 2026", "Ketua Pasar", "Bendahara"):
        assert expected in text, expected
    assert "INV/2026/00001" not in text  # paid in full


def test_no_reminder_without_arrears(chair, tmp_path):
    tmp_path = tmp_path / "docs"
    m = market(chair)
    with pytest.raises(ValidationError) as info:
        documents.reminder_letter_pdf(chair, m["budi"], TODAY, tmp_path)
    assert info.value.key == "doc.no_arrears"
    assert not tmp_path.exists()


def test_reminder_letters_refuse_a_negative_day_count(chair, tmp_path):
    _siti_in_arrears(chair)
    for bad in (-1, True, "30"):
        with pytest.raises(ValidationError) as refused:
            documents.reminder_letters(chair, min_days=bad, folder=tmp_path / "st")
        assert refused.value.field == "min_days"
    assert not (tmp_path / "st").exists()
    progress = []
    written = documents.reminder_letters(chair, min_days=0, folder=tmp_path / "st",
                                         on_progress=lambda *p: progress.append(p))
    assert [w.trader_name for w in written] == ["Siti Aminah"] and progress == [(1, 1)]
    # the 450.000 paid July and part of August: the oldest open is due 10 Aug
    assert written[0].path.exists() and written[0].days_overdue == (TODAY - D(2026, 8, 10)).days


@needs_pdftotext
def test_the_statement_pdf_is_the_statement_on_paper(sessions, db_path):
    chair = sessions["ketua"]
    m, _, payment = _siti_in_arrears(chair)
    before = snapshot()
    path = documents.statement_pdf(sessions["staf"], m["siti"], None)  # the whole history
    assert snapshot() == before  # reading only
    assert path == db_path.parent / "exports" / f"RK-T{m['siti']:05d}-2026-11-23.pdf"
    _fonts_only_dejavu(path)
    text = _text(path)
    statement = statements.trader_statement(chair, m["siti"], None, TODAY)
    assert statement.closing_balance == 1_050_000
    for expected in ("REKENING KORAN PEDAGANG", "Siti Aminah", "A-01",
                     "Jl. Merdeka No. 5, Palembang", "Saldo awal", "Pembayaran",
                     payment.receipt_number, "INV/2026/00001", "Sewa A-01 1 Jul 2026",
                     "Rp1.500.000", "Rp450.000", "Rp1.050.000",
                     "Satu juta lima puluh ribu rupiah", "Rp600.000", "> 90 hari",
                     "oleh Pengguna staf"):
        assert expected in text, expected
    assert f"Pembayaran {payment.receipt_number}" not in text  # the number has its column
    # a period: the opening balance carries what came before
    october = _text(documents.statement_pdf(chair, m["siti"], D(2026, 10, 1), D(2026, 10, 31)))
    assert "Periode 1 Oktober 2026 – 31 Oktober 2026" in october
    assert "INV/2026/00001" not in october
    with pytest.raises(ValidationError):
        documents.statement_pdf(chair, m["siti"], D(2026, 11, 1), D(2026, 10, 1))
