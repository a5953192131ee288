"""What the Laporan screen offers and how it asks the services: the reports,
which periods each takes, which roles may make each, reading the period from
what was typed (``services.reports.period``), and making a file (the
ledgers workbook, or the annual / monthly PDF of ``services.reports.annual``).
No widgets here; the services are imported when first used."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sekretariat.errors import SekretariatError, ValidationError
from sekretariat.services.core import permissions
from sekretariat.services.core.session import Session

#: The reports in the screen's order.
REPORTS = ("ledgers", "annual", "monthly", "statements")
#: The reports that write a file (the others show on screen).
FILE_REPORTS = ("ledgers", "annual", "monthly")
#: The period kinds each report takes, the first its default.
PERIOD_KINDS: dict[str, tuple[str, ...]] = {
    "ledgers": ("year", "month", "span"),
    "annual": ("year",),
    "monthly": ("month",),
    "statements": ("year", "month", "span"),
}
#: The service's name of the PDF report's kind.
PDF_KIND = {"annual": "annual", "monthly": "monthly"}

#: ``progress(done, total, label)``, as the services report it.
Progress = Callable[..., None]


def needs(report: str) -> tuple[str, ...]:
    """The permissions a report asks for (the service checks them again)."""
    if report == "ledgers":
        from sekretariat.services.reports import ledgers

        return ("reports.view", *ledgers.PERMISSIONS)
    if report in PDF_KIND:
        from sekretariat.services.reports import report_data

        return tuple(report_data.PERMISSIONS)
    return ("reports.view",)


def may(session: Session | None, report: str) -> bool:
    return all(permissions.can(session, action) for action in needs(report))


def default_folder() -> Path:
    """``exports/`` beside the open database."""
    from sekretariat.services.core import paper

    return paper.default_folder()


def read_period(kind: str, year: str, month: Any, first: str, last: str):  # type: ignore[no-untyped-def]
    """The Period of the fields (the inputs ``#year``, ``#month``, ``#first``,
    ``#last``); a refusal names the field at fault. Reads no database."""
    from sekretariat.i18n.formats import parse_date
    from sekretariat.services.reports import period

    if not str(year).strip() and kind in ("year", "month"):
        raise ValidationError("tui.reports.year_needed", field="year")
    if kind == "year":
        return period.year_period(year)
    if kind == "month":
        return period.month_period(year, month)
    start, end = parse_date(first, field="first"), parse_date(last, field="last")
    try:
        return period.span(start, end)
    except ValidationError as exc:   # the service names its fields start / end
        field = {"start": "first", "end": "last"}.get(exc.field or "", exc.field)
        raise ValidationError(exc.key, field=field, **exc.params) from None


@dataclass(frozen=True)
class Preview:
    """Said about a period before anything is made."""

    provisional: bool
    has_data: bool


def preview(period) -> Preview:  # type: ignore[no-untyped-def]
    """Whether the period is provisional and has books (reads the database:
    call it in a worker)."""
    from sekretariat.services.reports import period as periods

    return Preview(period.provisional, periods.has_data(period))


@dataclass(frozen=True)
class Job:
    """One report to make: which, for when, into which folder."""

    report: str
    period: Any                      # services.reports.period.Period
    folder: str | None               # None: exports/ beside the database
    replace: bool = False

    @property
    def key(self) -> tuple[str, str, str | None]:
        return self.report, self.period.slug(), self.folder


@dataclass(frozen=True)
class Made:
    path: Path
    provisional: bool


def make_file(session: Session, job: Job, progress: Progress | None) -> Made:
    """Write the file of ``job`` (in a worker); refusals are the services'."""
    if job.report == "ledgers":
        from sekretariat.services.reports import ledgers

        done = ledgers.export_ledgers(session, job.period, to_dir=job.folder,
                                      replace=job.replace, progress=progress)
    else:
        from sekretariat.services.reports import annual

        done = annual.make_report(session, job.period, PDF_KIND[job.report],
                                  to_dir=job.folder, replace=job.replace, progress=progress)
    return Made(Path(done.path), bool(done.provisional))


def statements(session: Session, job: Job):  # type: ignore[no-untyped-def]
    """The SAK EMKM statements of the period (in a worker)."""
    from sekretariat.services.reports.financial import financial_statements

    return financial_statements(session, job.period)


def file_exists(error: SekretariatError | None) -> bool:
    """Whether a refusal is "the file is already there" (answered by asking)."""
    return error is not None and error.key.endswith("file_exists")


def existing_path(error: SekretariatError) -> str:
    return str(error.params.get("path", ""))


def this_year() -> int:
    from sekretariat import clock

    return clock.today().year


def year_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 1, 1)
