"""``sekretariat check``: is the database whole and are its figures true?

Runs SQLite's own checks, walks the audit chain, proves every journal entry
balances and still matches the fingerprint taken when it was posted (and
recorded in the audit log), checks the gap-free numbering and that the
guard triggers are all in place.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sekretariat import db
from sekretariat.migrations import all_migrations
from sekretariat.money import format_rupiah
from sekretariat.services.core import audit
from sekretariat.services.core.journal import entry_digest
from sekretariat.services.core.numbering import SERIES
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session


@dataclass(frozen=True)
class CheckItem:
    key: str          # message key of the check's title
    ok: bool
    problems: tuple[str, ...] = ()  # message keys / details, already readable


@dataclass(frozen=True)
class CheckReport:
    items: tuple[CheckItem, ...]

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)


MAX_LISTED = 20


def run_check(session: Session) -> CheckReport:
    """The check a person asks for (CLI ``check``): needs ``check.run``."""
    require(session, "check.run")
    return integrity_report()


def integrity_report() -> CheckReport:
    """Every check, with no permission test: for tests, the demo and bench."""
    from sekretariat.i18n import t

    conn = db.current_database()
    items: list[CheckItem] = []

    rows = [r[0] for r in conn.execute_sql("PRAGMA integrity_check")]
    items.append(CheckItem("check.integrity", rows == ["ok"], tuple(rows[:MAX_LISTED])
                           if rows != ["ok"] else ()))

    fk = list(conn.execute_sql("PRAGMA foreign_key_check"))
    items.append(CheckItem("check.foreign_keys", not fk, tuple(
        t("check.fk_problem", table=r[0], rowid=r[1], parent=r[2]) for r in fk[:MAX_LISTED])))

    expected = _expected_triggers()
    present = {r[0] for r in conn.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    missing = sorted(expected - present)
    items.append(CheckItem("check.triggers", not missing,
                           tuple(t("check.trigger_missing", name=n) for n in missing)))

    count, problems = audit.verify_chain()
    items.append(CheckItem("check.audit_chain", not problems, tuple(
        t(f"check.audit_{p.reason}", id=p.audit_id) for p in problems[:MAX_LISTED])))

    items.append(_check_journal(conn))
    items.append(_check_numbering(conn))
    from sekretariat.services.leasing import receivables, stall_status

    items.append(receivables.check_item())
    items.append(CheckItem("check.stall_status", not (bad := stall_status.problems()), tuple(bad[:MAX_LISTED])))
    return CheckReport(tuple(items))


def _expected_triggers() -> set[str]:
    """Every trigger the migrations leave, in their order: a later DROP removes
    an earlier CREATE, a later CREATE (a rebuilt table's trigger) restores it."""
    names: set[str] = set()
    pattern = re.compile(r"\b(CREATE|DROP)\s+TRIGGER\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?(\w+)",
                         re.IGNORECASE)
    for migration in all_migrations():
        for verb, name in pattern.findall(migration.sql):
            if verb.upper() == "CREATE":
                names.add(name)
            else:
                names.discard(name)
    return names


def _check_journal(conn) -> CheckItem:
    from sekretariat.i18n import t

    problems: list[str] = []
    for number, debit, credit, lines in conn.execute_sql(
            "SELECT e.number, COALESCE(SUM(l.debit),0), COALESCE(SUM(l.credit),0), COUNT(l.id)"
            " FROM journal_entry e LEFT JOIN journal_line l ON l.entry_id = e.id"
            " GROUP BY e.id HAVING SUM(l.debit) IS NOT SUM(l.credit) OR COUNT(l.id) < 2"
            " OR SUM(l.debit) = 0"):
        problems.append(t("check.entry_unbalanced", number=number, debit=format_rupiah(debit),
                          credit=format_rupiah(credit)))
    for number, in conn.execute_sql(
            "SELECT e.number FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
            " WHERE l.entry_date <> e.entry_date GROUP BY e.id"):
        problems.append(t("check.entry_date_mismatch", number=number))

    audited = {}
    for entity_id, after in conn.execute_sql(
            "SELECT entity_id, after FROM audit_log WHERE entity = 'journal_entry'"
            " AND action IN ('journal.post', 'journal.reverse')"):
        try:
            audited[int(entity_id)] = json.loads(after)["digest"]
        except (TypeError, ValueError, KeyError):
            continue
    cursor = conn.execute_sql(
        "SELECT e.id, e.number, e.entry_date, e.memo, e.source, e.source_ref, e.reverses_id,"
        " e.digest, a.code, l.debit, l.credit, l.party_kind, l.party_id, l.memo"
        " FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id"
        " JOIN account a ON a.id = l.account_id ORDER BY e.id, l.id")
    current = None
    lines: list = []

    def finish(head) -> None:
        entry_id, number, date, memo, source, ref, rev, stored = head
        if entry_digest(number, date, memo, source, ref, rev, lines) != stored:
            problems.append(t("check.entry_altered", number=number))
        elif audited.get(entry_id) != stored:
            problems.append(t("check.entry_not_audited", number=number))

    for row in cursor:
        head = row[:8]
        if current is None or head[0] != current[0]:
            if current is not None:
                finish(current)
            current, lines = head, []
        lines.append(list(row[8:]))
    if current is not None:
        finish(current)

    total = conn.execute_sql(
        "SELECT COALESCE(SUM(debit),0), COALESCE(SUM(credit),0) FROM journal_line").fetchone()
    if total[0] != total[1]:
        problems.append(t("check.journal_total", debit=format_rupiah(total[0]),
                          credit=format_rupiah(total[1])))
    return CheckItem("check.journal", not problems, tuple(problems[:MAX_LISTED]))


def _check_numbering(conn) -> CheckItem:
    from sekretariat.i18n import t

    problems = []
    issued = {(s, y): last for s, y, last in conn.execute_sql(
        "SELECT series, year, last FROM sequence")}
    used: dict[tuple[str, int], list[int]] = {}
    for table, column in set(SERIES.values()):
        for number, in conn.execute_sql(f"SELECT {column} FROM {table}"):
            series, year, n = number.split("/")
            used.setdefault((series, int(year)), []).append(int(n))
    for key, numbers in used.items():
        last = issued.get(key, 0)
        if sorted(numbers) != list(range(1, last + 1)):
            problems.append(t("check.numbering_gap", series=key[0], year=key[1],
                              count=len(numbers), last=last))
    return CheckItem("check.numbering", not problems, tuple(problems[:MAX_LISTED]))
