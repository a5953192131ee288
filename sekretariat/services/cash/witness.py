"""The paper witness of the books: a close's report prints the audit log's
position and a short form of its head hash right after the close. Because
every audit row's hash chains every row before it, a chain rewritten after
that day (even one re-hashed end to end, which a full check alone would pass)
no longer has that hash at that position: ``sekretariat check --witness
DATE=HASH`` says so."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sekretariat import db

#: Hex digits of the head hash printed on paper (64 bits: no forgery by chance).
SHORT = 16


@dataclass(frozen=True)
class Witness:
    audit_id: int        # the position: the close's own audit row
    hash: str            # that row's full chain hash

    @property
    def short(self) -> str:
        """``1a2b-3c4d-5e6f-7a8b``: easy to read off paper and type back."""
        text = self.hash[:SHORT]
        return "-".join(text[i:i + 4] for i in range(0, SHORT, 4))


def for_close(close_id: int) -> Witness:
    row = db.current_database().execute_sql(
        "SELECT id, hash FROM audit_log WHERE entity = 'cash_close' AND action = 'cash.close'"
        " AND entity_id = ? ORDER BY id DESC LIMIT 1", (str(close_id),)).fetchone()
    if row is None:
        raise LookupError(close_id)
    return Witness(row[0], row[1])


def normalise(text: str) -> str:
    return "".join(ch for ch in (text or "").lower() if ch in "0123456789abcdef")


def verify(day: dt.date, short_hash: str) -> list[str]:
    """Problems (readable) when no close of ``day`` has the witnessed hash at its
    position: the chain was rewritten after the paper was signed."""
    from sekretariat.i18n import t
    from sekretariat.i18n.formats import fmt_date

    wanted = normalise(short_hash)
    if len(wanted) < 8:
        return [t("cash.witness_too_short")]
    closes = []
    for audit_id, row_hash, after in db.current_database().execute_sql(
            "SELECT id, hash, after FROM audit_log WHERE entity = 'cash_close'"
            " AND action = 'cash.close' ORDER BY id"):
        try:
            if json.loads(after)["day"] == day.isoformat():
                closes.append((audit_id, row_hash))
        except (TypeError, ValueError, KeyError):
            continue
    if not closes:
        return [t("cash.witness_no_close", day=fmt_date(day))]
    if any(row_hash.startswith(wanted) for _, row_hash in closes):
        return []
    return [t("cash.witness_mismatch", day=fmt_date(day), position=closes[-1][0],
              witnessed=short_hash.strip())]
