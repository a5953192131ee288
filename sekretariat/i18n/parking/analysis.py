"""Texts of the parking area's analysis: income trends and leak signals
(services/parking/trends.py, leaks.py)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "parking.trend_total": ("Total", "Total"),
    "parking.trend_grain_invalid": ("Satuan waktu '{grain}' tidak dikenal (pilih: {allowed}).",
                                    "Unknown period '{grain}' (choose: {allowed})."),
    "parking.trend_by_invalid": ("Rincian '{by}' tidak dikenal (pilih: {allowed}).",
                                 "Unknown breakdown '{by}' (choose: {allowed})."),
    "parking.period_reversed": ("Tanggal akhir tidak boleh sebelum tanggal awal.",
                                "The last day cannot be before the first day."),
    "parking.trend_too_many_days": ("Paling banyak {maximum} hari per hari; pilih per bulan.",
                                    "At most {maximum} days day by day; choose by month."),
    "parking.trend_too_many_years": ("Paling banyak {maximum} tahun.",
                                     "At most {maximum} years."),
    "parking.month_invalid": ("Bulan '{month}' tidak sah (1-12).",
                              "Month '{month}' is not valid (1-12)."),
    "parking.year_invalid": ("Tahun '{year}' tidak sah (2000-2100).",
                             "Year '{year}' is not valid (2000-2100)."),
    "parking.threshold_invalid": (
        "Ambang '{text}' tidak sah: pecahan di atas 0 sampai 1 (misalnya 0.8 atau 80%).",
        "Threshold '{text}' is not valid: a fraction above 0 up to 1 (e.g. 0.8 or 80%)."),
    "parking.min_reports_invalid": (
        "Jumlah laporan minimum '{text}' tidak sah: bilangan bulat 1 sampai {maximum}.",
        "Minimum reports '{text}' is not valid: a whole number from 1 to {maximum}."),
}
