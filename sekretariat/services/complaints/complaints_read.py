"""Reading complaints: one with its history, the lists (open, overdue, mine,
by category) and the home screen's overdue notice. Whether a complaint is
overdue is ``rules.is_overdue`` / ``rules.overdue_sql``, nowhere else."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import NotFound, ValidationError
from sekretariat.services.complaints import rules
from sekretariat.services.core.inputs import as_date, one, rows
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session

MAX_LIMIT = 1000


@dataclass(frozen=True)
class StepInfo:
    id: int
    step_on: dt.date
    at: str
    action: str          # receive | acknowledge | resolve | reject | assign | note
    from_status: str | None
    to_status: str
    area: str | None
    note: str
    user: str            # the full name of who did it


@dataclass(slots=True)
class ComplaintInfo:
    id: int
    number: str
    received_on: dt.date
    received_at: str
    channel: str
    complainant_kind: str
    complainant_name: str
    complainant_phone: str
    trader_id: int | None
    attendant_id: int | None
    category: str
    place_kind: str
    place_code: str      # the stall, block, zone or facility code; "" for the market
    place_name: str      # the zone's or facility's name, the block's; "" otherwise
    description: str
    area: str
    ack_due_on: dt.date
    resolve_due_on: dt.date
    status: str
    acknowledged_on: dt.date | None
    closed_on: dt.date | None
    resolution: str | None
    reject_reason: str | None
    received_by: str
    overdue: bool
    steps: tuple[StepInfo, ...] = ()

    @property
    def place_label(self) -> str:
        return place_label(self.place_kind, self.place_code, self.place_name)

    @property
    def within_standard(self) -> bool:
        return rules.within_standard(self)


def place_label(kind: str, code: str, name: str = "", language: str | None = None) -> str:
    """"Kios/los A-01", "Blok A", "Zona depan (p1)" (a zone with its name; "Zona
    parkir p1" without), "Toilet Blok A (wc-a)",
    "Pasar (umum)"; in ``language`` when given (a paper), else the user's."""
    from sekretariat.i18n import t, t_in

    if language is not None:
        def t(key, **params):
            return t_in(language, key, **params)

    if kind == "market":
        return t("complaints.place_market")
    if kind == "facility" or (kind == "zone" and name):
        return t("complaints.place_facility", code=code, name=name or code)
    return t(f"complaints.place_{kind}", code=code)


#: The place's code and name beside each complaint (c).
PLACE_JOINS = (" LEFT JOIN stall s ON s.id = c.stall_id"
               " LEFT JOIN block b ON b.id = c.block_id"
               " LEFT JOIN parking_zone z ON z.id = c.zone_id"
               " LEFT JOIN facility f ON f.id = c.facility_id")
PLACE_CODE = "coalesce(s.code, b.code, z.code, f.code, '')"
PLACE_NAME = ("CASE c.place_kind WHEN 'zone' THEN z.name WHEN 'facility' THEN f.name"
              " ELSE '' END")

_COLUMNS = ("c.id, c.number, c.received_on, c.received_at, c.channel,"
            " c.complainant_kind, c.complainant_name, c.complainant_phone, c.trader_id,"
            f" c.attendant_id, c.category, c.place_kind, {PLACE_CODE}, {PLACE_NAME},"
            " c.description, c.area, c.ack_due_on, c.resolve_due_on, c.status,"
            " c.acknowledged_on, c.closed_on, c.resolution, c.reject_reason, u.full_name")
_FROM = f" FROM complaint c JOIN app_user u ON u.id = c.created_by{PLACE_JOINS}"
_SELECT = f"SELECT {_COLUMNS}{_FROM}"
#: The lists read whether each is overdue with the columns (binds ``:today``).
_LIST_SELECT = f"SELECT {_COLUMNS}, {rules.overdue_sql('c')}{_FROM}"
#: received_on, ack_due_on, resolve_due_on, acknowledged_on, closed_on: ISO
#: dates (the table's CHECKs) or NULL.
_DATES = (2, 16, 17, 19, 20)
_date = dt.date.fromisoformat


def _values(row: tuple) -> list:
    values = list(row)
    for index in _DATES:
        value = values[index]
        values[index] = _date(value) if value else None
    return values


def _info(row: tuple, today: dt.date, steps: tuple[StepInfo, ...] = ()) -> ComplaintInfo:
    values = _values(row)
    overdue = rules.is_overdue({"status": values[18], "acknowledged_on": values[19],
                                "ack_due_on": values[16], "resolve_due_on": values[17]}, today)
    return ComplaintInfo(*values, overdue, steps)


def complaint_info(ref: int | str, *, with_steps: bool = True) -> ComplaintInfo:
    """For services that checked their permission: by id or number (``ADU/2026/00001``
    or only ``1``-style ids); NotFound otherwise."""
    row = None
    if isinstance(ref, int) and not isinstance(ref, bool):
        row = one(_SELECT + " WHERE c.id = ?", (ref,))
    elif isinstance(ref, str) and ref.strip():
        text = ref.strip().upper()
        row = one(_SELECT + " WHERE c.number = ?", (text,))
        if row is None and text.isdigit():
            row = one(_SELECT + " WHERE c.id = ?", (int(text),))
    if row is None:
        raise NotFound("complaints.not_found", field="complaint", ref=str(ref))
    steps = _steps(row[0]) if with_steps else ()
    return _info(row, clock.today(), steps)


def _steps(complaint_id: int) -> tuple[StepInfo, ...]:
    return tuple(StepInfo(r[0], as_date(r[1]), *r[2:]) for r in rows(
        "SELECT st.id, st.step_on, st.at, st.action, st.from_status, st.to_status, st.area,"
        " st.note, u.full_name FROM complaint_step st JOIN app_user u ON u.id = st.user_id"
        " WHERE st.complaint_id = ? ORDER BY st.id", (complaint_id,)))


def get_complaint(session: Session, ref: int | str) -> ComplaintInfo:
    """One complaint with its steps (its history), by id or number."""
    require(session, "complaints.view")
    return complaint_info(ref)


def list_complaints(session: Session, *, status: str | None = None, overdue: bool = False,
                    mine: bool = False, category: str | None = None, limit: int = 200,
                    offset: int = 0) -> list[ComplaintInfo]:
    """Newest first; ``status`` one of the statuses or 'open' (received or in
    progress: the most urgent first), ``overdue`` only the overdue ones
    (most urgent first), ``mine`` those of the areas the user answers."""
    require(session, "complaints.view")
    if status is not None and status not in ("open", *rules.OPEN, *rules.CLOSED):
        raise ValidationError("complaints.status_unknown", field="status", status=str(status))
    if category is not None and category not in rules.CATEGORIES:
        raise ValidationError("complaints.category_unknown", field="category",
                              category=str(category), known=", ".join(rules.CATEGORIES))
    if not (isinstance(limit, int) and 0 < limit <= MAX_LIMIT and isinstance(offset, int)
            and offset >= 0):
        raise ValidationError("complaints.limit_invalid", field="limit", maximum=MAX_LIMIT)
    today = clock.today()
    where, params = [], {"today": today.isoformat(), "limit": limit, "offset": offset}
    if status == "open":
        where.append("c.status IN ('received', 'in_progress')")
    elif status is not None:
        where.append("c.status = :status")
        params["status"] = status
    if overdue:
        where.append(rules.overdue_sql("c"))
    if mine:
        areas = rules.areas_of(session.role)
        if not areas:
            return []
        where.append("c.area IN (" + ", ".join(f"'{a}'" for a in areas) + ")")
    if category is not None:
        where.append("c.category = :category")
        params["category"] = category
    urgent = overdue or status in ("open", *rules.OPEN)
    order = (" ORDER BY c.resolve_due_on, c.ack_due_on, c.id" if urgent
             else " ORDER BY c.id DESC")
    sql = _LIST_SELECT + (" WHERE " + " AND ".join(where) if where else "") + order \
        + " LIMIT :limit OFFSET :offset"
    return [ComplaintInfo(*_values(r[:-1]), bool(r[-1])) for r in rows(sql, params)]


def overdue_for(session: Session) -> list[ComplaintInfo]:
    """The home screen's notice: the overdue complaints of the areas the user
    answers (the chair: all); nobody else's."""
    require(session, "complaints.view")
    if not rules.areas_of(session.role):
        return []
    return list_complaints(session, overdue=True, mine=True, limit=MAX_LIMIT)
