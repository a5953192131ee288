"""The demo market as pure data: profile, secretariat accounts, blocks, stalls,
traders and who occupied which stall when. Seeded, deterministic, no database.

The leases demo (``demo/leases.py``) persists this plan into the stall,
trader and lease tables and bills the occupancies, on every scale.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import random
from dataclasses import dataclass, field
from decimal import Decimal

import sekretariat.demo.names as names
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
                       prior_share=0.35, monthly_end_probability=0.006),
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


# --- building it ------------------------------------------------------------

def history_bounds(spec: ScaleSpec, today: dt.date) -> tuple[dt.date, dt.date]:
    """(first day of history, last closed day)."""
    if spec.history_years:
        try:
            start = today.replace(year=today.year - spec.history_years)
        except ValueError:  # 29 February
            start = today.replace(year=today.year - spec.history_years, day=28)
    else:
        start = today - dt.timedelta(days=spec.history_days)
    closed_through = today - dt.timedelta(days=1 + spec.open_days)
    return start, closed_through


def make_plan(scale: str | ScaleSpec, seed: int, today: dt.date) -> MarketPlan:
    spec = SCALES[scale] if isinstance(scale, str) else scale
    rng = random.Random(f"sekretariat-demo:{seed}:plan")
    start, closed_through = history_bounds(spec, today)
    profile = MarketInfo(
        name=spec.market_name,
        address="Jl. Sekojo, Kel. Sekojo, Kec. Kalidoni",
        city="Palembang",
        managing_org="Sekretariat Pengelola Pasar Sekojo (UMKM Mitra Kodam II/Sriwijaya)",
        asset_owner="Kodam II/Sriwijaya c.q. Asisten Logistik Kasdam II/Sriwijaya",
        phone="0711-712345",
    )
    staff = tuple(StaffAccount(u, n, r, title, DEMO_PASSWORD.format(role=r))
                  for u, n, r, title in STAFF)
    blocks, stalls = _blocks_and_stalls(spec, rng)
    occupancies, traders = _occupancies_and_traders(spec, rng, blocks, stalls, start, today)
    zones = _zones(spec)
    if spec.fee_round_per_block:
        collectors = ("Abdullah (Wak Dolah)", "Mat Yasin", "Kgs. Romli", "Udin Pelor")
        rounds = tuple(FeeRound(collectors[i % len(collectors)], (b.code,))
                       for i, b in enumerate(blocks))
    else:
        codes = [b.code for b in blocks]
        half = (len(codes) + 1) // 2
        rounds = (FeeRound("Abdullah (Wak Dolah)", tuple(codes[:half])),
                  FeeRound("Mat Yasin", tuple(codes[half:])))
    honoraria = HONORARIA
    if spec.factor > 1:
        honoraria = HONORARIA + (
            Honorarium(f"Honor staf administrasi dan penagih ({spec.factor * 2} orang)",
                       spec.factor * 2 * 2_200_000),
            Honorarium(f"Honor petugas kebersihan tambahan ({spec.factor * 3} orang)",
                       spec.factor * 3 * 1_800_000, "5-300"),
            Honorarium(f"Honor petugas keamanan tambahan ({spec.factor * 2} orang)",
                       spec.factor * 2 * 2_000_000, "5-400"),
        )
    return MarketPlan(spec.name, seed, today, start, closed_through, spec, profile, staff,
                      blocks, stalls, traders, occupancies, zones, rounds, honoraria)


_DIMENSIONS = {
    "kios": ((("3", "3"), 4), (("3", "4"), 4), (("4", "4"), 2), (("3", "5"), 1)),
    "los": ((("1.5", "1.5"), 2), (("2", "2"), 5), (("2", "2.5"), 2), (("2", "3"), 1)),
    "pelataran": ((("1", "1.5"), 2), (("1.5", "1.5"), 4), (("1.5", "2"), 3), (("2", "2"), 1)),
}
_PER_M2 = {"kios": (40_000, 46_000), "los": (45_000, 55_000), "pelataran": (28_000, 34_000)}
_RATE_RANGE = {"kios": (300_000, 750_000, 25_000), "los": (100_000, 250_000, 10_000),
               "pelataran": (50_000, 100_000, 5_000)}


def _weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs)
    return rng.choices(values, weights)[0]


def _round_to(value: float, step: int) -> int:
    return int(round(value / step)) * step


def _blocks_and_stalls(spec: ScaleSpec, rng: random.Random):
    blocks, stalls = [], []
    for code, theme, count in spec.blocks:
        title, kind, _ = names.BLOCK_THEMES[theme]
        blocks.append(Block(code, f"Blok {code} — {title}", kind, theme))
        width = 2 if count < 100 else 3
        for n in range(1, count + 1):
            w, d = _weighted(rng, _DIMENSIONS[kind])
            width_m, depth_m = Decimal(w), Decimal(d)
            area = width_m * depth_m
            corner = n in (1, count) or (kind != "kios" and n % 10 == 0)
            low, high, step = _RATE_RANGE[kind]
            rate = float(area) * rng.randint(*_PER_M2[kind])
            if corner:
                rate *= 1.1
            rate = min(max(_round_to(rate, step), low), high)
            stalls.append(Stall(f"{code}-{n:0{width}d}", code, kind, width_m, depth_m, area,
                                rate, corner))
    return tuple(blocks), tuple(stalls)


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def rate_on(stall: Stall, day: dt.date, today: dt.date) -> int:
    """The tariff in force on ``day``: today's, less the yearly rises since."""
    years = max(0, today.year - day.year)
    step = _RATE_RANGE[stall.kind][2]
    rate = stall.monthly_rate / ((1 + TARIFF_RISE_PERCENT / 100) ** years)
    return max(_round_to(rate, step), step)


def _deposit(kind: str, rate: int) -> int:
    return _round_to(rate * (2 if kind == "kios" else 1), 10_000) or 10_000


def _months_until_end(rng: random.Random, probability: float) -> int:
    u = 1.0 - rng.random()
    return max(1, math.ceil(math.log(u) / math.log(1 - probability)))


def _occupancies_and_traders(spec, rng, blocks, stalls, start, today):
    founded = start - dt.timedelta(days=365 * (6 if spec.history_years > 1 else 4))
    raw: list[dict] = []       # occupancies before traders are assigned
    for stall in stalls:
        chain: list[dict] = []
        if rng.random() < spec.occupied_share:
            begin = founded + dt.timedelta(days=rng.randint(0, (start - founded).days - 30))
            if rng.random() < spec.prior_share and (begin - founded).days > 400:
                prior_start = founded + dt.timedelta(days=rng.randint(0, (begin - founded).days
                                                                      - 300))
                prior_end = month_end(prior_start + dt.timedelta(days=rng.randint(180, 700)))
                if prior_end < begin - dt.timedelta(days=20):
                    chain.append({"start": prior_start, "end": prior_end})
        else:
            begin = start + dt.timedelta(days=rng.randint(10, 260))
        base = max(begin, start)
        while begin < today:
            months = _months_until_end(rng, spec.monthly_end_probability)
            if begin >= start:
                months = max(months, 3)
            end = month_end(add_months(base.replace(day=1), months - 1))
            if end >= today - dt.timedelta(days=1):
                chain.append({"start": begin, "end": None})
                break
            chain.append({"start": begin, "end": end})
            begin = end + dt.timedelta(days=rng.randint(14, 150))
            base = begin
        for item in chain:
            item["stall"] = stall
            item["forfeit"] = item["end"] is not None and rng.random() < 0.2
        raw.extend(chain)

    # A few traders hold two neighbouring stalls taken on the same day.
    by_stall = {}
    for item in raw:
        by_stall.setdefault(item["stall"].code, []).append(item)
    previous = None
    for stall in stalls:
        first = next((i for i in by_stall.get(stall.code, []) if i["start"] < start
                      and (i["end"] is None or i["end"] >= start)), None)
        if (first and previous and previous["stall"].block == stall.block
                and "with" not in previous and rng.random() < spec.two_stall_share
                and all(other["end"] < previous["start"]
                        for other in by_stall[stall.code] if other["start"] < first["start"])):
            first["start"] = previous["start"]
            first["with"] = previous
        previous = first

    raw.sort(key=lambda i: (i["start"], i["stall"].code))
    traders: list[Trader] = []
    used_names: set[str] = set()
    used_niks: set[str] = set()
    used_phones: set[str] = set()
    theme_of = {b.code: b.theme for b in blocks}
    occupancies = []
    last_end: dict[int, dt.date | None] = {}
    for item in raw:
        stall = item["stall"]
        if "with" in item:
            number = item["with"]["trader"]
        else:
            number = len(traders) + 1
            traders.append(new_trader(rng, number, theme_of[stall.block], item["start"],
                                      used_names, used_niks, used_phones))
        item["trader"] = number
        rate = rate_on(stall, item["start"], today)
        occupancies.append(Occupancy(stall.code, number, item["start"], item["end"], rate,
                                     _deposit(stall.kind, rate), item["forfeit"]))
        previous_end = last_end.get(number, dt.date.min)
        last_end[number] = None if previous_end is None or item["end"] is None else max(
            previous_end, item["end"])
    finished = []
    for trader in traders:
        left = last_end[trader.number]
        status = "aktif"
        if left is not None:
            status = "diblokir" if rng.random() < 0.1 else "nonaktif"
        finished.append(Trader(trader.number, trader.name, trader.gender, trader.nik,
                               trader.phone, trader.address, trader.commodity, trader.joined,
                               left, status))
    occupancies.sort(key=lambda o: (o.stall, o.start))
    return tuple(occupancies), tuple(finished)


def new_trader(rng, number, theme, joined, used_names, used_niks, used_phones) -> Trader:
    gender = "P" if rng.random() < 0.55 else "L"
    for attempt in range(400):
        roll = rng.random()
        if roll < 0.06:
            if rng.random() < 0.5:
                name = f"{rng.choice(names.CHINESE_CLANS)} {rng.choice(names.CHINESE_GIVEN[gender])}"
            else:
                name = (f"{rng.choice(names.CHINESE_INDONESIAN_FIRST[gender])} "
                        f"{rng.choice(names.CHINESE_INDONESIAN_FAMILY)}")
        elif gender == "L":
            name = f"{rng.choice(names.MALE_FIRST)} {rng.choice(names.SECOND_NAMES)}"
            if roll < 0.15:
                name = f"H. {name}"
            elif roll < 0.23:
                name = f"{rng.choice(names.MALE_TITLES)} {name}"
        else:
            second = rng.choice(names.FEMALE_SECOND + names.CLAN_NAMES)
            name = f"{rng.choice(names.FEMALE_FIRST)} {second}"
            if roll < 0.15:
                name = f"Hj. {name}"
            elif roll < 0.23:
                name = f"{rng.choice(names.FEMALE_TITLES)} {name}"
        if name not in used_names:
            break
    used_names.add(name)

    kel, kec, kec_code = rng.choice(names.NEIGHBOURHOODS)
    regency = rng.choice(names.REGENCIES)
    district = kec_code if regency == "1671" else f"{rng.randint(1, 20):02d}"
    while True:
        birth = dt.date(rng.randint(1958, 2002), rng.randint(1, 12), rng.randint(1, 28))
        day = birth.day + (40 if gender == "P" else 0)
        nik = f"{regency}{district}{day:02d}{birth.month:02d}{birth.year % 100:02d}" \
              f"{rng.randint(1, 2999):04d}"
        if nik not in used_niks:
            used_niks.add(nik)
            break
    while True:
        prefix = rng.choice(names.PHONE_PREFIXES)
        digits = rng.choice((7, 8, 8))
        phone = prefix + "".join(str(rng.randint(0, 9)) for _ in range(digits))
        if phone not in used_phones:
            used_phones.add(phone)
            break
    address = (f"{rng.choice(names.STREETS)} No. {rng.randint(1, 180)}, "
               f"RT {rng.randint(1, 45):03d}/RW {rng.randint(1, 12):02d}, Kel. {kel}, "
               f"Kec. {kec}, Palembang")
    commodity = _weighted(rng, names.BLOCK_THEMES[theme][2])
    return Trader(number, name, gender, nik, phone, address, commodity, joined, None, "aktif")


def _zones(spec: ScaleSpec) -> tuple[ParkingZone, ...]:
    f = max(1, spec.factor // 3)
    zones = (
        ParkingZone("P1", "Zona depan (Jl. Sekojo)", ("Rusdi", "Wak Anang", "Deni"),
                    (120 * f, 80 * f, 45 * f), (6 * f, 5 * f, 3 * f)),
        ParkingZone("P2", "Zona samping mushola", ("Jumadi", "Iyan", "Bakri"),
                    (70 * f, 50 * f, 30 * f), (3 * f, 3 * f, 2 * f)),
        ParkingZone("P3", "Zona belakang (Jl. Taqwa)", ("Sarpin", "Ujang", "Mamat"),
                    (60 * f, 45 * f, 25 * f), (8 * f, 6 * f, 4 * f)),
        ParkingZone("P4", "Zona bongkar muat", ("Kohar", "Tarmizi", "Edi"),
                    (30 * f, 20 * f, 15 * f), (10 * f, 8 * f, 5 * f)),
    )
    return zones[:spec.zones]
