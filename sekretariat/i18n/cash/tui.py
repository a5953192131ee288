"""Texts of the cash area (tui): the cash book, the voucher dialogs, voiding,
the cash settings, the home section and the palette's cash actions."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the home section
    "tui.section.cash": ("Buku Kas", "Cash Book"),
    "tui.section.cash.help": ("Kas masuk dan keluar, saldo berjalan, setor bank, pengeluaran",
                              "Cash in and out, running balance, bank deposits, expenses"),
    # the cash book
    "tui.cash.book.title": ("Buku Kas — {code} {account} · {first} s.d. {last}",
                            "Cash Book — {code} {account} · {first} to {last}"),
    "tui.cash.book.from": ("Dari tanggal", "From"),
    "tui.cash.book.to": ("Sampai tanggal", "To"),
    "tui.cash.book.source": ("Sumber", "Source"),
    "tui.cash.book.all_sources": ("Semua sumber", "All sources"),
    "tui.cash.book.apply": ("Tampilkan", "Show"),
    "tui.cash.book.col_date": ("Tanggal", "Date"),
    "tui.cash.book.col_number": ("Nomor", "Number"),
    "tui.cash.book.col_in": ("Masuk", "In"),
    "tui.cash.book.col_out": ("Keluar", "Out"),
    "tui.cash.book.col_balance": ("Saldo", "Balance"),
    "tui.cash.book.col_source": ("Sumber", "Source"),
    "tui.cash.book.col_memo": ("Keterangan", "Description"),
    "tui.cash.book.summary": ("Saldo awal {opening}   Masuk {money_in}   Keluar {money_out}   "
                              "Saldo akhir {closing}",
                              "Opening {opening}   In {money_in}   Out {money_out}   "
                              "Closing {closing}"),
    "tui.cash.book.status": ("Halaman {page} dari {pages} · {count} baris   ([ ] halaman, "
                             "< > bulan)",
                             "Page {page} of {pages} · {count} rows   ([ ] pages, < > months)"),
    "tui.cash.book.empty": ("Tidak ada mutasi pada periode ini.",
                            "No movements in this period."),
    "tui.cash.book.filtered": ("Disaring: {source} (saldo tetap semua sumber)",
                               "Filtered: {source} (the balance counts every source)"),
    "tui.cash.help.book": (
        "Buku kas: setiap mutasi Kas (1-100) atau Bank (1-110) menurut tanggal, dengan saldo "
        "berjalan. Saldo awal, jumlah masuk/keluar dan saldo akhir dihitung dari jurnal.\n"
        "a berganti Kas/Bank; < dan > mundur/maju sebulan; d mengubah periode (ketik tanggal, "
        "Enter); s memilih sumber; [ dan ] berpindah halaman.\n"
        "m mencatat pendapatan lain (kas masuk, BKM); k pengeluaran (BKK); b setor kas ke bank; "
        "t tarik dari bank; o setoran ke pemilik aset. Kas tidak boleh di bawah nol.\n"
        "v membatalkan bukti kas di kursor (dengan alasan; dibalik, nomornya tetap); p "
        "mencetaknya. Ctrl+T: pengaturan kas (Ketua).",
        "Cash book: every movement of Cash (1-100) or Bank (1-110) by date, with the running "
        "balance. Opening, money in/out and closing come from the journal.\n"
        "a switches Cash/Bank; < and > step a month back/forward; d changes the period (type "
        "the dates, Enter); s picks a source; [ and ] turn the pages.\n"
        "m records other income (cash in, BKM); k an expense (BKK); b deposits cash to the "
        "bank; t withdraws from the bank; o remits to the asset owner. Cash never goes below "
        "zero.\n"
        "v voids the voucher under the cursor (with a reason; reversed, its number stays); p "
        "prints it. Ctrl+T: cash settings (chair)."),
    # keys
    "tui.cash.key.income": ("Kas masuk", "Cash in"),
    "tui.cash.key.expense": ("Pengeluaran", "Expense"),
    "tui.cash.key.to_bank": ("Setor bank", "To bank"),
    "tui.cash.key.from_bank": ("Tarik dari bank", "From bank"),
    "tui.cash.key.remit": ("Setoran pemilik aset", "Remit to owner"),
    "tui.cash.key.void": ("Batalkan", "Void"),
    "tui.cash.key.print": ("Cetak", "Print"),
    "tui.cash.key.account": ("Kas/Bank", "Cash/Bank"),
    "tui.cash.key.source": ("Sumber", "Source"),
    "tui.cash.key.period": ("Periode", "Period"),
    "tui.cash.key.period_group": ("Bulan", "Month"),
    "tui.cash.key.month_back": ("Bulan sebelumnya", "Previous month"),
    "tui.cash.key.month_next": ("Bulan berikutnya", "Next month"),
    "tui.cash.key.pages_group": ("Halaman", "Page"),
    "tui.cash.key.page_back": ("Halaman sebelumnya", "Previous page"),
    "tui.cash.key.page_next": ("Halaman berikutnya", "Next page"),
    "tui.cash.key.settings": ("Pengaturan kas", "Cash settings"),
    # after a voucher, voiding, printing
    "tui.cash.recorded_title": ("Bukti kas dicatat", "Voucher recorded"),
    "tui.cash.recorded": ("{kind} {number} sebesar {amount} sudah dicatat.",
                          "{kind} {number} of {amount} is recorded."),
    "tui.cash.print_now": ("Cetak bukti kas", "Print the voucher"),
    "tui.cash.print_what": ("Bukti kas {number}", "Cash voucher {number}"),
    "tui.cash.not_a_voucher": ("Baris ini bukan bukti kas (pembayaran, setoran dan lainnya "
                               "dibatalkan di tempat asalnya); tidak ada yang bisa dibatalkan "
                               "atau dicetak di sini.",
                               "This row is not a cash voucher (payments, hand-overs and the "
                               "like are voided where they were made); nothing to void or "
                               "print here."),
    "tui.cash.voided": ("Bukti kas {number} dibatalkan.", "Cash voucher {number} is void."),
    # the voucher dialog
    "tui.cash.voucher.title": ("Bukti kas", "Cash voucher"),
    "tui.cash.voucher.title.income": ("Pendapatan lain — kas masuk (BKM)",
                                      "Other income — cash in (BKM)"),
    "tui.cash.voucher.title.expense": ("Pengeluaran — kas keluar (BKK)",
                                       "Expense — cash out (BKK)"),
    "tui.cash.voucher.title.to_bank": ("Setor kas ke bank (BKK)", "Deposit cash to the bank (BKK)"),
    "tui.cash.voucher.title.from_bank": ("Tarik uang dari bank ke kas (BKM)",
                                         "Withdraw from the bank into the drawer (BKM)"),
    "tui.cash.voucher.title.remit": ("Setoran ke pemilik aset (BKK)",
                                     "Remittance to the asset owner (BKK)"),
    "tui.cash.voucher.balance": ("Saldo {account} akhir {day}: {amount}",
                                 "{account} at the end of {day}: {amount}"),
    "tui.cash.voucher.day": ("Tanggal", "Date"),
    "tui.cash.voucher.cash_account": ("Dari/ke", "Cash or bank"),
    "tui.cash.voucher.amount": ("Jumlah (Rp)", "Amount (Rp)"),
    "tui.cash.voucher.account.income": ("Akun pendapatan", "Income account"),
    "tui.cash.voucher.account.expense": ("Kategori beban", "Expense category"),
    "tui.cash.voucher.choose.income": ("Pilih akun pendapatan.", "Choose the income account."),
    "tui.cash.voucher.choose.expense": ("Pilih kategori beban.", "Choose the expense category."),
    "tui.cash.voucher.party.income": ("Diterima dari", "Received from"),
    "tui.cash.voucher.party.expense": ("Dibayar kepada", "Paid to"),
    "tui.cash.voucher.party.to_bank": ("Bank / penyetor (boleh kosong)",
                                       "Bank / who deposits (optional)"),
    "tui.cash.voucher.party.from_bank": ("Bank / penarik (boleh kosong)",
                                         "Bank / who withdraws (optional)"),
    "tui.cash.voucher.party.remit": ("Diterima oleh (pemilik aset)",
                                     "Received by (the asset owner)"),
    "tui.cash.voucher.party_hint.income": ("nama pembayar", "the payer's name"),
    "tui.cash.voucher.party_hint.expense": ("nama penerima, toko atau PLN",
                                            "the payee, shop or utility"),
    "tui.cash.voucher.party_hint.to_bank": ("mis. Bank Sumsel Babel", "e.g. the bank's name"),
    "tui.cash.voucher.party_hint.from_bank": ("mis. Bank Sumsel Babel", "e.g. the bank's name"),
    "tui.cash.voucher.party_hint.remit": ("nama petugas pemilik aset",
                                          "the asset owner's officer"),
    "tui.cash.voucher.memo": ("Keterangan", "Description"),
    "tui.cash.voucher.memo_hint": ("untuk apa (Enter menyimpan)", "what for (Enter saves)"),
    "tui.cash.voucher.key.save": ("Simpan", "Save"),
    "tui.cash.voucher.save.income": ("Simpan kas masuk", "Save cash in"),
    "tui.cash.voucher.save.expense": ("Simpan pengeluaran", "Save the expense"),
    "tui.cash.voucher.save.to_bank": ("Simpan setoran bank", "Save the deposit"),
    "tui.cash.voucher.save.from_bank": ("Simpan penarikan", "Save the withdrawal"),
    "tui.cash.voucher.save.remit": ("Simpan setoran", "Save the remittance"),
    **{f"tui.cash.voucher.help.{kind}": (
        "Isi tanggal (hari ini bila tidak diubah), jumlah, {party_id} dan keterangan; "
        "Ctrl+S atau Enter di keterangan menyimpan dan memberi nomor bukti. Kas tidak boleh di "
        "bawah nol: bila saldo tidak cukup, jumlahnya ditolak dengan saldonya dan isian tetap. "
        "Bukti kas tidak diubah; kesalahan dibatalkan (v) lalu dicatat ulang.".replace(
            "{party_id}", party_id),
        "Fill in the date (today unless changed), the amount, {party_en} and a description; "
        "Ctrl+S or Enter in the description saves and numbers the voucher. Cash never goes "
        "below zero: when there is not enough, the amount is refused with the balance and "
        "everything typed stays. A voucher is never edited; a mistake is voided (v) and "
        "recorded again.".replace("{party_en}", party_en))
        for kind, party_id, party_en in (
            ("income", "akun pendapatan, pembayar", "the income account, the payer"),
            ("expense", "kategori beban, penerima", "the expense category, the payee"),
            ("to_bank", "bank", "the bank"),
            ("from_bank", "bank", "the bank"),
            ("remit", "penerima dari pemilik aset", "who receives for the asset owner"))},
    # voiding
    "tui.cash.void.title": ("Batalkan bukti kas", "Void a cash voucher"),
    "tui.cash.void.title_of": ("Batalkan bukti kas {number}", "Void cash voucher {number}"),
    "tui.cash.void.explain": ("{kind} {amount} tanggal {day} ({party}): {memo}. Bukti tidak "
                              "dihapus: jurnal pembalik dicatat hari ini dan nomornya tetap.",
                              "{kind} of {amount} on {day} ({party}): {memo}. The voucher is "
                              "not deleted: a reversing entry is posted today and its number "
                              "stays."),
    "tui.cash.void.reason": ("Alasan pembatalan", "Reason for voiding"),
    "tui.cash.void.submit": ("Batalkan bukti", "Void the voucher"),
    "tui.cash.void.help": ("Tulis alasannya lalu Enter atau Ctrl+S. Pembatalan dicatat di log "
                           "audit; bukti yang sudah dibatalkan tidak bisa dibatalkan lagi.",
                           "Write the reason, then Enter or Ctrl+S. Voiding is recorded in the "
                           "audit log; a void voucher cannot be voided again."),
    # the cash settings
    "tui.cash.settings.title": ("Pengaturan kas", "Cash settings"),
    "tui.cash.settings.notes": ("Uang kertas dihitung saat tutup kas (Rp, terbesar dulu, "
                                "dipisah koma)", "Notes counted at the close (Rp, largest "
                                "first, separated by commas)"),
    "tui.cash.settings.notes_hint": ("100.000, 50.000, 20.000, 10.000, 5.000, 2.000, 1.000",
                                     "100.000, 50.000, 20.000, 10.000, 5.000, 2.000, 1.000"),
    "tui.cash.settings.coins": ("Uang logam (Rp; boleh kosong)", "Coins (Rp; may be empty)"),
    "tui.cash.settings.coins_hint": ("1.000, 500, 200, 100", "1.000, 500, 200, 100"),
    "tui.cash.settings.blind_count": ("Hitung buta: jumlah seharusnya ditampilkan setelah "
                                      "uang dihitung",
                                      "Blind count: the expected amount shows after the count"),
    "tui.cash.settings.threshold": ("Selisih di atas jumlah ini perlu persetujuan Ketua",
                                    "A difference above this needs the chair's approval"),
    "tui.cash.settings.save": ("Simpan pengaturan", "Save the settings"),
    "tui.cash.settings.saved": ("Pengaturan kas disimpan.", "Cash settings saved."),
    "tui.cash.settings.help": ("Hanya Ketua yang mengubah pengaturan kas. Perubahan berlaku "
                               "untuk penutupan berikutnya dan dicatat di log audit.",
                               "Only the chair changes the cash settings. Changes apply to the "
                               "next close and are recorded in the audit log."),
    # the palette
    "tui.cash.palette.expense": ("Pengeluaran / kas keluar (BKK)", "Expense / cash out (BKK)"),
    "tui.cash.palette.expense.help": ("Catat pengeluaran menurut kategori beban",
                                      "Record an expense by category"),
    "tui.cash.palette.income": ("Pendapatan lain / kas masuk (BKM)",
                                "Other income / cash in (BKM)"),
    "tui.cash.palette.income.help": ("Catat pendapatan lain yang diterima tunai atau di bank",
                                     "Record other income received in cash or at the bank"),
    "tui.cash.palette.to_bank": ("Setor kas ke bank", "Deposit cash to the bank"),
    "tui.cash.palette.to_bank.help": ("Pindahkan uang dari kas ke rekening bank",
                                      "Move money from the drawer to the bank account"),
    "tui.cash.palette.from_bank": ("Tarik kas dari bank", "Withdraw cash from the bank"),
    "tui.cash.palette.from_bank.help": ("Pindahkan uang dari rekening bank ke kas",
                                        "Move money from the bank account to the drawer"),
    "tui.cash.palette.remit": ("Setoran ke pemilik aset", "Remit to the asset owner"),
    "tui.cash.palette.remit.help": ("Setor pendapatan kepada pemilik aset pasar (5-700)",
                                    "Hand the market's income to the asset owner (5-700)"),
    "tui.cash.palette.expense_for": ("Kas keluar untuk {name}", "Cash out for {name}"),
    "tui.cash.palette.expense_for.help": ("Pengeluaran dengan kategori {code}",
                                          "An expense in category {code}"),
    "tui.cash.palette.settings": ("Pengaturan kas (pecahan, hitung buta, batas selisih)",
                                  "Cash settings (denominations, blind count, difference limit)"),
    "tui.cash.palette.settings.help": ("Hanya Ketua", "Chair only"),
}
