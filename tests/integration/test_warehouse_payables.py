"""Supplier payables: what each supplier is owed (2-200 by party), its
account with the running balance, paying it from the bank or the drawer,
voiding a payment by reversal; bad input refused with the database
unchanged; closed days refused by the service and by the database's
triggers; the check rules, each seeing raw-SQL tampering; the ``supplier``
CLI."""

from __future__ import annotations

import sqlite3

import peewee
import pytest
from test_cli_support import ENV_NAMES, as_user, query
from test_warehouse_core import TODAY, D, raw, wh  # noqa: F401  (fixture)

from sekretariat import db
from sekretariat.errors import (
    EXIT_OK,
    EXIT_REFUSED,
    Conflict,
    DayClosed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from sekretariat.services.core import audit, check, days, journal
from sekretariat.services.core.journal import LineInput
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse import movements, payables, payables_pay, suppliers

TABLES = ("supplier_payment", "journal_entry", "journal_line", "sequence", "audit_log",
          "closed_day", "supplier")


def dump() -> dict[str, list[tuple]]:
    conn = db.current_database()
    return {t: conn.execute_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def failed() -> dict:
    return {i.key: i.problems for i in check.integrity_report().items if not i.ok}


@pytest.fixture
def owed(wh, sessions):  # noqa: F811
    """UD Makmur delivered beras for Rp1.000.000 on 2 Nov and Rp1.200.000 on
    5 Nov, on credit; a second supplier delivered telur for Rp171.000."""
    chair, sup = wh["chair"], wh["supplier"]
    other = suppliers.create_supplier(chair, "CV Telur Jaya").id
    first = movements.record_receipt(chair, "beras", D(2026, 11, 2), 100, cost=1_000_000,
                                     supplier_id=sup)
    second = movements.record_receipt(chair, "beras", D(2026, 11, 5), 100, cost=1_200_000,
                                      supplier_id=sup)
    movements.record_receipt(chair, "telur", D(2026, 11, 6), 90, cost=171_000,
                             supplier_id=other)
    return {**wh, "sessions": sessions, "other": other, "first": first, "second": second,
            "treasurer": sessions["bendahara"]}


def _balances(session, **kwargs):
    return {b.name: (b.owed, b.oldest_unpaid)
            for b in payables.supplier_balances(session, **kwargs)}


# --- paying ------------------------------------------------------------------------------

def test_what_each_supplier_is_owed_and_since_when(owed):
    reader = owed["sessions"]["gudang"]
    assert _balances(reader) == {"CV Telur Jaya": (171_000, D(2026, 11, 6)),
                                 "UD Makmur": (2_200_000, D(2026, 11, 2))}
    assert _balances(reader, as_of=D(2026, 11, 4)) == {"CV Telur Jaya": (0, None),
                                                       "UD Makmur": (1_000_000, D(2026, 11, 2))}
    # the one function agrees with the journal's 2-200 balance
    assert sum(b.owed for b in payables.supplier_balances(reader)) == -journal.\
        account_balance_unchecked("2-200", TODAY)


def test_a_bank_payment_posts_numbers_audits_and_lowers_what_is_owed(owed):
    treasurer, sup = owed["treasurer"], owed["supplier"]
    paid = payables_pay.pay_supplier(treasurer, sup, "1.500.000", day=D(2026, 11, 10),
                                     reference="TRF 0042", memo="nota 17 & 18")
    assert (paid.number, paid.amount, paid.method, paid.pay_date, paid.reference,
            paid.created_by) == ("BPM/2026/00001", 1_500_000, "bank", D(2026, 11, 10),
                                 "TRF 0042", "bendahara")
    lines = raw("SELECT a.code, l.debit, l.credit, l.party_kind, l.party_id FROM journal_line l"
                " JOIN account a ON a.id = l.account_id WHERE l.entry_id = ? ORDER BY l.id",
                (paid.journal_entry_id,)).fetchall()
    assert lines == [("2-200", 1_500_000, 0, "supplier", sup), ("1-110", 0, 1_500_000, None, None)]
    entry = raw("SELECT entry_date, source, source_ref, memo FROM journal_entry WHERE id = ?",
                (paid.journal_entry_id,)).fetchone()
    assert entry == ("2026-11-10", "warehouse.payable", "BPM/2026/00001",
                     "Pembayaran utang dagang kepada UD Makmur (BPM/2026/00001): nota 17 & 18")
    # paid oldest first: the 2 Nov delivery is paid, half of 5 Nov's still open
    assert _balances(treasurer)["UD Makmur"] == (700_000, D(2026, 11, 5))
    assert payables.supplier_owed(treasurer, sup, as_of=D(2026, 11, 9)) == 2_200_000
    action = raw("SELECT action, entity, after FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert action[:2] == ("warehouse.supplier_pay", "supplier_payment")
    assert '"amount":1500000' in action[2] and '"number":"BPM/2026/00001"' in action[2]
    assert audit.verify_chain()[1] == []
    assert failed() == {}


def test_a_cash_payment_passes_the_drawer_guard(owed):
    treasurer, sup = owed["treasurer"], owed["supplier"]
    before = dump()
    with pytest.raises(ValidationError) as info:
        payables_pay.pay_supplier(treasurer, sup, 300_000, method="cash")
    assert info.value.key == "cash.drawer_negative"
    assert dump() == before
    journal.post_entry(treasurer, D(2026, 11, 20), "modal kas", [
        LineInput("1-100", debit=500_000), LineInput("3-100", credit=500_000)])
    paid = payables_pay.pay_supplier(treasurer, sup, 300_000, method="cash")
    assert paid.pay_date == TODAY
    assert journal.account_balance_unchecked("1-100", TODAY) == 200_000
    assert raw("SELECT a.code FROM journal_line l JOIN account a ON a.id = l.account_id"
               " WHERE l.entry_id = ? AND l.credit > 0", (paid.journal_entry_id,)).fetchone() \
        == ("1-100",)


@pytest.mark.parametrize("amount, kwargs, key", [
    (0, {}, "money.zero"),
    (-5_000, {}, "money.negative"),
    ("-5.000", {}, "money.negative"),
    ("1,5", {}, "money.fraction"),
    (1.5, {}, "money.invalid"),
    ("lima ribu", {}, "money.invalid"),
    (2_200_001, {}, "payables.more_than_owed"),
    (1_000, {"method": "cek"}, "payables.method_invalid"),
    (1_000, {"day": D(2026, 11, 24)}, "warehouse.future_date"),
    (1_000, {"day": "31/02/2026"}, None),
    (1_000, {"reference": "x" * 61}, "input.too_long"),
    (1_000, {"memo": "x" * 201}, "input.too_long"),
    (1_001_000, {"day": D(2026, 11, 4)}, "payables.more_than_owed"),
    (1_000, {"day": D(2026, 11, 1)}, "payables.more_than_owed"),
])
def test_bad_payments_are_refused_with_the_database_unchanged(owed, amount, kwargs, key):
    before = dump()
    with pytest.raises(ValidationError) as info:
        payables_pay.pay_supplier(owed["treasurer"], owed["supplier"], amount, **kwargs)
    if key is not None:
        assert info.value.key == key
    assert info.value.message and "{" not in info.value.message
    assert dump() == before


def test_a_later_payment_is_not_overtaken_by_a_backdated_one(owed):
    treasurer, sup = owed["treasurer"], owed["supplier"]
    payables_pay.pay_supplier(treasurer, sup, 2_000_000, day=D(2026, 11, 10))
    before = dump()
    # on 6 Nov 2.200.000 was owed, but after the 10 Nov payment only 200.000 is left
    with pytest.raises(ValidationError) as info:
        payables_pay.pay_supplier(treasurer, sup, 500_000, day=D(2026, 11, 6))
    assert info.value.key == "payables.more_than_owed"
    assert "Rp200.000" in info.value.message
    assert dump() == before
    assert payables_pay.pay_supplier(treasurer, sup, 200_000, day=D(2026, 11, 6)).amount \
        == 200_000
    assert _balances(treasurer)["UD Makmur"] == (0, None)


def test_unknown_inactive_and_unpermitted(owed):
    sessions, sup = owed["sessions"], owed["supplier"]
    before = dump()
    with pytest.raises(NotFound):
        payables_pay.pay_supplier(owed["treasurer"], 999, 1_000)
    for role in ("gudang", "sekretaris", "pembaca", "staf"):
        with pytest.raises(PermissionDenied):
            payables_pay.pay_supplier(sessions[role], sup, 1_000)
    with pytest.raises(PermissionDenied):
        payables.supplier_balances(sessions["parkir"])
    suppliers.update_supplier(owed["chair"], sup, active=False)
    before = dump()
    with pytest.raises(Conflict) as info:
        payables_pay.pay_supplier(owed["treasurer"], sup, 1_000)
    assert info.value.key == "warehouse.supplier_inactive"
    assert dump() == before


def test_a_manual_entry_may_not_touch_the_payables(owed):
    with pytest.raises(ValidationError) as info:
        journal.post_entry(owed["treasurer"], TODAY, "bayar manual", [
            LineInput("2-200", debit=5_000, party_kind="supplier", party_id=owed["supplier"]),
            LineInput("1-110", credit=5_000)])
    assert info.value.key == "journal.subledger_account"


# --- voiding and the account ---------------------------------------------------------------

def test_voiding_reverses_keeps_the_number_and_restores_the_debt(owed):
    treasurer, sup = owed["treasurer"], owed["supplier"]
    paid = payables_pay.pay_supplier(treasurer, sup, 1_000_000, day=D(2026, 11, 10))
    for bad, key in (("", "warehouse.text_empty"), ("x" * 301, "input.too_long")):
        with pytest.raises(ValidationError) as info:
            payables_pay.void_supplier_payment(treasurer, paid.id, bad)
        assert info.value.key == key
    with pytest.raises(ValidationError) as info:
        payables_pay.void_supplier_payment(treasurer, paid.id, "salah", D(2026, 11, 9))
    assert info.value.key == "payables.void_before_payment"
    with pytest.raises(PermissionDenied):
        payables_pay.void_supplier_payment(owed["sessions"]["gudang"], paid.id, "salah")
    voided = payables_pay.void_supplier_payment(treasurer, paid.id, "salah rekening")
    assert (voided.number, voided.voided_on, voided.void_reason) == (
        "BPM/2026/00001", TODAY, "salah rekening")
    reversal = raw("SELECT reverses_id, entry_date, source, source_ref FROM journal_entry"
                   " WHERE id = ?", (voided.void_entry_id,)).fetchone()
    assert reversal == (paid.journal_entry_id, TODAY.isoformat(), "warehouse.payable",
                        "BPM/2026/00001")
    assert _balances(treasurer)["UD Makmur"] == (2_200_000, D(2026, 11, 2))
    before = dump()
    with pytest.raises(Conflict) as info:
        payables_pay.void_supplier_payment(treasurer, paid.id, "lagi")
    assert info.value.key == "payables.already_void"
    with pytest.raises(NotFound):
        payables_pay.void_supplier_payment(treasurer, 999, "salah")
    assert dump() == before
    assert failed() == {}


def test_the_account_runs_its_balance_over_a_period(owed):
    treasurer, sup = owed["treasurer"], owed["supplier"]
    paid = payables_pay.pay_supplier(treasurer, sup, 1_500_000, day=D(2026, 11, 10))
    payables_pay.void_supplier_payment(treasurer, paid.id, "salah", D(2026, 11, 12))
    movements.reverse_movement(owed["chair"], owed["second"].id, "dikembalikan",
                               D(2026, 11, 13))
    account = payables.supplier_account(owed["sessions"]["pembaca"], sup)
    assert [(line.day.day, line.kind, line.document, line.credit, line.debit, line.balance,
             line.reversed) for line in account.lines] == [
        (2, "delivery", owed["first"].number, 1_000_000, 0, 1_000_000, False),
        (5, "delivery", owed["second"].number, 1_200_000, 0, 2_200_000, True),
        (10, "payment", "BPM/2026/00001", 0, 1_500_000, 700_000, True),
        (12, "payment_void", "BPM/2026/00001", 1_500_000, 0, 2_200_000, False),
        (13, "delivery_reversal", account.lines[4].document, 0, 1_200_000, 1_000_000, False)]
    assert account.lines[2].payment_id == paid.id
    assert (account.opening, account.closing) == (0, 1_000_000)
    period = payables.supplier_account(treasurer, sup, D(2026, 11, 5), D(2026, 11, 10))
    assert (period.opening, [line.balance for line in period.lines], period.closing,
            period.total_credit, period.total_debit) == (
        1_000_000, [2_200_000, 700_000], 700_000, 1_200_000, 1_500_000)
    with pytest.raises(ValidationError) as info:
        payables.supplier_account(treasurer, sup, D(2026, 11, 10), D(2026, 11, 5))
    assert info.value.key == "payables.period_reversed"
    assert _balances(treasurer)["UD Makmur"] == (1_000_000, D(2026, 11, 2))
    assert failed() == {}


def test_a_supplier_is_found_by_name_part_or_id(owed):
    reader = owed["sessions"]["gudang"]
    assert payables.find_supplier(reader, "ud makmur").id == owed["supplier"]
    assert payables.find_supplier(reader, "telur").id == owed["other"]
    assert payables.find_supplier(reader, str(owed["other"])).id == owed["other"]
    with pytest.raises(Conflict):
        payables.find_supplier(reader, "u")             # both names hold a 'u'
    with pytest.raises(NotFound):
        payables.find_supplier(reader, "Toko Tidak Ada")


# --- closed days ---------------------------------------------------------------------------

def test_closed_days_are_refused_by_the_service_and_the_triggers(owed):
    treasurer, sup = owed["treasurer"], owed["supplier"]
    paid = payables_pay.pay_supplier(treasurer, sup, 500_000, day=D(2026, 11, 8))
    days.close_day(owed["chair"], D(2026, 11, 10))
    before = dump()
    with pytest.raises(DayClosed):
        payables_pay.pay_supplier(treasurer, sup, 1_000, day=D(2026, 11, 10))
    with pytest.raises(DayClosed):
        payables_pay.void_supplier_payment(treasurer, paid.id, "salah", D(2026, 11, 9))
    assert dump() == before
    conn = db.current_database()
    entry = raw("SELECT journal_entry_id FROM supplier_payment").fetchone()[0]
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        conn.execute_sql("INSERT INTO supplier_payment (number, supplier_id, pay_date, amount,"
                         " method, journal_entry_id, created_by, created_at) VALUES"
                         " ('BPM/2026/00099', ?, '2026-11-09', 5, 'bank', ?, 1, 'n')",
                         (sup, entry))
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        conn.execute_sql("UPDATE supplier_payment SET void_entry_id = ?, voided_on = ?,"
                         " void_reason = 'x' WHERE id = ?", (entry, "2026-11-09", paid.id))
    for sql in ("UPDATE supplier_payment SET amount = 1", "DELETE FROM supplier_payment"):
        with pytest.raises(peewee.IntegrityError, match="append_only|closed_day"):
            conn.execute_sql(sql)
    assert dump() == before
    # a closed day's payment is voided by a reversal dated in an open day
    voided = payables_pay.void_supplier_payment(treasurer, paid.id, "salah")
    assert voided.voided_on == TODAY and failed() == {}


# --- check rules, each seeing tampering --------------------------------------------------

def _tamper(*statements, drop=()):
    """Run raw SQL past the guards: ``drop`` triggers are dropped first and
    put back after."""
    conn = sqlite3.connect(str(db.current_path()), isolation_level=None)
    try:
        kept = [conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,))
                .fetchone()[0] for name in drop]
        for name in drop:
            conn.execute(f"DROP TRIGGER {name}")
        for sql in statements:
            conn.execute(sql)
        for sql in kept:
            conn.execute(sql)
    finally:
        conn.close()


@pytest.fixture
def paid(owed):
    payment = payables_pay.pay_supplier(owed["treasurer"], owed["supplier"], 1_000_000,
                                        day=D(2026, 11, 10))
    assert failed() == {}
    return {**owed, "payment": payment}


def test_a_payables_line_without_its_supplier_is_seen(paid):
    entry = paid["payment"].journal_entry_id
    _tamper("UPDATE journal_line SET party_id = 999 WHERE entry_id = "
            f"{entry} AND party_kind = 'supplier'", drop=("journal_line_no_update",))
    problems = failed()
    assert problems["check.payable_parties"] == (
        "Jurnal JU/2026/00004: baris 2-200 tanpa pemasok yang ada.",)
    assert "check.supplier_payments" in problems        # nor is it its payment's


def test_a_payment_off_its_entry_is_seen(paid):
    _tamper("UPDATE supplier_payment SET amount = amount + 1",
            drop=("supplier_payment_fixed",))
    assert failed() == {"check.supplier_payments": (
        "Pembayaran BPM/2026/00001 (Rp1.000.001): jurnalnya tidak sesuai tanggal, pemasok, "
        "akun atau jumlahnya.",)}


def test_a_payment_paid_from_the_wrong_account_is_seen(paid):
    _tamper("UPDATE supplier_payment SET method = 'cash'", drop=("supplier_payment_fixed",))
    assert set(failed()) == {"check.supplier_payments"}


def test_a_void_without_its_reversal_is_seen(paid):
    other = raw("SELECT id FROM journal_entry ORDER BY id LIMIT 1").fetchone()[0]
    _tamper(f"UPDATE supplier_payment SET void_entry_id = {other}, voided_on = '2026-11-23',"
            " void_reason = 'diam-diam'")
    assert failed() == {"check.supplier_payments": (
        "Pembayaran BPM/2026/00001: pembatalannya bukan jurnal balik pembayarannya pada hari "
        "batal.",)}


def test_a_payment_entry_without_its_payment_is_seen(paid):
    with writing():
        number = journal.post_in_transaction(
            paid["treasurer"], TODAY, "bayar tanpa bukti", [
                LineInput("2-200", debit=1_000, party_kind="supplier", party_id=paid["supplier"]),
                LineInput("1-110", credit=1_000)], source=payables.SOURCE)
    entry = raw("SELECT number FROM journal_entry WHERE id = ?", (number,)).fetchone()[0]
    assert failed() == {"check.supplier_payments": (
        f"Jurnal {entry} bersumber pembayaran pemasok tanpa pembayarannya (atau dibalik tanpa "
        "pembatalan).",)}


def test_a_payment_reversed_in_the_journal_instead_of_voided_is_seen(paid):
    journal.reverse_entry(paid["treasurer"], paid["payment"].journal_entry_id, "lewat jurnal")
    assert set(failed()) == {"check.supplier_payments"}


def test_a_supplier_paid_more_than_owed_is_seen(paid):
    _tamper("UPDATE journal_line SET debit = debit + 5000000 WHERE entry_id ="
            f" {paid['payment'].journal_entry_id} AND debit > 0",
            "UPDATE journal_line SET credit = credit + 5000000 WHERE entry_id ="
            f" {paid['payment'].journal_entry_id} AND credit > 0",
            drop=("journal_line_no_update",))
    problems = failed()
    assert problems["check.payable_not_negative"] == (
        "Pemasok UD Makmur: utang -Rp3.800.000 pada 2026-11-10.",)
    assert problems["check.journal"]                     # the entry's digest sees it too


# --- the CLI -------------------------------------------------------------------------------

@pytest.fixture
def cli_db(owed, db_path, monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    db.close_database()
    return db_path


def test_cli_balances_account_pay_and_void(cli_db):
    wide = {"COLUMNS": "220"}
    shown = as_user(cli_db, "gudang", "supplier", "balances", env=wide)
    assert shown.exit_code == EXIT_OK, shown.output
    assert "UD Makmur" in shown.output and "Rp2.200.000" in shown.output
    assert "Rp2.371.000" in shown.output                            # the total
    listed = as_user(cli_db, "pembaca", "supplier", "balances", "--csv", "--as-of",
                     "2026-11-04")
    assert listed.exit_code == EXIT_OK, listed.output
    assert listed.output.splitlines()[-2:] == ["2,CV Telur Jaya,1,0,",
                                               "1,UD Makmur,1,1000000,2026-11-02"]
    paid = as_user(cli_db, "bendahara", "supplier", "pay", "makmur", "1.500.000", "--date",
                   "2026-11-10", "--reference", "TRF 7", env=wide)
    assert paid.exit_code == EXIT_OK, paid.output
    assert "BPM/2026/00001" in paid.output and "Rp700.000" in paid.output
    assert query(cli_db, "SELECT number, amount, method, reference, pay_date FROM"
                         " supplier_payment") == [
        ("BPM/2026/00001", 1_500_000, "bank", "TRF 7", "2026-11-10")]
    account = as_user(cli_db, "gudang", "supplier", "account", "UD Makmur", "--csv")
    assert account.exit_code == EXIT_OK, account.output
    assert account.output.splitlines()[-1].endswith(",0,1500000,700000")
    table = as_user(cli_db, "gudang", "supplier", "account", "1", "--from", "2026-11-05",
                    env=wide)
    assert table.exit_code == EXIT_OK, table.output
    assert "Rp1.000.000" in table.output and "BPM/2026/00001" in table.output
    voided = as_user(cli_db, "bendahara", "supplier", "void", "bpm/2026/00001", "--reason",
                     "salah transfer")
    assert voided.exit_code == EXIT_OK, voided.output
    assert query(cli_db, "SELECT voided_on, void_reason FROM supplier_payment") == [
        ("2026-11-23", "salah transfer")]


def test_cli_refusals_change_nothing(cli_db):
    rows = "SELECT count(*) FROM supplier_payment UNION ALL SELECT count(*) FROM journal_entry"
    before = query(cli_db, rows)
    too_much = as_user(cli_db, "bendahara", "supplier", "pay", "makmur", "3.000.000")
    assert too_much.exit_code == EXIT_REFUSED and "melebihi utang" in too_much.output
    denied = as_user(cli_db, "gudang", "supplier", "pay", "makmur", "1.000")
    assert denied.exit_code == EXIT_REFUSED
    method = as_user(cli_db, "bendahara", "supplier", "pay", "makmur", "1.000", "--method",
                     "cek")
    assert method.exit_code == EXIT_REFUSED and "cek" in method.output
    unknown = as_user(cli_db, "bendahara", "supplier", "pay", "Toko X", "1.000")
    assert unknown.exit_code == EXIT_REFUSED
    no_reason = as_user(cli_db, "bendahara", "supplier", "void", "BPM/2026/00001")
    assert no_reason.exit_code == EXIT_REFUSED
    assert query(cli_db, rows) == before


def test_a_paid_delivery_is_not_reversed(owed):
    """Telur's Rp171.000 paid: reversing its receipt would leave CV Telur Jaya
    owing the market; refused with nothing written, and allowed again once the
    payment is voided."""
    treasurer, chair = owed["treasurer"], owed["chair"]
    paid = payables_pay.pay_supplier(treasurer, owed["other"], 171_000)
    receipt = raw("SELECT id FROM stock_movement WHERE supplier_id = ?",
                  (owed["other"],)).fetchone()[0]
    before = dump()
    with pytest.raises(Conflict) as refused:
        movements.reverse_movement(chair, receipt, "Salah catat")
    assert refused.value.key == "warehouse.reverse_paid_receipt"
    assert dump() == before
    payables_pay.void_supplier_payment(chair, paid.id, "Transfer gagal")
    movements.reverse_movement(chair, receipt, "Salah catat")
    assert failed() == {}
