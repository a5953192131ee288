"""The demo's complaints and facilities as events.

Through the services each event calls what the secretariat would:
``complaints.receive_complaint`` / ``acknowledge`` / ``resolve`` /
``reject`` and ``inspections.mark_condition``. Through ``BulkSink`` the
frequent ones (a complaint and its steps, a condition marked from a
complaint or after a repair) write what those services write, in their
order: the ADU number, the ``complaint`` row (changed in place as it
moves), a ``complaint_step`` per move and the audit record; a
``facility_condition`` row and its audit record. The rare ones (the
register on the first morning, an inspection round) go through the
services on both paths (``BulkSink.via_services``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sekretariat.demo.complaints_data import FacilitySpec
from sekretariat.demo.engine import Event

COMPLAINT_COLUMNS = (
    "id", "number", "received_on", "received_at", "channel", "complainant_kind",
    "complainant_name", "complainant_phone", "trader_id", "attendant_id", "category",
    "place_kind", "stall_id", "block_id", "zone_id", "facility_id", "description", "area",
    "ack_due_on", "resolve_due_on", "status", "acknowledged_on", "closed_on", "resolution",
    "reject_reason", "created_by", "created_at")
STEP_COLUMNS = ("id", "complaint_id", "step_on", "at", "action", "from_status", "to_status",
                "area", "note", "user_id")
CONDITION_COLUMNS = ("id", "facility_id", "observed_on", "condition", "source",
                     "inspection_id", "complaint_id", "note", "created_by", "created_at")
_PLACE_TABLES = {"stall": ("stall", "stall_id"), "block": ("block", "block_id"),
                 "zone": ("parking_zone", "zone_id"), "facility": ("facility", "facility_id")}


def _iso(at: dt.datetime) -> str:
    return at.isoformat(timespec="microseconds")


def state(sink) -> dict:
    """The bulk path's memory of the area, read once the register is written:
    the places' ids, the standards, each complaint's id, number, status,
    area and row. Registers the tables parents first."""
    found = sink.modules.get("complaints")
    if found is not None:
        return found
    from sekretariat.services.complaints.standards import standards

    execute = sink.conn.execute
    places = {kind: {code.lower(): row_id for row_id, code in
                     execute(f"SELECT id, code FROM {table}")}
              for kind, (table, _) in _PLACE_TABLES.items()}
    sink.rows("complaint", COMPLAINT_COLUMNS)
    sink.rows("complaint_step", STEP_COLUMNS)
    sink.rows("facility_condition", CONDITION_COLUMNS)
    found = sink.modules["complaints"] = {"places": places, "standards": standards(),
                                          "complaints": {}}
    return found


@dataclass(eq=False)
class RegisterFacilities(Event):
    """The first morning: the market's classification and its response
    standards (the chair) and its facilities with their condition (the facilities coordinator)."""

    at: dt.datetime
    facilities: tuple[FacilitySpec, ...]
    classification: tuple[str, str]
    standards: tuple[tuple[str, int, int], ...] = ()
    role: str = "staf"

    def apply_services(self, sink) -> None:
        from sekretariat.services.complaints import facilities
        from sekretariat.services.complaints.standards import set_standard
        from sekretariat.services.core import market

        market.set_classification(sink.session("ketua"), *self.classification)
        for category, ack_days, resolve_days in self.standards:
            set_standard(sink.session("ketua"), category, ack_days, resolve_days)
        for spec in self.facilities:
            facilities.create_facility(sink.session(self.role), spec.code, spec.kind, spec.name,
                                       block=spec.block, zone=spec.zone,
                                       location=spec.location, quantity=spec.quantity,
                                       condition=spec.condition)

    def apply_bulk(self, sink) -> None:
        sink.via_services(self)
        sink.modules.pop("complaints", None)
        state(sink)


@dataclass(eq=False)
class Inspection(Event):
    """A quarterly inspection round recording every facility's condition."""

    at: dt.datetime
    conditions: tuple[tuple[str, str], ...]
    notes: tuple[tuple[str, str], ...] = ()
    note: str = ""
    role: str = "staf"

    def apply_services(self, sink) -> None:
        from sekretariat.services.complaints import inspections

        inspections.record_inspection(sink.session(self.role), dict(self.conditions),
                                      day=self.at.date(), note=self.note,
                                      notes=dict(self.notes))

    def apply_bulk(self, sink) -> None:
        sink.via_services(self)


@dataclass(eq=False)
class Receive(Event):
    """A complaint taken at the desk, by phone or by message. ``trader`` is
    the plan's number of the trader complaining (looked up in the leases
    demo's memory when it is written)."""

    at: dt.datetime
    key: str
    category: str
    place_kind: str
    place: str | None
    description: str
    channel: str
    complainant_kind: str
    name: str = ""
    phone: str = ""
    trader: int | None = None
    leases: dict = field(default_factory=dict)
    role: str = "staf"

    def _trader_id(self) -> int | None:
        if self.trader is None:
            return None
        return self.leases.get("trader", {}).get(self.trader)

    def apply_services(self, sink) -> None:
        from sekretariat.services.complaints import complaints

        info = complaints.receive_complaint(
            sink.session(self.role), category=self.category, description=self.description,
            place_kind=self.place_kind, place=self.place, channel=self.channel,
            complainant_kind=self.complainant_kind, complainant_name=self.name,
            complainant_phone=self.phone, trader_id=self._trader_id())
        sink.refs[self.key] = (info.id, info.number)

    def apply_bulk(self, sink) -> None:
        from sekretariat.services.complaints import rules

        area_state = state(sink)
        session, day, now = sink.session(self.role), self.at.date(), _iso(self.at)
        sink.assert_open(day)
        ack_due, resolve_due = area_state["standards"][self.category].due_dates(day)
        area = rules.area_for(self.category, self.place_kind)
        complaint_id = sink.next_id("complaint")
        number = sink.number("ADU", day.year)
        values = {"number": number, "received_on": day.isoformat(), "received_at": now,
                  "channel": self.channel, "complainant_kind": self.complainant_kind,
                  "complainant_name": self.name, "complainant_phone": self.phone,
                  "trader_id": self._trader_id(), "attendant_id": None,
                  "category": self.category, "place_kind": self.place_kind,
                  "description": self.description, "area": area,
                  "ack_due_on": ack_due.isoformat(), "resolve_due_on": resolve_due.isoformat()}
        ids = {"stall_id": None, "block_id": None, "zone_id": None, "facility_id": None}
        if self.place_kind != "market":
            column = _PLACE_TABLES[self.place_kind][1]
            ids[column] = values[column] = \
                area_state["places"][self.place_kind][str(self.place).lower()]
        row = {"id": complaint_id, **values, **ids, "status": "received",
               "acknowledged_on": None, "closed_on": None, "resolution": None,
               "reject_reason": None, "created_by": session.user_id, "created_at": now}
        sink.rows("complaint", COMPLAINT_COLUMNS).append(
            tuple(row[name] for name in COMPLAINT_COLUMNS))
        _step(sink, complaint_id, self.at, "receive", None, "received", area, "", session)
        sink.audit(self.at, session, "complaints.receive", "complaint", complaint_id, None,
                   {**values, "place": self.place})
        area_state["complaints"][self.key] = {"id": complaint_id, "status": "received",
                                              "area": area}
        sink.refs[self.key] = (complaint_id, number)


def _step(sink, complaint_id: int, at: dt.datetime, action: str, from_status: str | None,
          to_status: str, area: str | None, note: str, session) -> None:
    sink.rows("complaint_step", STEP_COLUMNS).append(
        (sink.next_id("complaint_step"), complaint_id, at.date().isoformat(), _iso(at), action,
         from_status, to_status, area, note, session.user_id))


@dataclass(eq=False)
class Move(Event):
    """The complaint ``key`` acknowledged, resolved (with ``note`` as its
    resolution; one still 'received' is acknowledged first) or rejected
    (``note``: the reason), by its area's coordinator."""

    at: dt.datetime
    key: str
    action: str            # acknowledge | resolve | reject
    note: str = ""
    role: str = "staf"

    def apply_services(self, sink) -> None:
        from sekretariat.services.complaints import complaints

        call = {"acknowledge": complaints.acknowledge, "resolve": complaints.resolve,
                "reject": complaints.reject}[self.action]
        call(sink.session(self.role), sink.refs[self.key][0], self.note)

    def apply_bulk(self, sink) -> None:
        from sekretariat.services.complaints import rules

        current = state(sink)["complaints"][self.key]
        session, day = sink.session(self.role), self.at.date().isoformat()
        if current["status"] in rules.CLOSED or not rules.may_work(session, current["area"]):
            raise ValueError(f"{self.key} cannot be moved by {session.role}")
        sink.assert_open(self.at.date())
        if self.action == "resolve" and current["status"] == "received":
            self._move(sink, current, "acknowledge", "in_progress", "",
                       status="in_progress", acknowledged_on=day)
        if self.action == "acknowledge":
            if current["status"] != "received":
                raise ValueError(f"{self.key} is acknowledged already")
            self._move(sink, current, "acknowledge", "in_progress", self.note,
                       status="in_progress", acknowledged_on=day)
        elif self.action == "resolve":
            self._move(sink, current, "resolve", "resolved", self.note, status="resolved",
                       closed_on=day, resolution=self.note)
        else:
            self._move(sink, current, "reject", "rejected", self.note, status="rejected",
                       closed_on=day, reject_reason=self.note)

    def _move(self, sink, current: dict, action: str, to_status: str, note: str,
              **changes) -> None:
        """``complaints._move``: the row, the step, the audit record."""
        session = sink.session(self.role)
        sink.update("complaint", current["id"], changes)
        _step(sink, current["id"], self.at, action, current["status"], to_status, None, note,
              session)
        sink.audit(self.at, session, f"complaints.{action}", "complaint", current["id"],
                   {"status": current["status"], "area": current["area"]},
                   {"status": to_status, **changes, "note": note})
        current["status"] = to_status


@dataclass(eq=False)
class Mark(Event):
    """A facility's condition marked from the complaint ``key`` about it
    (source 'complaint') or after a repair (source 'repair', no complaint)."""

    at: dt.datetime
    code: str
    condition: str
    source: str
    key: str | None = None
    note: str = ""
    role: str = "staf"

    def apply_services(self, sink) -> None:
        from sekretariat.services.complaints import inspections

        inspections.mark_condition(
            sink.session(self.role), self.code, self.condition, source=self.source,
            complaint_id=sink.refs[self.key][0] if self.key else None, note=self.note)

    def apply_bulk(self, sink) -> None:
        area_state = state(sink)
        session, day, now = sink.session(self.role), self.at.date().isoformat(), _iso(self.at)
        sink.assert_open(self.at.date())
        complaint_id = sink.refs[self.key][0] if self.key else None
        row_id = sink.next_id("facility_condition")
        sink.rows("facility_condition", CONDITION_COLUMNS).append(
            (row_id, area_state["places"]["facility"][self.code], day, self.condition,
             self.source, None, complaint_id, self.note, session.user_id, now))
        sink.audit(self.at, session, f"facilities.mark_{self.source}", "facility_condition",
                   row_id, None, {"facility": self.code, "observed_on": day,
                                  "condition": self.condition, "source": self.source,
                                  "complaint_id": complaint_id, "note": self.note})
