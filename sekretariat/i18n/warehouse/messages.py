"""Texts of the warehouse's stock core (services/warehouse: items, units,
suppliers, movements, the stock card, check rules)."""

MESSAGES = {
    "action.warehouse.view": ("melihat stok gudang", "view the warehouse stock"),
    "action.warehouse.manage": ("mengatur barang, satuan dan pemasok",
                                "manage items, units and suppliers"),
    "action.warehouse.move": ("mencatat keluar-masuk barang gudang",
                              "record warehouse stock movements"),
    # fields (the CLI names them beside a refusal)
    "field.item": ("Barang", "Item"),
    "field.quantity": ("Jumlah barang", "Quantity"),
    "field.unit": ("Satuan", "Unit"),
    "field.base_unit": ("Satuan dasar", "Base unit"),
    "field.factor": ("Isi per satuan", "Base units per unit"),
    "field.reorder_level": ("Batas pesan ulang", "Reorder level"),
    "field.supplier": ("Pemasok", "Supplier"),
    "field.contact_person": ("Narahubung", "Contact person"),
    "field.cost": ("Harga beli", "Cost"),
    "field.price": ("Harga jual", "Price"),
    # typed input
    "warehouse.text_empty": ("Isian ini wajib diisi.", "This field is required."),
    "warehouse.code_empty": ("Kode barang wajib diisi.", "Enter an item code."),
    "warehouse.code_invalid": ("Kode '{code}' tidak sah: pakai huruf kecil, angka, '-' atau '_'.",
                               "Code '{code}' is not valid: use lower-case letters, digits, "
                               "'-' or '_'."),
    "warehouse.unit_empty": ("Satuan wajib diisi.", "Enter a unit."),
    "warehouse.unit_name_invalid": ("Satuan '{unit}' tidak sah: satu kata, diawali huruf "
                                    "(mis. kg, karung, liter).",
                                    "Unit '{unit}' is not valid: one word starting with a "
                                    "letter (e.g. kg, karung, liter)."),
    "warehouse.phone_invalid": ("Nomor telepon '{text}' tidak sah: hanya angka, spasi, '-' dan "
                                "'+' di depan.",
                                "Phone number '{text}' is not valid: digits, spaces, '-' and a "
                                "leading '+' only."),
    "warehouse.whole_number": ("'{text}' bukan bilangan bulat yang sah.",
                               "'{text}' is not a valid whole number."),
    "warehouse.future_date": ("Tanggal {day} belum tiba.", "{day} has not come yet."),
    "warehouse.period_reversed": ("Tanggal awal {first} sesudah tanggal akhir {last}.",
                                  "The start {first} is after the end {last}."),
    # quantities
    "warehouse.quantity_invalid": ("Jumlah '{text}' tidak sah. Contoh: 2 karung, 1,5 karung, "
                                   "100 kg (koma untuk pecahan, titik untuk ribuan).",
                                   "Quantity '{text}' is not valid. Examples: 2 karung, "
                                   "1,5 karung, 100 kg (a comma for fractions, a dot for "
                                   "thousands)."),
    "warehouse.quantity_negative": ("Jumlah barang tidak boleh kurang dari nol.",
                                    "The quantity cannot be below zero."),
    "warehouse.quantity_zero": ("Jumlah barang harus lebih dari nol.",
                                "The quantity must be more than zero."),
    "warehouse.quantity_not_whole": ("{text} bukan bilangan bulat {base}: barang dicatat dalam "
                                     "{base} utuh.",
                                     "{text} is not a whole number of {base}: stock is kept in "
                                     "whole {base}."),
    "warehouse.quantity_too_large": ("Jumlah barang paling banyak {maximum} {base}.",
                                     "The quantity is at most {maximum} {base}."),
    "warehouse.unit_unknown": ("{item} tidak punya konversi untuk satuan '{unit}'. Satuan yang "
                               "dikenal: {units}.",
                               "{item} has no conversion for the unit '{unit}'. Known units: "
                               "{units}."),
    # items, units, suppliers
    "warehouse.item_not_found": ("Barang '{item}' tidak ditemukan.", "Item '{item}' not found."),
    "warehouse.item_exists": ("Barang dengan kode '{code}' sudah ada.",
                              "An item with code '{code}' already exists."),
    "warehouse.item_inactive": ("{item} tidak aktif.", "{item} is not active."),
    "warehouse.item_has_stock": ("{item} masih ada stoknya ({quantity}): tidak bisa "
                                 "dinonaktifkan.",
                                 "{item} still has stock ({quantity}): it cannot be "
                                 "deactivated."),
    "warehouse.base_unit_fixed": ("Satuan dasar {item} tidak bisa diubah: barang ini sudah "
                                  "pernah keluar-masuk.",
                                  "The base unit of {item} cannot change: it has already "
                                  "moved."),
    "warehouse.unit_twice": ("Satuan '{unit}' disebut dua kali.",
                             "The unit '{unit}' is given twice."),
    "warehouse.unit_is_base": ("'{unit}' adalah satuan dasar barang ini (isinya selalu 1).",
                               "'{unit}' is this item's base unit (always 1)."),
    "warehouse.supplier_not_found": ("Pemasok '{supplier}' tidak ditemukan.",
                                     "Supplier '{supplier}' not found."),
    "warehouse.supplier_exists": ("Pemasok bernama '{name}' sudah ada.",
                                  "A supplier named '{name}' already exists."),
    "warehouse.supplier_inactive": ("Pemasok {name} tidak aktif.",
                                    "Supplier {name} is not active."),
    "warehouse.supplier_needed": ("Pembelian kredit harus menyebut pemasoknya.",
                                  "A purchase on credit must name its supplier."),
    "warehouse.trader_not_found": ("Pedagang '{trader}' tidak ditemukan.",
                                   "Trader '{trader}' not found."),
    # movements
    "warehouse.movement_not_found": ("Mutasi stok {number} tidak ditemukan.",
                                     "Stock movement {number} not found."),
    "warehouse.kind.receipt": ("Barang masuk", "Receipt"),
    "warehouse.kind.issue": ("Barang keluar", "Issue"),
    "warehouse.kind.write_off": ("Penghapusan", "Write-off"),
    "warehouse.kind.adjustment": ("Penyesuaian stok opname", "Count adjustment"),
    "warehouse.kind.reversal": ("Pembatalan", "Reversal"),
    "warehouse.payment.credit": ("kredit", "on credit"),
    "warehouse.payment.cash": ("tunai", "cash"),
    "warehouse.payment.account": ("tagihan pedagang", "on account"),
    "warehouse.memo": ("{number} · {kind} · {item} {quantity}",
                       "{number} · {kind} · {item} {quantity}"),
    "warehouse.before_latest": ("Mutasi {item} tanggal {day} ditolak: mutasi terakhirnya "
                                "bertanggal {latest}. Mutasi dicatat urut tanggal; pakai "
                                "tanggal {latest} atau sesudahnya.",
                                "A movement of {item} dated {day} is refused: its latest "
                                "movement is dated {latest}. Movements are recorded in date "
                                "order; use {latest} or later."),
    "warehouse.beyond_stock": ("Stok {item} pada {day} hanya {held}: tidak bisa mengeluarkan "
                               "{quantity}.",
                               "{item} holds only {held} on {day}: {quantity} cannot go out."),
    "warehouse.adjustment_needs_value": ("{item} belum pernah punya harga pokok: sebutkan nilai "
                                         "barang yang ditemukan.",
                                         "{item} has never had a cost: give the value of the "
                                         "goods found."),
    "warehouse.shortage_at_average": ("Kekurangan stok selalu dinilai dengan harga rata-rata; "
                                      "nilai hanya untuk kelebihan.",
                                      "A shortage is always valued at the average cost; a value "
                                      "is only for a surplus."),
    "warehouse.payment_invalid": ("Cara bayar '{payment}' tidak dikenal (kredit atau tunai).",
                                  "Unknown payment '{payment}' (credit or cash)."),
    "warehouse.internal_no_price": ("Pemakaian sendiri tidak punya harga jual atau pedagang.",
                                    "Internal use has no price and no trader."),
    "warehouse.reverse_of_reversal": ("{number} adalah pembatalan: catat mutasi baru saja.",
                                      "{number} is a reversal: record a new movement instead."),
    "warehouse.already_reversed": ("{number} sudah dibatalkan oleh {reversal}.",
                                   "{number} was already reversed by {reversal}."),
    "warehouse.reverse_not_latest": ("{number} tidak bisa dibatalkan: sesudahnya ada {later} "
                                     "({day}). Hanya mutasi terakhir suatu barang yang bisa "
                                     "dibatalkan; batalkan yang sesudahnya dulu.",
                                     "{number} cannot be reversed: {later} ({day}) came after "
                                     "it. Only an item's latest movement can be reversed; "
                                     "reverse the later ones first."),
    "warehouse.reverse_shared_entry": ("{number} dibukukan bersama mutasi lain: batalkan "
                                       "lewat dokumennya.",
                                       "{number} was posted together with other movements: "
                                       "reverse it through its document."),
    "warehouse.reverse_via_document": ("{number} dibuat oleh {source}: batalkan lewat dokumen "
                                       "itu.",
                                       "{number} was made by {source}: reverse it through that "
                                       "document."),
    "warehouse.reversal_before_original": ("Pembatalan {number} tidak boleh bertanggal sebelum "
                                           "{day}.",
                                           "The reversal of {number} cannot be dated before "
                                           "{day}."),
    # audit actions
    "audit_action.warehouse.item_create": ("Barang gudang dibuat", "Warehouse item created"),
    "audit_action.warehouse.item_update": ("Barang gudang diubah", "Warehouse item changed"),
    "audit_action.warehouse.unit_set": ("Satuan barang diatur", "Item unit set"),
    "audit_action.warehouse.unit_retire": ("Satuan barang dihentikan", "Item unit retired"),
    "audit_action.warehouse.supplier_create": ("Pemasok dibuat", "Supplier created"),
    "audit_action.warehouse.supplier_update": ("Pemasok diubah", "Supplier changed"),
    "audit_action.warehouse.receipt": ("Barang masuk gudang", "Stock received"),
    "audit_action.warehouse.issue": ("Barang keluar gudang", "Stock issued"),
    "audit_action.warehouse.write_off": ("Barang gudang dihapus", "Stock written off"),
    "audit_action.warehouse.adjustment": ("Stok disesuaikan", "Stock adjusted"),
    "audit_action.warehouse.reversal": ("Mutasi stok dibatalkan", "Stock movement reversed"),
    # check rules
    "check.warehouse_running": ("Saldo berjalan kartu stok sesuai mutasinya",
                                "Stock card running balances match their movements"),
    "check.warehouse_running_problem": ("Mutasi {number}: urutan, tanggal atau saldo berjalan "
                                        "tidak sesuai mutasi sebelumnya.",
                                        "Movement {number}: its order, date or running balance "
                                        "does not follow the movements before it."),
    "check.warehouse_balances": ("Stok tidak pernah di bawah nol, tanpa nilai saat habis",
                                 "Stock never below zero, no value when none is left"),
    "check.warehouse_balance_problem": ("Mutasi {number}: saldo {quantity} bernilai {value}.",
                                        "Movement {number}: a balance of {quantity} worth "
                                        "{value}."),
    "check.warehouse_average": ("Barang keluar dinilai dengan harga rata-rata bergerak",
                                "Outgoing stock valued at the moving average"),
    "check.warehouse_average_problem": ("Mutasi {number}: nilainya bukan harga rata-rata "
                                        "bergerak (atau kebalikan aslinya).",
                                        "Movement {number}: its value is not the moving "
                                        "average (or minus its original)."),
    "check.warehouse_stock_value": ("Nilai stok sama dengan saldo 1-300 Persediaan",
                                    "Stock value equals the 1-300 inventory balance"),
    "check.warehouse_stock_value_problem": ("Nilai stok semua barang {stock}, saldo 1-300 "
                                            "{books}.",
                                            "Stock value of all items {stock}, 1-300 balance "
                                            "{books}."),
    "check.warehouse_entries": ("Jurnal setiap mutasi stok sesuai jenis dan nilainya",
                                "Each stock movement's journal entry matches its kind and value"),
    "check.warehouse_entry_problem": ("Mutasi {number}: jurnalnya tidak sesuai jenis, tanggal "
                                      "atau nilainya.",
                                      "Movement {number}: its journal entry does not match its "
                                      "kind, date or value."),
    "check.warehouse_reversals": ("Pembatalan mutasi stok mencerminkan aslinya",
                                  "Stock reversals mirror their originals"),
    "check.warehouse_reversal_problem": ("Pembatalan {number} tidak mencerminkan mutasi "
                                         "aslinya.",
                                         "Reversal {number} does not mirror its original."),
    # the CLI: stock card | value | items
    "cli.stock.panel": ("Gudang", "Warehouse"),
    "cli.stock.help": ("Stok gudang sembako: kartu stok, nilai stok, daftar barang.",
                       "The staples warehouse: stock card, stock value, item list."),
    "cli.stock.card_help": ("Kartu stok satu barang: tanggal, dokumen, masuk, keluar, saldo, "
                            "harga rata-rata dan nilai.",
                            "One item's stock card: date, document, in, out, balance, "
                            "average cost and value."),
    "cli.stock.value_help": ("Stok dan nilai setiap barang per tanggal.",
                             "Every item's stock and value as of a date."),
    "cli.stock.items_help": ("Daftar barang dengan stok sekarang; ! menandai stok di bawah "
                             "batas pesan ulang.",
                             "The items with their stock now; ! marks stock at or below the "
                             "reorder level."),
    "cli.stock.metavar_item": ("BARANG", "ITEM"),
    "cli.stock.arg_item": ("Kode barang, misalnya beras.", "The item's code, e.g. beras."),
    "cli.stock.opt_from": ("Hari pertama (bawaan: sejak mutasi pertama).",
                           "First day (default: from the first movement)."),
    "cli.stock.opt_to": ("Hari terakhir (bawaan: sampai mutasi terakhir).",
                         "Last day (default: up to the latest movement)."),
    "cli.stock.opt_as_of": ("Stok pada akhir tanggal ini (bawaan: sekarang).",
                            "The stock at the end of this day (default: now)."),
    "cli.stock.card_title": ("Kartu stok {item} ({code}, dalam {unit}) · {period}",
                             "Stock card {item} ({code}, in {unit}) · {period}"),
    "cli.stock.card_all": ("seluruh riwayat", "whole history"),
    "cli.stock.card_none": ("Tidak ada mutasi pada periode ini. Saldo: {quantity}, {value}.",
                            "No movements in this period. Balance: {quantity}, {value}."),
    "cli.stock.reversed_by": ("dibatalkan {number}", "reversed by {number}"),
    "cli.stock.opening": ("Saldo awal", "Opening balance"),
    "cli.stock.closing": ("Jumlah · saldo akhir", "Totals · closing balance"),
    "cli.stock.total": ("Jumlah", "Total"),
    "cli.stock.col_date": ("Tanggal", "Date"),
    "cli.stock.col_number": ("Dokumen", "Document"),
    "cli.stock.col_detail": ("Keterangan", "Details"),
    "cli.stock.col_in": ("Masuk", "In"),
    "cli.stock.col_out": ("Keluar", "Out"),
    "cli.stock.col_balance": ("Saldo", "Balance"),
    "cli.stock.col_unit_cost": ("Harga rata-rata", "Average cost"),
    "cli.stock.col_value": ("Nilai", "Value"),
    "cli.stock.col_balance_value": ("Nilai saldo", "Balance value"),
    "cli.stock.col_item": ("Barang", "Item"),
    "cli.stock.col_code": ("Kode", "Code"),
    "cli.stock.col_quantity": ("Stok", "On hand"),
    "cli.stock.col_units": ("Satuan", "Units"),
    "cli.stock.col_low": ("Menipis", "Low"),
    "cli.stock.col_reorder": ("Batas pesan ulang", "Reorder level"),
    "cli.stock.value_title": ("Nilai stok per {day}", "Stock value as of {day}"),
    "cli.stock.items_title": ("Barang gudang", "Warehouse items"),
    "cli.stock.no_items": ("Belum ada barang gudang.", "No warehouse items yet."),
    "cli.stock.low_mark": ("!", "!"),
    "cli.stock.inactive": ("nonaktif", "inactive"),
}
