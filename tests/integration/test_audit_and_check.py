import datetime as dt

import pytest

from sekretariat import db
from sekretariat.services.core import audit, check, days, journal, market
from sekretariat.services.core.journal import LineInput

TODAY = dt.date(2026, 11, 23)


def _post(session, amount=25_000, memo="Iuran"):
    return journal.post_entry(session, TODAY, memo,
                              [LineInput("1-100", debit=amount), LineInput("4-110", credit=amount)])


def _failed(report):
    return {item.key: item.problems for item in report.items if not item.ok}


def _raw(sql, *params):
    db.current_database().execute_sql(sql, params)


def test_every_write_is_audited_and_chained(chair):
    _post(chair)
    market.update_profile(chair, market.MarketInfo("Pasar Sekojo Baru", "Jl. Baru"))
    days.close_day(chair, TODAY)
    count, problems = audit.verify_chain()
    assert problems == [] and count >= 5
    page = audit.list_log(chair, limit=3)
    assert [r.action for r in page.rows] == ["day.close", "market.update", "journal.post"]
    assert page.has_more
    older = audit.list_log(chair, before_id=page.rows[-1].id, limit=100)
    assert "auth.login" in [r.action for r in older.rows]
    assert audit.list_log(chair, username="ketua", text="market").rows[0].action == "market.update"
    assert audit.list_log(chair, date_from=TODAY + dt.timedelta(days=1)).rows == ()


def test_audit_rows_are_append_only(chair):
    import peewee

    with pytest.raises(peewee.IntegrityError):
        _raw("UPDATE audit_log SET username = 'x'")
    with pytest.raises(peewee.IntegrityError):
        _raw("DELETE FROM audit_log")


def test_check_passes_on_a_healthy_database(chair):
    for i in range(5):
        _post(chair, 1000 * (i + 1))
    journal.reverse_entry(chair, 1, "salah catat")
    report = check.integrity_report()
    assert report.ok, _failed(report)


def test_check_finds_an_altered_audit_row(chair):
    _post(chair)
    _raw("DROP TRIGGER audit_log_no_update")
    _raw("UPDATE audit_log SET username = 'orang-lain' WHERE id = 2")
    failed = _failed(check.integrity_report())
    assert "check.audit_chain" in failed and "check.triggers" in failed
    assert "#2" in failed["check.audit_chain"][0]


def test_check_finds_a_deleted_audit_row(chair):
    _post(chair)
    _post(chair)
    _raw("DROP TRIGGER audit_log_no_delete")
    _raw("DELETE FROM audit_log WHERE id = 3")
    assert "check.audit_chain" in _failed(check.integrity_report())


def test_check_finds_an_altered_journal_line_even_when_kept_balanced(chair):
    _post(chair, 25_000)
    _raw("DROP TRIGGER journal_line_no_update")
    _raw("UPDATE journal_line SET debit = 90000 WHERE debit = 25000")
    _raw("UPDATE journal_line SET credit = 90000 WHERE credit = 25000")
    failed = _failed(check.integrity_report())
    assert list(failed) == ["check.triggers", "check.journal"]
    assert "JU/2026/00001" in failed["check.journal"][0]


def test_check_finds_an_unbalanced_insert(chair):
    entry = _post(chair)
    _raw("INSERT INTO journal_line (entry_id, entry_date, account_id, debit)"
         " VALUES (?, ?, 1, 5)", entry.id, TODAY.isoformat())
    failed = _failed(check.integrity_report())
    assert "check.journal" in failed
    assert any("tidak seimbang" in p for p in failed["check.journal"])


def test_check_finds_a_numbering_gap(chair):
    _post(chair)
    _raw("DROP TRIGGER sequence_forward_only")
    _raw("UPDATE sequence SET last = 5")
    assert "check.numbering" in _failed(check.integrity_report())
