"""Texts of the parking area's services: refusals, audit actions, check rules."""

MESSAGES = {
    "action.parking.view": ("melihat data parkir", "view the parking records"),
    "action.parking.manage": ("mengatur parkir (zona, tarif, juru parkir, jadwal)",
                              "manage parking (zones, tariffs, attendants, roster)"),
    # typed input
    "parking.text_empty": ("Isian ini wajib diisi.", "This field is required."),
    "parking.code_empty": ("Kode wajib diisi.", "Enter a code."),
    "parking.code_invalid": ("Kode '{code}' tidak sah: pakai huruf kecil, angka, '-' atau '_'.",
                             "Code '{code}' is not valid: use lower-case letters, digits, "
                             "'-' or '_'."),
    "parking.count_invalid": ("'{text}' bukan bilangan bulat nol atau lebih.",
                              "'{text}' is not a whole number, zero or more."),
    "parking.tariff_zero": ("Tarif harus lebih dari nol Rupiah.",
                            "The tariff must be more than zero Rupiah."),
    "parking.time_invalid": ("'{text}' bukan jam yang sah. Contoh: 06:00 atau 22.00",
                             "'{text}' is not a valid time. Example: 06:00 or 22.00"),
    "parking.shift_no_length": ("Jam selesai tidak boleh sama dengan jam mulai.",
                                "The end time cannot equal the start time."),
    "parking.phone_invalid": ("Nomor telepon '{text}' tidak sah: hanya angka, spasi, '-' dan "
                              "'+' di depan.",
                              "Phone number '{text}' is not valid: digits, spaces, '-' and a "
                              "leading '+' only."),
    "parking.nik_invalid": ("NIK harus 16 angka (atau dikosongkan).",
                            "The NIK must be 16 digits (or left empty)."),
    # zones, vehicle types, shifts
    "parking.zone_exists": ("Zona dengan kode '{code}' sudah ada.",
                            "A zone with code '{code}' already exists."),
    "parking.zone_not_found": ("Zona '{zone}' tidak ditemukan.", "Zone '{zone}' not found."),
    "parking.zone_inactive": ("Zona {zone} tidak aktif.", "Zone {zone} is not active."),
    "parking.type_exists": ("Jenis kendaraan dengan kode '{code}' sudah ada.",
                            "A vehicle type with code '{code}' already exists."),
    "parking.type_not_found": ("Jenis kendaraan '{vehicle_type}' tidak ditemukan.",
                               "Vehicle type '{vehicle_type}' not found."),
    "parking.shift_exists": ("Shift dengan kode '{code}' sudah ada.",
                             "A shift with code '{code}' already exists."),
    "parking.shift_not_found": ("Shift '{shift}' tidak ditemukan.", "Shift '{shift}' not found."),
    "parking.shift_hours_clash": ("Jam baru membuat {name} bertugas pada jam bertumpuk ({day}).",
                                  "The new hours would put {name} on overlapping shifts ({day})."),
    "parking.shift_inactive": ("Shift {shift} tidak aktif.", "Shift {shift} is not active."),
    # attendants
    "parking.attendant_not_found": ("Juru parkir #{id} tidak ditemukan.",
                                    "Attendant #{id} not found."),
    "parking.attendant_inactive": ("{name} sudah tidak aktif.", "{name} is already inactive."),
    "parking.attendant_not_active_on": ("{name} tidak aktif pada {day}.",
                                        "{name} is not active on {day}."),
    "parking.attendant_rostered_later": (
        "{name} masih dijadwalkan pada {day}: hapus jadwal itu dulu.",
        "{name} is still on the roster on {day}: remove that first."),
    "parking.end_before_start": ("Hari terakhir tidak boleh sebelum mulai bertugas ({day}).",
                                 "The last day cannot be before the start date ({day})."),
    "parking.start_after_roster": ("Sudah ada jadwal pada {day}, sebelum tanggal mulai baru.",
                                   "There is a roster entry on {day}, before the new start date."),
    "parking.start_after_end": ("Tanggal mulai tidak boleh setelah hari terakhir.",
                                "The start date cannot be after the last day."),
    # roster
    "parking.slot_taken": ("{zone}, shift {shift} pada {day} sudah diisi {name}.",
                           "{zone}, shift {shift} on {day} is already held by {name}."),
    "parking.slot_reported": (
        "{zone}, shift {shift} pada {day} sudah dilaporkan ({number}); jadwalnya tetap."
        " Batalkan laporannya dulu bila memang salah orang.",
        "{zone}, shift {shift} on {day} has been reported ({number}); its roster stays."
        " Void the report first if it was the wrong person."),
    "parking.slot_empty": ("Tidak ada jadwal untuk {zone}, shift {shift} pada {day}.",
                           "Nobody is rostered on {zone}, shift {shift} on {day}."),
    "parking.attendant_busy": ("{name} sudah bertugas pada jam yang bertumpuk: {zone}, shift "
                               "{shift}, {day}.",
                               "{name} already works overlapping hours: {zone}, shift {shift}, "
                               "{day}."),
    "parking.not_monday": ("{day} bukan hari Senin: salin jadwal per minggu mulai Senin.",
                           "{day} is not a Monday: the roster is copied by week from Monday."),
    "parking.copy_same_week": ("Minggu asal dan tujuan sama.",
                               "The source and target weeks are the same."),
    "parking.copy_would_overwrite": (
        "{count} jadwal di minggu tujuan sudah diisi orang lain; pilih timpa untuk menggantinya.",
        "{count} roster slots in the target week are held by someone else; choose overwrite "
        "to replace them."),
    # audit actions
    "audit_action.parking.zone_create": ("Zona parkir dibuat", "Parking zone created"),
    "audit_action.parking.zone_update": ("Zona parkir diubah", "Parking zone changed"),
    "audit_action.parking.type_create": ("Jenis kendaraan dibuat", "Vehicle type created"),
    "audit_action.parking.type_update": ("Jenis kendaraan diubah", "Vehicle type changed"),
    "audit_action.parking.shift_create": ("Shift parkir dibuat", "Parking shift created"),
    "audit_action.parking.shift_update": ("Shift parkir diubah", "Parking shift changed"),
    "audit_action.parking.tariff_create": ("Tarif parkir ditetapkan", "Parking tariff set"),
    "audit_action.parking.tariff_update": ("Tarif parkir diubah", "Parking tariff changed"),
    "audit_action.parking.attendant_create": ("Juru parkir didaftarkan", "Attendant registered"),
    "audit_action.parking.attendant_update": ("Data juru parkir diubah", "Attendant changed"),
    "audit_action.parking.attendant_deactivate": ("Juru parkir dinonaktifkan",
                                                  "Attendant deactivated"),
    "audit_action.parking.roster_assign": ("Jadwal parkir diisi", "Roster slot assigned"),
    "audit_action.parking.roster_unassign": ("Jadwal parkir dihapus", "Roster slot cleared"),
    "audit_action.parking.roster_copy": ("Jadwal minggu disalin", "Week's roster copied"),
    # check rules
    "check.parking_roster_active": ("Juru parkir di jadwal aktif pada tanggalnya",
                                    "Rostered attendants were active on their dates"),
    "check.parking_roster_active_problem": (
        "Jadwal {day} ({zone}, {shift}): {name} tidak aktif pada tanggal itu.",
        "Roster {day} ({zone}, {shift}): {name} was not active on that date."),
    "check.parking_roster_overlap": ("Tak ada juru parkir dengan shift bertumpuk",
                                     "No attendant works overlapping shifts"),
    "check.parking_roster_overlap_problem": ("{name} dijadwalkan pada jam bertumpuk ({day}).",
                                             "{name} is rostered on overlapping hours ({day})."),
    "check.parking_tariffs": ("Tarif parkir positif, satu per jenis per tanggal",
                              "Parking tariffs positive, one per type and date"),
    "check.parking_tariff_problem": ("Tarif {type} mulai {day} tidak sah: {amount}.",
                                     "Tariff of {type} from {day} is not valid: {amount}."),
    "check.parking_tariff_twice": ("Dua tarif {type} mulai {day}.",
                                   "Two tariffs of {type} from {day}."),
}
