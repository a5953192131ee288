"""Texts of the PDF annual (and monthly) report to the asset owner
(reports/reports/annual_*.py). The document is printed in Indonesian; the
English texts keep the catalog whole."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- frame, cover, contents ---------------------------------------------------------
    "annualdoc.kind_annual": ("Laporan Tahunan", "Annual Report"),
    "annualdoc.kind_monthly": ("Laporan Bulanan", "Monthly Report"),
    "annualdoc.kind_span": ("Laporan Periodik", "Period Report"),
    "annualdoc.doc_title": ("{kind} {market} {period}", "{kind} {market} {period}"),
    "annualdoc.subject": ("Laporan pengelolaan pasar kepada {owner}, {period}",
                          "Report on running the market to {owner}, {period}"),
    "annualdoc.footer": ("{kind} · {period} · sidik angka {fingerprint} · dibuat {day}",
                         "{kind} · {period} · fingerprint {fingerprint} · made {day}"),
    "annualdoc.provisional_stamp": ("SEMENTARA", "PROVISIONAL"),
    "annualdoc.provisional_explain": (
        "Hari-hari dalam periode ini belum semuanya ditutup; angkanya masih dapat berubah.",
        "Not every day of the period is closed yet; its figures may still change."),
    "annualdoc.period_year": ("Tahun {year}", "Year {year}"),
    "annualdoc.previous_span": ("Periode sama tahun lalu", "Same days a year earlier"),
    "annualdoc.cover_manager": ("Dikelola oleh", "Managed by"),
    "annualdoc.cover_owner": ("Disampaikan kepada pemilik aset", "Submitted to the asset owner"),
    "annualdoc.cover_made": ("Disusun pada {day} oleh {who}", "Prepared on {day} by {who}"),
    "annualdoc.contents": ("Daftar Isi", "Contents"),
    # --- figures --------------------------------------------------------------------------
    "annualdoc.points": ("{value} poin", "{value} points"),
    "annualdoc.times": ("{value} kali", "{value} times"),
    "annualdoc.not_measured": ("tidak diukur", "not measured"),
    "annualdoc.in_rupiah": ("Angka dalam rupiah penuh.", "Figures in whole rupiah."),
    # --- chapters ----------------------------------------------------------------------------
    "annualdoc.ch_summary": ("Ringkasan Indikator Utama", "Key indicators"),
    "annualdoc.ch_leasing": ("Pedagang dan Kios", "Traders and stalls"),
    "annualdoc.ch_parking": ("Parkir", "Parking"),
    "annualdoc.ch_warehouse": ("Gudang Sembako", "Staples warehouse"),
    "annualdoc.ch_bulk": ("Pembelian Bersama", "Bulk purchases"),
    "annualdoc.ch_surveys": ("Survei Kepuasan", "Satisfaction surveys"),
    "annualdoc.ch_statements": ("Laporan Keuangan (SAK EMKM)",
                                "Financial statements (SAK EMKM)"),
    "annualdoc.ch_signature": ("Pengesahan", "Approval"),
    # --- the key indicators ---------------------------------------------------------------
    "annualdoc.summary_intro": (
        "Indikator utama pengelolaan pasar untuk {period}, dibandingkan dengan periode "
        "pembanding ({previous}).",
        "The market's key indicators for {period}, compared with the comparative period "
        "({previous})."),
    "annualdoc.summary_note": (
        "Perubahan nilai rupiah dan jumlah: selisih dan persentasenya; perubahan persentase: "
        "selisih dalam poin persentase. Tanda –: tidak ada angka pembanding.",
        "The change of amounts and counts: the difference and its percentage; of "
        "percentages: the difference in percentage points. – : no comparative figure."),
    "annualdoc.summary_none": ("Tidak ada indikator dalam periode ini.",
                               "No indicators in this period."),
    "annualdoc.col_indicator": ("Indikator", "Indicator"),
    "annualdoc.col_change": ("Perubahan", "Change"),
    "annualdoc.col_change_share": ("%", "%"),
    # --- traders and stalls ---------------------------------------------------------------
    "annualdoc.leasing_none": ("Tidak ada kegiatan sewa kios dalam periode ini.",
                               "No stall leasing in this period."),
    "annualdoc.traders_active": ("Pedagang aktif pada akhir periode",
                                 "Active traders at the end of the period"),
    "annualdoc.traders_joined": ("Pedagang baru dalam periode", "Traders who joined"),
    "annualdoc.traders_left": ("Pedagang yang berhenti dalam periode", "Traders who left"),
    "annualdoc.income_title": ("Pendapatan menurut sumber", "Income by source"),
    "annualdoc.income_none": ("Tidak ada pendapatan dalam periode ini.",
                              "No income in this period."),
    "annualdoc.income_caption": ("Pendapatan yang diakui di jurnal, menurut akun pendapatan.",
                                 "Income recognised in the journal, by income account."),
    "annualdoc.occupancy_title": ("Hunian kios", "Stall occupancy"),
    "annualdoc.occupancy_series": ("Tingkat hunian", "Occupancy"),
    "annualdoc.occupancy_caption": ("Bagian kios yang tersewa pada akhir setiap bulan.",
                                    "Share of stalls let at the end of each month."),
    "annualdoc.occupancy_blocks": ("Hunian per blok pada {day}", "Occupancy by block on {day}"),
    "annualdoc.occupancy_none": ("Tidak ada data hunian kios dalam periode ini.",
                                 "No occupancy data in this period."),
    "annualdoc.arrears_title": ("Umur tunggakan pada {day}", "Arrears ageing on {day}"),
    "annualdoc.arrears_none": ("Tidak ada tunggakan pada akhir periode.",
                               "No arrears at the end of the period."),
    # --- parking ------------------------------------------------------------------------------
    "annualdoc.parking_none": ("Tidak ada kegiatan parkir dalam periode ini.",
                               "No parking in this period."),
    "annualdoc.parking_expected": ("Setoran yang seharusnya (kendaraan × tarif)",
                                   "Expected hand-overs (vehicles × tariff)"),
    "annualdoc.parking_handed": ("Setoran yang diterima", "Handed over"),
    "annualdoc.parking_difference": ("Selisih setoran", "Difference"),
    "annualdoc.parking_ratio": ("Setoran diterima terhadap seharusnya",
                                "Handed over against expected"),
    "annualdoc.parking_trend": ("Pendapatan parkir: seharusnya dan diterima",
                                "Parking income: expected and handed over"),
    "annualdoc.parking_caption": ("Setoran petugas parkir dibandingkan dengan setoran yang "
                                  "seharusnya menurut laporan shift.",
                                  "Attendants' hand-overs against what the shift reports "
                                  "expect."),
    "annualdoc.debts_title": ("Utang petugas parkir pada {day}",
                              "Parking attendants' debts on {day}"),
    "annualdoc.debts_none": ("Tidak ada utang petugas parkir pada akhir periode.",
                             "No attendant owes anything at the end of the period."),
    "annualdoc.satisfaction_title": ("Kepuasan pengguna parkir menurut pernyataan",
                                     "Parking users' satisfaction by statement"),
    "annualdoc.satisfaction_none": ("Tidak ada survei pengguna parkir dalam periode ini.",
                                    "No parking users' survey in this period."),
    "annualdoc.satisfaction_index": ("Indeks kepuasan pengguna parkir",
                                     "Parking users' satisfaction index"),
    # --- the warehouse -------------------------------------------------------------------------
    "annualdoc.warehouse_none": ("Tidak ada kegiatan gudang sembako dalam periode ini.",
                                 "No warehouse activity in this period."),
    "annualdoc.stock_start": ("Nilai persediaan awal periode", "Stock value at the start"),
    "annualdoc.stock_end": ("Nilai persediaan akhir periode", "Stock value at the end"),
    "annualdoc.issued_at_cost": ("Harga pokok barang keluar", "Cost of goods issued"),
    "annualdoc.turnover": ("Perputaran persediaan", "Stock turnover"),
    "annualdoc.turnover_explain": (
        "Perputaran persediaan: harga pokok barang keluar dibagi rata-rata nilai persediaan "
        "awal dan akhir periode.",
        "Stock turnover: cost of goods issued divided by the average of the stock value at "
        "the start and the end of the period."),
    "annualdoc.write_off_total": ("Penghapusan barang", "Write-offs"),
    "annualdoc.count_shortage": ("Selisih stok opname (bersih)", "Stock-count variances (net)"),
    "annualdoc.write_offs_title": ("Barang yang dihapus", "Goods written off"),
    "annualdoc.write_offs_none": ("Tidak ada barang yang dihapus dalam periode ini.",
                                  "Nothing was written off in this period."),
    "annualdoc.low_title": ("Barang di bawah batas pesan ulang pada {day}",
                            "Items at or below their reorder level on {day}"),
    "annualdoc.low_none": ("Tidak ada barang di bawah batas pesan ulang.",
                           "No item is at or below its reorder level."),
    # --- bulk purchases ---------------------------------------------------------------------------
    "annualdoc.bulk_none": ("Tidak ada pembelian bersama dalam periode ini.",
                            "No bulk purchases in this period."),
    "annualdoc.bulk_rounds": ("Putaran pembelian yang dibukukan", "Rounds posted"),
    "annualdoc.bulk_traders": ("Pedagang yang dilayani", "Traders served"),
    "annualdoc.bulk_charges": ("Nilai yang dibayar pedagang", "Charged to traders"),
    "annualdoc.bulk_retail": ("Nilai menurut harga eceran", "Value at retail prices"),
    "annualdoc.bulk_savings": ("Penghematan pedagang", "Traders' savings"),
    "annualdoc.bulk_saving_share": ("Penghematan terhadap harga eceran",
                                    "Savings against retail"),
    "annualdoc.bulk_rounds_title": ("Putaran pembelian bersama", "Bulk purchase rounds"),
    # --- surveys -------------------------------------------------------------------------------------
    "annualdoc.surveys_none": ("Tidak ada survei dalam periode ini.",
                               "No survey in this period."),
    "annualdoc.survey_buyers": ("Indeks kepuasan pembeli", "Buyers' satisfaction index"),
    "annualdoc.survey_parking": ("Indeks kepuasan pengguna parkir",
                                 "Parking users' satisfaction index"),
    "annualdoc.survey_turnover": ("Perubahan omzet pedagang (median, menurut pedagang)",
                                  "Traders' turnover change (median, as reported)"),
    "annualdoc.survey_income": ("Perubahan pendapatan pedagang (median, menurut pedagang)",
                                "Traders' income change (median, as reported)"),
    "annualdoc.surveys_explain": (
        "Indeks kepuasan: rata-rata skor semua pernyataan sebagai persentase dari skor "
        "tertinggi. Perubahan omzet dan pendapatan seperti yang dilaporkan pedagang dalam "
        "survei.",
        "Satisfaction index: the mean score of every statement as a percentage of the top "
        "score. Turnover and income change as the traders reported them in the survey."),
    # --- tables ------------------------------------------------------------------------------------
    "annualdoc.col_month": ("Bulan", "Month"),
    "annualdoc.col_day": ("Tgl", "Day"),
    "annualdoc.col_total": ("Jumlah", "Total"),
    "annualdoc.col_block": ("Blok", "Block"),
    "annualdoc.col_occupied": ("Tersewa", "Let"),
    "annualdoc.col_stalls": ("Kios", "Stalls"),
    "annualdoc.col_vacant": ("Kosong", "Vacant"),
    "annualdoc.col_occupancy": ("Hunian", "Occupancy"),
    "annualdoc.col_age": ("Umur tunggakan", "Age"),
    "annualdoc.col_traders": ("Pedagang", "Traders"),
    "annualdoc.col_amount": ("Jumlah", "Amount"),
    "annualdoc.col_share": ("Bagian", "Share"),
    "annualdoc.col_difference": ("Selisih", "Difference"),
    "annualdoc.col_ratio": ("Diterima", "Handed over"),
    "annualdoc.col_attendant": ("Petugas parkir", "Attendant"),
    "annualdoc.col_debt": ("Sisa utang", "Outstanding"),
    "annualdoc.col_statement": ("Pernyataan", "Statement"),
    "annualdoc.col_score": ("Skor", "Score"),
    "annualdoc.col_item": ("Pos", "Item"),
    "annualdoc.col_value": ("Nilai", "Value"),
    "annualdoc.col_reason": ("Alasan", "Reason"),
    "annualdoc.col_number": ("Nomor", "Number"),
    "annualdoc.col_round": ("Putaran", "Round"),
    "annualdoc.col_charges": ("Dibayar pedagang", "Charged"),
    "annualdoc.col_savings": ("Penghematan", "Savings"),
    "annualdoc.col_note": ("Cat.", "Note"),
    # --- statements -------------------------------------------------------------------------------
    "annualdoc.statements_intro": (
        "Laporan keuangan {market} disusun menurut SAK EMKM dari jurnal umum pasar. Kolom "
        "kedua adalah angka pembanding bila pembukuan sudah ada pada periode pembanding; "
        "nomor pada kolom Cat. menunjuk catatan atas laporan keuangan.",
        "The financial statements of {market} are prepared under SAK EMKM from the market's "
        "general journal. The second column holds the comparative figures where the books "
        "reach back to them; the Note column points to the notes."),
    "annualdoc.position_as_of": ("Per {day}", "As of {day}"),
    "annualdoc.cash_transfers": (
        "Pemindahan antara kas dan bank sebesar {amount} tidak dihitung sebagai penerimaan "
        "atau pengeluaran.",
        "Transfers between cash and bank of {amount} are not counted as money in or out."),
    "annualdoc.notes_none": ("Tidak ada catatan.", "No notes."),
    # --- the signature page ---------------------------------------------------------------------
    "annualdoc.sign_intro": (
        "{kind} {market} untuk {period} ini disusun oleh {manager} dari pembukuan pasar dan "
        "disampaikan kepada {owner} sebagai pertanggungjawaban pengelolaan pasar.",
        "This {kind} of {market} for {period} was prepared by {manager} from the market's "
        "books and is submitted to {owner} as the account of running the market."),
    "annualdoc.sign_known": ("Mengetahui,", "Acknowledged,"),
    "annualdoc.sign_made": ("Dibuat oleh,", "Prepared by,"),
    "annualdoc.role_chair": ("Ketua", "Chair"),
    "annualdoc.role_treasurer": ("Bendahara", "Treasurer"),
    "annualdoc.verify_title": ("Verifikasi laporan", "Verifying the report"),
    "annualdoc.verify_text": (
        "Sidik angka adalah ringkasan semua angka dalam laporan ini. Bila pembukuan diubah "
        "sesudah laporan dibuat, sidik angka yang dihitung ulang dari pembukuan tidak lagi "
        "sama.",
        "The fingerprint sums up every figure of this report. If the books are changed after "
        "the report was made, the fingerprint recomputed from them no longer matches."),
    "annualdoc.fingerprint": ("Sidik angka", "Fingerprint"),
    "annualdoc.audit_position": ("Posisi log audit", "Audit log position"),
    "annualdoc.journal_position": ("Posisi jurnal (entri terakhir)",
                                   "Journal position (last entry)"),
    "annualdoc.made": ("Dibuat", "Made"),
    "annualdoc.made_value": ("{when} oleh {who}", "{when} by {who}"),
    "annualdoc.metadata": ("Metadata", "Metadata"),
    "annualdoc.verify_command": (
        "Periksa dengan perintah: sekretariat report verify BERKAS.pdf",
        "Check with the command: sekretariat report verify FILE.pdf"),
}
