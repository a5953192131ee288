"""The PDF annual (and monthly) report laid out from a hand-made ReportData
(tests/unit/annualfixture.py): it is written with embedded fonts only, its
text carries the figures, SEMENTARA stands on every page of a provisional
report, a module with nothing says so in one line, the metadata is the
document's Keywords and is printed on the signature page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import annualfixture as fixture
import pytest

from sekretariat.reports.reports.annual_format import (
    decimal,
    money_axis,
    pct,
    points,
    signed_pct,
)
from sekretariat.reports.reports.annual_pdf import title_of, write_report

META = "sekretariat-report/1 fp=7F3A-91C2-04DE audit=48213 journal=15872 period=2026"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="needs pdftotext")


def _pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def annual(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("annual") / "laporan-2026.pdf"
    write_report(path, fixture.annual_report(), META)
    return path


def test_the_report_is_a_pdf_with_embedded_dejavu_only(annual):
    data = annual.read_bytes()
    assert data.startswith(b"%PDF")
    fonts = set(re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-]+)", data))
    assert fonts and all(b"DejaVuSans" in f for f in fonts), fonts
    assert b"Helvetica" not in data and b"Times-Roman" not in data
    assert b"/FontFile2" in data


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="needs qpdf")
def test_qpdf_finds_nothing_wrong(annual):
    done = subprocess.run(["qpdf", "--check", str(annual)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs pdffonts")
def test_every_font_is_embedded(annual):
    lines = subprocess.run(["pdffonts", str(annual)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        name, emb = line.split()[0], line.split()[-5]
        assert "DejaVuSans" in name and emb == "yes", line


@needs_pdftotext
def test_the_text_carries_the_figures_and_the_chapters(annual):
    data = fixture.annual_report()
    text = _flat("\n".join(_pages(annual)))
    for figure in fixture.expected_figures(data):
        assert figure in text, figure
    for words in ("LAPORAN TAHUNAN", "Pasar Sekojo", "Tahun 2026", "Daftar Isi",
                  "Koperasi Pedagang Pasar Sekojo", "Dinas Perdagangan Kota Palembang",
                  "Ringkasan Indikator Utama", "Laporan Posisi Keuangan", "Laporan Laba Rugi",
                  "Ringkasan Kas", "Catatan atas Laporan Keuangan", "Pengesahan",
                  "Hj. Rosmala Dewi", "Zainal Arifin", "Ketua", "Bendahara",
                  "Deni Saputra", "PB/2026/00009", "A · Sayur dan buah", "72,9 %", "85,5 %"):
        assert words in text, words
    # the summary: this year, last year, the change
    assert "Rp506.962.000" in text and "Rp446.126.560" in text and "+Rp60.835.440" in text
    assert "+3,1 poin" in text
    # total assets equal total liabilities and equity, printed twice on the position
    total = fixture.annual_report().statements.position.total_assets
    assert text.count(f"Rp{total:,}".replace(",", ".")) >= 2


@needs_pdftotext
def test_the_summary_is_one_page_and_the_contents_has_page_numbers(annual):
    pages = _pages(annual)
    summary = [i for i, page in enumerate(pages) if "1. Ringkasan Indikator Utama" in page]
    assert len(summary) == 2                     # the contents and the chapter itself
    chapter = pages[summary[1]]
    assert "Setoran retribusi ke pemilik aset" in chapter    # the last-but-one line
    assert "Responden survei pembeli" in chapter
    contents = pages[summary[0]]
    found = re.search(r"1\. Ringkasan Indikator Utama[ .]*(\d+)", contents)
    assert found and int(found.group(1)) == summary[1] + 1
    signed = re.search(r"10\. Pengesahan[ .]*(\d+)", contents)
    assert signed and "Mengetahui," in pages[int(signed.group(1)) - 1]


@needs_pdftotext
def test_a_provisional_report_says_sementara_on_every_page_and_in_its_title(annual):
    pages = _pages(annual)
    assert len(pages) >= 10
    for number, page in enumerate(pages, start=1):
        assert "SEMENTARA" in page, number
        if number > 1:
            assert f"Halaman {number} dari {len(pages)}" in page, number
    assert "SEMENTARA" in title_of(fixture.annual_report())


@needs_pdftotext
def test_a_final_report_never_says_sementara(tmp_path):
    path = tmp_path / "final.pdf"
    data = fixture.annual_report(provisional=False)
    write_report(path, data, META)
    assert not any("SEMENTARA" in page for page in _pages(path))
    assert "SEMENTARA" not in title_of(data)


@needs_pdftotext
def test_a_module_with_nothing_says_so_in_one_line_without_a_chart(tmp_path):
    full, empty = tmp_path / "full.pdf", tmp_path / "empty.pdf"
    data = fixture.annual_report()
    write_report(full, data, META)
    write_report(empty, fixture.without(data, "parking", "warehouse"), META)
    text = _flat("\n".join(_pages(empty)))
    for line in ("Tidak ada kegiatan parkir dalam periode ini.",
                 "Tidak ada kegiatan gudang sembako dalam periode ini."):
        assert text.count(line) == 1, line
    assert "Seharusnya" not in text and "Barang yang dihapus" not in text
    assert "Pendapatan menurut sumber" in text   # the other modules are still there
    assert len(_pages(empty)) < len(_pages(full))


@needs_pdftotext
def test_the_metadata_is_the_keywords_and_is_printed_on_the_signature_page(annual):
    pages = _pages(annual)
    last = _flat(pages[-1])
    assert "Pengesahan" in last
    assert META in last
    assert "7F3A-91C2-04DE" in last and "48.213" in last and "15.872" in last


def test_the_keywords_hold_the_metadata_exactly(annual):
    try:
        from pypdf import PdfReader
    except ImportError:
        if shutil.which("pdfinfo") is None:
            pytest.skip("needs pypdf or pdfinfo")
        info = subprocess.run(["pdfinfo", str(annual)], capture_output=True, text=True,
                              check=True).stdout
        fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
        assert fields["Keywords"].strip() == META
        assert fields["Title"].strip() == title_of(fixture.annual_report())
        assert fields["Author"].strip() == "Koperasi Pedagang Pasar Sekojo"
        return
    meta = PdfReader(str(annual)).metadata
    assert meta["/Keywords"] == META
    assert meta["/Title"] == title_of(fixture.annual_report())


@needs_pdftotext
def test_a_monthly_report_uses_the_same_engine(tmp_path):
    path = tmp_path / "bulanan.pdf"
    data = fixture.monthly_report()
    write_report(path, data, "monthly")
    pages = _pages(path)
    text = _flat("\n".join(pages))
    assert "LAPORAN BULANAN" in text and "November 2026" in text
    assert "Laporan Bulanan Pasar Sekojo November 2026" in title_of(data)
    for figure in fixture.expected_figures(data):
        assert figure in text, figure
    assert all("SEMENTARA" in page for page in pages)


def test_the_figures_are_written_the_indonesian_way():
    from fractions import Fraction

    assert pct(Fraction(729, 1000)) == "72,9 %"
    assert pct(Fraction(1, 3)) == "33,3 %"
    assert signed_pct(Fraction(1, 5)) == "+20,0 %"
    assert signed_pct(Fraction(-1, 40)) == "-2,5 %"
    assert signed_pct(Fraction(0)) == "0,0 %"
    assert points(Fraction(31, 1000)) == "+3,1 poin"
    assert decimal(Fraction(-1, 100), 0) == "0"
    assert decimal(12505, 1) == "12.505,0"
    assert money_axis(12_500_000) == "12,5 jt" and money_axis(250_000) == "250 rb"
    assert money_axis(0) == "0"


def test_no_helvetica_even_when_reportlab_was_imported_first(tmp_path):
    """reportlab's styles and tables take Helvetica as their default when they
    are imported; whatever imported them before the fonts were registered
    (another document, a test), the report must still name DejaVu only."""
    import subprocess
    import sys
    from pathlib import Path

    target = tmp_path / "first.pdf"
    script = (
        "import sys; sys.path.insert(0, %r)\n"
        "import reportlab.lib.styles, reportlab.platypus, reportlab.graphics.shapes\n"
        "import annualfixture\n"
        "from sekretariat.reports.reports.annual_pdf import write_report\n"
        "write_report(%r, annualfixture.annual_report(), 'x')\n"
    ) % (str(Path(__file__).parent), str(target))
    subprocess.run([sys.executable, "-c", script], check=True)
    fonts = set()
    from pypdf import PdfReader

    for page in PdfReader(str(target)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    assert fonts and all("DejaVu" in name for name in fonts), fonts
