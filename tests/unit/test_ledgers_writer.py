"""The streaming workbook writer (reports/reports/workbook.py) on its own:
sections and their formulas, a credit-normal section, tables side by side,
an empty table, many sections (SUM nested under Excel's 255 arguments),
text that must stay text, and a sheet longer than a spreadsheet holds."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from sekretariat.reports.reports import workbook
from sekretariat.reports.reports.workbook import (
    Balance,
    BookInfo,
    Closing,
    Column,
    Opening,
    Sheet,
    SheetTooLong,
    Table,
)

INFO = BookInfo("Buku", "2026", "Pasar & Co", "Ketua", "", "x", dt.datetime(2026, 11, 23, 9, 30),
                "Pasar & Co", "", "Halaman &P dari &N")
COLUMNS = (Column("Akun"), Column("Debit", "money", total=True),
           Column("Kredit", "money", total=True), Column("Saldo", "money", grand=True))


def _write(tmp_path, *tables, **kw):
    path = tmp_path / "b.xlsx"
    workbook.write_workbook(path, INFO, [Sheet("Uji", "Judul", "catatan", tables, **kw)])
    return load_workbook(path)["Uji"]


def test_sections_close_with_formulas_and_the_total_sums_the_closings(tmp_path):
    rows = [Opening(("kas", None, None, 100)), ("kas", 50, None, 150), ("kas", None, 30, 120),
            Closing(("kas",)), Opening(("modal", None, None, 500), credit_normal=True),
            ("modal", None, 40, 540), Closing(("modal",))]
    ws = _write(tmp_path, Table("T", COLUMNS, rows, balances=(Balance(3, 1, 2),),
                                total_label="Jumlah"))
    assert [c.value for c in ws[4]] == ["Akun", "Debit", "Kredit", "Saldo"]
    assert [c.value for c in ws[8]][1:] == ["=SUM(B5:B7)", "=SUM(C5:C7)",
                                            "=D5+SUM(B5:B7)-SUM(C5:C7)"]
    assert ws["D11"].value == "=D9+SUM(C9:C10)-SUM(B9:B10)"     # credit-normal
    assert [c.value for c in ws[12]] == ["Jumlah", "=SUM(B8,B11)", "=SUM(C8,C11)",
                                         "=SUM(D8,D11)"]
    assert ws.tables["T"].ref == "A4:D11" and ws["D12"].font.bold and ws["D5"].font.italic


def test_tables_side_by_side_each_keep_their_rows(tmp_path):
    short = Table("Pendek", (Column("Nama"), Column("Jumlah", "count", total=True)),
                  iter([("a", 1)]), caption="Per petugas", total_label="Total")
    long = Table("Panjang", (Column("Tanggal", "date"), Column("Uang", "money", total=True)),
                 ((dt.date(2026, 1, d), d * 1000) for d in range(1, 6)), caption="Per hari",
                 total_label="Total")
    ws = _write(tmp_path, long, short)
    assert (ws["A3"].value, ws["D3"].value) == ("Per hari", "Per petugas")
    assert ws.tables["Panjang"].ref == "A4:B9" and ws.tables["Pendek"].ref == "D4:E5"
    assert (ws["A10"].value, ws["B10"].value) == ("Total", "=SUM(B5:B9)")
    assert (ws["D6"].value, ws["E6"].value) == ("Total", "=SUM(E5:E5)")
    assert ws["A5"].number_format == workbook.DATE and ws["B5"].number_format == workbook.MONEY
    assert ws["C5"].value is None


def test_an_empty_table_still_has_a_row_under_its_header(tmp_path):
    ws = _write(tmp_path, Table("Kosong", COLUMNS, iter(()), total_label="Jumlah",
                                empty_label="(tidak ada)"))
    assert ws["A5"].value == "(tidak ada)" and ws.tables["Kosong"].ref == "A4:D5"
    assert ws["B6"].value == "=SUM(B5:B5)"


def test_many_sections_nest_their_sums(tmp_path):
    rows = []
    for n in range(450):
        rows += [Opening(("a", None, None, 0)), ("a", 1, None, 1), Closing(("a",))]
    ws = _write(tmp_path, Table("Banyak", COLUMNS, rows, balances=(Balance(3, 1, 2),),
                                total_label="Jumlah"))
    total = ws.cell(ws.max_row, 2).value
    assert total.startswith("=SUM(SUM(B7,") and total.count("SUM(") == 4
    assert all(part.count(",") < 255 for part in total.split("SUM(")[2:])
    assert total.count(",") == 449              # 450 closings, 3 groups


def test_text_stays_text(tmp_path):
    ws = _write(tmp_path, Table("Teks", (Column("Catatan"), Column("Uang", "money")),
                                [("=HYPERLINK(\"x\")", "=1+1"), ("bel\x07l", 5),
                                 Opening(("=A1", None)), Closing(("=B2",))]), alert=True)
    for cell in ("A5", "B5", "A7", "A8"):
        assert ws[cell].value.startswith("=") and ws[cell].data_type == "s", cell
    assert ws["A6"].value == "bell" and ws["A1"].font.color.rgb.endswith("C00000")


def test_a_sheet_longer_than_a_spreadsheet_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook, "MAX_ROWS", 20)
    with pytest.raises(SheetTooLong) as raised:
        _write(tmp_path, Table("Panjang", COLUMNS, (("x", 1, None, 1) for _ in range(50))))
    assert raised.value.title == "Uji"


def test_a_bad_table_name_or_row_is_refused(tmp_path):
    with pytest.raises(ValueError):
        _write(tmp_path, Table("Nama dengan spasi", COLUMNS, []))
    with pytest.raises(TypeError):
        _write(tmp_path, Table("T", COLUMNS, [["a", 1, 2, 3]]))
