"""Texts of the fair allocation of a bulk purchase round
(services/warehouse/allocation.py): refusals of bad requests, supplies,
landed costs and hand-made allocations."""

MESSAGES: dict[str, tuple[str, str]] = {
    "allocation.units_invalid": (
        "Jumlah permintaan '{text}' tidak sah: bilangan bulat satuan beli, lebih dari 0.",
        "The requested quantity '{text}' is not valid: a whole number of purchase units, "
        "above 0."),
    "allocation.duplicate_request": ("Permintaan {request} tercatat dua kali.",
                                     "Request {request} appears twice."),
    "allocation.supply_invalid": (
        "Jumlah barang yang datang '{text}' tidak sah: bilangan bulat satuan beli, 0 atau lebih.",
        "The quantity received '{text}' is not valid: a whole number of purchase units, "
        "0 or more."),
    "allocation.cost_invalid": (
        "Biaya perolehan '{text}' tidak sah: rupiah bulat, 0 atau lebih.",
        "The landed cost '{text}' is not valid: whole rupiah, 0 or more."),
    "allocation.cost_without_supply": (
        "Ada biaya perolehan {amount}, tetapi tidak ada barang yang datang.",
        "There is a landed cost of {amount}, but nothing arrived."),
    "allocation.unknown_request": (
        "Ada alokasi untuk permintaan {request}, yang tidak termasuk putaran ini.",
        "There is an allocation for request {request}, which is not in this round."),
    "allocation.missing_request": ("Alokasi untuk permintaan {request} belum diisi.",
                                   "The allocation for request {request} is missing."),
    "allocation.not_whole": (
        "Alokasi '{text}' tidak sah: bilangan bulat satuan beli.",
        "The allocation '{text}' is not valid: a whole number of purchase units."),
    "allocation.negative": ("Alokasi tidak boleh kurang dari 0 (tertulis {allocated}).",
                            "An allocation cannot be below 0 ({allocated} given)."),
    "allocation.over_request": (
        "Alokasi {allocated} melebihi permintaan pedagang ({requested}).",
        "An allocation of {allocated} is more than the trader requested ({requested})."),
    "allocation.over_supply": (
        "Jumlah alokasi {total} melebihi barang yang datang ({supply}).",
        "The allocations add up to {total}, more than arrived ({supply})."),
    "allocation.sum_mismatch": (
        "Jumlah alokasi harus {expected} (barang yang datang atau yang diminta, mana yang lebih "
        "kecil), bukan {total}. Untuk menyimpan sisanya di gudang, pilih simpan ke stok.",
        "The allocations must add up to {expected} (what arrived or what was requested, "
        "whichever is less), not {total}. To keep the rest in the warehouse, choose keep in "
        "stock."),
}
