"""Word pools for demo data with a Palembang flavour: people's names (with the
city's own titles Kemas, Kiagus, Masagus, Raden, Nyimas, Nyayu, Masayu),
streets and neighbourhoods around Sekojo, commodities by kind of stall.

This is data, not interface text: the market's books are kept in Indonesian
whatever language the interface is in.
"""

from __future__ import annotations

MALE_FIRST = (
    "Ahmad", "Muhammad", "Abdullah", "Abdul Rahman", "Zainal", "Syamsul", "Rusli", "Yusuf",
    "Hasan", "Husin", "Ismail", "Idris", "Hamid", "Rasyid", "Syarifuddin", "Kholid", "Fauzi",
    "Hendra", "Rudi", "Iwan", "Joko", "Agus", "Budi", "Dedi", "Ferry", "Andi", "Komarudin",
    "Nurdin", "Salim", "Umar", "Usman", "Amir", "Bakri", "Darwis", "Efendi", "Fahmi",
    "Gunawan", "Harun", "Irwan", "Jamil", "Kurniawan", "Lukman", "Mansyur", "Nawawi",
    "Rahmat", "Ridwan", "Sofyan", "Taufik", "Wahyu", "Yudi", "Zulkifli", "Anwar", "Arifin",
    "Firdaus", "Heri", "Indra", "Junaidi", "Marzuki", "Riki", "Sulaiman", "Toni", "Yahya",
    "Romli", "Alamsyah", "Asnawi", "Kohar", "Mukhtar", "Hasbi", "Jainuddin", "Cik Mat",
)

FEMALE_FIRST = (
    "Siti Aminah", "Nurhayati", "Yuliana", "Rosmala", "Maimunah", "Aisyah", "Fatimah",
    "Kartini", "Dewi", "Sri Wahyuni", "Ratna", "Herlina", "Emilia", "Rohana", "Zubaidah",
    "Halimah", "Khadijah", "Salmah", "Marlina", "Yusnani", "Erni", "Farida", "Mardiana",
    "Nurlela", "Rahmawati", "Sumarni", "Yanti", "Lina", "Wati", "Komariah", "Cek Ani",
    "Masitoh", "Rusmiati", "Hartini", "Juwairiyah", "Nurjanah", "Suryani", "Elly", "Yeni",
    "Asmawati", "Rosidah", "Mega", "Desi", "Ayu", "Zahara", "Nilawati", "Puspita",
)

#: Second names and family names common among Palembang traders (local,
#: Malay, Javanese, Minang and Batak families all trade at the city's markets).
SECOND_NAMES = (
    "Saputra", "Hidayat", "Ramadhan", "Pratama", "Syahputra", "Effendi", "Alamsyah",
    "Asnawi", "Kohar", "Hasibuan", "Siregar", "Nasution", "Harahap", "Tanjung", "Chaniago",
    "Sikumbang", "Piliang", "Koto", "Susanto", "Wibowo", "Setiawan", "Prasetyo", "Santoso",
    "Gani", "Halim", "Bahri", "Arsyad", "Zakaria", "Rozak", "Azhari", "Fikri", "Mahmud",
    "Yunus", "Sanusi", "Thalib", "Madjid", "Rachman", "Hamzah", "Syukur", "Rasyidin",
)

FEMALE_SECOND = (
    "Wati", "Yanti", "Sari", "Ningsih", "Rahayu", "Lestari", "Handayani", "Wulandari",
    "Susanti", "Fitriani", "Hasanah", "Marlini", "Rosita", "Zainab", "Aryani", "Apriani",
)

#: Chinese-Indonesian names (Palembang's old trading families): a clan name
#: and a given name, or an Indonesian given name and family name.
CHINESE_CLANS = ("Tan", "Lim", "Lie", "Oei", "Tjia", "Ong", "Goh", "Kwee", "Liem", "The")
CHINESE_GIVEN = {
    "L": ("Ah Seng", "Hok Seng", "Bun Hok", "Kim Liong", "Tjoen Hin", "Ah Kiong", "Sioe Tjong"),
    "P": ("Kim Hwa", "Siu Ling", "Mei Hua", "Lan Fang", "Sui Lan", "Giok Nio", "Lie Hoa"),
}
CHINESE_INDONESIAN_FIRST = {
    "L": ("Hendrik", "Budiman", "Sutrisno", "Hartono", "Rudy", "Willy", "Johan", "Ameng",
          "Acai", "Ko Ahong"),
    "P": ("Susanti", "Yenny", "Liana", "Lily", "Meiliana", "Fenny", "Vivi", "Linda", "Cik Sui"),
}
CHINESE_INDONESIAN_FAMILY = ("Tanoto", "Wijaya", "Halim", "Salim", "Gunadi", "Santoso",
                             "Sutanto", "Hartanto", "Kurniawan", "Tanuwijaya")

#: Family/clan names carried by men and women alike (Batak, Minang).
CLAN_NAMES = ("Hasibuan", "Siregar", "Nasution", "Harahap", "Lubis", "Tanjung", "Chaniago",
              "Sikumbang", "Piliang", "Koto")

MALE_TITLES = ("Kms.", "Kgs.", "Mgs.", "R.")
FEMALE_TITLES = ("Nyimas", "Nyayu", "Msy.")

STREETS = (
    "Jl. Sekojo", "Jl. Urip Sumoharjo", "Jl. Mayor Zen", "Jl. Residen Abdul Rozak",
    "Jl. Taqwa", "Jl. Lebak Murni", "Jl. R.E. Martadinata", "Jl. Brigjen Hasan Kasim",
    "Jl. Kol. H. Burlian", "Jl. Mayor Salim Batubara", "Jl. Pangeran Ratu", "Jl. Sabar Jaya",
    "Jl. Sei Selincah", "Jl. Ali Gatmir", "Lr. Pendawa", "Lr. Sukadamai", "Lr. Ikhlas",
    "Lr. Anggrek", "Lr. Kenanga", "Lr. Mawar", "Jl. Perindustrian", "Jl. Yayasan",
)

#: (kelurahan, kecamatan, the kecamatan's NIK code in Kota Palembang 1671xx)
NEIGHBOURHOODS = (
    ("Sekojo", "Kalidoni", "10"),
    ("Kalidoni", "Kalidoni", "10"),
    ("Bukit Sangkal", "Kalidoni", "10"),
    ("Sei Selincah", "Kalidoni", "10"),
    ("Sei Lais", "Kalidoni", "10"),
    ("2 Ilir", "Ilir Timur II", "06"),
    ("3 Ilir", "Ilir Timur II", "06"),
    ("Lawang Kidul", "Ilir Timur II", "06"),
    ("Sako", "Sako", "08"),
    ("Sialang", "Sako", "08"),
    ("Duku", "Ilir Timur III", "18"),
    ("8 Ilir", "Ilir Timur III", "18"),
    ("Pipa Reja", "Kemuning", "09"),
    ("20 Ilir D. II", "Kemuning", "09"),
)

#: Regencies of Sumatera Selatan traders come from (NIK region codes 16xx).
REGENCIES = ("1671", "1671", "1671", "1671", "1671", "1607", "1610", "1602", "1603", "1606")

#: Mobile prefixes of Indonesian operators.
PHONE_PREFIXES = (
    "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0814", "0815", "0816",
    "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877", "0878", "0895",
    "0896", "0897", "0898", "0881", "0882",
)

COMMODITIES = {
    "sembako": "Sembako (beras, gula, minyak goreng)",
    "kelontong": "Kelontong dan kebutuhan rumah tangga",
    "pakaian": "Pakaian dan kain",
    "sepatu": "Sepatu dan sandal",
    "emas": "Perhiasan emas",
    "elektronik": "Pulsa, aksesori ponsel dan elektronik",
    "obat": "Obat-obatan dan jamu",
    "perabot": "Perabot dan peralatan dapur",
    "sayur": "Sayur-mayur",
    "buah": "Buah-buahan",
    "ikan": "Ikan segar (patin, gabus, belida)",
    "ikan_asin": "Ikan asin dan ebi",
    "daging": "Daging sapi dan kambing",
    "ayam": "Ayam potong",
    "telur": "Telur ayam dan bebek",
    "bumbu": "Bumbu dapur dan rempah",
    "tahu_tempe": "Tahu dan tempe",
    "pempek": "Pempek, tekwan dan kemplang",
    "kue": "Kue basah dan jajanan pasar",
    "kopi": "Kopi dan minuman",
    "jahit": "Jasa jahit dan permak",
}

#: Commodity mix per kind of block; weights roughly as a market would have them.
BLOCK_THEMES = {
    "kios_sembako": ("Kios Sembako dan Kelontong", "kios",
                     (("sembako", 6), ("kelontong", 4), ("telur", 1), ("obat", 1),
                      ("elektronik", 1), ("kopi", 1))),
    "kios_sandang": ("Kios Sandang dan Kebutuhan Rumah Tangga", "kios",
                     (("pakaian", 6), ("sepatu", 2), ("perabot", 2), ("emas", 1),
                      ("jahit", 1), ("elektronik", 1))),
    "los_sayur": ("Los Sayur dan Buah", "los",
                  (("sayur", 6), ("buah", 3), ("bumbu", 1))),
    "los_basah": ("Los Ikan, Daging dan Ayam", "los",
                  (("ikan", 5), ("ayam", 3), ("daging", 2), ("ikan_asin", 1))),
    "los_bumbu": ("Los Bumbu, Tahu-Tempe dan Pempek", "los",
                  (("bumbu", 4), ("tahu_tempe", 2), ("pempek", 3), ("kue", 2), ("telur", 1))),
    "pelataran": ("Pelataran", "pelataran",
                  (("sayur", 4), ("buah", 3), ("kue", 2), ("ikan_asin", 1), ("kopi", 1),
                   ("pempek", 1))),
}

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")

MAINTENANCE_JOBS = (
    "Perbaikan talang air Blok {block}", "Penambalan jalan cor depan Blok {block}",
    "Ganti lampu penerangan Blok {block}", "Perbaikan pintu toilet umum",
    "Perbaikan saluran air (got) Blok {block}", "Pengecatan ulang papan nama Blok {block}",
    "Perbaikan atap seng Blok {block}", "Servis pompa air sumur bor",
    "Perbaikan instalasi listrik Blok {block}", "Pembersihan gorong-gorong depan pasar",
)

STATIONERY = (
    "Pembelian ATK: kertas kwitansi dan map", "Pembelian ATK: tinta printer dan kertas HVS",
    "Cetak karcis parkir", "Pembelian buku kas dan stempel", "Fotokopi surat perjanjian sewa",
)

SUNDRY = (
    "Konsumsi rapat pengurus bulanan", "Sumbangan kegiatan mushola pasar",
    "Konsumsi gotong royong kebersihan pasar", "Iuran kegiatan RT setempat",
)

#: Who is paid from the drawer, by expense account (the vouchers' payee).
PAYEES = {
    "5-500": ("Toko Bangunan Sinar Kalidoni", "Bengkel Las Pak Usman", "Tukang: Darmawan",
              "CV Karya Teknik Palembang", "Toko Listrik Cahaya Terang"),
    "5-600": ("Toko ATK Sumber Ilmu", "Percetakan Musi Jaya", "Fotokopi Berkah Kalidoni"),
    "5-800": ("Rumah Makan Pindang Meranjat", "Pengurus Mushola Al-Ikhlas Pasar Sekojo",
              "Ketua RT 12 Kelurahan Sekojo", "Warung Kopi Mang Ujang"),
}

#: Why the evening count came out a little off (the close's note).
SHORT_NOTES = ("uang receh kurang", "kembalian toilet kurang dihitung",
               "uang logam terselip di laci, tidak ditemukan",
               "kembalian karcis parkir kelebihan diberikan")
OVER_NOTES = ("kelebihan setoran parkir belum dicatat", "uang kembalian pedagang tertinggal",
              "pembeli karcis tidak mengambil kembalian")
LARGE_SHORT_NOTE = ("setoran parkir shift sore kurang {amount}; petugas berjanji melunasi,"
                    " disetujui ketua")


def rupiah(amount: int) -> str:
    """``Rp1.250.000`` for memos (data text, always Indonesian grouping)."""
    return f"Rp{amount:,}".replace(",", ".")
