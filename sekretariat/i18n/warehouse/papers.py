"""Texts of a stock count's printed variance sheet (Berita Acara Stok Opname:
services/warehouse/count_papers.py, reports/warehouse/variance_sheet.py),
printing it from the count's screen and the CLI (``print variance``), and the
trader named on a cash sale (views/warehouse/movement_form.py). The paper is
printed in Indonesian whatever the interface language; English is here for
the catalog's rule and for anyone reading the code."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the paper
    "whdoc.opn_title": ("BERITA ACARA STOK OPNAME", "STOCK COUNT REPORT"),
    "whdoc.opn_doc_title": ("Berita Acara Stok Opname {number}", "Stock count report {number}"),
    "whdoc.opn_draft": ("DRAF — belum disetujui", "DRAFT — not yet approved"),
    "whdoc.opn_intro": (
        "Pada hari ini {weekday}, {day}, telah dilakukan penghitungan fisik (stok opname) "
        "persediaan sembako {place}oleh petugas yang namanya tercantum di bawah ini. Hasil "
        "hitungan dibandingkan dengan saldo kartu stok pada jam batas pukul {time}; mutasi "
        "yang dicatat sesudah jam itu tidak termasuk.",
        "On {weekday}, {day}, the staples in stock were counted (stock count) {place}by "
        "the counters named below. What was found is compared with the stock card's balance "
        "at the cut-off, {time}; movements recorded after it are not included."),
    "whdoc.opn_intro_place": ("di {place} ", "at {place} "),
    "whdoc.opn_day": ("Tanggal opname", "Count date"),
    "whdoc.opn_cutoff": ("Jam batas", "Cut-off time"),
    "whdoc.opn_place": ("Tempat", "Place"),
    "whdoc.opn_other_places": ("{place} (juga: {others})", "{place} (also: {others})"),
    "whdoc.opn_opened_by": ("Dibuka oleh", "Opened by"),
    "whdoc.opn_counters": ("Petugas penghitung", "Counters"),
    "whdoc.opn_counter_lines": ("{name} ({lines} baris)", "{name} ({lines} lines)"),
    "whdoc.opn_status": ("Status", "Status"),
    "whdoc.opn_status_draft": ("Draf: menunggu persetujuan", "Draft: awaiting approval"),
    "whdoc.opn_status_approved": ("Disetujui, selisih dibukukan",
                                  "Approved, variances posted"),
    "whdoc.opn_note": ("Catatan", "Note"),
    "whdoc.opn_results": ("Hasil penghitungan", "Count results"),
    "whdoc.opn_unit": ("Satuan", "Unit"),
    "whdoc.opn_book": ("Stok buku", "Book qty"),
    "whdoc.opn_counted": ("Hasil hitung", "Counted"),
    "whdoc.opn_variance": ("Selisih", "Difference"),
    "whdoc.opn_larger": ("Selisih (satuan besar)", "Difference (larger unit)"),
    "whdoc.opn_unit_cost": ("Harga pokok / satuan", "Unit cost"),
    "whdoc.opn_value": ("Nilai selisih", "Difference value"),
    "whdoc.opn_remark": ("Keterangan", "Remark"),
    "whdoc.opn_posted_as": ("dibukukan {number}", "posted {number}"),
    "whdoc.opn_later": ("ada mutasi sesudah hari opname: {number}",
                        "movement after the count day: {number}"),
    "whdoc.opn_no_cost": ("belum ada", "none yet"),
    "whdoc.opn_total": ("Jumlah", "Total"),
    "whdoc.opn_no_lines": ("Tidak ada barang yang dihitung.", "No item was counted."),
    "whdoc.opn_summary": ("Ringkasan", "Summary"),
    "whdoc.opn_items": ("Barang dihitung", "Items counted"),
    "whdoc.opn_items_value": ("{count} barang, {differ} dengan selisih",
                              "{count} items, {differ} with a difference"),
    "whdoc.opn_shortage": ("Nilai kekurangan", "Value short"),
    "whdoc.opn_surplus": ("Nilai kelebihan", "Value over"),
    "whdoc.opn_net": ("Selisih bersih", "Net difference"),
    "whdoc.opn_in_words": ("Terbilang", "In words"),
    "whdoc.opn_not_counted": ("Barang yang tidak dihitung (tidak disesuaikan)",
                              "Items not counted (not adjusted)"),
    "whdoc.opn_not_counted_row": ("{name} (stok buku {quantity} {unit})",
                                  "{name} (book {quantity} {unit})"),
    "whdoc.opn_all_counted": ("Semua barang dihitung.", "Every item was counted."),
    "whdoc.opn_approval": ("Persetujuan", "Approval"),
    "whdoc.opn_by_coordinator": ("Koordinator gudang", "Warehouse coordinator"),
    "whdoc.opn_by_chair": ("Ketua", "Chair"),
    "whdoc.opn_approved_by": ("{name}, {when}", "{name}, {when}"),
    "whdoc.opn_pending": ("belum menyetujui", "not yet approved"),
    "whdoc.opn_posted": ("Selisih dibukukan", "Variances posted"),
    "whdoc.opn_posted_on": ("{when}, bertanggal hari opname {day}",
                            "{when}, dated on the count day {day}"),
    "whdoc.opn_not_posted": ("Belum: selisih baru dibukukan setelah koordinator gudang dan "
                             "ketua keduanya menyetujui.",
                             "Not yet: the variances post once both the warehouse "
                             "coordinator and the chair approve."),
    "whdoc.opn_explain": (
        "Stok buku dan harga pokok: saldo kartu stok pada jam batas (rata-rata bergerak). "
        "Selisih = hasil hitung − stok buku; kekurangan bernilai rata-rata bergerak, "
        "kelebihan pada harga pokok terakhir; nilai dibulatkan ke rupiah. Hitungan beberapa "
        "petugas untuk barang yang sama dijumlahkan.",
        "Book quantity and unit cost: the stock card's balance at the cut-off (moving "
        "average). Difference = counted − book; a shortage is valued at the moving average, "
        "a surplus at the last cost; values rounded to the rupiah. Several counters' lines for "
        "the same item add up."),
    "whdoc.opn_closing": ("Demikian berita acara ini dibuat dengan sebenarnya untuk "
                          "dipergunakan sebagaimana mestinya.",
                          "This report is made truthfully, to be used as appropriate."),
    "whdoc.opn_sign_counter": ("Petugas penghitung,", "Counter,"),
    "whdoc.opn_sign_checked": ("Diperiksa oleh,", "Checked by,"),
    "whdoc.opn_sign_approved": ("Disetujui oleh,", "Approved by,"),
    "whdoc.opn_role_counter": ("Petugas Hitung", "Counter"),
    # printing it: the count's screen and the CLI
    "tui.counts.key.print": ("Cetak", "Print"),
    "tui.counts.help.sheet_print": (
        "Hitungan dibandingkan angka buku pada jam batas. a: setujui (koordinator gudang dan "
        "ketua, dua orang berbeda; persetujuan kedua membukukan selisihnya pada hari opname). "
        "p: cetak Berita Acara Stok Opname ke folder exports/ (draf sampai keduanya "
        "menyetujui; cetak ulang menjadi SALINAN).",
        "Counted against the book at the cut-off. a: approve (the warehouse coordinator and the "
        "chair, two different people; the second approval posts the variances on the count "
        "day). p: print the stock count report into the exports/ folder (a draft until both "
        "have approved; printed again it is a SALINAN)."),
    "tui.counts.print_what": ("Berita Acara Stok Opname {number}",
                              "Stock count report {number}"),
    "cli.print.variance_help": (
        "Cetak Berita Acara Stok Opname (lembar selisih) sebuah stok opname yang sudah "
        "ditutup: draf sebelum disetujui, berita acara sesudahnya.",
        "Print a closed stock count's report (variance sheet): a draft before it is "
        "approved, the report after."),
    "cli.count.metavar": ("OPNAME", "COUNT"),
    "cli.count.arg": ("Nomor stok opname (OPN/2026/00001) atau id-nya.",
                      "The stock count's number (OPN/2026/00001) or its id."),
    # the trader on a cash sale
    "tui.warehouse.move.trader": ("Pembeli (pedagang, boleh kosong)",
                                  "Buyer (a trader, optional)"),
    "tui.warehouse.move.trader_unchosen": (
        "'{text}' belum dipilih dari daftar pedagang: pilih dengan Enter atau panah, atau "
        "kosongkan bila pembelinya bukan pedagang.",
        "'{text}' is not chosen from the traders' list: choose with Enter or the arrows, or "
        "leave it empty when the buyer is not a trader."),
    "tui.warehouse.help.issue_trader": (
        "Barang keluar dengan harga rata-rata: dijual tunai (uang yang diterima masuk kas; "
        "pembelinya boleh dicatat: ketik sebagian nama, NIK, telepon atau kode lapak pedagang "
        "lalu pilih, dan namanya tampil di kartu stok) atau pemakaian sendiri (alasan wajib). "
        "Lebih dari stok ditolak. Ctrl+S menyimpan.",
        "Goods out at the average cost: a cash sale (the money received goes to the drawer; "
        "the buyer may be named: type part of a trader's name, NIK, phone or stall code and "
        "choose, and the name shows on the stock card) or internal use (a reason required). "
        "More than the stock is refused. Ctrl+S saves."),
}
