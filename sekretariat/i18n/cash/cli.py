"""Texts of the cash area (cli): ``close``, ``cash-book``, ``cash ...``,
``print voucher|close-report`` and ``check --witness``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.cash.panel": ("Kas", "Cash"),
    "cli.cash.help": ("Buku kas: kas masuk/keluar, setor/tarik bank, setoran pemilik aset, "
                      "pembatalan, pengaturan, riwayat penutupan.",
                      "The cash book: cash in/out, bank deposits and withdrawals, the asset "
                      "owner's remittance, voids, settings, the history of closes."),
    "cli.cash.metavar_amount": ("JUMLAH", "AMOUNT"),
    "cli.cash.metavar_code": ("KODE", "CODE"),
    "cli.cash.metavar_source": ("SUMBER", "SOURCE"),
    "cli.cash.metavar_witness": ("TANGGAL=HASH", "DATE=HASH"),
    "cli.cash.arg_amount": ("Jumlah Rupiah, misalnya 150.000 atau 1,5 jt.",
                            "Amount in Rupiah, e.g. 150.000 or 1,5 jt."),
    "cli.cash.arg_voucher": ("Nomor bukti kas, misalnya BKK/2026/00001.",
                             "The voucher number, e.g. BKK/2026/00001."),
    "cli.cash.arg_close_day": ("Tanggal yang sudah ditutup.", "A closed day."),
    "cli.cash.opt_date": ("Tanggal transaksi (bawaan: hari ini).",
                          "Date of the entry (default: today)."),
    "cli.cash.opt_bank": ("Lewat Bank (1-110), bukan kas tunai (1-100).",
                          "Through the bank (1-110) instead of the cash drawer (1-100)."),
    "cli.cash.opt_memo": ("Keterangan (wajib).", "Description (required)."),
    "cli.cash.opt_payer": ("Diterima dari siapa (wajib).", "Received from (required)."),
    "cli.cash.opt_payee": ("Dibayarkan kepada siapa (wajib).", "Paid to (required)."),
    "cli.cash.opt_recipient": ("Penerima setoran (bawaan: pemilik aset di profil pasar).",
                               "Who receives it (default: the asset owner in the market "
                               "profile)."),
    "cli.cash.opt_transfer_party": ("Nama bank atau penyetor (boleh kosong).",
                                    "The bank or who carried it (optional)."),
    "cli.cash.opt_income_account": ("Akun pendapatan (4-xxx).", "Income account (4-xxx)."),
    "cli.cash.opt_category": ("Kategori beban (akun 5-xxx), misalnya 5-300.",
                              "Expense category (a 5-xxx account), e.g. 5-300."),
    "cli.cash.opt_reason": ("Alasan pembatalan (ditanyakan bila tidak diisi).",
                            "Why it is voided (asked when not given)."),
    "cli.cash.income_help": ("Catat pendapatan lain yang diterima (Bukti Kas Masuk, BKM).",
                             "Record other income received (cash receipt voucher, BKM)."),
    "cli.cash.expense_help": ("Catat pengeluaran menurut kategori (Bukti Kas Keluar, BKK). Kas "
                              "tidak boleh di bawah nol.",
                              "Record an expense by category (cash payment voucher, BKK). The "
                              "drawer never goes below zero."),
    "cli.cash.to_bank_help": ("Setor uang kas ke bank (Kas → Bank, BKK).",
                              "Deposit cash at the bank (Cash → Bank, BKK)."),
    "cli.cash.from_bank_help": ("Tarik uang dari bank ke kas (Bank → Kas, BKM).",
                                "Withdraw cash from the bank (Bank → Cash, BKM)."),
    "cli.cash.remit_help": ("Catat setoran kepada pemilik aset (5-700, BKK).",
                            "Record the remittance to the asset owner (5-700, BKK)."),
    "cli.cash.void_help": ("Batalkan bukti kas dengan jurnal pembalik di hari yang masih "
                           "terbuka; nomornya tetap.",
                           "Void a cash voucher by a reversal in an open day; its number "
                           "stays."),
    "cli.cash.recorded": ("{number} dicatat: {kind} {amount} — {account}.",
                          "{number} recorded: {kind} {amount} — {account}."),
    "cli.cash.balance_now": ("Saldo {account} akhir {day}: {balance}.",
                             "{account} balance at the end of {day}: {balance}."),
    "cli.cash.print_hint": ("Cetak buktinya: {command}", "Print the voucher: {command}"),
    "cli.cash.accounts": ("Akun yang bisa dipakai: {accounts}", "Accounts you can use: {accounts}"),
    "cli.cash.voided": ("{number} dibatalkan per {day} (jurnal pembalik dibuat).",
                        "{number} voided as of {day} (a reversing entry was posted)."),
    # settings
    "cli.cash.settings_help": ("Tampilkan atau ubah pengaturan kas (ubah: Ketua saja): pecahan "
                               "yang dihitung, hitung buta, batas selisih yang perlu persetujuan "
                               "Ketua.",
                               "Show or change the cash settings (changing: chair only): the "
                               "denominations counted, the blind count, the difference above "
                               "which the chair must approve."),
    "cli.cash.opt_denominations": ("Daftar pecahan, dipisah koma, terbesar dahulu: angka saja = "
                                   "uang kertas, akhiran l = logam (100000,50000,1000,1000l,"
                                   "500l).",
                                   "The denominations, comma-separated, largest first: a plain "
                                   "value is a note, suffix l a coin (100000,50000,1000,1000l,"
                                   "500l)."),
    "cli.cash.opt_blind": ("Hitung buta: hitungan dimasukkan sebelum saldo seharusnya terlihat.",
                           "Blind count: the count is entered before the expected balance is "
                           "shown."),
    "cli.cash.opt_threshold": ("Selisih di atas jumlah ini perlu persetujuan Ketua.",
                               "A difference above this needs the chair's approval."),
    "cli.cash.settings_saved": ("Pengaturan kas disimpan.", "Cash settings saved."),
    "cli.cash.settings_denominations": ("Pecahan: {list}", "Denominations: {list}"),
    "cli.cash.settings_blind_on": ("Hitung buta: ya (saldo seharusnya tampil setelah hitungan).",
                                   "Blind count: yes (the expected balance shows after the "
                                   "count)."),
    "cli.cash.settings_blind_off": ("Hitung buta: tidak (saldo seharusnya tampil lebih dahulu).",
                                    "Blind count: no (the expected balance shows first)."),
    "cli.cash.settings_threshold": ("Selisih di atas {amount} perlu persetujuan Ketua.",
                                    "A difference above {amount} needs the chair's approval."),
    "cli.cash.form_unknown": ("Bentuk '{form}' tidak dikenal: pakai k (kertas) atau l (logam).",
                              "Unknown form '{form}': use k (note, kertas) or l (coin, logam)."),
    # the close
    "cli.cash.close_help": (
        "Tutup kas harian: hitungan uang per pecahan dibandingkan dengan pembukuan, selisih "
        "dibukukan (perlu catatan; di atas batas perlu Ketua), hari dikunci di semua modul, lalu "
        "dicadangkan.\n\nHitungan: PECAHAN=JUMLAH dipisah koma (100000=12,50000=3); pecahan "
        "yang ada "
        "sebagai kertas dan logam (1000) ditulis 1000k=3 (kertas) dan 1000l=2 (logam). Berkas "
        "CSV: pecahan,jumlah[,bentuk], dengan atau tanpa baris judul. Persetujuan: --approver "
        "NAMA, kata sandinya ditanyakan atau dari SEKRETARIAT_APPROVER_PASSWORD.",
        "Close the day's cash: the count by denomination is compared with the books, the "
        "difference is posted (a note needed; above the limit the chair too), the day is locked "
        "in every module, then backed up.\n\nCounts: VALUE=QUANTITY, comma-separated "
        "(100000=12,50000=3); a value that is both a note and a coin (1000) is written 1000k=3 "
        "(note, kertas) and 1000l=2 (coin, logam). CSV file: denomination,quantity[,form], with "
        "or without a header line. Approval: --approver NAME, the password is asked or taken from "
        "SEKRETARIAT_APPROVER_PASSWORD."),
    "cli.cash.close_day": ("Hari yang ditutup.", "The day to close."),
    "cli.cash.opt_count": ("Hitungan: PECAHAN=JUMLAH dipisah koma; 1000k / 1000l untuk kertas / "
                           "logam. Boleh diulang.",
                           "The count: VALUE=QUANTITY comma-separated; 1000k / 1000l for note / "
                           "coin. May be repeated."),
    "cli.cash.opt_count_file": ("Berkas CSV pecahan,jumlah[,bentuk].",
                                "A CSV file denomination,quantity[,form]."),
    "cli.cash.opt_note": ("Catatan penjelas selisih (wajib bila ada selisih).",
                          "A note explaining the difference (required when there is one)."),
    "cli.cash.opt_approver": ("Nama pengguna Ketua yang menyetujui selisih di atas batas.",
                              "The chair's username approving a difference above the limit."),
    "cli.cash.prompt_approver": ("Kata sandi {username} (persetujuan)",
                                 "Password of {username} (approval)"),
    "cli.cash.count_missing": ("Tulis hitungan uang dengan --count atau --count-file (laci "
                               "kosong: --count 100000=0).",
                               "Give the count with --count or --count-file (an empty drawer: "
                               "--count 100000=0)."),
    "cli.cash.count_syntax": ("'{text}' bukan hitungan: tulis PECAHAN=JUMLAH, misalnya "
                              "100000=12.", "'{text}' is not a count: write VALUE=QUANTITY, "
                              "e.g. 100000=12."),
    "cli.cash.count_ambiguous": ("Pecahan {value} ada sebagai kertas dan logam: tulis {value}k "
                                 "(kertas) atau {value}l (logam).",
                                 "{value} is both a note and a coin: write {value}k (note) or "
                                 "{value}l (coin)."),
    "cli.cash.count_unknown": ("Pecahan {value} tidak ada di daftar pecahan pasar ({known}).",
                               "{value} is not in the market's denominations ({known})."),
    "cli.cash.count_file_unreadable": ("Berkas {path} tidak bisa dibaca: {detail}",
                                       "Cannot read {path}: {detail}"),
    "cli.cash.count_file_columns": ("tulis pecahan,jumlah atau pecahan,jumlah,bentuk",
                                    "write denomination,quantity or denomination,quantity,form"),
    "cli.cash.count_file_line": ("{path} baris {line}: {problem}",
                                 "{path} line {line}: {problem}"),
    "cli.cash.close_title": ("Penutupan kas {day}", "Cash close of {day}"),
    "cli.cash.opening": ("Saldo awal", "Opening balance"),
    "cli.cash.no_activity": ("tidak ada transaksi kas", "no cash activity"),
    "cli.cash.expected": ("Saldo seharusnya", "Expected"),
    "cli.cash.counted": ("Terhitung", "Counted"),
    "cli.cash.difference": ("Selisih", "Difference"),
    "cli.cash.note": ("Catatan", "Note"),
    "cli.cash.approved_by": ("Disetujui", "Approved by"),
    "cli.cash.over": ("{amount} lebih", "{amount} over"),
    "cli.cash.short": ("{amount} kurang", "{amount} short"),
    "cli.cash.no_difference": ("tidak ada", "none"),
    "cli.cash.zero_days": ("Hari tanpa transaksi kas yang ikut ditutup: {days}.",
                           "Days without cash activity closed with it: {days}."),
    "cli.cash.closed": ("Kas {day} ditutup: hari itu terkunci di semua modul.",
                        "The cash of {day} is closed: the day is locked in every module."),
    "cli.cash.witness": ("Saksi pembukuan: posisi log audit #{position} · hash {hash}",
                         "Witness of the books: audit log position #{position} · hash {hash}"),
    "cli.cash.witness_hint": ("Periksa kelak: {command}", "Verify later: {command}"),
    "cli.cash.report_hint": ("Cetak laporannya: {command}", "Print the report: {command}"),
    "cli.cash.backup_done": ("Cadangan harian: {path}", "Daily backup: {path}"),
    "cli.cash.backup_failed": ("CADANGAN GAGAL: {error}", "BACKUP FAILED: {error}"),
    "cli.cash.backup_failed_hint": ("Penutupan tetap berlaku. Buat cadangan sekarang: {command}",
                                    "The close stands. Make a backup now: {command}"),
    "cli.cash.closes_help": ("Riwayat penutupan kas: saldo awal, seharusnya, terhitung, selisih, "
                             "siapa; yang dibuka kembali juga.",
                             "The history of closes: opening, expected, counted, difference, "
                             "who; reopened ones too."),
    "cli.cash.closes_none": ("Belum ada penutupan kas.", "No cash close yet."),
    "cli.cash.col_expected": ("Seharusnya", "Expected"),
    "cli.cash.col_counted": ("Terhitung", "Counted"),
    "cli.cash.col_difference": ("Selisih", "Difference"),
    "cli.cash.col_by": ("Dihitung / disetujui", "Counted / approved"),
    "cli.cash.col_note": ("Catatan", "Note"),
    "cli.cash.zero_day": ("hari tanpa transaksi", "no activity"),
    "cli.cash.reopened": ("dibuka kembali oleh {username} {when}: {reason}",
                          "reopened by {username} {when}: {reason}"),
    # the cash book
    "cli.cash.book_help": ("Buku kas (Kas 1-100 atau Bank 1-110) suatu periode: tiap mutasi "
                           "dengan saldo berjalan, jumlah masuk dan keluar.",
                           "The cash book (Cash 1-100 or Bank 1-110) of a period: every "
                           "movement with its running balance, totals in and out."),
    "cli.cash.opt_from": ("Dari tanggal (bawaan: awal bulan tanggal akhir).",
                          "From (default: the first of the end date's month)."),
    "cli.cash.opt_to": ("Sampai tanggal (bawaan: hari ini).", "Until (default: today)."),
    "cli.cash.opt_account": ("kas (1-100) atau bank (1-110).", "kas (1-100) or bank (1-110)."),
    "cli.cash.opt_source": ("Hanya satu sumber, misalnya payment, cash.expense.",
                            "One source only, e.g. payment, cash.expense."),
    "cli.cash.account_choice": ("pilih kas atau bank", "choose kas or bank"),
    "cli.cash.source_unknown": ("Sumber '{source}' tidak ada di jurnal. Yang ada: {known}",
                                "No source '{source}' in the journal. There are: {known}"),
    "cli.cash.book_title": ("Buku kas {account}, {first} – {last}",
                            "Cash book {account}, {first} – {last}"),
    "cli.cash.book_total": ("Jumlah", "Total"),
    "cli.cash.book_empty": ("Tidak ada mutasi pada periode ini.", "No movement in this period."),
    "cli.cash.book_closing": ("Saldo akhir {day}: {balance}", "Closing balance {day}: {balance}"),
    "cli.cash.col_number": ("Nomor", "Number"),
    "cli.cash.col_memo": ("Keterangan", "Description"),
    "cli.cash.col_in": ("Masuk", "In"),
    "cli.cash.col_out": ("Keluar", "Out"),
    "cli.cash.col_balance": ("Saldo", "Balance"),
    # print
    "cli.cash.print_voucher_help": ("Bukti kas (BKM/BKK) setengah A4, dengan tanda tangan.",
                                    "A cash voucher (BKM/BKK) on half an A4 sheet, with "
                                    "signature lines."),
    "cli.cash.print_close_help": ("Laporan penutupan kas harian (satu halaman) dengan saksi "
                                  "pembukuan.", "The daily closing report (one page) with the "
                                  "witness of the books."),
    # check --witness
    "cli.cash.opt_witness": ("Periksa saksi dari laporan penutupan yang ditandatangani "
                             "(TANGGAL=HASH); boleh diulang.",
                             "Verify the witness printed on a signed closing report "
                             "(DATE=HASH); may be repeated."),
    "cli.cash.witness_syntax": ("'{text}' bukan saksi: tulis TANGGAL=HASH, misalnya "
                                "2026-11-23=1a2b-3c4d-5e6f-7a8b.",
                                "'{text}' is not a witness: write DATE=HASH, e.g. "
                                "2026-11-23=1a2b-3c4d-5e6f-7a8b."),
    "cli.cash.witness_item": ("Saksi penutupan {day} (hash {hash})",
                              "Witness of the close of {day} (hash {hash})"),
}
