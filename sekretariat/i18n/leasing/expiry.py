"""Messages of dated stall statuses and of leases that run out (the home
widget, the list screen, the stall map's mark and ``sekretariat lease
expiring``). Each key maps to (Bahasa Indonesia, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- stall status with dates ------------------------------------------------
    "field.status_from": ("Status mulai", "Status from"),
    "check.stall_status": ("Status lapak sama dengan riwayat statusnya",
                           "Stall statuses agree with their history"),
    "check.stall_status_problem": (
        "Lapak {code}: status tersimpan '{stored}', menurut riwayat '{expected}'.",
        "Stall {code}: stored status '{stored}', its history says '{expected}'."),
    "tui.stall_form.status_from_hint": ("HH/BB/TTTT", "DD/MM/YYYY"),
    # --- leases that run out ----------------------------------------------------
    "expiry.state.ended": ("Sewa berakhir", "Lease ended"),
    "expiry.state.ending": ("Akan berakhir", "Ending soon"),
    "expiry.col.state": ("Keadaan", "State"),
    "expiry.col.agreement": ("No. perjanjian", "Agreement no."),
    "expiry.col.stall": ("Lapak", "Stall"),
    "expiry.col.trader": ("Pedagang", "Trader"),
    "expiry.col.end": ("Berakhir", "Ends"),
    "expiry.col.days": ("Hari", "Days"),
    "expiry.days_left": ("{days} hari lagi", "in {days} days"),
    "expiry.days_past": ("lewat {days} hari", "{days} days ago"),
    "expiry.today": ("hari ini", "today"),
    "expiry.none": ("Tidak ada sewa yang berakhir atau akan berakhir dalam {days} hari.",
                    "No lease has ended or ends within {days} days."),
    "expiry.days_invalid": ("Jumlah hari harus 0 sampai 366.", "Days must be 0 to 366."),
    "tui.expiry.title": ("Sewa berakhir / akan berakhir", "Leases ended / ending soon"),
    "tui.expiry.home": ("Sewa berakhir: {ended} · akan berakhir ({days} hari): {ending}",
                        "Leases ended: {ended} · ending ({days} days): {ending}"),
    "tui.expiry.home_none": ("Tidak ada sewa yang berakhir atau akan berakhir.",
                             "No lease has ended or is ending soon."),
    "tui.expiry.home_more": ("… dan {count} lagi (tombol X)", "… and {count} more (key X)"),
    "tui.expiry.key.open": ("Sewa berakhir", "Leases ending"),
    "tui.expiry.key.renew": ("Perpanjang", "Renew"),
    "tui.expiry.key.end": ("Akhiri", "End"),
    "tui.expiry.help": (
        "Sewa yang masa berlakunya sudah lewat tetapi belum diperpanjang atau diakhiri, dan "
        "sewa yang berakhir dalam 30 hari. P: perpanjang, A: akhiri, F5: muat ulang.",
        "Leases past their end date but not renewed or ended, and leases ending within 30 "
        "days. P: renew, A: end, F5: reload."),
    "tui.expiry.palette": ("Sewa berakhir / akan berakhir", "Leases ended / ending soon"),
    "tui.expiry.palette_help": ("Daftar sewa yang perlu diperpanjang atau diakhiri",
                                "Leases to renew or end"),
    "tui.stalls.status.expiring": ("Sewa berakhir/segera", "Lease ended/ending"),
    "cli.lease.expiring_help": ("Sewa yang sudah lewat masa berlakunya atau akan berakhir.",
                                "Leases past their end date or ending soon."),
    "cli.lease.expiring_days": ("Berapa hari ke depan (bawaan 30).",
                                "How many days ahead (default 30)."),
    "cli.lease.expiring_csv": ("Tulis CSV ke layar.", "Write CSV to the screen."),
}


def days_text(days_left: int) -> str:
    """``hari ini`` / ``10 hari lagi`` / ``lewat 2 hari``: a lease's end
    date from the day asked about (the CLI and the screens say the same)."""
    from sekretariat.i18n import t

    if days_left == 0:
        return t("expiry.today")
    if days_left < 0:
        return t("expiry.days_past", days=-days_left)
    return t("expiry.days_left", days=days_left)
