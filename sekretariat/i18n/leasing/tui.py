"""Texts of the leases module's forms and runs in the TUI: registering a
trader, leasing a stall, taking a payment, the billing run, printing."""

MESSAGES: dict[str, tuple[str, str]] = {
    # shared by the forms
    "tui.form.save": ("Simpan", "Save"),
    "tui.form.discard": ("Buang isian formulir ini?", "Discard what was typed in this form?"),
    "tui.form.discard_yes": ("Ya, buang", "Yes, discard"),
    "tui.help.choose": ("Pilih dengan panah, Enter memilih, Esc batal.",
                        "Move with the arrows, Enter chooses, Esc cancels."),
    "field.trader_name": ("Nama pedagang", "Trader's name"),
    # printing
    "tui.print.title": ("Dicetak", "Printed"),
    "tui.print.working": ("Membuat {what} …", "Making {what} …"),
    "tui.print.done": ("{what} tersimpan di {path}", "{what} saved to {path}"),
    "tui.print.agreement": ("Surat Perjanjian {number}", "Lease agreement {number}"),
    "tui.print.receipt": ("Kwitansi {number}", "Receipt {number}"),
    "tui.print.reminder": ("Surat teguran untuk {name}", "Reminder letter to {name}"),
    # traders list and trader
    "tui.traders.key.new": ("Pedagang baru", "New trader"),
    "tui.traders.registered": ("{name} terdaftar.", "{name} registered."),
    "tui.trader.key.pay": ("Bayar", "Payment"),
    "tui.trader.key.lease": ("Sewa lapak", "Lease a stall"),
    "tui.trader.key.agreement": ("Cetak perjanjian", "Print agreement"),
    "tui.trader.key.receipt": ("Cetak kwitansi", "Print receipt"),
    "tui.trader.key.reminder": ("Surat teguran", "Reminder letter"),
    "tui.trader.key.edit": ("Ubah data", "Edit"),
    "tui.trader.paid_title": ("Pembayaran diterima", "Payment taken"),
    "tui.trader.paid": ("Kwitansi {number}: {amount} tercatat.",
                        "Receipt {number}: {amount} recorded."),
    "tui.trader.receipt_failed": ("Kwitansi belum tercetak: {error} Cetak ulang dengan k.",
                                  "The receipt was not printed: {error} Print it again with k."),
    "tui.trader.leased": ("Perjanjian {number} untuk lapak {stall} ({start} – {end}) sudah "
                          "dibuat. Cetak Surat Perjanjian Sewa sekarang?",
                          "Agreement {number} for stall {stall} ({start} – {end}) is made. "
                          "Print the lease agreement now?"),
    "tui.trader.print_now": ("Ya, cetak", "Yes, print"),
    "tui.trader.leased_title": ("Perjanjian dibuat", "Agreement made"),
    "tui.trader.key.period": ("Periode", "Period"),
    "tui.trader.key.statement": ("Cetak rekening", "Print statement"),
    "tui.print.statement": ("Rekening koran {name}", "Statement of {name}"),
    "field.date_from": ("Dari tanggal", "From"),
    "tui.statement_period.title": ("Periode Rekening Koran", "Statement Period"),
    "tui.statement_period.submit": ("Tampilkan", "Show"),
    "tui.statement_period.all": ("Seluruh riwayat", "Whole history"),
    "tui.statement_period.all_button": ("Seluruh riwayat (Ctrl+A)", "Whole history (Ctrl+A)"),
    "tui.statement_period.help": (
        "Tulis tanggal awal dan akhir rekening koran lalu Enter; Ctrl+A menampilkan seluruh "
        "riwayat pedagang sampai hari ini. Saldo awal adalah saldo sebelum tanggal awal. "
        "Esc batal.",
        "Type the statement's first and last dates and press Enter; Ctrl+A shows the "
        "trader's whole history up to today. The opening balance is the balance before the "
        "first date. Esc cancels."),
    "tui.arrears.key.reminders": ("Teguran semua", "Remind all"),
    "tui.reminders.title": ("Surat Teguran untuk Para Penunggak", "Reminder Letters to All Overdue"),
    "tui.reminders.explain": (
        "Satu surat teguran (PDF) untuk setiap pedagang yang tagihan tertuanya sudah menunggak "
        "sekian hari atau lebih per {day}, yang paling lama lebih dulu. Berkasnya ditulis ke "
        "folder exports/ di samping database.",
        "One reminder letter (PDF) for every trader whose oldest invoice is overdue by so many "
        "days or more as of {day}, longest overdue first. The files go to the exports/ folder "
        "beside the database."),
    "tui.reminders.min_days": ("Menunggak sekurang-kurangnya (hari)", "Overdue at least (days)"),
    "tui.reminders.submit": ("Cetak surat", "Print letters"),
    "tui.reminders.progress": ("Menulis surat {done} dari {total} …",
                               "Writing letter {done} of {total} …"),
    "tui.reminders.none": ("Tidak ada pedagang yang menunggak selama itu; tidak ada surat yang "
                           "dibuat.",
                           "No trader is overdue that long; no letter was made."),
    "tui.reminders.done": ("{count} surat teguran tersimpan di {folder}",
                           "{count} reminder letters saved in {folder}"),
    "tui.reminders.help": (
        "Tulis jumlah hari, lalu Enter atau Ctrl+S. Yang tagihan tertuanya menunggak sejumlah "
        "hari itu atau lebih mendapat surat. Esc membatalkan.",
        "Type the number of days, then Enter or Ctrl+S. Everyone whose oldest invoice is "
        "overdue that long or longer gets a letter. Esc cancels."),
    "tui.trader.which_agreement": ("Perjanjian mana yang dicetak?", "Which agreement to print?"),
    "tui.trader.lease_choice": ("{number} · lapak {stall} · {start} – {end} · {state}",
                                "{number} · stall {stall} · {start} – {end} · {state}"),
    "tui.trader.pick_payment": ("Pilih baris pembayaran (KW/…) di rekening koran, lalu tekan k.",
                                "Pick a payment row (KW/…) in the statement, then press k."),
    # the trader form
    "tui.trader_form.title_new": ("Pedagang Baru", "New Trader"),
    "tui.trader_form.title_edit": ("Ubah Data Pedagang: {name}", "Edit Trader: {name}"),
    "tui.trader_form.nik_hint": ("16 angka sesuai KTP", "16 digits, as on the ID card"),
    "tui.trader_form.nik_info": ("NIK sah · lahir {born} · {sex}",
                                 "Valid NIK · born {born} · {sex}"),
    "tui.trader_form.female": ("perempuan", "female"),
    "tui.trader_form.male": ("laki-laki", "male"),
    "tui.trader_form.commodity_hint": ("mis. sayur, ikan basah, sembako",
                                       "e.g. vegetables, fresh fish, staples"),
    "tui.trader_form.help": (
        "Isi nama dan NIK (16 angka; diperiksa sambil mengetik, tanggal lahir dan jenis kelamin "
        "dari NIK ditampilkan). Telepon, alamat, dagangan dan catatan boleh kosong. Tab pindah "
        "kolom; Ctrl+S menyimpan; Esc batal. NIK yang sudah terdaftar ditolak dengan nama "
        "pemiliknya.",
        "Fill in the name and the NIK (16 digits; checked as you type, the birth date and sex "
        "it encodes are shown). Phone, address, commodity and note may stay empty. Tab moves "
        "between fields; Ctrl+S saves; Esc cancels. A NIK already registered is refused with "
        "its holder's name."),
    # the stall map
    "tui.stalls.key.lease": ("Sewakan", "Lease it"),
    "tui.stalls.key.agreement": ("Perjanjian", "Agreement"),
    # the palette
    "tui.palette.new_trader": ("Pedagang baru", "New trader"),
    "tui.palette.new_trader.help": ("Daftarkan pedagang: nama, NIK, telepon, alamat",
                                    "Register a trader: name, NIK, phone, address"),
    "tui.palette.new_lease": ("Sewa lapak baru", "New lease"),
    "tui.palette.pay": ("Bayar: terima pembayaran pedagang", "Pay: take a trader's payment"),
    "tui.palette.pay.help": ("Pilih pedagangnya, lalu formulir pembayaran terbuka",
                             "Choose the trader, then the payment form opens"),
    "tui.palette.print_statement": ("Cetak rekening koran pedagang",
                                    "Print a trader's statement"),
    "tui.palette.print_statement.help": ("Pilih pedagangnya, lalu rekening korannya dicetak",
                                         "Choose the trader, then the statement is printed"),
    "tui.palette.print_receipt": ("Cetak ulang kwitansi pembayaran",
                                  "Print a payment receipt again"),
    "tui.palette.print_receipt.help": ("Pilih pedagangnya, lalu pembayarannya",
                                       "Choose the trader, then the payment"),
    "tui.palette.bill": ("Tagih sewa dan iuran bulan ini (buat tagihan)",
                         "Bill the rent and fees of a month"),
    "tui.palette.bill.help": ("Buka penagihan: pratinjau lalu catat tagihan bulanan",
                              "Open billing: preview, then post the month's invoices"),
    "tui.palette.reminders": ("Cetak surat teguran untuk yang menunggak",
                              "Print reminder letters for those in arrears"),
    "tui.palette.reminders.help": ("Surat teguran untuk semua pedagang yang menunggak cukup lama",
                                   "A reminder letter for every trader overdue long enough"),
    "tui.traders.choose_for.take_payment": ("Pilih pedagang yang membayar (ketik namanya, "
                                            "Enter).",
                                            "Choose the trader who pays (type the name, "
                                            "Enter)."),
    "tui.traders.choose_for.print_statement": ("Pilih pedagang yang rekening korannya dicetak.",
                                               "Choose the trader whose statement to print."),
    "tui.traders.choose_for.print_receipt": ("Pilih pedagang yang kwitansinya dicetak ulang.",
                                             "Choose the trader whose receipt to print."),
    "tui.palette.new_lease.help": ("Buat perjanjian sewa lapak untuk seorang pedagang",
                                   "Make a stall lease agreement for a trader"),
    # the lease form
    "tui.lease_form.title": ("Sewa Lapak", "Lease a Stall"),
    "tui.lease_form.save": ("Buat perjanjian", "Make the agreement"),
    "tui.lease_form.trader_hint": ("ketik nama, NIK atau telepon, lalu pilih",
                                   "type a name, NIK or phone, then choose"),
    "tui.lease_form.trader_option": ("{name} · NIK {nik} · lapak {stalls} · {status}",
                                     "{name} · NIK {nik} · stalls {stalls} · {status}"),
    "tui.lease_form.trader_chosen": ("✓ {name} · NIK {nik} · {status}",
                                     "✓ {name} · NIK {nik} · {status}"),
    "tui.lease_form.no_trader": ("Tidak ada pedagang yang cocok. Pedagang baru? Ctrl+N "
                                 "mendaftarkannya.",
                                 "No matching trader. A new trader? Ctrl+N registers them."),
    "tui.lease_form.pick_trader": ("Pilih pedagangnya dari daftar.",
                                   "Choose the trader from the list."),
    "tui.lease_form.pick_stall": ("Tulis kode lapak, mis. A-01.",
                                  "Type the stall's code, e.g. A-01."),
    "tui.lease_form.stall_unknown": ("Lapak {code} tidak ada.", "There is no stall {code}."),
    "tui.lease_form.stall_what": ("{kind} · Blok {block} · {area} m²",
                                  "{kind} · Block {block} · {area} m²"),
    "tui.lease_form.stall_free": ("kosong pada {day}", "vacant on {day}"),
    "tui.lease_form.stall_taken": ("disewa {name} ({number}) sampai {end}",
                                   "leased to {name} ({number}) until {end}"),
    "tui.lease_form.rate_default": ("{rate} (tarif lapak)", "{rate} (stall rate)"),
    "tui.lease_form.rate_none": ("belum ada tarif: isi", "no rate set: type one"),
    "tui.lease_form.stall_label": ("Lapak", "Stall"),
    "tui.lease_form.due_day_label": ("Jatuh tempo", "Due day"),
    "tui.lease_form.late_fee_label": ("Denda %/bln", "Late fee %/mo"),
    "tui.lease_form.summary": ("Tarif {rate} per bulan; tagihan {frequency} {amount}.",
                               "Rate {rate} a month; {frequency} bill {amount}."),
    "tui.lease_form.help": (
        "Pedagang: ketik nama, NIK atau telepon; Enter atau Tab ke daftar, panah dan Enter "
        "memilih; Ctrl+N mendaftarkan pedagang baru. Lapak: ketik kodenya; jenis, luas, "
        "apakah kosong pada tanggal mulai dan tarifnya tampil. Tarif kosong = tarif lapak "
        "pada tanggal mulai. Denda keterlambatan dalam persen per bulan dari jumlah yang "
        "lewat jatuh tempo (bawaan 2). Ctrl+S membuat perjanjian; sesudahnya Surat Perjanjian"
        " Sewa bisa langsung dicetak. Esc batal.",
        "Trader: type a name, NIK or phone; Enter or Tab goes to the list, arrows and Enter "
        "choose; Ctrl+N registers a new trader. Stall: type its code; its kind, area, whether"
        " it is vacant on the start date and its rate are shown. An empty rate means the "
        "stall's rate on the start date. The late fee is a percentage per month of what is "
        "overdue (default 2). Ctrl+S makes the agreement; the lease agreement can then be "
        "printed at once. Esc cancels."),
    # the payment form
    "tui.payment_form.title": ("Terima Pembayaran", "Take a Payment"),
    "tui.payment_form.heading": ("Terima Pembayaran: {name}", "Take a Payment: {name}"),
    "tui.payment_form.owes": ("Tunggakan {amount} dalam {count} tagihan terbuka.",
                              "Owes {amount} on {count} open invoices."),
    "tui.payment_form.credit": ("Tidak ada tunggakan; saldo kredit {amount}.",
                                "Owes nothing; credit of {amount}."),
    "tui.payment_form.settled": ("Tidak ada tunggakan.", "Owes nothing."),
    "tui.payment_form.col_number": ("Tagihan", "Invoice"),
    "tui.payment_form.col_what": ("Untuk", "For"),
    "tui.payment_form.col_due": ("Jatuh tempo", "Due"),
    "tui.payment_form.col_open": ("Sisa", "Open"),
    "tui.payment_form.key.pick": ("Pilih tagihan", "Pick invoice"),
    "tui.payment_form.purpose": ("Untuk", "For"),
    "tui.payment_form.purpose_account": ("Tagihan (sewa, iuran, denda)",
                                         "Invoices (rent, fees, late fees)"),
    "tui.payment_form.purpose_deposit": ("Uang jaminan {number} (lapak {stall}, kurang {due})",
                                         "Deposit {number} (stall {stall}, {due} to pay)"),
    "tui.payment_form.reference_hint": ("no. transfer / QRIS", "transfer / QRIS ref."),
    "tui.payment_form.receipt": ("Kwitansi", "Receipt"),
    "tui.payment_form.receipt_80mm": ("Struk 80 mm", "80 mm roll"),
    "tui.payment_form.receipt_a6": ("Kertas A6", "A6 paper"),
    "tui.payment_form.print": ("Cetak kwitansi", "Print the receipt"),
    "tui.payment_form.save": ("Simpan pembayaran", "Save the payment"),
    "tui.payment_form.goes_to": ("Dibayarkan untuk {parts}", "Goes to {parts}"),
    "tui.payment_form.share": ("{number} {amount}", "{number} {amount}"),
    "tui.payment_form.more": ("dan {count} lagi", "and {count} more"),
    "tui.payment_form.left_as_credit": ("sisa {amount} menjadi saldo kredit",
                                        "{amount} left over stays as credit"),
    "tui.payment_form.deposit_goes": ("{amount} dicatat sebagai uang jaminan {number}.",
                                      "{amount} is recorded as the deposit of {number}."),
    "tui.payment_form.confirm_over": ("Pembayaran {amount} melebihi tunggakan {owed}. "
                                      "Kelebihan {extra} disimpan sebagai saldo kredit "
                                      "pedagang. Terima {amount}?",
                                      "The payment of {amount} is more than the {owed} owed. "
                                      "The extra {extra} is kept as the trader's credit. "
                                      "Take {amount}?"),
    "tui.payment_form.confirm_yes": ("Ya, terima", "Yes, take it"),
    "tui.payment_form.receipt_failed": ("Terjadi kesalahan; lihat log.",
                                        "Something went wrong; see the log."),
    "tui.payment_form.help": (
        "Di atas: tunggakan pedagang dan tagihannya yang terbuka, terlama di atas. Uang masuk "
        "ke tagihan terlama dulu; untuk memilih sendiri, pindah ke daftar dan tekan Spasi pada "
        "tagihan (urutan pilihan = urutan pembayaran). Isi jumlah (mis. 300.000 atau 300rb), "
        "cara bayar dan referensi untuk transfer/QRIS. Jumlah di atas tunggakan perlu "
        "dikonfirmasi; sisanya menjadi saldo kredit. 'Untuk' juga bisa uang jaminan sewa. "
        "Ctrl+S menyimpan dan mencetak kwitansi bernomor (PDF di folder exports). Esc batal.",
        "At the top: what the trader owes and their open invoices, oldest first. Money goes "
        "to the oldest invoice first; to choose, move to the list and press Space on invoices "
        "(the order picked is the order paid). Type the amount (e.g. 300.000 or 300rb), the "
        "method and a reference for transfer/QRIS. An amount above what is owed needs a "
        "confirmation; the rest becomes credit. 'For' can also be a lease's deposit. Ctrl+S "
        "saves and prints the numbered receipt (a PDF in the exports folder). Esc cancels."),
    # the billing run
    "tui.section.billing": ("Tagihan Sewa", "Billing"),
    "tui.section.billing.help": ("Tagihan sewa bulanan dan denda keterlambatan, dengan "
                                 "pratinjau sebelum diterbitkan",
                                 "Monthly rent invoices and late fees, previewed before they "
                                 "are issued"),
    "tui.billing.tab_rent": ("Sewa bulanan", "Monthly rent"),
    "tui.billing.tab_fees": ("Denda keterlambatan", "Late fees"),
    "tui.billing.key.preview": ("Pratinjau", "Preview"),
    "tui.billing.key.post": ("Terbitkan", "Issue"),
    "tui.billing.key.late_fees": ("Sewa / denda", "Rent / late fees"),
    "tui.billing.preview": ("Pratinjau (F2)", "Preview (F2)"),
    "tui.billing.post_rent": ("Terbitkan tagihan", "Issue the invoices"),
    "tui.billing.post_fees": ("Kenakan denda", "Charge the late fees"),
    "tui.billing.issue_hint": ("bawaan: hari ini", "default: today"),
    "tui.billing.rent_intro": ("Tulis bulannya lalu tekan F2 untuk melihat tagihan yang akan "
                               "diterbitkan.",
                               "Type the month, then press F2 to see the invoices it would "
                               "issue."),
    "tui.billing.fees_intro": ("Denda dihitung per tanggal; F2 menampilkan denda yang akan "
                               "dikenakan.",
                               "Late fees are reckoned as of a date; F2 shows the fees that "
                               "would be charged."),
    "tui.billing.preview_again": ("Isian berubah: tekan F2 untuk pratinjau lagi.",
                                  "The inputs changed: press F2 to preview again."),
    "tui.billing.col_stall": ("Lapak", "Stall"),
    "tui.billing.col_trader": ("Pedagang", "Trader"),
    "tui.billing.col_agreement": ("Perjanjian", "Agreement"),
    "tui.billing.col_period": ("Periode", "Period"),
    "tui.billing.col_days": ("Hari", "Days"),
    "tui.billing.col_amount": ("Jumlah", "Amount"),
    "tui.billing.col_invoice": ("No. tagihan", "Invoice no."),
    "tui.billing.col_due": ("Jatuh tempo", "Due"),
    "tui.billing.col_month": ("Bln ke", "Month"),
    "tui.billing.col_open": ("Terbuka", "Open"),
    "tui.billing.col_fee": ("Denda", "Fee"),
    "tui.billing.col_late_fee": ("No. denda", "Late fee no."),
    "tui.billing.total": ("Jumlah", "Total"),
    "tui.billing.rent_preview": ("Pratinjau {month}: {count} tagihan, jumlah {total}, terbit "
                                 "{issue}; {prorated} prorata (hari kuning). Belum ada yang "
                                 "dicatat: Ctrl+S menerbitkan.",
                                 "Preview of {month}: {count} invoices, total {total}, issued "
                                 "{issue}; {prorated} prorated (yellow days). Nothing is "
                                 "recorded yet: Ctrl+S issues them."),
    "tui.billing.rent_nothing": ("{month}: tidak ada sewa yang perlu ditagih.",
                                 "{month}: no rent to bill."),
    "tui.billing.already": ("{count} sewa sudah ditagih untuk bulan ini dan dilewati.",
                            "{count} leases were already billed for this month and are "
                            "skipped."),
    "tui.billing.rent_posted": ("Diterbitkan {month}: {count} tagihan, jumlah {total} "
                                "({numbers}).",
                                "Issued {month}: {count} invoices, total {total} "
                                "({numbers})."),
    "tui.billing.rent_posted_short": ("{count} tagihan sewa diterbitkan, jumlah {total}.",
                                      "{count} rent invoices issued, total {total}."),
    "tui.billing.credit_applied": ("Saldo kredit {amount} langsung melunasi sebagian.",
                                   "Credit balances of {amount} settled part of them."),
    "tui.billing.confirm_rent": ("Terbitkan {count} tagihan sewa {month}, jumlah {total}, "
                                 "tanggal terbit {issue}? Setiap tagihan dicatat di jurnal.",
                                 "Issue {count} rent invoices for {month}, total {total}, "
                                 "dated {issue}? Each is posted to the journal."),
    "tui.billing.fees_preview": ("Pratinjau per {day}: {count} denda, jumlah {total}. Belum "
                                 "ada yang dicatat: Ctrl+S mengenakan.",
                                 "Preview as of {day}: {count} late fees, total {total}. "
                                 "Nothing is recorded yet: Ctrl+S charges them."),
    "tui.billing.fees_nothing": ("Per {day} tidak ada denda yang jatuh.",
                                 "As of {day} no late fee falls due."),
    "tui.billing.fees_posted": ("Dikenakan per {day}: {count} denda, jumlah {total} "
                                "({numbers}).",
                                "Charged as of {day}: {count} late fees, total {total} "
                                "({numbers})."),
    "tui.billing.fees_posted_short": ("{count} denda dikenakan, jumlah {total}.",
                                      "{count} late fees charged, total {total}."),
    "tui.billing.confirm_fees": ("Kenakan {count} denda keterlambatan per {day}, jumlah "
                                 "{total}?",
                                 "Charge {count} late fees as of {day}, total {total}?"),
    "tui.billing.help": (
        "Sewa bulanan: tulis bulan (mis. 12/2026), tanggal terbit bila bukan hari ini, lalu F2: "
        "semua tagihan yang akan terbit tampil (hari kuning = prorata untuk awal/akhir sewa) "
        "tanpa mencatat apa pun. Ctrl+S menerbitkannya setelah konfirmasi. Bulan yang sudah "
        "ditagih tidak ditagih dua kali. Ctrl+L pindah ke denda keterlambatan: tanggal, F2 "
        "pratinjau, Ctrl+S mengenakan.",
        "Monthly rent: type the month (e.g. 12/2026), an issue date if not today, then F2: "
        "every invoice it would issue is shown (yellow days = prorated first/last part) and "
        "nothing is recorded. Ctrl+S issues them after a confirmation. A month already billed "
        "is never billed twice. Ctrl+L switches to late fees: a date, F2 previews, Ctrl+S "
        "charges."),
    # the trader's leases, payments and status
    "tui.trader.key.lease_action": ("Kelola sewa", "Lease actions"),
    "tui.trader.key.void": ("Batalkan pembayaran", "Void payment"),
    "tui.trader.key.status": ("Status pedagang", "Trader status"),
    "tui.trader.no_running_lease": ("Pedagang ini tidak punya sewa yang berjalan.",
                                    "This trader has no running lease."),
    "tui.trader.which_lease": ("Sewa yang mana?", "Which lease?"),
    "tui.trader.what_lease": ("{number} (lapak {stall}): apa yang dilakukan?",
                              "{number} (stall {stall}): what to do?"),
    "tui.trader.lease_renew": ("Perpanjang sewa", "Renew the lease"),
    "tui.trader.lease_end": ("Akhiri sewa dan selesaikan tagihan", "End the lease and settle"),
    "tui.trader.lease_transfer": ("Alihkan lapak ke pedagang lain",
                                  "Hand the stall to another trader"),
    "tui.trader.transferred": ("Lapak {stall} kini disewa {name} ({number}).",
                               "Stall {stall} is now leased to {name} ({number})."),
    "tui.trader.transfer_kept": ("Tunggakan {amount} tetap di rekening {name}.",
                                 "Arrears of {amount} stay on {name}'s account."),
    "tui.trader.transfer_settled": ("Tunggakan pedagang lama sudah lunas.",
                                    "The outgoing trader's arrears are settled."),
    "tui.trader.voided": ("Pembayaran {number} ({amount}) dibatalkan; tagihannya terbuka lagi.",
                          "Payment {number} ({amount}) voided; its invoices are open again."),
    "tui.void_payment.title": ("Batalkan Pembayaran", "Void a Payment"),
    "tui.void_payment.title_of": ("Batalkan pembayaran {number}", "Void payment {number}"),
    "tui.void_payment.explain": ("{amount} dari {name}, {day}. Pembayaran tidak dihapus: jurnal "
                                 "pembalik dicatat pada tanggal pembatalan, tagihan yang "
                                 "dibayarnya terbuka lagi, dan kwitansinya bertanda BATAL.",
                                 "{amount} from {name}, {day}. The payment is not deleted: a "
                                 "reversing entry is posted on the void date, the invoices it "
                                 "paid are open again, and its receipt is marked BATAL."),
    "tui.void_payment.submit": ("Batalkan pembayaran", "Void the payment"),
    "tui.void_payment.help": ("Tulis alasannya (wajib) dan tanggal pembatalan; Enter atau "
                              "Ctrl+S membatalkan; Esc tidak jadi.",
                              "Type the reason (required) and the void date; Enter or Ctrl+S "
                              "voids; Esc keeps the payment."),
    "tui.trader_status.title": ("Status Pedagang", "Trader Status"),
    "tui.trader_status.title_of": ("Status {name}", "Status of {name}"),
    "tui.trader_status.explain": ("Pedagang yang diblokir tidak bisa mendapat sewa baru (sewa "
                                  "dan pembayaran yang berjalan tetap). Memblokir perlu alasan.",
                                  "A blocked trader gets no new lease (running leases and "
                                  "payments carry on). Blocking needs a reason."),
    "tui.trader_status.help": ("Pilih status, tulis alasannya, Ctrl+S menyimpan; Esc batal.",
                               "Choose the status, type the reason, Ctrl+S saves; Esc cancels."),
    # renewing, ending and handing over a lease
    "tui.lease_actions.lease": ("{number} · lapak {stall} · {name} · {start} – {end} · "
                                "{rate}/bulan · jaminan dipegang {deposit}",
                                "{number} · stall {stall} · {name} · {start} – {end} · "
                                "{rate}/month · deposit held {deposit}"),
    "tui.lease_actions.renew_title": ("Perpanjang Sewa", "Renew a Lease"),
    "tui.lease_actions.renew_from": ("Perjanjian baru mulai {start}; uang jaminan ikut pindah.",
                                     "The new agreement starts on {start}; the deposit moves "
                                     "to it."),
    "tui.lease_actions.rate_default": ("kosong: tarif lapak", "empty: the stall's rate"),
    "tui.lease_actions.renew_save": ("Buat perjanjian baru", "Make the new agreement"),
    "tui.lease_actions.renew_help": ("Tanggal berakhir perjanjian baru, tarif (kosong = tarif "
                                     "lapak saat itu), catatan; Ctrl+S menyimpan; Esc batal.",
                                     "The new agreement's end date, the rate (empty = the "
                                     "stall's rate then), a note; Ctrl+S saves; Esc cancels."),
    "tui.lease_actions.end_title": ("Akhiri Sewa", "End a Lease"),
    "tui.lease_actions.end_explain": ("Hari sewa yang sudah ditagih tetapi tidak dipakai "
                                      "dikreditkan kembali. Uang jaminan dipakai dulu untuk "
                                      "tunggakan sewa ini, sisanya dikembalikan atau hangus; "
                                      "'tetap dipegang' membiarkan jaminan dan tunggakannya.",
                                      "Billed days not used are credited back. The deposit "
                                      "first pays this lease's arrears, then the rest is "
                                      "refunded or forfeited; 'keep' leaves the deposit and "
                                      "the arrears as they are."),
    "tui.lease_actions.settle_on": ("Tanggal penyelesaian", "Settled on"),
    "tui.lease_actions.refund_method": ("Cara pengembalian", "Refund method"),
    "tui.lease_actions.deposit_refund": ("Lunasi tunggakan, sisa kembali",
                                         "Pay arrears, refund the rest"),
    "tui.lease_actions.deposit_forfeit": ("Lunasi tunggakan, sisa hangus",
                                          "Pay arrears, forfeit the rest"),
    "tui.lease_actions.deposit_keep": ("Tetap dipegang", "Keep it held"),
    "tui.lease_actions.end_save": ("Akhiri sewa", "End the lease"),
    "tui.lease_actions.end_help": ("Alasan (wajib), hari terakhir menempati, tanggal "
                                   "penyelesaian, dan apa yang terjadi dengan uang jaminan; "
                                   "Ctrl+S mengakhiri; Esc batal.",
                                   "The reason (required), the last day of occupancy, the "
                                   "settlement date and what happens to the deposit; Ctrl+S "
                                   "ends the lease; Esc cancels."),
    "tui.lease_actions.settled": ("{number} berakhir {ended}.", "{number} ended on {ended}."),
    "tui.lease_actions.unused": ("Hari tak terpakai dikreditkan {amount}.",
                                 "Unused days credited {amount}."),
    "tui.lease_actions.set_off": ("Jaminan dipakai untuk tunggakan {amount}.",
                                  "Deposit set off against arrears {amount}."),
    "tui.lease_actions.refunded": ("Jaminan dikembalikan {amount}.", "Deposit refunded {amount}."),
    "tui.lease_actions.forfeited": ("Jaminan hangus {amount}.", "Deposit forfeited {amount}."),
    "tui.lease_actions.kept": ("Jaminan tetap dipegang {amount}.", "Deposit kept {amount}."),
    "tui.lease_actions.remaining": ("Sisa tunggakan sewa ini {amount}; saldo pedagang {balance}.",
                                    "Still owed on this lease {amount}; trader's balance "
                                    "{balance}."),
    "tui.lease_actions.transfer_title": ("Alihkan Lapak", "Hand Over a Stall"),
    "tui.lease_actions.new_trader": ("Pedagang baru", "Incoming trader"),
    "tui.lease_actions.arrears_choose": ("pilih…", "choose…"),
    "tui.lease_actions.arrears_settle": ("Dilunasi sekarang (jaminan dipakai dulu)",
                                         "Settled now (the deposit first)"),
    "tui.lease_actions.arrears_keep": ("Tetap di rekening pedagang lama",
                                       "Stay on the outgoing trader's account"),
    "tui.lease_actions.transfer_explain": ("Sewa lama berakhir sehari sebelum tanggal "
                                           "pengalihan; sewa baru dimulai pada tanggal itu. "
                                           "Tunggakan tidak pernah hilang: pilih dilunasi atau "
                                           "tetap di rekening pedagang lama.",
                                           "The old lease ends the day before the transfer "
                                           "date; the new one starts on it. Arrears never "
                                           "vanish: choose settled or kept on the outgoing "
                                           "trader's account."),
    "tui.lease_actions.transfer_save": ("Alihkan lapak", "Hand over the stall"),
    "tui.lease_actions.transfer_help": ("Pilih pedagang baru, tanggal pengalihan, dan apa yang "
                                        "terjadi dengan tunggakan pedagang lama (wajib). Masa, "
                                        "tarif dan jaminan sewa baru bisa diubah. Ctrl+S "
                                        "mengalihkan; Esc batal.",
                                        "Choose the incoming trader, the transfer date and "
                                        "what happens to the outgoing trader's arrears "
                                        "(required). The new lease's term, rate and deposit "
                                        "can be changed. Ctrl+S hands over; Esc cancels."),
    # daily fees
    "tui.section.fees": ("Iuran Harian", "Daily Fees"),
    "tui.section.fees.help": ("Lembar petugas: lapak mana yang membayar iuran hari ini, dan "
                              "setorannya",
                              "The collector's sheet: which stalls paid today's fees, and the "
                              "hand-over"),
    "tui.fees.key.toggle": ("Bayar/belum", "Paid/unpaid"),
    "tui.fees.key.all": ("Semua bayar", "All paid"),
    "tui.fees.key.record": ("Catat setoran", "Record"),
    "tui.fees.key.settings": ("Jenis iuran & petugas", "Fee types & collectors"),
    "tui.fees.pick_collector": ("Pilih petugasnya.", "Choose the collector."),
    "tui.fees.all_blocks": ("Semua blok", "All blocks"),
    "tui.fees.col_stall": ("Lapak", "Stall"),
    "tui.fees.col_trader": ("Pedagang", "Trader"),
    "tui.fees.col_amount": ("Iuran", "Fee"),
    "tui.fees.col_state": ("Keterangan", "State"),
    "tui.fees.paid": ("membayar", "paid"),
    "tui.fees.unpaid": ("belum membayar", "not paid"),
    "tui.fees.recorded": ("sudah dicatat hari ini", "already recorded today"),
    "tui.fees.already": ("Iuran lapak {stall} hari ini sudah dicatat.",
                         "Stall {stall}'s fees are already recorded for the day."),
    "tui.fees.setup": ("Iuran per lapak per hari ({fees}): {total}. {policy}.",
                       "Fees per stall per day ({fees}): {total}. {policy}."),
    "tui.fees.no_types": ("Belum ada jenis iuran; bendahara mengaturnya dengan Ctrl+T.",
                          "No fee types yet; the treasurer sets them up with Ctrl+T."),
    "tui.fees.no_collectors": ("Belum ada petugas; bendahara menambahkannya dengan Ctrl+T.",
                               "No collectors yet; the treasurer adds them with Ctrl+T."),
    "tui.fees.totals": ("Membayar: {paid} lapak, {collected} · Belum: {unpaid} lapak, {owed}.",
                        "Paid: {paid} stalls, {collected} · Not paid: {unpaid} stalls, "
                        "{owed}."),
    "tui.fees.recorded_count": ("{count} lapak sudah dicatat hari itu.",
                                "{count} stalls already recorded that day."),
    "tui.fees.record": ("Catat setoran", "Record the hand-over"),
    "tui.fees.confirm": ("Catat iuran {day} oleh {name}: {paid} lapak membayar ({collected}), "
                         "{unpaid} belum ({owed}); disetor {handed}?",
                         "Record {name}'s fees for {day}: {paid} stalls paid ({collected}), "
                         "{unpaid} not ({owed}); handed in {handed}?"),
    "tui.fees.recorded_done": ("Setoran {number} ({name}) tercatat: {handed} diterima; belum "
                               "dibayar {unpaid}.",
                               "Hand-over {number} ({name}) recorded: {handed} received; not "
                               "paid {unpaid}."),
    "tui.fees.help": (
        "Pilih tanggal, petugas dan blok; semua lapak yang disewa pada hari itu tampil dengan "
        "iurannya. Spasi menandai lapak membayar / belum, a menandai semuanya. Disetor: uang "
        "yang diserahkan petugas (kosong = sama dengan yang dipungut; selisih perlu catatan). "
        "Ctrl+S mencatat setoran bernomor; lapak yang belum membayar menjadi piutang bila "
        "kebijakan pasar begitu. Satu petugas satu setoran per hari. Ctrl+T: jenis iuran, "
        "petugas dan kebijakan (bendahara, ketua).",
        "Choose the date, the collector and the block; every stall leased that day is listed "
        "with its fees. Space marks a stall paid / not paid, a marks them all. Handed in: the "
        "money the collector hands over (empty = what was collected; a difference needs a "
        "note). Ctrl+S records a numbered hand-over; stalls that did not pay become "
        "receivables when the market's policy says so. One hand-over per collector per day. "
        "Ctrl+T: fee types, collectors and the policy (treasurer, chair)."),
    "tui.fee_settings.title": ("Jenis Iuran & Petugas", "Fee Types & Collectors"),
    "tui.fee_settings.key.toggle": ("Aktif/nonaktif", "Active/inactive"),
    "tui.fee_settings.types": ("Jenis iuran harian", "Daily fee types"),
    "tui.fee_settings.collectors": ("Petugas pemungut", "Collectors"),
    "tui.fee_settings.code_hint": ("mis. kebersihan", "e.g. cleaning"),
    "tui.fee_settings.name": ("Nama iuran", "Fee name"),
    "tui.fee_settings.collector_name": ("Nama petugas", "Collector's name"),
    "tui.fee_settings.add_type": ("Tambah iuran", "Add fee type"),
    "tui.fee_settings.add_collector": ("Tambah petugas", "Add collector"),
    "tui.fee_settings.col_code": ("Kode", "Code"),
    "tui.fee_settings.col_name": ("Nama", "Name"),
    "tui.fee_settings.col_amount": ("Per hari", "Per day"),
    "tui.fee_settings.col_kinds": ("Per jenis lapak", "By stall kind"),
    "tui.fee_settings.key.kinds": ("Besar per jenis", "By stall kind"),
    "tui.kind_amounts.title": ("Iuran per Jenis Lapak", "Fee by Stall Kind"),
    "tui.kind_amounts.title_of": ("{name} per jenis lapak", "{name} by stall kind"),
    "tui.kind_amounts.explain": ("Berapa yang dibayar tiap jenis lapak per hari. Kosong = "
                                 "besar iuran ini ({amount}). Hari yang sudah dicatat tidak "
                                 "berubah.",
                                 "What each kind of stall pays a day. Empty = this fee's own "
                                 "amount ({amount}). Days already recorded do not change."),
    "tui.kind_amounts.help": ("Isi jumlah per jenis lapak atau kosongkan; Enter atau Ctrl+S "
                              "menyimpan; Esc batal.",
                              "Type an amount per stall kind or leave it empty; Enter or "
                              "Ctrl+S saves; Esc cancels."),
    "tui.fee_settings.col_active": ("Status", "Status"),
    "tui.fee_settings.col_collector": ("Petugas", "Collector"),
    "tui.fee_settings.active": ("aktif", "active"),
    "tui.fee_settings.inactive": ("nonaktif", "inactive"),
    "tui.fee_settings.type_added": ("Iuran {name} ditambahkan.", "Fee {name} added."),
    "tui.fee_settings.collector_added": ("Petugas {name} ditambahkan.", "Collector {name} added."),
    "tui.fee_settings.help": (
        "Kiri: jenis iuran harian dan besarnya; isi kode, nama dan jumlah lalu Enter untuk "
        "menambah; k pada baris iuran mengatur besarnya per jenis lapak (kios, los, "
        "pelataran). Kanan: petugas pemungut, dan kebijakan untuk iuran yang tidak dibayar. "
        "Spasi pada baris menjadikannya aktif / nonaktif (tidak ada yang dihapus). Esc "
        "kembali.",
        "Left: the daily fee types and amounts; type a code, name and amount and press Enter "
        "to add one; k on a fee's row sets its amount per stall kind (kios, los, "
        "pelataran). Right: the collectors, and the policy for fees not paid. Space on a row "
        "makes it active / inactive (nothing is deleted). Esc goes back."),
}
