"""The demo market's facilities and the complaints people bring, as pure
data: what a Sekojo-like market built after 2022 (toilets, the mushola, PDAM
water, electricity, drainage, parking lots, the security post, rubbish
points) and the kinds of complaint a secretariat hears, with how each is
usually answered (``demo/complaints_step.py`` draws from them).
"""

from __future__ import annotations

from dataclasses import dataclass

from sekretariat.demo.market_records import MarketPlan


@dataclass(frozen=True)
class FacilitySpec:
    code: str
    kind: str
    name: str
    block: str | None = None
    zone: str | None = None
    location: str = ""
    quantity: int = 1
    condition: str = "baik"


def facilities_for(plan: MarketPlan) -> tuple[FacilitySpec, ...]:
    """The facilities of the plan's market: toilets at the first, middle and
    last block, drainage along every wet or open-stall (los) block, a
    parking lot and a security post per zone, and the market-wide ones."""
    blocks = [b.code for b in plan.blocks]
    toilets = sorted({blocks[0], blocks[len(blocks) // 2], blocks[-1]}, key=blocks.index)
    out = [FacilitySpec(f"toilet-{b.lower()}", "toilet", f"Toilet umum dan kamar mandi Blok {b}",
                        block=b, quantity=4,
                        condition="rusak_ringan" if b == toilets[-1] else "baik")
           for b in toilets]
    out.append(FacilitySpec("mushola", "mushola", "Mushola Al-Ikhlas",
                            location="Sisi timur pasar, dekat zona parkir samping"))
    out.append(FacilitySpec("pdam", "air", "Sambungan PDAM Tirta Musi",
                            location="Meteran induk di belakang kantor sekretariat"))
    out.append(FacilitySpec("tandon", "air", "Tandon air 2.000 liter",
                            location="Atap kantor sekretariat", quantity=2))
    out.append(FacilitySpec("listrik", "listrik", "Panel listrik PLN",
                            location="Gardu di belakang kantor sekretariat"))
    out.append(FacilitySpec("lampu", "listrik", "Lampu penerangan los dan lorong",
                            location="Seluruh blok", quantity=6 * len(blocks)))
    out.extend(FacilitySpec(f"drainase-{b.code.lower()}", "drainase",
                            f"Saluran drainase Blok {b.code}", block=b.code)
               for b in plan.blocks if b.kind == "los")
    out.append(FacilitySpec("jalan", "jalan", "Jalan lingkungan dan lorong utama",
                            location="Dari gerbang Jl. Sekojo sampai Blok " + blocks[-1],
                            condition="rusak_ringan"))
    for zone in plan.zones:
        out.append(FacilitySpec(f"parkir-{zone.code.lower()}", "parkir",
                                f"Lahan parkir {zone.name[:1].lower()}{zone.name[1:]}", zone=zone.code))
    out.append(FacilitySpec("pos-depan", "keamanan", "Pos keamanan gerbang depan",
                            zone=plan.zones[0].code))
    out.append(FacilitySpec("tps", "sampah", "Tempat pembuangan sampah sementara (TPS)",
                            location=f"Belakang Blok {blocks[-1]}"))
    out.append(FacilitySpec("tong", "sampah", "Tong sampah terpilah", location="Setiap lorong",
                            quantity=2 * len(blocks), condition="rusak_ringan"))
    out.append(FacilitySpec("apar", "lainnya", "Alat pemadam api ringan (APAR)",
                            location="Setiap blok", quantity=len(blocks)))
    return tuple(out)


def classification_for(plan: MarketPlan) -> tuple[str, str]:
    """(Permendag 37/2017 type, SNI 8152:2015 type): about 200 traders
    trading every day is type C and type IV; a market of 2,000 is B and II."""
    return ("C", "IV") if len(plan.stalls) < 400 else ("B", "II")


@dataclass(frozen=True)
class Kind:
    """A kind of complaint: its category, the place it is about ('stall',
    'block', 'zone', 'market' or 'facility:<kind>'), who usually brings it,
    the words, how it is answered, the reason if it is turned down, and how
    often it comes (weight) and is turned down (reject share)."""

    category: str
    place: str
    who: str
    description: str
    resolution: str
    reason: str = ""
    weight: int = 10
    reject_share: float = 0.0


KINDS: tuple[Kind, ...] = (
    Kind("fasilitas", "facility:toilet", "pengunjung",
         "Air di {place} tidak mengalir, bak kosong sejak pagi",
         "Pompa air diperbaiki petugas, bak terisi kembali", weight=8),
    Kind("fasilitas", "facility:listrik", "pedagang",
         "Listrik padam: {place} bermasalah, lorong gelap selepas magrib",
         "Sekring diganti, lampu yang putus diganti dan kabel dirapikan", weight=10),
    Kind("fasilitas", "facility:air", "pedagang",
         "Tekanan air dari {place} sangat kecil pada pagi hari",
         "Katup meteran dibersihkan; PDAM memeriksa tekanan jaringan",
         "Gangguan jaringan PDAM di luar kewenangan pengelola; diteruskan ke PDAM Tirta Musi",
         weight=6, reject_share=0.25),
    Kind("fasilitas", "stall", "pedagang",
         "Atap {place} bocor saat hujan deras, barang dagangan basah",
         "Seng atap diganti dan talang dipasang ulang", weight=9),
    Kind("kebersihan", "facility:sampah", "pedagang",
         "Sampah di {place} menumpuk dua hari belum diangkut",
         "Sampah diangkut truk DLH; jadwal angkut ditambah pada hari pasar ramai", weight=6),
    Kind("kebersihan", "block", "pengunjung",
         "Lorong {place} becek dan licin, banyak sisa sayur",
         "Lorong disiram dan disapu; pedagang diingatkan membuang sisa ke tong", weight=8),
    Kind("keamanan", "stall", "pedagang",
         "Barang dagangan di {place} hilang pada malam hari",
         "Ronda malam ditambah satu orang; pedagang diminta mengunci terpal",
         "Kejadian di luar jam pasar dan sudah dilaporkan ke Polsek; bukan kewenangan pengelola",
         weight=5, reject_share=0.2),
    Kind("keamanan", "facility:keamanan", "pengunjung",
         "{place} kosong saat subuh, tidak ada petugas",
         "Jadwal jaga subuh diperbaiki dan diawasi koordinator", weight=4),
    Kind("parkir", "zone", "pengunjung",
         "Juru parkir di {place} menarik lebih dari tarif karcis",
         "Juru parkir ditegur dan wajib memberi karcis; tarif dipasang di papan", weight=9),
    Kind("parkir", "zone", "pedagang",
         "Kendaraan parkir sembarangan di {place} menghalangi jalan bongkar muat",
         "Garis parkir dicat ulang dan juru parkir mengatur kendaraan", weight=6),
    Kind("retribusi", "stall", "pedagang",
         "Iuran kebersihan untuk {place} ditagih dua kali dalam sehari",
         "Dicek di buku penagih: tagihan kedua dibatalkan dan dijelaskan kepada pedagang",
         "Setelah dicek, penagihan hanya sekali; yang kedua iuran keamanan", weight=6,
         reject_share=0.3),
    Kind("retribusi", "stall", "pedagang",
         "Minta rincian tagihan sewa {place} karena jumlahnya berbeda dari bulan lalu",
         "Rincian dicetak dan dijelaskan: tarif naik sesuai ketentuan 1 Januari", weight=4),
    Kind("kenyamanan", "block", "pengunjung",
         "Pedagang di {place} memakai badan jalan sehingga lorong sempit",
         "Pedagang diminta mundur ke batas lapak; dipantau tiga hari", weight=6),
    Kind("kenyamanan", "market", "pengunjung",
         "Pengeras suara pedagang kaset terlalu keras sepanjang hari",
         "Pedagang diminta mengecilkan suara; disepakati batas jam", weight=3),
    Kind("lainnya", "facility:mushola", "pedagang",
         "Usul mukena dan sajadah di {place} diganti, sudah lusuh",
         "Mukena dan sajadah baru dibeli dari kas infak", weight=2),
    Kind("lainnya", "market", "lainnya",
         "Menanyakan cara mendaftar sebagai pedagang baru",
         "Dijelaskan syarat dan diberi formulir pendaftaran",
         "Bukan pengaduan; sudah dijawab sebagai pertanyaan", weight=3, reject_share=0.5),
)

#: The recurring problem of the demo: drains at one wet block, again and again.
RECURRING = Kind("kebersihan", "block", "pedagang",
                 "Saluran air di {place} tersumbat, air menggenang di lorong",
                 "Saluran dibersihkan petugas kebersihan; tersumbat sisa sayur dan plastik")
RECURRING_FACILITY = Kind("fasilitas", "facility:drainase", "pedagang",
                          "{place} dangkal dan retak, air selalu meluap bila hujan",
                          "Saluran dikeruk dan dicor ulang")
STUCK_TOILET = Kind("fasilitas", "facility:toilet", "pengunjung",
                    "{place} rusak: pintu lepas dan kloset tersumbat",
                    "Toilet diperbaiki")
STUCK_LEASE = Kind("retribusi", "stall", "pedagang",
                   "Pembayaran sewa {place} lewat transfer belum tercatat",
                   "Transfer dicocokkan dengan rekening koran")
STUCK_PARKING = Kind("parkir", "zone", "pedagang",
                     "Portal parkir di {place} macet, antrean sampai ke jalan",
                     "Portal diperbaiki")

VISITORS = ("Ibu Sari", "Pak Darmawan", "Bu Eni", "Pak Heru", "Mbak Lilis", "Pak Taufik",
            "Bu Ratna", "Pak Amir", "", "")
OTHERS = ("Ketua RT 12 Sekojo", "Lurah Sekojo", "Pengurus masjid", "")
PARKING_PEOPLE = ("Rusdi", "Jumadi", "Sarpin", "Kohar")

#: The market's response standards (days to acknowledge, days to resolve)
#: where they differ from the default 1 and 7: repairs take longer, rubbish,
#: security and parking must not wait.
STANDARDS = {"fasilitas": (1, 14), "kebersihan": (1, 3), "keamanan": (1, 3), "parkir": (1, 3)}
