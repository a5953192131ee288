"""The annual report to the asset owner (and the monthly report, the same
engine for one month): ``make_report`` gathers the figures
(``report_data.gather``, one snapshot), lays them out as a PDF
(``reports.reports.annual_pdf.write_report``) with the fingerprint line
(``fingerprint.metadata_text``) in its Keywords and on its signature page,
and puts the file in ``exports/`` beside the database, or a folder given.

Like the ledgers workbook (``output``): an existing file is refused unless
``replace`` is asked for; an unwritable folder is said before any work;
the PDF is written beside its name and renamed when whole. A period not
wholly closed yet is provisional: its file name ends in ``-sementara`` and
every page says SEMENTARA. Reading only: nothing is written to the database.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sekretariat.errors import ValidationError
from sekretariat.i18n import t
from sekretariat.services.core import paper
from sekretariat.services.core.session import Session
from sekretariat.services.reports import output, period as periods
from sekretariat.services.reports.fingerprint import metadata_text
from sekretariat.services.reports.period import Period
from sekretariat.services.reports.report_data import check_kind, gather, require_all

#: ``report(done, total, label)``, as the CLI's progress bar takes it.
Report = Callable[[int, int, str], None]

FILE_STEMS = {"annual": "laporan-tahunan", "monthly": "laporan-bulanan"}
PROVISIONAL_SUFFIX = "sementara"
#: The messages of ``output`` (``annual.file_exists``, ...).
MESSAGES = "annual"
STEPS = ("gather", "write", "done")


@dataclass(frozen=True)
class ReportFile:
    path: Path
    period: Period
    provisional: bool
    fingerprint: str
    audit_position: int = 0
    journal_position: int = 0


def file_name(period: Period, kind: str, provisional: bool) -> str:
    """``laporan-tahunan-2026.pdf``, ``laporan-bulanan-2026-11-sementara.pdf``."""
    tail = f"-{PROVISIONAL_SUFFIX}" if provisional else ""
    return f"{FILE_STEMS[kind]}-{period.slug()}{tail}.pdf"


def make_report(session: Session, period: Period, kind: str = "annual", *,
                to_dir: str | Path | None = None, replace: bool = False,
                progress: Report | None = None) -> ReportFile:
    """Write the report of ``period``; where it went and its fingerprint come back."""
    from sekretariat.reports.reports.annual_pdf import write_report

    check_kind(period, kind)
    require_all(session)
    periods.require_data(period)
    folder = paper.folder(to_dir)
    path = folder / file_name(period, kind, period.provisional)
    output.check_target(folder, path, replace, MESSAGES)
    partial = output.partial_path(path)
    output.claim(partial, folder, MESSAGES)
    whole = False
    try:
        _step(progress, "gather")
        data = gather(session, period, kind)
        _step(progress, "write")
        write_report(partial, data, metadata_text(data))
        whole = True
    except OSError as exc:
        raise ValidationError("annual.write_failed", field="folder", path=str(path),
                              detail=exc.strerror or str(exc)) from None
    finally:
        if not whole:
            with contextlib.suppress(OSError):
                partial.unlink()
    output.put_in_place(partial, path, replace, MESSAGES)
    _step(progress, "done")
    signature = data.signature
    return ReportFile(path, period, data.cover.provisional, signature.fingerprint,
                      signature.audit_position, signature.journal_position)


def _step(progress: Report | None, name: str) -> None:
    if progress is not None:
        progress(STEPS.index(name), len(STEPS) - 1, t(f"annual.progress.{name}"))
