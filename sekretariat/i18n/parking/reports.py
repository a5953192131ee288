"""Texts of the parking area's ticket books, shift reports and debts."""

MESSAGES = {
    "action.parking.report": ("mencatat laporan shift parkir, karcis dan pembayaran utang",
                              "record parking shift reports, tickets and debt payments"),
    "action.parking.write_off": ("menghapus utang juru parkir",
                                 "write off a parking attendant's debt"),
    "cash.source.parking.debt": ("Pembayaran utang juru parkir",
                                 "Parking attendants' debt payments"),
    # audit log
    "audit_action.parking.book_issue": ("Buku karcis diserahkan", "Ticket book issued"),
    "audit_action.parking.book_return": ("Buku karcis dikembalikan", "Ticket book returned"),
    "audit_action.parking.report": ("Laporan shift parkir dicatat",
                                    "Parking shift report recorded"),
    "audit_action.parking.report_off_roster": ("Laporan di luar jadwal (pengecualian)",
                                               "Report off the roster (override)"),
    "audit_action.parking.report_void": ("Laporan shift parkir dibatalkan",
                                         "Parking shift report voided"),
    "audit_action.parking.target_set": ("Target setoran parkir ditetapkan",
                                        "Parking deposit target set"),
    "audit_action.parking.debt_payment": ("Utang juru parkir dibayar",
                                          "Attendant's debt paid"),
    "audit_action.parking.debt_write_off": ("Utang juru parkir dihapus",
                                            "Attendant's debt written off"),
    # ticket books
    "parking.series_empty": ("Seri karcis wajib diisi.", "Enter the ticket series."),
    "parking.range_reversed": ("Nomor awal {first} lebih besar dari nomor akhir {last}.",
                               "The first serial {first} is after the last serial {last}."),
    "parking.range_invalid": ("Rentang karcis harus (buku, nomor awal, nomor akhir).",
                              "A ticket range must be (book, first serial, last serial)."),
    "parking.book_overlaps": ("Nomor karcis bertumpang tindih dengan buku {series} "
                              "{first}-{last} yang sudah ada.",
                              "The serials overlap the existing book {series} "
                              "{first}-{last}."),
    "parking.book_not_found": ("Buku karcis '{book}' tidak ditemukan.",
                               "Ticket book '{book}' not found."),
    "parking.book_returned": ("Buku karcis {series} sudah dikembalikan pada {day}.",
                              "Ticket book {series} was already returned on {day}."),
    "parking.book_return_before_issue": ("Buku tidak bisa dikembalikan sebelum diserahkan "
                                         "({day}).",
                                         "A book cannot come back before it was issued "
                                         "({day})."),
    "parking.book_used_later": ("Buku ini masih dipakai dalam laporan tanggal {day}.",
                                "This book is still used in a report of {day}."),
    "parking.book_not_theirs": ("Buku karcis {series} dipegang oleh {name}, bukan juru parkir "
                                "ini.",
                                "Ticket book {series} is held by {name}, not by this "
                                "attendant."),
    "parking.book_other_type": ("Buku karcis {series} untuk kendaraan {type}.",
                                "Ticket book {series} is for vehicle type {type}."),
    "parking.book_not_out": ("Buku karcis {series} tidak sedang dipegang pada {day}.",
                             "Ticket book {series} was not out on {day}."),
    "parking.range_outside_book": ("Nomor karcis di luar buku {series} ({first}-{last}).",
                                   "The serials are outside book {series} ({first}-{last})."),
    "parking.range_used": ("Karcis {first}-{last} sudah dipakai dalam laporan {number}.",
                           "Tickets {first}-{last} were already used in report {number}."),
    # shift reports
    "parking.future_date": ("Tanggal {day} belum tiba.", "{day} has not come yet."),
    "parking.minutes_invalid": ("Lama kerja harus antara 1 dan {maximum} menit.",
                                "The time worked must be between 1 and {maximum} minutes."),
    "parking.no_tariff": ("Belum ada tarif untuk {type} pada {day}.",
                          "There is no tariff for {type} on {day}."),
    "parking.report_empty": ("Laporan tanpa kendaraan dan tanpa setoran tidak dicatat.",
                             "A report with no vehicles and no hand-over is not recorded."),
    "parking.count_twice": ("Jumlah {type} diisi dua kali (ketik dan karcis).",
                            "The count of {type} was given twice (typed and tickets)."),
    "parking.not_on_roster": ("{name} tidak terjadwal di {zone}, shift {shift}, pada {day}.",
                              "{name} is not on the roster for {zone}, shift {shift}, on "
                              "{day}."),
    "parking.report_exists": ("Laporan shift ini sudah dicatat ({number}).",
                              "This shift's report is already recorded ({number})."),
    "parking.report_not_found": ("Laporan shift '{number}' tidak ditemukan.",
                                 "Shift report '{number}' not found."),
    "parking.report_already_void": ("Laporan {number} sudah dibatalkan.",
                                    "Report {number} is already void."),
    "parking.void_debt_settled": ("Laporan {number} tidak bisa dibatalkan: sebagian "
                                  "kekurangan {amount} sudah dibayar atau dihapus.",
                                  "Report {number} cannot be voided: part of its shortfall "
                                  "of {amount} was already paid or written off."),
    # debts
    "parking.more_than_debt": ("{amount} melebihi utang {name} ({debt}).",
                               "{amount} is more than {name}'s debt ({debt})."),
    "parking.write_off_reason": ("Alasan penghapusan utang wajib diisi.",
                                 "Enter the reason for writing off the debt."),
    # check rules
    "check.parking_debts": ("Utang juru parkir sama dengan saldo 1-210",
                            "Attendants' debts equal the 1-210 balance"),
    "check.parking_debts_problem": ("Utang {name} menurut catatan {debt}, menurut jurnal "
                                    "1-210 {books}.",
                                    "{name}'s debt is {debt} by the records, {books} on "
                                    "1-210 in the journal."),
    "check.parking_debts_total": ("Jumlah utang juru parkir {debt}, saldo 1-210 {books}.",
                                  "The attendants' debts add up to {debt}, 1-210 holds "
                                  "{books}."),
    "check.parking_report_lines": ("Laporan shift = jumlah × tarif yang berlaku",
                                   "Shift reports = counts × the tariff in force"),
    "check.parking_report_lines_problem": ("Laporan {number}: angka tidak sesuai jumlah × tarif "
                                           "yang berlaku pada harinya.",
                                           "Report {number}: its figures do not match counts "
                                           "× the tariff in force that day."),
    "check.parking_report_entry": ("Laporan shift sama dengan jurnalnya",
                                   "Shift reports equal their journal entries"),
    "check.parking_report_entry_problem": ("Laporan {number} tidak sama dengan jurnalnya.",
                                           "Report {number} differs from its journal entry."),
    "check.parking_tickets": ("Nomor karcis tidak pernah bertumpang tindih",
                              "Ticket serials never overlap"),
    "check.parking_tickets_problem": ("Karcis {series} {first}-{last} bertumpang tindih atau di "
                                      "luar bukunya.",
                                      "Tickets {series} {first}-{last} overlap or lie outside "
                                      "their book."),
}
