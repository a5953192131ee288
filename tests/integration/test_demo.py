"""The demo generator: a Sekojo-like market whose books pass every check,
built deterministically from a seed; and the bulk path for the scale dataset,
which must write exactly what the services write."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from dataclasses import replace

import pytest
from argon2 import PasswordHasher

from sekretariat import clock, db
from sekretariat.demo.build import build_demo, build_from_plan
from sekretariat.demo.market_plan import make_plan
from sekretariat.demo.market_records import KINDS, SEKOJO_BLOCKS, ScaleSpec
from sekretariat.errors import Conflict, DayClosed, ValidationError
from sekretariat.services.core import check, days, journal, market, passwords, users
from sekretariat.services.leasing import receivables, statements
from sekretariat.services.core.journal import LineInput
from sekretariat.services.core.permissions import ROLES

TODAY = dt.date(2026, 11, 23)


def _fast_hasher():
    passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One small demo for the read-only tests of this module."""
    _fast_hasher()
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    return build_demo(path, today=TODAY)


@pytest.fixture
def opened(demo, tmp_path):
    """A copy of the demo, opened (tests that log in or post write to it)."""
    import dataclasses
    import shutil

    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo.path, copy)   # closed and checkpointed: the file is the whole database
    db.open_database(copy)
    yield dataclasses.replace(demo, path=copy)
    db.close_database()


def _rows(path, sql):
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


# --- the small demo -----------------------------------------------------------

def test_small_demo_is_a_sekojo_like_market(demo):
    assert demo.market == "Pasar Sekojo" and demo.scale == "small" and demo.seed == 2026
    assert demo.stalls == 200 and demo.blocks == len(SEKOJO_BLOCKS)
    assert 200 <= demo.traders <= 230
    assert demo.today == TODAY
    assert demo.history_start == TODAY - dt.timedelta(days=120)
    assert demo.closed_through == TODAY - dt.timedelta(days=3)
    assert demo.entries > 1_500 and demo.lines > 2 * demo.entries
    assert demo.closed_days == (demo.closed_through - demo.history_start).days + 1
    assert [role for _, role, _ in demo.accounts] == list(ROLES)
    for username, role, password in demo.accounts:
        assert password.isprintable() and " " not in password and role in password
    assert "Pasar Sekojo" in demo.summary()


def test_every_role_logs_in_with_the_printed_password(opened):
    assert market.demo_accounts() == opened.accounts
    profile = market.get_profile()
    assert profile.city == "Palembang" and "Kodam II/Sriwijaya" in profile.asset_owner
    for username, role, password in opened.accounts:
        session = users.login(username, password)
        assert session.role == role and session.username == username


def test_the_demo_passes_the_integrity_check(opened):
    report = check.integrity_report()
    assert report.ok, [(item.key, item.problems) for item in report.items if not item.ok]


def test_the_books_balance_and_cash_never_goes_negative(opened):
    session = users.login(opened.accounts[1][0], opened.accounts[1][2])   # bendahara
    trial = journal.trial_balance(session, TODAY)
    assert trial.balanced and trial.total_debit > 0
    used = {row.code for row in trial.rows if row.debit or row.credit}
    assert {"1-100", "1-110", "3-100", "4-100", "4-110", "4-200", "4-300", "4-900",
            "5-100", "5-200", "5-700", "5-900"} <= used
    for code in ("1-100", "1-110"):
        lowest = db.current_database().execute_sql(
            "SELECT MIN(balance) FROM (SELECT SUM(SUM(l.debit - l.credit)) OVER"
            " (ORDER BY l.entry_date) AS balance FROM journal_line l"
            " JOIN account a ON a.id = l.account_id WHERE a.code = ? GROUP BY l.entry_date)",
            (code,)).fetchone()[0]
        assert lowest > 0, code


def test_days_are_closed_through_the_documented_date(opened):
    assert days.lock_date() == opened.closed_through
    conn = db.current_database()
    dated = {row[0] for row in conn.execute_sql("SELECT DISTINCT entry_date FROM journal_entry")}
    yesterday = TODAY - dt.timedelta(days=1)
    assert yesterday.isoformat() in dated and TODAY.isoformat() not in dated
    session = users.login(opened.accounts[1][0], opened.accounts[1][2])
    lines = [LineInput("1-100", debit=10_000), LineInput("4-900", credit=10_000)]
    with pytest.raises(DayClosed):
        journal.post_entry(session, opened.closed_through, "Coba tanggal tertutup", lines)
    entry = journal.post_entry(session, yesterday, "Tanggal terbuka", lines)
    assert entry.number.startswith(f"JU/{yesterday.year}/")


def test_corrections_are_reversals_pointing_at_their_originals(opened):
    rows = db.current_database().execute_sql(
        "SELECT r.memo, o.number, r.entry_date, o.entry_date FROM journal_entry r"
        " JOIN journal_entry o ON o.id = r.reverses_id").fetchall()
    assert len(rows) >= 3
    for memo, number, reversal_date, original_date in rows:
        assert memo.startswith(f"Pembalikan {number}: ")
        assert reversal_date >= original_date
    # one of them on a day still open, for the person trying the demo
    assert any(r[2] > opened.closed_through.isoformat() for r in rows)


# --- stalls, traders, leases, invoices, payments, arrears -----------------------------

def _treasurer(opened):
    return users.login(opened.accounts[1][0], opened.accounts[1][2])


def _count(sql, params=()):
    return db.current_database().execute_sql(sql, params).fetchone()[0]


def test_the_demo_market_has_stalls_traders_and_leases(opened):
    assert _count("SELECT count(*) FROM block") == len(SEKOJO_BLOCKS)
    assert _count("SELECT count(*) FROM stall") == 200
    assert _count("SELECT count(DISTINCT block_id) FROM stall") == len(SEKOJO_BLOCKS)
    assert {r[0] for r in db.current_database().execute_sql(
        "SELECT kind FROM tariff").fetchall()} == set(KINDS)
    traders = _count("SELECT count(*) FROM trader")
    assert opened.traders <= traders <= opened.traders + 1   # + the transfer's new trader
    in_force = _count("SELECT count(DISTINCT stall_id) FROM lease WHERE status = 'active'"
                      " AND start_date <= ?", (TODAY.isoformat(),))
    assert 160 <= in_force < 200                              # most stalls, not all
    # a couple of terminations and one transfer, arrears kept by the outgoing trader
    assert _count("SELECT count(*) FROM lease WHERE status = 'ended'"
                  " AND id NOT IN (SELECT transferred_from_id FROM lease"
                  " WHERE transferred_from_id IS NOT NULL)") >= 2
    assert _count("SELECT count(*) FROM lease WHERE transferred_from_id IS NOT NULL") == 1
    transfer = json.loads(db.current_database().execute_sql(
        "SELECT after FROM audit_log WHERE action = 'lease.transfer'").fetchone()[0])
    assert transfer["arrears"] == "keep" and transfer["arrears_kept"] > 0
    # deposits received through the deposit service, held on 2-100
    assert _count("SELECT count(*) FROM deposit_movement WHERE kind = 'received'") >= in_force
    assert _count("SELECT -sum(l.debit - l.credit) FROM journal_line l JOIN account a"
                  " ON a.id = l.account_id WHERE a.code = '2-100'") > 0


def test_traders_who_left_the_market_are_no_longer_active(opened):
    found = db.current_database().execute_sql(
        "SELECT t.status, EXISTS (SELECT 1 FROM lease l WHERE l.trader_id = t.id"
        " AND l.status = 'active') FROM trader t").fetchall()
    assert {(status == "aktif", bool(leasing)) for status, leasing in found} == {
        (True, True), (False, False)}
    # those who left within the books (terminations, the transfer), through the service
    left = db.current_database().execute_sql(
        "SELECT after FROM audit_log WHERE action = 'trader.status' AND at > ?",
        (opened.history_start.isoformat() + "T08",)).fetchall()
    assert len(left) >= 3
    assert {json.loads(after)["status"] for after, in left} <= {"nonaktif", "diblokir"}


def test_every_month_is_billed_and_most_traders_pay(opened):
    months = {r[0]: r[1] for r in db.current_database().execute_sql(
        "SELECT substr(period_start, 1, 7), count(*) FROM invoice WHERE kind = 'rent'"
        " GROUP BY 1").fetchall()}
    expected, day = [], opened.history_start.replace(day=1)
    while day <= TODAY:
        expected.append(f"{day:%Y-%m}")
        day = (day + dt.timedelta(days=32)).replace(day=1)
    assert sorted(months) == expected
    assert all(count >= 150 for count in months.values())
    assert _count("SELECT count(*) FROM invoice WHERE kind = 'late_fee'") > 10
    payments = _count("SELECT count(*) FROM payment WHERE purpose = 'account'")
    assert payments > 3 * 150
    assert {r[0] for r in db.current_database().execute_sql(
        "SELECT method FROM payment").fetchall()} >= {"tunai", "transfer", "qris"}
    # every lease write happened on an open day: nothing after its day's close
    assert _count("SELECT count(*) FROM journal_entry e JOIN closed_day c"
                  " ON c.day = e.entry_date WHERE e.created_at > c.closed_at") == 0


def test_open_arrears_in_every_ageing_bucket(opened):
    arrears = statements.list_arrears(_treasurer(opened), TODAY, limit=1_000)
    totals = arrears.totals
    assert totals.d0_30 > 0 and totals.d31_60 > 0 and totals.d61_90 > 0 and totals.d90_plus > 0
    active = _count("SELECT count(DISTINCT trader_id) FROM lease WHERE status = 'active'")
    assert 5 <= arrears.traders < active // 2     # some are behind, most are not
    assert all(row.overdue > 0 for row in arrears.rows)


def test_a_traders_statement_equals_the_journal_receivable(opened):
    session = _treasurer(opened)
    arrears = statements.list_arrears(session, TODAY, limit=1_000).rows
    chosen = [arrears[0].trader_id, arrears[-1].trader_id]
    chosen += [r[0] for r in db.current_database().execute_sql(
        "SELECT id FROM trader ORDER BY id LIMIT 3").fetchall()]
    for trader_id in chosen:
        statement = statements.trader_statement(session, trader_id, opened.history_start,
                                                TODAY)
        journal_balance = _count(
            "SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_line l JOIN account a"
            " ON a.id = l.account_id WHERE a.code = '1-200' AND l.party_kind = 'trader'"
            " AND l.party_id = ?", (trader_id,))
        assert statement.opening_balance == 0
        assert statement.closing_balance == journal_balance == receivables.balance(trader_id)
        assert statement.total_debit - statement.total_credit == journal_balance


def test_a_services_history_across_a_new_year_bills_and_checks(tmp_path):
    plan = make_plan(_TINY, 11, dt.date(2026, 1, 20))
    built = build_from_plan(tmp_path / "tiny.sqlite", plan)
    assert _rows(built.path, "SELECT DISTINCT substr(period_start, 1, 7) FROM invoice"
                             " WHERE kind = 'rent' ORDER BY 1") == [
        ("2025-12",), ("2026-01",)]
    db.open_database(built.path)
    report = check.integrity_report()
    assert report.ok, [(item.key, item.problems) for item in report.items if not item.ok]


# --- determinism, overwriting, arguments ------------------------------------------

_JOURNAL = ("SELECT e.number, e.entry_date, e.memo, e.created_at, l.debit, l.credit, l.memo"
            " FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id ORDER BY l.id")


def test_same_seed_same_books_and_force_replaces_the_old_file(demo, tmp_path):
    path = tmp_path / "again.sqlite"
    path.write_bytes(b"an old file")
    stale = tmp_path / "again.sqlite-wal"
    stale.write_bytes(b"stale wal of the old file")
    seen = []
    again = build_demo(path, today=TODAY, force=True,
                       progress=lambda done, total, label: seen.append((done, total)))
    assert not stale.exists()
    assert clock.now() == dt.datetime.combine(TODAY, dt.time(9, 30))   # conftest's, given back
    assert again.accounts == demo.accounts
    assert (again.entries, again.lines, again.traders) == (demo.entries, demo.lines,
                                                           demo.traders)
    assert _rows(path, _JOURNAL) == _rows(demo.path, _JOURNAL)
    audit = "SELECT action, entity_id, after, hash FROM audit_log ORDER BY id"
    assert _rows(path, audit) == _rows(demo.path, audit)
    assert seen[-1] == (120, 120) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_another_seed_gives_another_market():
    one, other = make_plan("small", 2026, TODAY), make_plan("small", 7, TODAY)
    assert make_plan("small", 2026, TODAY) == one
    assert [t.name for t in one.traders] != [t.name for t in other.traders]


def test_refuses_to_overwrite_without_force(tmp_path):
    path = tmp_path / "mine.sqlite"
    path.write_bytes(b"precious")
    with pytest.raises(Conflict) as refused:
        build_demo(path, today=TODAY)
    assert refused.value.key == "demo.exists" and str(path) in refused.value.message
    assert path.read_bytes() == b"precious"
    only_wal = tmp_path / "other.sqlite-wal"
    only_wal.write_bytes(b"x")
    with pytest.raises(Conflict):
        build_demo(tmp_path / "other.sqlite", today=TODAY)
    with pytest.raises(Conflict) as folder:
        build_demo(tmp_path, today=TODAY, force=True)
    assert folder.value.key == "demo.is_folder"


def test_unknown_scale_is_refused(tmp_path):
    with pytest.raises(ValidationError) as refused:
        build_demo(tmp_path / "x.sqlite", scale="huge")
    assert refused.value.key == "demo.scale_unknown" and refused.value.field == "scale"
    assert not (tmp_path / "x.sqlite").exists()


# --- the plan -----------------------------------------------------------------------

@pytest.mark.parametrize("scale, stalls, traders", [("small", 200, (200, 230)),
                                                     ("large", 2_000, (2_300, 2_700))])
def test_the_plan_is_realistic_data(scale, stalls, traders):
    plan = make_plan(scale, 2026, TODAY)
    assert len(plan.stalls) == stalls and traders[0] <= len(plan.traders) <= traders[1]
    assert len({s.code for s in plan.stalls}) == stalls
    ranges = {"kios": (300_000, 750_000), "los": (100_000, 250_000),
              "pelataran": (50_000, 100_000)}
    assert {s.kind for s in plan.stalls} == set(KINDS)
    for stall in plan.stalls:
        low, high = ranges[stall.kind]
        assert low <= stall.monthly_rate <= high and stall.area_m2 > 0
        assert stall.area_dm2 == stall.area_m2 * 100
    niks = [t.nik for t in plan.traders]
    assert len(set(niks)) == len(niks)
    assert all(len(n) == 16 and n.isdigit() and n.startswith("16") for n in niks)
    phones = [t.phone for t in plan.traders]
    assert len(set(phones)) == len(phones) and all(p.startswith("08") for p in phones)
    assert len({t.name for t in plan.traders}) == len(plan.traders)
    by_stall = defaultdict(list)
    for occ in plan.occupancies:
        assert occ.end is None or occ.start <= occ.end
        by_stall[occ.stall].append(occ)
    for occupancies in by_stall.values():   # never two tenants of a stall at once
        occupancies.sort(key=lambda o: o.start)
        for before, after in zip(occupancies, occupancies[1:]):
            assert before.end is not None and before.end < after.start
    active = {t.number for t in plan.traders if t.status == "aktif"}
    assert active == {o.trader for o in plan.occupancies if o.end is None}


# --- the bulk path ------------------------------------------------------------------

_TINY = ScaleSpec("tiny", "Pasar Uji", SEKOJO_BLOCKS[:3], history_days=45, prior_share=0.3,
                  monthly_end_probability=0.05)
_TABLES = ("journal_entry", "journal_line", "audit_log", "closed_day", "sequence", "setting",
           "market_profile", "block", "stall", "tariff", "trader", "lease", "invoice", "payment",
           "credit_note", "invoice_allocation", "invoice_open", "credit_open", "deposit_movement",
           "fee_collection", "fee_collection_line", "cash_voucher", "cash_close",
           "cash_close_count", "parking_zone", "vehicle_type", "parking_shift",
           "parking_tariff", "attendant", "roster", "ticket_book", "shift_report",
           "shift_report_line", "attendant_debt_movement", "item", "item_unit", "supplier",
           "stock_movement", "supplier_payment", "retail_price", "purchase_round", "round_item",
           "round_request", "round_cost", "round_allocation", "stock_count", "stock_count_line",
           "stock_count_variance", "facility", "facility_condition", "inspection", "complaint",
           "complaint_step")


def _count_by(path, sql) -> dict:
    return dict(_rows(path, sql))


def test_the_bulk_path_writes_exactly_what_the_services_write(tmp_path):
    # 60 days across a new year (numbering restarts, several bulk transactions),
    # with leases ending square and owing, a transfer, late fees and set-offs.
    plan = make_plan(replace(_TINY, history_days=60), 8, dt.date(2026, 1, 20))
    via_services = build_from_plan(tmp_path / "services.sqlite", plan, bulk=False)
    via_bulk = build_from_plan(tmp_path / "bulk.sqlite", plan, bulk=True, batch_days=7)
    assert via_bulk.entries == via_services.entries > 1_000
    for table in _TABLES:
        sql = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert _rows(via_bulk.path, sql) == _rows(via_services.path, sql), table
    logins = "SELECT id, failed_attempts, last_login_at FROM app_user ORDER BY id"
    assert _rows(via_bulk.path, logins) == _rows(via_services.path, logins)  # the chair approved
    # every path of the leases demo is taken
    path = via_bulk.path
    assert _count_by(path, "SELECT kind, count(*) FROM deposit_movement GROUP BY 1").keys() == {
        "received", "set_off", "refunded", "forfeited"}
    assert _count_by(path, "SELECT kind, count(*) FROM invoice GROUP BY 1").keys() == {
        "rent", "late_fee", "goods"}
    assert _count_by(path, "SELECT method, count(*) FROM payment GROUP BY 1").keys() == {
        "tunai", "transfer", "qris", "jaminan"}
    assert _count_by(path, "SELECT status, count(*) FROM trader GROUP BY 1").keys() == {
        "aktif", "nonaktif", "diblokir"}
    assert _rows(path, "SELECT count(*) FROM lease WHERE transferred_from_id IS NOT NULL"
                 " UNION ALL SELECT count(*) > 0 FROM credit_note") == [(1,), (1,)]
    assert {series for series, in _rows(path, "SELECT DISTINCT series FROM sequence")} == {
        "JU", "SPS", "INV", "KW", "NK", "SIH", "BKM", "BKK", "PKR", "GDG", "BPM", "PB", "PO", "OPN", "ADU", "INS"}
    # the warehouse: deliveries on credit and paid from the drawer, sales, own use,
    # write-offs, the suppliers paid by transfer
    assert _rows(path, "SELECT DISTINCT kind, coalesce(payment, '-') FROM stock_movement"
                       " ORDER BY 1, 2") == [("adjustment", "-"), ("issue", "-"),
                                             ("issue", "account"), ("issue", "cash"),
                                             ("receipt", "cash"), ("receipt", "credit"),
                                             ("write_off", "-")]
    # bulk rounds in every status the books' end leaves (one posted short), a count
    # approved with its adjustments and one waiting for the chair
    assert _rows(path, "SELECT status FROM purchase_round ORDER BY id") == [
        ("posted",), ("ordered",), ("open",)]
    assert _rows(path, "SELECT quantity_received < quantity_ordered FROM round_item"
                       " WHERE round_id = 1") == [(1,)]
    assert _rows(path, "SELECT status, chair_id IS NULL FROM stock_count ORDER BY id") == [
        ("approved", 0), ("closed", 1)]
    assert _rows(path, "SELECT count(*) > 0 FROM journal_line WHERE debit > 0 AND account_id ="
                       " (SELECT id FROM account WHERE code = '2-200')") == [(1,)]
    assert _rows(path, "SELECT count(*) > 0, count(DISTINCT supplier_id) > 1"
                       " FROM supplier_payment") == [(1, 1)]
    # the cash area: every kind of voucher, a void, closes with differences, one approved
    assert _count_by(path, "SELECT kind, count(*) FROM cash_voucher GROUP BY 1").keys() == {
        "income", "expense", "to_bank", "remit"}
    assert _rows(path, "SELECT count(*) > 0 FROM cash_voucher WHERE void_entry_id IS NOT NULL"
                       " UNION ALL SELECT count(*) FROM journal_entry WHERE source = 'manual'"
                       " AND id IN (SELECT entry_id FROM journal_line WHERE account_id ="
                       " (SELECT id FROM account WHERE code = '1-100'))"
                       " AND coalesce(source_ref, '') <> 'saldo-awal'"
                       ) == [(1,), (0,)]
    assert _rows(path, "SELECT count(*) FROM closed_day") == _rows(
        path, "SELECT count(*) FROM cash_close")
    assert _rows(path, "SELECT count(*) > 2, count(approved_by) FROM cash_close"
                       " WHERE difference <> 0") == [(1, 1)]
    assert _rows(path, "SELECT year, last FROM sequence WHERE series = 'JU' ORDER BY year") == [
        (2025, _rows(path, "SELECT count(*) FROM journal_entry"
                           " WHERE entry_date < '2026-01-01'")[0][0]),
        (2026, _rows(path, "SELECT count(*) FROM journal_entry"
                           " WHERE entry_date >= '2026-01-01'")[0][0])]
    # complaints in every status, by traders among others; facilities marked damaged from
    # a complaint, repaired, and seen in an inspection round
    assert _count_by(path, "SELECT status, count(*) FROM complaint GROUP BY 1").keys() == {
        "received", "in_progress", "resolved", "rejected"}
    assert _count_by(path, "SELECT source, count(*) FROM facility_condition GROUP BY 1").keys() == {
        "register", "inspection", "complaint", "repair"}
    assert _rows(path, "SELECT count(*) > 0 FROM complaint WHERE trader_id IS NOT NULL") == [(1,)]
    db.open_database(path)
    report = check.integrity_report()
    assert report.ok, [(item.key, item.problems) for item in report.items if not item.ok]


def test_a_year_of_bulk_history_has_arrears_of_every_age(tmp_path):
    plan = make_plan(replace(_TINY, history_days=0, history_years=1, bulk=True), 8, TODAY)
    built = build_from_plan(tmp_path / "year.sqlite", plan)
    db.open_database(built.path)
    session = users.login(built.accounts[1][0], built.accounts[1][2])
    arrears = statements.list_arrears(session, TODAY, limit=1_000)
    totals = arrears.totals
    assert totals.d0_30 > 0 and totals.d31_60 > 0 and totals.d61_90 > 0 and totals.d90_plus > 0
    active = _count("SELECT count(DISTINCT trader_id) FROM lease WHERE status = 'active'")
    assert 3 <= arrears.traders < active // 2
    assert _count("SELECT count(*) FROM lease WHERE status = 'ended'") >= 5
    assert check.integrity_report().ok


def test_the_bulk_writer_applies_the_journal_rules(tmp_path):
    from sekretariat.demo.build import setup_market
    from sekretariat.demo.bulk import BulkSink

    plan = make_plan(_TINY, 11, TODAY)
    db.open_database(tmp_path / "rules.sqlite", create=True)
    sink = BulkSink(setup_market(plan))
    at = dt.datetime.combine(TODAY, dt.time(10))
    with pytest.raises(ValidationError) as unbalanced:
        sink.post(at, "Tidak seimbang", [LineInput("1-100", debit=10), LineInput("4-900",
                                                                              credit=9)])
    assert unbalanced.value.key == "journal.unbalanced"
    with pytest.raises(ValidationError):
        sink.post(at, "Akun tak dikenal", [LineInput("1-100", debit=5), LineInput("9-999",
                                                                               credit=5)])
    sink.close_day(at, TODAY - dt.timedelta(days=1), "tutup")
    with pytest.raises(DayClosed):
        sink.post(at - dt.timedelta(days=1), "Hari tertutup",
                  [LineInput("1-100", debit=5), LineInput("4-900", credit=5)])
    number = sink.post(at, "Hari terbuka", [LineInput("1-100", debit=5),
                                            LineInput("4-900", credit=5)])[1]
    assert number == f"JU/{TODAY.year}/00001"
    sink.finish()
    assert check.integrity_report().ok
    assert days.lock_date() == TODAY - dt.timedelta(days=1)


def test_the_collectors_sheet_is_ready_with_the_fees_by_stall_kind(opened):
    from sekretariat.demo.market_records import FEES, RUBBISH_FEE
    from sekretariat.services.leasing import daily_fees, fee_setup
    from sekretariat.services.core import users

    treasurer = next(a for a in opened.accounts if a[1] == "bendahara")
    session = users.login(treasurer[0], treasurer[2])
    assert len(fee_setup.list_collectors(session, active_only=True)) >= 2
    sheet = daily_fees.expected_fees(session, TODAY)
    kinds = dict(db.current_database().execute_sql("SELECT id, kind FROM stall").fetchall())
    assert sheet and not any(row.recorded for row in sheet)
    for row in sheet:
        assert row.amount == sum(FEES[kinds[row.stall_id]]) + RUBBISH_FEE


def test_open_days_leave_the_daily_fees_to_the_collectors_sheet(opened):
    """Up to the last closed day the history records each collector's day
    (setoran); the open days have none, so recording yesterday on the sheet
    counts nothing twice."""
    from sekretariat.services.leasing import daily_fees, fee_setup

    yesterday = TODAY - dt.timedelta(days=1)
    closed_through = days.lock_date()
    assert closed_through < yesterday
    refs = dict(_rows(opened.path, "SELECT fee_date, count(*) FROM fee_collection GROUP BY 1"))
    assert refs[closed_through.isoformat()] >= 2
    assert not [d for d in refs if d > closed_through.isoformat()]

    treasurer = next(a for a in opened.accounts if a[1] == "bendahara")
    clock.freeze(dt.datetime.combine(TODAY, dt.time(9)))
    try:
        session = users.login(treasurer[0], treasurer[2])
        sheet = daily_fees.expected_fees(session, yesterday)
        assert sheet and not any(row.recorded for row in sheet)
        collector = fee_setup.list_collectors(session, active_only=True)[0]
        info = daily_fees.record_collection(session, yesterday, collector.id,
                                            {row.stall_id: None for row in sheet})
    finally:
        clock.freeze(None)
    income = _rows(opened.path, "SELECT coalesce(sum(l.credit - l.debit), 0) FROM journal_line l"
                                " JOIN account a ON a.id = l.account_id WHERE a.code = '4-110'"
                                f" AND l.entry_date = '{yesterday.isoformat()}'")[0][0]
    assert income == info.collected == sum(row.amount for row in sheet)
