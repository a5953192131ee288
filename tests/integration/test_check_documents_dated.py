"""A reminder letter and a trader statement state the deposit, the credit and
the open amounts as they stood on the document's date, not as of now: made
again for the same day after a deposit is taken or refunded and a payment is
made, they state the same facts."""

import datetime as dt
import shutil
import subprocess

import pytest
from test_leases_support import TODAY, market

from sekretariat.reports.leasing import reminder as reminder_report
from sekretariat.reports.leasing import statement as statement_report
from sekretariat.services.leasing import billing, deposits, documents, leases, payments

D = dt.date
LETTER_DAY = D(2026, 11, 20)


@pytest.fixture
def built(monkeypatch):
    seen = []
    for module, name in ((reminder_report, "build_reminder"),
                         (statement_report, "build_statement")):
        real = getattr(module, name)

        def spy(path, data, letterhead, real=real):
            seen.append(data)
            return real(path, data, letterhead)

        monkeypatch.setattr(module, name, spy)
    return seen


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


def test_the_letter_and_statement_state_the_deposit_of_their_own_date(chair, tmp_path, built):
    m = market(chair)
    leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 8, 1), D(2027, 7, 31))
    for month in (8, 9):
        billing.bill_period(chair, 2026, month, issue_date=D(2026, month, 1))
    later = leases.create_lease(chair, m["siti"], m["stalls"][1], D(2027, 1, 1),
                                D(2027, 12, 31), deposit_amount=300_000)
    deposits.receive_deposit(chair, later.id, 200_000, "tunai", paid_on=D(2026, 11, 10))

    first = documents.reminder_letter_pdf(chair, m["siti"], LETTER_DAY, tmp_path / "a")
    original = built[-1]
    assert original.deposit_held == 200_000 and original.total == 600_000
    documents.statement_pdf(chair, m["siti"], None, LETTER_DAY, tmp_path / "a")
    assert built[-1].deposit_held == 200_000

    # after the letter's day: more deposit, a payment, then the deposit refunded
    deposits.receive_deposit(chair, later.id, 100_000, "tunai")
    payments.take_payment(chair, m["siti"], 250_000, "tunai")
    again = documents.reminder_letter_pdf(chair, m["siti"], LETTER_DAY, tmp_path / "b")
    assert built[-1] == original
    deposits.refund_deposit(chair, later.id)
    documents.reminder_letter_pdf(chair, m["siti"], LETTER_DAY, tmp_path / "c")
    assert built[-1] == original
    documents.statement_pdf(chair, m["siti"], None, LETTER_DAY, tmp_path / "c")
    assert built[-1].deposit_held == 200_000

    documents.reminder_letter_pdf(chair, m["siti"], TODAY, tmp_path / "d")
    today = built[-1]
    assert today.deposit_held == 0 and today.total == 600_000 - 250_000
    documents.statement_pdf(chair, m["siti"], None, TODAY, tmp_path / "d")
    assert built[-1].deposit_held == 0
    if shutil.which("pdftotext"):
        for path in (first, again):
            text = _text(path)
            assert "per 20 November 2026: Rp200.000" in text, text
