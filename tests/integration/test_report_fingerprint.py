"""The report's fingerprint and ``verify_report`` (issue 12, item 4): the
same books give the same fingerprint (whoever asks, in whatever language);
one more posting dated in the period changes it and verify names that
entry; an entry dated after the period leaves it as it was; a reversal is
named with what it reverses; a file that is not ours is refused clearly.
The PDFs here are made with reportlab directly (only the Keywords matter),
so these tests do not depend on the report's layout."""

from __future__ import annotations

import datetime as dt

import pytest
from reporthelp import post_books
from reportlab.pdfgen import canvas

from sekretariat import db
from sekretariat.errors import PermissionDenied, ValidationError
from sekretariat.i18n import set_language
from sekretariat.services.cash import vouchers
from sekretariat.services.core import journal
from sekretariat.services.core.journal import LineInput
from sekretariat.services.reports import fingerprint as fp
from sekretariat.services.reports import period as periods
from sekretariat.services.reports.report_data import gather
from sekretariat.services.reports.verify import read_metadata, verify_report

D = dt.date
YEAR = periods.year_period(2026)


@pytest.fixture
def books(sessions):
    post_books(sessions)
    return sessions


def pdf(path, keywords: str | None):  # type: ignore[no-untyped-def]
    """A one-page PDF carrying ``keywords`` (None: no Keywords at all)."""
    page = canvas.Canvas(str(path))
    if keywords is not None:
        page.setKeywords(keywords)
    page.drawString(72, 720, keywords or "laporan")
    page.save()
    return path


def report_pdf(session, tmp_path, period=YEAR, kind="annual", name="laporan.pdf"):
    return pdf(tmp_path / name, fp.metadata_text(gather(session, period, kind)))


def last_entry() -> tuple[int, str]:
    return tuple(db.current_database().execute_sql(
        "SELECT id, number FROM journal_entry ORDER BY id DESC LIMIT 1").fetchone())


def test_same_books_same_fingerprint(books):
    chair, reader = books["ketua"], books["pembaca"]
    first = fp.fingerprint(YEAR)
    assert len(first) == 19 and [len(g) for g in first.split("-")] == [4, 4, 4, 4]
    assert fp.fingerprint(YEAR) == first
    assert gather(chair, YEAR).signature.fingerprint == first
    assert gather(reader, YEAR).signature.fingerprint == first
    set_language("en")
    assert fp.fingerprint(YEAR) == first          # account names are not figures
    set_language("id")
    assert fp.fingerprint(periods.month_period(2026, 11)) != first
    assert fp.fingerprint(periods.year_period(2025)) != first
    canonical = fp.canonical(YEAR)
    assert canonical.startswith("sekretariat-figures/1\nperiod 2026-01-01 2026-12-31\n")
    assert "balance 1-100 " in canonical and "moved 4-100 " in canonical


def test_metadata_round_trip(books):
    data = gather(books["ketua"], YEAR)
    text = fp.metadata_text(data)
    audit, journal_id = fp.positions()
    assert text == (f"sekretariat-report/1 kind=annual start=2026-01-01 end=2026-12-31"
                    f" fp={data.signature.fingerprint} audit={audit} journal={journal_id}")
    found = fp.parse_metadata(f"laporan, tahunan, {text}")
    assert (found.kind, found.start, found.end, found.fingerprint, found.audit_position,
            found.journal_position) == ("annual", D(2026, 1, 1), D(2026, 12, 31),
                                        data.signature.fingerprint, audit, journal_id)
    assert fp.parse_metadata("sekretariat-report/1 kind=weekly start=2026-01-01"
                             " end=2026-12-31 fp=1a2b-3c4d-5e6f-7a8b audit=1 journal=2") is None
    assert fp.parse_metadata("laporan tahunan") is None


def test_a_posting_in_the_period_changes_it_and_is_named(books, tmp_path):
    chair, treasurer = books["ketua"], books["bendahara"]
    made = report_pdf(chair, tmp_path)
    same = verify_report(chair, made)
    assert same.same and same.entries == () and not same.journal_behind
    assert same.current == read_metadata(made).fingerprint
    vouchers.record_expense(treasurer, D(2026, 11, 22), "5-300", 20_000, "Kebersihan", "Ember")
    entry_id, number = last_entry()
    changed = verify_report(chair, made)
    assert not changed.same and changed.current == fp.fingerprint(YEAR)
    assert [(e.id, e.number, e.entry_date, e.source, e.reverses) for e in changed.entries] == [
        (entry_id, number, D(2026, 11, 22), "cash.expense", None)]
    assert "Ember" in changed.entries[0].memo


def test_an_entry_after_the_period_leaves_it(books, tmp_path):
    chair, treasurer = books["ketua"], books["bendahara"]
    last_year = periods.year_period(2025)
    made = report_pdf(chair, tmp_path, last_year)
    before = fp.fingerprint(last_year)
    vouchers.record_expense(treasurer, D(2026, 11, 22), "5-300", 20_000, "Kebersihan", "Ember")
    assert fp.fingerprint(last_year) == before
    found = verify_report(chair, made)
    assert found.same and found.entries == ()
    assert found.period == last_year and found.recorded.kind == "annual"
    # and a monthly report's
    november = periods.month_period(2026, 11)
    made = report_pdf(chair, tmp_path, november, "monthly", "bulanan.pdf")
    assert verify_report(chair, made).same
    vouchers.record_expense(treasurer, D(2026, 11, 23), "5-300", 5_000, "Kebersihan", "Sapu")
    found = verify_report(chair, made)
    assert not found.same and found.period == november and found.recorded.kind == "monthly"
    assert [e.entry_date for e in found.entries] == [D(2026, 11, 23)]


def test_a_reversal_is_named(books, tmp_path):
    chair = books["ketua"]
    wrong = journal.post_entry(chair, D(2026, 11, 21), "Biaya salah akun",
                               [LineInput("5-800", debit=25_000), LineInput("1-110",
                                                                            credit=25_000)])
    made = report_pdf(chair, tmp_path)
    reversal = journal.reverse_entry(chair, wrong.id, "salah akun", D(2026, 11, 23))
    found = verify_report(chair, made)
    assert not found.same
    assert [(e.id, e.reverses) for e in found.entries] == [(reversal.id, wrong.number)]


def test_refusals_say_what_is_wrong(books, tmp_path):
    chair = books["ketua"]
    text = tmp_path / "catatan.pdf"
    text.write_text("bukan pdf", encoding="utf-8")
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 20)
    cases = {tmp_path / "tidak-ada.pdf": "annual.verify_not_file",
             tmp_path: "annual.verify_not_file",
             text: "annual.verify_not_pdf",
             broken: "annual.verify_not_pdf",
             pdf(tmp_path / "polos.pdf", None): "annual.verify_no_metadata",
             pdf(tmp_path / "lain.pdf", "laporan, pasar"): "annual.verify_no_metadata"}
    for path, key in cases.items():
        with pytest.raises(ValidationError) as refused:
            verify_report(chair, path)
        assert refused.value.key == key, path
        assert str(path) in refused.value.message


def test_who_may_verify(books, tmp_path):
    made = report_pdf(books["ketua"], tmp_path)
    assert verify_report(books["pembaca"], made).same
    for role in ("sekretaris", "parkir", "staf"):
        with pytest.raises(PermissionDenied):
            verify_report(books[role], made)


def test_another_database_is_told_apart(books, tmp_path):
    chair = books["ketua"]
    data = gather(chair, YEAR)
    far = fp.metadata_text(data).replace(f"journal={data.signature.journal_position}",
                                         "journal=999999")
    found = verify_report(chair, pdf(tmp_path / "jauh.pdf", far))
    assert found.same and found.journal_behind
