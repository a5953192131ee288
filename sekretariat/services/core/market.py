"""The market's profile: its name and address head every document."""

from __future__ import annotations

import os
from dataclasses import replace

from sekretariat import clock
from sekretariat.errors import Conflict, ValidationError
from sekretariat.models import MarketProfile
from sekretariat.services.core import audit, users
from sekretariat.services.core.market_info import DEMO_ACCOUNTS_KEY, LoginFacts, MarketInfo
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

FIELD_LIMITS = {"name": 120, "address": 300, "city": 80, "managing_org": 200, "asset_owner": 200,
           "phone": 40}
#: The market's classification: Permendag 37/2017 types and SNI 8152:2015 types.
TYPES_PERMENDAG = ("A", "B", "C", "D")
TYPES_SNI = ("I", "II", "III", "IV")


def _texts(info: MarketInfo) -> dict[str, str]:
    """The profile's text fields (not the classification, set on its own)."""
    return {field: getattr(info, field) for field in FIELD_LIMITS}


def _clean(info: MarketInfo) -> MarketInfo:
    values = {}
    for field, limit in FIELD_LIMITS.items():
        value = " ".join(str(getattr(info, field) or "").split())
        if len(value) > limit:
            raise ValidationError("market.too_long", field=field, maximum=limit)
        values[field] = value
    if not values["name"]:
        raise ValidationError("market.name_empty", field="name")
    return MarketInfo(**values)


def get_profile() -> MarketInfo | None:
    """No login needed: the login screen shows the market's name."""
    row = MarketProfile.get_or_none(MarketProfile.id == 1)
    if row is None:
        return None
    return MarketInfo(row.name, row.address, row.city, row.managing_org, row.asset_owner,
                      row.phone, row.type_permendag, row.type_sni)


def is_initialized() -> bool:
    return MarketProfile.select().exists()


def initialize(profile: MarketInfo, chair_username: str, chair_full_name: str,
               chair_password: str) -> Session:
    """Set up a new database: the market's profile and its first chair account.
    Returns the chair's session."""
    clean = _clean(profile)
    if is_initialized() or users.any_users():
        raise Conflict("market.already_initialized")
    with writing():
        chair = users.create_user(None, chair_username, chair_full_name, "ketua", chair_password)
        session = Session(chair.id, chair.username, chair.full_name, chair.role)
        MarketProfile.insert(id=1, updated_at=clock.now_iso(), **_texts(clean)).execute()
        audit.record(session, "market.init", "market_profile", 1, None, _texts(clean))
    return session


def update_profile(session: Session, profile: MarketInfo) -> MarketInfo:
    require(session, "market.edit")
    clean = _clean(profile)
    before = get_profile()
    with writing():
        MarketProfile.update(updated_at=clock.now_iso(), **_texts(clean)) \
            .where(MarketProfile.id == 1).execute()
        audit.record(session, "market.update", "market_profile", 1,
                     _texts(before) if before else None, _texts(clean))
    return replace(clean, type_permendag=before.type_permendag,
                   type_sni=before.type_sni) if before else clean


def _check_type(value: str | None, allowed: tuple[str, ...], field: str) -> str | None:
    text = str(value or "").strip().upper()
    if not text:
        return None
    if text not in allowed:
        raise ValidationError("market.type_invalid", field=field, value=str(value),
                              allowed=", ".join(allowed))
    return text


def set_classification(session: Session, type_permendag: str | None,
                       type_sni: str | None) -> MarketInfo:
    """The market's type per Permendag 37/2017 ('A'..'D') and per SNI
    8152:2015 ('I'..'IV'); None (or empty) clears one. The chair only."""
    require(session, "market.classify")
    values = {"type_permendag": _check_type(type_permendag, TYPES_PERMENDAG, "type_permendag"),
              "type_sni": _check_type(type_sni, TYPES_SNI, "type_sni")}
    before = get_profile()
    if before is None:
        raise Conflict("market.not_initialized")
    old = {"type_permendag": before.type_permendag, "type_sni": before.type_sni}
    if old == values:
        return before
    with writing():
        MarketProfile.update(updated_at=clock.now_iso(), **values) \
            .where(MarketProfile.id == 1).execute()
        audit.record(session, "market.classify", "market_profile", 1, old, values)
    return replace(before, **values)


def mark_demo(accounts: list[tuple[str, str, str]]) -> None:
    """Remember a demo database's (username, role, password) list so the login
    screen can show it. Only the demo generator calls this; real databases
    never store a password."""
    import json

    from sekretariat.models import Setting

    with writing():
        Setting.insert(key=DEMO_ACCOUNTS_KEY, value=json.dumps(accounts)).on_conflict_replace() \
            .execute()


def demo_accounts() -> list[tuple[str, str, str]]:
    """(username, role, password) of a demo database; empty for a real one."""
    import json

    from sekretariat.models import Setting

    row = Setting.get_or_none(Setting.key == DEMO_ACCOUNTS_KEY)
    return [tuple(a) for a in json.loads(row.value)] if row else []


def open_for_login(path: str | os.PathLike) -> LoginFacts:
    """Open the database the app was started on (unless it is open already) and
    read what the login screen shows. Refuses like ``db.open_database``."""
    from sekretariat import db

    target = db.resolve_path(path)
    if not db.is_open_on(target):
        db.open_database(target)
    return LoginFacts(get_profile(), demo_accounts())
