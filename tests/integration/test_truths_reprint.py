"""A document printed again repeats the original: the receipt's balance is the
one right after that payment, whenever it is printed; a reprint says SALINAN
and never overwrites the original's file (issue 8, section 1)."""

import datetime as dt
import shutil
import subprocess

import pytest
from test_leases_support import market

from sekretariat.reports.leasing import receipt as receipt_report
from sekretariat.services.leasing import billing, documents, leases, payments, receivables

D = dt.date
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="poppler-utils (pdftotext) not installed")


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


@pytest.fixture
def paid(chair):
    m = market(chair)
    m["lease"] = leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 7, 1),
                                     D(2027, 6, 30)).id
    for month in (7, 8, 9, 10):
        billing.bill_period(chair, 2026, month, issue_date=D(2026, month, 1))
    first = payments.take_payment(chair, m["siti"], 300_000, "tunai", paid_on=D(2026, 11, 20))
    return m, first


def _captured(monkeypatch):
    seen = []
    real = receipt_report.build_receipt

    def spy(path, data, letterhead, **kwargs):
        seen.append((data, letterhead))
        return real(path, data, letterhead, **kwargs)

    monkeypatch.setattr(receipt_report, "build_receipt", spy)
    return seen


def test_a_receipt_states_the_balance_right_after_its_payment(chair, paid, tmp_path,
                                                             monkeypatch):
    m, first = paid
    balance_then = receivables.balance(m["siti"])
    assert balance_then == 900_000
    seen = _captured(monkeypatch)
    original = documents.receipt_pdf(chair, first.id, tmp_path)
    # the same day, a second payment; later, another: the books move on
    payments.take_payment(chair, m["siti"], 200_000, "tunai", paid_on=D(2026, 11, 20))
    payments.take_payment(chair, m["siti"], 100_000, "tunai")
    assert receivables.balance(m["siti"]) == 600_000
    original_bytes = original.read_bytes()
    again = documents.receipt_pdf(chair, first.id, tmp_path)
    assert [data.balance_after for data, _ in seen] == [900_000, 900_000]
    assert [head.copy_label for _, head in seen] == ["", "SALINAN"]
    assert again != original and again.name == "KW-2026-00001-salinan-2.pdf"
    assert original.read_bytes() == original_bytes
    third = documents.receipt_pdf(chair, first.id, tmp_path)
    assert third.name == "KW-2026-00001-salinan-3.pdf"
    assert original.read_bytes() == original_bytes


@pytest.mark.parametrize("which", ["agreement", "reminder", "statement"])
def test_every_document_printed_again_is_a_copy_beside_the_original(chair, paid, tmp_path,
                                                                   which):
    m, _ = paid
    lease_id = m["lease"]
    make = {
        "agreement": lambda: documents.lease_agreement_pdf(chair, lease_id, tmp_path),
        "reminder": lambda: documents.reminder_letter_pdf(chair, m["siti"], folder=tmp_path),
        "statement": lambda: documents.statement_pdf(chair, m["siti"], None, D(2026, 11, 23),
                                                     tmp_path),
    }[which]
    original = make()
    before = original.read_bytes()
    again = make()
    assert again != original and again.stem == f"{original.stem}-salinan-2"
    assert original.read_bytes() == before
    if shutil.which("pdftotext"):
        assert "SALINAN" in _text(again) and "SALINAN" not in _text(original)


@needs_pdftotext
def test_the_reprinted_receipt_says_salinan(chair, paid, tmp_path):
    _, first = paid
    original = documents.receipt_pdf(chair, first.id, tmp_path)
    again = documents.receipt_pdf(chair, first.id, tmp_path)
    assert "SALINAN" not in _text(original) and "SALINAN" in _text(again)
