"""Texts of the warehouse papers: the purchase order (Surat Pesanan Pembelian)
and a bulk round's distribution sheet (Lembar Pembagian). The papers are printed
in Indonesian whatever the interface language (records kept in Indonesian, as
the leasing and cash documents); English is here for the catalog's rule and for
anyone reading the code."""

MESSAGES: dict[str, tuple[str, str]] = {
    "whdoc.copy": ("SALINAN", "COPY"),
    "whdoc.number": ("Nomor: {number}", "Number: {number}"),
    "whdoc.date": ("Tanggal", "Date"),
    "whdoc.round": ("Pembelian bersama", "Bulk purchase round"),
    "whdoc.supplier": ("Pemasok", "Supplier"),
    "whdoc.no": ("No", "No"),
    "whdoc.item": ("Barang", "Item"),
    "whdoc.unit": ("Satuan", "Unit"),
    "whdoc.amount": ("Jumlah", "Amount"),
    "whdoc.total": ("Jumlah", "Total"),
    "whdoc.in_words": ("Terbilang", "In words"),
    # the purchase order
    "whdoc.po_title": ("SURAT PESANAN PEMBELIAN", "PURCHASE ORDER"),
    "whdoc.po_doc_title": ("Surat Pesanan Pembelian {number}", "Purchase order {number}"),
    "whdoc.po_to": ("Kepada Yth.", "To"),
    "whdoc.po_address": ("Alamat", "Address"),
    "whdoc.po_phone": ("Telepon", "Phone"),
    "whdoc.po_contact": ("Kontak", "Contact"),
    "whdoc.po_intro": ("Dengan hormat, bersama ini kami memesan barang berikut dengan harga "
                       "grosir yang telah disepakati:",
                       "We hereby order the following goods at the agreed bulk price:"),
    "whdoc.po_qty": ("Banyaknya", "Quantity"),
    "whdoc.po_unit_price": ("Harga satuan", "Unit price"),
    "whdoc.po_content": ("isi {factor} {base_unit}", "{factor} {base_unit} each"),
    "whdoc.po_delivery": ("Pengiriman", "Delivery"),
    "whdoc.po_closing": ("Mohon mencantumkan nomor pesanan ini pada surat jalan dan faktur. "
                         "Atas kerja samanya kami ucapkan terima kasih.",
                         "Please quote this order number on the delivery note and the "
                         "invoice. Thank you for your cooperation."),
    "whdoc.po_sign_ordered": ("Dipesan oleh,", "Ordered by,"),
    "whdoc.po_sign_approved": ("Disetujui,", "Approved,"),
    "whdoc.role_coordinator": ("Koordinator Gudang", "Warehouse coordinator"),
    "whdoc.role_chair": ("Ketua", "Chair"),
    # the distribution sheet
    "whdoc.ds_title": ("LEMBAR PEMBAGIAN", "DISTRIBUTION SHEET"),
    "whdoc.ds_doc_title": ("Lembar Pembagian {number}", "Distribution sheet {number}"),
    "whdoc.ds_handed_out": ("Tanggal pembagian", "Hand-out day"),
    "whdoc.ds_received": ("Barang yang diterima", "Goods received"),
    "whdoc.ds_ordered": ("Dipesan", "Ordered"),
    "whdoc.ds_got": ("Diterima", "Received"),
    "whdoc.ds_diff": ("Selisih", "Difference"),
    "whdoc.ds_landed": ("Biaya tambahan (dibagi rata per satuan)",
                        "Landed costs (spread over the units)"),
    "whdoc.ds_no_landed": ("Tidak ada biaya tambahan.", "No landed costs."),
    "whdoc.ds_description": ("Uraian", "Description"),
    "whdoc.ds_shares": ("Pembagian per barang", "Shares by item"),
    "whdoc.ds_item_heading": ("{item} (dalam {unit})", "{item} (in {unit})"),
    "whdoc.ds_trader": ("Pedagang", "Trader"),
    "whdoc.ds_stalls": ("Lapak", "Stall(s)"),
    "whdoc.ds_requested": ("Diminta", "Requested"),
    "whdoc.ds_quota": ("Kuota", "Quota"),
    "whdoc.ds_allocated": ("Dibagi", "Allocated"),
    "whdoc.ds_base": ("Isi", "Quantity"),
    "whdoc.ds_charge": ("Tagihan", "Charge"),
    "whdoc.ds_saving": ("Hemat", "Saving"),
    "whdoc.ds_invoice": ("No. tagihan", "Invoice"),
    "whdoc.ds_signature": ("Tanda tangan penerima", "Recipient's signature"),
    "whdoc.ds_item_total": ("Jumlah {item}", "Total {item}"),
    "whdoc.ds_grand_total": ("Jumlah seluruhnya", "Grand total"),
    "whdoc.ds_totals": ("Tagihan seluruhnya {charge}; penghematan pedagang dibanding harga "
                        "eceran {saving}.",
                        "Charges in all {charge}; what the traders saved against retail "
                        "{saving}."),
    "whdoc.ds_surplus": ("Sisa masuk gudang", "Surplus to stock"),
    "whdoc.ds_no_surplus": ("Tidak ada sisa: seluruh barang yang diterima dibagikan.",
                            "No surplus: everything received was handed out."),
    "whdoc.ds_no_rows": ("Belum ada pembagian.", "Nothing allocated."),
    "whdoc.ds_note": ("Tagihan dicatat pada rekening koran masing-masing pedagang dan dibayar "
                      "di Sekretariat. Penerima menandatangani saat menerima barang.",
                      "Charges are on each trader's statement and are paid at the "
                      "secretariat. Recipients sign when they take the goods."),
    "whdoc.ds_sign_prepared": ("Disiapkan oleh,", "Prepared by,"),
}
