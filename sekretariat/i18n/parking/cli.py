"""Texts of the parking commands (cli): ``parking report | debts | trend |
leaks | summary``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.parking.panel": ("Parkir", "Parking"),
    "cli.parking.help": (
        "Parkir: laporan shift harian, utang juru parkir, tren pendapatan, tanda kebocoran "
        "dan ringkasan per juru parkir.",
        "Parking: daily shift reports, attendants' debts, income trends, leak signals and "
        "the per-attendant summary."),
    "cli.parking.report_help": (
        "Laporan shift satu hari: kendaraan per jenis, seharusnya, disetor, selisih dan "
        "target, dengan jumlahnya (laporan yang dibatalkan ditandai, tidak dijumlah).",
        "One day's shift reports: vehicles by type, expected, handed over, difference and "
        "target, with totals (voided reports are marked and not added up)."),
    "cli.parking.debts_help": (
        "Utang juru parkir yang belum lunas (piutang 1-210), terbesar dulu, dengan jumlahnya.",
        "Attendants' outstanding debts (receivable 1-210), largest first, with the total."),
    "cli.parking.trend_help": (
        "Tren pendapatan parkir: setahun per bulan, atau sebulan per hari (--month); total, "
        "per zona atau per jenis kendaraan.",
        "Parking income trend: a year by month, or a month by day (--month); in total, per "
        "zone or per vehicle type."),
    "cli.parking.leaks_help": (
        "Tanda kebocoran: per juru parkir seharusnya vs disetor, utang, dan tanda bila "
        "hitungannya jauh di bawah juru parkir lain pada zona, hari dan shift yang sama.",
        "Leak signals: per attendant expected vs handed over, the debt, and a flag when their "
        "counts stay well below the others' on the same zone, weekday and shift."),
    "cli.parking.summary_help": (
        "Ringkasan setahun per juru parkir: laporan, kendaraan, seharusnya, disetor, kurang, "
        "lebih, target dan utang.",
        "A year's summary per attendant: reports, vehicles, expected, handed over, shortfall, "
        "excess, target and debt."),
    "cli.parking.arg_day": ("Tanggal laporan, misalnya 23/11/2026.",
                            "The reports' date, e.g. 23/11/2026."),
    "cli.parking.opt_all": ("Tampilkan juga juru parkir tanpa utang.",
                            "Show the attendants without a debt too."),
    "cli.parking.opt_year": ("Tahun, misalnya 2026.", "The year, e.g. 2026."),
    "cli.parking.opt_month": ("Bulan 1-12: sebulan per hari.", "Month 1-12: a month by day."),
    "cli.parking.opt_by": ("Rincian: total, zone (zona) atau type (jenis kendaraan).",
                           "Breakdown: total, zone or type (vehicle type)."),
    "cli.parking.opt_from": ("Hari pertama (bawaan: 90 hari sampai hari ini).",
                             "First day (default: the 90 days up to today)."),
    "cli.parking.opt_to": ("Hari terakhir (bawaan: hari ini).", "Last day (default: today)."),
    "cli.parking.metavar_year": ("TAHUN", "YEAR"),
    "cli.parking.metavar_month": ("BULAN", "MONTH"),
    "cli.parking.report_title": ("Laporan shift parkir {day}", "Parking shift reports {day}"),
    "cli.parking.report_none": ("Tidak ada laporan shift pada {day}.",
                                "There are no shift reports on {day}."),
    "cli.parking.void_mark": ("batal", "void"),
    "cli.parking.debts_title": ("Utang juru parkir", "Attendants' debts"),
    "cli.parking.debts_none": ("Tidak ada utang juru parkir.", "No attendant owes anything."),
    "cli.parking.trend_title_year": ("Pendapatan parkir {year} per bulan",
                                     "Parking income {year} by month"),
    "cli.parking.trend_title_month": ("Pendapatan parkir {month} per hari",
                                      "Parking income {month} by day"),
    "cli.parking.leaks_title": ("Tanda kebocoran parkir {first} – {last} (ditandai di bawah "
                                "{threshold} % dari yang lain)",
                                "Parking leak signals {first} – {last} (flagged below "
                                "{threshold} % of the others)"),
    "cli.parking.leaks_none": ("Tidak ada laporan shift dalam periode ini.",
                               "There are no shift reports in this period."),
    "cli.parking.leaks_slots": ("{name}: rincian per zona, hari dan shift",
                                "{name}: figures per zone, weekday and shift"),
    "cli.parking.flag": ("DITANDAI", "FLAGGED"),
    "cli.parking.summary_title": ("Ringkasan juru parkir {year}", "Attendants' summary {year}"),
    "cli.parking.summary_none": ("Tidak ada laporan shift pada {year}.",
                                 "There are no shift reports in {year}."),
    "cli.parking.weekdays": ("Senin,Selasa,Rabu,Kamis,Jumat,Sabtu,Minggu",
                             "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday"),
    "cli.parking.total": ("Jumlah", "Total"),
    "cli.parking.col_number": ("Nomor", "Number"),
    "cli.parking.col_zone": ("Zona", "Zone"),
    "cli.parking.col_shift": ("Shift", "Shift"),
    "cli.parking.col_attendant": ("Juru parkir", "Attendant"),
    "cli.parking.col_expected": ("Seharusnya", "Expected"),
    "cli.parking.col_handed": ("Disetor", "Handed over"),
    "cli.parking.col_difference": ("Selisih", "Difference"),
    "cli.parking.col_target": ("Target", "Target"),
    "cli.parking.col_debt": ("Utang", "Debt"),
    "cli.parking.col_period": ("Periode", "Period"),
    "cli.parking.col_income": ("Pendapatan", "Income"),
    "cli.parking.col_vehicles": ("Kendaraan", "Vehicles"),
    "cli.parking.col_reports": ("Laporan", "Reports"),
    "cli.parking.col_shortfall": ("Kurang setor", "Shortfall"),
    "cli.parking.col_excess": ("Lebih setor", "Excess"),
    "cli.parking.col_ratio": ("Rasio", "Ratio"),
    "cli.parking.col_flag": ("Tanda", "Flag"),
    "cli.parking.col_weekday": ("Hari", "Weekday"),
    "cli.parking.col_own": ("Sendiri (laporan / rata-rata)", "Own (reports / mean)"),
    "cli.parking.col_others": ("Lainnya (laporan / rata-rata)", "Others (reports / mean)"),
}
