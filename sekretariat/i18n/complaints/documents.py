"""Texts of the complaint's receipt (Tanda Terima Pengaduan:
services/complaints/papers.py, reports/complaints/receipt.py). The paper is
printed in Indonesian whatever the interface language; English is here for
the catalog's rule and for anyone reading the code."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cdoc.title": ("TANDA TERIMA PENGADUAN", "COMPLAINT RECEIPT"),
    "cdoc.doc_title": ("Tanda Terima Pengaduan {number}", "Complaint receipt {number}"),
    "cdoc.number": ("No. {number}", "No. {number}"),
    "cdoc.received": ("Diterima", "Received"),
    "cdoc.received_value": ("{day}, pukul {time}", "{day}, at {time}"),
    "cdoc.channel": ("Saluran", "Channel"),
    "cdoc.complainant": ("Pengadu", "Complainant"),
    "cdoc.phone": ("Telepon", "Phone"),
    "cdoc.anonymous": ("(tidak menyebut nama)", "(no name given)"),
    "cdoc.category": ("Kategori", "Category"),
    "cdoc.place": ("Tempat", "Place"),
    "cdoc.description": ("Isi pengaduan", "Complaint"),
    "cdoc.standard": ("Standar tanggapan", "Response standard"),
    "cdoc.ack_by": ("Ditanggapi paling lambat", "Acknowledged by"),
    "cdoc.resolve_by": ("Diselesaikan paling lambat", "Resolved by"),
    "cdoc.handled_by": ("Ditangani oleh", "Answered by"),
    "cdoc.status_now": ("Status per {day}", "Status on {day}"),
    "cdoc.note": (
        "Simpan tanda terima ini. Sebutkan nomor pengaduan bila menanyakan perkembangannya.",
        "Keep this receipt. Quote the complaint's number when asking how it stands."),
    "cdoc.receiver": ("Penerima pengaduan,", "Received by,"),
    "cdoc.complainant_sign": ("Pengadu,", "Complainant,"),
    "cdoc.place_date": ("{city}, {day}", "{city}, {day}"),
}
