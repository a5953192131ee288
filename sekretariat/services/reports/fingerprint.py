"""The report's fingerprint: a short digest of the figures it was made from.

What is digested (and nothing else: not when, not by whom, not the
language): the period's first and last day, every account's debit and
credit totals up to the period's last day (the trial balance the position
derives from) and over the period (the movements the income statement, the
cash summary and the indicators derive from), accounts by code, an account
that never moved left out. ``balances.movements`` is the one read of both,
so the digest sees what the statements see.

The journal is append-only: any change to those figures is a new entry
dated on or before the period's end (a late posting, a reversal), and it
changes a debit or a credit total, so the digest. It is shown like the cash
close's witness, 16 hex digits in groups of four (``1a2b-3c4d-5e6f-7a8b``).

``metadata_text`` is the line the PDF carries in its Keywords and prints on
its signature page; ``parse_metadata`` reads it back (``report verify``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from sekretariat import db
from sekretariat.services.reports.balances import movements
from sekretariat.services.reports.period import Period
from sekretariat.services.reports.report_types import ReportData

#: The digest's own version: a change of what is digested is a new version.
SCHEME = "sekretariat-figures/1"
#: The metadata's name and version, first in the Keywords.
METADATA = "sekretariat-report/1"
SHORT = 16
KINDS = ("annual", "monthly")

_METADATA = re.compile(
    r"sekretariat-report/1 kind=(?P<kind>[a-z]+) start=(?P<start>\d{4}-\d{2}-\d{2})"
    r" end=(?P<end>\d{4}-\d{2}-\d{2}) fp=(?P<fp>[0-9a-f]{4}(?:-[0-9a-f]{4}){3})"
    r" audit=(?P<audit>\d+) journal=(?P<journal>\d+)")


@dataclass(frozen=True)
class Metadata:
    kind: str
    start: dt.date
    end: dt.date
    fingerprint: str
    audit_position: int
    journal_position: int


def canonical(period: Period) -> str:
    """The text that is digested, one line per figure."""
    lines = [SCHEME, f"period {period.start.isoformat()} {period.end.isoformat()}"]
    for name, totals in (("balance", movements(None, period.end)),
                         ("moved", movements(period.start, period.end))):
        for code in sorted(totals):
            total = totals[code]
            if total.debit or total.credit:
                lines.append(f"{name} {code} {total.debit} {total.credit}")
    return "\n".join(lines) + "\n"


def short(digest: str) -> str:
    text = digest[:SHORT]
    return "-".join(text[i:i + 4] for i in range(0, SHORT, 4))


def fingerprint(period: Period) -> str:
    """``1a2b-3c4d-5e6f-7a8b`` of the books' figures for ``period`` now
    (inside a caller's snapshot, of that snapshot)."""
    return short(hashlib.sha256(canonical(period).encode("utf-8")).hexdigest())


def positions() -> tuple[int, int]:
    """(the audit log's last id, the journal's last entry id); 0 when empty."""
    found = db.current_database().execute_sql(
        "SELECT (SELECT coalesce(max(id), 0) FROM audit_log),"
        " (SELECT coalesce(max(id), 0) FROM journal_entry)").fetchone()
    return found[0], found[1]


def metadata_text(data: ReportData) -> str:
    """``sekretariat-report/1 kind=annual start=2026-01-01 end=2026-12-31
    fp=1a2b-3c4d-5e6f-7a8b audit=1234 journal=5678``."""
    period, signature = data.cover.period, data.signature
    return (f"{METADATA} kind={data.kind} start={period.start.isoformat()}"
            f" end={period.end.isoformat()} fp={signature.fingerprint}"
            f" audit={signature.audit_position} journal={signature.journal_position}")


def parse_metadata(text: str | None) -> Metadata | None:
    """The metadata found in a text (a PDF's Keywords), None when there is none."""
    found = _METADATA.search(text or "")
    if found is None or found["kind"] not in KINDS:
        return None
    try:
        start, end = dt.date.fromisoformat(found["start"]), dt.date.fromisoformat(found["end"])
    except ValueError:
        return None
    return Metadata(found["kind"], start, end, found["fp"], int(found["audit"]),
                    int(found["journal"]))
