"""Texts of the SAK EMKM financial statements (services/reports/statements.py,
notes.py) and of ``sekretariat report statements``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "action.reports.view": ("melihat laporan keuangan", "view the financial statements"),
    # --- the statements -------------------------------------------------------------
    "report.statements.title": ("Laporan Keuangan", "Financial statements"),
    "report.position.title": ("Laporan Posisi Keuangan", "Statement of financial position"),
    "report.income.title": ("Laporan Laba Rugi", "Income statement"),
    "report.cash.title": ("Ringkasan Kas", "Cash summary"),
    "report.notes.title": ("Catatan atas Laporan Keuangan",
                           "Notes to the financial statements"),
    "report.section.current_assets": ("Aset lancar", "Current assets"),
    "report.section.fixed_assets": ("Aset tetap", "Fixed assets"),
    "report.section.liabilities": ("Liabilitas", "Liabilities"),
    "report.section.equity": ("Ekuitas", "Equity"),
    "report.section.income": ("Pendapatan", "Income"),
    "report.section.expenses": ("Beban", "Expenses"),
    "report.line.cash": ("Kas dan setara kas", "Cash and cash equivalents"),
    "report.line.trade_payables": ("Utang usaha (pemasok)", "Trade payables (suppliers)"),
    "report.line.surplus_prior": ("Akumulasi surplus periode sebelumnya",
                                  "Surplus of earlier periods"),
    "report.line.surplus_period": ("Surplus (defisit) periode berjalan",
                                   "Surplus (deficit) for the period"),
    "report.total.assets": ("Jumlah aset", "Total assets"),
    "report.total.liabilities": ("Jumlah liabilitas", "Total liabilities"),
    "report.total.equity": ("Jumlah ekuitas", "Total equity"),
    "report.total.liabilities_equity": ("Jumlah liabilitas dan ekuitas",
                                        "Total liabilities and equity"),
    "report.total.income": ("Jumlah pendapatan", "Total income"),
    "report.total.expenses": ("Jumlah beban", "Total expenses"),
    "report.total.surplus": ("Surplus (defisit)", "Surplus (deficit)"),
    # --- the cash summary -----------------------------------------------------------
    "report.cash.opening": ("Saldo awal kas dan setara kas",
                            "Cash and cash equivalents at the start"),
    "report.cash.receipts": ("Penerimaan kas", "Cash received"),
    "report.cash.payments": ("Pengeluaran kas", "Cash paid out"),
    "report.cash.total_in": ("Jumlah penerimaan", "Total received"),
    "report.cash.total_out": ("Jumlah pengeluaran", "Total paid out"),
    "report.cash.transfers": ("Pemindahan antara kas dan bank (tidak dihitung)",
                              "Moved between cash and bank (not counted)"),
    "report.cash.closing": ("Saldo akhir kas dan setara kas",
                            "Cash and cash equivalents at the end"),
    "report.cash.other": ("Lain-lain", "Other"),
    # a journal source's name on one side of the summary, where the cash
    # book's own name (cash.source.*) would not say which way money went
    "report.cash.in.deposit": ("Uang jaminan diterima", "Deposits taken"),
    "report.cash.out.deposit": ("Uang jaminan dikembalikan", "Deposits refunded"),
    "report.cash.out.refund": ("Kelebihan bayar dikembalikan ke pedagang",
                               "Traders' overpayments refunded"),
    "report.cash.in.warehouse": ("Penjualan sembako tunai", "Staples sold for cash"),
    "report.cash.out.warehouse": ("Pembelian sembako tunai", "Staples bought for cash"),
    "report.cash.in.cash.difference": ("Selisih kas lebih", "Cash over"),
    "report.cash.out.cash.difference": ("Selisih kas kurang", "Cash short"),
    "report.cash.in.manual": ("Jurnal umum (penerimaan)", "Manual entries (in)"),
    "report.cash.out.manual": ("Jurnal umum (pengeluaran)", "Manual entries (out)"),
    # --- the notes --------------------------------------------------------------------
    "report.note.total": ("Jumlah", "Total"),
    "report.note.compliance.title": ("Pernyataan kepatuhan", "Statement of compliance"),
    "report.note.compliance.text": (
        "Laporan keuangan {market} disusun sesuai dengan Standar Akuntansi Keuangan Entitas "
        "Mikro, Kecil, dan Menengah (SAK EMKM) yang diterbitkan oleh Ikatan Akuntan "
        "Indonesia.",
        "The financial statements of {market} are prepared in accordance with the Indonesian "
        "Financial Accounting Standard for Micro, Small and Medium Entities (SAK EMKM) issued "
        "by the Indonesian Institute of Accountants."),
    "report.note.compliance.entity": (
        "{market} dikelola oleh {managing} atas nama pemilik aset, {owner}.",
        "{market} is run by {managing} on behalf of the asset owner, {owner}."),
    "report.note.basis.title": ("Dasar penyusunan", "Basis of preparation"),
    "report.note.basis.text": (
        "Laporan keuangan disusun dengan dasar akrual dan konsep biaya historis. Mata uang "
        "penyajian adalah Rupiah, dalam rupiah penuh tanpa desimal. Semua angka berasal dari "
        "jurnal umum pasar (pembukuan berpasangan).",
        "The financial statements are prepared on the accrual basis under the historical cost "
        "convention. They are presented in whole Rupiah, without decimals. Every figure comes "
        "from the market's general journal (double entry)."),
    "report.note.basis.period": ("Periode laporan: {period} ({start} s.d. {end}).",
                                 "Reporting period: {period} ({start} to {end})."),
    "report.note.basis.comparative": (
        "Angka pembanding adalah posisi per {day} dan hasil periode yang sama satu tahun "
        "sebelumnya.",
        "Comparative figures are the position as of {day} and the results of the same "
        "days one year earlier."),
    "report.note.basis.no_comparative": (
        "Tidak ada angka pembanding: pembukuan belum ada satu tahun sebelumnya.",
        "There are no comparative figures: the books did not exist a year earlier."),
    "report.note.basis.provisional": (
        "Laporan ini SEMENTARA: hari sesudah {day} belum ditutup, sehingga angkanya masih "
        "dapat berubah.",
        "This report is PROVISIONAL: the days after {day} are not closed yet, so its figures "
        "may still change."),
    "report.note.basis.provisional_none": (
        "Laporan ini SEMENTARA: belum ada hari yang ditutup, sehingga angkanya masih dapat "
        "berubah.",
        "This report is PROVISIONAL: no day has been closed yet, so its figures may still "
        "change."),
    "report.note.basis.final": (
        "Semua hari dalam periode ini telah ditutup (tutup kas sampai {day}); angkanya tidak "
        "berubah lagi.",
        "Every day of the period is closed (cash closed up to {day}); its figures no longer "
        "change."),
    "report.note.policies.title": ("Kebijakan akuntansi", "Accounting policies"),
    "report.note.policies.rent": (
        "Pendapatan sewa dan denda diakui pada saat ditagih (akrual), untuk periode sewa yang "
        "ditagih; tagihan yang belum dibayar adalah piutang pedagang.",
        "Rent and late fees are recognised when invoiced (accrual), for the rental period "
        "invoiced; invoices not yet paid are trader receivables."),
    "report.note.policies.daily_fees": (
        "Iuran harian diakui pada hari pemungutannya; iuran yang tidak dibayar menjadi "
        "piutang bila kebijakan pasar menetapkannya.",
        "Daily fees are recognised on the day they are collected; unpaid fees become "
        "receivables where the market's policy says so."),
    "report.note.policies.parking": (
        "Pendapatan parkir diakui per laporan shift sebesar jumlah kendaraan dikali tarif; "
        "kekurangan setoran petugas menjadi piutang petugas parkir.",
        "Parking income is recognised per shift report as vehicles times tariff; an "
        "attendant's shortfall becomes a receivable from the attendant."),
    "report.note.policies.stock": (
        "Persediaan sembako dinilai dengan metode biaya rata-rata bergerak (moving average); "
        "selisih stok opname dan barang rusak dibebankan ke Selisih Persediaan.",
        "Staples inventory is valued at moving-average cost; stock-count differences and "
        "damaged goods are charged to Inventory differences."),
    "report.note.policies.goods": (
        "Barang pembelian bersama ditagihkan kepada pedagang sebesar biaya perolehan sampai "
        "di pasar (landed cost), tanpa marjin.",
        "Goods from bulk purchases are invoiced to traders at their landed cost, without a "
        "margin."),
    "report.note.policies.deposits": (
        "Uang jaminan pedagang adalah liabilitas sampai dikembalikan, diperhitungkan dengan "
        "tagihan, atau disita.",
        "Traders' security deposits are liabilities until refunded, set off against invoices "
        "or forfeited."),
    "report.note.policies.remittance": (
        "Setoran kepada pemilik aset dibebankan pada saat disetorkan.",
        "Remittances to the asset owner are expensed when paid."),
    "report.note.policies.reversals": (
        "Catatan yang sudah dibukukan tidak pernah diubah: kesalahan dikoreksi dengan jurnal "
        "pembalik yang merujuk catatan aslinya, dan hari yang sudah ditutup tidak berubah.",
        "Posted records are never changed: a mistake is corrected by a reversing entry that "
        "refers to the original, and closed days do not change."),
    "report.note.cash.title": ("Kas dan setara kas", "Cash and cash equivalents"),
    "report.note.cash.text": (
        "Uang tunai di sekretariat (kas) dan saldo rekening bank pasar.",
        "Cash held at the secretariat and the market's bank balance."),
    "report.note.receivables.title": ("Piutang", "Receivables"),
    "report.note.receivables.text": (
        "Piutang pedagang adalah tagihan sewa, iuran, denda dan barang yang belum dibayar, "
        "disajikan neto setelah dikurangi kelebihan bayar (kredit) pedagang.",
        "Trader receivables are rent, fee, late-fee and goods invoices not yet paid, shown "
        "net of traders' credits (overpayments)."),
    "report.note.receivables.attendants": (
        "Piutang petugas parkir adalah kekurangan setoran petugas yang belum dibayar.",
        "Receivables from parking attendants are shortfalls of their hand-overs not yet "
        "paid."),
    "report.note.ageing.title": ("Umur piutang pedagang per {day}",
                                 "Ageing of trader receivables as of {day}"),
    "report.note.ageing.not_due": ("Belum jatuh tempo", "Not yet due"),
    "report.note.ageing.d0_30": ("Menunggak 1–30 hari", "1–30 days overdue"),
    "report.note.ageing.d31_60": ("Menunggak 31–60 hari", "31–60 days overdue"),
    "report.note.ageing.d61_90": ("Menunggak 61–90 hari", "61–90 days overdue"),
    "report.note.ageing.d90_plus": ("Menunggak lebih dari 90 hari", "Over 90 days overdue"),
    "report.note.ageing.open": ("Jumlah tagihan terbuka", "Open invoices"),
    "report.note.ageing.credits": (
        "Kredit pedagang dan pengembalian terutang (neto)",
        "Traders' credits and refunds owed (net)"),
    "report.note.inventory.title": ("Persediaan", "Inventory"),
    "report.note.inventory.text": (
        "Persediaan sembako gudang pasar, dinilai dengan biaya rata-rata bergerak.",
        "The market warehouse's staples, valued at moving-average cost."),
    "report.note.inventory.items": (
        "Menurut kartu stok per {day}: {items} jenis barang senilai {value}.",
        "By the stock cards as of {day}: {items} items worth {value}."),
    "report.note.inventory.differs": (
        "Nilai menurut kartu stok berbeda {difference} dari buku besar; periksa dengan "
        "'sekretariat check'.",
        "The stock cards' value differs by {difference} from the ledger; run "
        "'sekretariat check'."),
    "report.note.fixed_assets.title": ("Aset tetap", "Fixed assets"),
    "report.note.fixed_assets.text": ("Aset tetap dicatat sebesar biaya perolehan.",
                                      "Fixed assets are stated at cost."),
    "report.note.payables.title": ("Utang usaha", "Trade payables"),
    "report.note.payables.text": (
        "Utang kepada pemasok atas barang gudang yang diterima secara kredit.",
        "Owed to suppliers for warehouse goods received on credit."),
    "report.note.payables.per_supplier": ("Utang per pemasok per {day}",
                                          "Owed per supplier as of {day}"),
    "report.note.deposits.title": ("Uang jaminan pedagang", "Traders' security deposits"),
    "report.note.deposits.text": (
        "Uang jaminan yang diterima dari pedagang penyewa; liabilitas sampai dikembalikan, "
        "diperhitungkan dengan tagihan, atau disita.",
        "Security deposits received from tenant traders; a liability until refunded, set off "
        "against invoices or forfeited."),
    "report.note.other_liabilities.title": ("Liabilitas lain", "Other liabilities"),
    "report.note.other_liabilities.text": ("Liabilitas lain menurut buku besar.",
                                           "Other liabilities as in the ledger."),
    "report.note.equity.title": ("Ekuitas", "Equity"),
    "report.note.equity.text": (
        "Ekuitas terdiri atas ekuitas awal dan akumulasi surplus (defisit), yaitu seluruh "
        "pendapatan dikurangi seluruh beban sampai akhir periode.",
        "Equity is the opening equity plus the accumulated surplus (deficit): all income "
        "less all expenses up to the end of the period."),
    "report.note.equity.remitted": (
        "Setoran kepada pemilik aset dalam periode ini sebesar {amount} disajikan sebagai "
        "beban, bukan sebagai pengurangan ekuitas.",
        "Remittances to the asset owner in the period, {amount}, are shown as an expense, "
        "not as a reduction of equity."),
    # --- the CLI ----------------------------------------------------------------------
    "cli.report.help": ("Laporan keuangan dan laporan untuk pemilik aset.",
                        "Financial statements and reports to the asset owner."),
    "cli.report.panel": ("Laporan", "Reports"),
    "cli.report.statements_help": (
        "Laporan keuangan SAK EMKM: posisi keuangan, laba rugi dan ringkasan kas (--notes: "
        "dengan catatan).",
        "SAK EMKM financial statements: financial position, income statement and cash "
        "summary (--notes: with the notes)."),
    "cli.report.opt_year": ("Tahun laporan, mis. 2026.", "The report's year, e.g. 2026."),
    "cli.report.opt_month": ("Bulan laporan, mis. 2026-11.", "The report's month, e.g. 2026-11."),
    "cli.report.opt_from": ("Tanggal awal periode.", "The period's first day."),
    "cli.report.opt_to": ("Tanggal akhir periode.", "The period's last day."),
    "cli.report.opt_notes": ("Cetak juga catatan atas laporan keuangan.",
                             "Print the notes to the statements too."),
    "cli.report.opt_csv": (
        "CSV: statement,section,key,label,note,amount,previous (rupiah penuh).",
        "CSV: statement,section,key,label,note,amount,previous (whole Rupiah)."),
    "cli.report.period_needed": ("Sebutkan satu periode: --year, --month, atau --from dan --to.",
                                 "Give one period: --year, --month, or --from and --to."),
    "cli.report.col_item": ("Pos", "Item"),
    "cli.report.col_note": ("Cat.", "Note"),
    "cli.report.as_of": ("per {day}", "as of {day}"),
    "cli.report.heading": ("{market} — {title}, {period}", "{market} — {title}, {period}"),
}
