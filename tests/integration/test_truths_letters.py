"""Letters go to the right person about the right thing: a debt left on an
ended or transferred lease says the stall is no longer theirs and threatens
no lease; a current tenant's letter names their current stalls (issue 8)."""

import datetime as dt
import shutil
import subprocess

import pytest
from test_leases_support import TODAY, market

from sekretariat.reports.leasing import reminder as reminder_report
from sekretariat.services.leasing import billing, documents, lease_endings, leases

D = dt.date
TOMORROW = TODAY + dt.timedelta(days=1)


@pytest.fixture
def letters(monkeypatch):
    seen = []
    real = reminder_report.build_reminder

    def spy(path, data, letterhead):
        seen.append(data)
        return real(path, data, letterhead)

    monkeypatch.setattr(reminder_report, "build_reminder", spy)
    return seen


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


def test_a_debt_left_on_a_transferred_lease_says_the_stall_is_no_longer_theirs(
        chair, tmp_path, letters):
    m = market(chair)
    lease = leases.create_lease(chair, m["budi"], m["stalls"][1], D(2026, 10, 1),
                                D(2027, 9, 30))
    billing.bill_period(chair, 2026, 10)
    billing.bill_period(chair, 2026, 11)
    lease_endings.transfer_stall(chair, lease.id, m["siti"], TODAY, arrears="keep")
    path = documents.reminder_letter_pdf(chair, m["budi"], TOMORROW, tmp_path)
    data = letters[-1]
    assert data.stalls == "" and data.former_stalls == "kios A-02"
    assert data.holds_lease is False
    if shutil.which("pdftotext"):
        text = _text(path)
        assert "bukan lagi sewaan" in text and "pengakhiran perjanjian sewa" not in text


def test_a_current_tenants_letter_names_their_current_stalls(chair, tmp_path, letters):
    m = market(chair)
    leases.create_lease(chair, m["siti"], m["stalls"][0], D(2026, 7, 1), D(2027, 6, 30))
    for month in (7, 8):
        billing.bill_period(chair, 2026, month, issue_date=D(2026, month, 1))
    leases.create_lease(chair, m["siti"], m["stalls"][2], D(2026, 11, 1), D(2027, 10, 31))
    path = documents.reminder_letter_pdf(chair, m["siti"], TODAY, tmp_path)
    data = letters[-1]
    assert data.stalls == "kios A-01, A-03" and data.former_stalls == ""
    assert data.holds_lease is True
    if shutil.which("pdftotext"):
        text = _text(path)
        assert "pengakhiran perjanjian sewa" in text and "bukan lagi sewaan" not in text
