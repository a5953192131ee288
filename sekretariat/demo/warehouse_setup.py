"""The demo market's staples warehouse as data, and its set-up through the
services.

Eight staples a Sekojo-like secretariat keeps for its traders (rice in 50 kg
and 25 kg sacks, sugar, cooking oil by the 12-litre carton, flour, eggs by
the tray and the crate, instant noodles, condensed milk, salt), each with a
reorder level, a cost and a selling price per base unit (2026 prices, lower
by about 4 % a year before), how often and in what lots traders buy it; and
four suppliers with their delivery days. ``setup_warehouse`` creates the
items and suppliers (by the warehouse coordinator) when the demo market is
set up; ``demo/warehouse_step.py`` writes the movements day by day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock
from sekretariat.demo.market_records import MarketPlan


@dataclass(frozen=True)
class ItemSpec:
    code: str
    name: str
    base_unit: str
    units: tuple[tuple[str, int], ...]   # the largest first: the unit it is ordered in
    reorder_level: int                   # base units, on the small scale
    cost: int                            # Rupiah per base unit (today's)
    price: int                           # the selling price per base unit (today's)
    sales_per_day: float                 # mean sales a day on the small scale
    lots: tuple[int, ...]                # what one sale takes, base units


@dataclass(frozen=True)
class SupplierSpec:
    name: str
    phone: str
    address: str
    contact_person: str
    items: tuple[str, ...]
    weekdays: tuple[int, ...]            # delivery days (Monday = 0)
    fortnightly: bool                    # only every other week
    payment: str                         # what it asks for: 'credit' or 'cash'

    @property
    def cycle(self) -> int:
        """Days between deliveries, about."""
        return (14 if self.fortnightly else 7) // len(self.weekdays)

    def delivers(self, day: dt.date) -> bool:
        week = (day.toordinal() - 1) // 7
        return day.weekday() in self.weekdays and not (self.fortnightly and week % 2)


ITEMS = (
    ItemSpec("beras", "Beras medium", "kg", (("karung", 50), ("sak", 25)), 200, 12_400, 13_500,
             1.6, (50, 50, 25, 25, 100, 10, 5)),
    ItemSpec("gula", "Gula pasir", "kg", (("karung", 50),), 75, 16_900, 18_000, 1.2,
             (50, 10, 5, 5, 2, 20)),
    ItemSpec("minyak", "Minyak goreng kemasan", "liter", (("dus", 12),), 48, 15_000, 15_700,
             1.2, (12, 12, 24, 6, 2)),
    ItemSpec("tepung", "Tepung terigu", "kg", (("karung", 25),), 50, 9_600, 11_000, 0.7,
             (25, 25, 5, 10, 2)),
    ItemSpec("telur", "Telur ayam ras", "butir", (("peti", 300), ("tray", 30)), 300, 1_750,
             1_950, 1.4, (30, 30, 60, 90, 15, 300)),
    ItemSpec("mi", "Mi instan", "bungkus", (("dus", 40),), 80, 2_850, 3_300, 0.9,
             (40, 40, 80, 10, 20)),
    ItemSpec("skm", "Susu kental manis", "kaleng", (("dus", 48),), 24, 10_300, 11_500, 0.5,
             (48, 12, 6, 24)),
    ItemSpec("garam", "Garam beryodium", "bungkus", (("bal", 50),), 20, 2_000, 2_500, 0.5,
             (50, 10, 20, 5)),
)
ITEM = {spec.code: spec for spec in ITEMS}

SUPPLIERS = (
    SupplierSpec("UD Beras Sumber Rejeki", "0711-352 118",
                 "Jl. Kolonel H. Barlian No. 45, Palembang", "H. Abdul Rahman", ("beras",),
                 (1,), True, "credit"),
    SupplierSpec("CV Musi Jaya Pangan", "0711-412 907", "Jl. Mayor Zen No. 12, Kalidoni,"
                 " Palembang", "Ibu Meliana", ("gula", "minyak", "tepung"), (2,), False,
                 "credit"),
    SupplierSpec("Toko Grosir Sinar Harapan", "0711-361 504", "Jl. Pasar 16 Ilir No. 8,"
                 " Palembang", "Koh Ahong", ("mi", "skm", "garam"), (5,), True, "cash"),
    SupplierSpec("Peternakan Ayam Petelur Sukamaju", "0812-7801 4433",
                 "Desa Sukamaju, Kec. Talang Kelapa, Banyuasin", "Pak Darmawan", ("telur",),
                 (0, 3), False, "cash"),
)

#: Items the suppliers stop bringing in the books' last days (late deliveries),
#: so the low-stock alert has something to show.
LOW_AT_END = ("gula", "skm")

#: The secretariat's own use: (item, lots, reason).
INTERNAL_USES = (
    ("gula", (1, 2, 2), "Konsumsi rapat pengurus sekretariat"),
    ("telur", (10, 15, 30), "Dapur pos keamanan pasar"),
    ("minyak", (1, 2), "Dapur pos keamanan pasar"),
    ("mi", (10, 20, 40), "Konsumsi petugas kebersihan kerja bakti"),
    ("beras", (5, 10), "Bantuan sosial untuk pedagang yang tertimpa musibah"),
    ("gula", (2, 5), "Jamuan tamu Aslog Kasdam II/Sriwijaya"),
)

#: Damaged or expired goods: (item, chance a day, lots, reason).
WRITE_OFFS = (
    ("telur", 0.05, (10, 15, 30, 45, 60), "Telur pecah saat bongkar muat"),
    ("telur", 0.02, (30, 60, 90), "Telur busuk, lewat masa simpan"),
    ("beras", 0.015, (5, 10, 25), "Karung sobek, beras basah terkena bocoran atap gudang"),
    ("tepung", 0.015, (5, 10, 25), "Tepung terigu berkutu, lewat tanggal kedaluwarsa"),
    ("mi", 0.01, (5, 10, 20), "Mi instan kedaluwarsa"),
    ("skm", 0.01, (1, 2, 6), "Kaleng susu kental manis penyok dan bocor"),
)

#: Who buys staples from the warehouse (trader commodities).
BUYERS = frozenset({"sembako", "kelontong", "telur", "pempek", "kue", "kopi", "tahu_tempe"})


def intensity(plan: MarketPlan) -> int:
    """Sales and stock levels scale with the market (1 small, 2 large)."""
    return max(1, plan.spec.factor // 4)


def setup_warehouse(plan: MarketPlan, sessions: dict) -> None:
    """Items and suppliers on the morning the books start, by the warehouse
    coordinator (the stock itself comes with the first deliveries)."""
    from sekretariat.services.warehouse import items, suppliers

    coordinator = sessions["gudang"]
    clock.freeze(dt.datetime.combine(plan.history_start, dt.time(6, 45))
                 + dt.timedelta(minutes=16))
    for spec in ITEMS:
        items.create_item(coordinator, spec.code, spec.name, spec.base_unit,
                          reorder_level=spec.reorder_level * intensity(plan), units=spec.units)
    for supplier in SUPPLIERS:
        suppliers.create_supplier(coordinator, supplier.name, phone=supplier.phone,
                                  address=supplier.address,
                                  contact_person=supplier.contact_person)
