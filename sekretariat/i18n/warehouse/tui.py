"""Texts of the warehouse screens: the stock list (Gudang), the stock card,
the movement, item and supplier dialogs, the home screen's low-stock line
and the palette's warehouse commands."""

MESSAGES: dict[str, tuple[str, str]] = {
    "tui.section.warehouse": ("Gudang", "Warehouse"),
    "tui.section.warehouse.help": ("Stok sembako, kartu stok, barang masuk dan keluar, pemasok",
                                   "Staples stock, stock cards, receipts and issues, suppliers"),
    # the stock list
    "tui.warehouse.title": ("Gudang · stok per {day}", "Warehouse · stock as of {day}"),
    "tui.warehouse.as_of": ("Per tanggal", "As of"),
    "tui.warehouse.apply": ("Tampilkan", "Show"),
    "tui.warehouse.total": ("Nilai stok: {value}", "Stock value: {value}"),
    "tui.warehouse.low": ("menipis", "low"),
    "tui.warehouse.status": ("{count} barang · {low} menipis (di bawah atau pada batas pesan "
                             "ulang)",
                             "{count} items · {low} low (at or below the reorder level)"),
    "tui.warehouse.empty": ("Belum ada barang gudang: n menambah barang.",
                            "No warehouse items yet: n adds one."),
    "tui.warehouse.col.name": ("Barang", "Item"),
    "tui.warehouse.col.quantity": ("Stok", "On hand"),
    "tui.warehouse.col.low": ("!", "!"),
    "tui.warehouse.col.value": ("Nilai", "Value"),
    "tui.warehouse.col.unit_cost": ("Harga rata2", "Average cost"),
    "tui.warehouse.col.reorder": ("Batas", "Reorder"),
    "tui.warehouse.col.code": ("Kode", "Code"),
    "tui.warehouse.recorded": ("{number} dicatat: {kind} {quantity}.",
                               "{number} recorded: {kind} {quantity}."),
    "tui.warehouse.item_saved": ("Barang {name} disimpan.", "Item {name} saved."),
    # keys
    "tui.warehouse.key.card": ("Kartu stok", "Stock card"),
    "tui.warehouse.key.receipt": ("Masuk", "Receive"),
    "tui.warehouse.key.issue": ("Keluar", "Issue"),
    "tui.warehouse.key.write_off": ("Rusak", "Write off"),
    "tui.warehouse.key.reverse": ("Batalkan mutasi terakhir", "Reverse latest movement"),
    "tui.warehouse.key.new_item": ("Barang baru", "New item"),
    "tui.warehouse.key.edit_item": ("Ubah", "Edit"),
    "tui.warehouse.key.suppliers": ("Pemasok", "Suppliers"),
    "tui.warehouse.key.counts": ("Opname", "Count"),
    "tui.warehouse.key.date": ("Tanggal", "Date"),
    "tui.warehouse.key.save": ("Simpan", "Save"),
    "tui.warehouse.key.pages": ("Halaman", "Page"),
    "tui.warehouse.key.page_back": ("Halaman sebelumnya", "Previous page"),
    "tui.warehouse.key.page_next": ("Halaman berikut", "Next page"),
    "tui.warehouse.key.period": ("Periode", "Period"),
    "tui.warehouse.key.add_supplier": ("Tambah", "Add"),
    "tui.warehouse.key.edit_supplier": ("Ubah", "Edit"),
    "tui.warehouse.key.toggle_supplier": ("Aktif/nonaktif", "Active/inactive"),
    "tui.warehouse.save": ("Simpan", "Save"),
    # the stock card
    "tui.warehouse.card.screen": ("Kartu stok", "Stock card"),
    "tui.warehouse.card.title": ("Kartu stok {item} ({code}, dalam {unit}) · {first} – {last}",
                                 "Stock card {item} ({code}, in {unit}) · {first} – {last}"),
    "tui.warehouse.card.from": ("Dari", "From"),
    "tui.warehouse.card.to": ("Sampai", "To"),
    "tui.warehouse.card.reversed": ("Tanggal akhir sebelum tanggal awal.",
                                    "The end is before the start."),
    "tui.warehouse.card.opening": ("Saldo awal (sebelum {day}): {quantity} · {value}",
                                   "Opening balance (before {day}): {quantity} · {value}"),
    "tui.warehouse.card.closing": ("Masuk {total_in} · keluar {total_out} · saldo akhir "
                                   "{day}: {quantity} · {value}",
                                   "In {total_in} · out {total_out} · closing balance "
                                   "{day}: {quantity} · {value}"),
    "tui.warehouse.card.status": ("Halaman {page} dari {pages} · {count} mutasi",
                                  "Page {page} of {pages} · {count} movements"),
    "tui.warehouse.card.empty": ("Tidak ada mutasi pada periode ini.",
                                 "No movements in this period."),
    "tui.warehouse.card.reverses": ("membatalkan {number}", "reverses {number}"),
    "tui.warehouse.card.reversed_by": ("dibatalkan {number}", "reversed by {number}"),
    "tui.warehouse.card.col_date": ("Tanggal", "Date"),
    "tui.warehouse.card.col_number": ("Dokumen", "Document"),
    "tui.warehouse.card.col_kind": ("Jenis", "Kind"),
    "tui.warehouse.card.col_in": ("Masuk", "In"),
    "tui.warehouse.card.col_out": ("Keluar", "Out"),
    "tui.warehouse.card.col_balance": ("Saldo", "Balance"),
    "tui.warehouse.card.col_unit_cost": ("Harga rata2", "Avg. cost"),
    "tui.warehouse.card.col_value": ("Nilai saldo", "Value"),
    "tui.warehouse.card.col_detail": ("Keterangan", "Details"),
    # the movement dialog
    "tui.warehouse.move.title": ("Mutasi stok", "Stock movement"),
    "tui.warehouse.move.title_receipt": ("Barang masuk · {item}", "Receipt · {item}"),
    "tui.warehouse.move.title_issue": ("Barang keluar · {item}", "Issue · {item}"),
    "tui.warehouse.move.title_write_off": ("Barang rusak / kedaluwarsa · {item}",
                                           "Damaged / expired · {item}"),
    "tui.warehouse.move.held": ("Stok sekarang: {quantity}", "On hand now: {quantity}"),
    "tui.warehouse.move.quantity": ("Jumlah", "Quantity"),
    "tui.warehouse.move.quantity_hint": ("mis. 2 atau 1,5", "e.g. 2 or 1,5"),
    "tui.warehouse.move.unit": ("Satuan", "Unit"),
    "tui.warehouse.move.day": ("Tanggal", "Date"),
    "tui.warehouse.move.base": ("= {quantity}", "= {quantity}"),
    "tui.warehouse.move.more_than_held": ("(lebih dari stok sekarang)",
                                          "(more than is on hand now)"),
    "tui.warehouse.move.supplier": ("Pemasok", "Supplier"),
    "tui.warehouse.move.supplier_choose": ("Pilih pemasok", "Choose a supplier"),
    "tui.warehouse.move.supplier_none": ("Belum ada pemasok (tunai saja)",
                                         "No suppliers yet (cash only)"),
    "tui.warehouse.move.payment": ("Pembayaran", "Payment"),
    "tui.warehouse.move.cost": ("Harga beli seluruhnya", "Total cost"),
    "tui.warehouse.move.cost_hint": ("mis. 1.250.000", "e.g. 1.250.000"),
    "tui.warehouse.move.cost_each": ("= {cost} per {unit}", "= {cost} per {unit}"),
    "tui.warehouse.move.way": ("Keluar untuk", "Goes out as"),
    "tui.warehouse.move.way_sale": ("Dijual tunai", "Cash sale"),
    "tui.warehouse.move.way_internal": ("Pemakaian sendiri", "Internal use"),
    "tui.warehouse.move.price": ("Harga jual seluruhnya", "Total price"),
    "tui.warehouse.move.price_hint": ("mis. 450.000", "e.g. 450.000"),
    "tui.warehouse.move.note": ("Keterangan", "Note"),
    "tui.warehouse.move.reason": ("Alasan", "Reason"),
    "tui.warehouse.move.reason_hint_issue": ("boleh kosong", "optional"),
    "tui.warehouse.move.reason_hint_internal": ("wajib: untuk apa dipakai",
                                                "required: what it was used for"),
    "tui.warehouse.move.reason_hint_write_off": ("mis. karung basah kena bocor",
                                                 "e.g. sacks soaked by a leak"),
    "tui.warehouse.move.cause": ("Sebab", "Cause"),
    "tui.warehouse.move.cause_damaged": ("Rusak", "Damaged"),
    "tui.warehouse.move.cause_expired": ("Kedaluwarsa", "Expired"),
    "tui.warehouse.move.cause_other": ("Lainnya (tulis alasannya)", "Other (give the reason)"),
    "tui.warehouse.move.save_receipt": ("Catat barang masuk", "Record receipt"),
    "tui.warehouse.move.save_issue": ("Catat barang keluar", "Record issue"),
    "tui.warehouse.move.save_write_off": ("Hapus dari stok", "Write off"),
    # reversing
    "tui.warehouse.reverse.title": ("Batalkan mutasi stok", "Reverse a stock movement"),
    "tui.warehouse.reverse.explain": ("{number} · {kind} {item} {quantity} ({value}) tanggal "
                                      "{day} dibatalkan dengan mutasi kebalikannya hari ini; "
                                      "nomornya tetap.",
                                      "{number} · {kind} of {item} {quantity} ({value}) on "
                                      "{day} is reversed by its mirror today; its number "
                                      "stays."),
    "tui.warehouse.reverse.reason": ("Alasan pembatalan", "Reason for the reversal"),
    "tui.warehouse.reverse.save": ("Batalkan mutasi", "Reverse movement"),
    "tui.warehouse.reverse.nothing": ("{item} tidak punya mutasi yang bisa dibatalkan.",
                                      "{item} has no movement to reverse."),
    # the item dialog
    "tui.warehouse.item.title": ("Barang gudang", "Warehouse item"),
    "tui.warehouse.item.new_title": ("Barang baru", "New item"),
    "tui.warehouse.item.edit_title": ("Ubah barang {name}", "Edit item {name}"),
    "tui.warehouse.item.code": ("Kode", "Code"),
    "tui.warehouse.item.code_hint": ("mis. beras", "e.g. beras"),
    "tui.warehouse.item.name": ("Nama", "Name"),
    "tui.warehouse.item.base_unit": ("Satuan dasar", "Base unit"),
    "tui.warehouse.item.reorder_level": ("Batas pesan ulang", "Reorder level"),
    "tui.warehouse.item.units": ("Satuan lain (nama=isi dalam satuan dasar)",
                                 "Other units (name=base units each)"),
    "tui.warehouse.item.units_hint": ("mis. karung=50, dus=12", "e.g. karung=50, dus=12"),
    "tui.warehouse.item.save_new": ("Tambah barang", "Add item"),
    "warehouse.units_invalid": ("'{text}' tidak sah: tulis satuan=isi, mis. karung=50.",
                                "'{text}' is not valid: write unit=amount, e.g. karung=50."),
    "field.units": ("Satuan lain", "Other units"),
    # suppliers
    "tui.warehouse.suppliers.title": ("Pemasok", "Suppliers"),
    "tui.warehouse.suppliers.col_name": ("Nama", "Name"),
    "tui.warehouse.suppliers.col_phone": ("Telepon", "Phone"),
    "tui.warehouse.suppliers.col_contact": ("Narahubung", "Contact"),
    "tui.warehouse.suppliers.col_status": ("Status", "Status"),
    "tui.warehouse.suppliers.col_address": ("Alamat", "Address"),
    "tui.warehouse.suppliers.active": ("aktif", "active"),
    "tui.warehouse.suppliers.inactive": ("nonaktif", "inactive"),
    "tui.warehouse.suppliers.count": ("{count} pemasok · {active} aktif",
                                      "{count} suppliers · {active} active"),
    "tui.warehouse.suppliers.empty": ("Belum ada pemasok: n menambah.",
                                      "No suppliers yet: n adds one."),
    "tui.warehouse.suppliers.saved": ("Pemasok {name} disimpan.", "Supplier {name} saved."),
    "tui.warehouse.supplier.title": ("Pemasok", "Supplier"),
    "tui.warehouse.supplier.new_title": ("Pemasok baru", "New supplier"),
    "tui.warehouse.supplier.edit_title": ("Ubah pemasok", "Edit supplier"),
    "tui.warehouse.supplier.name": ("Nama", "Name"),
    "tui.warehouse.supplier.phone": ("Telepon", "Phone"),
    "tui.warehouse.supplier.contact_person": ("Narahubung", "Contact person"),
    "tui.warehouse.supplier.address": ("Alamat", "Address"),
    "tui.warehouse.supplier.save_new": ("Tambah pemasok", "Add supplier"),
    # the home screen
    "tui.warehouse.home_low": ("Stok menipis: {count} barang ({names}) · g membuka gudang",
                               "Low stock: {count} items ({names}) · g opens the warehouse"),
    "tui.warehouse.home_none": ("Stok gudang: tidak ada yang menipis",
                                "Warehouse stock: nothing low"),
    "tui.warehouse.key.home": ("Gudang", "Warehouse"),
    # the palette
    "tui.warehouse.palette.stock": ("Stok gudang", "Warehouse stock"),
    "tui.warehouse.palette.stock.help": ("Stok, nilai dan barang yang menipis",
                                         "Stock, value and low items"),
    "tui.warehouse.palette.card": ("Kartu stok", "Stock card"),
    "tui.warehouse.palette.card.help": ("Mutasi dan saldo berjalan satu barang",
                                        "One item's movements and running balance"),
    "tui.warehouse.palette.receipt": ("Barang masuk", "Receive stock"),
    "tui.warehouse.palette.receipt.help": ("Catat pembelian barang dari pemasok",
                                           "Record goods bought from a supplier"),
    "tui.warehouse.palette.issue": ("Barang keluar", "Issue stock"),
    "tui.warehouse.palette.issue.help": ("Jual tunai atau pemakaian sendiri",
                                         "A cash sale or internal use"),
    "tui.warehouse.palette.write_off": ("Barang rusak / kedaluwarsa", "Damaged / expired stock"),
    "tui.warehouse.palette.write_off.help": ("Hapus barang rusak dari stok dengan alasan",
                                             "Write damaged goods off with a reason"),
    "tui.warehouse.palette.reverse": ("Batalkan mutasi stok", "Reverse a stock movement"),
    "tui.warehouse.palette.reverse.help": ("Batalkan mutasi terakhir barang dengan alasan",
                                           "Reverse an item's latest movement with a reason"),
    "tui.warehouse.palette.new_item": ("Barang gudang baru", "New warehouse item"),
    "tui.warehouse.palette.new_item.help": ("Barang dengan satuan dan batas pesan ulang",
                                            "An item with its units and reorder level"),
    "tui.warehouse.palette.suppliers": ("Pemasok", "Suppliers"),
    "tui.warehouse.palette.suppliers.help": ("Daftar, tambah dan ubah pemasok",
                                             "List, add and edit suppliers"),
    "tui.warehouse.palette.count": ("Stok opname", "Stock count"),
    "tui.warehouse.palette.count.help": ("Hitung fisik stok dan selisihnya",
                                         "Count the stock and its differences"),
    # help
    "tui.warehouse.help.hub": (
        "Gudang: setiap barang dengan stoknya (dalam satuan dasar dan satuan beli), nilainya, "
        "harga rata-rata bergerak dan batas pesan ulang; yang menipis ditandai merah. Di atas: "
        "nilai stok seluruhnya (sama dengan saldo 1-300 Persediaan), per hari ini atau per "
        "tanggal lain (d).\n"
        "Enter membuka kartu stok barang. m barang masuk, k barang keluar (jual tunai atau "
        "pemakaian sendiri), h barang rusak atau kedaluwarsa, v membatalkan mutasi terakhir "
        "barang. n barang baru, e mengubah barang (satuan, batas pesan ulang), s pemasok, "
        "o stok opname.",
        "Warehouse: every item with its stock (in its base unit and purchase units), its "
        "value, moving-average cost and reorder level; low ones marked red. Above: the whole "
        "stock value (equal to the 1-300 inventory balance), as of today or another date (d).\n"
        "Enter opens the item's stock card. m receives, k issues (cash sale or internal use), "
        "h writes off damaged or expired goods, v reverses the item's latest movement. "
        "n adds an item, e edits one (units, reorder level), s suppliers, o stock counts."),
    "tui.warehouse.help.card": (
        "Kartu stok: mutasi barang pada periode (Dari / Sampai, d), dengan saldo berjalan, "
        "harga rata-rata sesudah mutasi dan nilai saldo; saldo awal di atas, jumlah masuk, "
        "keluar dan saldo akhir di bawah. < dan > pindah halaman.",
        "Stock card: the item's movements over the period (From / To, d), with the running "
        "balance, the average cost after each and the balance's value; the opening balance "
        "above, totals in and out and the closing balance below. < and > change page."),
    "tui.warehouse.help.receipt": (
        "Barang masuk: jumlah dalam satuan yang dipilih (atau ketik '2 karung'), tanggal, "
        "pemasok, kredit (utang pemasok) atau tunai (dari kas), dan harga beli seluruhnya. "
        "Ctrl+S menyimpan.",
        "Receipt: the quantity in the unit chosen (or type '2 karung'), the date, the "
        "supplier, on credit (owed to the supplier) or cash (from the drawer), and the total "
        "cost. Ctrl+S saves."),
    "tui.warehouse.help.issue": (
        "Barang keluar dengan harga rata-rata: dijual tunai (uang yang diterima masuk kas) "
        "atau pemakaian sendiri (alasan wajib). Lebih dari stok ditolak. Ctrl+S menyimpan.",
        "Goods out at the average cost: a cash sale (the money received goes to the drawer) "
        "or internal use (a reason required). More than the stock is refused. Ctrl+S saves."),
    "tui.warehouse.help.write_off": (
        "Barang rusak atau kedaluwarsa keluar dari stok dengan harga rata-rata, ke 5-850 "
        "Selisih Persediaan; sebab dan alasan dicatat. Ctrl+S menyimpan.",
        "Damaged or expired goods leave the stock at the average cost, to 5-850 Inventory "
        "Differences; the cause and reason are kept. Ctrl+S saves."),
    "tui.warehouse.help.reverse": (
        "Membatalkan mutasi terakhir barang: mutasi kebalikannya dicatat hari ini dengan "
        "alasan; aslinya tetap dengan nomornya.",
        "Reverses the item's latest movement: its mirror is recorded today with the reason; "
        "the original stays with its number."),
    "tui.warehouse.help.item": (
        "Barang: kode (tetap setelah dibuat), nama, satuan dasar (tetap setelah ada mutasi), "
        "batas pesan ulang dalam satuan dasar, dan satuan lain: 'karung=50, dus=12'. Satuan "
        "yang dihapus dari daftar dihentikan. Ctrl+S menyimpan.",
        "Item: code (fixed once made), name, base unit (fixed once it has moved), reorder "
        "level in the base unit, and other units: 'karung=50, dus=12'. A unit left out is "
        "retired. Ctrl+S saves."),
    "tui.warehouse.help.suppliers": (
        "Pemasok: n menambah, e (atau Enter) mengubah, x menghentikan atau memakai lagi. "
        "Pemasok tidak pernah dihapus.",
        "Suppliers: n adds, e (or Enter) edits, x stops or resumes using one. Suppliers are "
        "never deleted."),
    "tui.warehouse.help.supplier": (
        "Pemasok: nama (wajib, tidak boleh sama), telepon, narahubung, alamat. Ctrl+S menyimpan.",
        "Supplier: name (required, unique), phone, contact person, address. Ctrl+S saves."),
}
