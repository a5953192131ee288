"""Texts of the blind stock count (stok opname): services/warehouse/counts*,
count_rules, views/warehouse/count*."""

MESSAGES = {
    "action.warehouse.count": ("mencatat hasil stok opname", "enter stock count lines"),
    "action.warehouse.count_approve": ("menyetujui selisih stok opname",
                                       "approve a stock count's variances"),
    "field.counted_on": ("Tanggal opname", "Count date"),
    "field.counted_at": ("Jam opname", "Count time"),
    "field.place": ("Tempat", "Place"),
    # refusals
    "warehouse.count_not_found": ("Stok opname {number} tidak ada.",
                                  "Stock count {number} does not exist."),
    "warehouse.count_time_invalid": ("Jam '{text}' tidak sah. Contoh: 09:30.",
                                     "Time '{text}' is not valid. Example: 09:30."),
    "warehouse.count_time_future": ("Jam {time} hari ini belum tiba: batas opname tidak boleh "
                                    "di masa depan.",
                                    "{time} today has not come yet: a count's cut-off cannot "
                                    "be in the future."),
    "warehouse.count_not_open": ("Stok opname {number} sudah {status}: tidak bisa menambah "
                                 "baris.",
                                 "Stock count {number} is {status}: no more lines can be "
                                 "added."),
    "warehouse.count_empty": ("Stok opname {number} belum punya baris hitungan.",
                              "Stock count {number} has no counted lines yet."),
    "warehouse.count_still_open": ("Stok opname {number} masih dibuka: tutup dulu sebelum "
                                   "melihat selisih atau menyetujui.",
                                   "Stock count {number} is still open: close it before "
                                   "seeing the variances or approving."),
    "warehouse.count_cancelled": ("Stok opname {number} sudah dibatalkan.",
                                  "Stock count {number} was cancelled."),
    "warehouse.count_final": ("Stok opname {number} sudah {status}.",
                              "Stock count {number} is already {status}."),
    "warehouse.count_already_approved": ("Stok opname {number} sudah disetujui {name} dalam "
                                         "jabatan ini.",
                                         "Stock count {number} was already approved by {name} "
                                         "in this capacity."),
    "warehouse.count_same_approver": ("Stok opname {number}: koordinator gudang dan ketua harus "
                                      "dua orang berbeda.",
                                      "Stock count {number}: the warehouse coordinator and the "
                                      "chair must be two different people."),
    "warehouse.count_later_movements": (
        "{item} sudah punya mutasi {movement} bertanggal {later}, sesudah hari opname {day}: "
        "selisih {number} tidak bisa dibukukan pada {day}, karena mutasi barang dicatat urut "
        "tanggal (pembatalan mutasi itu pun bertanggal sesudahnya). Batalkan opname ini dan "
        "ulangi opname.",
        "{item} already has movement {movement} dated {later}, after the count day {day}: the "
        "variance of {number} cannot be posted on {day}, as an item's movements are recorded "
        "in date order (reversing that movement would be dated later too). Cancel this count "
        "and count again."),
    "warehouse.count_reason": ("Selisih stok opname {number}", "Stock count variance {number}"),
    "warehouse.count_status.open": ("dibuka", "open"),
    "warehouse.count_status.closed": ("ditutup", "closed"),
    "warehouse.count_status.approved": ("disetujui", "approved"),
    "warehouse.count_status.cancelled": ("dibatalkan", "cancelled"),
    # audit log
    "audit_action.warehouse.count_create": ("Stok opname dibuka", "Stock count opened"),
    "audit_action.warehouse.count_line": ("Baris stok opname dicatat", "Stock count line entered"),
    "audit_action.warehouse.count_close": ("Stok opname ditutup", "Stock count closed"),
    "audit_action.warehouse.count_cancel": ("Stok opname dibatalkan", "Stock count cancelled"),
    "audit_action.warehouse.count_approve_coordinator": (
        "Stok opname disetujui koordinator gudang", "Stock count approved by the coordinator"),
    "audit_action.warehouse.count_approve_chair": ("Stok opname disetujui ketua",
                                                   "Stock count approved by the chair"),
    # check
    "check.warehouse_count_lines": ("Baris stok opname hanya dicatat selama opname dibuka",
                                    "Stock count lines were only entered while it was open"),
    "check.warehouse_count_lines_problem": ("Stok opname {number}: {lines} baris tercatat "
                                            "sesudah ditutup atau tidak sah.",
                                            "Stock count {number}: {lines} lines entered after "
                                            "it was closed, or not valid."),
    "check.warehouse_count_posted": ("Penyesuaian stok opname sama dengan selisihnya",
                                     "Stock count adjustments equal their variances"),
    "check.warehouse_count_posted_problem": ("Stok opname {number}: penyesuaian yang dibukukan "
                                             "tidak sama dengan baris hitungan dan selisihnya.",
                                             "Stock count {number}: the posted adjustments do "
                                             "not match its lines and variances."),
    # TUI: the list
    "tui.section.counts": ("Stok Opname", "Stock counts"),
    "tui.counts.help.list": (
        "Daftar stok opname. n: opname baru (tanggal, jam batas, tempat). Enter: buka — "
        "opname yang dibuka untuk mencatat hitungan, yang ditutup untuk lembar selisih. "
        "c: tutup opname (hitungan selesai).",
        "The stock counts. n: a new count (date, cut-off time, place). Enter: open it — an "
        "open count to enter what you count, a closed one for its variance sheet. c: close "
        "the count (counting done)."),
    "tui.counts.key.new": ("Opname baru", "New count"),
    "tui.counts.key.open": ("Buka", "Open"),
    "tui.counts.key.close": ("Tutup opname", "Close count"),
    "tui.counts.col_number": ("Nomor", "Number"),
    "tui.counts.col_day": ("Tanggal", "Date"),
    "tui.counts.col_time": ("Jam", "Time"),
    "tui.counts.col_place": ("Tempat", "Place"),
    "tui.counts.col_status": ("Status", "Status"),
    "tui.counts.col_approvals": ("Persetujuan", "Approvals"),
    "tui.counts.col_lines": ("Baris", "Lines"),
    "tui.counts.count": ("{count} stok opname.", "{count} stock counts."),
    "tui.counts.empty": ("Belum ada stok opname. Tekan n untuk membuka yang baru.",
                         "No stock counts yet. Press n to open one."),
    "tui.counts.created": ("Stok opname {number} dibuka.", "Stock count {number} opened."),
    "tui.counts.closed": ("Stok opname {number} ditutup.", "Stock count {number} closed."),
    "tui.counts.approvals_text": ("Koord. {coordinator} · Ketua {chair}",
                                  "Coord. {coordinator} · Chair {chair}"),
    # TUI: the new-count dialog
    "tui.counts.new.title": ("Stok opname baru", "New stock count"),
    "tui.counts.new.save": ("Buka opname", "Open count"),
    "tui.counts.day": ("Tanggal", "Date"),
    "tui.counts.time": ("Jam batas (JJ:MM)", "Cut-off time (HH:MM)"),
    "tui.counts.place": ("Tempat", "Place"),
    "tui.counts.note": ("Catatan", "Note"),
    "tui.counts.help.new": (
        "Tanggal dan jam batas: mutasi yang dicatat sesudah jam itu pada hari itu, dan semua "
        "mutasi sesudah hari itu, tidak dihitung dalam angka buku. Ctrl+S: simpan.",
        "Date and cut-off time: movements recorded after that time on that day, and every "
        "movement after that day, are not in the book quantity. Ctrl+S: save."),
    "tui.counts.key.save": ("Simpan", "Save"),
    # TUI: counting (blind)
    "tui.counts.entry.title": ("Hitung {number} · {day} {time} · {place}",
                               "Count {number} · {day} {time} · {place}"),
    "tui.counts.entry.blind": ("Catat apa yang terlihat. Angka buku tidak ditampilkan; "
                               "hitungan beberapa petugas untuk barang dan tempat yang sama "
                               "dijumlahkan.",
                               "Enter what you see. The book quantity is not shown; several "
                               "counters' lines for the same item and place add up."),
    "tui.counts.help.entry": (
        "Tempat, barang (ketik kode atau nama), jumlah dengan satuan (mis. 2 karung, 15 kg, "
        "0 bila tidak ada). Enter pindah ke isian berikutnya; Enter pada jumlah mencatat "
        "barisnya. Hanya baris Anda sendiri yang tampil.",
        "Place, item (type its code or name), quantity with a unit (e.g. 2 karung, 15 kg, "
        "0 when there is none). Enter moves to the next field; Enter on the quantity records "
        "the line. Only your own lines are shown."),
    "tui.counts.item": ("Barang (kode atau nama)", "Item (code or name)"),
    "tui.counts.quantity": ("Jumlah", "Quantity"),
    "tui.counts.units": ("Satuan {item}: {units}", "Units of {item}: {units}"),
    "tui.counts.entry.added": ("Dicatat: {quantity} {item}.", "Recorded: {quantity} {item}."),
    "tui.counts.entry.mine": ("{count} baris Anda.", "{count} lines of yours."),
    "tui.counts.key.add": ("Catat baris", "Record line"),
    "tui.counts.col_item": ("Barang", "Item"),
    "tui.counts.col_quantity": ("Jumlah", "Quantity"),
    "tui.counts.col_at": ("Dicatat", "Recorded"),
    # TUI: the variance sheet
    "tui.counts.sheet.title": ("Lembar selisih {number} · {day} {time} · {status}",
                               "Variance sheet {number} · {day} {time} · {status}"),
    "tui.counts.help.sheet": (
        "Hitungan dibandingkan angka buku pada jam batas. a: setujui (koordinator gudang dan "
        "ketua, dua orang berbeda; persetujuan kedua membukukan selisihnya pada hari opname).",
        "Counted against the book at the cut-off. a: approve (the warehouse coordinator and the "
        "chair, two different people; the second approval posts the variances on the count "
        "day)."),
    "tui.counts.key.approve": ("Setujui", "Approve"),
    "tui.counts.col_code": ("Kode", "Code"),
    "tui.counts.col_counted": ("Hitungan", "Counted"),
    "tui.counts.col_book": ("Buku", "Book"),
    "tui.counts.col_variance": ("Selisih", "Variance"),
    "tui.counts.col_value": ("Nilai selisih", "Variance value"),
    "tui.counts.col_note": ("Keterangan", "Note"),
    "tui.counts.sheet.later": ("ada mutasi sesudahnya: {movement}",
                               "later movement: {movement}"),
    "tui.counts.sheet.posted_as": ("dibukukan {number}", "posted {number}"),
    "tui.counts.sheet.not_counted": ("Tidak dihitung: {items}", "Not counted: {items}"),
    "tui.counts.sheet.all_counted": ("Semua barang dihitung.", "Every item was counted."),
    "tui.counts.sheet.total": ("Jumlah nilai selisih: {value}", "Total variance value: {value}"),
    "tui.counts.sheet.approvals": ("Koordinator gudang: {coordinator} · Ketua: {chair}",
                                   "Warehouse coordinator: {coordinator} · Chair: {chair}"),
    "tui.counts.sheet.pending": ("belum", "not yet"),
    "tui.counts.approved_now": ("Stok opname {number} disetujui.",
                                "Stock count {number} approved."),
    "tui.counts.posted_now": ("Stok opname {number} disetujui dan selisihnya dibukukan.",
                              "Stock count {number} approved and its variances posted."),
}
