"""Messages of the complaint screens (views/complaints): the Pengaduan
section, the list and its filters, taking a complaint at the desk, a
complaint's page and its dialogs, the home screen's overdue line."""

MESSAGES = {
    "tui.section.complaints": ("Pengaduan", "Complaints"),
    "tui.section.complaints.help": (
        "Terima pengaduan di meja, cetak tanda terimanya, tanggapi dan selesaikan tepat waktu",
        "Take complaints at the desk, print their receipts, answer and resolve them on time"),
    # the list
    "tui.complaints.key.new": ("Pengaduan baru", "New complaint"),
    "tui.complaints.key.open": ("Terbuka", "Open"),
    "tui.complaints.key.overdue": ("Terlambat", "Overdue"),
    "tui.complaints.key.all": ("Semua", "All"),
    "tui.complaints.key.mine": ("Bidang saya", "Mine"),
    "tui.complaints.key.category": ("Kategori", "Category"),
    "tui.complaints.col_number": ("Nomor", "Number"),
    "tui.complaints.col_received": ("Diterima", "Received"),
    "tui.complaints.col_category": ("Kategori", "Category"),
    "tui.complaints.col_status": ("Status", "Status"),
    "tui.complaints.col_due": ("Batas", "Due"),
    "tui.complaints.col_place": ("Tempat", "Place"),
    "tui.complaints.col_complainant": ("Pengadu", "Complainant"),
    "tui.complaints.col_description": ("Isi pengaduan", "Complaint"),
    "tui.complaints.mode_open": ("Pengaduan terbuka (paling mendesak dulu)",
                                 "Open complaints (most urgent first)"),
    "tui.complaints.mode_overdue": ("Pengaduan terlambat (paling mendesak dulu)",
                                    "Overdue complaints (most urgent first)"),
    "tui.complaints.mode_all": ("Semua pengaduan (terbaru dulu)",
                                "All complaints (newest first)"),
    "tui.complaints.mode_mine": ("bidang saya", "my areas"),
    "tui.complaints.mode_category": ("kategori {category}", "category {category}"),
    "tui.complaints.none": ("Tidak ada pengaduan yang cocok.", "No complaint matches."),
    "tui.complaints.shown": ("{count} pengaduan", "{count} complaints"),
    "tui.complaints.shown_more": ("{count} pengaduan pertama (gulir untuk selebihnya)",
                                  "The first {count} complaints (scroll for more)"),
    "tui.complaints.overdue_count": ("{count} terlambat", "{count} overdue"),
    "tui.complaints.received": (
        "Pengaduan {number} diterima ({area}): ditanggapi paling lambat {ack},"
        " selesai paling lambat {resolve}.",
        "Complaint {number} received ({area}): to be acknowledged by {ack},"
        " resolved by {resolve}."),
    "tui.complaints.received_title": ("Pengaduan diterima", "Complaint received"),
    "tui.complaints.receipt": ("Tanda Terima Pengaduan {number}", "Complaint receipt {number}"),
    # taking one at the desk
    "tui.complaints.new_title": ("Pengaduan baru", "New complaint"),
    "tui.complaints.key.save": ("Simpan & cetak", "Save & print"),
    "tui.complaints.save_new": ("Simpan & cetak tanda terima", "Save & print the receipt"),
    "tui.complaints.choose": ("Pilih…", "Choose…"),
    "tui.complaints.field_category": ("Kategori", "Category"),
    "tui.complaints.field_place_kind": ("Jenis tempat", "Kind of place"),
    "tui.complaints.field_place": ("Kode tempat", "Place code"),
    "tui.complaints.field_description": ("Isi pengaduan", "What is the complaint"),
    "tui.complaints.field_channel": ("Saluran", "Channel"),
    "tui.complaints.field_complainant_kind": ("Pengadu", "Complainant"),
    "tui.complaints.field_complainant_name": ("Nama pengadu", "Complainant's name"),
    "tui.complaints.field_complainant_phone": ("Telepon", "Phone"),
    # a complaint's page
    "tui.complaints.page_title": ("Pengaduan", "Complaint"),
    "tui.complaints.page_heading": ("Pengaduan {number} · {category}",
                                    "Complaint {number} · {category}"),
    "tui.complaints.overdue_mark": ("TERLAMBAT", "OVERDUE"),
    "tui.complaints.fact_received": ("Diterima", "Received"),
    "tui.complaints.fact_by": ("Dicatat oleh", "Taken by"),
    "tui.complaints.fact_from": ("Pengadu", "Complainant"),
    "tui.complaints.fact_channel": ("Saluran", "Channel"),
    "tui.complaints.fact_phone": ("Telepon", "Phone"),
    "tui.complaints.fact_place": ("Tempat", "Place"),
    "tui.complaints.fact_area": ("Bidang", "Area"),
    "tui.complaints.fact_ack_due": ("Tanggapi s.d.", "Acknowledge by"),
    "tui.complaints.fact_resolve_due": ("Selesai s.d.", "Resolve by"),
    "tui.complaints.fact_next": ("Batas berikutnya", "Next due"),
    "tui.complaints.fact_description": ("Isi: {text}", "Complaint: {text}"),
    "tui.complaints.fact_resolution": ("Penyelesaian: {text}", "Resolution: {text}"),
    "tui.complaints.fact_reason": ("Alasan ditolak: {text}", "Rejected because: {text}"),
    "tui.complaints.moved_to": ("ke {area}", "to {area}"),
    "tui.complaints.step_day": ("Tanggal", "Date"),
    "tui.complaints.step_time": ("Jam", "Time"),
    "tui.complaints.step_action": ("Langkah", "Step"),
    "tui.complaints.step_status": ("Status", "Status"),
    "tui.complaints.step_user": ("Oleh", "By"),
    "tui.complaints.step_note": ("Catatan", "Note"),
    "tui.complaints.key.acknowledge": ("Tanggapi", "Acknowledge"),
    "tui.complaints.key.resolve": ("Selesaikan", "Resolve"),
    "tui.complaints.key.reject": ("Tolak", "Reject"),
    "tui.complaints.key.note": ("Catatan", "Note"),
    "tui.complaints.key.assign": ("Pindah bidang", "Reassign"),
    "tui.complaints.key.print": ("Cetak", "Print"),
    "tui.complaints.moved": ("Pengaduan {number}: {status}.", "Complaint {number}: {status}."),
    # its dialogs
    "tui.complaints.resolve.title": ("Selesaikan pengaduan {number}", "Resolve complaint {number}"),
    "tui.complaints.resolve.explain": ("{description}", "{description}"),
    "tui.complaints.resolve.label": ("Apa yang dilakukan (wajib)", "What was done (required)"),
    "tui.complaints.resolve.submit": ("Selesaikan", "Resolve"),
    "tui.complaints.reject.title": ("Tolak pengaduan {number}", "Reject complaint {number}"),
    "tui.complaints.reject.explain": (
        "Pengaduan yang ditolak tidak dapat dibuka lagi. {description}",
        "A rejected complaint cannot be reopened. {description}"),
    "tui.complaints.reject.label": ("Alasan penolakan (wajib)", "Reason (required)"),
    "tui.complaints.reject.submit": ("Tolak", "Reject"),
    "tui.complaints.note.title": ("Catatan pada pengaduan {number}", "Note on complaint {number}"),
    "tui.complaints.note.explain": ("{description}", "{description}"),
    "tui.complaints.note.label": ("Catatan", "Note"),
    "tui.complaints.note.submit": ("Simpan catatan", "Save the note"),
    "tui.complaints.assign.heading": ("Pindah bidang", "Reassign"),
    "tui.complaints.assign.title": ("Pindahkan pengaduan {number}", "Reassign complaint {number}"),
    "tui.complaints.assign.now": ("Sekarang: {area}", "Now: {area}"),
    "tui.complaints.assign.label": ("Ke bidang", "To the area"),
    "tui.complaints.assign.submit": ("Pindahkan", "Reassign"),
    # the home screen
    "tui.complaints.home_overdue": ("Pengaduan terlambat: {count} ({numbers})",
                                    "Overdue complaints: {count} ({numbers})"),
    # the palette
    "tui.complaints.palette.new": ("Pengaduan baru (aduan, keluhan)",
                                   "New complaint (report a problem)"),
    "tui.complaints.palette.new.help": ("Terima pengaduan di meja dan cetak tanda terimanya",
                                        "Take a complaint at the desk and print its receipt"),
    "tui.complaints.palette.overdue": ("Pengaduan terlambat", "Overdue complaints"),
    "tui.complaints.palette.overdue.help": (
        "Pengaduan yang lewat batas tanggapan atau penyelesaiannya",
        "Complaints past the day to acknowledge or resolve them by"),
    # help
    "tui.complaints.help.list": (
        "Daftar pengaduan. o: yang terbuka, t: yang terlambat, a: semua; m: hanya bidang"
        " Anda; k: kategori berikutnya. Enter membuka halaman pengaduan; n: pengaduan baru"
        " (tanda terimanya langsung dicetak).",
        "The complaints. o: open ones, t: overdue ones, a: all; m: only your areas;"
        " k: the next category. Enter opens a complaint's page; n: a new complaint (its"
        " receipt is printed at once)."),
    "tui.complaints.help.new": (
        "Kategori: Enter membuka pilihan, ketik huruf awalnya lalu Enter. Isi tempat, isi"
        " pengaduan dan pengadu; Enter pindah ke isian berikutnya, Ctrl+S menyimpan dan"
        " mencetak tanda terima.",
        "Category: Enter opens the choices, type its first letters, then Enter. Fill in the"
        " place, the complaint and who complains; Enter moves on, Ctrl+S saves and prints"
        " the receipt."),
    "tui.complaints.help.page": (
        "Satu pengaduan dengan riwayatnya. Koordinator bidangnya (atau ketua): a tanggapi,"
        " s selesaikan (dengan catatan penyelesaian), x tolak (dengan alasan), c catatan;"
        " ketua: g pindah bidang. k menandai kondisi fasilitas yang diadukan (pengurus"
        " fasilitas; juga setelah pengaduan selesai). p mencetak tanda terima lagi (SALINAN).",
        "One complaint with its history. Its area's coordinator (or the chair): a acknowledge,"
        " s resolve (with a resolution note), x reject (with a reason), c note; the chair:"
        " g reassign. k marks the condition of the facility it is about (those who manage"
        " facilities; a closed complaint too). p prints the receipt again (a copy)."),
}
