"""Texts of the supplier payables (utang pemasok): what each supplier is owed,
its account, paying and voiding a payment, the check rules, the suppliers
screen's new columns and keys, the account screen, its dialogs and the
``supplier`` CLI."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the service
    "payables.entry_memo": ("Pembayaran utang dagang kepada {name} ({number})",
                            "Payment to supplier {name} ({number})"),
    "payables.entry_memo_note": ("Pembayaran utang dagang kepada {name} ({number}): {memo}",
                                 "Payment to supplier {name} ({number}): {memo}"),
    "payables.method.bank": ("Transfer bank", "Bank transfer"),
    "payables.method.cash": ("Tunai dari kas", "Cash from the drawer"),
    "payables.kind.delivery": ("Barang diterima", "Goods received"),
    "payables.kind.delivery_reversal": ("Penerimaan dibatalkan", "Receipt reversed"),
    "payables.kind.payment": ("Pembayaran", "Payment"),
    "payables.kind.payment_void": ("Pembayaran batal", "Payment voided"),
    "payables.kind.other": ("Lain-lain", "Other"),
    "payables.method_invalid": ("Cara bayar '{method}' tidak dikenal: bank atau tunai.",
                                "Unknown payment method '{method}': bank or cash."),
    "payables.more_than_owed": ("{amount} melebihi utang kepada {name} per {day} ({owed}).",
                                "{amount} is more than {name} is owed as of {day} ({owed})."),
    "payables.already_void": ("Pembayaran {number} sudah dibatalkan pada {day}.",
                              "Payment {number} was already voided on {day}."),
    "payables.void_before_payment": ("Pembatalan {number} tidak boleh sebelum tanggal "
                                     "bayarnya ({day}).",
                                     "Voiding {number} cannot be dated before its payment "
                                     "({day})."),
    "payables.payment_not_found": ("Pembayaran pemasok '{payment}' tidak ditemukan.",
                                   "Supplier payment '{payment}' not found."),
    "payables.period_reversed": ("Tanggal 'sampai' sebelum tanggal 'dari'.",
                                 "The 'to' date is before the 'from' date."),
    "payables.supplier_ambiguous": ("'{text}' cocok dengan beberapa pemasok: {names}. Tulis "
                                    "lebih lengkap.",
                                    "'{text}' matches several suppliers: {names}. Type more "
                                    "of the name."),
    "audit_action.warehouse.supplier_pay": ("Pemasok dibayar", "Supplier paid"),
    "audit_action.warehouse.supplier_pay_void": ("Pembayaran pemasok dibatalkan",
                                                 "Supplier payment voided"),
    "cash.source.warehouse.payable": ("Pembayaran utang pemasok", "Supplier payments"),
    # check rules
    "check.payable_parties": ("Setiap baris 2-200 Utang Pemasok menyebut pemasoknya",
                              "Every 2-200 supplier payables line names its supplier"),
    "check.payable_parties_problem": ("Jurnal {number}: baris 2-200 tanpa pemasok yang ada.",
                                      "Entry {number}: a 2-200 line without an existing "
                                      "supplier."),
    "check.supplier_payments": ("Jurnal setiap pembayaran pemasok sesuai pembayarannya",
                                "Each supplier payment's entry matches the payment"),
    "check.supplier_payment_problem": ("Pembayaran {number} ({amount}): jurnalnya tidak sesuai "
                                       "tanggal, pemasok, akun atau jumlahnya.",
                                       "Payment {number} ({amount}): its entry does not match "
                                       "its date, supplier, accounts or amount."),
    "check.supplier_payment_void_problem": ("Pembayaran {number}: pembatalannya bukan jurnal "
                                            "balik pembayarannya pada hari batal.",
                                            "Payment {number}: its void is not the reversal of "
                                            "its entry on the void day."),
    "check.supplier_payment_orphan": ("Jurnal {number} bersumber pembayaran pemasok tanpa "
                                      "pembayarannya (atau dibalik tanpa pembatalan).",
                                      "Entry {number} has the supplier payment source without "
                                      "its payment (or was reversed without a void)."),
    "check.payable_not_negative": ("Utang kepada pemasok tidak pernah di bawah nol",
                                   "No supplier is ever owed less than nothing"),
    "check.payable_negative_problem": ("Pemasok {name}: utang {owed} pada {day}.",
                                       "Supplier {name}: owed {owed} on {day}."),
    # the suppliers screen
    "tui.payables.col_owed": ("Utang", "Owed"),
    "tui.payables.col_oldest": ("Sejak", "Since"),
    "tui.payables.key.account": ("Kartu utang", "Account"),
    "tui.payables.suppliers_total": ("Utang ke pemasok seluruhnya {total}",
                                     "Owed to suppliers in all {total}"),
    "tui.payables.help.suppliers": (
        "Pemasok dengan utang kepadanya (Utang) dan tanggal barang tertua yang belum dibayar "
        "(Sejak). u membuka kartu utang pemasok (bayar di sana). n menambah, e (atau Enter) "
        "mengubah, x menghentikan atau memakai lagi. Pemasok tidak pernah dihapus.",
        "Suppliers with what each is owed (Owed) and the oldest delivery not yet paid "
        "(Since). u opens the supplier's account (pay from there). n adds, e (or Enter) "
        "edits, x stops or resumes using one. Suppliers are never deleted."),
    # the account screen
    "tui.payables.account.screen": ("Kartu utang pemasok", "Supplier account"),
    "tui.payables.account.title": ("Kartu utang · {name} · {first} – {last}",
                                   "Account · {name} · {first} – {last}"),
    "tui.payables.account.opening": ("Utang sebelum {day}: {amount}",
                                     "Owed before {day}: {amount}"),
    "tui.payables.account.closing": ("Barang masuk {credit} · dibayar {debit} · utang akhir "
                                     "{day}: {amount}",
                                     "Delivered {credit} · paid {debit} · owed at the end of "
                                     "{day}: {amount}"),
    "tui.payables.account.now": ("Utang hari ini: {amount}", "Owed today: {amount}"),
    "tui.payables.account.empty": ("Tidak ada mutasi utang pada periode ini.",
                                   "No movements in this period."),
    "tui.payables.account.from": ("Dari", "From"),
    "tui.payables.account.to": ("Sampai", "To"),
    "tui.payables.account.apply": ("Tampilkan", "Show"),
    "tui.payables.account.col_date": ("Tanggal", "Date"),
    "tui.payables.account.col_kind": ("Jenis", "Kind"),
    "tui.payables.account.col_number": ("Nomor", "Number"),
    "tui.payables.account.col_change": ("Mutasi", "Change"),
    "tui.payables.account.col_balance": ("Saldo", "Balance"),
    "tui.payables.account.col_memo": ("Keterangan", "Description"),
    "tui.payables.account.reversed": ("dibatalkan", "voided"),
    "tui.payables.account.paid": ("Pembayaran {number} {amount} dicatat.",
                                  "Payment {number} of {amount} recorded."),
    "tui.payables.account.voided": ("Pembayaran {number} dibatalkan.",
                                    "Payment {number} voided."),
    "tui.payables.key.pay": ("Bayar", "Pay"),
    "tui.payables.key.void": ("Batalkan", "Void"),
    "tui.payables.key.period": ("Periode", "Period"),
    "tui.payables.help.account": (
        "Kartu utang pemasok: barang yang diterima secara kredit (utang masuk), pembayaran "
        "dan pembatalannya pada periode (Dari / Sampai, d), dengan saldo berjalan; utang "
        "sebelum periode di atas, jumlahnya dan utang akhir di bawah. b membayar (bendahara "
        "atau ketua), v membatalkan pembayaran yang dipilih dengan alasan.",
        "Supplier account: goods received on credit (delivered), payments and their voids "
        "over the period (From / To, d), with the running balance; what was owed before the "
        "period above, the totals and what is owed at its end below. b pays (the treasurer "
        "or the chair), v voids the highlighted payment with a reason."),
    # the pay dialog
    "tui.payables.pay.title": ("Bayar pemasok", "Pay a supplier"),
    "tui.payables.pay.heading": ("Bayar {name}", "Pay {name}"),
    "tui.payables.pay.owed": ("Utang sekarang {amount}; barang tertua belum dibayar: {day}.",
                              "Owed now {amount}; oldest delivery not yet paid: {day}."),
    "tui.payables.pay.amount": ("Jumlah", "Amount"),
    "tui.payables.pay.day": ("Tanggal", "Date"),
    "tui.payables.pay.method": ("Cara bayar", "Method"),
    "tui.payables.pay.reference": ("No. referensi / bukti transfer",
                                   "Reference / transfer slip"),
    "tui.payables.pay.memo": ("Keterangan", "Note"),
    "tui.payables.pay.save": ("Bayar", "Pay"),
    "tui.payables.help.pay": (
        "Bayar pemasok: jumlah (terisi seluruh utang), tanggal, dari bank atau tunai dari kas, "
        "nomor referensi dan keterangan. Lebih dari utang ditolak; kas tidak boleh minus. "
        "Ctrl+S menyimpan.",
        "Pay a supplier: the amount (the whole debt filled in), the date, from the bank or "
        "cash from the drawer, a reference and a note. More than is owed is refused; the "
        "drawer never goes below zero. Ctrl+S saves."),
    # the void dialog
    "tui.payables.void.title": ("Batalkan pembayaran pemasok", "Void a supplier payment"),
    "tui.payables.void.explain": ("Pembayaran {number} tanggal {day} sebesar {amount} "
                                  "dibatalkan dengan jurnal balik hari ini; nomornya tetap.",
                                  "Payment {number} of {day} for {amount} is voided by a "
                                  "reversal dated today; its number stays."),
    "tui.payables.void.reason": ("Alasan", "Reason"),
    "tui.payables.void.save": ("Batalkan pembayaran", "Void payment"),
    "tui.payables.help.void": (
        "Membatalkan pembayaran pemasok: jurnal baliknya dicatat hari ini dengan alasan, "
        "utangnya kembali; pembayaran tetap dengan nomornya.",
        "Voids a supplier payment: its reversal is posted today with the reason and the debt "
        "comes back; the payment keeps its number."),
    # the CLI
    "cli.supplier.panel": ("Gudang", "Warehouse"),
    "cli.supplier.help": ("Utang kepada pemasok: saldo, kartu utang, pembayaran.",
                          "What suppliers are owed: balances, accounts, payments."),
    "cli.supplier.balances_help": ("Utang kepada setiap pemasok per tanggal.",
                                   "What each supplier is owed as of a date."),
    "cli.supplier.account_help": ("Kartu utang satu pemasok: barang masuk kredit, pembayaran, "
                                  "saldo berjalan.",
                                  "One supplier's account: deliveries on credit, payments, "
                                  "running balance."),
    "cli.supplier.pay_help": ("Bayar utang kepada pemasok (bank atau tunai).",
                              "Pay what a supplier is owed (bank or cash)."),
    "cli.supplier.void_help": ("Batalkan pembayaran pemasok dengan jurnal balik.",
                               "Void a supplier payment by a reversal."),
    "cli.supplier.metavar_supplier": ("PEMASOK", "SUPPLIER"),
    "cli.supplier.arg_supplier": ("Nama pemasok (atau sebagian yang khas) atau nomornya.",
                                  "The supplier's name (or a distinctive part) or its id."),
    "cli.supplier.metavar_amount": ("JUMLAH", "AMOUNT"),
    "cli.supplier.arg_amount": ("Jumlah dalam Rupiah utuh, mis. 1.250.000.",
                                "The amount in whole Rupiah, e.g. 1.250.000."),
    "cli.supplier.metavar_number": ("NOMOR", "NUMBER"),
    "cli.supplier.arg_number": ("Nomor pembayaran, mis. BPM/2026/00001.",
                                "The payment's number, e.g. BPM/2026/00001."),
    "cli.supplier.opt_as_of": ("Utang per tanggal ini (bawaan: hari ini).",
                               "Owed as of this date (default: today)."),
    "cli.supplier.opt_from": ("Mulai tanggal (bawaan: seluruh riwayat).",
                              "From this date (default: the whole history)."),
    "cli.supplier.opt_to": ("Sampai tanggal (bawaan: hari ini).",
                            "Up to this date (default: today)."),
    "cli.supplier.opt_date": ("Tanggal bayar (bawaan: hari ini).",
                              "The payment date (default: today)."),
    "cli.supplier.opt_void_date": ("Tanggal pembatalan (bawaan: hari ini).",
                                   "The void date (default: today)."),
    "cli.supplier.opt_method": ("bank (bawaan) atau tunai.", "bank (default) or cash."),
    "cli.supplier.opt_reference": ("Nomor referensi / bukti transfer.",
                                   "Reference / transfer slip number."),
    "cli.supplier.opt_memo": ("Keterangan.", "A note."),
    "cli.supplier.opt_reason": ("Alasan pembatalan (wajib).", "Why it is voided (required)."),
    "cli.supplier.balances_title": ("Utang kepada pemasok per {day}",
                                    "Owed to suppliers as of {day}"),
    "cli.supplier.account_title": ("Kartu utang {name} · {period}", "Account of {name} · {period}"),
    "cli.supplier.all_history": ("seluruh riwayat", "whole history"),
    "cli.supplier.none": ("Belum ada pemasok.", "No suppliers yet."),
    "cli.supplier.col_supplier": ("Pemasok", "Supplier"),
    "cli.supplier.col_status": ("Status", "Status"),
    "cli.supplier.col_owed": ("Utang", "Owed"),
    "cli.supplier.col_oldest": ("Barang tertua belum dibayar", "Oldest unpaid delivery"),
    "cli.supplier.col_date": ("Tanggal", "Date"),
    "cli.supplier.col_kind": ("Jenis", "Kind"),
    "cli.supplier.col_number": ("Nomor", "Number"),
    "cli.supplier.col_memo": ("Keterangan", "Description"),
    "cli.supplier.col_credit": ("Utang masuk", "Delivered"),
    "cli.supplier.col_debit": ("Dibayar", "Paid"),
    "cli.supplier.col_balance": ("Saldo", "Balance"),
    "cli.supplier.total": ("Jumlah", "Total"),
    "cli.supplier.opening": ("Saldo awal", "Opening balance"),
    "cli.supplier.closing": ("Saldo akhir", "Closing balance"),
    "cli.supplier.inactive": ("nonaktif", "inactive"),
    "cli.supplier.active": ("aktif", "active"),
    "cli.supplier.paid": ("Pembayaran {number}: {amount} kepada {name} ({method}). Sisa utang "
                          "{owed}.",
                          "Payment {number}: {amount} to {name} ({method}). Still owed "
                          "{owed}."),
    "cli.supplier.voided": ("Pembayaran {number} dibatalkan pada {day}.",
                            "Payment {number} voided on {day}."),
    "cli.supplier.method_typed": ("Cara bayar: bank atau tunai.", "Method: bank or cash."),
    "warehouse.reverse_paid_receipt": (
        "Penerimaan {number} sudah dibayar ke pemasok (utang tinggal {owed}): membaliknya "
        "membuat pemasok berutang kepada pasar. Batalkan dulu pembayarannya.",
        "Receipt {number} has been paid to the supplier (still owed: {owed}): reversing it "
        "would leave the supplier owing the market. Void the payment first."),
    "tui.warehouse.palette.pay_supplier": ("Bayar utang pemasok", "Pay a supplier"),
    "tui.warehouse.palette.pay_supplier.help": (
        "Daftar pemasok dengan utangnya; u membuka kartu utang, b mencatat pembayaran.",
        "The suppliers with what each is owed; u opens the account, b records a payment."),
}
