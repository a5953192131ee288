"""``report verify``: do the books still give the figures of a report PDF?

The PDF's Keywords carry the line ``fingerprint.metadata_text`` wrote (the
kind, the period, the fingerprint, the audit and journal positions when it
was made). The fingerprint of the same period is computed again from the
database now: the same digest means the same figures. When it differs, the
journal (append-only) says why: every entry posted after the recorded
journal position and dated on or before the period's end (a late posting, a
reversal) is listed with its number, date, memo and source.

Refused, with a clear message: a path that is not a file, a file that is
not a readable PDF, a PDF without our metadata."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sekretariat.errors import ValidationError
from sekretariat.services.core.inputs import as_date, rows
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.reports.balances import snapshot
from sekretariat.services.reports.fingerprint import Metadata, fingerprint, parse_metadata
from sekretariat.services.reports.fingerprint import positions as book_positions
from sekretariat.services.reports.period import Period

#: The period kind of each report kind.
PERIOD_KINDS = {"annual": "year", "monthly": "month"}
#: Entries listed at most (a changed year rarely has more; the rest are counted).
MAX_LISTED = 200


@dataclass(frozen=True)
class ChangedEntry:
    id: int
    number: str
    entry_date: dt.date
    memo: str
    source: str
    reverses: str | None      # the number of the entry it reverses


@dataclass(frozen=True)
class Verification:
    path: Path
    recorded: Metadata
    period: Period
    current: str              # the fingerprint now
    entries: tuple[ChangedEntry, ...]   # posted after the report, dated up to its end
    more_entries: int         # how many more there are beyond those listed
    journal_now: int          # the journal's last entry id now

    @property
    def same(self) -> bool:
        return self.current == self.recorded.fingerprint

    @property
    def journal_behind(self) -> bool:
        """This database's journal ends before the report's position: not the
        database the report was made from (or an older copy of it)."""
        return self.journal_now < self.recorded.journal_position


def read_metadata(pdf_path: str | Path) -> Metadata:
    """The report metadata in a PDF's Keywords (refused: not a file, not a
    PDF, no metadata of ours)."""
    path = Path(pdf_path)
    if not path.is_file():
        raise ValidationError("annual.verify_not_file", field="file", path=str(path))
    try:
        with path.open("rb") as handle:
            if handle.read(5) != b"%PDF-":
                raise ValidationError("annual.verify_not_pdf", field="file", path=str(path))
        from pypdf import PdfReader

        info = PdfReader(path).metadata
        keywords = info.get("/Keywords") if info is not None else None
    except ValidationError:
        raise
    except Exception:     # pypdf raises many kinds on a broken file
        raise ValidationError("annual.verify_not_pdf", field="file", path=str(path)) from None
    found = parse_metadata(str(keywords) if keywords is not None else None)
    if found is None:
        raise ValidationError("annual.verify_no_metadata", field="file", path=str(path))
    return found


def verify_report(session: Session, pdf_path: str | Path) -> Verification:
    require(session, "reports.view")
    require(session, "journal.view")
    recorded = read_metadata(pdf_path)
    period = Period(recorded.start, recorded.end, PERIOD_KINDS[recorded.kind])
    with snapshot():
        current = fingerprint(period)
        _, journal_now = book_positions()
        found = rows(
            "SELECT e.id, e.number, e.entry_date, e.memo, e.source, o.number"
            " FROM journal_entry e LEFT JOIN journal_entry o ON o.id = e.reverses_id"
            " WHERE e.id > ? AND e.entry_date <= ? ORDER BY e.id LIMIT ?",
            (recorded.journal_position, period.end.isoformat(), MAX_LISTED + 1))
        more = 0
        if len(found) > MAX_LISTED:
            more = rows("SELECT count(*) FROM journal_entry WHERE id > ? AND entry_date <= ?",
                        (recorded.journal_position, period.end.isoformat()))[0][0] - MAX_LISTED
    entries = tuple(ChangedEntry(r[0], r[1], as_date(r[2]), r[3], r[4], r[5])
                    for r in found[:MAX_LISTED])
    return Verification(Path(pdf_path), recorded, period, current, entries, more, journal_now)
