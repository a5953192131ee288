"""Texts of the cash area (the close screens)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "tui.close.backing_up": ("Membuat cadangan database… (hari sudah ditutup; laporan bisa "
                             "dicetak sambil menunggu)",
                             "Backing up the database… (the day is closed; the report can be "
                             "printed meanwhile)"),
    # keys
    "tui.close.key.day": ("Ganti hari", "Change day"),
    "tui.close.key.reveal": ("Tampilkan selisih", "Show difference"),
    "tui.close.key.close": ("Tutup kas", "Close the day"),
    "tui.close.key.print": ("Cetak laporan", "Print report"),
    "tui.close.key.history": ("Riwayat", "History"),
    "tui.close.key.days": ("Hari ditutup", "Closed days"),
    "tui.close.key.next_row": ("Baris berikut", "Next row"),
    "tui.close.key.previous_row": ("Baris sebelumnya", "Previous row"),
    "tui.close.key.approve": ("Setujui", "Approve"),
    "tui.close.key.detail": ("Rincian", "Details"),
    "tui.close.key.zero": ("Hari tanpa transaksi", "Quiet days"),
    "tui.close.key.more": ("Lebih lama", "Older"),
    # the close screen
    "tui.close.day": ("Hari yang ditutup", "Day to close"),
    "tui.close.state": ("{day} · {sources} sumber kas", "{day} · {sources} cash sources"),
    "tui.close.state_quiet": ("{day} · tanpa transaksi kas", "{day} · no cash activity"),
    "tui.close.state_closed": ("{day} · DITUTUP", "{day} · CLOSED"),
    "tui.close.state_refused": ("Belum ditutup: lihat pesan di bawah.",
                                "Not closed: see the message below."),
    "tui.close.working": ("Menutup kas dan membuat cadangan…",
                          "Closing the day and backing up…"),
    "tui.close.opening": ("Saldo awal kas (penutupan sebelumnya)",
                          "Opening cash (the previous close)"),
    "tui.close.col_source": ("Sumber", "Source"),
    "tui.close.col_in": ("Masuk", "In"),
    "tui.close.col_out": ("Keluar", "Out"),
    "tui.close.total": ("Jumlah", "Total"),
    "tui.close.no_activity": ("Tidak ada kas masuk atau keluar hari ini.",
                              "No cash came in or went out on this day."),
    "tui.close.previous": ("Hari ini pernah ditutup {at} oleh {by}, lalu dibuka kembali: "
                           "{reason}.", "This day was closed on {at} by {by}, then reopened: "
                           "{reason}."),
    "tui.close.changes": ("Berubah sejak itu ({count} jurnal):",
                          "Changed since then ({count} entries):"),
    "tui.close.no_changes": ("Tidak ada jurnal kas baru sejak penutupan itu.",
                             "No new cash entries since that close."),
    "tui.close.reverses": (" · membalik {number}", " · reverses {number}"),
    "tui.close.expected_then_now": ("Saldo seharusnya dulu {then} (dihitung {counted}), "
                                    "sekarang {now}.",
                                    "Expected then {then} (counted {counted}), now {now}."),
    "tui.close.zero_days": ("{count} hari tanpa transaksi ikut ditutup ({span}).",
                            "Days without activity closing with it: {count} ({span})."),
    "tui.close.count_heading": ("Hitung kas per pecahan (lembar / keping)",
                                "Count the cash by denomination (notes / coins)"),
    "tui.close.count_bad": ("Jumlah {label} harus bilangan bulat 0 atau lebih, bukan '{text}'.",
                            "The count of {label} must be a whole number, 0 or more, "
                            "not '{text}'."),
    "tui.close.counted": ("Jumlah dihitung: {amount}", "Counted: {amount}"),
    "tui.close.blind_hint": ("Hitung buta: saldo seharusnya dan selisih tampil setelah "
                             "hitungan selesai (F5 atau Ctrl+S).",
                             "Blind count: the expected balance and the difference show once "
                             "the count is done (F5 or Ctrl+S)."),
    "tui.close.revealed": ("Hitungan dikonfirmasi: saldo seharusnya ditampilkan.",
                           "Count confirmed: the expected balance is shown."),
    "tui.close.expected_line": ("Saldo seharusnya {expected} · dihitung {counted}",
                                "Expected {expected} · counted {counted}"),
    "tui.close.even": ("Tidak ada selisih.", "No difference."),
    "tui.close.over": ("Selisih LEBIH {amount}: tulis catatannya.",
                       "OVER by {amount}: write a note."),
    "tui.close.short": ("Selisih KURANG {amount}: tulis catatannya.",
                        "SHORT by {amount}: write a note."),
    "tui.close.needs_chair": ("Selisih di atas batas {threshold}: Ketua menyetujui saat "
                              "menutup.", "The difference is above the limit of {threshold}: "
                              "the chair approves when closing."),
    "tui.close.chair_approves": ("Selisih di atas batas {threshold}: sebagai Ketua, Anda "
                                 "menyetujuinya dengan menutup.",
                                 "The difference is above the limit of {threshold}: as the "
                                 "chair, closing approves it."),
    "tui.close.note": ("Catatan selisih", "Note on the difference"),
    "tui.close.note_hint": ("wajib bila ada selisih", "needed when there is a difference"),
    "tui.close.not_approved": ("Belum ditutup: persetujuan Ketua dibatalkan.",
                               "Not closed: the chair's approval was cancelled."),
    "tui.close.done": ("Kas {day} DITUTUP. Dihitung {counted}, selisih {difference}.",
                       "The cash of {day} is CLOSED. Counted {counted}, difference "
                       "{difference}."),
    "tui.close.done_zero": ("{count} hari tanpa transaksi ikut ditutup.",
                            "Days without activity closed with it: {count}."),
    "tui.close.approved_by": ("Disetujui oleh {name}.", "Approved by {name}."),
    "tui.close.difference_entry": ("Jurnal selisih: {number}", "Difference entry: {number}"),
    "tui.close.witness": ("Saksi log audit: posisi #{position}, hash {hash}",
                          "Audit witness: position #{position}, hash {hash}"),
    "tui.close.backup_ok": ("Cadangan tersimpan: {path}", "Backup saved: {path}"),
    "tui.close.backup_failed": ("CADANGAN GAGAL: {error} Penutupan kas tetap berlaku; buat "
                                "cadangan sekarang (sekretariat backup).",
                                "BACKUP FAILED: {error} The close stands; make a backup now "
                                "(sekretariat backup)."),
    "tui.close.already": ("Kas {day} sudah ditutup oleh {by} ({at}).",
                          "The cash of {day} was closed by {by} ({at})."),
    "tui.close.difference_note": ("Selisih {amount}: {note}", "Difference {amount}: {note}"),
    "tui.close.was_zero_day": ("Ditutup sebagai hari tanpa transaksi kas.",
                               "Closed as a day without cash activity."),
    "tui.close.print_title": ("Laporan penutupan", "Closing report"),
    "tui.close.print_question": ("Cetak Laporan Penutupan Kas Harian {day} sekarang?",
                                 "Print the closing report of {day} now?"),
    "tui.close.print_now": ("Cetak", "Print"),
    "tui.close.print_button": ("Cetak laporan", "Print report"),
    "tui.close.print_what": ("Laporan Penutupan Kas {day}", "Closing report of {day}"),
    "tui.close.help": (
        "Tutup kas harian. Pilih hari (F2; awalnya hari terbuka tertua yang ada transaksi "
        "kas, atau hari ini), periksa saldo awal dan kas masuk/keluar per sumber, lalu isi "
        "jumlah lembar/keping tiap pecahan (Enter atau panah turun ke baris berikut). Pada "
        "hitung buta, saldo seharusnya dan selisih tampil setelah hitungan dikonfirmasi (F5 "
        "atau Ctrl+S pertama). Selisih harus diberi catatan; selisih di atas batas perlu "
        "persetujuan Ketua (Ketua mengetik nama pengguna dan kata sandinya). Ctrl+S menutup "
        "hari (semua modul terkunci sampai hari itu) lalu membuat cadangan; p mencetak "
        "laporan penutupan. Ctrl+O membuka riwayat penutupan, Ctrl+T daftar hari yang "
        "ditutup (Ketua membuka kembali hari di sana).",
        "The end-of-day close. Pick the day (F2; at first the oldest open day with cash "
        "activity, or today), check the opening cash and what came in and went out by "
        "source, then type the pieces of each denomination (Enter or Down moves to the next "
        "row). With a blind count the expected balance and the difference show once the "
        "count is confirmed (F5, or the first Ctrl+S). A difference needs a note; one above "
        "the limit needs the chair's approval (the chair types their username and "
        "password). Ctrl+S closes the day (every module is locked up to it) and then backs "
        "up; p prints the closing report. Ctrl+O opens the history of closes, Ctrl+T the "
        "closed days (where the chair reopens a day)."),
    # the chair's approval
    "tui.close.approve_title": ("Persetujuan Ketua", "The chair's approval"),
    "tui.close.approve_explain": ("Selisih {difference} melebihi batas {threshold}. Ketua "
                                  "mengetik nama pengguna dan kata sandinya di sini untuk "
                                  "menyetujui; persetujuan dicatat di log audit.",
                                  "The difference of {difference} is above the limit of "
                                  "{threshold}. The chair types their username and password "
                                  "here to approve it; the approval is audited."),
    "tui.close.approver": ("Nama pengguna Ketua", "The chair's username"),
    "tui.close.approver_password": ("Kata sandi Ketua", "The chair's password"),
    "tui.close.approver_empty": ("Isi nama pengguna Ketua.", "Enter the chair's username."),
    "tui.close.approver_password_empty": ("Isi kata sandi Ketua.",
                                          "Enter the chair's password."),
    "tui.close.approve_submit": ("Setujui dan tutup kas", "Approve and close"),
    "tui.close.approve_help": ("Ketua menyetujui selisih kas yang melebihi batas dengan "
                               "nama pengguna dan kata sandinya sendiri; kas langsung "
                               "ditutup. Esc membatalkan (kas belum ditutup).",
                               "The chair approves a cash difference above the limit with "
                               "their own username and password; the day closes at once. "
                               "Esc cancels (the day stays open)."),
    # the history of closes
    "tui.close.history_title": ("Riwayat Penutupan Kas", "History of Closes"),
    "tui.close.history_help": ("Semua penutupan kas, terbaru di atas, termasuk yang dibuka "
                               "kembali (oleh siapa, alasannya). Hari tanpa transaksi tampil "
                               "redup; z menyembunyikan/menampilkannya. Enter menampilkan "
                               "rincian pecahan, p mencetak laporan penutupan, m memuat yang "
                               "lebih lama.",
                               "Every cash close, newest first, reopened ones too (by whom, "
                               "why). Days without activity are dimmed; z hides/shows them. "
                               "Enter shows the denominations, p prints the closing report, "
                               "m loads older ones."),
    "tui.close.history_none": ("Belum ada penutupan kas.", "No cash close yet."),
    "tui.close.history_count": ("{count} penutupan ditampilkan.", "{count} closes shown."),
    "tui.close.history_zero_shown": ("Hari tanpa transaksi redup (z: sembunyikan).",
                                     "Quiet days dimmed (z: hide)."),
    "tui.close.history_zero_hidden": ("Hari tanpa transaksi disembunyikan (z: tampilkan).",
                                      "Quiet days hidden (z: show)."),
    "tui.close.history_more": ("m: lebih lama.", "m: older."),
    "tui.close.col_day": ("Hari", "Day"),
    "tui.close.col_counted": ("Dihitung", "Counted"),
    "tui.close.col_expected": ("Seharusnya", "Expected"),
    "tui.close.col_difference": ("Selisih", "Difference"),
    "tui.close.col_counted_by": ("Penghitung", "Counted by"),
    "tui.close.col_approved_by": ("Disetujui", "Approved by"),
    "tui.close.col_status": ("Status", "Status"),
    "tui.close.status_closed": ("Berlaku", "In force"),
    "tui.close.status_zero": ("Tanpa transaksi", "No activity"),
    "tui.close.status_reopened": ("Dibuka kembali oleh {by}: {reason}",
                                  "Reopened by {by}: {reason}"),
    "tui.close.col_denomination": ("Pecahan", "Denomination"),
    "tui.close.col_pieces": ("Lembar/keping", "Pieces"),
    "tui.close.col_amount": ("Jumlah", "Amount"),
    "tui.close.detail_title": ("Penutupan Kas {day}", "Cash close of {day}"),
    "tui.close.detail_help": ("Satu penutupan kas: jumlah, selisih dan catatannya, siapa "
                              "menghitung dan menyetujui, saksi log audit, dan rincian "
                              "pecahan. p mencetak laporannya.",
                              "One cash close: the amounts, the difference and its note, who "
                              "counted and approved, the audit witness, and the "
                              "denominations. p prints its report."),
    "tui.close.detail_counted_by": ("Dihitung oleh {name} ({user}), {at}",
                                    "Counted by {name} ({user}), {at}"),
    "tui.close.detail_amounts": ("Saldo awal {opening} · seharusnya {expected} · dihitung "
                                 "{counted} · selisih {difference}",
                                 "Opening {opening} · expected {expected} · counted {counted} · "
                                 "difference {difference}"),
    "tui.close.detail_note": ("Catatan: {note}", "Note: {note}"),
    "tui.close.detail_reopened": ("Dibuka kembali oleh {by}, {at}: {reason}",
                                  "Reopened by {by}, {at}: {reason}"),
    "tui.close.detail_witness": ("Saksi log audit: {witness}", "Audit witness: {witness}"),
    # the closed days' list (section 2 for those who do not close the cash)
    "tui.close.days_title": ("Hari yang Ditutup", "Closed Days"),
    "tui.close.days_help": ("Daftar hari yang ditutup, terbaru di atas, termasuk yang dibuka "
                            "kembali (oleh siapa, alasannya). Hari ditutup lewat tutup kas "
                            "harian: c membukanya (untuk hari yang dibuka kembali di bawah "
                            "kursor, atau hari berikutnya). Ketua menekan o untuk membuka "
                            "kembali hari yang ditutup, dengan alasan.",
                            "The closed days, newest first, reopened ones too (by whom, why). "
                            "A day is closed through the end-of-day cash close: c opens it "
                            "(for the reopened day under the cursor, or the next day). The "
                            "chair presses o to reopen a closed day, with a reason."),
    # the home screen
    "tui.close.home_yesterday_closed": ("Kemarin sudah ditutup", "Yesterday is closed"),
    "tui.close.home_yesterday_open": ("Kemarin ({day}) belum ditutup",
                                      "Yesterday ({day}) is not closed"),
    "tui.close.home_open_days": ("{count} hari dengan transaksi kas masih terbuka (sejak "
                                 "{first})", "Open days with cash activity: {count} (since "
                                 "{first})"),
    "tui.close.home_backup": ("Cadangan terakhir: {at}", "Last backup: {at}"),
    "tui.close.home_no_backup": ("Belum ada cadangan database.",
                                 "No backup of the database yet."),
    "tui.close.home_backup_missing": ("Cadangan terakhir {at} TIDAK ADA LAGI di {path}",
                                      "The last backup ({at}) is MISSING from {path}"),
}
