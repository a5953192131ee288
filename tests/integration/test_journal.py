import datetime as dt
import sqlite3

import peewee
import pytest
from dbhelp import all_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sekretariat import db
from sekretariat.errors import Conflict, DayClosed, PermissionDenied, ValidationError
from sekretariat.services.core import days, journal
from sekretariat.services.core.journal import LineInput

TODAY = dt.date(2026, 11, 23)


def _cash_sale(amount=100_000, income="4-100"):
    return [LineInput("1-100", debit=amount), LineInput(income, credit=amount)]


def _snapshot():
    conn = db.current_database()
    return tuple(conn.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("journal_entry", "journal_line", "audit_log", "sequence"))


def test_post_numbers_audits_and_balances(chair):
    entry = journal.post_entry(chair, TODAY, "Sewa kios A-01", _cash_sale(350_000))
    assert entry.number == "JU/2026/00001"
    assert entry.total == 350_000
    assert [(l.account_code, l.debit, l.credit) for l in entry.lines] == [
        ("1-100", 350_000, 0), ("4-100", 0, 350_000)]
    second = journal.post_entry(chair, TODAY, "Parkir", _cash_sale(50_000, "4-200"))
    assert second.number == "JU/2026/00002"
    tb = journal.trial_balance(chair, TODAY)
    assert tb.balanced and tb.total_debit == 400_000
    assert journal.account_balance(chair, "1-100", TODAY) == 400_000
    assert journal.account_balance(chair, "4-200", TODAY) == -50_000
    audit = db.current_database().execute_sql(
        "SELECT action, username, entity_id FROM audit_log WHERE entity='journal_entry'").fetchall()
    assert audit == [("journal.post", "ketua", str(entry.id)), ("journal.post", "ketua",
                                                                 str(second.id))]


def test_numbers_restart_each_year(chair):
    old = journal.post_entry(chair, dt.date(2025, 12, 31), "Akhir tahun", _cash_sale())
    new = journal.post_entry(chair, dt.date(2026, 1, 1), "Awal tahun", _cash_sale())
    assert (old.number, new.number) == ("JU/2025/00001", "JU/2026/00001")


@pytest.mark.parametrize("lines, key", [
    ([LineInput("1-100", debit=100), LineInput("4-100", credit=90)], "journal.unbalanced"),
    ([LineInput("1-100", debit=100)], "journal.too_few_lines"),
    ([LineInput("1-100", debit=100, credit=100), LineInput("4-100", credit=0)], "journal.one_side"),
    ([LineInput("1-100", debit=0), LineInput("4-100", credit=0)], "journal.one_side"),
    ([LineInput("1-100", debit=-5), LineInput("4-100", credit=-5)], "journal.amount_negative"),
    ([LineInput("1-100", debit=1.5), LineInput("4-100", credit=1.5)],
     "journal.amount_not_integer"),
    ([LineInput("9-999", debit=100), LineInput("4-100", credit=100)], "journal.unknown_account"),
    ([LineInput("1-110", debit=100, party_kind="trader"), LineInput("4-100", credit=100)],
     "journal.party_incomplete"),
    ([LineInput("1-200", debit=100), LineInput("4-100", credit=100)],
     "journal.subledger_account"),
    ([LineInput("1-100", debit=100), LineInput("2-100", credit=100)],
     "journal.subledger_account"),
    ([LineInput("1-100", debit=100), LineInput("1-210", credit=100)],
     "journal.subledger_account"),
])
def test_bad_entries_are_refused_and_change_nothing(chair, lines, key):
    before = _snapshot()
    with pytest.raises(ValidationError) as info:
        journal.post_entry(chair, TODAY, "Salah", lines)
    assert info.value.key == key
    assert _snapshot() == before


def test_empty_memo_refused(chair):
    with pytest.raises(ValidationError) as info:
        journal.post_entry(chair, TODAY, "   ", _cash_sale())
    assert info.value.field == "memo"


def test_reverse_once(chair):
    entry = journal.post_entry(chair, TODAY, "Salah catat", _cash_sale(75_000))
    reversal = journal.reverse_entry(chair, entry.id, "jumlah keliru")
    assert reversal.reverses_id == entry.id
    assert [(l.account_code, l.debit, l.credit) for l in reversal.lines] == [
        ("1-100", 0, 75_000), ("4-100", 75_000, 0)]
    assert journal.get_entry(chair, entry.id).reversed_by_id == reversal.id
    assert journal.trial_balance(chair, TODAY).rows[0].balance == 0
    before = _snapshot()
    with pytest.raises(Conflict) as info:
        journal.reverse_entry(chair, entry.id, "lagi")
    assert info.value.key == "journal.already_reversed"
    with pytest.raises(Conflict) as info:
        journal.reverse_entry(chair, reversal.id, "balik pembalik")
    assert info.value.key == "journal.reverse_of_reversal"
    assert _snapshot() == before


def test_reversal_needs_a_reason_and_a_later_date(chair):
    entry = journal.post_entry(chair, TODAY, "x", _cash_sale())
    with pytest.raises(ValidationError):
        journal.reverse_entry(chair, entry.id, "  ")
    with pytest.raises(ValidationError):
        journal.reverse_entry(chair, entry.id, "alasan", TODAY - dt.timedelta(days=1))


def test_posted_rows_cannot_be_changed_even_by_raw_sql(chair):

    entry = journal.post_entry(chair, TODAY, "x", _cash_sale())
    conn = db.current_database()
    for sql in ("UPDATE journal_line SET debit = 1 WHERE entry_id = ?",
                "DELETE FROM journal_line WHERE entry_id = ?",
                "UPDATE journal_entry SET memo = 'y' WHERE id = ?",
                "DELETE FROM journal_entry WHERE id = ?"):
        with pytest.raises(peewee.IntegrityError, match="append_only"):
            conn.execute_sql(sql, (entry.id,))


def test_permissions_live_in_the_service(sessions):
    for role in ("sekretaris", "parkir", "gudang", "staf", "pembaca"):
        with pytest.raises(PermissionDenied):
            journal.post_entry(sessions[role], TODAY, "x", _cash_sale())
    entry = journal.post_entry(sessions["bendahara"], TODAY, "x", _cash_sale())
    with pytest.raises(PermissionDenied):
        journal.reverse_entry(sessions["pembaca"], entry.id, "tidak boleh")
    assert journal.trial_balance(sessions["pembaca"], TODAY).balanced
    with pytest.raises(PermissionDenied):
        journal.trial_balance(sessions["parkir"], TODAY)


def test_closed_day_blocks_posting_and_reversing(chair):
    entry = journal.post_entry(chair, TODAY - dt.timedelta(days=2), "x", _cash_sale())
    days.close_day(chair, TODAY - dt.timedelta(days=1))
    with pytest.raises(DayClosed):
        journal.post_entry(chair, TODAY - dt.timedelta(days=1), "x", _cash_sale())
    with pytest.raises(DayClosed):
        journal.reverse_entry(chair, entry.id, "hari sudah ditutup", TODAY - dt.timedelta(days=1))
    # a reversal dated today (an open day) of the closed day's entry is allowed
    assert journal.reverse_entry(chair, entry.id, "dibalik hari ini").entry_date == TODAY
    assert journal.post_entry(chair, TODAY, "hari ini masih buka", _cash_sale()).number


def test_list_entries_pages_newest_first(chair):
    for i in range(5):
        journal.post_entry(chair, TODAY - dt.timedelta(days=i), f"Entri {i}", _cash_sale(1000 + i))
    first = journal.list_entries(chair, limit=2)
    assert [e.memo for e in first.rows] == ["Entri 0", "Entri 1"] and first.has_more
    last = first.rows[-1]
    second = journal.list_entries(chair, limit=2, before=(last.entry_date.isoformat(), last.id))
    assert [e.memo for e in second.rows] == ["Entri 2", "Entri 3"]
    assert journal.list_entries(chair, text="Entri 4").rows[0].total == 1004


line_amounts = st.lists(st.integers(min_value=1, max_value=10**12), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(debits=line_amounts, data=st.data())
def test_journal_always_balances(chair, debits, data):
    """Whatever is posted or refused, total debits equal total credits."""
    credits = data.draw(st.lists(st.integers(min_value=1, max_value=10**12), min_size=1,
                                 max_size=6))
    lines = [LineInput("1-100", debit=d) for d in debits] + \
            [LineInput("4-100", credit=c) for c in credits]
    try:
        journal.post_entry(chair, TODAY, "properti", lines)
        assert sum(debits) == sum(credits)
    except ValidationError as exc:
        assert exc.key == "journal.unbalanced" and sum(debits) != sum(credits)
    tb = journal.trial_balance(chair, TODAY)
    assert tb.total_debit == tb.total_credit


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(outcomes=st.lists(st.booleans(), min_size=1, max_size=12))
def test_numbers_have_no_gaps_even_when_posts_fail(chair, outcomes):
    for ok in outcomes:
        lines = _cash_sale() if ok else [LineInput("1-100", debit=5), LineInput("4-100", credit=4)]
        try:
            journal.post_entry(chair, TODAY, "nomor", lines)
        except ValidationError:
            pass
    numbers = [r[0] for r in db.current_database().execute_sql(
        "SELECT number FROM journal_entry ORDER BY id")]
    assert numbers == [f"JU/2026/{n:05d}" for n in range(1, len(numbers) + 1)]


def test_manual_entry_accounts_leave_out_the_subledger(chair):
    codes = [a.code for a in journal.list_accounts(chair, manual_entry=True)]
    assert "1-100" in codes and "1-200" not in codes and "2-100" not in codes
    assert "1-200" in [a.code for a in journal.list_accounts(chair)]


# --- posting many entries at once ---------------------------------------------------


def _copy_database(path):
    target = sqlite3.connect(str(path))
    db.current_database().connection().backup(target)
    target.close()


def _batch(reversed_id):
    return [
        journal.EntryInput(dt.date(2025, 12, 31), "  Akhir tahun ", [
            LineInput("1-100", debit=250_000, memo="  tunai  "),
            LineInput("4-100", credit=250_000)]),
        journal.EntryInput(TODAY, "Piutang petugas", [
            LineInput("1-110", debit=40_000, party_kind="attendant", party_id=7),
            LineInput("4-200", credit=40_000, memo="Karcis 000101–000140")],
            source="parking", source_ref="SP/1"),
        journal.EntryInput(TODAY, "Pembalik", [
            LineInput("1-100", credit=75_000), LineInput("4-100", debit=75_000)],
            reverses_id=reversed_id),
        journal.EntryInput(dt.date(2026, 1, 2), "Awal tahun", _cash_sale(1_000)),
    ]


def test_posting_a_batch_writes_the_rows_a_loop_of_single_posts_writes(chair, tmp_path):
    original = journal.post_entry(chair, TODAY, "Salah catat", _cash_sale(75_000))
    copy = tmp_path / "copy.sqlite"
    _copy_database(copy)
    with db.transaction():
        batch_ids = journal.post_many_in_transaction(chair, _batch(original.id))
    batched = all_rows()
    db.close_database()
    db.open_database(copy)
    with db.transaction():
        single_ids = [journal.post_in_transaction(chair, e.entry_date, e.memo, e.lines,
                                                  source=e.source, source_ref=e.source_ref,
                                                  reverses_id=e.reverses_id)
                      for e in _batch(original.id)]
    assert batch_ids == single_ids
    assert all_rows() == batched
    assert [journal.get_entry(chair, i).number for i in batch_ids] == [
        "JU/2025/00001", "JU/2026/00002", "JU/2026/00003", "JU/2026/00004"]
    assert journal.get_entry(chair, original.id).reversed_by_id == batch_ids[2]
    from sekretariat.services.core import audit, check

    assert audit.verify_chain()[1] == []
    assert check.run_check(chair).ok


@pytest.mark.parametrize("bad, error, key", [
    (journal.EntryInput(TODAY, "x", [LineInput("1-100", debit=5), LineInput("4-100", credit=4)]),
     ValidationError, "journal.unbalanced"),
    (journal.EntryInput(TODAY, " ", _cash_sale()), ValidationError, "journal.memo_empty"),
    (journal.EntryInput(TODAY, "x", [LineInput("9-999", debit=5), LineInput("4-100", credit=5)]),
     ValidationError, "journal.unknown_account"),
    (journal.EntryInput(TODAY - dt.timedelta(days=1), "x", _cash_sale()), DayClosed, "day.closed"),
])
def test_a_bad_entry_anywhere_refuses_the_whole_batch(chair, bad, error, key):
    days.close_day(chair, TODAY - dt.timedelta(days=1))
    before = _snapshot()
    good = journal.EntryInput(TODAY, "baik", _cash_sale())
    with pytest.raises(error) as info, db.transaction():
        journal.post_many_in_transaction(chair, [good, bad, good])
    assert info.value.key == key
    assert _snapshot() == before


def test_a_batch_needs_the_callers_transaction(chair):
    with pytest.raises(RuntimeError):
        journal.post_many_in_transaction(chair, [journal.EntryInput(TODAY, "x", _cash_sale())])
    with db.transaction():
        assert journal.post_many_in_transaction(chair, []) == []
