"""The market's cash settings: the denominations counted at the close, whether
the count is blind, and the difference above which the chair must approve."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sekretariat import db
from sekretariat.errors import ValidationError
from sekretariat.models import Setting
from sekretariat.money import MAX_AMOUNT
from sekretariat.services.core import audit
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

FORMS = ("note", "coin")
KEY = "cash.settings"


@dataclass(frozen=True, order=True)
class Denomination:
    form: str      # 'note' (kertas) or 'coin' (logam)
    value: int     # whole Rupiah


DEFAULT_DENOMINATIONS = (
    *(Denomination("note", v) for v in (100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000)),
    *(Denomination("coin", v) for v in (1_000, 500, 200, 100)),
)


@dataclass(frozen=True)
class CashSettings:
    denominations: tuple[Denomination, ...] = DEFAULT_DENOMINATIONS
    blind_count: bool = True            # the count is entered before the expected is shown
    approval_threshold: int = 50_000    # a larger difference needs the chair

    def as_json(self) -> dict:
        return {"denominations": [[d.form, d.value] for d in self.denominations],
                "blind_count": self.blind_count, "approval_threshold": self.approval_threshold}


def get_settings() -> CashSettings:
    """The settings in force (the defaults until the chair changes them)."""
    row = db.current_database().execute_sql("SELECT value FROM setting WHERE key = ?",
                                            (KEY,)).fetchone()
    if row is None:
        return CashSettings()
    data = json.loads(row[0])
    return CashSettings(tuple(Denomination(f, int(v)) for f, v in data["denominations"]),
                        bool(data["blind_count"]), int(data["approval_threshold"]))


def update_settings(session: Session, *, denominations=None, blind_count: bool | None = None,
                    approval_threshold: int | None = None) -> CashSettings:
    """Chair only. ``denominations``: (form, value) pairs, largest first as shown."""
    require(session, "cash.settings")
    before = get_settings()
    values = before.as_json()
    if denominations is not None:
        values["denominations"] = [[d.form, d.value] for d in _check_denominations(denominations)]
    if blind_count is not None:
        values["blind_count"] = bool(blind_count)
    if approval_threshold is not None:
        if not isinstance(approval_threshold, int) or isinstance(approval_threshold, bool) \
                or not 0 <= approval_threshold <= MAX_AMOUNT:
            raise ValidationError("cash.threshold_invalid", field="approval_threshold")
        values["approval_threshold"] = approval_threshold
    with writing():
        Setting.insert(key=KEY, value=json.dumps(values)).on_conflict_replace().execute()
        audit.record(session, "cash.settings", "setting", KEY, before.as_json(), values)
    return get_settings()


def _check_denominations(pairs) -> tuple[Denomination, ...]:
    found: list[Denomination] = []
    for pair in pairs:
        form, value = (pair.form, pair.value) if isinstance(pair, Denomination) else pair
        if form not in FORMS:
            raise ValidationError("cash.denomination_form", field="denominations", form=form)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_AMOUNT:
            raise ValidationError("cash.denomination_value", field="denominations",
                                  value=str(value))
        item = Denomination(form, value)
        if item in found:
            raise ValidationError("cash.denomination_twice", field="denominations",
                                  value=str(value))
        found.append(item)
    if not found:
        raise ValidationError("cash.denominations_empty", field="denominations")
    return tuple(found)
