"""Texts of the annual and monthly report's data (its indicators, series and
ageing buckets), of making its file, of ``report verify``, and of their
commands. (The PDF's own texts: ``annual_pdf``.)"""

MESSAGES: dict[str, tuple[str, str]] = {
    # what is refused
    "annual.kind_period": ("Laporan '{kind}' tidak cocok dengan periode itu: laporan tahunan "
                           "untuk satu tahun, laporan bulanan untuk satu bulan.",
                           "A '{kind}' report does not fit that period: the annual report "
                           "covers a year, the monthly report a month."),
    # the ageing buckets and the chart series
    "annual.bucket.d0_30": ("1–30 hari", "1–30 days"),
    "annual.bucket.d31_60": ("31–60 hari", "31–60 days"),
    "annual.bucket.d61_90": ("61–90 hari", "61–90 days"),
    "annual.bucket.d90_plus": ("> 90 hari", "> 90 days"),
    "annual.series.expected": ("Seharusnya", "Expected"),
    "annual.series.handed_over": ("Disetor", "Handed over"),
    # the key indicators
    "annual.ind.active_traders": ("Pedagang aktif", "Active traders"),
    "annual.ind.traders_joined": ("Pedagang baru", "Traders joined"),
    "annual.ind.traders_left": ("Pedagang keluar", "Traders left"),
    "annual.ind.occupancy": ("Tingkat hunian lapak", "Stall occupancy"),
    "annual.ind.income_total": ("Jumlah pendapatan", "Total income"),
    "annual.ind.surplus": ("Surplus (defisit)", "Surplus (deficit)"),
    "annual.ind.arrears": ("Tunggakan pedagang", "Traders' arrears"),
    "annual.ind.parking_income": ("Parkir: seharusnya disetor (karcis × tarif)",
                                  "Parking: due (tickets × tariff)"),
    "annual.ind.parking_handed_over": ("Parkir: disetor juru parkir",
                                       "Parking: handed over by attendants"),
    "annual.ind.csi_buyers": ("Indeks kepuasan pembeli", "Buyers' satisfaction index"),
    "annual.ind.csi_parking": ("Indeks kepuasan pengguna parkir",
                               "Parking users' satisfaction index"),
    "annual.ind.turnover_change": ("Perubahan omzet pedagang (median)",
                                   "Traders' turnover change (median)"),
    "annual.ind.traders_income_change": ("Perubahan pendapatan pedagang (median)",
                                         "Traders' income change (median)"),
    "annual.ind.bulk_rounds": ("Putaran pembelian bersama", "Bulk purchase rounds"),
    "annual.ind.bulk_traders": ("Pedagang dilayani pembelian bersama",
                                "Traders served by bulk purchases"),
    "annual.ind.bulk_charges": ("Nilai pembelian bersama", "Bulk purchase volume"),
    "annual.ind.bulk_savings": ("Penghematan pedagang (banding eceran)",
                                "Traders' savings against retail"),
    "annual.ind.stock_value": ("Nilai persediaan akhir", "Closing stock value"),
    "annual.ind.write_offs": ("Barang dihapus", "Stock written off"),
    "annual.ind.remitted": ("Setoran kepada pemilik aset", "Remitted to the asset owner"),
    # the file
    "annual.not_a_folder": ("{path} bukan folder.", "{path} is not a folder."),
    "annual.folder_unwritable": ("Tidak bisa menulis ke folder {path} ({detail}). Pilih folder "
                                 "lain.",
                                 "Cannot write to the folder {path} ({detail}). Choose another "
                                 "folder."),
    "annual.write_failed": ("Gagal menulis {path} ({detail}).",
                            "Could not write {path} ({detail})."),
    "annual.file_exists": ("Berkas {path} sudah ada. Hapus atau pindahkan dulu, pilih folder "
                           "lain, atau minta ditimpa.",
                           "{path} already exists. Move or delete it, choose another folder, "
                           "or ask for it to be replaced."),
    "annual.file_open": ("Berkas {path} tidak bisa diganti: mungkin sedang dibuka program lain. "
                         "Tutup dulu, lalu ulangi.",
                         "{path} cannot be replaced: another program may have it open. Close "
                         "it, then try again."),
    "annual.progress.gather": ("Membaca pembukuan", "Reading the books"),
    "annual.progress.write": ("Menyusun PDF", "Laying out the PDF"),
    "annual.progress.done": ("Selesai", "Done"),
    # report verify
    "annual.verify_not_file": ("{path} bukan berkas yang ada.", "{path} is not an existing file."),
    "annual.verify_not_pdf": ("{path} bukan berkas PDF yang bisa dibaca.",
                              "{path} is not a readable PDF file."),
    "annual.verify_no_metadata": ("{path} tidak membawa sidik laporan Sekretariat (bukan laporan "
                                  "tahunan/bulanan yang dibuat program ini).",
                                  "{path} carries no Sekretariat report fingerprint (it is not an "
                                  "annual or monthly report made by this program)."),
    # the commands
    "cli.report.annual_help": ("Buat laporan tahunan (PDF) kepada pemilik aset.",
                               "Make the annual report (PDF) to the asset owner."),
    "cli.report.monthly_help": ("Buat laporan bulanan (PDF) untuk rapat sekretariat.",
                                "Make the monthly report (PDF) for the secretariat's meetings."),
    "cli.report.verify_help": ("Periksa apakah pembukuan masih memberi angka yang sama dengan "
                               "laporan PDF (kode keluar 0: sama; 5: berubah).",
                               "Check whether the books still give the figures of a report PDF "
                               "(exit code 0: the same; 5: changed)."),
    "cli.report.opt_year_number": ("Tahun laporan.", "The report's year."),
    "cli.report.opt_month_number": ("Bulan laporan (1–12).", "The report's month (1–12)."),
    "cli.report.opt_to_dir": ("Folder tujuan (bawaan: exports/ di samping database).",
                              "Output folder (default: exports/ beside the database)."),
    "cli.report.opt_replace": ("Timpa berkas yang sudah ada.", "Replace a file that exists."),
    "cli.report.progress": ("Membuat laporan", "Making the report"),
    "cli.report.written": ("Laporan ditulis ke {path}", "Report written to {path}"),
    "cli.report.fingerprint": ("Sidik angka {fingerprint} (log audit #{audit}, jurnal #{journal})",
                               "Figures' fingerprint {fingerprint} (audit log #{audit}, "
                               "journal #{journal})"),
    "cli.report.provisional_note": ("Periode ini belum ditutup seluruhnya: laporan bertanda "
                                    "SEMENTARA.",
                                    "This period is not wholly closed: the report is marked "
                                    "PROVISIONAL."),
    "cli.report.replace_hint": ("Tambahkan --replace untuk menimpanya.",
                                "Add --replace to replace it."),
    "cli.report.verify_same": ("Pembukuan masih memberi angka yang sama ({period}, sidik "
                               "{fingerprint}).",
                               "The books still give the same figures ({period}, fingerprint "
                               "{fingerprint})."),
    "cli.report.verify_changed": ("Angka {period} sudah berubah sejak laporan dibuat: sidik di "
                                  "laporan {recorded}, sekarang {current}.",
                                  "The figures of {period} have changed since the report was "
                                  "made: fingerprint on the report {recorded}, now {current}."),
    "cli.report.verify_entries": ("Jurnal yang dibukukan sesudah laporan dibuat (#{journal}) dan "
                                  "bertanggal sampai {end}:",
                                  "Journal entries posted after the report was made "
                                  "(#{journal}) and dated up to {end}:"),
    "cli.report.verify_no_entries": ("Tidak ada jurnal baru bertanggal dalam periode itu; "
                                     "database ini mungkin bukan yang dipakai membuat laporan.",
                                     "No new journal entry is dated in that period; this may "
                                     "not be the database the report was made from."),
    "cli.report.verify_ahead": ("Laporan menyebut jurnal #{journal}, tetapi jurnal database ini "
                                "baru sampai #{last}: database ini bukan yang dipakai membuat "
                                "laporan (atau dipulihkan dari cadangan lama).",
                                "The report names journal #{journal}, but this database's "
                                "journal only reaches #{last}: it is not the database the report "
                                "was made from (or was restored from an older backup)."),
    "cli.report.verify_reverses": ("membalik {number}", "reverses {number}"),
}
