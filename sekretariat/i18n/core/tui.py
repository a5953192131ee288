"""Messages of the tui. Each key maps to (Bahasa Indonesia, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "tui.login.demo_title": ("Database demo — akun untuk dicoba:",
                             "Demo database — accounts to try:"),
    # general
    "tui.app_name": ("Sekretariat Pasar", "Market Secretariat"),
    "tui.loading": ("Memuat…", "Loading…"),
    "tui.date_hint": ("hh/bb/tttt", "dd/mm/yyyy"),
    "tui.close": ("Tutup", "Close"),
    "tui.cancel": ("Batal", "Cancel"),
    "tui.yes": ("Ya", "Yes"),
    "tui.no": ("Tidak", "No"),
    "tui.error.unexpected": ("Terjadi kesalahan tak terduga; rinciannya dicatat di {path}.",
                             "Something unexpected went wrong; the details are in {path}."),
    "tui.quit_hint": ("Tekan Ctrl+Q untuk menutup aplikasi.", "Press Ctrl+Q to quit."),
    # keys (footer and help)
    "tui.key.back": ("Kembali", "Back"),
    "tui.key.cancel": ("Batal", "Cancel"),
    "tui.key.close": ("Tutup", "Close"),
    "tui.key.help": ("Bantuan", "Help"),
    "tui.key.palette": ("Perintah", "Commands"),
    "tui.key.quit": ("Tutup", "Quit"),
    "tui.key.clear": ("Kosongkan", "Clear"),
    "tui.key.next": ("Lanjut", "Next"),
    "tui.key.logout": ("Keluar", "Log out"),
    "tui.key.sections": ("Buka bagian", "Open section"),
    "tui.key.open_section": ("Buka bagian", "Open section"),
    "tui.key.tabs": ("Neraca/Daftar", "Balance/Entries"),
    "tui.key.tab_balance": ("Neraca saldo", "Trial balance"),
    "tui.key.tab_entries": ("Daftar jurnal", "Entries"),
    "tui.key.new_entry": ("Jurnal baru", "New entry"),
    "tui.key.reverse": ("Balik jurnal", "Reverse"),
    "tui.key.reverse_confirm": ("Balik", "Reverse"),
    "tui.key.more": ("Muat lagi", "Load more"),
    "tui.key.refresh": ("Segarkan", "Refresh"),
    "tui.key.save": ("Simpan", "Save"),
    "tui.key.add_line": ("Tambah baris", "Add line"),
    "tui.key.remove_line": ("Hapus baris", "Remove line"),
    "tui.key.close_day": ("Tutup hari", "Close day"),
    "tui.key.reopen_day": ("Buka kembali", "Reopen"),
    "tui.key.reopen_confirm": ("Buka kembali", "Reopen"),
    "tui.key.filter": ("Saring", "Filter"),
    "tui.key.clear_filter": ("Hapus saringan", "Clear filter"),
    "tui.key.add_user": ("Tambah", "Add"),
    "tui.key.set_password": ("Kata sandi", "Password"),
    "tui.key.unlock": ("Buka kunci", "Unlock"),
    "tui.key.toggle_active": ("Aktif/nonaktif", "Activate/deactivate"),
    "tui.key.change_role": ("Ubah peran", "Change role"),
    "tui.key.yes": ("Ya", "Yes"),
    "tui.key.first_row": ("Baris pertama", "First row"),
    "tui.key.last_row": ("Baris terakhir", "Last row"),
    "tui.key.no": ("Tidak", "No"),
    # sections of the home screen
    "tui.section.journal": ("Jurnal & Neraca Saldo", "Journal & Trial Balance"),
    "tui.section.journal.help": ("Neraca saldo per tanggal, daftar jurnal, jurnal baru dan "
                                 "pembalikan",
                                 "Trial balance as of a date, entries, new entries and "
                                 "reversals"),
    "tui.section.days": ("Tutup Kas Harian", "End-of-day close"),
    "tui.section.days.help": ("Hitung kas dan tutup hari; riwayat, buka kembali",
                              "Count the cash and close the day; history, reopening"),
    "tui.section.audit": ("Log Audit", "Audit Log"),
    "tui.section.audit.help": ("Siapa mengubah apa dan kapan", "Who changed what, and when"),
    "tui.section.users": ("Pengguna", "Users"),
    "tui.section.users.help": ("Akun, peran, kata sandi, buka kunci",
                               "Accounts, roles, passwords, unlocking"),
    "tui.section.market": ("Profil Pasar", "Market Profile"),
    "tui.section.market.help": ("Nama, alamat, pengelola dan pemilik aset",
                                "Name, address, management and asset owner"),
    # login
    "tui.login.title": ("Masuk", "Log in"),
    "tui.login.submit": ("Masuk", "Log in"),
    "tui.login.checking": ("Memeriksa…", "Checking…"),
    "tui.login.username_hint": ("nama pengguna Anda", "your username"),
    "tui.login.username_empty": ("Isi nama pengguna.", "Enter your username."),
    "tui.login.password_empty": ("Isi kata sandi.", "Enter your password."),
    "tui.login.not_initialized": ("Database belum disiapkan. Jalankan 'sekretariat init'.",
                                  "The database is not set up yet. Run 'sekretariat init'."),
    # home
    "tui.home.title": ("Beranda", "Home"),
    "tui.home.user": ("{name} — {role}", "{name} — {role}"),
    "tui.home.sections": ("Bagian", "Sections"),
    # journal
    "tui.journal.tab_balance": ("Neraca saldo", "Trial balance"),
    "tui.journal.tab_entries": ("Daftar jurnal", "Entries"),
    "tui.journal.as_of": ("Per tanggal", "As of"),
    "tui.journal.col_code": ("Kode", "Code"),
    "tui.journal.col_account": ("Akun", "Account"),
    "tui.journal.col_debit": ("Debit", "Debit"),
    "tui.journal.col_credit": ("Kredit", "Credit"),
    "tui.journal.col_balance": ("Saldo", "Balance"),
    "tui.journal.col_number": ("Nomor", "Number"),
    "tui.journal.col_date": ("Tanggal", "Date"),
    "tui.journal.col_memo": ("Keterangan", "Description"),
    "tui.journal.col_total": ("Jumlah", "Amount"),
    "tui.journal.col_by": ("Oleh", "By"),
    "tui.journal.col_status": ("Status", "Status"),
    "tui.journal.total": ("Jumlah", "Total"),
    "tui.journal.balanced": ("✓ Seimbang per {day}", "✓ Balanced as of {day}"),
    "tui.journal.unbalanced": ("✗ Tidak seimbang per {day}", "✗ Not balanced as of {day}"),
    "tui.journal.status_reversed": ("sudah dibalik", "reversed"),
    "tui.journal.status_reversal": ("pembalik", "reversal"),
    "tui.journal.no_entries": ("Belum ada jurnal.", "No entries yet."),
    "tui.journal.shown_more": ("{count} jurnal terbaru ditampilkan — turun ke bawah atau tekan m "
                               "untuk memuat lagi.",
                               "{count} newest entries shown — scroll down or press m for more."),
    "tui.journal.shown_all": ("Semua {count} jurnal ditampilkan.", "All {count} entries shown."),
    "tui.journal.posted": ("Jurnal {number} dicatat ({amount}).",
                           "Entry {number} posted ({amount})."),
    "tui.journal.reversed": ("Jurnal pembalik {number} dicatat.",
                             "Reversing entry {number} posted."),
    # entry form
    "tui.entry.title": ("Jurnal Baru", "New Journal Entry"),
    "tui.entry.col_account": ("Akun", "Account"),
    "tui.entry.col_line_memo": ("Keterangan baris", "Line note"),
    "tui.entry.pick_account": ("Pilih akun", "Choose an account"),
    "tui.entry.account_missing": ("Pilih akun untuk baris ini.",
                                  "Choose an account for this line."),
    "tui.entry.totals": ("Debit {debit} · Kredit {credit} · Selisih {difference}",
                         "Debit {debit} · Credit {credit} · Difference {difference}"),
    "tui.entry.totals_balanced": ("Debit {debit} · Kredit {credit} · Seimbang ✓",
                                  "Debit {debit} · Credit {credit} · Balanced ✓"),
    "tui.entry.totals_unreadable": ("(ada jumlah yang belum terbaca)",
                                    "(some amounts cannot be read yet)"),
    "tui.entry.save": ("Simpan", "Save"),
    "tui.entry.add_line": ("Tambah baris", "Add line"),
    "tui.entry.min_lines": ("Jurnal perlu paling sedikit {count} baris.",
                            "An entry needs at least {count} lines."),
    "tui.entry.discard": ("Buang jurnal yang belum disimpan ini?",
                          "Discard this unsaved entry?"),
    "tui.entry.discard_yes": ("Buang", "Discard"),
    # entry detail and reversal
    "tui.entry_detail.title": ("Rincian Jurnal", "Journal Entry"),
    "tui.entry_detail.number": ("Nomor {number} · tanggal {day}",
                                "Number {number} · dated {day}"),
    "tui.entry_detail.memo": ("Keterangan: {memo}", "Description: {memo}"),
    "tui.entry_detail.by": ("Dicatat oleh {user} pada {at}", "Posted by {user} on {at}"),
    "tui.entry_detail.is_reversal": ("Jurnal ini adalah pembalik jurnal lain.",
                                     "This entry reverses another entry."),
    "tui.entry_detail.was_reversed": ("Jurnal ini sudah dibalik.",
                                      "This entry has been reversed."),
    "tui.entry_detail.reverse": ("Balik jurnal…", "Reverse…"),
    "tui.reverse.title": ("Balik jurnal {number}", "Reverse entry {number}"),
    "tui.reverse.explain": ("Jurnal yang sudah dicatat tidak diubah. Pembalikan mencatat jurnal "
                            "cermin yang meniadakannya; lalu catat jurnal yang benar bila perlu.",
                            "Posted entries are never changed. A reversal posts the mirror image "
                            "that cancels it; then post the correct entry if needed."),
    "tui.reverse.submit": ("Balik jurnal", "Reverse entry"),
    # closed days
    "tui.days.col_day": ("Tanggal", "Date"),
    "tui.days.col_status": ("Status", "Status"),
    "tui.days.col_closed_by": ("Ditutup oleh", "Closed by"),
    "tui.days.col_closed_at": ("Waktu tutup", "Closed at"),
    "tui.days.col_note": ("Catatan", "Note"),
    "tui.days.col_reopened_by": ("Dibuka oleh", "Reopened by"),
    "tui.days.col_reason": ("Alasan dibuka", "Reason for reopening"),
    "tui.days.status_closed": ("Ditutup", "Closed"),
    "tui.days.status_reopened": ("Dibuka kembali", "Reopened"),
    "tui.days.none_closed": ("Belum ada hari yang ditutup.", "No day is closed."),
    "tui.days.locked_until": ("Buku tertutup sampai dengan {day}.",
                              "The books are closed up to {day}."),
    "tui.days.closed": ("Hari {day} ditutup.", "{day} is closed."),
    "tui.days.reopened": ("Dibuka kembali: {days}.", "Reopened: {days}."),
    "tui.days.nothing_to_reopen": ("Tidak ada hari yang sedang ditutup.",
                                   "No day is closed at the moment."),
    "tui.reopen_day.title": ("Buka kembali hari yang ditutup", "Reopen a closed day"),
    "tui.reopen_day.explain": ("Hari yang ditutup setelah tanggal ini ikut dibuka. Tuliskan "
                               "alasannya (minimal {minimum} huruf); alasan dicatat di log audit.",
                               "Days closed after this date are reopened too. Give the reason "
                               "(at least {minimum} characters); it goes into the audit log."),
    "tui.reopen_day.submit": ("Buka kembali", "Reopen"),
    # audit
    "tui.audit.filter_user": ("Pengguna", "User"),
    "tui.audit.filter_user_hint": ("semua", "everyone"),
    "tui.audit.filter_from": ("Dari tanggal", "From"),
    "tui.audit.filter_to": ("Sampai tanggal", "To"),
    "tui.audit.apply": ("Terapkan", "Apply"),
    "tui.audit.range_reversed": ("Tanggal akhir sebelum tanggal awal.",
                                 "The end date is before the start date."),
    "tui.audit.col_id": ("No.", "No."),
    "tui.audit.col_at": ("Waktu", "Time"),
    "tui.audit.col_user": ("Pengguna", "User"),
    "tui.audit.col_action": ("Tindakan", "Action"),
    "tui.audit.col_entity": ("Objek", "Object"),
    "tui.audit.col_entity_id": ("ID objek", "Object ID"),
    "tui.audit.empty": ("Tidak ada catatan.", "No records."),
    "tui.audit.shown_more": ("{count} catatan terbaru ditampilkan — turun ke bawah atau tekan m "
                             "untuk memuat lagi.",
                             "{count} newest records shown — scroll down or press m for more."),
    "tui.audit.shown_all": ("Semua {count} catatan ditampilkan.", "All {count} records shown."),
    "tui.audit.filtered": ("(disaring; x menghapus saringan)", "(filtered; x clears the filter)"),
    "tui.entity.app_user": ("Pengguna", "User"),
    "tui.entity.journal_entry": ("Jurnal", "Journal entry"),
    "tui.entity.closed_day": ("Hari ditutup", "Closed day"),
    "tui.entity.market_profile": ("Profil pasar", "Market profile"),
    "tui.entity.database": ("Database", "Database"),
    "tui.audit_detail.title": ("Log audit #{id}", "Audit log #{id}"),
    "tui.audit_detail.head": ("{at} · {user}\n{action} ({code}) · {entity} {entity_id}",
                              "{at} · {user}\n{action} ({code}) · {entity} {entity_id}"),
    "tui.audit_detail.before": ("Sebelum", "Before"),
    "tui.audit_detail.after": ("Sesudah", "After"),
    # users
    "tui.users.col_username": ("Nama pengguna", "Username"),
    "tui.users.col_full_name": ("Nama lengkap", "Full name"),
    "tui.users.col_role": ("Peran", "Role"),
    "tui.users.col_active": ("Aktif", "Active"),
    "tui.users.col_locked": ("Terkunci", "Locked"),
    "tui.users.col_last_login": ("Terakhir masuk", "Last login"),
    "tui.users.locked": ("TERKUNCI", "LOCKED"),
    "tui.users.count": ("{count} akun.", "{count} accounts."),
    "tui.users.locked_count": ("{count} terkunci — tekan u untuk membuka kunci.",
                               "{count} locked — press u to unlock."),
    "tui.users.added": ("Akun {username} ({role}) dibuat.", "Account {username} ({role}) created."),
    "tui.users.password_set": ("Kata sandi {username} diganti.",
                               "{username}'s password has been set."),
    "tui.users.unlocked": ("Akun {username} dibuka kuncinya.", "{username} is unlocked."),
    "tui.users.updated": ("Akun {username} diubah.", "{username} has been updated."),
    "tui.users.confirm_deactivate": ("Nonaktifkan akun {username}? Akun itu tidak bisa masuk "
                                     "lagi sampai diaktifkan kembali.",
                                     "Deactivate {username}? The account cannot log in until "
                                     "it is activated again."),
    "tui.users.confirm_activate": ("Aktifkan kembali akun {username}?",
                                   "Activate {username} again?"),
    "tui.add_user.title": ("Tambah pengguna", "Add a user"),
    "tui.add_user.username_hint": ("huruf kecil, mis. siti.aminah", "lowercase, e.g. siti.aminah"),
    "tui.add_user.pick_role": ("Pilih peran", "Choose a role"),
    "tui.add_user.role_missing": ("Pilih peran.", "Choose a role."),
    "tui.add_user.submit": ("Buat akun", "Create account"),
    "tui.set_password.title": ("Kata sandi baru untuk {username}", "New password for {username}"),
    "tui.set_password.submit": ("Simpan kata sandi", "Save password"),
    "tui.change_role.title": ("Ubah peran {username}", "Change {username}'s role"),
    "tui.change_role.submit": ("Simpan", "Save"),
    "tui.change_password.title": ("Ganti kata sandi ({username})",
                                  "Change your password ({username})"),
    "tui.change_password.submit": ("Ganti kata sandi", "Change password"),
    "tui.password.new": ("Kata sandi baru", "New password"),
    "tui.password.repeat": ("Ulangi kata sandi", "Repeat the password"),
    "tui.password.hint": ("minimal {minimum} karakter", "at least {minimum} characters"),
    "tui.password.mismatch": ("Kedua kata sandi tidak sama.", "The two passwords differ."),
    "tui.password.current_missing": ("Isi kata sandi Anda saat ini.",
                                     "Enter your current password."),
    "tui.password.changed": ("Kata sandi Anda sudah diganti.", "Your password has been changed."),
    # market
    "tui.market.read_only": ("Hanya Ketua dan Sekretaris yang dapat mengubah profil pasar.",
                             "Only the chair and the secretary can edit the market profile."),
    "tui.market.save": ("Simpan", "Save"),
    "tui.market.discard": ("Buang perubahan profil pasar yang belum disimpan?",
                           "Discard the unsaved changes to the market profile?"),
    "tui.market.saved": ("Profil pasar disimpan.", "The market profile has been saved."),
    # confirm
    "tui.confirm.title": ("Yakin?", "Are you sure?"),
    # command palette
    "tui.palette.placeholder": ("Cari perintah…", "Search for commands…"),
    "tui.palette.theme_placeholder": ("Cari tema…", "Search for themes…"),
    "tui.palette.no_matches": ("Tidak ada perintah yang cocok", "No matching command"),
    "tui.palette.open": ("Buka: {section}", "Open: {section}"),
    "tui.palette.new_entry": ("Jurnal baru", "New journal entry"),
    "tui.palette.new_entry.help": ("Catat jurnal manual (debit dan kredit)",
                                   "Post a manual entry (debits and credits)"),
    "tui.palette.close_day": ("Tutup hari", "Close a day"),
    "tui.palette.close_day.help": ("Kunci semua catatan sampai tanggal tertentu",
                                   "Lock everything up to a date"),
    "tui.palette.reopen_day": ("Buka kembali hari yang ditutup", "Reopen a closed day"),
    "tui.palette.reopen_day.help": ("Ketua membuka hari yang ditutup, dengan alasan",
                                    "The chair reopens a closed day, with a reason"),
    "tui.palette.add_user": ("Tambah pengguna", "Add a user"),
    "tui.palette.add_user.help": ("Buat akun untuk anggota sekretariat",
                                  "Create an account for a member of the secretariat"),
    "tui.palette.change_password": ("Ganti kata sandi saya", "Change my password"),
    "tui.palette.change_password.help": ("Ganti kata sandi akun Anda sendiri",
                                         "Change the password of your own account"),
    "tui.palette.language": ("Bahasa: English", "Language: Bahasa Indonesia"),
    "tui.palette.language.help": ("Tampilkan dalam bahasa Inggris (disimpan untuk akun Anda)",
                                  "Show everything in Indonesian (saved for your account)"),
    "tui.palette.language.help_unsaved": ("Tampilkan dalam bahasa Inggris",
                                          "Show everything in Indonesian"),
    "tui.palette.theme": ("Ganti tema warna", "Change colour theme"),
    "tui.palette.theme.help": ("Pilih tema tampilan", "Choose how the screens look"),
    "tui.palette.help": ("Bantuan layar ini", "Help for this screen"),
    "tui.palette.help.help": ("Penjelasan layar dan tombol-tombolnya (F1)",
                              "What this screen does and its keys (F1)"),
    "tui.palette.logout": ("Keluar", "Log out"),
    "tui.palette.logout.help": ("Keluar dari akun Anda; kembali ke layar masuk",
                                "Log out of your account; back to the login screen"),
    "tui.palette.quit": ("Tutup aplikasi", "Quit"),
    "tui.palette.quit.help": ("Keluar dan tutup Sekretariat", "Log out and close Sekretariat"),
    # help (F1)
    "tui.help.title": ("Bantuan — {screen}", "Help — {screen}"),
    "tui.help.keys": ("Tombol di layar ini", "Keys on this screen"),
    "tui.help.not_now": ("tidak tersedia saat ini", "not available now"),
    "tui.help.everywhere": ("Di mana saja: F1 bantuan · Ctrl+P daftar perintah · Esc kembali · "
                            "Ctrl+Q tutup aplikasi. Tab pindah ke isian berikutnya.",
                            "Everywhere: F1 help · Ctrl+P commands · Esc back · Ctrl+Q quit. "
                            "Tab moves to the next field."),
    "tui.help.generic": ("Gunakan tombol yang tertera di bagian bawah layar.",
                         "Use the keys shown at the bottom of the screen."),
    "tui.help.dialog": ("Isi formulir lalu tekan Enter atau tombolnya; Esc membatalkan.",
                        "Fill in the form, then press Enter or its button; Esc cancels."),
    "tui.help.help": ("Layar bantuan. Tekan F1 atau Esc untuk menutupnya.",
                      "The help screen. Press F1 or Esc to close it."),
    "tui.help.login": ("Masukkan nama pengguna dan kata sandi Anda, lalu tekan Enter. Setiap "
                       "orang memakai akunnya sendiri sehingga setiap perubahan tercatat atas "
                       "namanya. Lima kali salah kata sandi mengunci akun; minta Ketua "
                       "membukanya. Ctrl+P → 'Bahasa' mengganti bahasa.",
                       "Enter your username and password, then press Enter. Everyone uses "
                       "their own account so every change is recorded under their name. Five "
                       "wrong passwords lock the account; ask the chair to unlock it. "
                       "Ctrl+P → 'Language' switches the language."),
    "tui.help.home": ("Beranda menampilkan bagian yang boleh Anda buka sesuai peran Anda. "
                      "Tekan angkanya, atau pilih dengan panah lalu Enter, atau klik. "
                      "Ctrl+P membuka daftar semua perintah (ganti kata sandi, bahasa, keluar).",
                      "Home lists the sections your role may open. Press a section's number, "
                      "or move with the arrows and press Enter, or click it. Ctrl+P lists every "
                      "command (change password, language, log out)."),
    "tui.help.journal": ("Neraca saldo: jumlah debit dan kredit setiap akun sampai tanggal yang "
                         "diisi (ketik tanggal lalu Enter). Saldo = debit − kredit; saldo "
                         "negatif berarti saldo kredit. Baris Jumlah harus seimbang.\n"
                         "Daftar jurnal: jurnal terbaru di atas; turun ke bawah untuk memuat "
                         "lebih banyak. Enter menampilkan rinciannya. Jurnal tidak pernah diubah "
                         "atau dihapus: kesalahan diperbaiki dengan membaliknya (r) lalu "
                         "mencatat jurnal yang benar (n).",
                         "Trial balance: each account's debits and credits up to the date given "
                         "(type a date, press Enter). Balance = debit − credit; a negative "
                         "balance is a credit balance. The Total row must balance.\n"
                         "Entries: newest first; move down to load more. Enter shows an entry. "
                         "Entries are never edited or deleted: a mistake is corrected by "
                         "reversing it (r) and posting the right entry (n)."),
    "tui.help.entry_form": ("Isi tanggal dan keterangan, lalu paling sedikit dua baris: pilih akun "
                            "dan isi debit ATAU kredit (mis. 1.250.000 atau 750 rb). Selisih "
                            "debit dan kredit terlihat di bawah dan harus nol. Ctrl+N menambah "
                            "baris, Ctrl+R menghapus baris, Ctrl+S menyimpan. Bila ditolak, isian "
                            "tetap ada dan pesannya tampil di dekat isian yang salah.",
                            "Fill in the date and description, then at least two lines: choose "
                            "an account and type a debit OR a credit (e.g. 1,250,000 or 750 rb). "
                            "The difference shown below must be zero. Ctrl+N adds a line, Ctrl+R "
                            "removes one, Ctrl+S saves. If the save is refused, what you typed "
                            "stays and the message appears next to the field."),
    "tui.help.entry_detail": ("Rincian satu jurnal dan baris-barisnya. r membaliknya (bila Anda "
                              "berwenang dan jurnal belum dibalik).",
                              "One entry and its lines. r reverses it (if your role may and it "
                              "has not been reversed)."),
    "tui.help.reverse_entry": ("Tuliskan alasan pembalikan. Jurnal pembalik dicatat pada tanggal "
                               "yang diisi (bawaan: hari ini) dan dikaitkan ke jurnal aslinya.",
                               "Give the reason for the reversal. The reversing entry is dated "
                               "as given (today by default) and linked to the original."),
    "tui.help.days": ("Daftar hari yang ditutup, terbaru di atas, termasuk yang dibuka kembali "
                      "(oleh siapa dan mengapa). c menutup hari (Ketua, Bendahara). o membuka "
                      "kembali hari yang dipilih (hanya Ketua, dengan alasan).",
                      "The closed days, newest first, including reopened ones (by whom and "
                      "why). c closes a day (chair, treasurer). o reopens the selected day "
                      "(chair only, with a reason)."),
    "tui.help.reopen_day": ("Isi tanggal dan alasan, lalu tekan Buka kembali. Alasan wajib dan "
                            "tercatat di log audit.",
                            "Enter the date and the reason, then press Reopen. The reason is "
                            "required and goes into the audit log."),
    "tui.help.audit": ("Semua perubahan, terbaru di atas. Saring menurut nama pengguna dan "
                       "rentang tanggal (/ ke saringan, Enter menerapkan, x menghapus). Turun "
                       "ke bawah untuk memuat lebih banyak. Enter menampilkan data sebelum dan "
                       "sesudah perubahan.",
                       "Every change, newest first. Filter by username and date range (/ to "
                       "the filter, Enter applies, x clears). Move down to load more. Enter "
                       "shows the data before and after the change."),
    "tui.help.audit_detail": ("Data sebelum dan sesudah perubahan, seperti tercatat di log "
                              "audit.",
                              "The data before and after the change, as recorded in the "
                              "audit log."),
    "tui.help.users": ("Akun para pengguna. a menambah, p mengganti kata sandi, u membuka "
                       "kunci akun yang terkunci, t mengaktifkan/menonaktifkan, r mengubah "
                       "peran. Akun tidak pernah dihapus agar riwayatnya tetap utuh.",
                       "The user accounts. a adds, p sets a password, u unlocks a locked "
                       "account, t activates/deactivates, r changes the role. Accounts are "
                       "never deleted so their history stays whole."),
    "tui.help.add_user": ("Nama pengguna: huruf kecil, angka, titik. Kata sandi minimal delapan "
                          "karakter; sampaikan kepada orangnya dan minta ia menggantinya.",
                          "Usernames: lowercase letters, digits, dots. Passwords need eight "
                          "characters or more; give it to the person and ask them to change "
                          "it."),
    "tui.help.set_password": ("Ketik kata sandi baru dua kali.", "Type the new password twice."),
    "tui.help.change_password": ("Ketik kata sandi Anda saat ini, lalu yang baru dua kali.",
                                 "Type your current password, then the new one twice."),
    "tui.help.change_role": ("Pilih peran baru untuk akun ini.", "Choose the account's new role."),
    "tui.help.confirm": ("y atau Enter pada Ya untuk melanjutkan; n atau Esc untuk batal.",
                         "y or Enter on Yes to go ahead; n or Esc to cancel."),
    "tui.help.market": ("Profil pasar tampil di kepala setiap dokumen. Ketua dan Sekretaris dapat "
                        "mengubahnya (Ctrl+S menyimpan); peran lain hanya melihat.",
                        "The market profile heads every document. The chair and the secretary "
                        "can edit it (Ctrl+S saves); other roles can only read it."),
    # stall map, traders, arrears
    "tui.section.stalls": ("Peta Lapak", "Stall Map"),
    "tui.section.stalls.help": ("Lapak per blok menurut status: kosong, disewa, menunggak",
                                "Stalls per block by status: vacant, leased, in arrears"),
    "tui.section.traders": ("Pedagang", "Traders"),
    "tui.section.traders.help": ("Cari pedagang, lapaknya dan rekening korannya",
                                 "Find a trader, their stalls and their statement"),
    "tui.section.arrears": ("Tunggakan", "Arrears"),
    "tui.section.arrears.help": ("Pedagang yang menunggak, terlama di atas",
                                 "Traders in arrears, longest overdue first"),
    "tui.stalls.key.move": ("Pindah lapak", "Move"),
    "tui.stalls.key.open": ("Rincian", "Details"),
    "tui.stalls.key.trader": ("Pedagang", "Trader"),
    "tui.stalls.status.kosong": ("Kosong", "Vacant"),
    "tui.stalls.status.disewa": ("Disewa", "Leased"),
    "tui.stalls.status.menunggak": ("Menunggak", "In arrears"),
    "tui.stalls.status.diblokir": ("Diblokir", "Blocked"),
    "tui.stalls.status.perbaikan": ("Perbaikan", "Under repair"),
    "tui.stalls.kind.kios": ("Kios", "Kiosk"),
    "tui.stalls.kind.los": ("Los", "Open stall"),
    "tui.stalls.kind.pelataran": ("Pelataran", "Yard pitch"),
    "tui.stalls.no_blocks": ("Belum ada blok.", "No blocks yet."),
    "tui.stalls.empty_block": ("Blok {block} belum punya lapak.", "Block {block} has no stalls."),
    "tui.stalls.summary": ("Blok {block}: {leased} dari {total} lapak disewa ({percent}%), "
                           "{arrears} menunggak, {vacant} kosong — per {day}",
                           "Block {block}: {leased} of {total} stalls leased ({percent}%), "
                           "{arrears} in arrears, {vacant} vacant — as of {day}"),
    "tui.stalls.detail_stall": ("Lapak {code}", "Stall {code}"),
    "tui.stalls.detail_kind": ("{kind}, {area} m²", "{kind}, {area} m²"),
    "tui.stalls.detail_status": ("Status: {status}", "Status: {status}"),
    "tui.stalls.detail_trader": ("Pedagang: {name}", "Trader: {name}"),
    "tui.stalls.detail_lease": ("Perjanjian: {number}", "Agreement: {number}"),
    "tui.stalls.detail_until": ("Sampai: {day}", "Until: {day}"),
    "tui.stalls.detail_overdue": ("Tunggakan: {amount}", "Overdue: {amount}"),
    "tui.stalls.detail_rate": ("Sewa per bulan: {amount}", "Monthly rent: {amount}"),
    "tui.stalls.detail_term": ("Masa sewa: {start} – {end}", "Term: {start} – {end}"),
    "tui.stalls.detail_deposit": ("Uang jaminan: {amount}", "Deposit held: {amount}"),
    "tui.stalls.detail_phone": ("Telepon: {phone}", "Phone: {phone}"),
    "tui.stalls.detail_no_lease": ("Tidak ada sewa yang berlaku.", "No lease in force."),
    "tui.stalls.detail_hint": ("Enter: rincian sewa", "Enter: lease details"),
    "tui.traders.key.search": ("Cari", "Search"),
    "tui.traders.search_hint": ("Nama, NIK, telepon atau kode lapak",
                                "Name, NIK, phone or stall code"),
    "tui.traders.col_name": ("Nama", "Name"),
    "tui.traders.col_nik": ("NIK", "NIK"),
    "tui.traders.col_phone": ("Telepon", "Phone"),
    "tui.traders.col_stalls": ("Lapak", "Stalls"),
    "tui.traders.col_balance": ("Saldo", "Balance"),
    "tui.traders.col_date": ("Tanggal", "Date"),
    "tui.traders.col_reference": ("Dokumen", "Document"),
    "tui.traders.col_memo": ("Keterangan", "Description"),
    "tui.traders.col_debit": ("Tagihan", "Charged"),
    "tui.traders.col_credit": ("Bayar", "Paid"),
    "tui.traders.col_running": ("Saldo", "Balance"),
    "tui.traders.none": ("Tidak ada pedagang yang cocok.", "No matching traders."),
    "tui.traders.shown_more": ("{count} pedagang tampil; m memuat lagi.",
                               "{count} traders shown; m loads more."),
    "tui.traders.shown_all": ("{count} pedagang.", "{count} traders."),
    "tui.traders.detail_title": ("Pedagang", "Trader"),
    "tui.traders.detail_heading": ("Pedagang: {name}", "Trader: {name}"),
    "tui.traders.identity": ("{name} · NIK {nik} · Telp. {phone} · Status {status}",
                             "{name} · NIK {nik} · Phone {phone} · Status {status}"),
    "tui.traders.identity_more": ("Dagangan: {commodity} · Alamat: {address} · Sejak {joined}",
                                  "Trade: {commodity} · Address: {address} · Since {joined}"),
    "tui.traders.lease_line": ("Lapak {stall} · {number} · {start} – {end} · {rate}/bulan · "
                               "{state}",
                               "Stall {stall} · {number} · {start} – {end} · {rate}/month · "
                               "{state}"),
    "tui.traders.no_leases": ("Belum pernah menyewa lapak.", "Has never leased a stall."),
    "tui.traders.statement_heading": ("Rekening koran {start} – {end}",
                                      "Statement {start} – {end}"),
    "tui.traders.opening": ("Saldo awal", "Opening balance"),
    "tui.traders.closing": ("Saldo akhir", "Closing balance"),
    "tui.traders.closing_line": ("Saldo akhir {amount} (positif: utang pedagang) · "
                                 "Uang jaminan dipegang {deposit}",
                                 "Closing balance {amount} (positive: the trader owes) · "
                                 "Deposit held {deposit}"),
    "tui.traders.help": ("Ketik nama, NIK, nomor telepon atau kode lapak; daftar tersaring sambil "
                         "mengetik. Enter di kotak cari pindah ke daftar; Enter di daftar "
                         "membuka pedagang; / kembali ke kotak cari; m memuat lagi; Ctrl+N "
                         "mendaftarkan pedagang baru (sekretaris, ketua).",
                         "Type a name, NIK, phone number or stall code; the list filters as "
                         "you type. Enter in the search box goes to the list; Enter on a row "
                         "opens the trader; / returns to the search box; m loads more; Ctrl+N "
                         "registers a new trader (secretary, chair)."),
    "tui.traders.detail_help": ("Identitas pedagang, sewanya, dan rekening koran dua belas bulan "
                                "terakhir: saldo awal, setiap tagihan dan pembayaran dengan "
                                "saldo berjalan, dan saldo akhir (sama dengan piutang di "
                                "jurnal). Bendahara: b menerima pembayaran (kwitansi tercetak), "
                                "k mencetak ulang kwitansi baris pembayaran yang dipilih, t "
                                "mencetak surat teguran. Sekretaris: s menyewakan lapak, p "
                                "mencetak Surat Perjanjian Sewa, e mengubah data. Dokumen PDF "
                                "tersimpan di folder exports di samping database. d memilih "
                                "periode rekening koran (Ctrl+A di sana: seluruh riwayat), r "
                                "mencetaknya (PDF) untuk pedagang. F5 "
                                "memuat ulang; Esc kembali.",
                                "The trader's identity, leases and the statement of the last "
                                "twelve months: opening balance, every charge and payment with "
                                "the running balance, and the closing balance (equal to the "
                                "receivable in the journal). Treasurer: b takes a payment (the "
                                "receipt is printed), k prints the receipt of the payment row "
                                "picked again, t prints a reminder letter. Secretary: s leases "
                                "a stall, p prints the lease agreement, e edits the details. "
                                "PDFs are saved in the exports folder beside the database. d "
                                "chooses the statement's period (Ctrl+A there: the whole history), "
                                "r prints it (PDF) for the trader. "
                                "F5 reloads; Esc goes back."),
    "tui.arrears.key.open": ("Buka pedagang", "Open trader"),
    "tui.arrears.none": ("Tidak ada tunggakan.", "No arrears."),
    "tui.arrears.shown_more": ("{count} dari {total} pedagang tampil; m memuat lagi.",
                               "{count} of {total} traders shown; m loads more."),
    "tui.arrears.shown_all": ("{count} pedagang menunggak.", "{count} traders in arrears."),
    "tui.traders.palette_trader": ("Pedagang: {name} ({stalls})", "Trader: {name} ({stalls})"),
    "tui.traders.palette_trader_help": ("Buka pedagang dan rekening korannya",
                                        "Open the trader and their statement"),
    "tui.stalls.palette_stall": ("Lapak {code} — {trader}", "Stall {code} — {trader}"),
    "tui.stalls.palette_stall_help": ("Buka lapak di peta", "Open the stall on the map"),
}
