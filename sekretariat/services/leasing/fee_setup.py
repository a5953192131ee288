"""Daily-fee setup: the fee types (kebersihan, keamanan, ...) with their daily
amount and the amounts stall kinds (kios / los / pelataran) pay instead, the
collectors, and the market's policy for unpaid fees (setting
``fees.unpaid_policy``: 'piutang' makes them receivables, 'abaikan' only
records them). The collectors' days themselves are in ``daily_fees``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sekretariat import clock, db
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.models import FeeCollector, FeeType, Setting
from sekretariat.services.core import audit
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.leasing.leasing_util import amount, clean_text, one, rows

POLICIES = ("piutang", "abaikan")
POLICY_KEY = "fees.unpaid_policy"
DEFAULT_POLICY = "abaikan"

@dataclass(frozen=True)
class FeeTypeInfo:
    id: int
    code: str
    name: str
    amount: int  # for a stall kind without an amount of its own
    active: bool
    kind_amounts: tuple[tuple[str, int], ...] = ()  # (kind, amount), by kind

    def amount_for(self, kind: str) -> int:
        """The daily amount a stall of ``kind`` pays."""
        return dict(self.kind_amounts).get(kind, self.amount)


@dataclass(frozen=True)
class CollectorInfo:
    id: int
    name: str
    active: bool



def create_fee_type(session: Session, code: str, name: str, daily_amount,
                    kind_amounts: Mapping[str, object] | None = None) -> FeeTypeInfo:
    """``kind_amounts``: the daily amount of the stall kinds that pay another
    amount than ``daily_amount`` (``{"los": 1_000}``)."""
    require(session, "fees.manage")
    code = clean_text(code, "code", maximum=20, required=True, empty_key="fee.code_empty").lower()
    name = clean_text(name, "name", maximum=100, required=True, empty_key="fee.name_empty")
    value = amount(daily_amount, "amount", zero_key="fee.amount_zero")
    kinds = {_kind(kind): amount(v, "amount", zero_key="fee.amount_zero")
             for kind, v in (kind_amounts or {}).items()}
    with writing():
        if FeeType.select().where(FeeType.code == code).exists():
            raise Conflict("fee.type_exists", field="code", code=code)
        fee_id = FeeType.insert(code=code, name=name, amount=value,
                                created_at=clock.now_iso()).execute()
        _write_kinds(fee_id, kinds)
        audit.record(session, "fee_type.create", "fee_type", fee_id, None,
                     {"code": code, "name": name, "amount": value,
                      "kind_amounts": dict(sorted(kinds.items()))})
    return _fee_type(fee_id)


def set_kind_amount(session: Session, fee_type_id: int, kind: str, daily_amount) -> FeeTypeInfo:
    """Set what a stall kind pays of a fee a day; an empty amount (or None)
    returns the kind to the fee's own amount. Recorded days keep theirs."""
    return set_kind_amounts(session, fee_type_id, {kind: daily_amount})


def set_kind_amounts(session: Session, fee_type_id: int,
                     amounts: Mapping[str, object]) -> FeeTypeInfo:
    """``set_kind_amount`` for several kinds at once, all or nothing."""
    require(session, "fees.manage")
    before = _fee_type(fee_type_id)
    wanted = {_kind(kind): None if value in (None, "") else
              amount(value, "amount", zero_key="fee.amount_zero")
              for kind, value in amounts.items()}
    old = dict(before.kind_amounts)
    changed = {kind: value for kind, value in wanted.items() if old.get(kind) != value}
    if not changed:
        return before
    with writing():
        conn = db.current_database()
        for kind in changed:
            conn.execute_sql("DELETE FROM fee_type_kind WHERE fee_type_id = ? AND kind = ?",
                             (fee_type_id, kind))
        _write_kinds(fee_type_id, {k: v for k, v in changed.items() if v is not None})
        audit.record(session, "fee_type.kind_amounts", "fee_type", fee_type_id,
                     {kind: old.get(kind) for kind in sorted(changed)},
                     dict(sorted(changed.items())))
    return _fee_type(fee_type_id)


def _kind(kind: str) -> str:
    from sekretariat.services.leasing.stall_codes import KINDS

    if kind not in KINDS:
        raise ValidationError("stall.kind_invalid", field="kind", kind=str(kind))
    return kind


def _write_kinds(fee_type_id: int, kinds: Mapping[str, int]) -> None:
    if kinds:
        db.current_database().connection().executemany(
            "INSERT INTO fee_type_kind (fee_type_id, kind, amount) VALUES (?, ?, ?)",
            [(fee_type_id, kind, value) for kind, value in sorted(kinds.items())])


def update_fee_type(session: Session, fee_type_id: int, *, name: str | None = None,
                    daily_amount=None, active: bool | None = None) -> FeeTypeInfo:
    """Changing the amount applies from the next recorded day on; recorded
    days keep the amount they were recorded with."""
    require(session, "fees.manage")
    before = _fee_type(fee_type_id)
    changes: dict = {}
    if name is not None:
        changes["name"] = clean_text(name, "name", maximum=100, required=True,
                                     empty_key="fee.name_empty")
    if daily_amount is not None:
        changes["amount"] = amount(daily_amount, "amount", zero_key="fee.amount_zero")
    if active is not None:
        changes["active"] = bool(active)
    if not changes:
        return before
    with writing():
        FeeType.update(**changes).where(FeeType.id == fee_type_id).execute()
        audit.record(session, "fee_type.update", "fee_type", fee_type_id,
                     {k: getattr(before, k) for k in changes}, changes)
    return _fee_type(fee_type_id)


def list_fee_types(session: Session, *, active_only: bool = False) -> list[FeeTypeInfo]:
    require(session, "fees.view")
    return _fee_types("WHERE active = 1" if active_only else "")


def _fee_types(where: str = "", params: Sequence = ()) -> list[FeeTypeInfo]:
    kinds: dict[int, list[tuple[str, int]]] = {}
    for fee_id, kind, value in rows("SELECT fee_type_id, kind, amount FROM fee_type_kind"
                                    " ORDER BY fee_type_id, kind"):
        kinds.setdefault(fee_id, []).append((kind, value))
    return [FeeTypeInfo(r[0], r[1], r[2], r[3], bool(r[4]), tuple(kinds.get(r[0], ())))
            for r in rows(f"SELECT id, code, name, amount, active FROM fee_type {where}"
                          " ORDER BY code", params)]


def _fee_type(fee_type_id: int) -> FeeTypeInfo:
    found = _fee_types("WHERE id = ?", (fee_type_id,))
    if not found:
        raise NotFound("fee.type_not_found", field="fee_type")
    return found[0]


def create_collector(session: Session, name: str) -> CollectorInfo:
    require(session, "fees.manage")
    name = clean_text(name, "name", maximum=100, required=True, empty_key="fee.collector_empty")
    with writing():
        if FeeCollector.select().where(FeeCollector.name == name).exists():
            raise Conflict("fee.collector_exists", field="name", name=name)
        collector_id = FeeCollector.insert(name=name, created_at=clock.now_iso()).execute()
        audit.record(session, "fee_collector.create", "fee_collector", collector_id, None,
                     {"name": name})
    return CollectorInfo(collector_id, name, True)


def set_collector_active(session: Session, collector_id: int, active: bool) -> CollectorInfo:
    require(session, "fees.manage")
    collector = FeeCollector.get_or_none(FeeCollector.id == collector_id)
    if collector is None:
        raise NotFound("fee.collector_not_found", field="collector")
    with writing():
        FeeCollector.update(active=bool(active)).where(FeeCollector.id == collector_id).execute()
        audit.record(session, "fee_collector.update", "fee_collector", collector_id,
                     {"active": bool(collector.active)}, {"active": bool(active)})
    return CollectorInfo(collector_id, collector.name, bool(active))


def list_collectors(session: Session, *, active_only: bool = False) -> list[CollectorInfo]:
    require(session, "fees.view")
    sql = "SELECT id, name, active FROM fee_collector"
    if active_only:
        sql += " WHERE active = 1"
    return [CollectorInfo(r[0], r[1], bool(r[2])) for r in rows(sql + " ORDER BY name")]


def unpaid_policy() -> str:
    row = one("SELECT value FROM setting WHERE key = ?", (POLICY_KEY,))
    return row[0] if row and row[0] in POLICIES else DEFAULT_POLICY


def set_unpaid_policy(session: Session, policy: str) -> str:
    """'piutang': unpaid daily fees of leased stalls become receivables;
    'abaikan': they are only recorded."""
    require(session, "fees.manage")
    if policy not in POLICIES:
        raise ValidationError("fee.policy_invalid", field="policy")
    before = unpaid_policy()
    with writing():
        Setting.insert(key=POLICY_KEY, value=policy).on_conflict_replace().execute()
        audit.record(session, "fee.policy", "setting", POLICY_KEY, {"policy": before},
                     {"policy": policy})
    return policy
