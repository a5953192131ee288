"""The peewee models never drift from the migrations: on a freshly migrated
database, every model in ``ALL_MODELS`` names a table that exists, its
fields' column names are exactly the table's columns (PRAGMA table_info),
and a field may be NULL exactly when the column may. Tables without a model
are fine (the services read them with SQL)."""

from __future__ import annotations

import peewee as pw
import pytest

from sekretariat import db
from sekretariat.models import ALL_MODELS, BaseModel
from sekretariat.models.warehouse import WAREHOUSE_MODELS

WAREHOUSE_TABLES = {"item", "item_unit", "supplier", "stock_movement", "stock_count",
                    "stock_count_line", "stock_count_variance", "retail_price",
                    "purchase_round", "round_item", "round_request", "round_cost",
                    "round_allocation", "supplier_payment"}


def _tables() -> set[str]:
    return {name for name, in db.current_database().execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}


def drift(model) -> list[str]:
    """What differs between ``model`` and its table (empty: nothing)."""
    table = model._meta.table_name
    if table not in _tables():
        return [f"{model.__name__}: no table {table!r}"]
    columns = {row[1]: row for row in db.current_database().execute_sql(
        f"PRAGMA table_info({table})")}
    fields = {f.column_name: f for f in model._meta.sorted_fields}
    problems = [f"{model.__name__}: column {c!r} of {table} has no field"
                for c in columns if c not in fields]
    problems += [f"{model.__name__}: field {c!r} has no column in {table}"
                 for c in fields if c not in columns]
    for name in columns.keys() & fields.keys():
        _, _, _, notnull, _, pk = columns[name]
        if fields[name].null == bool(notnull or pk):
            problems.append(f"{model.__name__}.{fields[name].name}: null={fields[name].null}"
                            f" but the column is {'NOT NULL' if notnull or pk else 'nullable'}")
    return problems


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__name__)
def test_every_model_matches_its_table(db_path, model):
    assert drift(model) == []


def test_models_are_unique_and_the_warehouse_is_modelled(db_path):
    names = [m._meta.table_name for m in ALL_MODELS]
    assert len(names) == len(set(names))
    assert {m._meta.table_name for m in WAREHOUSE_MODELS} == WAREHOUSE_TABLES
    assert set(WAREHOUSE_MODELS) <= set(ALL_MODELS)
    assert WAREHOUSE_TABLES <= _tables()


def test_the_check_sees_drift(db_path):
    """A model with a column the table lacks, one missing a column, one with
    the wrong nullability and one without a table are each caught."""

    class Item(BaseModel):       # the table has more columns than these
        code = pw.TextField(unique=True)
        name = pw.TextField()
        colour = pw.TextField()

    class Supplier(BaseModel):
        name = pw.TextField(null=True)            # NOT NULL in the table
        phone = pw.TextField(default="")
        address = pw.TextField(default="")
        contact_person = pw.TextField(default="")
        active = pw.BooleanField(default=True)
        created_by = pw.IntegerField()
        created_at = pw.TextField()

    class NoSuchThing(BaseModel):
        label = pw.TextField()

    item = drift(Item)
    assert "Item: field 'colour' has no column in item" in item
    assert "Item: column 'base_unit' of item has no field" in item
    assert drift(Supplier) == [
        "Supplier.name: null=True but the column is NOT NULL"]
    assert drift(NoSuchThing) == ["NoSuchThing: no table 'no_such_thing'"]


def test_the_models_read_what_the_services_wrote(sessions):
    """Reading through the models works on real rows (the column mapping is
    not only named right but usable)."""
    from sekretariat.models.warehouse import Item, ItemUnit, StockMovement, Supplier
    from sekretariat.services.warehouse import items, movements, suppliers

    chair = sessions["ketua"]
    items.create_item(chair, "beras", "Beras medium", "kg", units=[("karung", 50)])
    supplier = suppliers.create_supplier(chair, "UD Makmur")
    movements.record_receipt(chair, "beras", "2026-11-02", "2 karung", cost=1_200_000,
                             supplier_id=supplier.id)
    item = Item.get(Item.code == "beras")
    assert (item.name, item.base_unit, item.active) == ("Beras medium", "kg", True)
    assert [(u.name, u.factor) for u in ItemUnit.select().where(ItemUnit.item == item)] == [
        ("karung", 50)]
    moved = StockMovement.get(StockMovement.item == item)
    assert (moved.kind, moved.quantity, moved.value, moved.qty_after, moved.payment) == (
        "receipt", 100, 1_200_000, 100, "credit")
    assert moved.moved_on.isoformat() == "2026-11-02"
    assert moved.supplier_id == supplier.id == Supplier.get(Supplier.name == "UD Makmur").id
