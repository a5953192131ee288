"""The purchase order and the distribution sheet of a bulk round (issue 11,
item 8), built from hand-made data and read back with pdftotext / pdffonts:
the numbers and totals are there, SALINAN on a print again, only embedded
DejaVu fonts, the metadata, long sheets flowing over pages with the header
row and a signature column on every page."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest

from sekretariat.i18n import set_language
from sekretariat.reports.pdf import Letterhead
from sekretariat.reports.warehouse import count, day_short
from sekretariat.reports.warehouse.distribution_sheet import build_distribution_sheet
from sekretariat.reports.warehouse.purchase_order import build_purchase_order
from sekretariat.services.warehouse.round_docs import (
    DistributionData,
    DistributionRow,
    PoLine,
    PurchaseOrderData,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

HEAD = Letterhead("Pasar Sekojo", "Jl. Sekojo 1, Palembang", "Koperasi Pasar",
                  printed_by="Rosmala Dewi")
DAY = dt.date(2026, 11, 23)


def _run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def _pages(path) -> list[str]:
    """Each page's text (layout kept), whitespace collapsed."""
    pages = _run("pdftotext", "-layout", str(path), "-").split("\f")
    return [" ".join(page.split()) for page in pages if page.strip()]


def _only_embedded_dejavu(path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and b"Helvetica" not in data
    lines = _run("pdffonts", str(path)).splitlines()[2:]
    assert lines, "no font at all"
    for line in lines:
        name, *_, emb, _sub, _uni, _obj, _gen = line.split()
        assert "DejaVuSans" in name and emb == "yes", line


def _info(path) -> dict[str, str]:
    return dict(line.split(":", 1) for line in _run("pdfinfo", str(path)).splitlines()
                if ":" in line)


def _order(*, reprint: bool = False, approved_by: str = "Zainal Abidin") -> PurchaseOrderData:
    lines = (PoLine("BRS", "Beras medium", "karung", 50, "kg", 40, 610_000, 24_400_000),
             PoLine("GLP", "Gula pasir", "karung", 50, "kg", 12, 720_000, 8_640_000),
             PoLine("MGR", "Minyak goreng 1 L", "dus", 12, "botol", 25, 198_000, 4_950_000))
    return PurchaseOrderData(
        "PO/2026/00001", "PB/2026/00001", DAY, "UD Sumber Rezeki",
        "Jl. Kolonel Atmo No. 12, Palembang", "0711-354321", "Bapak Hendra", lines,
        sum(line.amount for line in lines),
        "Dikirim ke gudang Pasar Sekojo paling lambat 27 Nov 2026, pukul 06.00 WIB.",
        "Rahmat Hidayat", approved_by, reprint)


def _row(i: int, item: str = "Beras medium", unit: str = "karung") -> DistributionRow:
    requested = 1 + i % 4
    allocated = max(0, requested - (i % 2))
    charge = allocated * 623_437 + (i % 3)
    retail = allocated * 700_000
    return DistributionRow(f"Pedagang Nomor {i:03d}", f"A-{i:02d}, B-{i:02d}", item, unit,
                           requested, f"{requested * 0.8:.3f}".replace(".", ","), allocated,
                           f"{allocated * 50} kg", charge, retail, retail - charge,
                           f"INV/2026/{i:05d}")


def _sheet(rows: tuple[DistributionRow, ...], *, reprint: bool = False,
           surplus=(("Gula pasir", "karung", 2),)) -> DistributionData:
    return DistributionData(
        "PB/2026/00001", "Pembelian bersama beras dan gula November 2026", DAY,
        "UD Sumber Rezeki", (("Beras medium", "karung", 40, 36), ("Gula pasir", "karung", 12, 12)),
        (("Ongkos angkut truk", 450_000), ("Bongkar muat", 120_000)), rows,
        sum(r.charge for r in rows), sum(r.saving for r in rows), surplus, "Rahmat Hidayat",
        reprint)


def test_the_purchase_order_has_the_supplier_the_lines_the_total_and_both_signatures(tmp_path):
    data = _order()
    path = build_purchase_order(tmp_path / "po.pdf", data, HEAD)
    _only_embedded_dejavu(path)
    _run("qpdf", "--check", str(path))
    pages = _pages(path)
    assert len(pages) == 1
    text = pages[0]
    for expected in ("SURAT PESANAN PEMBELIAN", "Nomor: PO/2026/00001", "PB/2026/00001",
                     "23 Nov 2026", "UD Sumber Rezeki", "Jl. Kolonel Atmo No. 12", "0711-354321",
                     "Bapak Hendra", "Beras medium", "isi 50 kg", "isi 12 botol", "karung",
                     "Rp610.000", "Rp24.400.000", "Rp8.640.000", "Rp4.950.000",
                     "Rp37.990.000", "Tiga puluh tujuh juta sembilan ratus sembilan puluh ribu",
                     "paling lambat 27 Nov 2026", "Dipesan oleh", "Koordinator Gudang",
                     "( Rahmat Hidayat )", "Disetujui", "Ketua", "( Zainal Abidin )",
                     "Pasar Sekojo", "Halaman 1 dari 1", "Rosmala Dewi"):
        assert expected in text, expected
    assert "SALINAN" not in text
    info = _info(path)
    assert info["Title"].strip() == "Surat Pesanan Pembelian PO/2026/00001"
    assert info["Author"].strip() == "Pasar Sekojo"
    width, height = map(float, re.findall(r"([\d.]+) x ([\d.]+)", info["Page size"])[0])
    assert width < height  # portrait


def test_a_purchase_order_printed_again_says_salinan_and_a_missing_chair_leaves_a_line(
        tmp_path):
    path = build_purchase_order(tmp_path / "po.pdf", _order(reprint=True, approved_by=""), HEAD)
    text = _pages(path)[0]
    assert "SALINAN" in text and "Rp37.990.000" in text
    assert "( Zainal Abidin )" not in text and "( Rahmat Hidayat )" in text


def test_the_papers_stay_indonesian_when_the_interface_is_english(tmp_path):
    set_language("en")
    try:
        po = _pages(build_purchase_order(tmp_path / "po.pdf", _order(), HEAD))[0]
        sheet = " ".join(_pages(build_distribution_sheet(
            tmp_path / "ds.pdf", _sheet(tuple(_row(i) for i in range(1, 4))), HEAD)))
    finally:
        set_language(None)
    assert "SURAT PESANAN PEMBELIAN" in po and "23 Nov 2026" in po and "Halaman 1 dari 1" in po
    assert "LEMBAR PEMBAGIAN" in sheet and "Tanda tangan penerima" in sheet
    assert "PURCHASE ORDER" not in po and "Page" not in sheet


def test_a_short_distribution_sheet_shows_supply_landed_costs_shares_totals_and_surplus(
        tmp_path):
    rows = (_row(1), _row(2), _row(3, "Gula pasir"), _row(4, "Gula pasir"))
    data = _sheet(rows)
    path = build_distribution_sheet(tmp_path / "ds.pdf", data, HEAD)
    _only_embedded_dejavu(path)
    pages = _pages(path)
    assert len(pages) <= 2 and f"Halaman 1 dari {len(pages)}" in pages[0]
    text = " ".join(pages)
    for expected in ("LEMBAR PEMBAGIAN", "Pembelian bersama beras dan gula November 2026",
                     "PB/2026/00001", "UD Sumber Rezeki", "23 Nov 2026",
                     "Barang yang diterima", "Dipesan", "Diterima", "−4",
                     "Ongkos angkut truk", "Rp450.000", "Bongkar muat", "Rp570.000",
                     "Pedagang Nomor 001", "A-01, B-01", "INV/2026/00004", "1,600",
                     "Tanda tangan penerima", "Jumlah Beras medium", "Jumlah Gula pasir",
                     "Sisa masuk gudang", "Disiapkan oleh", "( Rahmat Hidayat )"):
        assert expected in text, expected
    for row in rows:
        assert row.base_quantity in text and f"Rp{row.charge:,}".replace(",", ".") in text
    assert f"Rp{data.total_charge:,}".replace(",", ".") in text
    assert f"Rp{data.total_saving:,}".replace(",", ".") in text
    assert "SALINAN" not in text
    info = _info(path)
    assert info["Title"].strip() == "Lembar Pembagian PB/2026/00001"
    width, height = map(float, re.findall(r"([\d.]+) x ([\d.]+)", info["Page size"])[0])
    assert width > height  # landscape


def test_a_long_sheet_flows_over_pages_with_its_header_and_signature_column_on_each(tmp_path):
    rows = tuple(_row(i) if i <= 80 else _row(i, "Gula pasir") for i in range(1, 121))
    data = _sheet(rows, reprint=True, surplus=())
    path = build_distribution_sheet(tmp_path / "ds.pdf", data, HEAD)
    _only_embedded_dejavu(path)
    _run("qpdf", "--check", str(path))
    pages = _pages(path)
    assert len(pages) >= 5
    text = " ".join(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
        assert "SALINAN" in page and "Pasar Sekojo" in page
    share_pages = [page for page in pages if "Pedagang Nomor" in page]
    assert len(share_pages) >= 4
    for page in share_pages:  # the header row repeated on every page of the table
        assert "Tanda tangan penerima" in page and "No. tagihan" in page
    for row in rows:  # every trader once, with their invoice
        assert text.count(row.trader_name + " ") == 1 and row.invoice_number in text
    for item, group in (("Beras medium", rows[:80]), ("Gula pasir", rows[80:])):
        assert (f"Jumlah {item} {count(sum(r.requested for r in group))} "
                f"{count(sum(r.allocated for r in group))} ") in text
        assert f"Rp{sum(r.charge for r in group):,}".replace(",", ".") in text
    assert f"Rp{data.total_charge:,}".replace(",", ".") in pages[-1]
    assert "Tidak ada sisa" in text
    assert "Disiapkan oleh" in pages[-1] and "( Rahmat Hidayat )" in pages[-1]


def test_short_dates_and_counts_are_indonesian():
    assert day_short(dt.date(2026, 8, 17)) == "17 Agu 2026"
    assert day_short(DAY) == "23 Nov 2026"
    assert count(1250) == "1.250" and count(7) == "7"
