"""The demo market's records as pure data: profile, secretariat accounts,
blocks, stalls, traders, who occupied which stall when, parking zones,
fee rounds, the scales, and the plan that holds them (``MarketPlan``).
``market_plan.make_plan`` draws a plan from a seed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sekretariat.services.core.market import MarketInfo

KINDS = ("kios", "los", "pelataran")


# --- the records ------------------------------------------------------------

@dataclass(frozen=True)
class StaffAccount:
    """A secretariat member with a demo login (one per role)."""

    username: str
    full_name: str
    role: str
    title: str          # their job in the secretariat
    password: str


@dataclass(frozen=True)
class Block:
    code: str            # "A"
    name: str            # "Blok A — Kios Sembako dan Kelontong"
    kind: str            # kios | los | pelataran
    theme: str           # key of names.BLOCK_THEMES


@dataclass(frozen=True)
class Stall:
    code: str            # "A-01"
    block: str           # "A"
    kind: str            # kios | los | pelataran
    width_m: Decimal
    depth_m: Decimal
    area_m2: Decimal     # width × depth, exact
    monthly_rate: int    # today's base tariff, whole rupiah
    corner: bool

    @property
    def area_dm2(self) -> int:
        """The area in whole square decimetres (2.25 m² = 225)."""
        return int(self.area_m2 * 100)


@dataclass(frozen=True)
class Trader:
    number: int          # 1.., in order of joining; stable within a plan
    name: str
    gender: str          # "L" | "P"
    nik: str             # 16 digits, Sumatera Selatan region codes (16xx)
    phone: str           # 08xx…
    address: str
    commodity: str       # key of names.COMMODITIES
    joined: dt.date
    left: dt.date | None  # end of the last occupancy, if none is current
    status: str          # aktif | nonaktif | diblokir


@dataclass(frozen=True)
class Occupancy:
    """A trader renting a stall from ``start`` to ``end`` (inclusive; None =
    still running) at a fixed monthly rate with a security deposit."""

    stall: str
    trader: int
    start: dt.date
    end: dt.date | None
    monthly_rate: int
    deposit: int
    forfeit: bool = False  # ended owing rent: the deposit is set off against it

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ParkingZone:
    code: str
    name: str
    attendants: tuple[str, ...]
    motor_per_shift: tuple[int, int, int]   # mean tickets: pagi, siang, sore
    car_per_shift: tuple[int, int, int]


@dataclass(frozen=True)
class FeeRound:
    """One collector's daily round over some blocks (one deposit a day)."""

    collector: str
    blocks: tuple[str, ...]


@dataclass(frozen=True)
class Honorarium:
    title: str
    monthly: int
    account: str = "5-100"


@dataclass(frozen=True)
class ScaleSpec:
    name: str
    market_name: str
    blocks: tuple[tuple[str, str, int], ...]    # (code, theme, stall count)
    history_years: int = 0                      # whole years of history, or …
    history_days: int = 0                       # … a number of days
    open_days: int = 2                          # days before today left open
    occupied_share: float = 0.93
    monthly_end_probability: float = 0.004
    two_stall_share: float = 0.05
    prior_share: float = 0.1                    # stalls with an earlier, ended occupancy
    zones: int = 2
    fee_round_per_block: bool = False
    factor: int = 1                             # multiplies staff costs, parking volume
    bulk: bool = False                          # write history with the bulk path
    daily_bank_deposit: bool = False


# (code, theme, stalls): about 200 stalls like Pasar Sekojo.
SEKOJO_BLOCKS = (
    ("A", "kios_sembako", 24), ("B", "kios_sandang", 22), ("C", "los_sayur", 40),
    ("D", "los_basah", 36), ("E", "los_bumbu", 32), ("F", "pelataran", 24),
    ("G", "pelataran", 22),
)

# 2,000 stalls in 20 blocks of 100: the biggest market one PC should carry.
_LARGE_THEMES = ("kios_sembako", "kios_sandang", "kios_sembako", "kios_sandang",
                 "kios_sembako", "kios_sandang", "los_sayur", "los_basah", "los_bumbu",
                 "los_sayur", "los_basah", "los_bumbu", "los_sayur", "los_basah", "los_bumbu",
                 "pelataran", "pelataran", "pelataran", "pelataran", "pelataran")
LARGE_BLOCKS = tuple((chr(ord("A") + i), theme, 100) for i, theme in enumerate(_LARGE_THEMES))

SCALES: dict[str, ScaleSpec] = {
    "small": ScaleSpec("small", "Pasar Sekojo", SEKOJO_BLOCKS, history_days=120,
                       prior_share=0.35, monthly_end_probability=0.006, zones=4),
    "medium": ScaleSpec("medium", "Pasar Induk Sekojo", LARGE_BLOCKS, history_years=1,
                        occupied_share=0.92, monthly_end_probability=0.0026,
                        two_stall_share=0.04, prior_share=0.0, zones=4,
                        fee_round_per_block=True, factor=10, bulk=True,
                        daily_bank_deposit=True),
    "large": ScaleSpec("large", "Pasar Induk Sekojo", LARGE_BLOCKS, history_years=10,
                       occupied_share=0.92, monthly_end_probability=0.0026,
                       two_stall_share=0.04, prior_share=0.0, zones=4,
                       fee_round_per_block=True, factor=10, bulk=True,
                       daily_bank_deposit=True),
}

DEMO_PASSWORD = "sekojo-{role}-2026"

STAFF = (
    ("zainal", "H. Zainal Abidin", "ketua", "Ketua Sekretariat"),
    ("rosmala", "Hj. Rosmala Dewi", "bendahara", "Bendahara"),
    ("hendra", "Hendra Saputra", "sekretaris", "Sekretaris"),
    ("rusli", "Rusli Effendi", "parkir", "Koordinator Parkir"),
    ("syamsul", "Kms. Syamsul Bahri", "gudang", "Koordinator Rantai Pasok dan Gudang"),
    ("yuliana", "Nyimas Yuliana", "staf", "Koordinator Pemasaran Digital"),
    ("fauzi", "Kapten Cba Ahmad Fauzi", "pembaca", "Perwira Pengawas Aset, Aslog Kasdam II/Sriwijaya"),
)

#: The eight people of the secretariat and their monthly honoraria (the
#: asset owner's officer is not paid by the market).
HONORARIA = (
    Honorarium("Honor Ketua Sekretariat", 3_500_000),
    Honorarium("Honor Bendahara", 3_000_000),
    Honorarium("Honor Sekretaris", 3_000_000),
    Honorarium("Honor Koordinator Parkir", 2_500_000),
    Honorarium("Honor Koordinator Rantai Pasok dan Gudang", 2_500_000),
    Honorarium("Honor Koordinator Pemasaran Digital", 2_500_000),
    Honorarium("Honor Koordinator Pelatihan", 2_250_000),
    Honorarium("Honor Koordinator Kepastian Hukum", 2_250_000),
    Honorarium("Honor petugas kebersihan (4 orang)", 7_200_000, "5-300"),
    Honorarium("Honor petugas keamanan (3 orang)", 6_000_000, "5-400"),
)

BANK = "Bank Sumsel Babel KCP Kalidoni"
FEES = {  # per stall per day: (kebersihan, keamanan); plus RUBBISH_FEE for every stall
    "kios": (2_000, 2_000), "los": (2_000, 1_000), "pelataran": (1_000, 1_000),
}
RUBBISH_FEE = 500
MOTOR_TICKET, CAR_TICKET, TOILET_FEE = 2_000, 5_000, 2_000
TARIFF_RISE_PERCENT = 8   # yearly, on 1 January


@dataclass(frozen=True)
class MarketPlan:
    scale: str
    seed: int
    today: dt.date
    history_start: dt.date
    closed_through: dt.date
    spec: ScaleSpec
    profile: MarketInfo
    staff: tuple[StaffAccount, ...]
    blocks: tuple[Block, ...]
    stalls: tuple[Stall, ...]
    traders: tuple[Trader, ...]
    occupancies: tuple[Occupancy, ...]
    zones: tuple[ParkingZone, ...]
    fee_rounds: tuple[FeeRound, ...]
    honoraria: tuple[Honorarium, ...] = field(default=HONORARIA)

    @property
    def history_end(self) -> dt.date:
        """The last day with entries (yesterday); today is left to the user."""
        return self.today - dt.timedelta(days=1)

    def history_days(self) -> list[dt.date]:
        count = (self.history_end - self.history_start).days + 1
        return [self.history_start + dt.timedelta(days=i) for i in range(count)]

    def stall(self, code: str) -> Stall:
        return self._stalls()[code]

    def trader(self, number: int) -> Trader:
        return self.traders[number - 1]

    def _stalls(self) -> dict[str, Stall]:
        cache = self.__dict__.get("_stall_index")
        if cache is None:
            cache = {s.code: s for s in self.stalls}
            object.__setattr__(self, "_stall_index", cache)
        return cache
