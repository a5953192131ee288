"""Messages of the demo. Each key maps to (Bahasa Indonesia, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "demo.exists": (
        "Berkas {path} sudah ada. Tambahkan --force untuk menggantinya dengan database demo baru.",
        "{path} already exists. Add --force to replace it with a new demo database."),
    "demo.is_folder": (
        "{path} adalah folder, bukan berkas database.",
        "{path} is a folder, not a database file."),
    "demo.scale_unknown": (
        "Skala demo '{scale}' tidak dikenal. Pilih salah satu: {known}.",
        "Unknown demo scale '{scale}'. Choose one of: {known}."),
    "demo.progress.setup": ("Menyiapkan profil pasar dan akun", "Setting up the market and accounts"),
    "demo.progress.history": ("Menulis riwayat pembukuan", "Writing the books' history"),
    "demo.progress.finish": ("Menyelesaikan database", "Finishing the database"),
    "demo.summary": (
        "{market}: {stalls} lapak, {traders} pedagang; {entries} jurnal ({lines} baris) sejak "
        "{start}; hari ditutup sampai {closed}. Selesai dalam {seconds} detik.",
        "{market}: {stalls} stalls, {traders} traders; {entries} journal entries ({lines} lines) "
        "since {start}; days closed through {closed}. Built in {seconds} s."),
}
