"""The staples warehouse: items and their units, suppliers, stock movements
(migrations/0011_warehouse.sql), the blind stock count
(0012_stock_count.sql), bulk purchase rounds with retail prices
(0013_rounds.sql) and supplier payments (0014_supplier_payments.sql).
Tables only: the rules live in services/warehouse/ and in the migrations'
CHECKs and triggers."""

import peewee as pw

from sekretariat.models.base import BaseModel
from sekretariat.models.core import JournalEntry, User
from sekretariat.models.leasing import Invoice, Trader

# --- 0011: the stock core -------------------------------------------------------


class Item(BaseModel):
    code = pw.TextField(unique=True)
    name = pw.TextField()
    base_unit = pw.TextField()
    reorder_level = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()


class ItemUnit(BaseModel):
    item = pw.ForeignKeyField(Item, column_name="item_id", lazy_load=False, backref="+")
    name = pw.TextField()
    factor = pw.IntegerField()
    active = pw.BooleanField(default=True)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()

    class Meta:
        indexes = ((("item", "name"), True),)


class Supplier(BaseModel):
    name = pw.TextField()
    phone = pw.TextField(default="")
    address = pw.TextField(default="")
    contact_person = pw.TextField(default="")
    active = pw.BooleanField(default=True)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()


class StockMovement(BaseModel):
    number = pw.TextField(unique=True)
    item = pw.ForeignKeyField(Item, column_name="item_id", lazy_load=False, backref="+")
    seq = pw.IntegerField()
    moved_on = pw.DateField()
    kind = pw.TextField()        # receipt | issue | write_off | adjustment | reversal
    quantity = pw.IntegerField()     # signed base units
    value = pw.IntegerField()        # signed whole Rupiah
    qty_after = pw.IntegerField()
    value_after = pw.IntegerField()
    supplier = pw.ForeignKeyField(Supplier, null=True, column_name="supplier_id",
                                  lazy_load=False, backref="+")
    trader = pw.ForeignKeyField(Trader, null=True, column_name="trader_id", lazy_load=False,
                                backref="+")
    payment = pw.TextField(null=True)    # credit | cash | account
    price = pw.IntegerField(null=True)
    reason = pw.TextField(default="")
    source = pw.TextField(null=True)
    source_ref = pw.TextField(null=True)
    journal_entry = pw.ForeignKeyField(JournalEntry, null=True, column_name="journal_entry_id",
                                       lazy_load=False, backref="+")
    reverses = pw.ForeignKeyField("self", null=True, unique=True, column_name="reverses_id",
                                  lazy_load=False, backref="+")
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()

    class Meta:
        indexes = ((("item", "seq"), True),)


# --- 0012: the blind stock count ------------------------------------------------


class StockCount(BaseModel):
    number = pw.TextField(unique=True)
    counted_on = pw.DateField()
    counted_at = pw.TextField()      # 'HH:MM', the cut-off
    place = pw.TextField(default="")
    note = pw.TextField(default="")
    status = pw.TextField(default="open")    # open | closed | approved | cancelled
    closed_by = pw.ForeignKeyField(User, null=True, column_name="closed_by", lazy_load=False,
                                   backref="+")
    closed_at = pw.TextField(null=True)
    coordinator = pw.ForeignKeyField(User, null=True, column_name="coordinator_id",
                                     lazy_load=False, backref="+")
    coordinator_at = pw.TextField(null=True)
    chair = pw.ForeignKeyField(User, null=True, column_name="chair_id", lazy_load=False,
                               backref="+")
    chair_at = pw.TextField(null=True)
    posted_at = pw.TextField(null=True)
    cancelled_by = pw.ForeignKeyField(User, null=True, column_name="cancelled_by",
                                      lazy_load=False, backref="+")
    cancelled_at = pw.TextField(null=True)
    cancel_reason = pw.TextField(null=True)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()


class StockCountLine(BaseModel):
    count = pw.ForeignKeyField(StockCount, column_name="count_id", lazy_load=False,
                               backref="+")
    item = pw.ForeignKeyField(Item, column_name="item_id", lazy_load=False, backref="+")
    place = pw.TextField(default="")
    quantity = pw.IntegerField()     # base units, >= 0
    counted_by = pw.ForeignKeyField(User, column_name="counted_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()


class StockCountVariance(BaseModel):
    count = pw.ForeignKeyField(StockCount, column_name="count_id", lazy_load=False,
                               backref="+")
    item = pw.ForeignKeyField(Item, column_name="item_id", lazy_load=False, backref="+")
    counted = pw.IntegerField()
    book_qty = pw.IntegerField()
    book_value = pw.IntegerField()
    variance = pw.IntegerField()
    variance_value = pw.IntegerField()
    movement = pw.ForeignKeyField(StockMovement, null=True, unique=True,
                                  column_name="movement_id", lazy_load=False, backref="+")

    class Meta:
        indexes = ((("count", "item"), True),)


# --- 0013: bulk purchase rounds and retail prices -------------------------------


class RetailPrice(BaseModel):
    item = pw.ForeignKeyField(Item, column_name="item_id", lazy_load=False, backref="+")
    priced_on = pw.DateField()
    price = pw.IntegerField()        # Rupiah per base unit
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()

    class Meta:
        indexes = ((("item", "priced_on"), True),)


class PurchaseRound(BaseModel):
    number = pw.TextField(unique=True)
    title = pw.TextField()
    opened_on = pw.DateField()
    status = pw.TextField(default="open")
    supplier = pw.ForeignKeyField(Supplier, null=True, column_name="supplier_id",
                                  lazy_load=False, backref="+")
    po_number = pw.TextField(null=True, unique=True)
    ordered_on = pw.DateField(null=True)
    received_on = pw.DateField(null=True)
    posted_on = pw.DateField(null=True)
    notes = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()


class RoundItem(BaseModel):
    round = pw.ForeignKeyField(PurchaseRound, column_name="round_id", lazy_load=False,
                               backref="+")
    item = pw.ForeignKeyField(Item, column_name="item_id", lazy_load=False, backref="+")
    unit = pw.TextField()            # the purchase unit, e.g. 'karung'
    factor = pw.IntegerField()       # base units per purchase unit
    bulk_price = pw.IntegerField(null=True)
    quantity_ordered = pw.IntegerField(null=True)
    quantity_received = pw.IntegerField(null=True)
    received_on = pw.DateField(null=True)
    receipt = pw.ForeignKeyField(StockMovement, null=True, unique=True,
                                 column_name="receipt_id", lazy_load=False, backref="+")

    class Meta:
        indexes = ((("round", "item"), True),)


class RoundRequest(BaseModel):
    round = pw.ForeignKeyField(PurchaseRound, column_name="round_id", lazy_load=False,
                               backref="+")
    round_item = pw.ForeignKeyField(RoundItem, column_name="round_item_id", lazy_load=False,
                                    backref="+")
    trader = pw.ForeignKeyField(Trader, column_name="trader_id", lazy_load=False, backref="+")
    units = pw.IntegerField()        # whole purchase units
    position = pw.IntegerField()
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()

    class Meta:
        indexes = ((("round_item", "trader"), True), (("round", "position"), True))


class RoundCost(BaseModel):
    round = pw.ForeignKeyField(PurchaseRound, column_name="round_id", lazy_load=False,
                               backref="+")
    round_item = pw.ForeignKeyField(RoundItem, null=True, column_name="round_item_id",
                                    lazy_load=False, backref="+")
    description = pw.TextField()
    amount = pw.IntegerField()
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()


class RoundAllocation(BaseModel):
    round = pw.ForeignKeyField(PurchaseRound, column_name="round_id", lazy_load=False,
                               backref="+")
    request = pw.ForeignKeyField(RoundRequest, unique=True, column_name="request_id",
                                 lazy_load=False, backref="+")
    allocated = pw.IntegerField()    # purchase units
    charge = pw.IntegerField()       # Rupiah
    manual = pw.BooleanField(default=False)
    movement = pw.ForeignKeyField(StockMovement, null=True, unique=True,
                                  column_name="movement_id", lazy_load=False, backref="+")
    invoice = pw.ForeignKeyField(Invoice, null=True, unique=True, column_name="invoice_id",
                                 lazy_load=False, backref="+")
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()


# --- 0014: supplier payments -----------------------------------------------------


class SupplierPayment(BaseModel):
    number = pw.TextField(unique=True)
    supplier = pw.ForeignKeyField(Supplier, column_name="supplier_id", lazy_load=False,
                                  backref="+")
    pay_date = pw.DateField()
    amount = pw.IntegerField()
    method = pw.TextField()          # cash | bank
    reference = pw.TextField(default="")
    memo = pw.TextField(default="")
    journal_entry = pw.ForeignKeyField(JournalEntry, unique=True, column_name="journal_entry_id",
                                       lazy_load=False, backref="+")
    void_entry = pw.ForeignKeyField(JournalEntry, null=True, unique=True,
                                    column_name="void_entry_id", lazy_load=False, backref="+")
    voided_on = pw.DateField(null=True)
    void_reason = pw.TextField(null=True)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()


WAREHOUSE_MODELS = [Item, ItemUnit, Supplier, StockMovement, StockCount, StockCountLine,
                    StockCountVariance, RetailPrice, PurchaseRound, RoundItem, RoundRequest,
                    RoundCost, RoundAllocation, SupplierPayment]
