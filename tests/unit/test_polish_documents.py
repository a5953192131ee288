"""A letter's signature block never stands alone on a page, nor a
statement's footnote; receipts name who printed them (issue 8, section 3).
Checked page by page with pdftotext."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from sekretariat.reports.leasing.reminder import OverdueLine, ReminderData, build_reminder
from sekretariat.reports.leasing.statement import StatementData, StatementRow, build_statement
from sekretariat.reports.pdf import Letterhead

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

HEAD = Letterhead("Pasar Sekojo", "Jl. Sekojo 1, Palembang", "Koperasi Pasar",
                  printed_by="Rosmala Dewi")


def _pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def _reminder(count: int) -> ReminderData:
    day = dt.date(2026, 11, 23)
    lines = tuple(OverdueLine(f"INV/2026/{i:05d}", f"Sewa A-01, bulan ke-{i}",
                              day - dt.timedelta(days=30 * i), 30 * i, 300_000)
                  for i in range(1, count + 1))
    return ReminderData(day, "Palembang", "Pasar Sekojo", "Koperasi Pasar", "Siti Aminah",
                        "Jl. Merdeka 5", "A-01", lines, 0, "Zainal", "Rosmala")


def test_a_reminders_signature_never_stands_alone(tmp_path):
    pushed = 0
    for count in range(1, 45):
        pages = _pages(build_reminder(tmp_path / f"r{count}.pdf", _reminder(count), HEAD))
        signed = [i for i, page in enumerate(pages) if "Hormat kami" in page]
        assert len(signed) == 1, count
        page = pages[signed[0]]
        assert "Demikian surat teguran" in page, (count, page)
        pushed += signed[0] > 0
    assert pushed, "no letter was long enough to push the signature to a later page"


def _statement(count: int) -> StatementData:
    day = dt.date(2026, 1, 1)
    rows = tuple(StatementRow(day + dt.timedelta(days=i), f"INV/2026/{i:05d}",
                              f"Sewa A-01 hari ke-{i}", 10_000, 0, 10_000 * (i + 1))
                 for i in range(count))
    total = 10_000 * count
    return StatementData("Pasar Sekojo", "Siti Aminah", "1671015705800001", "0812", "Jl. X",
                         "A-01", day, dt.date(2026, 11, 23), 0, rows, total, 0, total, 0,
                         (0, 0, 0, 0, total))


def test_a_statements_footnote_never_stands_alone(tmp_path):
    pushed = 0
    for count in range(20, 75):
        pages = _pages(build_statement(tmp_path / f"s{count}.pdf", _statement(count), HEAD))
        noted = [i for i, page in enumerate(pages) if "Rekening koran ini disusun" in page]
        assert len(noted) == 1, count
        page = pages[noted[0]]
        assert "Umur tagihan" in page, (count, page)
        pushed += noted[0] > 0
    assert pushed
