"""The response standard of each complaint category: whole days to
acknowledge and to resolve, counted from the day received (market settings
``complaints.ack_days.<category>`` and ``complaints.resolve_days.<category>``;
1 and 7 until the chair sets them). A complaint keeps the due dates of the
day it was received; a later change does not rewrite them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat.errors import ValidationError
from sekretariat.services.complaints.rules import CATEGORIES
from sekretariat.services.core import audit
from sekretariat.services.core.inputs import one, rows
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

DEFAULT_ACK_DAYS = 1
DEFAULT_RESOLVE_DAYS = 7
MAX_DAYS = 365


@dataclass(frozen=True)
class Standard:
    category: str
    ack_days: int
    resolve_days: int

    def due_dates(self, received_on: dt.date) -> tuple[dt.date, dt.date]:
        """(acknowledge by, resolve by) of a complaint received on ``received_on``."""
        return (received_on + dt.timedelta(days=self.ack_days),
                received_on + dt.timedelta(days=self.resolve_days))


def _key(kind: str, category: str) -> str:
    return f"complaints.{kind}_days.{category}"


def standards() -> dict[str, Standard]:
    """The standard in force for every category, in the categories' order."""
    stored = dict(rows("SELECT key, value FROM setting WHERE key LIKE 'complaints.%_days.%'"))

    def days(kind: str, category: str, default: int) -> int:
        value = stored.get(_key(kind, category))
        return int(value) if value is not None and str(value).isdigit() else default

    return {c: Standard(c, days("ack", c, DEFAULT_ACK_DAYS), days("resolve", c,
                                                                  DEFAULT_RESOLVE_DAYS))
            for c in CATEGORIES}


def standard_for(category: str) -> Standard:
    return standards()[category]


def _whole_days(value, field: str) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_DAYS:
        raise ValidationError("complaints.days_invalid", field=field, maximum=MAX_DAYS,
                              value=str(value))
    return value


def set_standard(session: Session, category: str, ack_days: int,
                 resolve_days: int) -> Standard:
    """Chair only: the standard of ``category`` from now on (audited)."""
    require(session, "complaints.standards")
    if category not in CATEGORIES:
        raise ValidationError("complaints.category_unknown", field="category",
                              category=str(category), known=", ".join(CATEGORIES))
    ack = _whole_days(ack_days, "ack_days")
    resolve = _whole_days(resolve_days, "resolve_days")
    if resolve < ack:
        raise ValidationError("complaints.resolve_before_ack", field="resolve_days",
                              ack=ack, resolve=resolve)
    before = standard_for(category)
    with writing():
        for kind, value in (("ack", ack), ("resolve", resolve)):
            one("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key)"
                " DO UPDATE SET value = excluded.value", (_key(kind, category), str(value)))
        audit.record(session, "complaints.standard_set", "setting",
                     f"complaints.standard.{category}",
                     {"ack_days": before.ack_days, "resolve_days": before.resolve_days},
                     {"ack_days": ack, "resolve_days": resolve})
    return standard_for(category)
