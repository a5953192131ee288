"""Warehouse items, units and suppliers: exact unit conversions ("2 karung",
"1,5 karung", a unit with no conversion refused), bad input refused with the
database unchanged, permissions, and the shared fixtures of the warehouse
tests (``wh``: three items and a supplier; ``dump``)."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from sekretariat import db
from sekretariat.errors import Conflict, NotFound, PermissionDenied, ValidationError
from sekretariat.services.core import audit
from sekretariat.services.warehouse import items, movements, stock, suppliers

D = dt.date
TODAY = D(2026, 11, 23)
TABLES = ("item", "item_unit", "supplier", "stock_movement", "journal_entry", "journal_line",
          "sequence", "audit_log", "closed_day")


def dump() -> dict[str, list[tuple]]:
    conn = db.current_database()
    return {t: conn.execute_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def raw(sql: str, params=()):
    return db.current_database().execute_sql(sql, params)


@pytest.fixture
def wh(chair):
    """Beras (kg; karung 50), telur (butir; tray 30, peti 300), minyak (liter;
    dus 12); supplier UD Makmur."""
    beras = items.create_item(chair, "beras", "Beras medium", "kg", reorder_level=100,
                              units=[("karung", 50)])
    telur = items.create_item(chair, "Telur", "Telur ayam", "butir", reorder_level=300,
                              units=[("tray", 30), ("peti", 300)])
    minyak = items.create_item(chair, "minyak", "Minyak goreng", "liter", units=[("dus", 12)])
    supplier = suppliers.create_supplier(chair, "UD Makmur", phone="0711-123 456",
                                         address="Jl. Sudirman 1", contact_person="Pak Hasan")
    return {"beras": beras, "telur": telur, "minyak": minyak, "supplier": supplier.id,
            "chair": chair}


def test_items_with_units_are_created_and_audited(wh):
    telur = wh["telur"]
    assert (telur.code, telur.base_unit, telur.reorder_level) == ("telur", "butir", 300)
    assert [(u.name, u.factor) for u in telur.units] == [("tray", 30), ("peti", 300)]
    assert items.get_item(wh["chair"], "TELUR") == telur
    assert [i.code for i in items.list_items(wh["chair"])] == ["beras", "minyak", "telur"]
    actions = [r[0] for r in raw("SELECT action FROM audit_log WHERE action LIKE 'warehouse.%'"
                                 " ORDER BY id")]
    assert actions == ["warehouse.item_create"] * 3 + ["warehouse.supplier_create"]
    assert audit.verify_chain()[1] == []


@pytest.mark.parametrize("typed, unit, expected", [
    ("2 karung", None, 100), ("2karung", None, 100), ("1,5 karung", None, 75),
    ("100", None, 100), ("1.250 kg", None, 1250), (3, "karung", 150), (7, None, 7),
    ("0,5 karung", None, 25), (" 2  KARUNG ", None, 100), ("2", "karung", 100),
])
def test_quantities_convert_exactly(wh, typed, unit, expected):
    assert items.to_base(wh["beras"], typed, unit) == expected


def test_egg_trays_and_crates(wh):
    assert items.to_base(wh["telur"], "1,5 tray") == 45
    assert items.to_base(wh["telur"], "1,3 tray") == 39       # 1.3 x 30 is whole
    assert items.to_base(wh["telur"], "1,5", "tray") == 45
    assert items.to_base(wh["telur"], "2 peti") == 600
    assert items.in_units(wh["telur"], 645) == "645 butir (2 peti + 45 butir)"
    assert items.in_units(wh["beras"], 100) == "100 kg (2 karung)"
    assert items.in_units(wh["beras"], 20) == "20 kg"


@pytest.mark.parametrize("typed, unit, key", [
    ("0,5 butir", None, "warehouse.quantity_not_whole"),
    ("1,01 tray", None, "warehouse.quantity_not_whole"),
    ("2 karung", None, "warehouse.unit_unknown"),
    (2, "dus", "warehouse.unit_unknown"),
    ("-2 tray", None, "warehouse.quantity_negative"),
    (-5, None, "warehouse.quantity_negative"),
    ("0 tray", None, "warehouse.quantity_zero"),
    (0, None, "warehouse.quantity_zero"),
    (2.5, None, "warehouse.quantity_invalid"),
    ("1.5 tray", None, "warehouse.quantity_invalid"),
    ("dua tray", None, "warehouse.quantity_invalid"),
    ("", None, "warehouse.quantity_invalid"),
    (True, None, "warehouse.quantity_invalid"),
    ("2 tray", "peti", "warehouse.quantity_invalid"),
    ("5.000.000 peti", None, "warehouse.quantity_too_large"),
])
def test_bad_quantities_are_refused(wh, typed, unit, key):
    with pytest.raises(ValidationError) as info:
        items.to_base(wh["telur"], typed, unit)
    assert info.value.key == key
    assert info.value.field == "quantity"


def test_a_unit_with_no_conversion_names_the_known_units(wh):
    with pytest.raises(ValidationError) as info:
        items.to_base(wh["telur"], "3 karung")
    assert "karung" in info.value.message and "butir, tray, peti" in info.value.message


def test_a_signed_quantity_only_where_asked(wh):
    assert items.to_base(wh["beras"], "-1 karung", signed=True) == -50
    assert items.to_base(wh["beras"], -3, signed=True) == -3


def test_units_are_set_corrected_and_retired(wh):
    chair, beras = wh["chair"], wh["beras"]
    beras = items.set_unit(chair, "beras", "Karung", 25)
    assert beras.factor_of("karung") == 25
    beras = items.set_unit(chair, "beras", "sak", 5)
    assert [(u.name, u.factor) for u in beras.units] == [("sak", 5), ("karung", 25)]
    beras = items.retire_unit(chair, "beras", "sak")
    assert beras.factor_of("sak") is None
    with pytest.raises(ValidationError) as info:
        items.to_base(beras, "1 sak")
    assert info.value.key == "warehouse.unit_unknown"
    assert items.set_unit(chair, "beras", "sak", 5).factor_of("sak") == 5
    before = dump()
    for bad, key in ((("kg", 1), "warehouse.unit_is_base"),
                     (("karung", 0), "warehouse.whole_number"),
                     (("karung", "1,5"), "warehouse.whole_number"),
                     (("karung", -2), "warehouse.whole_number"),
                     (("2x", 5), "warehouse.unit_name_invalid"),
                     (("", 5), "warehouse.unit_empty")):
        with pytest.raises(ValidationError) as info:
            items.set_unit(chair, "beras", *bad)
        assert info.value.key == key, bad
    with pytest.raises(NotFound):
        items.retire_unit(chair, "beras", "peti")
    assert dump() == before


def test_bad_items_are_refused_and_change_nothing(wh):
    chair = wh["chair"]
    before = dump()
    cases = [
        (("beras", "Beras lain", "kg"), {}, Conflict, "warehouse.item_exists"),
        (("Gula Pasir", "Gula", "kg"), {}, ValidationError, "warehouse.code_invalid"),
        (("", "Gula", "kg"), {}, ValidationError, "warehouse.code_empty"),
        (("gula", "  ", "kg"), {}, ValidationError, "warehouse.text_empty"),
        (("gula", "G" * 61, "kg"), {}, ValidationError, "input.too_long"),
        (("gula", "Gula", ""), {}, ValidationError, "warehouse.unit_empty"),
        (("gula", "Gula", "kg"), {"reorder_level": -1}, ValidationError,
         "warehouse.whole_number"),
        (("gula", "Gula", "kg"), {"reorder_level": "2,5"}, ValidationError,
         "warehouse.whole_number"),
        (("gula", "Gula", "kg"), {"units": [("karung", 50), ("karung", 25)]},
         ValidationError, "warehouse.unit_twice"),
        (("gula", "Gula", "kg"), {"units": [("kg", 1)]}, ValidationError,
         "warehouse.unit_twice"),
        (("gula", "Gula", "kg"), {"units": [("karung", 0)]}, ValidationError,
         "warehouse.whole_number"),
    ]
    for args, kwargs, error, key in cases:
        with pytest.raises(error) as info:
            items.create_item(chair, *args, **kwargs)
        assert info.value.key == key, (args, kwargs)
    assert dump() == before


def test_an_items_base_unit_is_fixed_once_it_moved_and_stock_keeps_it_active(wh):
    chair = wh["chair"]
    assert items.update_item(chair, "minyak", base_unit="ml").base_unit == "ml"
    items.update_item(chair, "minyak", base_unit="liter")
    movements.record_receipt(chair, "minyak", TODAY, "1 dus", cost=180_000,
                             supplier_id=wh["supplier"])
    with pytest.raises(Conflict) as info:
        items.update_item(chair, "minyak", base_unit="ml")
    assert info.value.key == "warehouse.base_unit_fixed"
    with pytest.raises(Conflict) as info:
        items.update_item(chair, "minyak", active=False)
    assert info.value.key == "warehouse.item_has_stock"
    assert "12 liter (1 dus)" in info.value.message
    with pytest.raises(peewee.IntegrityError, match="append_only:item"):
        raw("UPDATE item SET base_unit = 'ml' WHERE code = 'minyak'")
    with pytest.raises(peewee.IntegrityError, match="append_only"):
        raw("DELETE FROM item WHERE code = 'beras'")
    with pytest.raises(peewee.IntegrityError, match="append_only"):
        raw("DELETE FROM item_unit")
    changed = items.update_item(chair, "beras", name="Beras premium", reorder_level="1.000",
                                active=False)
    assert (changed.name, changed.reorder_level, changed.active) == ("Beras premium", 1000,
                                                                     False)
    with pytest.raises(Conflict) as info:
        movements.record_receipt(chair, "beras", TODAY, 5, cost=60_000,
                                 supplier_id=wh["supplier"])
    assert info.value.key == "warehouse.item_inactive"


def test_suppliers_are_kept_with_their_contacts(wh):
    chair = wh["chair"]
    made = suppliers.get_supplier(chair, wh["supplier"])
    assert (made.name, made.phone, made.contact_person) == ("UD Makmur", "0711-123 456",
                                                            "Pak Hasan")
    before = dump()
    with pytest.raises(Conflict):
        suppliers.create_supplier(chair, "ud makmur")
    with pytest.raises(ValidationError) as info:
        suppliers.create_supplier(chair, "CV Sumber", phone="telp 0711")
    assert info.value.key == "warehouse.phone_invalid"
    with pytest.raises(ValidationError):
        suppliers.create_supplier(chair, " ")
    with pytest.raises(NotFound):
        suppliers.get_supplier(chair, 999)
    assert dump() == before
    other = suppliers.create_supplier(chair, "CV Sumber Rejeki")
    with pytest.raises(Conflict):
        suppliers.update_supplier(chair, other.id, name="UD MAKMUR")
    off = suppliers.update_supplier(chair, other.id, active=False, address="Jl. Kol. Atmo")
    assert (off.active, off.address) == (False, "Jl. Kol. Atmo")
    assert [s.name for s in suppliers.list_suppliers(chair, active_only=True)] == ["UD Makmur"]
    with pytest.raises(Conflict) as info:
        movements.record_receipt(chair, "beras", TODAY, 5, cost=60_000, supplier_id=other.id)
    assert info.value.key == "warehouse.supplier_inactive"
    with pytest.raises(peewee.IntegrityError, match="append_only"):
        raw("DELETE FROM supplier")


def test_permissions_by_role(sessions, wh):
    for role in ("staf", "parkir"):
        with pytest.raises(PermissionDenied):
            stock.stock_list(sessions[role])
        with pytest.raises(PermissionDenied):
            items.list_items(sessions[role])
    for role in ("ketua", "bendahara", "sekretaris", "gudang", "pembaca"):
        assert len(stock.stock_list(sessions[role])) == 3
    for role in ("bendahara", "sekretaris", "pembaca", "staf"):
        with pytest.raises(PermissionDenied):
            items.create_item(sessions[role], "gula", "Gula", "kg")
        with pytest.raises(PermissionDenied):
            suppliers.create_supplier(sessions[role], "CV Lain")
    items.create_item(sessions["gudang"], "gula", "Gula pasir", "kg", units=[("karung", 50)])
    for role in ("sekretaris", "pembaca", "staf", "parkir"):
        with pytest.raises(PermissionDenied):
            movements.record_receipt(sessions[role], "gula", TODAY, 1, cost=1,
                                     supplier_id=wh["supplier"])
    for role in ("gudang", "bendahara", "ketua"):
        movements.record_receipt(sessions[role], "gula", TODAY, "1 karung", cost=700_000,
                                 supplier_id=wh["supplier"])
    assert stock.on_hand("gula") == (150, 2_100_000)
