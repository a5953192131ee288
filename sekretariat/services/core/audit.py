"""The append-only, hash-chained audit log.

Each row's hash is sha256 over the previous row's hash and the row's own
fields, so changing or removing any row breaks the chain from there on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sekretariat import clock, db
from sekretariat.models import AuditLog
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session

GENESIS = "0" * 64
SYSTEM_USER = "system"


def canonical(value: Any) -> str | None:
    """Stable JSON for hashing and storing (sorted keys, no spaces)."""
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str)


def chain_hash(prev_hash: str, at: str, user_id: int | None, username: str, action: str,
               entity: str, entity_id: str | None, before: str | None, after: str | None) -> str:
    fields = [prev_hash, at, "" if user_id is None else str(user_id), username, action, entity,
              entity_id or "", before or "", after or ""]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def record(session: Session | None, action: str, entity: str, entity_id: Any = None,
           before: Any = None, after: Any = None, *, username: str | None = None) -> None:
    """Append one audit row. Must run inside the caller's write transaction."""
    record_many(session, [(action, entity, entity_id, before, after)], username=username)


_INSERT = ("INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, before,"
           " after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def record_many(session: Session | None, records: Sequence[tuple[str, str, Any, Any, Any]], *,
                username: str | None = None) -> None:
    """Append one audit row per (action, entity, entity_id, before, after), each
    chained to the one before, in one statement (a batch job's many rows).
    Must run inside the caller's write transaction."""
    if not db.in_transaction():
        raise RuntimeError("audit.record must run inside a write transaction")
    conn = db.current_database()
    last = conn.execute_sql("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = last[0] if last else GENESIS
    user_id = session.user_id if session else None
    name = session.username if session else (username or SYSTEM_USER)
    rows = []
    for action, entity, entity_id, before, after in records:
        at = clock.now_iso()
        ident = None if entity_id is None else str(entity_id)
        before_json, after_json = canonical(before), canonical(after)
        digest = chain_hash(prev_hash, at, user_id, name, action, entity, ident, before_json,
                            after_json)
        rows.append((at, user_id, name, action, entity, ident, before_json, after_json,
                     prev_hash, digest))
        prev_hash = digest
    if len(rows) == 1:
        conn.execute_sql(_INSERT, rows[0])
    else:
        conn.connection().executemany(_INSERT, rows)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    username: str
    action: str
    entity: str
    entity_id: str | None
    before: str | None
    after: str | None


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    has_more: bool


def list_log(session: Session, *, username: str | None = None, date_from: dt.date | None = None,
             date_to: dt.date | None = None, text: str | None = None,
             before_id: int | None = None, limit: int = 100) -> AuditPage:
    """Newest first, ``limit`` rows at a time; page on with ``before_id``."""
    require(session, "audit.view")
    query = AuditLog.select(AuditLog.id, AuditLog.at, AuditLog.username, AuditLog.action,
                            AuditLog.entity, AuditLog.entity_id, AuditLog.before,
                            AuditLog.after)
    if username:
        query = query.where(AuditLog.username == username.strip())
    if date_from:
        query = query.where(AuditLog.at >= date_from.isoformat())
    if date_to:
        query = query.where(AuditLog.at < (date_to + dt.timedelta(days=1)).isoformat())
    if text:
        like = f"%{text.strip()}%"
        query = query.where(AuditLog.action.contains(text.strip()) | AuditLog.entity ** like
                            | AuditLog.entity_id ** like)
    if before_id:
        query = query.where(AuditLog.id < before_id)
    rows = list(query.order_by(AuditLog.id.desc()).limit(limit + 1).tuples())
    return AuditPage(tuple(AuditRow(*r) for r in rows[:limit]), len(rows) > limit)


@dataclass(frozen=True)
class ChainProblem:
    audit_id: int
    reason: str  # 'hash' (row changed), 'link' (row removed or reordered)


def verify_chain() -> tuple[int, list[ChainProblem]]:
    """Walk the whole chain. Returns (rows checked, problems found)."""
    cursor = db.current_database().execute_sql(
        "SELECT id, at, user_id, username, action, entity, entity_id, before, after,"
        " prev_hash, hash FROM audit_log ORDER BY id")
    problems: list[ChainProblem] = []
    expected_prev = GENESIS
    count = 0
    for (row_id, at, user_id, username, action, entity, entity_id, before, after, prev_hash,
         stored) in cursor:
        count += 1
        if prev_hash != expected_prev:
            problems.append(ChainProblem(row_id, "link"))
        if chain_hash(prev_hash, at, user_id, username, action, entity, entity_id, before,
                      after) != stored:
            problems.append(ChainProblem(row_id, "hash"))
        expected_prev = stored
    return count, problems
