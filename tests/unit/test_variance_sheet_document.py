"""The Berita Acara Stok Opname built from hand-made data and read back with
pdftotext: a long sheet flows over pages with its header row on each, the
totals and the signatures stay on the last page, many counters' boxes wrap
to rows of their own, only embedded DejaVu fonts, Indonesian whatever the
interface language, a SALINAN on every page of a print again."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from sekretariat.i18n import set_language
from sekretariat.reports.pdf import Letterhead
from sekretariat.reports.warehouse.variance_sheet import build_variance_sheet, signed
from sekretariat.services.warehouse.count_papers import VarianceLine, VarianceSheetData

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

HEAD = Letterhead("Pasar Sekojo", "Jl. Sekojo 1, Palembang", "Koperasi Pasar",
                  printed_by="Rahmat Hidayat")
DAY = dt.date(2026, 11, 23)


def _run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def _pages(path) -> list[str]:
    pages = _run("pdftotext", "-layout", str(path), "-").split("\f")
    return [" ".join(page.split()) for page in pages if page.strip()]


def _line(i: int) -> VarianceLine:
    variance = (i % 5) - 3                       # -3..+1 steps of 25 kg
    return VarianceLine(f"brg{i:03d}", f"Barang nomor {i:03d}", "kg", 500 + i, 500 + i +
                        variance * 25, variance * 25, "-1 karung" if variance == -2 else "",
                        12_000 if i % 7 else None, variance * 25 * 12_000,
                        f"GDG/2026/{i:05d}" if variance else "", "")


def _data(lines, *, counters=2, approved=True, reprint=False) -> VarianceSheetData:
    moment = dt.datetime(2026, 11, 23, 11, 40)
    return VarianceSheetData(
        "OPN/2026/00007", DAY, "09:00", "gudang A", ("rak 2",), "", "approved" if approved
        else "closed", "Rahmat Hidayat",
        tuple((f"Petugas {chr(65 + i)}", 3 + i) for i in range(counters)), tuple(lines),
        (("Telur ayam", 600, "butir"),), "Rahmat Hidayat" if approved else "",
        moment if approved else None, "Zainal Abidin" if approved else "",
        moment if approved else None, moment if approved else None, "Rahmat Hidayat",
        "Zainal Abidin" if approved else "", reprint)


def test_a_long_sheet_flows_over_pages_and_ends_with_totals_and_signatures(tmp_path):
    lines = [_line(i) for i in range(1, 61)]
    data = _data(lines, counters=7, reprint=True)
    path = build_variance_sheet(tmp_path / "opn.pdf", data, HEAD)
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF") and b"Helvetica" not in raw
    fonts = _run("pdffonts", str(path)).splitlines()[2:]
    assert fonts and all("DejaVuSans" in f.split()[0] and f.split()[-5] == "yes"
                         for f in fonts), fonts
    _run("qpdf", "--check", str(path))
    pages = _pages(path)
    assert len(pages) >= 3
    text = " ".join(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
        assert "SALINAN" in page and "Pasar Sekojo" in page
    for page in [p for p in pages if "Barang nomor" in p]:
        assert "Stok buku" in page and "Nilai selisih" in page     # header row repeated
    for line in lines:
        assert text.count(line.name + " ") == 1
        assert f"{line.name} kg {line.book_qty} {line.counted} {signed(line.variance)}" in text
    net = sum(line.variance_value for line in lines)
    assert net < 0 and f"Selisih bersih : -Rp{-net:,}".replace(",", ".") in pages[-1]
    assert "belum ada" in text                   # an item that never had a cost
    last = pages[-1]
    assert "Demikian berita acara" in last and "( Zainal Abidin )" in last
    # seven counters wrap: their boxes on rows of their own, then the approvers
    assert all(f"( Petugas {chr(65 + i)} )" in last for i in range(7))
    assert "Petugas penghitung, " * 5 in last and "Diperiksa oleh, Disetujui oleh," in last


def test_a_draft_names_no_approver_and_stays_indonesian_in_english(tmp_path):
    set_language("en")
    try:
        path = build_variance_sheet(tmp_path / "d.pdf", _data([_line(3), _line(4)],
                                                              approved=False), HEAD)
    finally:
        set_language(None)
    text = " ".join(_pages(path))
    assert "BERITA ACARA STOK OPNAME" in text and "DRAF — belum disetujui" in text
    assert "Halaman 1 dari" in text and "Page" not in text and "REPORT" not in text
    assert "belum menyetujui" in text and "SALINAN" not in text
    # no chair named yet: a line to fill by hand
    assert "( Zainal Abidin )" not in text and "( )" in text and "( Rahmat Hidayat )" in text
    info = dict(line.split(":", 1) for line in _run("pdfinfo", str(path)).splitlines()
                if ":" in line)
    assert info["Title"].strip() == "Berita Acara Stok Opname OPN/2026/00007"
