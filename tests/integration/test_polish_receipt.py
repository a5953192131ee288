"""A receipt names the cashier who printed it, like every other document."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from test_leases_support import market

from sekretariat.services.leasing import billing, documents, leases, payments


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_a_receipt_names_the_cashier_who_printed_it(sessions, tmp_path):
    chair, treasurer = sessions["ketua"], sessions["bendahara"]
    m = market(chair)
    leases.create_lease(chair, m["budi"], m["stalls"][0], dt.date(2026, 9, 1),
                        dt.date(2027, 8, 31))
    billing.bill_period(chair, 2026, 9, issue_date=dt.date(2026, 9, 1))
    payment = payments.take_payment(treasurer, m["budi"], 100_000, "tunai")
    for width in ("80mm", "A6"):
        path = documents.receipt_pdf(treasurer, payment.id, tmp_path / width, width=width)
        text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                       text=True, check=True).stdout.split())
        assert f"oleh {treasurer.full_name}" in text, text
