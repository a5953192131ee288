"""Texts of the parking trends (with the chart) and leak-signal screens."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- trends ---------------------------------------------------------------
    "tui.parking_charts.trends.title": ("Grafik Parkir", "Parking Trends"),
    "tui.parking_charts.trends.heading": (
        "Pendapatan parkir · {period} · {grain} · {by}",
        "Parking income · {period} · {grain} · {by}"),
    "tui.parking_charts.grain.day": ("per hari", "per day"),
    "tui.parking_charts.grain.month": ("per bulan", "per month"),
    "tui.parking_charts.grain.year": ("per tahun", "per year"),
    "tui.parking_charts.by.total": ("total", "total"),
    "tui.parking_charts.by.zone": ("per zona", "per zone"),
    "tui.parking_charts.by.type": ("per jenis kendaraan", "per vehicle type"),
    "tui.parking_charts.years": ("{first}–{last}", "{first}–{last}"),
    "tui.parking_charts.key.day": ("Harian", "Daily"),
    "tui.parking_charts.key.month": ("Bulanan", "Monthly"),
    "tui.parking_charts.key.year": ("Tahunan", "Yearly"),
    "tui.parking_charts.key.period_group": ("Periode", "Period"),
    "tui.parking_charts.key.grain_group": ("Skala", "Scale"),
    "tui.parking_charts.key.previous": ("Sebelumnya", "Previous"),
    "tui.parking_charts.key.next": ("Berikutnya", "Next"),
    "tui.parking_charts.key.breakdown": ("Rincian", "Breakdown"),
    "tui.parking_charts.key.series": ("Seri grafik", "Chart series"),
    "tui.parking_charts.col_period": ("Periode", "Period"),
    "tui.parking_charts.col_vehicles": ("Kendaraan", "Vehicles"),
    "tui.parking_charts.col_income": ("Pendapatan", "Income"),
    "tui.parking_charts.col_handed_over": ("Disetor", "Handed over"),
    "tui.parking_charts.col_target": ("Target", "Target"),
    "tui.parking_charts.col_total": ("Jumlah", "Total"),
    "tui.parking_charts.total_row": ("Jumlah", "Total"),
    "tui.parking_charts.trends.summary": (
        "Jumlah {income} · {vehicles} kendaraan · grafik: {series}",
        "Total {income} · {vehicles} vehicles · chart: {series}"),
    "tui.parking_charts.all_series": ("semua", "all"),
    "tui.parking_charts.trends.empty": (
        "Belum ada laporan shift pada periode ini",
        "No shift reports in this period yet"),
    "tui.parking_charts.help.trends": (
        "Grafik pendapatan parkir: jumlah 'seharusnya' dari laporan shift yang tidak "
        "dibatalkan, per hari dalam sebulan (d), per bulan dalam setahun (m) atau per tahun "
        "selama sepuluh tahun (y). [ dan ] pindah ke periode sebelumnya atau berikutnya. "
        "b mengganti rincian: total, per zona, per jenis kendaraan; dengan rincian, s memilih "
        "seri yang digambar (semua atau satu zona/jenis). Tabel di bawah grafik memuat angka "
        "yang sama dengan jumlahnya; batang di kursor tabel disorot. F5 memuat ulang.",
        "Parking income chart: the 'expected' amount of the shift reports not voided, per "
        "day of a month (d), per month of a year (m) or per year over ten years (y). [ and ] "
        "move to the previous or next period. b switches the breakdown: total, per zone, per "
        "vehicle type; with a breakdown, s picks the series drawn (all, or one zone/type). The "
        "table under the chart holds the same figures with their totals; the bar of the table "
        "row under the cursor is highlighted. F5 reloads."),
    # --- leaks ----------------------------------------------------------------
    "tui.parking_charts.leaks.title": ("Sinyal Kebocoran Parkir", "Parking Leak Signals"),
    "tui.parking_charts.leaks.from": ("Dari", "From"),
    "tui.parking_charts.leaks.to": ("Sampai", "To"),
    "tui.parking_charts.leaks.apply": ("Tampilkan", "Show"),
    "tui.parking_charts.leaks.heading": (
        "{first} s.d. {last} · ditandai bila jumlah kendaraan di bawah {threshold} rekan "
        "pada zona, hari dan shift yang sama",
        "{first} to {last} · flagged when vehicle counts stay below {threshold} of the others "
        "on the same zone, weekday and shift"),
    "tui.parking_charts.leaks.summary": (
        "{count} petugas, {flagged} ditandai", "{count} attendants, {flagged} flagged"),
    "tui.parking_charts.leaks.empty": (
        "Tidak ada laporan shift pada periode ini",
        "No shift reports in this period"),
    "tui.parking_charts.col_attendant": ("Petugas", "Attendant"),
    "tui.parking_charts.col_expected": ("Seharusnya", "Expected"),
    "tui.parking_charts.col_shortfall": ("Kurang setor", "Shortfall"),
    "tui.parking_charts.col_debt": ("Utang", "Debt"),
    "tui.parking_charts.col_ratio": ("Rasio", "Ratio"),
    "tui.parking_charts.col_flag": ("Tanda", "Flag"),
    "tui.parking_charts.flag": ("⚠ rendah", "⚠ low"),
    "tui.parking_charts.key.detail": ("Rincian", "Details"),
    "tui.parking_charts.key.account": ("Akun petugas", "Attendant account"),
    "tui.parking_charts.key.period": ("Periode", "Period"),
    "tui.parking_charts.period_reversed": (
        "Tanggal akhir tidak boleh sebelum tanggal awal",
        "The end date cannot be before the start date"),
    "tui.parking_charts.help.leaks": (
        "Sinyal kebocoran per petugas: seharusnya (jumlah kendaraan × tarif) lawan yang "
        "disetor, kurang setor, dan utang yang masih terbuka. Petugas ditandai bila jumlah "
        "kendaraannya pada zona, hari dan shift yang sama tetap jauh di bawah rekan-rekannya "
        "(rasio tertimbang di bawah ambang; shift yang tidak penuh disetarakan). Yang ditandai "
        "di atas, rasio terendah dulu. Enter menampilkan angka di balik tanda per zona, hari "
        "dan shift; a membuka akun petugas (utang, pembayaran). d mengubah periode (bawaan: "
        "90 hari terakhir). F5 memuat ulang.",
        "Leak signals per attendant: expected (vehicles × tariff) against handed over and the "
        "deposit target (per shift, prorated for a shorter shift), the shortfall, and the debt "
        "still open. An attendant is flagged when their vehicle counts "
        "on the same zone, weekday and shift stay well below the others' (weighted ratio under "
        "the threshold; shorter shifts scaled to a full one). Flagged first, lowest ratio "
        "first. Enter shows the figures behind the flag per zone, weekday and shift; a opens "
        "the attendant's account (debts, payments). d changes the period (default: the last "
        "90 days). F5 reloads."),
    "tui.parking_charts.detail.title": (
        "{name} · rasio {ratio} · {first} s.d. {last}",
        "{name} · ratio {ratio} · {first} to {last}"),
    "tui.parking_charts.detail.figures": (
        "Seharusnya {expected} · disetor {handed_over} · kurang setor {shortfall} · "
        "utang {debt}",
        "Expected {expected} · handed over {handed_over} · shortfall {shortfall} · "
        "debt {debt}"),
    "tui.parking_charts.detail.none": (
        "Belum ada shift yang bisa dibandingkan (perlu cukup laporan petugas ini dan rekannya "
        "pada zona, hari dan shift yang sama).",
        "No shift could be compared yet (it takes enough reports of this attendant and of "
        "others on the same zone, weekday and shift)."),
    "tui.parking_charts.col_zone": ("Zona", "Zone"),
    "tui.parking_charts.col_weekday": ("Hari", "Weekday"),
    "tui.parking_charts.col_shift": ("Shift", "Shift"),
    "tui.parking_charts.col_own": ("Rata² sendiri", "Own mean"),
    "tui.parking_charts.col_others": ("Rata² rekan", "Others' mean"),
    "tui.parking_charts.mean": ("{mean} ({reports} lap.)", "{mean} ({reports} rep.)"),
    "tui.parking_charts.close": ("Tutup", "Close"),
    "tui.parking_charts.help.detail": (
        "Angka di balik tanda: per zona, hari dan shift, rata-rata kendaraan per laporan "
        "petugas ini lawan rata-rata rekan-rekannya (dengan jumlah laporan masing-masing) dan "
        "rasionya; yang terendah di atas. a membuka akun petugas; Esc kembali.",
        "The figures behind the flag: per zone, weekday and shift, this attendant's mean "
        "vehicles per report against the others' mean (with each side's number of reports) "
        "and the ratio; the lowest first. a opens the attendant's account; Esc goes back."),
}
