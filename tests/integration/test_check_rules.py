"""Each rule in the check registry sees raw-SQL tampering that gets past the
triggers (a dropped guard where one would refuse it), and reports nothing on
an exercised, healthy database."""

import sqlite3

import pytest
from test_leases_check import exercised  # noqa: F401  (the fixture)

from sekretariat import db
from sekretariat.services.core import check


def _failed(report=None):
    report = report or check.integrity_report()
    return {item.key: item.problems for item in report.items if not item.ok}


def _tamper(*statements):
    """Write behind the program's back, with plain sqlite3 on the file."""
    path = str(db.current_path())
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        for sql in statements:
            raw.execute(sql)
    finally:
        raw.close()


def test_the_registry_holds_core_and_leasing_rules():
    keys = [r.key for r in check.rules()]
    assert keys[:6] == ["check.integrity", "check.foreign_keys", "check.triggers",
                        "check.audit_chain", "check.journal", "check.numbering"]
    assert {"check.receivables", "check.open_items", "check.payment_party", "check.lease_terms",
            "check.lease_overlap", "check.stored_totals"} <= set(keys)
    assert {"core", "leasing", "cash", "parking", "surveys"} <= {r.area for r in check.rules()}


def test_a_healthy_exercised_database_reports_nothing(chair, exercised):  # noqa: F811
    assert _failed() == {}


def test_a_tampered_credit_is_seen(chair, exercised):  # noqa: F811
    _tamper("UPDATE credit_open SET open_amount = open_amount + 700"
            " WHERE source = 'payment' AND source_id = (SELECT max(source_id) FROM credit_open"
            " WHERE source = 'payment')")
    assert list(_failed()) == ["check.receivables"]


def test_a_tampered_open_invoice_is_seen(chair, exercised):  # noqa: F811
    _tamper("UPDATE invoice_open SET open_amount = open_amount + 1000 WHERE invoice_id = 2")
    failed = _failed()
    assert list(failed) == ["check.receivables"]
    assert any("INV/2026/00002" in p for p in failed["check.receivables"])


def test_a_payment_moved_to_another_trader_is_seen(chair, exercised):  # noqa: F811
    _tamper("DROP TRIGGER payment_fixed",
            "UPDATE payment SET trader_id = (SELECT id FROM trader WHERE name = 'Siti Aminah')"
            " WHERE trader_id = (SELECT id FROM trader WHERE name = 'Budi Santoso')"
            " AND purpose = 'account' AND void_entry_id IS NULL")
    failed = _failed()
    assert "check.payment_party" in failed
    assert any(p.startswith("Kwitansi KW/2026/") for p in failed["check.payment_party"])


def test_an_invoice_moved_to_another_trader_is_seen(chair, exercised):  # noqa: F811
    _tamper("DROP TRIGGER invoice_fixed",
            "UPDATE invoice SET trader_id = (SELECT id FROM trader WHERE name = 'Budi Santoso')"
            " WHERE id = 1")
    failed = _failed()
    assert any(p.startswith("Tagihan INV/2026/00001") for p in failed["check.payment_party"])


@pytest.mark.parametrize("change, field", [
    ("monthly_rate = monthly_rate + 50000", "monthly_rate"),
    ("end_date = '2030-12-31'", "end_date"),
    ("stall_id = (SELECT max(id) FROM stall)", "stall_id"),
    ("trader_id = (SELECT max(id) FROM trader)", "trader_id"),
    ("status = 'active', closed_on = NULL, end_reason = NULL, ended_on = NULL", "status"),
])
def test_a_lease_changed_behind_the_audit_log_is_seen(chair, exercised, change, field):  # noqa: F811
    _tamper("DROP TRIGGER lease_fixed",
            f"UPDATE lease SET {change} WHERE id = (SELECT min(id) FROM lease"
            " WHERE status <> 'active')")
    failed = _failed()
    assert "check.lease_terms" in failed
    assert field in failed["check.lease_terms"][0]


def test_a_lease_with_no_audit_record_is_seen(chair, exercised):  # noqa: F811
    _tamper("DROP TRIGGER lease_no_overlap",
            "INSERT INTO lease (agreement_number, trader_id, stall_id, signed_on, start_date,"
            " end_date, monthly_rate, frequency, due_day, created_by, created_at)"
            " SELECT 'SPS/2026/00099', trader_id, stall_id, signed_on, '2027-01-01',"
            " '2027-06-30', monthly_rate, frequency, due_day, created_by, created_at"
            " FROM lease WHERE status = 'active' ORDER BY id LIMIT 1")
    failed = _failed()
    assert any("SPS/2026/00099" in p for p in failed["check.lease_terms"])
    assert any("SPS/2026/00099" in p for p in failed["check.lease_overlap"])


def test_overlapping_leases_are_seen(chair, exercised):  # noqa: F811
    _tamper("DROP TRIGGER lease_no_overlap",
            "INSERT INTO lease (agreement_number, trader_id, stall_id, signed_on, start_date,"
            " end_date, monthly_rate, frequency, due_day, created_by, created_at)"
            " SELECT 'SPS/2026/00099', trader_id, (SELECT max(id) FROM stall), signed_on,"
            " '2026-11-01', '2026-11-30', 300000, 'monthly', 10, created_by, created_at"
            " FROM lease LIMIT 1",
            "INSERT INTO lease (agreement_number, trader_id, stall_id, signed_on, start_date,"
            " end_date, monthly_rate, frequency, due_day, created_by, created_at)"
            " SELECT 'SPS/2026/00098', trader_id, (SELECT max(id) FROM stall), signed_on,"
            " '2026-11-15', '2026-12-31', 300000, 'monthly', 10, created_by, created_at"
            " FROM lease LIMIT 1")
    failed = _failed()
    assert failed["check.lease_overlap"] == (
        "Lapak A-04: sewa SPS/2026/00099 dan SPS/2026/00098 tumpang tindih.",)


def test_a_hand_over_total_not_its_lines_is_seen(chair, exercised):  # noqa: F811
    _tamper("DROP TRIGGER fee_collection_fixed",
            "UPDATE fee_collection SET unpaid_total = unpaid_total + 2000")
    failed = _failed()
    assert list(failed) == ["check.triggers", "check.stored_totals"]
    assert "unpaid_total" in failed["check.stored_totals"][0]


def test_a_hand_over_line_added_is_seen(chair, exercised):  # noqa: F811
    _tamper("DROP TRIGGER fee_collection_line_once",
            "INSERT INTO fee_collection_line (collection_id, fee_date, stall_id, fee_type_id,"
            " lease_id, amount, paid) SELECT collection_id, fee_date, stall_id, fee_type_id,"
            " lease_id, amount, 1 FROM fee_collection_line LIMIT 1")
    failed = _failed()
    assert any("collected" in p for p in failed["check.stored_totals"])


@pytest.mark.parametrize("table", ["invoice", "payment"])
def test_a_document_amount_not_its_entry_is_seen(chair, exercised, table):  # noqa: F811
    _tamper(f"DROP TRIGGER {table}_fixed",
            f"UPDATE {table} SET amount = amount + 1 WHERE id = (SELECT min(id) FROM {table}"
            " WHERE void_entry_id IS NULL)")
    failed = _failed()
    assert any("amount" in p for p in failed["check.stored_totals"])


@pytest.mark.parametrize("sql", [
    "UPDATE invoice_open SET due_date = '2027-01-31' WHERE invoice_id = 2",
    "UPDATE invoice_open SET open_until = '2026-11-01' WHERE open_amount > 0",
    "UPDATE invoice_open SET trader_id = trader_id + 1 WHERE invoice_id = 2",
    "UPDATE credit_open SET credit_date = '2026-01-01'",
    "INSERT INTO credit_open VALUES ('payment', 999, 1, '2026-11-01', 0)",
])
def test_a_tampered_open_item_row_is_seen(chair, exercised, sql):  # noqa: F811
    _tamper(sql)
    assert "check.open_items" in _failed()
