"""The complaints' rules in ``sekretariat check`` (registered in the core
registry, services/core/check.py). Gap-free ADU numbers per year are the
core numbering rule (the series is in services/core/numbering.SERIES).

* each complaint's number is of the year it was received;
* each complaint's steps replay to its row: the first is its 'receive'
  (received on its day, into the area ``rules.area_for`` gives), each next
  step starts from the status the one before left, 'acknowledge' dates
  acknowledged_on, 'resolve' / 'reject' date closed_on and carry the
  resolution / reason, 'assign' moves the area, 'note' changes nothing;
  the row's status, dates, area, resolution and reason are where the
  steps end.
"""

from __future__ import annotations

from itertools import groupby

from sekretariat.services.complaints import rules
from sekretariat.services.core.check import rule

_MOVES = {"acknowledge": ("received", "in_progress"), "resolve": ("in_progress", "resolved"),
          "reject": (None, "rejected")}


def _t(key: str, **params) -> str:
    from sekretariat.i18n import t

    return t(key, **params)


@rule("check.complaints_numbers", area="complaints")
def numbers(conn) -> list[str]:
    return [_t("check.complaints_numbers_problem", number=number, day=day)
            for number, day in conn.execute_sql(
                "SELECT number, received_on FROM complaint"
                " WHERE number NOT LIKE 'ADU/' || substr(received_on, 1, 4) || '/%'"
                " ORDER BY id")]


def replay(complaint: tuple, steps: list[tuple]) -> str | None:
    """What is wrong (readable) between a complaint's row and its steps (None: nothing).
    ``complaint``: (number, received_on, category, place_kind, area, status,
    acknowledged_on, closed_on, resolution, reject_reason); ``steps``:
    (step_on, action, from_status, to_status, area, note) in order."""
    (_, received_on, category, place_kind, area, status, acknowledged_on, closed_on,
     resolution, reject_reason) = complaint
    if not steps or steps[0][1] != "receive":
        return _t("check.complaints_no_receive")
    state = {"status": None, "area": None, "acknowledged_on": None, "closed_on": None,
             "resolution": None, "reject_reason": None}
    for index, (step_on, action, from_status, to_status, step_area, note) in enumerate(steps):
        if from_status != state["status"]:
            return _t("check.complaints_step_wrong", step=index + 1, action=action)
        if state["status"] in rules.CLOSED:
            return _t("check.complaints_step_after_close", step=index + 1, action=action)
        if action == "receive":
            if index or to_status != "received" or step_on != received_on \
                    or step_area != rules.area_for(category, place_kind):
                return _t("check.complaints_step_wrong", step=index + 1, action=action)
            state.update(status="received", area=step_area)
            continue
        if action in ("assign", "note"):
            if to_status != state["status"] or (action == "assign") != (step_area is not None):
                return _t("check.complaints_step_wrong", step=index + 1, action=action)
            if action == "assign":
                state["area"] = step_area
            continue
        start, end = _MOVES[action]
        if to_status != end or (start is not None and from_status != start) \
                or step_area is not None:
            return _t("check.complaints_step_wrong", step=index + 1, action=action)
        state["status"] = end
        if action == "acknowledge":
            state["acknowledged_on"] = step_on
        else:
            state["closed_on"] = step_on
            state["resolution" if action == "resolve" else "reject_reason"] = note
    found = {"status": status, "area": area, "acknowledged_on": acknowledged_on,
             "closed_on": closed_on, "resolution": resolution, "reject_reason": reject_reason}
    wrong = sorted(k for k in state if state[k] != found[k])
    if wrong:
        return _t("check.complaints_row_differs", fields=", ".join(wrong))
    return None


@rule("check.complaints_steps", area="complaints")
def steps_replay(conn) -> list[str]:
    complaints = {r[0]: r[1:] for r in conn.execute_sql(
        "SELECT id, number, received_on, category, place_kind, area, status, acknowledged_on,"
        " closed_on, resolution, reject_reason FROM complaint ORDER BY id")}
    steps = conn.execute_sql(
        "SELECT complaint_id, step_on, action, from_status, to_status, area, note"
        " FROM complaint_step ORDER BY complaint_id, id")
    problems, seen = [], set()
    for complaint_id, group in groupby(steps, key=lambda r: r[0]):
        seen.add(complaint_id)
        row = complaints.get(complaint_id)
        if row is None:
            continue  # a step of no complaint: the foreign-key check names it
        detail = replay(row, [g[1:] for g in group])
        if detail:
            problems.append(_t("check.complaints_steps_problem", number=row[0], detail=detail))
    problems += [_t("check.complaints_steps_problem", number=row[0],
                    detail=_t("check.complaints_no_receive"))
                 for cid, row in complaints.items() if cid not in seen]
    return problems
