"""What the stall form saves, in one transaction: a stall with its own
monthly rate (an override of the tariff from a date on), or a correction of
a stall's kind, area, status or note together with a change of that rate.
Either all of it is saved or none of it."""

from __future__ import annotations

import datetime as dt

from sekretariat import clock
from sekretariat.services.leasing import stall_rates, stalls
from sekretariat.services.core.session import Session
from sekretariat.services.leasing.stalls import StallInfo
from sekretariat.services.core.tx import writing

#: ``edit_stall(own_rate=UNCHANGED)``: leave the stall's rate as it is.
UNCHANGED = object()


def _rate(value):
    """A typed rate: "" or None means none (the tariff applies)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return value


def register_stall(session: Session, code: str, block: int | str, kind: str, area, *,
                   note: str = "", own_rate=None,
                   rate_from: dt.date | str | None = None) -> StallInfo:
    """A new stall; ``own_rate`` (optional) is its monthly rate from
    ``rate_from`` (today) on instead of the tariff for its kind and block."""
    rate = _rate(own_rate)
    with writing():
        stall = stalls.create_stall(session, code, block, kind, area, note=note)
        if rate is not None:
            stall_rates.set_stall_rate(session, stall.id, rate, _day(rate_from))
    return stalls.get_stall(session, stall.id)


def edit_stall(session: Session, stall_id: int, *, kind: str | None = None, area=None,
               status: str | None = None, note: str | None = None, own_rate=UNCHANGED,
               rate_from: dt.date | str | None = None,
               status_from: dt.date | str | None = None) -> StallInfo:
    """Correct a stall (its status from ``status_from``, today, on); ``own_rate`` set (a rate, or ""/None to go back to
    the tariff) changes its rate from ``rate_from`` (today) on."""
    with writing():
        stalls.update_stall(session, stall_id, kind=kind, area=area, status=status, note=note,
                            status_from=status_from)
        if own_rate is not UNCHANGED:
            stall_rates.set_stall_rate(session, stall_id, _rate(own_rate), _day(rate_from))
    return stalls.get_stall(session, stall_id)


def _day(value: dt.date | str | None) -> dt.date | str:
    """Today when not given; a typed date is read by ``set_stall_rate``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return clock.today()
    return value
