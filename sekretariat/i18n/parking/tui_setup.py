"""Texts of the parking set-up screen (zones, vehicle types, tariffs, shifts,
the deposit target), the attendants screen and their dialogs (tui)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the set-up screen ----------------------------------------------------------
    "tui.parking_setup.title": ("Pengaturan parkir", "Parking set-up"),
    "tui.parking_setup.help": (
        "Pengaturan parkir, satu tab per bagian (tekan 1-5): 1 zona parkir dengan "
        "kapasitasnya, 2 jenis kendaraan, 3 tarif per jenis kendaraan menurut tanggal "
        "berlaku, 4 shift jaga dengan jamnya, 5 target setoran per juru parkir per shift.\n"
        "n menambah di tab yang tampil; e atau Enter mengubah baris di kursor. Kode tidak "
        "pernah berubah; yang tidak dipakai lagi dinonaktifkan, tidak dihapus, agar jadwal "
        "dan laporan lama tetap utuh.\n"
        "Tarif: riwayat lengkap tampil; yang berlaku hari ini ditebalkan. Tarif baru berlaku "
        "mulai tanggalnya, jadi hari-hari sebelumnya tetap memakai tarif lama; hari yang sudah "
        "ditutup tidak bisa diberi tarif.\n"
        "Menambah dan mengubah hanya untuk ketua dan koordinator parkir; peran lain hanya "
        "melihat (tombolnya redup).",
        "Parking set-up, one tab per part (press 1-5): 1 parking zones with their capacity, "
        "2 vehicle types, 3 tariffs per vehicle type by effective date, 4 shifts with their "
        "hours, 5 the deposit target per attendant and shift.\n"
        "n adds to the tab shown; e or Enter changes the row under the cursor. A code never "
        "changes; what is no longer used is set inactive, not deleted, so past rosters and "
        "reports stay whole.\n"
        "Tariffs: the whole history is shown; the ones in force today are in bold. A new "
        "tariff applies from its date on, so the days before keep the old one; a closed day "
        "cannot be given a tariff.\n"
        "Adding and changing is for the chair and the parking coordinator; other roles look "
        "only (those keys are greyed)."),
    "tui.parking_setup.key.tabs": ("Tab", "Tab"),
    "tui.parking_setup.key.tab": ("Pindah tab", "Switch tab"),
    "tui.parking_setup.key.new": ("Tambah", "Add"),
    "tui.parking_setup.key.edit": ("Ubah", "Change"),
    "tui.parking_setup.key.save": ("Simpan", "Save"),
    "tui.parking_setup.save": ("Simpan", "Save"),
    "tui.parking_setup.tab_zones": ("Zona", "Zones"),
    "tui.parking_setup.tab_types": ("Jenis kendaraan", "Vehicle types"),
    "tui.parking_setup.tab_tariffs": ("Tarif", "Tariffs"),
    "tui.parking_setup.tab_shifts": ("Shift", "Shifts"),
    "tui.parking_setup.tab_target": ("Target setoran", "Deposit target"),
    "tui.parking_setup.col_code": ("Kode", "Code"),
    "tui.parking_setup.col_name": ("Nama", "Name"),
    "tui.parking_setup.col_capacity": ("Kapasitas", "Capacity"),
    "tui.parking_setup.col_active": ("Status", "Status"),
    "tui.parking_setup.col_type": ("Jenis kendaraan", "Vehicle type"),
    "tui.parking_setup.col_amount": ("Tarif", "Tariff"),
    "tui.parking_setup.col_from": ("Berlaku mulai", "From"),
    "tui.parking_setup.col_state": ("Keterangan", "State"),
    "tui.parking_setup.col_start": ("Mulai", "Start"),
    "tui.parking_setup.col_end": ("Selesai", "End"),
    "tui.parking_setup.col_length": ("Lama", "Length"),
    "tui.parking_setup.active": ("aktif", "active"),
    "tui.parking_setup.inactive": ("nonaktif", "inactive"),
    "tui.parking_setup.hours": ("{hours} j {minutes} m", "{hours} h {minutes} m"),
    "tui.parking_setup.zones_count": (
        "{count} zona, {active} aktif · kapasitas zona aktif: {capacity} kendaraan",
        "{count} zones, {active} active · capacity of the active zones: {capacity} vehicles"),
    "tui.parking_setup.types_count": ("{count} jenis kendaraan", "{count} vehicle types"),
    "tui.parking_setup.shifts_count": (
        "{count} shift · shift yang melewati tengah malam selesai keesokan harinya",
        "{count} shifts · a shift past midnight ends the next day"),
    "tui.parking_setup.state_now": ("berlaku hari ini", "in force today"),
    "tui.parking_setup.state_later": ("mulai nanti", "from a later day"),
    "tui.parking_setup.state_past": ("sudah diganti", "replaced"),
    "tui.parking_setup.tariff_part": ("{name} {amount}", "{name} {amount}"),
    "tui.parking_setup.tariff_part_none": ("{name} belum ada", "{name} none yet"),
    "tui.parking_setup.tariffs_now": ("Berlaku {day}: {tariffs}", "In force on {day}: {tariffs}"),
    "tui.parking_setup.tariffs_empty": ("Belum ada tarif. Tekan n untuk menetapkan tarif.",
                                        "No tariffs yet. Press n to set one."),
    "tui.parking_setup.target_none": ("Target setoran belum ditetapkan.",
                                      "No deposit target set yet."),
    "tui.parking_setup.target_is": ("Target setoran per juru parkir per shift: {amount}",
                                    "Deposit target per attendant and shift: {amount}"),
    "tui.parking_setup.target_lead": (
        "Target untuk satu shift penuh. Bila juru parkir bertugas lebih singkat, laporan shift "
        "memakai target sebanding dengan menit kerjanya. Tekan e untuk mengubah.",
        "The target for a whole shift. When an attendant works a shorter time, the shift "
        "report uses a target in proportion to the minutes worked. Press e to change it."),
    "tui.parking_setup.saved": ("{name} tersimpan.", "{name} saved."),
    "tui.parking_setup.tariff_saved": ("Tarif {name} {amount} berlaku mulai {day}.",
                                       "Tariff {name} {amount} in force from {day}."),
    "tui.parking_setup.target_saved": ("Target setoran sekarang {amount} per shift.",
                                       "The deposit target is now {amount} per shift."),
    # --- fields ---------------------------------------------------------------------
    "tui.parking_setup.field.code": ("Kode", "Code"),
    "tui.parking_setup.field.name": ("Nama", "Name"),
    "tui.parking_setup.field.active": ("Aktif", "Active"),
    "tui.parking_setup.field.capacity": ("Kapasitas", "Capacity"),
    "tui.parking_setup.field.start_time": ("Jam mulai", "Starts at"),
    "tui.parking_setup.field.end_time": ("Jam selesai", "Ends at"),
    "tui.parking_setup.field.vehicle_type": ("Jenis kendaraan", "Vehicle type"),
    "tui.parking_setup.field.amount": ("Tarif per kendaraan", "Tariff per vehicle"),
    "tui.parking_setup.field.effective_from": ("Berlaku mulai", "In force from"),
    "tui.parking_setup.field.target": ("Target per shift", "Target per shift"),
    "tui.parking_setup.field.attendant_name": ("Nama juru parkir", "Attendant's name"),
    "tui.parking_setup.field.phone": ("Telepon", "Phone"),
    "tui.parking_setup.field.nik": ("NIK", "NIK"),
    "tui.parking_setup.field.start_date": ("Mulai bertugas", "Works from"),
    "tui.parking_setup.field.last_day": ("Hari terakhir bertugas", "Last day worked"),
    # --- zone, vehicle type, shift dialogs -----------------------------------------------
    "tui.parking_setup.zone.title": ("Zona parkir", "Parking zone"),
    "tui.parking_setup.zone.new_title": ("Zona parkir baru", "New parking zone"),
    "tui.parking_setup.zone.edit_title": ("Ubah zona parkir", "Change a parking zone"),
    "tui.parking_setup.zone.code_hint": ("mis. motor-depan", "e.g. motor-front"),
    "tui.parking_setup.zone.help": (
        "Zona parkir: kode singkat (huruf kecil, angka, '-' atau '_'; tidak bisa diubah "
        "kemudian), nama dan kapasitas dalam jumlah kendaraan. Zona yang tidak dipakai lagi "
        "dinonaktifkan. Enter pindah ke isian berikut; Ctrl+S menyimpan; Esc batal.",
        "A parking zone: a short code (lower-case letters, digits, '-' or '_'; it cannot be "
        "changed later), a name and the capacity in vehicles. A zone no longer used is set "
        "inactive. Enter moves to the next field; Ctrl+S saves; Esc cancels."),
    "tui.parking_setup.type.title": ("Jenis kendaraan", "Vehicle type"),
    "tui.parking_setup.type.new_title": ("Jenis kendaraan baru", "New vehicle type"),
    "tui.parking_setup.type.edit_title": ("Ubah jenis kendaraan", "Change a vehicle type"),
    "tui.parking_setup.type.code_hint": ("mis. sepeda", "e.g. bicycle"),
    "tui.parking_setup.type.help": (
        "Jenis kendaraan: kode singkat (tidak bisa diubah kemudian) dan nama. Tarifnya "
        "ditetapkan di tab Tarif. Jenis yang tidak dipakai lagi dinonaktifkan. Ctrl+S "
        "menyimpan; Esc batal.",
        "A vehicle type: a short code (it cannot be changed later) and a name. Its tariff is "
        "set on the Tariffs tab. A type no longer used is set inactive. Ctrl+S saves; Esc "
        "cancels."),
    "tui.parking_setup.shift.title": ("Shift jaga", "Shift"),
    "tui.parking_setup.shift.new_title": ("Shift baru", "New shift"),
    "tui.parking_setup.shift.edit_title": ("Ubah shift", "Change a shift"),
    "tui.parking_setup.shift.code_hint": ("mis. sore", "e.g. evening"),
    "tui.parking_setup.shift.help": (
        "Shift jaga: kode, nama, jam mulai dan jam selesai (06:00 atau 06.00). Jam selesai "
        "sebelum jam mulai berarti shift melewati tengah malam. Jam baru berlaku untuk semua "
        "hari dan ditolak bila membuat seorang juru parkir bertugas pada jam yang bertumpuk. "
        "Ctrl+S menyimpan; Esc batal.",
        "A shift: code, name, start and end time (06:00 or 06.00). An end before the start "
        "means the shift runs past midnight. New hours apply to every day and are refused "
        "when they would put an attendant on overlapping hours. Ctrl+S saves; Esc cancels."),
    "tui.parking_setup.shift.length": ("Lama shift: {length}", "Shift length: {length}"),
    "tui.parking_setup.shift.overnight": ("Lama shift: {length} (melewati tengah malam)",
                                          "Shift length: {length} (past midnight)"),
    # --- the tariff and target dialogs ------------------------------------------------
    "tui.parking_setup.tariff.title": ("Tarif parkir", "Parking tariff"),
    "tui.parking_setup.tariff.help": (
        "Tarif per kendaraan untuk satu jenis, berlaku mulai tanggal yang diisi (hari yang "
        "belum ditutup). Hari-hari sebelumnya tetap memakai tarif lama. Tanggal yang sama "
        "dengan tarif yang sudah ada mengoreksi tarif itu selama harinya belum ditutup. "
        "Tarif harus bilangan bulat Rupiah lebih dari nol. Ctrl+S menyimpan; Esc batal.",
        "The amount per vehicle of one type, in force from the date given (a day not yet "
        "closed). The days before keep the old tariff. The same date as an existing tariff "
        "corrects it while its day is open. A tariff is whole Rupiah above zero. Ctrl+S "
        "saves; Esc cancels."),
    "tui.parking_setup.tariff.amount_hint": ("mis. 2.000", "e.g. 2.000"),
    "tui.parking_setup.tariff.note": (
        "Tarif baru berlaku mulai tanggal itu; hari-hari sebelumnya tidak berubah.",
        "A new tariff applies from that date on; the days before do not change."),
    "tui.parking_setup.tariff.save": ("Tetapkan tarif", "Set the tariff"),
    "tui.parking_setup.tariff.now": ("Berlaku hari ini: {amount} (sejak {since})",
                                     "In force today: {amount} (since {since})"),
    "tui.parking_setup.tariff.none_now": ("Belum ada tarif yang berlaku pada {day}.",
                                          "No tariff in force on {day}."),
    "tui.parking_setup.tariff.later": ("Sudah ditetapkan: {amount} mulai {day}",
                                       "Already set: {amount} from {day}"),
    "tui.parking_setup.tariff.choose_type": ("Pilih jenis kendaraan.", "Choose a vehicle type."),
    "tui.parking_setup.target.title": ("Target setoran", "Deposit target"),
    "tui.parking_setup.target.help": (
        "Target setoran per juru parkir untuk satu shift penuh, dalam Rupiah (0: tanpa "
        "target). Laporan shift menyalin target yang berlaku saat dibuat. Ctrl+S menyimpan; "
        "Esc batal.",
        "The deposit target per attendant for a whole shift, in Rupiah (0: no target). A "
        "shift report copies the target in force when it is made. Ctrl+S saves; Esc "
        "cancels."),
    "tui.parking_setup.target.lead": (
        "Berlaku untuk laporan shift yang dibuat sesudah ini; laporan lama tetap memakai "
        "target yang tercatat padanya.",
        "Applies to shift reports made from now on; earlier reports keep the target recorded "
        "on them."),
    # --- the attendants screen and its dialogs ----------------------------------------------
    "tui.parking_setup.attendants.title": ("Juru parkir", "Parking attendants"),
    "tui.parking_setup.attendants.help": (
        "Juru parkir: nama, telepon, status, tanggal mulai bertugas, utang yang belum lunas "
        "(kekurangan setoran dikurangi pembayaran dan penghapusan), hari terakhir dan NIK "
        "(tersamar untuk peran yang tidak berhak melihatnya).\n"
        "Enter membuka rekening juru parkir (kekurangan, pembayaran, penghapusan). n "
        "mendaftarkan juru parkir baru; e mengubah data; x menghentikan tugas pada hari "
        "terakhir yang diisi (ditolak bila jadwal masih memuatnya sesudah hari itu). "
        "Mendaftar dan mengubah hanya untuk ketua dan koordinator parkir.",
        "Parking attendants: name, phone, status, the day they started, the debt not yet "
        "settled (deposit shortfalls less payments and write-offs), the last day and the "
        "NIK (masked for roles that may not see it).\n"
        "Enter opens the attendant's account (shortfalls, payments, write-offs). n registers "
        "a new attendant; e changes their details; x ends their work on the last day given "
        "(refused while the roster still has them after it). Registering and changing is "
        "for the chair and the parking coordinator."),
    "tui.parking_setup.key.account": ("Rekening", "Account"),
    "tui.parking_setup.key.register": ("Daftarkan", "Register"),
    "tui.parking_setup.key.deactivate": ("Berhenti", "End work"),
    "tui.parking_setup.attendants.col_name": ("Nama", "Name"),
    "tui.parking_setup.attendants.col_phone": ("Telepon", "Phone"),
    "tui.parking_setup.attendants.col_status": ("Status", "Status"),
    "tui.parking_setup.attendants.col_start": ("Mulai", "Since"),
    "tui.parking_setup.attendants.col_debt": ("Utang", "Debt"),
    "tui.parking_setup.attendants.col_end": ("Hari terakhir", "Last day"),
    "tui.parking_setup.attendants.col_nik": ("NIK", "NIK"),
    "tui.parking_setup.attendants.status_aktif": ("aktif", "active"),
    "tui.parking_setup.attendants.status_nonaktif": ("berhenti", "left"),
    "tui.parking_setup.attendants.empty": (
        "Belum ada juru parkir. Tekan n untuk mendaftarkan yang pertama.",
        "No attendants yet. Press n to register the first one."),
    "tui.parking_setup.attendants.count": (
        "{count} juru parkir, {active} aktif · utang belum lunas: {debt}",
        "{count} attendants, {active} active · debts outstanding: {debt}"),
    "tui.parking_setup.attendants.registered": ("{name} terdaftar sebagai juru parkir.",
                                                "{name} registered as an attendant."),
    "tui.parking_setup.attendants.updated": ("Data {name} tersimpan.",
                                             "{name}'s details saved."),
    "tui.parking_setup.attendants.deactivated": ("{name} berhenti bertugas setelah {day}.",
                                                 "{name} stops working after {day}."),
    "tui.parking_setup.attendant.title": ("Juru parkir", "Parking attendant"),
    "tui.parking_setup.attendant.new_title": ("Daftarkan juru parkir", "Register an attendant"),
    "tui.parking_setup.attendant.edit_title": ("Ubah data juru parkir",
                                               "Change an attendant's details"),
    "tui.parking_setup.attendant.help": (
        "Nama (wajib), telepon, NIK (16 angka, boleh kosong) dan tanggal mulai bertugas "
        "(boleh hari yang lalu). Tanggal mulai hanya bisa diubah selama jadwal belum memuat "
        "juru parkir itu sebelum tanggal baru. NIK yang tersamar tetap tersimpan bila "
        "isiannya dibiarkan kosong. Ctrl+S menyimpan; Esc batal.",
        "Name (required), phone, NIK (16 digits, may be empty) and the day they start (a past "
        "day is fine). The start date can change only while the roster has nothing of theirs "
        "before the new date. A masked NIK is kept when its field is left empty. Ctrl+S "
        "saves; Esc cancels."),
    "tui.parking_setup.attendant.nik_hint": ("16 angka, boleh kosong", "16 digits, optional"),
    "tui.parking_setup.attendant.nik_kept": ("tetap {nik}", "kept: {nik}"),
    "tui.parking_setup.attendant.save_new": ("Daftarkan", "Register"),
    "tui.parking_setup.deactivate.title": ("Juru parkir berhenti", "An attendant stops work"),
    "tui.parking_setup.deactivate.help": (
        "Juru parkir berhenti bertugas setelah hari terakhir yang diisi (hari yang belum "
        "ditutup). Ditolak bila jadwal masih memuatnya sesudah hari itu: hapus jadwal itu "
        "dulu. Utangnya tetap tercatat sampai dibayar atau dihapus. Ctrl+S menyimpan; Esc "
        "batal.",
        "The attendant stops working after the last day given (a day not yet closed). "
        "Refused while the roster still has them after that day: remove that first. Their "
        "debt stays on record until paid or written off. Ctrl+S saves; Esc cancels."),
    "tui.parking_setup.deactivate.lead": ("{name}, bertugas sejak {since}.",
                                          "{name}, working since {since}."),
    "tui.parking_setup.deactivate.debt": (
        "{name} masih berutang {amount}; utang itu tetap tercatat.",
        "{name} still owes {amount}; the debt stays on record."),
    "tui.parking_setup.deactivate.save": ("Berhentikan", "End work"),
}
