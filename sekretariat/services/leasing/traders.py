"""The trader registry: who rents, how to reach them, their NIK.

NIK (Nomor Induk Kependudukan) is checked the way Dukcapil builds it: 16
digits = province (2) + regency/city (2) + district (2) + birth date DDMMYY
(women add 40 to the day) + serial (4). The province must be a real province
code, regency, district and serial not zero, and the birth date a real date
in 19YY or 20YY that is not in the future.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.models import Trader
from sekretariat.services.core import audit
from sekretariat.services.leasing.leasing_util import (
    PARTY,
    as_date,
    check_date,
    clean_text,
    one,
    rows,
)
from sekretariat.services.core.permissions import can, mask_nik, require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

STATUSES = ("aktif", "nonaktif", "diblokir")
#: Province codes (Kemendagri), including the Papua provinces formed in 2022.
PROVINCES = frozenset({11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
                       61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96})
_PHONE = re.compile(r"\+?[0-9]{8,15}")


@dataclass(frozen=True)
class NikInfo:
    nik: str
    province_code: int
    birth_date: dt.date
    female: bool


@dataclass(frozen=True)
class TraderInfo:
    id: int
    name: str
    nik: str
    phone: str
    address: str
    commodity: str
    status: str
    joined_date: dt.date
    note: str
    created_at: str


@dataclass(frozen=True)
class TraderRow:
    """A trader in a search result, with the stalls leased today and the balance."""

    id: int
    name: str
    nik: str
    phone: str
    commodity: str
    status: str
    stalls: str  # codes of stalls leased today, comma-separated
    balance: int  # receivable: positive owes, negative is a credit


@dataclass(frozen=True)
class TraderPage:
    rows: tuple[TraderRow, ...]
    has_more: bool

    @property
    def last_key(self) -> tuple[str, int] | None:
        return (self.rows[-1].name, self.rows[-1].id) if self.rows else None


# --- validation --------------------------------------------------------------

def validate_nik(nik: str, *, today: dt.date | None = None) -> NikInfo:
    """Check a NIK; raises ``ValidationError`` (field ``nik``) naming what is wrong."""
    text = "".join(str(nik or "").split()).replace(".", "").replace("-", "")
    if not text:
        raise ValidationError("trader.nik_empty", field="nik")
    if not text.isdigit() or not text.isascii():
        raise ValidationError("trader.nik_digits", field="nik")
    if len(text) != 16:
        raise ValidationError("trader.nik_length", field="nik", length=len(text))
    province = int(text[0:2])
    if province not in PROVINCES:
        raise ValidationError("trader.nik_province", field="nik", code=text[0:2])
    if text[2:4] == "00" or text[4:6] == "00":
        raise ValidationError("trader.nik_region", field="nik")
    day, month, year = int(text[6:8]), int(text[8:10]), int(text[10:12])
    female = day > 40
    if female:
        day -= 40
    today = today or clock.today()
    birth = None
    for century in (2000, 1900):
        try:
            candidate = dt.date(century + year, month, day)
        except ValueError:
            continue
        if candidate <= today:
            birth = candidate
            break
    if birth is None:
        raise ValidationError("trader.nik_birth_date", field="nik")
    if text[12:16] == "0000":
        raise ValidationError("trader.nik_serial", field="nik")
    return NikInfo(text, province, birth, female)


def normalize_phone(phone: str) -> str:
    """Digits as dialled in Indonesia (``+62 812-3456-789`` -> ``08123456789``); empty allowed."""
    text = re.sub(r"[\s().-]", "", str(phone or ""))
    if not text:
        return ""
    if not _PHONE.fullmatch(text):
        raise ValidationError("trader.phone_invalid", field="phone")
    if text.startswith("+62"):
        text = "0" + text[3:]
    elif text.startswith("62") and len(text) >= 11:
        text = "0" + text[2:]
    if text.startswith("+"):
        raise ValidationError("trader.phone_invalid", field="phone")
    return text


def _name(name: str) -> str:
    return clean_text(name, "name", maximum=100, required=True, empty_key="trader.name_empty")


# --- writing -----------------------------------------------------------------

def create_trader(session: Session, name: str, nik: str, *, phone: str = "", address: str = "",
                  commodity: str = "", joined_date: dt.date | None = None,
                  note: str = "") -> TraderInfo:
    require(session, "traders.manage")
    values = {
        "name": _name(name),
        "nik": validate_nik(nik).nik,
        "phone": normalize_phone(phone),
        "address": clean_text(address, "address", maximum=300),
        "commodity": clean_text(commodity, "commodity", maximum=100),
        "joined_date": check_date(joined_date, "joined_date", required=False) or clock.today(),
        "note": clean_text(note, "note", maximum=500),
    }
    with writing():
        _refuse_duplicate_nik(values["nik"])
        trader_id = Trader.insert(created_at=clock.now_iso(), **values).execute()
        audit.record(session, "trader.create", "trader", trader_id, None, _public(values))
    return get_trader(session, trader_id)


def update_trader(session: Session, trader_id: int, *, name: str | None = None,
                  nik: str | None = None, phone: str | None = None, address: str | None = None,
                  commodity: str | None = None, note: str | None = None) -> TraderInfo:
    require(session, "traders.manage")
    current = get_trader(session, trader_id)
    changes: dict = {}
    if name is not None:
        changes["name"] = _name(name)
    if nik is not None:
        changes["nik"] = validate_nik(nik).nik
    if phone is not None:
        changes["phone"] = normalize_phone(phone)
    if address is not None:
        changes["address"] = clean_text(address, "address", maximum=300)
    if commodity is not None:
        changes["commodity"] = clean_text(commodity, "commodity", maximum=100)
    if note is not None:
        changes["note"] = clean_text(note, "note", maximum=500)
    changes = {k: v for k, v in changes.items() if getattr(current, k) != v}
    if not changes:
        return current
    with writing():
        if "nik" in changes:
            _refuse_duplicate_nik(changes["nik"], trader_id)
        Trader.update(**changes).where(Trader.id == trader_id).execute()
        audit.record(session, "trader.update", "trader", trader_id,
                     {k: getattr(current, k) for k in changes}, changes)
    return get_trader(session, trader_id)


def set_status(session: Session, trader_id: int, status: str, reason: str = "") -> TraderInfo:
    """aktif / nonaktif / diblokir. Blocking needs a reason; a blocked trader
    gets no new lease (existing leases and payments carry on)."""
    require(session, "traders.manage")
    if status not in STATUSES:
        raise ValidationError("trader.status_invalid", field="status", status=str(status))
    reason = clean_text(reason, "reason", maximum=300)
    if status == "diblokir" and not reason:
        raise ValidationError("trader.block_reason", field="reason")
    current = get_trader(session, trader_id)
    if current.status == status:
        return current
    with writing():
        Trader.update(status=status).where(Trader.id == trader_id).execute()
        audit.record(session, "trader.status", "trader", trader_id, {"status": current.status},
                     {"status": status, "reason": reason})
    return get_trader(session, trader_id)


def _refuse_duplicate_nik(nik: str, trader_id: int | None = None) -> None:
    other = one("SELECT id, name FROM trader WHERE nik = ?", (nik,))
    if other is not None and other[0] != trader_id:
        raise Conflict("trader.nik_exists", field="nik", name=other[1])


def _public(values: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}


# --- reading -----------------------------------------------------------------

_SELECT = ("SELECT id, name, nik, phone, address, commodity, status, joined_date, note, created_at"
           " FROM trader")


def get_trader(session: Session, trader_id: int) -> TraderInfo:
    require(session, "traders.view")
    row = one(f"{_SELECT} WHERE id = ?", (trader_id,))
    if row is None:
        raise NotFound("trader.not_found", field="trader")
    return _info(row, session)


def find_by_nik(session: Session, nik: str) -> TraderInfo | None:
    require(session, "traders.view")
    text = "".join(str(nik or "").split())
    row = one(f"{_SELECT} WHERE nik = ?", (text,))
    return _info(row, session) if row else None


def _info(row, session: Session) -> TraderInfo:
    values = list(row)
    values[2] = mask_nik(session, values[2])
    values[7] = as_date(values[7])
    return TraderInfo(*values)


def search(session: Session, text: str = "", *, status: str | None = None,
           after: tuple[str, int] | None = None, limit: int = 50,
           as_of: dt.date | None = None) -> TraderPage:
    """Traders by name (any part), NIK or phone (leading digits) or the code of
    a stall they lease (prefix), ordered by name; page on with ``after`` =
    ``page.last_key``."""
    require(session, "traders.view")
    as_of = as_of or clock.today()
    day = as_of.isoformat()
    where, params = ["1=1"], []
    query = " ".join(str(text or "").split())
    if query:
        digits = re.sub(r"[\s.+-]", "", query)
        options = ["t.name LIKE ?"]
        params.append(f"%{query}%")
        if digits.isdigit():
            if can(session, "traders.nik"):  # else a search would reveal the NIK
                options.append("t.nik GLOB ?")
                params.append(f"{digits}*")
            options.append("t.phone GLOB ?")
            params.append(f"{normalize_phone_prefix(digits)}*")
        options.append("t.id IN (SELECT l.trader_id FROM lease l JOIN stall s ON s.id = l.stall_id"
                       " WHERE s.code LIKE ? AND l.status <> 'cancelled'"
                       " AND coalesce(l.ended_on, l.end_date) >= ?)")
        params += ["".join(query.split()).upper() + "%", day]
        where.append("(" + " OR ".join(options) + ")")
    if status is not None:
        if status not in STATUSES:
            raise ValidationError("trader.status_invalid", field="status", status=str(status))
        where.append("t.status = ?")
        params.append(status)
    if after is not None:
        where.append("(t.name COLLATE NOCASE > ? OR (t.name COLLATE NOCASE = ? AND t.id > ?))")
        params += [after[0], after[0], after[1]]
    from sekretariat.services.leasing.receivables import account_id

    found = rows(
        "SELECT t.id, t.name, t.nik, t.phone, t.commodity, t.status,"
        " (SELECT group_concat(code, ', ') FROM (SELECT s.code FROM lease l"
        "   JOIN stall s ON s.id = l.stall_id WHERE l.trader_id = t.id AND l.status <> 'cancelled'"
        "   AND l.start_date <= ? AND coalesce(l.ended_on, l.end_date) >= ? ORDER BY s.code)),"
        " (SELECT coalesce(sum(j.debit - j.credit), 0) FROM journal_line j"
        "   WHERE j.party_kind = ? AND j.party_id = t.id AND j.account_id = ?)"
        f" FROM trader t WHERE {' AND '.join(where)}"
        " ORDER BY t.name COLLATE NOCASE, t.id LIMIT ?",
        [day, day, PARTY, account_id("1-200"), *params, limit + 1])
    page = tuple(TraderRow(r[0], r[1], mask_nik(session, r[2]), r[3], r[4], r[5], r[6] or "", r[7])
                 for r in found[:limit])
    return TraderPage(page, len(found) > limit)


def normalize_phone_prefix(digits: str) -> str:
    if digits.startswith("62") and len(digits) > 2:
        return "0" + digits[2:]
    return digits
