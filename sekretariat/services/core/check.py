"""``sekretariat check``: is the database whole and are its figures true?

A registry of rules. Each rule has a title key and a function
``(conn) -> problems`` (readable texts, empty when all is well). The core
rules live here: SQLite's own checks, the guard triggers, the audit chain,
the journal (balanced, unaltered, audited) and gap-free numbering. Each area
registers its own rules with ``@rule`` in its own module (leasing:
``services/leasing/check_rules.py``), and lists that module in
``AREA_RULE_MODULES``; those modules are imported by name when a check runs,
so core never imports an area (no import circle) and a new area adds one
name here and one module of its own.

Every rule reads one consistent snapshot: ``integrity_report`` holds a single
read transaction (``BEGIN DEFERRED`` and a first ``SELECT``: in WAL mode the
snapshot is fixed from then on) for the whole run, so writers posting while
it runs never make it report a problem that is not there.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
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


@dataclass(frozen=True)
class Rule:
    key: str                                   # message key of the rule's title
    area: str
    run: Callable[[object], Sequence[str]]     # conn -> readable problems


MAX_LISTED = 20

#: The areas' rule modules, imported by name when a check runs (in this order).
AREA_RULE_MODULES: tuple[str, ...] = (
    "sekretariat.services.leasing.check_rules",
    "sekretariat.services.cash.check_rules",
    "sekretariat.services.parking.check_rules",
    "sekretariat.services.surveys.check_rules",
    "sekretariat.services.warehouse.check_rules",
    "sekretariat.services.warehouse.count_rules",
    "sekretariat.services.warehouse.round_rules",
    "sekretariat.services.warehouse.payable_rules",
    "sekretariat.services.complaints.check_rules",
)

_RULES: dict[str, Rule] = {}


def rule(key: str, *, area: str = "core") -> Callable:
    """Register ``function(conn) -> problems`` as the rule titled ``key``."""
    def register(function: Callable[[object], Sequence[str]]):
        _RULES[key] = Rule(key, area, function)
        return function
    return register


def rules() -> tuple[Rule, ...]:
    """Every registered rule: core first, then each area's, in registration order."""
    for name in AREA_RULE_MODULES:
        importlib.import_module(name)
    return tuple(_RULES.values())


def run_check(session: Session) -> CheckReport:
    """The check a person asks for (CLI ``check``): needs ``check.run``."""
    require(session, "check.run")
    return integrity_report()


def integrity_report() -> CheckReport:
    """Every rule, with no permission test (for tests, the demo and bench),
    all of them over one snapshot of the database."""
    conn = db.current_database()
    registered = rules()
    items: list[CheckItem] = []
    with _snapshot(conn):
        for entry in registered:
            problems = tuple(entry.run(conn))
            items.append(CheckItem(entry.key, not problems, problems[:MAX_LISTED]))
    return CheckReport(tuple(items))


@contextlib.contextmanager
def _snapshot(conn) -> Iterator[None]:
    """One read transaction for the whole run; inside a caller's transaction
    it simply reads in that one."""
    if conn.in_transaction():
        yield
        return
    with conn.transaction(lock_type="DEFERRED"):
        conn.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()  # fixes the snapshot
        yield


def bad_voids(conn, table: str, number_column: str = "number") -> list[str]:
    """Numbers of ``table``'s documents whose void is not the reversal of their
    own journal entry dated on their void day (every area voids so: the
    columns journal_entry_id, void_entry_id and voided_on)."""
    return [number for number, in conn.execute_sql(
        f"SELECT d.{number_column} FROM {table} d LEFT JOIN journal_entry r"
        " ON r.id = d.void_entry_id WHERE d.void_entry_id IS NOT NULL"
        " AND (r.reverses_id IS NOT d.journal_entry_id OR r.entry_date IS NOT d.voided_on)"
        " ORDER BY d.id")]


# --- the core rules ----------------------------------------------------------

@rule("check.integrity")
def _integrity(conn) -> list[str]:
    found = [r[0] for r in conn.execute_sql("PRAGMA integrity_check")]
    return [] if found == ["ok"] else found


@rule("check.foreign_keys")
def _foreign_keys(conn) -> list[str]:
    from sekretariat.i18n import t

    return [t("check.fk_problem", table=r[0], rowid=r[1], parent=r[2])
            for r in list(conn.execute_sql("PRAGMA foreign_key_check"))[:MAX_LISTED]]


@rule("check.triggers")
def _triggers(conn) -> list[str]:
    from sekretariat.i18n import t

    present = {r[0] for r in conn.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    return [t("check.trigger_missing", name=n) for n in sorted(_expected_triggers() - present)]


@rule("check.audit_chain")
def _audit_chain(conn) -> list[str]:
    from sekretariat.i18n import t

    _, problems = audit.verify_chain()
    return [t(f"check.audit_{p.reason}", id=p.audit_id) for p in problems[:MAX_LISTED]]


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


@rule("check.journal")
def _check_journal(conn) -> list[str]:
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
    return problems


@rule("check.numbering")
def _check_numbering(conn) -> list[str]:
    from sekretariat.i18n import t

    problems = []
    issued = {(s, y): last for s, y, last in conn.execute_sql(
        "SELECT series, year, last FROM sequence")}
    used: dict[tuple[str, int], list[int]] = {}
    for table, column in set(SERIES.values()):
        for number, in conn.execute_sql(f"SELECT {column} FROM {table}"
                                        f" WHERE {column} IS NOT NULL"):
            series, year, n = number.split("/")
            used.setdefault((series, int(year)), []).append(int(n))
    for key, numbers in used.items():
        last = issued.get(key, 0)
        if sorted(numbers) != list(range(1, last + 1)):
            problems.append(t("check.numbering_gap", series=key[0], year=key[1],
                              count=len(numbers), last=last))
    return problems
