"""Gap-free yearly numbers (``KW/2026/00001``), allocated inside the caller's
transaction so a rolled-back write gives its number back."""

from __future__ import annotations

from sekretariat import db

#: Series -> (table, column) holding the numbers issued. ``check`` proves each
#: series runs 1..last without gaps. Modules add their series here.
SERIES: dict[str, tuple[str, str]] = {
    "JU": ("journal_entry", "number"),
    "SPS": ("lease", "agreement_number"),
    "INV": ("invoice", "number"),
    "PD": ("invoice", "number"),
    "KW": ("payment", "receipt_number"),
    "NK": ("credit_note", "number"),
    "SIH": ("fee_collection", "number"),
    "BKM": ("cash_voucher", "number"),
    "BKK": ("cash_voucher", "number"),
    "PKR": ("shift_report", "number"),
    "GDG": ("stock_movement", "number"),
    "OPN": ("stock_count", "number"),
    "PB": ("purchase_round", "number"),
    "PO": ("purchase_round", "po_number"),
    "BPM": ("supplier_payment", "number"),      # Bayar Pemasok: supplier payments
    "INS": ("inspection", "number"),            # facility inspection rounds
    "ADU": ("complaint", "number"),             # pengaduan: complaints
}


def next_number(series: str, year: int) -> str:
    if series not in SERIES:
        raise ValueError(f"unknown series {series!r}")
    if not db.in_transaction():
        raise RuntimeError("numbers are allocated inside the caller's write transaction")
    (last,) = db.current_database().execute_sql(
        "INSERT INTO sequence (series, year, last) VALUES (?, ?, 1) "
        "ON CONFLICT (series, year) DO UPDATE SET last = last + 1 RETURNING last",
        (series, year)).fetchone()
    return format_number(series, year, last)


def format_number(series: str, year: int, n: int) -> str:
    return f"{series}/{year}/{n:05d}"


def last_issued(series: str, year: int) -> int:
    row = db.current_database().execute_sql(
        "SELECT last FROM sequence WHERE series = ? AND year = ?", (series, year)).fetchone()
    return row[0] if row else 0
