"""The printed variance sheet of a stock count (Berita Acara Stok Opname,
issue 11 items 4 and 8): a closed count prints as a draft, an approved one as
the record with who approved and when; the figures on the paper are the ones
recomputed here from the tables by plain SQL (lines added up, the book at the
cut-off, the difference, its value at the moving average); a print again is
a SALINAN that never overwrites the first; printing writes nothing to the
database; too early, cancelled, unknown or not allowed is refused and writes
no file; ``sekretariat print variance N`` does the same from the CLI."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from fractions import Fraction

import pytest
from test_cli_support import ENV_NAMES, as_user
from test_documents import _text, needs_pdftotext
from test_warehouse_core import D, wh  # noqa: F401  (fixture)
from test_warehouse_counts import dump, stocked  # noqa: F401  (fixture)

from sekretariat import clock, db
from sekretariat.errors import EXIT_OK, EXIT_REFUSED, Conflict, NotFound, PermissionDenied
from sekretariat.reports.leasing.receipt import rupiah_words
from sekretariat.services.warehouse import count_papers, counts, movements

TODAY = D(2026, 11, 23)


def raw(sql: str, *params):
    return db.current_database().execute_sql(sql, params).fetchall()


def _pages(path) -> list[str]:
    """Each page's text (layout kept), whitespace collapsed."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return [" ".join(page.split()) for page in out.split("\f") if page.strip()]


def _rows(path) -> str:
    """The text with the table rows kept on their lines (pdftotext -layout)."""
    return " ".join(_pages(path))


def _rp(amount: int) -> str:
    return f"-Rp{abs(amount):,}".replace(",", ".") if amount < 0 else \
        f"Rp{amount:,}".replace(",", ".")


def _half_up(value: Fraction) -> int:
    sign = -1 if value < 0 else 1
    value = abs(value)
    return sign * int((2 * value.numerator + value.denominator) // (2 * value.denominator))


def expected(number: str) -> dict[str, dict]:
    """Per item counted, its figures straight from the tables: the lines'
    sum, the running balance of its last movement before the cut-off (dated
    before the count day, or on it and recorded in or before the cut-off
    minute), the difference, and its value at the moving average."""
    count_id, day, at = raw("SELECT id, counted_on, counted_at FROM stock_count"
                            " WHERE number = ?", number)[0]
    found = {}
    for item_id, name, unit, counted in raw(
            "SELECT i.id, i.name, i.base_unit, sum(l.quantity) FROM stock_count_line l"
            " JOIN item i ON i.id = l.item_id WHERE l.count_id = ? GROUP BY i.id", count_id):
        book = raw("SELECT qty_after, value_after FROM stock_movement WHERE item_id = ?"
                   " AND (moved_on < ? OR (moved_on = ? AND created_at <= ?))"
                   " ORDER BY seq DESC LIMIT 1", item_id, day, day, f"{day}T{at}:59.999999")
        qty, value = book[0] if book else (0, 0)
        variance = counted - qty
        found[name] = {"unit": unit, "book": qty, "counted": counted, "variance": variance,
                       "cost": _half_up(Fraction(value, qty)),
                       "value": _half_up(Fraction(variance * value, qty))}
    return found


def _count(stocked) -> int:  # noqa: F811
    """Beras: 2 karung at gudang A (gudang) + 50 kg at rak 2 (staf) = 150 kg
    against 200 kg in the book; minyak: 2 dus = 24 liter against 10."""
    gudang, staf = stocked["gudang"], stocked["staf"]
    count = counts.create_count(gudang, TODAY, "09:00", place="gudang A", note="Opname akhir bulan")
    counts.add_line(gudang, count.id, "beras", "2 karung")
    counts.add_line(staf, count.id, "beras", "50", place="rak 2")
    counts.add_line(gudang, count.id, "minyak", "2 dus")
    return count.id


def _row(text: str, name: str, figures: dict, tail: str = "") -> None:
    sign = "+" if figures["variance"] > 0 else ""
    row = (f"{name} {figures['unit']} {figures['book']} {figures['counted']} "
           f"{sign}{figures['variance']}")
    assert row in text, (row, text)
    value = f"Rp{figures['cost']:,}/{figures['unit']}".replace(",", ".") + " " + \
        _rp(figures["value"])
    assert value + tail in text, (value + tail, text)


@needs_pdftotext
def test_a_closed_count_prints_a_draft_with_the_tables_figures(stocked, tmp_path):  # noqa: F811
    gudang = stocked["gudang"]
    count_id = _count(stocked)
    counts.close_count(gudang, count_id)
    before = dump()
    path = count_papers.variance_sheet_pdf(gudang, "opn/2026/00001", to_dir=tmp_path)
    assert path == tmp_path / "OPN-2026-00001-draf.pdf" and path.read_bytes().startswith(b"%PDF")
    assert dump() == before                      # reading only: nothing written or audited
    text, rows = _text(path), _rows(path)
    want = expected("OPN/2026/00001")
    assert want["Beras medium"] == {"unit": "kg", "book": 200, "counted": 150, "variance": -50,
                                    "cost": 12_000, "value": -600_000}
    assert want["Minyak goreng"]["variance"] == 14 and want["Minyak goreng"]["value"] == 210_000
    for expected_text in ("BERITA ACARA STOK OPNAME", "Nomor: OPN/2026/00001",
                          "DRAF — belum disetujui", "Senin, 23 November 2026", "09:00",
                          "gudang A (juga: rak 2)", "Opname akhir bulan",
                          "Pengguna gudang (2 baris), Pengguna staf (1 baris)",
                          "Draf: menunggu persetujuan", "Telur ayam (stok buku 0 butir)",
                          "Pasar Sekojo", "Halaman 1 dari"):
        assert expected_text in text, expected_text
    # each item's figures; the difference in the larger unit only when whole
    _row(rows, "Beras medium", want["Beras medium"])
    assert "-50 -1 karung Rp12.000/kg" in rows
    _row(rows, "Minyak goreng", want["Minyak goreng"])
    assert "+14 Rp15.000/liter" in rows          # 14 liter is no whole dus: no larger unit
    total = sum(f["value"] for f in want.values())
    shortage = sum(f["value"] for f in want.values() if f["variance"] < 0)
    surplus = sum(f["value"] for f in want.values() if f["variance"] > 0)
    assert f"Jumlah {_rp(total)}" in rows
    assert f"Nilai kekurangan : {_rp(shortage)}" in text
    assert f"Nilai kelebihan : {_rp(surplus)}" in text
    assert f"Selisih bersih : {_rp(total)}" in text
    assert rupiah_words(total).capitalize() in text          # "Minus tiga ratus sembilan…"
    assert "belum menyetujui" in text and "Belum: selisih baru dibukukan" in text
    # signature boxes: each counter, the coordinator and the chair (names known)
    assert text.count("Petugas penghitung,") == 2
    for name in ("( Pengguna gudang )", "( Pengguna staf )", "( Ketua Pasar )",
                 "Koordinator Gudang", "Diperiksa oleh,", "Disetujui oleh,"):
        assert name in text, name


@needs_pdftotext
def test_an_approved_count_prints_who_approved_and_what_posted(stocked, tmp_path):  # noqa: F811
    gudang, chair = stocked["gudang"], stocked["chair"]
    count_id = _count(stocked)
    counts.close_count(gudang, count_id)
    draft = count_papers.variance_sheet_pdf(gudang, count_id, to_dir=tmp_path)
    first = draft.read_bytes()
    clock.freeze(dt.datetime(2026, 11, 23, 10, 15))
    counts.approve_count(gudang, count_id)
    clock.freeze(dt.datetime(2026, 11, 23, 11, 40))
    counts.approve_count(chair, count_id)
    posted = dict(raw("SELECT i.name, m.number FROM stock_movement m JOIN item i"
                      " ON i.id = m.item_id WHERE m.source = 'count'"))
    assert len(posted) == 2
    path = count_papers.variance_sheet_pdf(stocked["pembaca"], "OPN/2026/00001",
                                           to_dir=tmp_path)
    assert path == tmp_path / "OPN-2026-00001.pdf"
    assert draft.read_bytes() == first           # the draft is kept as it was
    text, rows = _text(path), _rows(path)
    assert "DRAF" not in text and "SALINAN" not in text
    want = expected("OPN/2026/00001")            # the adjustments (after the cut-off) left out
    _row(rows, "Beras medium", want["Beras medium"],
         f" dibukukan {posted['Beras medium']}")
    _row(rows, "Minyak goreng", want["Minyak goreng"],
         f" dibukukan {posted['Minyak goreng']}")
    for expected_text in ("Disetujui, selisih dibukukan",
                          "Koordinator gudang : Pengguna gudang, 23 Nov 2026 10.15",
                          "Ketua : Ketua Pasar, 23 Nov 2026 11.40",
                          "Selisih dibukukan : 23 Nov 2026 11.40, bertanggal hari opname"
                          " 23 Nov 2026"):
        assert expected_text in text, expected_text
    again = count_papers.variance_sheet_pdf(gudang, "OPN/2026/00001", to_dir=tmp_path)
    assert again == tmp_path / "OPN-2026-00001-salinan-2.pdf"
    assert "SALINAN" in _text(again) and "SALINAN" not in _text(path)


def test_printing_refused_too_early_cancelled_unknown_or_not_allowed(stocked,  # noqa: F811
                                                                   tmp_path):
    gudang = stocked["gudang"]
    count_id = _count(stocked)
    with pytest.raises(Conflict) as refused:                 # still open: blind
        count_papers.variance_sheet_pdf(gudang, count_id, to_dir=tmp_path)
    assert refused.value.key == "warehouse.count_still_open"
    counts.close_count(gudang, count_id)
    with pytest.raises(PermissionDenied):                    # a counter may not see the book
        count_papers.variance_sheet_pdf(stocked["staf"], count_id, to_dir=tmp_path)
    with pytest.raises(PermissionDenied):
        count_papers.variance_sheet_pdf(stocked["parkir"], count_id, to_dir=tmp_path)
    for ref in ("OPN/2026/00009", "PB/2026/00001", "", 99, "99"):
        with pytest.raises(NotFound):
            count_papers.variance_sheet_pdf(gudang, ref, to_dir=tmp_path)
    counts.cancel_count(gudang, count_id, "salah hitung")
    with pytest.raises(Conflict) as refused:
        count_papers.variance_sheet_pdf(gudang, count_id, to_dir=tmp_path)
    assert refused.value.key == "warehouse.count_cancelled"
    assert not list(tmp_path.glob("*.pdf"))


def test_the_larger_unit_is_shown_only_when_whole(wh):  # noqa: F811
    beras, telur = wh["beras"], wh["telur"]
    assert count_papers.larger_unit(beras, -100) == "-2 karung"
    assert count_papers.larger_unit(beras, 50) == "+1 karung"
    assert count_papers.larger_unit(beras, -60) == ""
    assert count_papers.larger_unit(beras, 0) == ""
    assert count_papers.larger_unit(telur, 600) == "+2 peti"
    assert count_papers.larger_unit(telur, -60) == "-2 tray"   # no whole peti: the tray
    assert count_papers.larger_unit(telur, 7) == ""


@pytest.fixture
def closed_count(stocked, db_path):  # noqa: F811
    count_id = _count(stocked)
    counts.close_count(stocked["gudang"], count_id)
    # a movement after the count is recorded: the sheet keeps the cut-off
    movements.record_issue(stocked["chair"], "beras", TODAY, 10, price=150_000)
    db.close_database()
    return db_path


@pytest.fixture
def _clean_environment(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@needs_pdftotext
@pytest.mark.usefixtures("_clean_environment")
def test_the_cli_prints_the_variance_sheet(closed_count, tmp_path):
    out = tmp_path / "out"
    done = as_user(closed_count, "gudang", "print", "variance", "OPN/2026/00001",
                   "--to", str(out))
    assert done.exit_code == EXIT_OK, done.output
    path = out / "OPN-2026-00001-draf.pdf"
    assert path.exists() and str(path) in re.sub(r"\s+", "", done.output)
    assert "BERITA ACARA STOK OPNAME" in _text(path)
    assert "Beras medium kg 200 150 -50" in _rows(path)
    # the default folder: exports/ beside the database
    default = as_user(closed_count, "pembaca", "print", "variance", "1")
    assert default.exit_code == EXIT_OK, default.output
    assert (closed_count.parent / "exports" / "OPN-2026-00001-draf.pdf").exists()
    refused = as_user(closed_count, "staf", "print", "variance", "OPN/2026/00001")
    assert refused.exit_code == EXIT_REFUSED
    unknown = as_user(closed_count, "gudang", "print", "variance", "OPN/2026/00042")
    assert unknown.exit_code == EXIT_REFUSED and "OPN/2026/00042" in unknown.output
