"""Plain data for the bulk purchase round documents (purchase order, distribution sheet).

The services in rounds_read.py fill these; the PDF builders in sekretariat/reports/warehouse/
read them. Plain values only: money in whole Rupiah, counts as exact ints, text ready to print.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class PoLine:
    item_code: str
    item_name: str
    unit: str  # purchase unit, e.g. 'karung'
    factor: int  # base units per purchase unit, e.g. 50
    base_unit: str  # e.g. 'kg'
    quantity: int  # purchase units ordered
    unit_price: int  # bulk price per purchase unit (Rupiah)
    amount: int  # quantity * unit_price


@dataclass(frozen=True)
class PurchaseOrderData:
    po_number: str  # 'PO/2026/00001'
    round_number: str  # 'PB/2026/00001'
    ordered_on: dt.date
    supplier_name: str
    supplier_address: str
    supplier_phone: str
    supplier_contact: str
    lines: tuple[PoLine, ...]
    total: int
    delivery_note: str  # may be ''
    ordered_by: str  # name of the coordinator
    approved_by: str  # name of the chair ('' if none)
    reprint: bool = False  # SALINAN


@dataclass(frozen=True)
class DistributionRow:
    trader_name: str
    stall_codes: str  # 'A-01, A-02'
    item_name: str
    unit: str
    requested: int  # purchase units
    quota: str  # exact quota as text, e.g. '4,545'
    allocated: int  # purchase units handed out
    base_quantity: str  # e.g. '200 kg'
    charge: int  # Rupiah
    retail_value: int  # what it would cost at retail
    saving: int  # retail_value - charge
    invoice_number: str  # the goods invoice on their statement


@dataclass(frozen=True)
class DistributionData:
    round_number: str
    title: str
    handed_out_on: dt.date
    supplier_name: str
    received: tuple[tuple[str, str, int, int], ...]  # (item name, unit, ordered, received)
    landed_costs: tuple[tuple[str, int], ...]  # (description, amount)
    rows: tuple[DistributionRow, ...]  # by item, then request order
    total_charge: int
    total_saving: int
    surplus: tuple[tuple[str, str, int], ...]  # (item name, unit, units to stock)
    prepared_by: str
    reprint: bool = False
