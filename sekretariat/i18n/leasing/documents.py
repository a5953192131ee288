"""Messages of the printed documents (agreement, receipt, reminder).
The documents' own text is fixed Indonesian in sekretariat/reports/; these are
what the program says about them. Each key maps to (Bahasa Indonesia, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "doc.no_arrears": ("{trader} tidak mempunyai tunggakan per {day}; surat teguran tidak dibuat.",
                       "{trader} has no arrears as of {day}; no reminder letter was made."),
    "doc.min_days_invalid": ("Jumlah hari menunggak harus bilangan bulat 0 atau lebih.",
                             "The days overdue must be a whole number, 0 or more."),
    "doc.width_invalid": ("Ukuran kwitansi harus 80mm atau A6.",
                          "The receipt size must be 80mm or A6."),
    "doc.saved": ("Dokumen disimpan: {path}", "Document saved: {path}"),
    "doc.lease_agreement": ("Surat Perjanjian Sewa", "Lease agreement"),
    "doc.receipt": ("Kwitansi", "Receipt"),
    "doc.reminder": ("Surat teguran", "Reminder letter"),
}
