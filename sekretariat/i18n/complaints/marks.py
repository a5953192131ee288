"""Texts of a complaint marking its facility's condition
(services/complaints/complaint_marks.py, the page's k and its dialog in
views/complaints/dialogs.py, ``complaints mark``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # refusals
    "complaints.mark_not_facility": (
        "Pengaduan {number} bukan tentang fasilitas ({place}); kondisi fasilitas hanya"
        " dapat ditandai dari pengaduan tentang fasilitas.",
        "Complaint {number} is not about a facility ({place}); only a complaint about a"
        " facility can mark a facility's condition."),
    # a complaint's page
    "tui.complaints.key.mark": ("Kondisi", "Condition"),
    "tui.complaints.fact_condition": ("Kondisi fasilitas", "Facility condition"),
    "tui.complaints.condition_since": ("{condition} (sejak {day})", "{condition} (since {day})"),
    "tui.complaints.condition_none": ("belum tercatat", "not recorded"),
    "tui.complaints.marked": ("Kondisi {name} ({code}): {condition}.",
                              "Condition of {name} ({code}): {condition}."),
    # its dialog
    "tui.complaints.mark.title": ("Kondisi fasilitas {name} ({code})",
                                  "Condition of {name} ({code})"),
    "tui.complaints.mark.explain": (
        "Dari pengaduan {number}, dicatat hari ini ({day}). Sekarang: {now}.",
        "From complaint {number}, recorded today ({day}). Now: {now}."),
    "tui.complaints.mark.label": ("Kondisi", "Condition"),
    "tui.complaints.mark.note": ("Catatan (boleh kosong)", "Note (optional)"),
    "tui.complaints.mark.submit": ("Simpan kondisi", "Save the condition"),
    # the command line
    "cli.complaints.mark_help": (
        "Tandai kondisi fasilitas yang diadukan (hari ini; juga untuk pengaduan yang sudah"
        " selesai).",
        "Mark the condition of the facility a complaint is about (today; a closed complaint"
        " too)."),
    "cli.complaints.opt_condition": ("Kondisi: baik, rusak_ringan, rusak_berat.",
                                     "Condition: baik, rusak_ringan, rusak_berat."),
    "cli.complaints.opt_mark_note": ("Catatan tentang kondisinya.", "A note on the condition."),
    "cli.complaints.marked": (
        "Pengaduan {number}: kondisi {name} ({code}): {condition}, sejak {day}.",
        "Complaint {number}: condition of {name} ({code}): {condition}, since {day}."),
}
