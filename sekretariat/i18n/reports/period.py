"""Texts of a report's period: its label and what a period may not be."""

MESSAGES: dict[str, tuple[str, str]] = {
    "report.period.year": ("Tahun {year}", "Year {year}"),
    "report.period.span": ("{start} – {end}", "{start} – {end}"),
    "report.period_number": ("'{text}' bukan bilangan bulat.", "'{text}' is not a whole number."),
    "report.period_range": ("'{text}' di luar rentang {low}–{high}.",
                            "'{text}' is outside {low}–{high}."),
    "report.period_future": ("Periode itu belum dimulai: laporan hanya untuk hari yang sudah "
                             "lewat.",
                             "That period has not started yet: reports cover days gone by."),
    "report.period_reversed": ("Tanggal akhir sebelum tanggal awal.",
                               "The end date is before the start date."),
    "report.no_data": ("Tidak ada pembukuan dalam {period}.", "Nothing was posted in {period}."),
    "report.provisional": ("SEMENTARA — hari-hari dalam periode ini belum semuanya ditutup",
                           "PROVISIONAL — not every day of this period has been closed"),
}
