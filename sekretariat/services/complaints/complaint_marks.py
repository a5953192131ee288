"""A complaint about a facility marks that facility's condition: the page of
a complaint (and ``complaints mark``) name only the complaint; its facility
is the complaint's own. The mark is a ``facility_condition`` row with source
'complaint' pointing at the complaint, dated today, written by
:func:`inspections.mark_condition` (permission facilities.manage, the
closed-day refusal, the audit record). A closed complaint may still mark
its facility (a repair found later); a complaint about anything but a
facility is refused. The facility's condition comes from
``facilities_read.condition_on``, nowhere else."""

from __future__ import annotations

from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import ValidationError
from sekretariat.services.complaints import inspections
from sekretariat.services.complaints.complaints_read import ComplaintInfo, complaint_info
from sekretariat.services.complaints.facilities import facility_by_code
from sekretariat.services.complaints.facilities_read import ConditionOn, condition_on
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session


@dataclass(frozen=True)
class ComplaintFacility:
    """The facility a complaint is about, with its condition today."""

    complaint_id: int
    complaint_number: str
    code: str
    name: str
    active: bool
    #: its condition today (None: not registered by today)
    state: ConditionOn | None


def _facility(info: ComplaintInfo) -> ComplaintFacility:
    facility = facility_by_code(info.place_code)
    return ComplaintFacility(info.id, info.number, facility.code, facility.name,
                             facility.active, condition_on(facility.id, clock.today()))


def facility_of(session: Session, complaint_ref: int | str) -> ComplaintFacility | None:
    """The facility a complaint is about and its condition today; None when
    the complaint is about something else."""
    require(session, "complaints.view")
    require(session, "facilities.view")
    info = complaint_info(complaint_ref, with_steps=False)
    if info.place_kind != "facility":
        return None
    return _facility(info)


def mark_from_complaint(session: Session, complaint_ref: int | str, condition: str,
                        note: str = "") -> ComplaintFacility:
    """Set the condition today of the facility complaint ``complaint_ref``
    (``ADU/2026/00001`` or its id) is about; refused unless it is about a
    facility. Returns the facility with its condition as now recorded."""
    require(session, "facilities.manage")
    require(session, "complaints.view")
    info = complaint_info(complaint_ref, with_steps=False)
    if info.place_kind != "facility":
        raise ValidationError("complaints.mark_not_facility", field="complaint",
                              number=info.number, place=info.place_label)
    inspections.mark_condition(session, info.place_code, condition, source="complaint",
                               complaint_id=info.id, note=note)
    return _facility(info)
