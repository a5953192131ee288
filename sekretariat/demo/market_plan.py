"""Drawing the demo market (``make_plan``): profile, secretariat accounts,
blocks, stalls, traders and who occupied which stall when, from a seed.
Deterministic, no database; the records themselves are in ``market_records``.

The leases demo (``demo/leases.py``) persists this plan into the stall,
trader and lease tables and bills the occupancies, on every scale.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import random
from decimal import Decimal

import sekretariat.demo.names as names
from sekretariat.demo.market_records import (
    DEMO_PASSWORD, HONORARIA, SCALES, STAFF, TARIFF_RISE_PERCENT, Block, FeeRound, Honorarium,
    MarketPlan, Occupancy, ParkingZone, ScaleSpec, StaffAccount, Stall, Trader,
)
from sekretariat.services.core.market import MarketInfo


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
