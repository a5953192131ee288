"""Suppliers (pemasok) with their contact details. Never deleted: one no
longer used is set inactive, so past receipts keep naming it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sekretariat import clock
from sekretariat.errors import Conflict, NotFound
from sekretariat.services.core import audit
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.warehouse.util import (
    MAX_NAME,
    MAX_TEXT,
    check_phone,
    clean_text,
    one,
    rows,
)

_FIELDS = ("name", "phone", "address", "contact_person")


@dataclass(frozen=True)
class SupplierInfo:
    id: int
    name: str
    phone: str
    address: str
    contact_person: str
    active: bool


_SELECT = "SELECT id, name, phone, address, contact_person, active FROM supplier"


def supplier_info(supplier_id: int) -> SupplierInfo:
    """For services that checked their permission; NotFound otherwise."""
    row = one(_SELECT + " WHERE id = ?", (supplier_id,)) \
        if isinstance(supplier_id, int) and not isinstance(supplier_id, bool) else None
    if row is None:
        raise NotFound("warehouse.supplier_not_found", field="supplier", supplier=str(supplier_id))
    return SupplierInfo(*row[:5], bool(row[5]))


def get_supplier(session: Session, supplier_id: int) -> SupplierInfo:
    require(session, "warehouse.view")
    return supplier_info(supplier_id)


def list_suppliers(session: Session, *, active_only: bool = False) -> list[SupplierInfo]:
    require(session, "warehouse.view")
    where = " WHERE active = 1" if active_only else ""
    return [SupplierInfo(*r[:5], bool(r[5]))
            for r in rows(_SELECT + where + " ORDER BY name COLLATE NOCASE, id")]


def _clean(name: Any = None, phone: Any = None, address: Any = None,
           contact_person: Any = None) -> dict[str, str]:
    values = {}
    if name is not None:
        values["name"] = clean_text(name, "name", maximum=MAX_NAME, required=True)
    if phone is not None:
        values["phone"] = check_phone(phone)
    if address is not None:
        values["address"] = clean_text(address, "address", maximum=MAX_TEXT)
    if contact_person is not None:
        values["contact_person"] = clean_text(contact_person, "contact_person",
                                              maximum=MAX_NAME)
    return values


def create_supplier(session: Session, name: str, *, phone: str = "", address: str = "",
                    contact_person: str = "") -> SupplierInfo:
    require(session, "warehouse.manage")
    values = _clean(name, phone, address, contact_person)
    with writing():
        _refuse_duplicate(values["name"], None)
        supplier_id = one(
            "INSERT INTO supplier (name, phone, address, contact_person, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            (*[values[f] for f in _FIELDS], session.user_id, clock.now_iso()))[0]
        audit.record(session, "warehouse.supplier_create", "supplier", supplier_id, None, values)
    return supplier_info(supplier_id)


def update_supplier(session: Session, supplier_id: int, *, name: str | None = None,
                    phone: str | None = None, address: str | None = None,
                    contact_person: str | None = None,
                    active: bool | None = None) -> SupplierInfo:
    require(session, "warehouse.manage")
    current = supplier_info(supplier_id)
    values: dict[str, Any] = _clean(name, phone, address, contact_person)
    if active is not None:
        values["active"] = bool(active)
    values = {k: v for k, v in values.items() if v != getattr(current, k)}
    if not values:
        return current
    with writing():
        if "name" in values:
            _refuse_duplicate(values["name"], current.id)
        assignments = ", ".join(f"{k} = ?" for k in values)
        rows(f"UPDATE supplier SET {assignments} WHERE id = ?",
             (*[int(v) if isinstance(v, bool) else v for v in values.values()], current.id))
        audit.record(session, "warehouse.supplier_update", "supplier", current.id,
                     {k: getattr(current, k) for k in values}, values)
    return supplier_info(current.id)


def _refuse_duplicate(name: str, own_id: int | None) -> None:
    found = one("SELECT id FROM supplier WHERE name = ? COLLATE NOCASE", (name,))
    if found is not None and found[0] != own_id:
        raise Conflict("warehouse.supplier_exists", field="name", name=name)
