"""Texts of the Laporan screens: choosing a report and its period, building
it (progress, where the file went, replacing a file), the financial
statements on screen, and the palette's report commands."""

MESSAGES: dict[str, tuple[str, str]] = {
    "tui.section.reports": ("Laporan", "Reports"),
    "tui.section.reports.help": ("Buku besar Excel, laporan keuangan SAK EMKM, laporan tahunan "
                                 "dan bulanan (PDF)",
                                 "Excel ledgers, SAK EMKM statements, annual and monthly "
                                 "reports (PDF)"),
    # the screen
    "tui.reports.title": ("Laporan", "Reports"),
    "tui.reports.choose": ("Pilih laporan", "Choose the report"),
    "tui.reports.kind.ledgers": ("Buku besar (Excel)", "Ledgers (Excel)"),
    "tui.reports.kind.ledgers.help": ("Jurnal, buku besar, kas, piutang, parkir, stok, "
                                      "pembelian bersama, neraca saldo",
                                      "Journal, ledger, cash, receivables, parking, stock, "
                                      "bulk purchases, trial balance"),
    "tui.reports.kind.annual": ("Laporan tahunan (PDF)", "Annual report (PDF)"),
    "tui.reports.kind.annual.help": ("Untuk pemilik aset: indikator, grafik, laporan keuangan, "
                                     "lembar tanda tangan",
                                     "For the asset owner: indicators, charts, statements, "
                                     "signature page"),
    "tui.reports.kind.monthly": ("Laporan bulanan (PDF)", "Monthly report (PDF)"),
    "tui.reports.kind.monthly.help": ("Satu bulan, untuk rapat sekretariat",
                                      "One month, for the secretariat's meetings"),
    "tui.reports.kind.statements": ("Laporan keuangan (layar)", "Financial statements (screen)"),
    "tui.reports.kind.statements.help": ("Posisi keuangan, laba rugi, ringkasan kas dan catatan "
                                         "(SAK EMKM)",
                                         "Financial position, income statement, cash summary "
                                         "and notes (SAK EMKM)"),
    "tui.reports.kind.not_allowed": ("tidak untuk peran Anda", "not for your role"),
    "tui.reports.period_kind": ("Periode", "Period"),
    "tui.reports.period.year": ("Tahun", "Year"),
    "tui.reports.period.month": ("Bulan", "Month"),
    "tui.reports.period.span": ("Rentang tanggal", "Date range"),
    "tui.reports.year": ("Tahun", "Year"),
    "tui.reports.month": ("Bulan", "Month"),
    "tui.reports.from": ("Dari", "From"),
    "tui.reports.to": ("Sampai", "To"),
    "tui.reports.folder": ("Folder tujuan", "Output folder"),
    "tui.reports.build": ("Buat file", "Make the file"),
    "tui.reports.show": ("Tampilkan", "Show"),
    "tui.reports.key.build": ("Buat laporan", "Make report"),
    "tui.reports.key.choose": ("Pilih laporan", "Choose report"),
    "tui.reports.key.period": ("Periode", "Period"),
    "tui.reports.year_needed": ("Isi tahunnya.", "Enter the year."),
    "tui.reports.period_checking": ("{period} · memeriksa…", "{period} · checking…"),
    "tui.reports.period_final": ("{period} · final: semua harinya sudah ditutup",
                                 "{period} · final: all its days are closed"),
    "tui.reports.period_provisional": ("{period} · SEMENTARA: belum semua harinya ditutup",
                                       "{period} · PROVISIONAL: not all its days are closed"),
    "tui.reports.working": ("Membuat {what} · {period}…", "Making {what} · {period}…"),
    "tui.reports.step": ("Membuat {what} · {step}", "Making {what} · {step}"),
    "tui.reports.saved": ("Tersimpan di {path}", "Saved to {path}"),
    "tui.reports.folder_is": ("Folder: {folder}", "Folder: {folder}"),
    "tui.reports.saved_provisional": ("Periode belum ditutup semua: file ditandai SEMENTARA.",
                                      "Not every day is closed: the file is marked "
                                      "PROVISIONAL."),
    "tui.reports.replace_title": ("File sudah ada", "The file exists"),
    "tui.reports.replace_question": ("Ganti file yang ada?\n{path}",
                                     "Replace the existing file?\n{path}"),
    "tui.reports.replace_yes": ("Ganti", "Replace"),
    "tui.reports.kept": ("Tidak ada yang ditulis: file yang ada tetap {path}",
                         "Nothing written: the existing file {path} stays"),
    "tui.reports.busy": ("Laporan itu masih dibuat; tunggu sampai selesai.",
                         "That report is still being made; wait until it is done."),
    "tui.reports.left_running": ("{what} tetap dibuat; pemberitahuan muncul bila selesai.",
                                 "{what} is still being made; you will be told when it is "
                                 "done."),
    "tui.reports.done_title": ("Laporan selesai", "Report done"),
    "tui.reports.failed_title": ("Laporan tidak dibuat", "Report not made"),
    "tui.reports.help": (
        "Pilih laporan (panah atas/bawah) dan periodenya: satu tahun (bawaan: tahun ini), satu "
        "bulan, atau rentang tanggal. Laporan tahunan selalu setahun, laporan bulanan selalu "
        "sebulan. Periode yang harinya belum semua ditutup ditandai sementara sebelum dibuat. "
        "Ctrl+S atau Enter membuat laporan: buku besar dan laporan PDF ditulis ke folder "
        "tujuan (bawaan: exports/ di samping basis data) sambil kemajuannya tampil; layar "
        "tetap bisa dipakai. Setelah selesai layar menyebut di mana file tersimpan. File yang "
        "sudah ada tidak pernah ditimpa diam-diam: Anda ditanya dulu. Laporan keuangan "
        "ditampilkan di layar. Esc kembali; laporan yang sedang dibuat tetap selesai ditulis.",
        "Choose the report (up/down arrows) and its period: a year (default: this year), a "
        "month, or a date range. The annual report is always a year, the monthly report a "
        "month. A period whose days are not all closed is marked provisional before it is "
        "made. Ctrl+S or Enter makes the report: the ledgers and the PDF reports are written "
        "to the output folder (default: exports/ beside the database) while their progress "
        "shows; the screen stays usable. When done the screen says where the file went. An "
        "existing file is never replaced silently: you are asked first. The financial "
        "statements are shown on screen. Esc goes back; a report being made is still "
        "written to the end."),
    # the statements on screen
    "tui.reports.statements.title": ("Laporan keuangan", "Financial statements"),
    "tui.reports.statements.heading": ("{market} · {period}", "{market} · {period}"),
    "tui.reports.col_item": ("Pos", "Item"),
    "tui.reports.col_note": ("Cat.", "Note"),
    "tui.reports.as_of": ("Per {day}", "At {day}"),
    "tui.reports.key.position": ("Posisi", "Position"),
    "tui.reports.key.income": ("Laba rugi", "Income"),
    "tui.reports.key.cash": ("Kas", "Cash"),
    "tui.reports.key.notes": ("Catatan", "Notes"),
    "tui.reports.key.jump": ("Ke bagian", "Go to part"),
    "tui.reports.statements.help": (
        "Laporan keuangan SAK EMKM untuk periode yang dipilih, dari jurnal: Laporan Posisi "
        "Keuangan (dengan kolom tahun sebelumnya bila ada), Laporan Laba Rugi, Ringkasan Kas "
        "dan Catatan atas Laporan Keuangan. Panah dan Page Up/Down menggulir; 1 posisi, 2 laba "
        "rugi, 3 kas, 4 catatan. Esc kembali ke pilihan laporan.",
        "The SAK EMKM financial statements of the chosen period, from the journal: Financial "
        "Position (with the previous year's column where there is one), Income Statement, "
        "Cash Summary and the Notes. Arrows and Page Up/Down scroll; 1 position, 2 income, "
        "3 cash, 4 notes. Esc goes back to the choice of report."),
    # the palette
    "tui.reports.palette.annual": ("Laporan tahunan (PDF)", "Annual report (PDF)"),
    "tui.reports.palette.annual.help": ("Buat laporan tahunan untuk pemilik aset",
                                        "Make the annual report for the asset owner"),
    "tui.reports.palette.monthly": ("Laporan bulanan (PDF)", "Monthly report (PDF)"),
    "tui.reports.palette.monthly.help": ("Buat laporan satu bulan untuk rapat",
                                         "Make one month's report for a meeting"),
    "tui.reports.palette.ledgers": ("Buku besar Excel", "Excel ledgers"),
    "tui.reports.palette.ledgers.help": ("Ekspor jurnal, buku besar dan neraca saldo ke Excel",
                                         "Export the journal, ledgers and trial balance to "
                                         "Excel"),
    "tui.reports.palette.statements": ("Laporan keuangan", "Financial statements"),
    "tui.reports.palette.statements.help": ("Posisi keuangan, laba rugi dan kas di layar",
                                            "Financial position, income and cash on screen"),
}
