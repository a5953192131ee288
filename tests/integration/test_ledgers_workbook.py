"""The ledgers workbook (issue 12, item 1): eight sheets laid out as guide
section 6 asks (bold frozen header, an Excel table, money and date formats,
landscape A4 fit to width, headers repeated on print, the file's
properties); every total a =SUM(...) whose covered cells add up to what
plain SQL says the journal and the modules hold; the trial balance at zero;
a provisional period marked SEMENTARA; refusals that leave the database and
the folder as they were; the CLI; and the same totals recalculated by
LibreOffice (skipped when soffice is not installed)."""

from __future__ import annotations

import csv
import datetime as dt
import inspect
import shutil
import subprocess

import pytest
from dbhelp import all_rows
from ledgershelp import (EQ_MEMO, D, balances, build_books, journal_totals, rows_labelled, sql,
                         value)
from openpyxl import load_workbook
from test_cli_support import as_user
from test_warehouse_core import wh  # noqa: F401  (fixture)
from test_warehouse_rounds import traders  # noqa: F401  (fixture)

from sekretariat import db
from sekretariat.errors import EXIT_OK, EXIT_REFUSED, Conflict, PermissionDenied, ValidationError
from sekretariat.reports.reports.workbook import DATE, MONEY
from sekretariat.services.leasing import statements
from sekretariat.services.reports import ledgers, ledgers_books, ledgers_modules
from sekretariat.services.reports.ledgers_frame import Frame

SHEETS = ["Jurnal umum", "Buku besar", "Buku kas", "Piutang pedagang", "Parkir", "Kartu stok",
          "Pembelian bersama", "Neraca saldo"]
CREDIT_NORMAL = {"liability", "equity", "income"}


@pytest.fixture
def books(traders):  # noqa: F811
    return {**traders, **build_books(traders)}


def _export(session, folder, year=None, first=None, last=None, **kw):
    return ledgers.export_ledgers(session, ledgers.choose_period(year, first, last),
                                  to_dir=folder, **kw)


def _columns(ws, table_name):
    """{header: column number} of one of the sheet's tables."""
    table = ws.tables[table_name]
    first = ws[table.ref.split(":")[0]].column
    return {c.name: first + i for i, c in enumerate(table.tableColumns)}


def _total_row(ws, column=1):
    (row,) = rows_labelled(ws, "Jumlah", column)
    return row


# --- layout -------------------------------------------------------------------------

def test_the_years_workbook_is_laid_out_as_the_guide_asks(books, tmp_path):
    done = _export(books["chair"], tmp_path, 2026)
    assert done.path == tmp_path / "pembukuan-2026-sementara.xlsx" and done.provisional
    assert list(done.sheets) == SHEETS and not list(tmp_path.glob(".*"))
    book = load_workbook(done.path)
    assert book.sheetnames == SHEETS
    props = book.properties
    assert "SEMENTARA" in props.title and "SEMENTARA" in props.keywords
    assert (props.creator, props.lastModifiedBy) == ("Pasar Sekojo", "Ketua Pasar")
    for ws in book.worksheets:
        assert ws["A1"].value.startswith(f"{ws.title} — Pasar Sekojo — Tahun 2026")
        assert "SEMENTARA" in ws["A1"].value and ws["A1"].font.bold
        assert ws.freeze_panes == "A5" and ws.print_title_rows == "$4:$4"
        setup = ws.page_setup
        assert (setup.orientation, int(setup.paperSize), setup.fitToWidth,
                setup.fitToHeight) == ("landscape", 9, 1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.tables, ws.title
        for table in ws.tables.values():
            start, end = table.ref.split(":")
            assert ws[start].row == 4 and table.autoFilter.ref == table.ref
            heads = [c.value for c in ws[f"{start}:{end[:len(end) - len(str(ws[end].row))]}4"][0]]
            assert heads == [c.name for c in table.tableColumns]
            assert all(ws.cell(4, ws[start].column + i).font.bold for i in range(len(heads)))
        widths = [ws.column_dimensions[c].width for c in "ABC"]
        assert all(w and w > 5 for w in widths), (ws.title, widths)


def test_money_and_dates_carry_their_formats(books, tmp_path):
    book = load_workbook(_export(books["chair"], tmp_path, 2026).path)
    ws = book["Jurnal umum"]
    cols = _columns(ws, "JurnalUmum")
    for row in range(5, _total_row(ws)):
        day = ws.cell(row, cols["Tanggal"])
        assert isinstance(day.value, dt.datetime) and day.number_format == DATE
        for name in ("Debit", "Kredit"):
            cell = ws.cell(row, cols[name])
            assert cell.value is None or (isinstance(cell.value, int)
                                          and cell.number_format == MONEY)
    total = _total_row(ws)
    assert ws.cell(total, cols["Debit"]).number_format == MONEY
    assert ws.cell(total, cols["Debit"]).font.bold
    stock = book["Kartu stok"]
    assert stock.cell(5, _columns(stock, "KartuStok")["Masuk"]).number_format in ("#,##0",
                                                                                  "General")


def test_a_memo_that_looks_like_a_formula_stays_text(books, tmp_path):
    ws = load_workbook(_export(books["chair"], tmp_path, 2026).path)["Jurnal umum"]
    memo = _columns(ws, "JurnalUmum")["Keterangan"]
    found = [ws.cell(r, memo) for r in range(5, ws.max_row + 1)
             if ws.cell(r, memo).value == EQ_MEMO]
    assert len(found) == 2 and all(c.data_type == "s" for c in found)   # the entry's 2 lines


# --- totals ---------------------------------------------------------------------------------

def _all_totals_are_sums(ws, row):
    found = [c.value for c in ws[row] if isinstance(c.value, str) and c.value.startswith("=")]
    assert found and all(v.startswith("=SUM(") for v in found), (ws.title, found)


@pytest.mark.parametrize("first, last", [(D(2026, 1, 1), D(2026, 12, 31)),
                                         (D(2026, 10, 1), D(2026, 10, 31))])
def test_journal_ledger_cash_and_trial_balance_equal_the_journal(books, tmp_path, first, last):
    period = dict(year=2026) if first.month == 1 else dict(first=first, last=last)
    book = load_workbook(_export(books["chair"], tmp_path, **period).path)
    debit, credit = journal_totals(first, last)
    assert debit == credit > 0
    ws = book["Jurnal umum"]
    cols, total = _columns(ws, "JurnalUmum"), _total_row(ws)
    _all_totals_are_sums(ws, total)
    assert value(ws, ws.cell(total, cols["Debit"]).coordinate) == debit
    assert value(ws, ws.cell(total, cols["Kredit"]).coordinate) == credit
    assert total - 5 == sql("SELECT count(*) FROM journal_line WHERE entry_date BETWEEN ? AND ?",
                            first.isoformat(), last.isoformat())[0][0]
    # the general ledger: openings, closings (formulas) and the period's moves
    ws = book["Buku besar"]
    cols = _columns(ws, "BukuBesar")
    (total,) = rows_labelled(ws, "Jumlah mutasi periode")
    _all_totals_are_sums(ws, total)
    assert value(ws, ws.cell(total, cols["Debit"]).coordinate) == debit
    assert value(ws, ws.cell(total, cols["Kredit"]).coordinate) == credit
    types = dict(sql("SELECT code, type FROM account"))
    opening, closing = balances(first, before=True), balances(last)
    opened = rows_labelled(ws, "Saldo awal", 5)
    closed = rows_labelled(ws, "Saldo akhir", 5)
    assert len(opened) == len(closed) > 5
    for start, end in zip(opened, closed):
        code = ws.cell(start, 1).value
        sign = -1 if types[code] in CREDIT_NORMAL else 1
        assert ws.cell(start, cols["Saldo"]).value == sign * opening[code]
        formula = ws.cell(end, cols["Saldo"]).value
        assert formula.startswith(f"=H{start}+SUM(") and value(ws, f"H{end}") == \
            sign * closing[code], code
    assert {ws.cell(r, 1).value for r in opened} >= {"1-100", "1-110", "1-200", "4-100"}
    # the cash book's closing balances
    ws = book["Buku kas"]
    cols = _columns(ws, "BukuKas")
    ends = rows_labelled(ws, "Saldo akhir", cols["Keterangan"])
    assert [ws.cell(r, 1).value for r in ends] == ["1-100 Kas", "1-110 Bank"]
    assert [value(ws, ws.cell(r, cols["Saldo"]).coordinate) for r in ends] == \
        [closing["1-100"], closing["1-110"]]
    # the trial balance sums to zero
    ws = book["Neraca saldo"]
    cols, total = _columns(ws, "NeracaSaldo"), _total_row(ws)
    _all_totals_are_sums(ws, total)
    got = {name: value(ws, ws.cell(total, cols[name]).coordinate) for name in
           ("Jumlah debit", "Jumlah kredit", "Saldo debit", "Saldo kredit", "Saldo (D − K)")}
    everything = journal_totals(D(2000, 1, 1), last)
    assert (got["Jumlah debit"], got["Jumlah kredit"]) == everything
    assert got["Saldo debit"] == got["Saldo kredit"] > 0 and got["Saldo (D − K)"] == 0


def test_module_sheets_equal_their_tables(books, tmp_path):
    first, last = D(2026, 1, 1), D(2026, 12, 31)
    book = load_workbook(_export(books["chair"], tmp_path, 2026).path)
    # traders: closing balances are the 1-200 lines, the ageing the arrears service's
    ws = book["Piutang pedagang"]
    cols, total = _columns(ws, "PiutangPedagang"), _total_row(ws)
    _all_totals_are_sums(ws, total)
    assert value(ws, ws.cell(total, cols["Saldo akhir"]).coordinate) == sql(
        "SELECT sum(l.debit - l.credit) FROM journal_line l JOIN account a ON a.id = l.account_id"
        " WHERE a.code = '1-200' AND l.party_kind = 'trader'")[0][0]
    ageing = statements.ageing(books["chair"], dt.date(2026, 11, 23)).totals
    assert value(ws, ws.cell(total, cols["Jumlah tunggakan"]).coordinate) == ageing.overdue > 0
    assert value(ws, ws.cell(total, cols["Belum jatuh tempo"]).coordinate) == ageing.not_due
    names = {ws.cell(r, 1).value for r in range(5, total)}
    assert {"Siti Aminah", "Budi Santoso", "Ani Lestari"} <= names
    # parking by day and by attendant
    ws = book["Parkir"]
    expected, handed = sql("SELECT sum(expected), sum(handed_over) FROM shift_report"
                           " WHERE void_entry_id IS NULL AND report_date BETWEEN ? AND ?",
                           first.isoformat(), last.isoformat())[0]
    for table, label_column in (("ParkirHarian", 1), ("ParkirPetugas", 7)):
        cols = _columns(ws, table)
        total = _total_row(ws, label_column)
        _all_totals_are_sums(ws, total)
        assert value(ws, ws.cell(total, cols["Seharusnya"]).coordinate) == expected
        assert value(ws, ws.cell(total, cols["Disetor"]).coordinate) == handed
        assert value(ws, ws.cell(total, cols["Selisih"]).coordinate) == handed - expected < 0
    assert ws["A5"].value == dt.datetime(2026, 10, 5)          # from the first report on
    # stock cards: the closing values add up to the stock account
    ws = book["Kartu stok"]
    cols, total = _columns(ws, "KartuStok"), _total_row(ws)
    _all_totals_are_sums(ws, total)
    stock_value = balances(last)["1-300"]
    assert value(ws, ws.cell(total, cols["Saldo nilai"]).coordinate) == stock_value > 0
    for end in rows_labelled(ws, "Saldo akhir", cols["Keterangan"]):
        item = ws.cell(end, 1).value
        held = sql("SELECT m.qty_after FROM stock_movement m JOIN item i ON i.id = m.item_id"
                   " WHERE i.name = ? AND m.moved_on <= ? ORDER BY m.moved_on DESC, m.seq DESC"
                   " LIMIT 1", item, last.isoformat())[0][0]
        assert value(ws, ws.cell(end, cols["Saldo"]).coordinate) == held, item
    # bulk purchases: the round's charges
    ws = book["Pembelian bersama"]
    cols, total = _columns(ws, "PembelianBersama"), _total_row(ws)
    charged = sql("SELECT sum(a.charge) FROM round_allocation a JOIN purchase_round p"
                  " ON p.id = a.round_id WHERE p.posted_on BETWEEN ? AND ?",
                  first.isoformat(), last.isoformat())[0][0]
    assert value(ws, ws.cell(total, cols["Biaya"]).coordinate) == charged > 0


def test_a_closed_period_is_final_and_the_default_folder_is_exports(books, db_path):
    done = _export(books["chair"], None, first=D(2026, 9, 1), last=D(2026, 10, 31))
    assert done.path == db_path.parent / "exports" / "pembukuan-2026-09-01_2026-10-31.xlsx"
    assert not done.provisional
    book = load_workbook(done.path)
    assert "SEMENTARA" not in book.properties.title + (book.properties.keywords or "")
    assert all("SEMENTARA" not in (ws["A1"].value + (ws["A2"].value or ""))
               for ws in book.worksheets)
    assert book["Pembelian bersama"]["A5"].value == "(tidak ada)"   # posted in November


def test_the_big_sheets_stream_their_rows(books):
    from sekretariat.services.reports.period import year_period

    frame = Frame(books["chair"], year_period(2026), "Pasar", True, "", D(2026, 11, 23))
    for build in (ledgers_books.journal_sheet, ledgers_books.ledger_sheet,
                  ledgers_books.cash_sheet, ledgers_modules.stock_sheet):
        rows = build(frame).tables[0].rows
        assert inspect.isgenerator(rows), build.__name__


def test_the_auditor_may_export_and_progress_is_reported(books, sessions, tmp_path):
    seen = []
    done = _export(sessions["pembaca"], tmp_path, 2026,
                   progress=lambda n, total, label: seen.append((n, total, label)))
    assert done.path.exists()
    assert [label for _, _, label in seen][-1] == "Neraca saldo"
    assert {label for _, _, label in seen} == set(SHEETS)
    counts = [n for n, _, _ in seen]
    assert counts == sorted(counts) and all(n <= total for n, total, _ in seen)
    for role in ("sekretaris", "gudang", "staf"):
        with pytest.raises(PermissionDenied):
            _export(sessions[role], tmp_path / role, 2026)
        assert not (tmp_path / role).exists()


# --- refusals -------------------------------------------------------------------------------

def test_refusals_change_nothing(books, sessions, tmp_path):
    chair, tmp_path = books["chair"], tmp_path / "out"
    tmp_path.mkdir()
    before = all_rows()
    for call, error, key in (
            (lambda: _export(chair, tmp_path, 2025), ValidationError, "report.no_data"),
            (lambda: _export(chair, tmp_path, 2027), ValidationError, "report.period_future"),
            (lambda: _export(sessions["parkir"], tmp_path, 2026), PermissionDenied,
             "perm.denied"),
            (lambda: _export(chair, tmp_path, 2026, first=D(2026, 1, 1)), ValidationError,
             "ledgers.period_both"),
            (lambda: _export(chair, tmp_path, first=D(2026, 1, 1)), ValidationError,
             "ledgers.period_missing"),
            (lambda: _export(chair, tmp_path, first=D(2026, 5, 1), last=D(2026, 4, 1)),
             ValidationError, "report.period_reversed")):
        with pytest.raises(error) as raised:
            call()
        assert raised.value.key == key
    assert list(tmp_path.iterdir()) == []
    # a file there is never overwritten silently, nor one a spreadsheet has open
    first = _export(chair, tmp_path, 2026).path
    content = first.read_bytes()
    with pytest.raises(Conflict) as raised:
        _export(chair, tmp_path, 2026)
    assert raised.value.key == "ledgers.file_exists" and first.read_bytes() == content
    lock = tmp_path / f".~lock.{first.name}#"
    lock.write_text("x")
    with pytest.raises(Conflict) as raised:
        _export(chair, tmp_path, 2026, replace=True)
    assert raised.value.key == "ledgers.file_open"
    lock.unlink()
    assert _export(chair, tmp_path, 2026, replace=True).path == first
    # an unwritable folder, and a file where the folder should be
    blocker = tmp_path / "berkas.txt"
    blocker.write_text("x")
    with pytest.raises(ValidationError) as raised:
        _export(chair, blocker / "sub", 2026)
    assert raised.value.key == "ledgers.folder_unwritable"
    with pytest.raises(ValidationError) as raised:
        _export(chair, blocker, 2026)
    assert raised.value.key == "ledgers.not_a_folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berkas.txt", first.name]
    assert all_rows() == before                     # exporting only reads


def test_a_period_too_long_for_a_sheet_is_refused(books, tmp_path, monkeypatch):
    monkeypatch.setattr(ledgers, "MAX_LINES", 10)
    with pytest.raises(ValidationError) as raised:
        _export(books["chair"], tmp_path / "out", 2026)
    assert raised.value.key == "ledgers.too_many_lines" and not (tmp_path / "out").exists()


# --- the command ----------------------------------------------------------------------------

def test_the_command_writes_refuses_and_replaces(books, db_path, tmp_path):
    db.close_database()
    out = tmp_path / "keluar"
    done = as_user(db_path, "ketua", "export", "ledgers", "--year", "2026", "--out", str(out))
    assert done.exit_code == EXIT_OK, done.output
    assert "pembukuan-2026-sementara.xlsx" in done.output and "SEMENTARA" in done.output
    again = as_user(db_path, "ketua", "export", "ledgers", "--year", "2026", "--out", str(out))
    assert again.exit_code == EXIT_REFUSED and "--replace" in again.output
    forced = as_user(db_path, "ketua", "export", "ledgers", "--year", "2026", "--out", str(out),
                     "--replace")
    assert forced.exit_code == EXIT_OK, forced.output
    span = as_user(db_path, "ketua", "export", "ledgers", "--from", "01/09/2026", "--to",
                   "31/10/2026", "--out", str(out))
    assert span.exit_code == EXIT_OK and "SEMENTARA" not in span.output
    both = as_user(db_path, "ketua", "export", "ledgers", "--year", "2026", "--from",
                   "01/09/2026", "--out", str(out))
    assert both.exit_code == EXIT_REFUSED and "bukan keduanya" in both.output
    assert sorted(p.name for p in out.iterdir()) == [
        "pembukuan-2026-09-01_2026-10-31.xlsx", "pembukuan-2026-sementara.xlsx"]


# --- recalculated by LibreOffice --------------------------------------------------------------

def _csv_sheets(path, folder):
    """Every sheet as CSV, recalculated by LibreOffice: {title: rows}."""
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile",
                    "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,"
                    "false,-1", "--outdir", str(folder), str(path)],
                   check=True, capture_output=True, timeout=180)
    found = {}
    for title in SHEETS:
        with open(folder / f"{path.stem}-{title}.csv", encoding="utf-8", newline="") as handle:
            found[title] = list(csv.reader(handle))
    return found


def _total(rows, label, header, column):
    (row,) = [r for r in rows if r and r[0] == label]
    return int(row[header.index(column)])


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_same_totals(books, tmp_path):
    path = _export(books["chair"], tmp_path / "out", 2026).path
    sheets = _csv_sheets(path, tmp_path)
    debit, credit = journal_totals(D(2026, 1, 1), D(2026, 12, 31))
    journal = sheets["Jurnal umum"]
    assert _total(journal, "Jumlah", journal[3], "Debit") == debit
    assert _total(journal, "Jumlah", journal[3], "Kredit") == credit
    ledger = sheets["Buku besar"]
    assert _total(ledger, "Jumlah mutasi periode", ledger[3], "Debit") == debit
    closing = balances(D(2026, 12, 31))
    cash = sheets["Buku kas"]
    ends = [r for r in cash if len(r) > 5 and r[5] == "Saldo akhir"]
    assert [int(r[8]) for r in ends] == [closing["1-100"], closing["1-110"]]
    trial = sheets["Neraca saldo"]
    assert _total(trial, "Jumlah", trial[3], "Saldo (D − K)") == 0
    assert _total(trial, "Jumlah", trial[3], "Saldo debit") == \
        _total(trial, "Jumlah", trial[3], "Saldo kredit")
    stock = sheets["Kartu stok"]
    assert _total(stock, "Jumlah", stock[3], "Saldo nilai") == closing["1-300"]
    traders_ = sheets["Piutang pedagang"]
    assert _total(traders_, "Jumlah", traders_[3], "Saldo akhir") == closing["1-200"]
