import re

from sekretariat.reports.pdf import Letterhead, build_pdf, styles, table_style


def test_pdf_embeds_dejavu_never_helvetica_and_numbers_pages(tmp_path):
    from reportlab.platypus import PageBreak, Paragraph, Table

    st = styles()
    story = [Paragraph("Surat — uji Rp1.250.000", st["title"]),
             Table([["Kode", "Jumlah"], ["A-01", "Rp350.000"]], style=table_style(
                 money_columns=[1])),
             PageBreak(), Paragraph("Halaman dua", st["body"])]
    path = build_pdf(tmp_path / "uji.pdf", story, title="Uji dokumen",
                     letterhead=Letterhead("Pasar Sekojo", "Jl. Sekojo", "Sekretariat"))
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    fonts = set(re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-]+)", data))
    assert fonts and all(b"DejaVuSans" in f for f in fonts), fonts
    assert b"Helvetica" not in data
    assert b"/FontFile2" in data  # embedded TrueType
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 2
    assert b"Uji dokumen" in data  # title metadata
