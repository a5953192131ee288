"""Texts of the cash area's services: refusals, sources, kinds, the witness."""

MESSAGES = {
    "action.cash.view": ("melihat buku kas dan penutupan kas", "view the cash book and closes"),
    "action.cash.post": ("mencatat kas masuk/keluar", "record cash in/out"),
    "action.cash.void": ("membatalkan bukti kas", "void a cash voucher"),
    "action.cash.close": ("menutup kas harian", "close the day's cash"),
    "action.cash.approve": ("menyetujui selisih kas", "approve a cash difference"),
    "action.cash.settings": ("mengubah pengaturan kas", "change the cash settings"),
    # settings
    "cash.threshold_invalid": ("Batas selisih harus bilangan bulat Rupiah, nol atau lebih.",
                               "The difference limit must be whole Rupiah, zero or more."),
    "cash.denomination_form": ("Bentuk pecahan '{form}' tidak dikenal (kertas atau logam).",
                               "Unknown denomination form '{form}' (note or coin)."),
    "cash.denomination_value": ("Pecahan '{value}' tidak sah: harus Rupiah bulat di atas nol.",
                                "Denomination '{value}' is not valid: whole Rupiah above zero."),
    "cash.denomination_twice": ("Pecahan {value} disebut dua kali.",
                                "Denomination {value} is listed twice."),
    "cash.denominations_empty": ("Daftar pecahan tidak boleh kosong.",
                                 "The list of denominations cannot be empty."),
    "cash.form.note": ("kertas", "note"),
    "cash.form.coin": ("logam", "coin"),
    # sources (journal entries' source) as the cash book and the close name them
    "cash.source.payment": ("Pembayaran sewa & tagihan", "Rent and bill payments"),
    "cash.source.deposit": ("Uang jaminan diterima", "Deposits taken"),
    "cash.source.refund": ("Uang jaminan dikembalikan", "Deposits refunded"),
    "cash.source.fee_collection": ("Setoran iuran harian", "Daily-fee hand-overs"),
    "cash.source.invoice": ("Tagihan", "Invoices"),
    "cash.source.credit_note": ("Nota kredit", "Credit notes"),
    "cash.source.manual": ("Jurnal umum", "Manual entries"),
    "cash.source.cash.income": ("Pendapatan lain (BKM)", "Other income (BKM)"),
    "cash.source.cash.expense": ("Pengeluaran (BKK)", "Expenses (BKK)"),
    "cash.source.cash.to_bank": ("Setor ke bank", "Deposited to the bank"),
    "cash.source.cash.from_bank": ("Tarik dari bank", "Withdrawn from the bank"),
    "cash.source.cash.remit": ("Setoran ke pemilik aset", "Remittance to the asset owner"),
    "cash.source.cash.difference": ("Selisih kas", "Cash over/short"),
    "cash.source.parking": ("Setoran parkir", "Parking hand-overs"),
    "cash.source.warehouse": ("Gudang sembako", "Staples warehouse"),
    "cash.kind.income": ("Pendapatan lain", "Other income"),
    "cash.kind.expense": ("Pengeluaran", "Expense"),
    "cash.kind.to_bank": ("Setor ke bank", "Deposit to bank"),
    "cash.kind.from_bank": ("Tarik dari bank", "Withdraw from bank"),
    "cash.kind.remit": ("Setoran ke pemilik aset", "Remittance to the asset owner"),
    "cash.account.1-100": ("Kas", "Cash"),
    "cash.account.1-110": ("Bank", "Bank"),
    # vouchers
    "cash.not_income_account": ("Akun {code} bukan akun pendapatan.",
                                "Account {code} is not an income account."),
    "cash.not_expense_account": ("Akun {code} bukan kategori beban yang bisa dipakai "
                                 "(setoran pemilik aset dan selisih kas punya tindakannya sendiri).",
                                 "Account {code} is not an expense category you can use "
                                 "(the owner's remittance and the cash difference have their own "
                                 "actions)."),
    "cash.transfer_direction": ("Arah pemindahan harus setor ke bank atau tarik dari bank.",
                                "A transfer goes to the bank or from the bank."),
    "cash.not_cash_account": ("Akun {code} bukan Kas (1-100) atau Bank (1-110).",
                              "Account {code} is not Cash (1-100) or Bank (1-110)."),
    "cash.future_date": ("Tanggal {day} belum tiba.", "{day} has not come yet."),
    "cash.amount_invalid": ("Jumlah harus Rupiah bulat di atas nol.",
                            "The amount must be whole Rupiah above zero."),
    "cash.party_empty": ("Isi nama penerima atau pembayar.", "Enter the payee or payer."),
    "cash.memo_empty": ("Isi keterangan.", "Enter a description."),
    "cash.reason_empty": ("Isi alasan pembatalan.", "Enter the reason for voiding."),
    "cash.text_long": ("Teks terlalu panjang: {length} karakter, paling banyak {maximum}.",
                       "Text too long: {length} characters, at most {maximum}."),
    "cash.drawer_negative": ("Kas tidak cukup: saldo kas {day} {balance}, tidak bisa keluar "
                             "{amount}. Kas tidak boleh di bawah nol.",
                             "Not enough cash: the drawer holds {balance} on {day}, {amount} "
                             "cannot go out. Cash never goes below zero."),
    "cash.voucher_not_found": ("Bukti kas #{id} tidak ada.", "Cash voucher #{id} does not exist."),
    "cash.voucher_number_not_found": ("Bukti kas {number} tidak ditemukan.",
                                      "Cash voucher {number} not found."),
    "cash.voucher_already_void": ("Bukti kas {number} sudah dibatalkan.",
                                  "Cash voucher {number} is already void."),
    "cash.period_reversed": ("Tanggal akhir sebelum tanggal awal.",
                             "The end date is before the start date."),
    # the close
    "cash.close_future": ("Hari {day} belum tiba; hanya hari ini atau sebelumnya yang bisa "
                          "ditutup.", "{day} has not come yet; only today or earlier can be "
                          "closed."),
    "cash.close_earlier_first": ("Tutup dulu {day}: hari itu ada transaksi kas dan belum ditutup "
                                 "({count} hari dengan transaksi terbuka sebelum {asked}).",
                                 "Close {day} first: it has cash activity and is still open "
                                 "({count} open days with activity before {asked})."),
    "cash.count_unknown": ("Pecahan {value} ({form}) tidak ada di daftar pecahan pasar.",
                           "Denomination {value} ({form}) is not in the market's list."),
    "cash.count_invalid": ("Jumlah lembar/keping untuk {value} harus bilangan bulat nol atau "
                           "lebih, bukan '{quantity}'.",
                           "The count for {value} must be a whole number, zero or more, "
                           "not '{quantity}'."),
    "cash.count_too_large": ("Jumlah untuk pecahan {value} terlalu besar.",
                             "The count for {value} is too large."),
    "cash.count_twice": ("Pecahan {value} dihitung dua kali.", "Denomination {value} is counted "
                         "twice."),
    "cash.close_not_found": ("Penutupan kas #{id} tidak ada.", "Cash close #{id} does not exist."),
    "cash.day_not_closed": ("Kas {day} belum ditutup.", "The cash of {day} is not closed."),
    "cash.day_needs_count": ("Kas {day} bergerak hari itu: tutup dengan menghitung kas "
                             "(Tutup Kas Harian, atau 'sekretariat close').",
                             "Cash moved on {day}: close it by counting the drawer "
                             "(End-of-day close, or 'sekretariat close')."),
    "cash.note_needed": ("Ada selisih {difference}: tulis catatan penjelasnya.",
                         "There is a difference of {difference}: write a note explaining it."),
    "cash.approval_needed": ("Selisih {difference} melebihi batas {threshold}: perlu persetujuan "
                             "Ketua (nama pengguna dan kata sandi Ketua).",
                             "The difference of {difference} is above the limit of {threshold}: "
                             "the chair must approve (the chair's username and password)."),
    "cash.approver_not_chair": ("{username} bukan Ketua; selisih ini hanya bisa disetujui "
                                "Ketua.", "{username} is not the chair; only the chair can "
                                "approve this difference."),
    "cash.books_moved": ("Pembukuan berubah sejak Anda melihatnya: saldo seharusnya kini {now} "
                         "(tadi {seen}). Periksa lagi sebelum menutup.",
                         "The books changed since you looked: the expected balance is now "
                         "{now} (was {seen}). Look again before closing."),
    "cash.difference_over": ("Selisih lebih kas {day}: {note}", "Cash over on {day}: {note}"),
    "cash.difference_short": ("Selisih kurang kas {day}: {note}", "Cash short on {day}: {note}"),
    "cash.witness_too_short": ("Hash saksi terlalu pendek: salin paling sedikit 8 digit dari "
                               "laporan penutupan.", "The witness hash is too short: copy at "
                               "least 8 digits from the closing report."),
    "cash.witness_no_close": ("Tidak ada penutupan kas tercatat untuk {day}.",
                              "No cash close is recorded for {day}."),
    "cash.witness_mismatch": ("Log audit ditulis ulang setelah penutupan {day}: di posisi "
                              "#{position} hash-nya tidak lagi {witnessed} seperti di laporan "
                              "yang ditandatangani.",
                              "The audit log was rewritten after the close of {day}: at "
                              "position #{position} its hash is no longer {witnessed} as on the "
                              "signed report."),
    # check rules
    "check.cash_close_balance": ("Kas terhitung tiap penutupan sama dengan saldo jurnal 1-100",
                                 "Each close's count equals the journal's 1-100 balance"),
    "check.cash_close_balance_problem": ("Penutupan {day}: terhitung {counted}, jurnal {books}; "
                                         "saldo awal {opening}, jurnal {before}.",
                                         "Close of {day}: counted {counted}, journal {books}; "
                                         "opening {opening}, journal {before}."),
    "check.cash_close_count": ("Rincian pecahan tiap penutupan sama dengan jumlahnya",
                               "Each close's denominations add up to its count"),
    "check.cash_close_count_problem": ("Penutupan {day}: pecahan berjumlah {total}, "
                                       "tercatat {counted}.",
                                       "Close of {day}: denominations add up to {total}, "
                                       "recorded {counted}."),
    "check.cash_close_difference": ("Jurnal selisih kas sama dengan selisih penutupannya",
                                    "Each cash-difference entry equals its close's difference"),
    "check.cash_close_difference_problem": ("Penutupan {day}: jurnal selisihnya tidak sama "
                                            "dengan selisih {difference}.",
                                            "Close of {day}: its difference entry does not "
                                            "equal the difference of {difference}."),
    "check.cash_close_audit": ("Tiap penutupan kas sama dengan catatan auditnya",
                               "Each cash close matches its audit record"),
    "check.cash_close_audit_problem": ("Penutupan {day} tidak sama dengan catatan auditnya.",
                                       "The close of {day} does not match its audit record."),
    "check.cash_vouchers": ("Tiap bukti kas sama dengan jurnalnya",
                            "Each cash voucher matches its journal entry"),
    "check.cash_voucher_problem": ("Bukti kas {number} tidak sama dengan jurnalnya (tanggal, "
                                   "akun atau jumlah).", "Cash voucher {number} does not match "
                                   "its journal entry (date, accounts or amount)."),
    "check.cash_voucher_void_problem": ("Pembatalan bukti kas {number} bukan pembalikan "
                                        "jurnalnya pada hari pembatalan.",
                                        "The void of cash voucher {number} is not the reversal "
                                        "of its entry on the void day."),
}
