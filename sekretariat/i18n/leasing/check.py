"""Texts of the leasing area's rules in ``sekretariat check``."""

MESSAGES = {
    "check.open_items": ("Baris sisa tagihan dan titipan sama dengan dokumennya",
                         "Open invoice and credit rows match their documents"),
    "check.open_item_mismatch": ("Baris sisa {number} tidak cocok dengan dokumennya "
                                 "(pedagang, tanggal atau status lunas).",
                                 "The open row of {number} does not match its document "
                                 "(trader, date or settled state)."),
    "check.payment_party": ("Pedagang tiap dokumen sama dengan jurnal dan tagihannya",
                            "Each document's trader matches its journal and invoices"),
    "check.party_mismatch": ("{kind} {number} ({name}): pedagangnya tidak cocok dengan "
                             "baris jurnal atau tagihannya.",
                             "{kind} {number} ({name}): its trader does not match its journal "
                             "line or its invoice."),
    "check.doc.payment": ("Kwitansi", "Receipt"),
    "check.doc.invoice": ("Tagihan", "Invoice"),
    "check.doc.credit_note": ("Nota kredit", "Credit note"),
    "check.doc.allocation": ("Alokasi", "Allocation"),
    "check.doc.deposit": ("Jaminan sewa", "Lease deposit"),
    "check.lease_terms": ("Syarat sewa sama dengan log audit",
                          "Lease terms match the audit log"),
    "check.lease_not_audited": ("Sewa {number} tidak tercatat di log audit.",
                                "Lease {number} is not in the audit log."),
    "check.lease_altered": ("Sewa {number} diubah di luar program ({fields}).",
                            "Lease {number} was changed outside the program ({fields})."),
    "check.lease_overlap": ("Tidak ada sewa yang tumpang tindih",
                            "No overlapping leases"),
    "check.lease_overlaps": ("Lapak {stall}: sewa {first} dan {second} tumpang tindih.",
                             "Stall {stall}: leases {first} and {second} overlap."),
    "check.stored_totals": ("Setiap total sama dengan rinciannya",
                            "Every stored total equals its lines"),
    "check.total_mismatch": ("{number}: {field} tercatat {stored}, rinciannya {lines}.",
                             "{number}: {field} stored as {stored}, its lines give {lines}."),
}
