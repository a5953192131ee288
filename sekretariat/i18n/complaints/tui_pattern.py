"""Messages of the complaints' pattern view and the facilities screens
(views/complaints/pattern.py, facilities_screen.py): the year's counts,
the repeated places, the register with its condition, an inspection round."""

MESSAGES = {
    # the complaints list's keys and palette
    "tui.complaints.key.pattern": ("Pola", "Pattern"),
    "tui.complaints.key.facilities": ("Fasilitas", "Facilities"),
    "tui.complaints.palette.pattern": ("Pola pengaduan", "Complaint pattern"),
    "tui.complaints.palette.pattern.help": (
        "Jumlah pengaduan per kategori dan bulan, tempat yang berulang",
        "Complaints by category and month, places that repeat"),
    # the pattern view
    "tui.complaints.pattern.title": ("Pola pengaduan {year}", "Complaint pattern {year}"),
    "tui.complaints.help.pattern": (
        "Pola pengaduan setahun: tempat dengan pengaduan berulang (90 hari terakhir) di atas, "
        "lalu jumlah per kategori dan per bulan serta bagian yang dijawab tepat waktu. "
        "[ dan ] pindah tahun.",
        "A year's complaint pattern: places with repeated complaints (last 90 days) first, "
        "then counts by category and by month and the share answered within standard. "
        "[ and ] move the year."),
    "tui.complaints.key.year_back": ("Tahun lalu", "Previous year"),
    "tui.complaints.key.year_next": ("Tahun depan", "Next year"),
    "tui.complaints.pattern.repeated": (
        "Tempat dengan pengaduan berulang sejak {since}:",
        "Places with repeated complaints since {since}:"),
    "tui.complaints.pattern.no_repeated": (
        "Tidak ada tempat dengan pengaduan berulang sejak {since}.",
        "No place has repeated complaints since {since}."),
    "tui.complaints.pattern.col_place": ("Tempat", "Place"),
    "tui.complaints.pattern.col_category": ("Kategori", "Category"),
    "tui.complaints.pattern.col_count": ("Jumlah", "Count"),
    "tui.complaints.pattern.summary": (
        "{total} pengaduan pada {year}; {within} dari {closed} yang selesai dijawab tepat "
        "waktu ({share}).",
        "{total} complaints in {year}; {within} of {closed} closed answered within "
        "standard ({share})."),
    "tui.complaints.pattern.summary_none_closed": (
        "{total} pengaduan pada {year}; belum ada yang selesai.",
        "{total} complaints in {year}; none closed yet."),
    "tui.complaints.pattern.months": ("Per bulan", "By month"),
    "tui.complaints.pattern.empty": ("Tidak ada pengaduan", "No complaints"),
    # the facilities register
    "tui.complaints.facilities.title": ("Fasilitas pasar", "Market facilities"),
    "tui.complaints.help.facilities": (
        "Daftar fasilitas dengan kondisinya hari ini (rusak berwarna) dan pemeriksaan "
        "terakhirnya. i mencatat satu putaran pemeriksaan.",
        "The facilities with their condition today (damaged in colour) and their last "
        "inspection. i records an inspection round."),
    "tui.complaints.key.inspect": ("Pemeriksaan", "Inspection"),
    "tui.complaints.facilities.col_code": ("Kode", "Code"),
    "tui.complaints.facilities.col_name": ("Nama", "Name"),
    "tui.complaints.facilities.col_kind": ("Jenis", "Kind"),
    "tui.complaints.facilities.col_where": ("Letak", "Where"),
    "tui.complaints.facilities.col_condition": ("Kondisi", "Condition"),
    "tui.complaints.facilities.col_since": ("Sejak", "Since"),
    "tui.complaints.facilities.col_inspected": ("Diperiksa", "Inspected"),
    "tui.complaints.facilities.none": ("Belum ada fasilitas terdaftar.",
                                       "No facility is registered yet."),
    "tui.complaints.facilities.shown": ("{count} fasilitas; {damaged} rusak.",
                                        "{count} facilities; {damaged} damaged."),
    # an inspection round
    "tui.complaints.inspect.title": ("Pemeriksaan fasilitas {day}",
                                     "Facility inspection {day}"),
    "tui.complaints.inspect.explain": (
        "Kondisi tiap fasilitas aktif, terisi kondisinya sekarang. Ctrl+S mencatat.",
        "Each active facility's condition, filled with its current one. Ctrl+S records."),
    "tui.complaints.inspect.submit": ("Catat pemeriksaan", "Record inspection"),
    "tui.complaints.inspect.none": ("Tidak ada fasilitas aktif untuk diperiksa.",
                                    "No active facility to inspect."),
    "tui.complaints.inspect.done": ("Pemeriksaan {number} dicatat ({count} fasilitas).",
                                    "Inspection {number} recorded ({count} facilities)."),
}
