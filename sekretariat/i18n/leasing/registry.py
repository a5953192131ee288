"""Texts of the stall registry in the TUI: adding blocks and stalls,
correcting a stall, the tariffs (from the stall map)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # keys on the stall map
    "tui.stalls.key.blocks": ("Blok", "Block"),
    "tui.stalls.key.new_stall": ("Lapak baru", "New stall"),
    "tui.stalls.key.edit_stall": ("Ubah", "Edit"),
    "tui.stalls.key.new_block": ("Blok baru", "New block"),
    "tui.stalls.key.tariffs": ("Tarif", "Tariffs"),
    "tui.stalls.key.rename_block": ("Nama blok", "Block name"),
    "tui.stalls.no_blocks_manage": (
        "Belum ada blok. Ctrl+B menambah blok pertama, Ctrl+N lalu menambah lapaknya, "
        "Ctrl+T mengatur tarif sewa.",
        "No blocks yet. Ctrl+B adds the first block, then Ctrl+N adds its stalls, Ctrl+T "
        "sets the rents."),
    "tui.stalls.empty_block_manage": ("Blok {block} belum punya lapak. Ctrl+N menambah lapak.",
                                      "Block {block} has no stalls. Ctrl+N adds one."),
    "tui.stalls.market_summary": (" · seluruh pasar {leased}/{total} disewa ({percent}%)",
                                  " · whole market {leased}/{total} leased ({percent}%)"),
    # the stall form
    "tui.stall_form.title_new": ("Lapak Baru", "New Stall"),
    "tui.stall_form.title_edit": ("Ubah Lapak {code}", "Edit Stall {code}"),
    "tui.stall_form.code_hint": ("mis. A-01", "e.g. A-01"),
    "tui.stall_form.area_hint": ("mis. 12", "e.g. 12"),
    "tui.stall_form.status.normal": ("Normal (bisa disewa)", "Normal (can be leased)"),
    "tui.stall_form.status.diblokir": ("Diblokir", "Blocked"),
    "tui.stall_form.status.perbaikan": ("Perbaikan", "Under repair"),
    "tui.stall_form.own_rate": ("Tarif sendiri per bulan", "Own monthly rate"),
    "tui.stall_form.own_rate_hint": ("kosong: ikut tarif", "empty: the tariff"),
    "tui.stall_form.rate_now": ("Sewa per bulan sekarang: {amount} — {source} sejak {day}.",
                                "Monthly rent now: {amount} — {source} since {day}."),
    "tui.stall_form.rate_missing": (
        "Belum ada tarif untuk lapak ini: atur tarif jenisnya (Ctrl+T di peta lapak) atau "
        "isi tarif sendiri.",
        "No rate for this stall yet: set its kind's tariff (Ctrl+T on the stall map) or "
        "type its own rate."),
    "tui.stall_form.source.stall": ("tarif sendiri lapak ini", "this stall's own rate"),
    "tui.stall_form.source.block": ("tarif {kind} blok ini", "the {kind} tariff of this block"),
    "tui.stall_form.source.kind": ("tarif {kind} seluruh pasar", "the market's {kind} tariff"),
    "tui.stall_form.rate_rule": (
        "Tarif sendiri berlaku mulai tanggalnya; perjanjian yang sudah ditandatangani tetap "
        "memakai tarifnya sendiri. Kosongkan untuk kembali ke tarif jenis/blok.",
        "An own rate applies from its date on; leases already signed keep their own rate. "
        "Leave it empty to go back to the kind's / block's tariff."),
    "tui.stall_form.saved_new": ("Lapak {code} terdaftar.", "Stall {code} registered."),
    "tui.stall_form.saved_edit": ("Lapak {code} disimpan.", "Stall {code} saved."),
    "tui.stall_form.help": (
        "Kode lapak (mis. A-01) unik di seluruh pasar; blok dan kode tidak bisa diubah "
        "sesudahnya. Status Diblokir atau Perbaikan: lapak tidak bisa disewakan. Tarif "
        "sendiri mendahului tarif jenis dan blok mulai tanggal berlakunya. Ctrl+S menyimpan, "
        "Esc kembali.",
        "A stall's code (e.g. A-01) is unique in the market; its block and code cannot be "
        "changed later. Status Blocked or Under repair: the stall cannot be leased. An own "
        "rate comes before the kind's and block's tariffs from its date on. Ctrl+S saves, "
        "Esc goes back."),
    # a new block
    "tui.block_dialog.title": ("Blok Baru", "New Block"),
    "tui.block_dialog.explain": ("Kode blok (mis. A, B, LT1) dan namanya (mis. Blok A — Sayur).",
                                 "The block's code (e.g. A, B, LT1) and name (e.g. Block A — "
                                 "Vegetables)."),
    "tui.block_dialog.name": ("Nama blok", "Block name"),
    "tui.block_dialog.submit": ("Tambah blok", "Add block"),
    "tui.block_dialog.saved": ("Blok {code} ditambahkan.", "Block {code} added."),
    "tui.block_dialog.title_edit": ("Nama Blok {code}", "Name of Block {code}"),
    "tui.block_dialog.renamed": ("Nama blok {code} disimpan.", "Block {code}'s name saved."),
    "tui.block_dialog.help": ("Tulis kode dan nama blok, lalu Enter atau Ctrl+S. Esc batal.",
                              "Type the block's code and name, then Enter or Ctrl+S. Esc "
                              "cancels."),
    # tariffs
    "tui.tariffs.title": ("Tarif Sewa", "Rent Tariffs"),
    "tui.tariffs.lead": (
        "Sewa per bulan menurut jenis lapak, untuk seluruh pasar atau satu blok, berlaku mulai "
        "suatu tanggal. Tarif lapak sendiri mendahului tarif blok, tarif blok mendahului tarif "
        "seluruh pasar. Perjanjian sewa menyalin tarifnya saat ditandatangani: mengubah tarif "
        "tidak mengubah sewa yang sudah berjalan.",
        "Monthly rent by kind of stall, for the whole market or one block, from a date on. A "
        "stall's own rate comes before its block's tariff, a block's before the market's. A "
        "lease copies its rate when signed: changing a tariff does not change running leases."),
    "tui.tariffs.col_kind": ("Jenis", "Kind"),
    "tui.tariffs.col_block": ("Blok", "Block"),
    "tui.tariffs.col_rate": ("Per bulan", "Monthly"),
    "tui.tariffs.col_from": ("Berlaku mulai", "From"),
    "tui.tariffs.col_now": ("Berlaku", "In force"),
    "tui.tariffs.in_force": ("sekarang", "now"),
    "tui.tariffs.all_blocks": ("Seluruh pasar", "Whole market"),
    "tui.tariffs.none": ("Belum ada tarif. Isi jenis, tarif dan tanggalnya di bawah, lalu Ctrl+S.",
                         "No tariffs yet. Fill in the kind, rate and date below, then Ctrl+S."),
    "tui.tariffs.submit": ("Simpan tarif", "Save tariff"),
    "tui.tariffs.saved": ("Tarif {kind} ({block}) {amount} per bulan mulai {day} disimpan.",
                          "The {kind} tariff ({block}) of {amount} a month from {day} is "
                          "saved."),
    "tui.tariffs.help": (
        "Daftar tarif: yang bertanda 'sekarang' berlaku hari ini. Untuk mengubah tarif, isi "
        "jenis, blok (atau seluruh pasar), tarif dan tanggal berlakunya, lalu Ctrl+S: tarif "
        "lama tetap berlaku sampai tanggal itu. Tanggal yang sudah ditutup tidak bisa dipakai. "
        "Esc kembali.",
        "The tariffs: those marked 'now' apply today. To change a tariff, fill in the kind, "
        "the block (or the whole market), the rate and the date it starts, then Ctrl+S: the "
        "old tariff applies until that date. A closed date cannot be used. Esc goes back."),
    # the command palette
    "tui.palette.new_stall": ("Lapak baru", "New stall"),
    "tui.palette.new_stall.help": ("Daftarkan lapak: kode, blok, jenis, luas, tarif sendiri",
                                   "Register a stall: code, block, kind, area, own rate"),
    "tui.palette.new_block": ("Blok baru", "New block"),
    "tui.palette.new_block.help": ("Tambah blok pasar", "Add a block of the market"),
    "tui.palette.rename_block": ("Ubah nama blok", "Rename block"),
    "tui.palette.rename_block.help": ("Nama blok yang tampil di peta lapak",
                                      "The block's name shown on the stall map"),
    "tui.palette.tariffs": ("Tarif sewa", "Rent tariffs"),
    "tui.palette.tariffs.help": ("Tarif sewa per jenis lapak dan blok, dengan tanggal berlaku",
                                 "Rents per kind of stall and block, with their dates"),
}
