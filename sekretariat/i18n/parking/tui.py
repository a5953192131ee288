"""Texts of the parking screens: the hub, the roster, report entry, ticket
books, debts and an attendant's account, and the palette's parking commands."""

MESSAGES: dict[str, tuple[str, str]] = {
    "tui.section.parking": ("Parkir", "Parking"),
    "tui.section.parking.help": ("Jadwal jaga, laporan shift, karcis, utang juru parkir",
                                 "Roster, shift reports, tickets, attendants' debts"),
    # columns
    "tui.parking.col.zone": ("Zona", "Zone"),
    "tui.parking.col.shift": ("Shift", "Shift"),
    "tui.parking.col.attendant": ("Juru parkir", "Attendant"),
    "tui.parking.col.number": ("No. laporan", "Report no."),
    "tui.parking.col.expected": ("Seharusnya", "Expected"),
    "tui.parking.col.handed": ("Disetor", "Handed over"),
    "tui.parking.col.difference": ("Selisih", "Difference"),
    "tui.parking.col.slot": ("Zona · shift", "Zone · shift"),
    "tui.parking.col.series": ("Seri", "Series"),
    "tui.parking.col.serials": ("Nomor", "Serials"),
    "tui.parking.col.type": ("Jenis", "Type"),
    "tui.parking.col.issued": ("Keluar", "Issued"),
    "tui.parking.col.returned": ("Kembali", "Returned"),
    "tui.parking.col.used": ("Terpakai", "Used"),
    "tui.parking.col.out": ("Di luar", "Still out"),
    "tui.parking.col.debt": ("Utang", "Debt"),
    "tui.parking.col.date": ("Tanggal", "Date"),
    "tui.parking.col.movement": ("Jenis", "Kind"),
    "tui.parking.col.amount": ("Jumlah", "Amount"),
    "tui.parking.col.balance": ("Saldo", "Balance"),
    "tui.parking.col.reason": ("Keterangan", "Note"),
    "tui.parking.no_report": ("belum", "not yet"),
    "tui.parking.off_roster_name": ("{name} (di luar jadwal)", "{name} (off roster)"),
    # keys
    "tui.parking.key.report_entry": ("Laporan", "Reports"),
    "tui.parking.key.roster": ("Jadwal", "Roster"),
    "tui.parking.key.tickets": ("Karcis", "Tickets"),
    "tui.parking.key.debts": ("Utang", "Debts"),
    "tui.parking.key.attendants": ("Petugas", "Attendants"),
    "tui.parking.key.setup": ("Pengaturan", "Setup"),
    "tui.parking.key.trends": ("Grafik", "Trends"),
    "tui.parking.key.leaks": ("Kebocoran", "Leaks"),
    "tui.parking.key.day": ("Hari", "Day"),
    "tui.parking.key.day_group": ("Hari", "Day"),
    "tui.parking.key.today": ("Hari ini", "Today"),
    "tui.parking.key.save": ("Simpan", "Save"),
    "tui.parking.key.next_slot": ("Slot berikut", "Next slot"),
    "tui.parking.key.previous_slot": ("Slot sebelumnya", "Previous slot"),
    "tui.parking.key.other_attendant": ("Petugas lain", "Other attendant"),
    "tui.parking.key.void": ("Batalkan", "Void"),
    "tui.parking.key.into_list": ("Ke daftar", "Into the list"),
    "tui.parking.key.assign": ("Isi", "Assign"),
    "tui.parking.key.unassign": ("Kosongkan", "Unassign"),
    "tui.parking.key.copy_week": ("Salin minggu lalu", "Copy last week"),
    "tui.parking.key.week": ("Minggu", "Week"),
    "tui.parking.key.week_group": ("Minggu", "Week"),
    "tui.parking.key.this_week": ("Minggu ini", "This week"),
    "tui.parking.key.issue_book": ("Keluarkan buku", "Issue book"),
    "tui.parking.key.return_book": ("Buku kembali", "Return book"),
    "tui.parking.key.only_out": ("Hanya belum kembali", "Only out"),
    "tui.parking.key.account": ("Rekening", "Account"),
    "tui.parking.key.everyone": ("Semua petugas", "Everyone"),
    "tui.parking.key.pay": ("Bayar", "Payment"),
    "tui.parking.key.write_off": ("Hapus utang", "Write off"),
    # the hub
    "tui.parking.hub.title": ("Parkir · {day}", "Parking · {day}"),
    "tui.parking.hub.summary": (
        "Laporan {reports} dari {slots} jadwal · seharusnya {expected} · disetor {handed} · "
        "selisih {difference}",
        "Reports {reports} of {slots} rostered · expected {expected} · handed over {handed} · "
        "difference {difference}"),
    "tui.parking.hub.owed": ("Utang juru parkir: {debt} ({debtors} orang) · buku karcis belum "
                             "kembali: {books}",
                             "Attendants' debt: {debt} ({debtors} people) · ticket books still "
                             "out: {books}"),
    "tui.parking.hub.empty": ("Tidak ada jadwal jaga hari ini: isi di Jadwal jaga (j).",
                              "Nobody is rostered on this day: set the roster (j)."),
    "tui.parking.hub.missing": ("{count} jadwal belum ada laporannya (l untuk mengisi).",
                                "{count} rostered slots have no report yet (l to enter them)."),
    "tui.parking.hub.complete": ("Semua jadwal hari ini sudah dilaporkan.",
                                 "Every rostered slot of the day is reported."),
    "tui.parking.hub.voided": ("{count} laporan dibatalkan.", "{count} reports voided."),
    "tui.parking.help.hub": (
        "Parkir: jadwal jaga hari itu (zona × shift × juru parkir) dengan laporannya: nomor, "
        "seharusnya (jumlah kendaraan × tarif hari itu), disetor dan selisih (kurang = merah, "
        "menjadi utang juru parkir). Di atas: jumlah hari itu, utang juru parkir dan buku "
        "karcis yang belum kembali.\n"
        "[ dan ] pindah hari, t kembali ke hari ini. l mengisi laporan shift (Enter pada "
        "baris: mulai dari slot itu), j jadwal jaga, k buku karcis, u utang petugas, "
        "p petugas, s pengaturan (zona, jenis kendaraan, tarif, shift, target), g grafik, "
        "b sinyal kebocoran.",
        "Parking: the day's roster (zone × shift × attendant) with its reports: number, "
        "expected (vehicles × the day's tariff), handed over and the difference (short = red, "
        "it becomes the attendant's debt). Above: the day's totals, the attendants' debt and "
        "the ticket books still out.\n"
        "[ and ] move a day, t goes back to today. l enters shift reports (Enter on a row: "
        "from that slot), j roster, k ticket books, u debts, p attendants, s setup (zones, "
        "vehicle types, tariffs, shifts, target), g trends, b leak signals."),
    # report entry
    "tui.parking.entry.title": ("Laporan shift", "Shift reports"),
    "tui.parking.entry.heading": ("Laporan shift · {day}", "Shift reports · {day}"),
    "tui.parking.entry.slot": ("{zone} · {shift} · {name}", "{zone} · {shift} · {name}"),
    "tui.parking.entry.off_roster": ("(di luar jadwal)", "(off roster)"),
    "tui.parking.entry.override_on": ("(menggantikan {name}: di luar jadwal, dicatat di log "
                                      "audit)",
                                      "(instead of {name}: off roster, recorded in the audit "
                                      "log)"),
    "tui.parking.entry.saved_slot": ("· tersimpan {number} (Ctrl+R membatalkan)",
                                     "· saved {number} (Ctrl+R voids it)"),
    "tui.parking.entry.count_label": ("{type} · {tariff}", "{type} · {tariff}"),
    "tui.parking.entry.last": ("sampai", "to"),
    "tui.parking.entry.handed": ("Disetor", "Handed over"),
    "tui.parking.entry.minutes": ("Menit kerja", "Minutes"),
    "tui.parking.entry.full": ("penuh", "full"),
    "tui.parking.entry.expected": ("Seharusnya {amount}", "Expected {amount}"),
    "tui.parking.entry.target": ("Target {amount}", "Target {amount}"),
    "tui.parking.entry.difference": ("Selisih", "Difference"),
    "tui.parking.entry.below_target": ("di bawah target", "below target"),
    "tui.parking.entry.first_missing": ("Ketik nomor karcis pertama yang dipakai (buku {series}).",
                                        "Type the first ticket serial used (book {series})."),
    "tui.parking.entry.last_missing": ("Ketik nomor karcis terakhir yang dipakai (buku {series}).",
                                       "Type the last ticket serial used (book {series})."),
    "tui.parking.entry.handed_missing": ("Ketik jumlah yang disetor (0 bila tidak ada).",
                                         "Type the amount handed over (0 if none)."),
    "tui.parking.entry.no_roster": ("Tidak ada jadwal jaga pada hari ini: isi Jadwal jaga dulu.",
                                    "Nobody is rostered on this day: set the roster first."),
    "tui.parking.entry.all_done": ("Semua jadwal hari ini sudah dilaporkan. Esc kembali.",
                                   "Every rostered slot of the day is reported. Esc goes back."),
    "tui.parking.entry.saved": ("{number} tersimpan ({name}).", "{number} saved ({name})."),
    "tui.parking.entry.became_debt": ("Kurang setor {amount} menjadi utang.",
                                      "The shortfall of {amount} becomes a debt."),
    "tui.parking.entry.voided": ("{number} dibatalkan.", "{number} voided."),
    "tui.parking.entry.choose_attendant": ("Juru parkir yang bertugas", "Attendant who worked"),
    "tui.parking.entry.override_question": (
        "{name} tidak terjadwal di {zone}, shift {shift} (jadwal: {rostered}). Catat laporan "
        "untuk {name}? Pengecualian ini dicatat di log audit.",
        "{name} is not rostered on {zone}, shift {shift} (roster: {rostered}). Record the "
        "report for {name}? This override is recorded in the audit log."),
    "tui.parking.entry.override_yes": ("Ya, di luar jadwal", "Yes, off roster"),
    "tui.parking.help.entry": (
        "Laporan shift untuk satu hari, slot demi slot (zona, shift) menurut jadwal jaga. "
        "Juru parkir sudah terisi; ketik jumlah kendaraan per jenis (atau nomor karcis "
        "terakhir bila ia memegang buku karcis: nomor pertama sudah terisi), Enter ke isian "
        "berikut, lalu jumlah yang disetor dan Enter: laporan tersimpan dan slot berikutnya "
        "terbuka. Seharusnya, target dan selisih dihitung sambil mengetik; kurang setor "
        "menjadi utang juru parkir.\n"
        "Menit kerja (Tab dari Disetor) hanya bila shift lebih pendek: target dihitung "
        "sebanding. Ctrl+O mencatat juru parkir lain (di luar jadwal: ditanyakan dan dicatat "
        "di log audit). Ctrl+R membatalkan laporan slot itu dengan alasan. PgUp/PgDn "
        "pindah slot; Enter pada daftar membuka slot itu.",
        "A day's shift reports, slot by slot (zone, shift) as rostered. The attendant is "
        "filled in; type the vehicles per type (or the last ticket serial when they hold a "
        "ticket book: the first is filled in), Enter to the next field, then the amount handed "
        "over and Enter: the report is saved and the next slot opens. Expected, target and "
        "difference follow as you type; a shortfall becomes the attendant's debt.\n"
        "Minutes (Tab from Handed over) only when the shift was shorter: the target is "
        "prorated. Ctrl+O records another attendant (off roster: asked, and recorded in the "
        "audit log). Ctrl+R voids the slot's report with a reason. PgUp/PgDn move between "
        "slots; Enter on the list opens that slot."),
    # voiding a report
    "tui.parking.void.title": ("Batalkan laporan shift", "Void a shift report"),
    "tui.parking.void.title_of": ("Batalkan {number}", "Void {number}"),
    "tui.parking.void.explain": (
        "Laporan {name}, {day}: seharusnya {expected}, disetor {handed}. Jurnalnya dibalik "
        "hari ini dan kurang setornya tidak lagi menjadi utang; nomornya tetap.",
        "{name}'s report of {day}: expected {expected}, handed over {handed}. Its entry is "
        "reversed today and its shortfall is no longer a debt; the number stays."),
    "tui.parking.void.reason": ("Alasan", "Reason"),
    "tui.parking.void.submit": ("Batalkan laporan", "Void report"),
    "tui.parking.help.void": ("Ketik alasan pembatalan dan Enter. Laporan tidak dihapus: "
                              "jurnalnya dibalik pada hari ini.",
                              "Type the reason and press Enter. The report is not deleted: "
                              "its entry is reversed today."),
    # picking an attendant
    "tui.parking.pick.title": ("Pilih juru parkir", "Choose an attendant"),
    "tui.parking.pick.hint": ("ketik sebagian nama", "type part of the name"),
    "tui.parking.pick.none": ("Tidak ada juru parkir aktif dengan nama itu.",
                              "No active attendant by that name."),
    "tui.parking.help.pick": ("Ketik sebagian nama: daftar menyempit. Enter memilih yang "
                              "pertama; panah bawah masuk ke daftar. Esc batal.",
                              "Type part of the name: the list narrows. Enter takes the first; "
                              "Down goes into the list. Esc cancels."),
    # the roster
    "tui.parking.roster.title": ("Jadwal jaga", "Roster"),
    "tui.parking.roster.heading": ("Jadwal jaga · {first} – {last}",
                                   "Roster · {first} – {last}"),
    "tui.parking.weekday.0": ("Sen", "Mon"),
    "tui.parking.weekday.1": ("Sel", "Tue"),
    "tui.parking.weekday.2": ("Rab", "Wed"),
    "tui.parking.weekday.3": ("Kam", "Thu"),
    "tui.parking.weekday.4": ("Jum", "Fri"),
    "tui.parking.weekday.5": ("Sab", "Sat"),
    "tui.parking.weekday.6": ("Min", "Sun"),
    "tui.parking.roster.count": ("{count} slot terisi minggu ini.",
                                 "{count} slots filled this week."),
    "tui.parking.roster.no_zones": ("Belum ada zona aktif: buat di Pengaturan parkir.",
                                    "No active zone yet: create one in parking setup."),
    "tui.parking.roster.pick": ("{slot}, {day}", "{slot}, {day}"),
    "tui.parking.roster.replace_question": ("Ganti dengan juru parkir yang dipilih?",
                                            "Replace them with the attendant chosen?"),
    "tui.parking.roster.assigned": ("{name} bertugas di {slot}, {day}.",
                                    "{name} works {slot}, {day}."),
    "tui.parking.roster.unassign_question": ("Hapus {name} dari {slot}, {day}?",
                                             "Take {name} off {slot}, {day}?"),
    "tui.parking.roster.unassigned": ("{name} dihapus dari jadwal.",
                                      "{name} taken off the roster."),
    "tui.parking.roster.overwrite_question": ("Timpa slot-slot itu dengan jadwal minggu lalu?",
                                              "Overwrite those slots with last week's roster?"),
    "tui.parking.roster.copied": ("Jadwal minggu lalu disalin: {copied} slot ({replaced} "
                                  "diganti), {skipped} dilewati.",
                                  "Last week's roster copied: {copied} slots ({replaced} "
                                  "replaced), {skipped} skipped."),
    "tui.parking.roster.skipped_row": (
        "{name} ({slot}, {day}): tidak aktif, atau slotnya sudah dilaporkan",
        "{name} ({slot}, {day}): not active, or the slot has been reported"),
    "tui.parking.help.roster": (
        "Jadwal jaga seminggu (Senin–Minggu): satu baris per zona dan shift, satu kolom per "
        "hari. Enter atau a mengisi slot di kursor (ketik sebagian nama juru parkir), x "
        "mengosongkannya, c menyalin jadwal minggu lalu ke minggu ini sekaligus (yang "
        "tidak aktif lagi dilewati dan disebutkan; slot yang sudah diisi orang lain ditanyakan "
        "dulu). [ dan ] pindah minggu, t kembali ke minggu ini.",
        "A week's roster (Monday–Sunday): one row per zone and shift, one column per day. "
        "Enter or a fills the slot under the cursor (type part of the attendant's name), x "
        "empties it, c copies last week's roster into this week in one go (whoever is no "
        "longer active is skipped and named; slots held by someone else are asked about "
        "first). [ and ] move a week, t comes back to this week."),
    # ticket books
    "tui.parking.tickets.title": ("Buku karcis", "Ticket books"),
    "tui.parking.tickets.still_out": ("belum", "still out"),
    "tui.parking.tickets.count": ("{count} buku; {out} belum kembali dengan {tickets} karcis "
                                  "belum terpakai.",
                                  "{count} books; {out} still out with {tickets} unused "
                                  "tickets."),
    "tui.parking.tickets.empty": ("Belum ada buku karcis: n mengeluarkan buku.",
                                  "No ticket books yet: n issues one."),
    "tui.parking.tickets.detail": ("Buku {series}: terpakai {used} · belum terpakai {unused}",
                                   "Book {series}: used {used} · unused {unused}"),
    "tui.parking.tickets.issued": ("Buku {series} {first}-{last} diberikan kepada {name}.",
                                   "Book {series} {first}-{last} issued to {name}."),
    "tui.parking.tickets.return_title": ("Buku karcis kembali", "Ticket book returned"),
    "tui.parking.tickets.return_question": (
        "Buku {series} {first}-{last} dari {name} kembali hari ini dengan {unused} karcis "
        "belum terpakai?",
        "Book {series} {first}-{last} back from {name} today with {unused} unused tickets?"),
    "tui.parking.tickets.return_yes": ("Ya, kembali", "Yes, returned"),
    "tui.parking.tickets.returned": ("Buku {series} kembali ({unused} karcis belum terpakai).",
                                     "Book {series} returned ({unused} unused tickets)."),
    "tui.parking.help.tickets": (
        "Buku karcis: seri dan nomor, jenis kendaraan, juru parkir, tanggal keluar dan kembali, "
        "karcis terpakai (dari laporan shift) dan yang masih di luar. Buku yang belum kembali "
        "ditebalkan; f hanya menampilkan itu. n mengeluarkan buku, r mencatat buku di kursor "
        "kembali hari ini.",
        "Ticket books: series and serials, vehicle type, attendant, issue and return dates, "
        "tickets used (by shift reports) and still out. Books not yet returned stand out; f "
        "shows only them. n issues a book, r records the highlighted one as returned today."),
    "tui.parking.issue.title": ("Keluarkan buku karcis", "Issue a ticket book"),
    "tui.parking.issue.series": ("Seri", "Series"),
    "tui.parking.issue.first": ("Nomor pertama", "First serial"),
    "tui.parking.issue.last": ("Nomor terakhir", "Last serial"),
    "tui.parking.issue.type": ("Jenis kendaraan", "Vehicle type"),
    "tui.parking.issue.attendant": ("Juru parkir", "Attendant"),
    "tui.parking.issue.day": ("Tanggal keluar", "Issued on"),
    "tui.parking.issue.choose_vehicle_type": ("Pilih jenis kendaraan", "Choose a vehicle type"),
    "tui.parking.issue.choose_attendant": ("Pilih juru parkir", "Choose an attendant"),
    "tui.parking.issue.submit": ("Keluarkan", "Issue"),
    "tui.parking.help.issue": ("Seri, nomor pertama dan terakhir, jenis kendaraan dan juru "
                               "parkir. Nomor tidak boleh bertumpuk dengan buku lain seri yang "
                               "sama. Ctrl+S menyimpan.",
                               "Series, first and last serial, vehicle type and attendant. "
                               "Serials may not overlap another book of the same series. "
                               "Ctrl+S saves."),
    # debts and an attendant's account
    "tui.parking.debts.title": ("Utang juru parkir", "Attendants' debts"),
    "tui.parking.debts.total": ("Jumlah utang: {amount} ({count} orang)",
                                "Total owed: {amount} ({count} people)"),
    "tui.parking.debts.none": ("Tidak ada juru parkir yang berutang.", "No attendant owes."),
    "tui.parking.help.debts": ("Utang setiap juru parkir (kurang setor yang belum dibayar atau "
                               "dihapus), terbesar dulu, dan jumlahnya. Enter membuka rekening "
                               "juru parkir itu; a menampilkan juga yang tidak berutang.",
                               "Each attendant's debt (shortfalls not yet paid or written off), "
                               "largest first, and the total. Enter opens that attendant's "
                               "account; a shows those who owe nothing too."),
    "tui.parking.account.title": ("Rekening juru parkir", "Attendant's account"),
    "tui.parking.account.heading": ("Rekening · {name}", "Account · {name}"),
    "tui.parking.account.balance": ("Utang sekarang: {amount}", "Owed now: {amount}"),
    "tui.parking.account.voided": ("laporan dibatalkan", "report voided"),
    "tui.parking.account.done_payment": ("Pembayaran {amount} tercatat.",
                                         "Payment of {amount} recorded."),
    "tui.parking.account.done_write_off": ("Utang {amount} dihapus.",
                                           "{amount} written off."),
    "tui.parking.movement.shortfall": ("kurang setor", "shortfall"),
    "tui.parking.movement.payment": ("bayar", "payment"),
    "tui.parking.movement.write_off": ("dihapus", "write-off"),
    "tui.parking.help.account": (
        "Rekening juru parkir: setiap kurang setor (dengan nomor laporannya; yang laporannya "
        "dibatalkan dicoret), pembayaran dan penghapusan (dengan alasannya), saldo berjalan "
        "dan utang sekarang. b mencatat pembayaran tunai; w menghapus utang (hanya ketua, "
        "dengan alasan).",
        "The attendant's account: each shortfall (with its report number; a voided report's "
        "is struck through), payment and write-off (with its reason), the running balance and "
        "what is owed now. b records a cash payment; w writes debt off (the chair only, with "
        "a reason)."),
    "tui.parking.debt_move.title": ("Utang juru parkir", "Attendant's debt"),
    "tui.parking.debt_move.title_payment": ("Pembayaran utang · {name}",
                                            "Debt payment · {name}"),
    "tui.parking.debt_move.title_write_off": ("Hapus utang · {name}", "Write off · {name}"),
    "tui.parking.debt_move.owes": ("Utang sekarang: {amount}", "Owed now: {amount}"),
    "tui.parking.debt_move.amount": ("Jumlah", "Amount"),
    "tui.parking.debt_move.day": ("Tanggal", "Date"),
    "tui.parking.debt_move.memo": ("Catatan", "Note"),
    "tui.parking.debt_move.reason": ("Alasan (wajib)", "Reason (required)"),
    "tui.parking.debt_move.submit_payment": ("Catat pembayaran", "Record payment"),
    "tui.parking.debt_move.submit_write_off": ("Hapus utang", "Write off"),
    "tui.parking.help.payment": ("Jumlah yang dibayar tunai (seluruh utang sudah terisi), "
                                 "tanggal dan catatan. Tidak boleh melebihi utang.",
                                 "The amount paid in cash (the whole debt is filled in), the "
                                 "date and a note. It may not exceed the debt."),
    "tui.parking.help.write_off": ("Jumlah yang dihapus, tanggal dan alasannya (wajib). Hanya "
                                   "ketua; dicatat di jurnal dan log audit.",
                                   "The amount written off, the date and the reason (required). "
                                   "The chair only; posted and audited."),
    # the palette
    "tui.parking.palette.report_entry": ("Laporan parkir harian", "Daily parking reports"),
    "tui.parking.palette.report_entry.help": ("Isi laporan shift juru parkir hari ini",
                                              "Enter today's attendants' shift reports"),
    "tui.parking.palette.deposit": ("Setoran parkir", "Parking deposits"),
    "tui.parking.palette.deposit.help": ("Catat setoran juru parkir per shift",
                                         "Record the attendants' hand-overs per shift"),
    "tui.parking.palette.roster": ("Jadwal juru parkir", "Parking roster"),
    "tui.parking.palette.roster.help": ("Jadwal jaga per minggu; salin minggu lalu",
                                        "The week's roster; copy last week"),
    "tui.parking.palette.tickets": ("Buku karcis parkir", "Parking ticket books"),
    "tui.parking.palette.tickets.help": ("Keluarkan dan terima kembali buku karcis",
                                         "Issue and take back ticket books"),
    "tui.parking.palette.debts": ("Utang juru parkir", "Attendants' debts"),
    "tui.parking.palette.debts.help": ("Kurang setor, pembayaran dan penghapusan utang",
                                       "Shortfalls, payments and write-offs"),
    "tui.parking.palette.attendants": ("Juru parkir", "Parking attendants"),
    "tui.parking.palette.attendants.help": ("Daftar juru parkir dan rekeningnya",
                                            "The attendants and their accounts"),
    "tui.parking.palette.tariffs": ("Tarif parkir", "Parking tariffs"),
    "tui.parking.palette.tariffs.help": ("Zona, jenis kendaraan, tarif, shift dan target",
                                         "Zones, vehicle types, tariffs, shifts and target"),
    "tui.parking.palette.trends": ("Grafik parkir", "Parking trends"),
    "tui.parking.palette.trends.help": ("Pendapatan parkir per hari, bulan dan tahun",
                                        "Parking income by day, month and year"),
    "tui.parking.palette.leaks": ("Kebocoran parkir", "Parking leaks"),
    "tui.parking.palette.leaks.help": ("Sinyal kebocoran per juru parkir",
                                       "Leak signals per attendant"),
}
