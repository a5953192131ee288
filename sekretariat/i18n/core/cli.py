"""Messages of the cli. Each key maps to (Bahasa Indonesia, English).

Help texts are rendered with Rich markup: write no square brackets.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the app, global options, help chrome ------------------------------------
    "cli.help.app": (
        "Sekretariat: kantor belakang pasar rakyat, di terminal.\n\n"
        "Tanpa perintah, membuka aplikasi (TUI) pada database yang dipilih. "
        "Perintah batch meminta masuk: --user (atau SEKRETARIAT_USER) dan kata sandi "
        "(ditanya tersembunyi, atau SEKRETARIAT_PASSWORD); semuanya tercatat di log audit.",
        "Sekretariat: the back office of a traditional market, in the terminal.\n\n"
        "With no command, opens the app (TUI) on the chosen database. "
        "Batch commands log in: --user (or SEKRETARIAT_USER) and a password "
        "(asked with hidden input, or SEKRETARIAT_PASSWORD); all of it is recorded in the "
        "audit log."),
    "cli.epilog": (
        "Kode keluar:\n"
        "  0  selesai\n"
        "  1  dibatalkan (Anda menolak atau menekan ctrl+c)\n"
        "  2  salah pakai (opsi tidak dikenal, argumen kurang)\n"
        "  3  ditolak: isian salah, tanpa izin, hari ditutup, bentrok, tidak ada\n"
        "  4  gagal masuk (kata sandi salah, akun terkunci)\n"
        "  5  check menemukan masalah\n"
        "  6  database tidak bisa dibuka atau ditulis\n\n"
        "Variabel lingkungan: SEKRETARIAT_DB, SEKRETARIAT_LANG, SEKRETARIAT_USER, "
        "SEKRETARIAT_PASSWORD, SEKRETARIAT_NEW_PASSWORD. "
        "Rincian galat dicatat di sekretariat.log di samping database.",
        "Exit codes:\n"
        "  0  done\n"
        "  1  aborted (you declined or pressed ctrl+c)\n"
        "  2  usage error (unknown option, missing argument)\n"
        "  3  refused: bad input, no permission, closed day, conflict, not found\n"
        "  4  authentication failed (wrong password, locked account)\n"
        "  5  check found problems\n"
        "  6  the database cannot be opened or written\n\n"
        "Environment variables: SEKRETARIAT_DB, SEKRETARIAT_LANG, SEKRETARIAT_USER, "
        "SEKRETARIAT_PASSWORD, SEKRETARIAT_NEW_PASSWORD. "
        "Error details are logged to sekretariat.log beside the database."),
    "cli.opt.db": ("Berkas database (bawaan: ./sekretariat.sqlite).",
                   "Database file (default: ./sekretariat.sqlite)."),
    "cli.opt.lang": ("Bahasa: id (Bahasa Indonesia, bawaan) atau en. Juga SEKRETARIAT_LANG.",
                     "Language: id (Bahasa Indonesia, the default) or en. Also "
                     "SEKRETARIAT_LANG."),
    "cli.opt.version": ("Tampilkan versi program lalu keluar.",
                        "Show the program's version and exit."),
    "cli.opt.help": ("Tampilkan bantuan ini lalu keluar.", "Show this help and exit."),
    "cli.opt.user": ("Nama pengguna Anda untuk masuk; ditanya bila kosong.",
                     "Your username to log in with; asked when missing."),
    "cli.lang_invalid": ("pilih 'id' atau 'en'.", "choose 'id' or 'en'."),
    "cli.metavar.path": ("BERKAS", "PATH"),
    "cli.metavar.folder": ("FOLDER", "FOLDER"),
    "cli.metavar.username": ("PENGGUNA", "USERNAME"),
    "cli.metavar.date": ("TANGGAL", "DATE"),
    "cli.metavar.days": ("HARI", "DAYS"),
    "cli.metavar.text": ("TEKS", "TEXT"),
    "cli.metavar.role": ("PERAN", "ROLE"),
    "cli.panel.setup": ("Mulai", "Setup"),
    "cli.panel.users": ("Pengguna", "Users"),
    "cli.panel.books": ("Buku", "Books"),
    "cli.panel.maintenance": ("Pemeliharaan", "Maintenance"),
    "cli.panel.login": ("Masuk", "Login"),
    "cli.panel.market": ("Profil pasar", "Market profile"),
    "cli.panel.chair": ("Akun Ketua pertama", "First chair account"),
    "cli.typer.arguments": ("Argumen", "Arguments"),
    "cli.typer.options": ("Opsi", "Options"),
    "cli.typer.commands": ("Perintah", "Commands"),
    "cli.typer.default": ("[bawaan: {}]", "[default: {}]"),
    "cli.typer.envvar": ("[variabel lingkungan: {}]", "[env var: {}]"),
    "cli.typer.required": ("[wajib]", "[required]"),
    "cli.typer.error": ("Kesalahan", "Error"),
    "cli.typer.try_help": ("Lihat [blue]'{command_path} {help_option}'[/] untuk bantuan.",
                           "Try [blue]'{command_path} {help_option}'[/] for help."),
    "cli.typer.usage": ("Cara pakai:", "Usage:"),
    "cli.usage.missing_argument": ("Argumen {name} belum diisi.", "Missing argument {name}."),
    "cli.usage.missing_option": ("Opsi {name} belum diisi.", "Missing option {name}."),
    "cli.usage.missing_parameter": ("{name} belum diisi.", "Missing parameter {name}."),
    "cli.usage.no_such_option": ("Tidak ada opsi {name}.", "No such option: {name}"),
    "cli.usage.did_you_mean": ("(Mungkin maksudnya: {names})", "(Possible options: {names})"),
    "cli.usage.bad_value_for": ("Nilai {name} tidak sah: {detail}",
                                "Invalid value for {name}: {detail}"),
    "cli.usage.bad_value": ("Nilai tidak sah: {detail}", "Invalid value: {detail}"),
    "cli.usage.not_number": ("{value} bukan bilangan.", "{value} is not a valid number."),
    "cli.usage.not_one_of": ("{value} bukan salah satu dari {choices}.",
                             "{value} is not one of {choices}."),
    "cli.usage.needs_value": ("Opsi {name} perlu nilai.", "Option {name} requires a value."),
    "cli.usage.takes_no_value": ("Opsi {name} tidak memakai nilai.",
                                 "Option {name} does not take a value."),
    "cli.usage.extra_arguments": ("Argumen berlebih: {args}.",
                                  "Got unexpected extra arguments ({args})."),
    "cli.usage.no_such_command": ("Tidak ada perintah '{name}'.", "No such command '{name}'."),
    "cli.usage.missing_command": ("Perintahnya belum ditulis.", "Missing command."),
    "cli.field.as_of": ("Per tanggal", "As of"),
    # --- what every command may say ----------------------------------------------
    "cli.aborted": ("Dibatalkan; tidak ada yang diubah.", "Aborted; nothing was changed."),
    "cli.unexpected": ("Terjadi kesalahan tak terduga ({error}); tidak ada yang diubah. "
                       "Rinciannya dicatat di {log}.",
                       "An unexpected error occurred ({error}); nothing was changed. "
                       "The details are in {log}."),
    "cli.unexpected_database": ("Database menolak perintah: {detail}. Rinciannya dicatat di "
                                "{log}.",
                                "The database refused: {detail}. The details are in {log}."),
    "cli.db_not_initialized": ("Database {path} belum disiapkan. Jalankan 'sekretariat init' "
                               "untuk pasar Anda, atau 'sekretariat demo'.",
                               "Database {path} has not been set up. Run 'sekretariat init' "
                               "for your market, or 'sekretariat demo'."),
    "cli.prompt.username": ("Nama pengguna", "Username"),
    "cli.prompt.password": ("Kata sandi {username}", "Password for {username}"),
    "cli.prompt.new_password": ("Kata sandi baru untuk {username}",
                                "New password for {username}"),
    "cli.prompt.repeat_password": ("Ulangi kata sandi baru", "Repeat the new password"),
    "cli.password_mismatch": ("Kedua kata sandi tidak sama.", "The two passwords differ."),
    # --- init / demo / TUI ----------------------------------------------------------
    "cli.help.init": (
        "Buat database baru untuk pasar Anda: profilnya dan akun Ketua pertama.\n\n"
        "Isian yang tidak diberikan sebagai opsi akan ditanya. Kata sandi Ketua ditanya dua "
        "kali (tersembunyi) atau diambil dari SEKRETARIAT_PASSWORD.",
        "Create a new database for your market: its profile and the first chair account.\n\n"
        "Whatever is not given as an option is asked for. The chair's password is asked "
        "twice (hidden) or taken from SEKRETARIAT_PASSWORD."),
    "cli.opt.market_name": ("Nama pasar.", "The market's name."),
    "cli.opt.address": ("Alamat pasar.", "The market's address."),
    "cli.opt.city": ("Kota.", "City."),
    "cli.opt.org": ("Organisasi pengelola (mis. Sekretariat Pasar Sekojo).",
                    "Managing organisation (e.g. Sekretariat Pasar Sekojo)."),
    "cli.opt.owner": ("Pemilik aset/lahan (mis. Kodam II/Sriwijaya).",
                      "Owner of the land/assets (e.g. Kodam II/Sriwijaya)."),
    "cli.opt.phone": ("Telepon sekretariat.", "The secretariat's phone."),
    "cli.opt.chair_username": ("Nama pengguna Ketua (bawaan: ketua).",
                               "The chair's username (default: ketua)."),
    "cli.opt.chair_name": ("Nama lengkap Ketua.", "The chair's full name."),
    "cli.init.intro": ("Menyiapkan database baru {path}.", "Setting up a new database {path}."),
    "cli.prompt.market_name": ("Nama pasar", "Market name"),
    "cli.prompt.address": ("Alamat", "Address"),
    "cli.prompt.city": ("Kota (boleh kosong)", "City (may be empty)"),
    "cli.prompt.org": ("Organisasi pengelola", "Managing organisation"),
    "cli.prompt.owner": ("Pemilik aset", "Asset owner"),
    "cli.prompt.phone": ("Telepon (boleh kosong)", "Phone (may be empty)"),
    "cli.prompt.chair_username": ("Nama pengguna Ketua", "Chair's username"),
    "cli.prompt.chair_name": ("Nama lengkap Ketua", "Chair's full name"),
    "cli.init_exists": ("{path} sudah berisi database pasar yang disiapkan; tidak ditimpa. "
                        "Pilih berkas lain dengan --db.",
                        "{path} already holds a set-up market database; it is not "
                        "overwritten. Choose another file with --db."),
    "cli.init.done": ("Database siap: {path}", "Database ready: {path}"),
    "cli.init.summary": ("Pasar: {market}\nKetua: {username} ({full_name})",
                         "Market: {market}\nChair: {username} ({full_name})"),
    "cli.init.next_open": ("Buka aplikasi: {command}", "Open the app: {command}"),
    "cli.init.next_user": ("Tambah akun: {command}", "Add an account: {command}"),
    "cli.help.demo": (
        "Buat database demo dengan satu akun per peran; kata sandinya ditampilkan.\n\n"
        "Pasarnya mirip Pasar Sekojo di Palembang. "
        "--scale large membuat data besar (10 tahun) untuk uji kecepatan. "
        "--force hanya menimpa database demo, tidak pernah database pasar sungguhan.",
        "Build a demo database with one account per role; their passwords are shown.\n\n"
        "The market is like Pasar Sekojo in Palembang. "
        "--scale large builds a big dataset (10 years) for speed tests. "
        "--force only replaces a demo database, never a real market's."),
    "cli.opt.scale": ("Ukuran data: small (sekitar 200 lapak, beberapa bulan), medium (2.000 "
                      "lapak, 1 tahun) atau large (2.000 lapak, 10 tahun; untuk uji kecepatan).",
                      "Data size: small (about 200 stalls, a few months), medium (2,000 "
                      "stalls, 1 year) or large (2,000 stalls, 10 years; for speed tests)."),
    "cli.opt.seed": ("Benih acak; benih yang sama memberi data yang sama.",
                     "Random seed; the same seed gives the same data."),
    "cli.opt.force": ("Timpa database demo yang sudah ada.", "Replace an existing demo database."),
    "cli.demo_missing": ("Pembuat data demo belum tersedia dalam versi ini.",
                         "The demo generator is not available in this version."),
    "cli.demo_real_database": ("{path} adalah database pasar sungguhan, bukan demo; --force "
                               "tidak menimpanya. Pilih berkas lain dengan --db.",
                               "{path} is a real market's database, not a demo; --force does "
                               "not replace it. Choose another file with --db."),
    "cli.demo_not_replaceable": ("{detail} Berkas itu tidak ditimpa dengan demo; hapus sendiri "
                                 "atau pilih berkas lain dengan --db.",
                                 "{detail} It is not replaced by a demo; remove it yourself or "
                                 "choose another file with --db."),
    "cli.demo.building": ("Membuat database demo ({scale}) di {path} …",
                          "Building the demo database ({scale}) in {path} …"),
    "cli.demo.done": ("Database demo siap: {path}", "Demo database ready: {path}"),
    "cli.demo.accounts": ("Akun demo", "Demo accounts"),
    "cli.demo.next": ("Buka aplikasi: {command}", "Open the app: {command}"),
    # --- users -------------------------------------------------------------------------
    "cli.help.user": ("Akun pengguna: tambah, daftar, ganti kata sandi, buka kunci.",
                      "User accounts: add, list, change passwords, unlock."),
    "cli.help.user_list": ("Daftar semua akun dengan peran dan statusnya (Ketua).",
                           "List every account with its role and status (chair)."),
    "cli.help.user_add": (
        "Tambah akun (Ketua).\n\n"
        "Kata sandi awal ditanya dua kali (tersembunyi) atau diambil dari "
        "SEKRETARIAT_NEW_PASSWORD.",
        "Add an account (chair).\n\n"
        "The first password is asked twice (hidden) or taken from "
        "SEKRETARIAT_NEW_PASSWORD."),
    "cli.help.user_passwd": (
        "Ganti kata sandi: milik Anda, atau (Ketua) milik siapa saja.\n\n"
        "Kata sandi baru ditanya dua kali (tersembunyi) atau diambil dari "
        "SEKRETARIAT_NEW_PASSWORD.",
        "Change a password: your own, or (chair) anyone's.\n\n"
        "The new password is asked twice (hidden) or taken from "
        "SEKRETARIAT_NEW_PASSWORD."),
    "cli.help.user_unlock": ("Buka akun yang terkunci karena salah kata sandi (Ketua).",
                             "Unlock an account locked by wrong passwords (chair)."),
    "cli.help.user_deactivate": ("Nonaktifkan akun; riwayatnya tetap tersimpan (Ketua).",
                                 "Deactivate an account; its history is kept (chair)."),
    "cli.help.user_activate": ("Aktifkan kembali akun (Ketua).",
                               "Reactivate an account (chair)."),
    "cli.help.user_edit": ("Ubah nama lengkap atau peran sebuah akun (Ketua).",
                           "Change an account's full name or role (chair)."),
    "cli.arg.username": ("Nama pengguna akun itu.", "The account's username."),
    "cli.arg.new_username": ("Nama pengguna baru: 3-32 huruf kecil, angka, titik, garis bawah "
                             "atau tanda hubung.",
                             "The new username: 3-32 lowercase letters, digits, dots, "
                             "underscores or hyphens."),
    "cli.arg.passwd_username": ("Akun yang kata sandinya diganti (bawaan: akun Anda).",
                                "The account whose password changes (default: your own)."),
    "cli.opt.full_name": ("Nama lengkap.", "Full name."),
    "cli.opt.role": ("Peran akun: {roles}.", "The account's role: {roles}."),
    "cli.prompt.full_name": ("Nama lengkap {username}", "Full name of {username}"),
    "cli.prompt.role": ("Peran ({roles})", "Role ({roles})"),
    "cli.user.list_title": ("Akun pengguna ({count})", "User accounts ({count})"),
    "cli.user.status": ("Status", "Status"),
    "cli.user.last_login": ("Terakhir masuk", "Last login"),
    "cli.user.status_active": ("aktif", "active"),
    "cli.user.status_locked": ("terkunci", "locked"),
    "cli.user.status_inactive": ("nonaktif", "inactive"),
    "cli.user.added": ("Akun {username} ({full_name}, {role}) dibuat.",
                       "Account {username} ({full_name}, {role}) created."),
    "cli.user.password_changed": ("Kata sandi {username} diganti.",
                                  "The password of {username} was changed."),
    "cli.user.unlocked": ("Akun {username} dibuka kuncinya.", "Account {username} unlocked."),
    "cli.user.activated": ("Akun {username} aktif kembali.", "Account {username} reactivated."),
    "cli.user.deactivated": ("Akun {username} dinonaktifkan.",
                             "Account {username} deactivated."),
    "cli.user.updated": ("Akun {username}: {full_name}, {role}.",
                         "Account {username}: {full_name}, {role}."),
    "cli.user.role_note": ("Peran baru berlaku saat pengguna itu masuk berikutnya.",
                           "The new role applies from that user's next login."),
    "cli.user.nothing_to_change": ("berikan --name atau --role.", "give --name or --role."),
    # --- days --------------------------------------------------------------------------
    "cli.help.day": ("Hari yang ditutup: daftar, tutup, buka kembali.",
                     "Closed days: list, close, reopen."),
    "cli.help.day_list": ("Daftar hari yang ditutup, terbaru dulu, termasuk yang dibuka "
                          "kembali (oleh siapa dan mengapa).",
                          "List the closed days, newest first, including reopened ones (by "
                          "whom and why)."),
    "cli.help.day_close": (
        "Tutup hari tanpa transaksi kas sampai tanggal ini (Bendahara, Ketua), misalnya "
        "hari libur; hari dengan transaksi kas ditutup dengan menghitung kas: "
        "'sekretariat close'.\n\n"
        "Sesudahnya tidak ada catatan bertanggal itu atau lebih awal yang bisa dibuat, "
        "diubah atau dibalik, di modul mana pun.",
        "Close the days without cash activity up to this date (treasurer, chair), e.g. "
        "holidays; a day with cash activity closes by counting the drawer: "
        "'sekretariat close'.\n\n"
        "Afterwards nothing dated on or before it can be created, changed or reversed, "
        "in any module."),
    "cli.help.day_reopen": (
        "Buka kembali tanggal yang ditutup, dengan alasan (hanya Ketua).\n\n"
        "Semua tanggal tertutup sesudahnya ikut dibuka; alasannya tercatat di log audit.",
        "Reopen a closed date, with a reason (chair only).\n\n"
        "Every closed date after it is reopened too; the reason is recorded in the audit "
        "log."),
    "cli.arg.close_date": ("Tanggal yang ditutup, mis. 23/11/2026 atau 2026-11-23.",
                           "The date to close, e.g. 23/11/2026 or 2026-11-23."),
    "cli.arg.reopen_date": ("Tanggal yang dibuka kembali, mis. 23/11/2026.",
                            "The date to reopen, e.g. 23/11/2026."),
    "cli.opt.note": ("Catatan penutupan.", "A note on the close."),
    "cli.opt.reason": ("Alasan pembukaan kembali (minimal 10 huruf); bila kosong akan ditanya.",
                       "Why the day is reopened (at least 10 characters); asked when missing."),
    "cli.opt.limit": ("Paling banyak sekian baris.", "At most this many rows."),
    "cli.prompt.reason": ("Alasan pembukaan kembali", "Reason for reopening"),
    "cli.day.no_lock": ("Belum ada hari yang ditutup.", "No day is closed."),
    "cli.day.lock": ("Buku tertutup sampai {day}.", "The books are closed up to {day}."),
    "cli.day.closed_col": ("Ditutup", "Closed"),
    "cli.day.note_col": ("Catatan", "Note"),
    "cli.day.reopened_col": ("Dibuka kembali", "Reopened"),
    "cli.day.by": ("{username}, {when}", "{username}, {when}"),
    "cli.day.reopened_cell": ("{username}, {when}: {reason}", "{username}, {when}: {reason}"),
    "cli.day.closed": ("Buku tertutup sampai {day}.", "The books are closed up to {day}."),
    "cli.day.closed_note": ("Hanya Ketua yang dapat membukanya kembali "
                            "('sekretariat day reopen').",
                            "Only the chair can reopen it ('sekretariat day reopen')."),
    "cli.day.reopened": ("Dibuka kembali: {days}.", "Reopened: {days}."),
    # --- journal -------------------------------------------------------------------------
    "cli.help.journal": ("Jurnal umum: neraca saldo.", "The general journal: trial balance."),
    "cli.help.trial_balance": (
        "Neraca saldo per tanggal (bawaan: hari ini).\n\n"
        "Saldo setiap akun dari seluruh baris jurnal sampai tanggal itu; --csv untuk "
        "lembar kerja.",
        "Trial balance as of a date (default: today).\n\n"
        "Each account's balance over every journal line up to that date; --csv for "
        "spreadsheets."),
    "cli.opt.as_of": ("Sampai dan termasuk tanggal ini, mis. 31/12/2026.",
                      "Up to and including this date, e.g. 31/12/2026."),
    "cli.opt.csv": ("Tulis CSV (jumlah dalam rupiah bulat) ke keluaran standar.",
                    "Write CSV (amounts in whole rupiah) to standard output."),
    "cli.opt.all_accounts": ("Tampilkan juga akun tanpa mutasi.",
                             "Also show accounts without movements."),
    "cli.tb.title": ("Neraca saldo {market} per {day}", "Trial balance of {market} as of {day}"),
    "cli.tb.code": ("Kode", "Code"),
    "cli.tb.account": ("Akun", "Account"),
    "cli.tb.debit": ("Debit", "Debit"),
    "cli.tb.credit": ("Kredit", "Credit"),
    "cli.tb.total": ("Jumlah", "Total"),
    "cli.tb.empty": ("Belum ada jurnal sampai tanggal itu.", "No entries up to that date."),
    "cli.tb.balanced": ("Seimbang.", "Balanced."),
    "cli.tb.unbalanced": ("Tidak seimbang: debit {debit}, kredit {credit}. Jalankan "
                          "'sekretariat check'.",
                          "Not balanced: debit {debit}, credit {credit}. Run "
                          "'sekretariat check'."),
    # --- backup / check ------------------------------------------------------------------
    "cli.help.backup": (
        "Buat salinan cadangan database yang sudah diperiksa.\n\n"
        "Memakai SQLite online backup (aman selagi aplikasi dipakai), lalu memeriksa "
        "keutuhan salinannya (Ketua, Bendahara).",
        "Make a checked backup copy of the database.\n\n"
        "Uses SQLite's online backup (safe while the app is in use), then checks the copy's "
        "integrity (chair, treasurer)."),
    "cli.opt.backup_to": ("Folder tujuan (bawaan: backups/ di samping database).",
                          "Target folder (default: backups/ beside the database)."),
    "cli.backup.done": ("Cadangan dibuat: {path} ({size})", "Backup made: {path} ({size})"),
    "cli.backup.verified": ("Salinan lolos pemeriksaan keutuhan.",
                            "The copy passed its integrity check."),
    "cli.help.check": (
        "Periksa keutuhan database dan kebenaran bukunya (kode keluar 5 bila ada masalah).\n\n"
        "Memeriksa keutuhan berkas, rujukan antar tabel, pengaman (trigger), rantai log "
        "audit, keseimbangan dan sidik jari setiap jurnal, serta penomoran tanpa celah "
        "(Ketua, Bendahara, Pembaca).",
        "Check that the database is whole and its books true (exit code 5 when not).\n\n"
        "Checks file integrity, references between tables, the guards (triggers), the audit "
        "chain, the balance and fingerprint of every entry, and gap-free numbering (chair, "
        "treasurer, read-only auditor)."),
    "cli.check.title": ("Pemeriksaan {path}", "Checking {path}"),
    "cli.check.ok": ("Semua {count} pemeriksaan lulus.", "All {count} checks passed."),
    "cli.check.failed": ("{failed} dari {count} pemeriksaan menemukan masalah.",
                         "{failed} of {count} checks found problems."),
    "cli.check.advice": (
        "Data mungkin diubah di luar program atau berkasnya rusak. Simpan berkas ini apa "
        "adanya, pulihkan dari cadangan terakhir yang lulus pemeriksaan, dan laporkan ke "
        "Ketua.",
        "The data may have been changed outside the program, or the file is damaged. Keep "
        "this file as it is, restore the last backup that passes the check, and tell the "
        "chair."),
    # --- leases & billing: bill, arrears, late-fees (cli/leases.py) ---------------------
    "cli.bill.panel": ("Sewa & Tagihan", "Leases & billing"),
    "cli.bill.help": (
        "Tagih sewa satu bulan untuk semua perjanjian sewa (Ketua, Bendahara).\n\n"
        "Menampilkan rencananya dulu (kios, pedagang, masa, hari, jumlah), lalu membukukan "
        "setelah Anda setujui (--yes melewati pertanyaan; menolak = kode keluar 1). "
        "Masa pertama atau terakhir yang tidak penuh dihitung per hari. Aman dijalankan "
        "ulang: yang sudah ditagih dilewati; bila semuanya sudah ditagih, tidak ada yang "
        "dibukukan dan perintah ditolak dengan kode keluar 3.",
        "Bill one month's rent for every lease (chair, treasurer).\n\n"
        "Shows the plan first (stall, trader, period, days, amount), then posts it once "
        "you agree (--yes skips the question; declining = exit code 1). A partial first or "
        "last period is prorated by days. Safe to run again: what is already billed is "
        "skipped; when everything is already billed nothing is posted and the command is "
        "refused with exit code 3."),
    "cli.bill.metavar_period": ("BULAN", "MONTH"),
    "cli.bill.arg_period": ("Bulan yang ditagih, mis. 2026-11 atau 11/2026.",
                            "The month to bill, e.g. 2026-11 or 11/2026."),
    "cli.bill.opt_preview": ("Hanya tampilkan rencananya; tidak ada yang dibukukan.",
                             "Only show the plan; nothing is posted."),
    "cli.bill.opt_yes": ("Bukukan tanpa bertanya lagi.", "Post without asking again."),
    "cli.bill.opt_date": ("Tanggal terbit tagihan (bawaan: hari ini, atau tanggal 1 bulan "
                          "itu bila lebih lambat).",
                          "Issue date of the invoices (default: today, or the 1st of the "
                          "month when later)."),
    "period.invalid": ("Bulan '{text}' tidak dikenali; tulis mis. 2026-11 atau "
                                "11/2026.",
                                "Month '{text}' not understood; write e.g. 2026-11 or "
                                "11/2026."),
    "cli.bill.title": ("Tagihan sewa {period} (terbit {day})",
                       "Rent billing for {period} (issued {day})"),
    "cli.bill.col_stall": ("Lapak", "Stall"),
    "cli.bill.col_trader": ("Pedagang", "Trader"),
    "cli.bill.col_period": ("Masa", "Period"),
    "cli.bill.col_days": ("Hari", "Days"),
    "cli.bill.col_due": ("Jatuh tempo", "Due"),
    "cli.bill.col_amount": ("Jumlah", "Amount"),
    "cli.bill.col_total": ("Jumlah", "Total"),
    "cli.bill.summary": ("{count} tagihan baru, jumlah {total}.",
                         "{count} new invoices, total {total}."),
    "cli.bill.already": ("{count} perjanjian sudah ditagih untuk bulan ini dan dilewati.",
                         "{count} leases are already billed for this month and are skipped."),
    "cli.bill.none_new": ("Tidak ada tagihan baru untuk bulan ini.",
                          "Nothing new to bill for this month."),
    "cli.bill.nothing": ("Tidak ada perjanjian sewa yang ditagih pada bulan ini.",
                         "No lease is billed in this month."),
    "cli.bill.preview_note": ("Pratinjau: tidak ada yang dibukukan.",
                              "Preview: nothing was posted."),
    "cli.bill.confirm": ("Bukukan {count} tagihan, jumlah {total}?",
                         "Post {count} invoices, total {total}?"),
    "cli.bill.done": ("{count} tagihan dibukukan, jumlah {total} ({first} s.d. {last}).",
                      "{count} invoices posted, total {total} ({first} to {last})."),
    "cli.bill.credit_applied": ("Saldo titipan pedagang sebesar {amount} dipakai untuk "
                                "melunasi tagihan baru.",
                                "Traders' credit of {amount} settled part of the new "
                                "invoices."),
    "cli.arrears.help": (
        "Tunggakan per pedagang menurut umur (semua peran boleh melihat).\n\n"
        "Lewat jatuh tempo 1-30, 31-60, 61-90 dan lebih dari 90 hari, jumlahnya (tunggakan), "
        "dan terpisah yang belum jatuh tempo (termasuk yang jatuh tempo hari ini); "
        "yang paling lama menunggak di atas, dengan baris jumlah pasar. "
        "--csv menulis CSV polos ke keluaran standar (rupiah bulat, baris judul, tanpa baris "
        "jumlah) untuk disimpan ke berkas, mis. sekretariat arrears --csv > tunggakan.csv.",
        "Arrears per trader by age (every role may view them).\n\n"
        "Past due 1-30, 31-60, 61-90 and over 90 days, their sum (the arrears), and apart "
        "what is not yet due (due today included); the longest "
        "overdue first, with a market total row. "
        "--csv writes plain CSV to standard output (whole rupiah, a header row, no total "
        "row) to save to a file, e.g. sekretariat arrears --csv > arrears.csv."),
    "cli.arrears.opt_as_of": ("Umur tunggakan per tanggal ini (bawaan: hari ini).",
                              "Age the arrears as of this date (default: today)."),
    "cli.arrears.opt_csv": ("Tulis CSV (rupiah bulat) ke keluaran standar.",
                            "Write CSV (whole rupiah) to standard output."),
    "cli.arrears.opt_limit": ("Paling banyak sekian pedagang (bawaan: 100 di tabel, semua di "
                              "CSV).",
                              "At most this many traders (default: 100 in the table, all in "
                              "the CSV)."),
    "cli.arrears.title": ("Tunggakan per {day}", "Arrears as of {day}"),
    "cli.arrears.none": ("Tidak ada tunggakan.", "No arrears."),
    "cli.arrears.col_stalls": ("Lapak", "Stalls"),
    "cli.arrears.col_days": ("Hari lewat", "Days late"),
    "cli.arrears.col_total": ("Jumlah", "Total"),
    "cli.arrears.more": ("Menampilkan {shown} dari {count} pedagang; jumlah pasar mencakup "
                         "semuanya (--limit untuk lebih banyak).",
                         "Showing {shown} of {count} traders; the market total covers them "
                         "all (--limit for more)."),
    "cli.latefees.help": (
        "Kenakan denda keterlambatan yang jatuh pada suatu tanggal (Ketua, Bendahara).\n\n"
        "Denda tidak pernah otomatis: untuk setiap tagihan yang masih terbuka, tiap bulan "
        "penuh lewat jatuh tempo dikenai persentase denda perjanjiannya atas sisa tagihan. "
        "Menampilkan rencananya dulu, lalu membukukan setelah Anda setujui (--yes melewati "
        "pertanyaan; menolak = kode keluar 1). Aman dijalankan ulang: tidak ada denda yang "
        "dikenakan dua kali.",
        "Assess the late fees due on a date (chair, treasurer).\n\n"
        "Late fees are never automatic: for every invoice still open, each whole month past "
        "its due date is charged the lease's late-fee percentage of the open amount. Shows "
        "the plan first, then posts it once you agree (--yes skips the question; declining "
        "= exit code 1). Safe to run again: no fee is charged twice."),
    "cli.latefees.opt_as_of": ("Tanggal penilaian dan pembukuan (bawaan: hari ini).",
                               "The date assessed and posted on (default: today)."),
    "cli.latefees.opt_preview": ("Hanya tampilkan dendanya; tidak ada yang dibukukan.",
                                 "Only show the fees; nothing is posted."),
    "cli.latefees.title": ("Denda keterlambatan per {day}", "Late fees as of {day}"),
    "cli.latefees.nothing": ("Tidak ada denda yang jatuh per {day}.",
                             "No late fees are due as of {day}."),
    "cli.latefees.col_invoice": ("Tagihan", "Invoice"),
    "cli.latefees.col_month": ("Bulan ke", "Month"),
    "cli.latefees.col_open": ("Sisa tagihan", "Open amount"),
    "cli.latefees.col_rate": ("Tarif", "Rate"),
    "cli.latefees.col_fee": ("Denda", "Fee"),
    "cli.latefees.summary": ("{count} denda, jumlah {total}.", "{count} fees, total {total}."),
    "cli.latefees.confirm": ("Bukukan {count} denda, jumlah {total}?",
                             "Post {count} late fees, total {total}?"),
    "cli.latefees.done": ("{count} denda dibukukan, jumlah {total} ({first} s.d. {last}).",
                          "{count} late fees posted, total {total} ({first} to {last})."),
    "cli.print.help": ("Cetak dokumen PDF: perjanjian sewa, kwitansi, surat teguran.",
                       "Print PDF documents: lease agreement, receipt, reminder letter."),
    "cli.print.opt_to": ("Folder tujuan (bawaan: exports/ di samping database).",
                         "Output folder (default: exports/ beside the database)."),
    "cli.print.agreement_help": ("Surat Perjanjian Sewa (A4) sebuah perjanjian.",
                                 "The lease agreement (A4) of a lease."),
    "cli.print.agreement_number": ("Nomor perjanjian, mis. SPS/2026/00001.",
                                   "Agreement number, e.g. SPS/2026/00001."),
    "cli.print.receipt_help": ("Kwitansi sebuah pembayaran (kertas 80 mm, atau A6).",
                               "The receipt of a payment (80 mm roll, or A6)."),
    "cli.print.receipt_number": ("Nomor kwitansi, mis. KW/2026/00001.",
                                 "Receipt number, e.g. KW/2026/00001."),
    "cli.print.opt_a6": ("Cetak di kertas A6, bukan gulungan 80 mm.",
                         "Print on A6 paper instead of an 80 mm roll."),
    "cli.print.reminder_help": ("Surat teguran tunggakan untuk seorang pedagang.",
                                "An arrears reminder letter for one trader."),
    "cli.print.reminder_nik": ("NIK pedagang (16 angka).", "The trader's NIK (16 digits)."),
    "cli.print.no_trader": ("Tidak ada pedagang dengan NIK {nik}.", "No trader with NIK {nik}."),
    "cli.print.written": ("Dokumen ditulis: {path}", "Document written: {path}"),
    "cli.print.statement_help": (
        "Rekening koran seorang pedagang (A4): saldo awal, setiap tagihan dan pembayaran, "
        "saldo akhir dan umur tunggakan. Tanpa --from: seluruh riwayat.",
        "A trader's statement (A4): opening balance, every charge and payment, closing "
        "balance and arrears by age. Without --from: the whole history."),
    "cli.print.opt_from": ("Tanggal awal (bawaan: seluruh riwayat).",
                           "First date (default: the whole history)."),
    "cli.print.opt_until": ("Tanggal akhir (bawaan: hari ini).", "Last date (default: today)."),
    "cli.print.reminders_help": (
        "Surat teguran untuk setiap pedagang yang menunggak sekian hari atau lebih, yang "
        "paling lama di atas; satu PDF per pedagang.",
        "A reminder letter for every trader overdue by so many days or more, longest "
        "overdue first; one PDF per trader."),
    "cli.print.opt_min_days": ("Hanya pedagang yang tagihan tertuanya menunggak sekian hari "
                               "atau lebih.",
                               "Only traders whose oldest invoice is overdue by this many days "
                               "or more."),
    "cli.print.col_file": ("Berkas", "File"),
    "cli.print.reminders_working": ("Menulis surat teguran", "Writing reminder letters"),
    "cli.print.reminders_none": ("Tidak ada pedagang yang menunggak {days} hari atau lebih; "
                                 "tidak ada surat yang dibuat.",
                                 "No trader is {days} days or more overdue; no letter was "
                                 "made."),
    "cli.print.reminders_done": ("{count} surat teguran (menunggak {days} hari atau lebih) "
                                 "ditulis ke {folder}",
                                 "{count} reminder letters ({days} days or more overdue) "
                                 "written to {folder}"),
    # --- stall registry: stall import|list, tariff list|set (cli/stalls.py) -------------
    # the bulk import's own refusals (services/stalls.py import_stalls)
    "stall.import_rate_small": (
        "Tarif {amount} per bulan terlalu kecil untuk sewa lapak. Di berkas CSV berpemisah "
        "koma, tulis angka berkoma dalam tanda kutip (\"2,25\") atau simpan dengan pemisah "
        "titik koma.",
        "A rate of {amount} a month is too small for a stall's rent. In a comma-separated "
        "file, quote numbers with a decimal comma (\"2,25\") or save it with semicolons."),
    "stall.import_invalid": ("{count} kesalahan di berkas; tidak ada yang diimpor. {problems}",
                             "{count} problems in the file; nothing was imported. {problems}"),
    "stall.import_more": ("(dan {count} lagi)", "(and {count} more)"),
    "stall.import_line": ("baris {line}: {message}", "line {line}: {message}"),
    "stall.import_duplicate": ("Kode lapak {code} sudah ada di baris {line} berkas ini.",
                               "Stall code {code} is already on line {line} of this file."),
    "stall.import_empty": ("Tidak ada lapak untuk diimpor.", "There are no stalls to import."),
    "cli.stall.panel": ("Lapak & Tarif", "Stalls & tariffs"),
    "cli.stall.help": ("Daftar lapak: impor dari CSV, lihat daftar (Ketua dan Sekretaris "
                       "mengimpor; semua peran boleh melihat).",
                       "The stall registry: import from CSV, list (the chair and the secretary "
                       "import; every role may list)."),
    "cli.stall.import_help": (
        "Daftarkan banyak lapak sekaligus dari berkas CSV (Ketua, Sekretaris).\n\n"
        "Baris pertama adalah judul kolom: code, block, kind, area, lalu boleh note dan "
        "monthly_rate (atau kode, blok, jenis, luas, catatan, tarif). Pemisahnya koma atau "
        "titik koma (seperti CSV dari Excel berbahasa Indonesia); UTF-8, dengan atau tanpa "
        "BOM. Jenis: kios, los atau pelataran. Luas dalam m², mis. 12 atau 2,25 (dengan "
        "pemisah koma, beri tanda kutip: \"2,25\"). monthly_rate (boleh kosong) adalah tarif "
        "sendiri lapak itu per bulan, mis. 450.000, berlaku mulai --from (bawaan: hari ini); "
        "tanpa itu berlaku tarif jenis dan bloknya. Blok yang belum ada dibuat, dengan nama "
        "dari kolom block_name (nama_blok) bila ada.\n\n"
        "Semua baris diperiksa dulu: bila satu saja salah (isian, kode dua kali di berkas, "
        "kode yang sudah terdaftar), semua kesalahan ditampilkan dengan nomor barisnya, tidak "
        "ada yang disimpan, dan kode keluar 3. Bila benar, rencananya ditampilkan lalu "
        "disimpan sekaligus setelah Anda setujui (--yes melewati pertanyaan).",
        "Register many stalls at once from a CSV file (chair, secretary).\n\n"
        "The first line names the columns: code, block, kind, area, then optionally note and "
        "monthly_rate (or the Indonesian kode, blok, jenis, luas, catatan, tarif). Separated "
        "by commas or semicolons (as Indonesian Excel writes CSV); UTF-8, with or without a "
        "BOM. Kind: kios, los or pelataran. Area in m², e.g. 12 or 2,25 (with commas as "
        "separator, quote it: \"2,25\"). monthly_rate (may be empty) is the stall's own "
        "monthly rate, e.g. 450.000, from --from (default: today); without it the tariff of "
        "its kind and block applies. Blocks that do not exist yet are created, named from "
        "a block_name (nama_blok) column if there is one.\n\n"
        "Every row is checked first: if any is wrong (a value, a code twice in the file, a "
        "code already registered), every problem is shown with its line number, nothing is "
        "saved, and the exit code is 3. If all is well the plan is shown and saved at once "
        "after you agree (--yes skips the question)."),
    "cli.stall.metavar_file": ("BERKAS.csv", "FILE.csv"),
    "cli.stall.arg_file": ("Berkas CSV berisi lapak.", "The CSV file of stalls."),
    "cli.stall.opt_dry_run": ("Hanya periksa dan tampilkan rencananya; tidak ada yang disimpan.",
                              "Only check and show the plan; nothing is saved."),
    "cli.stall.opt_yes": ("Simpan tanpa bertanya lagi.", "Save without asking again."),
    "cli.stall.opt_from": ("Tarif sendiri di berkas berlaku mulai tanggal ini (bawaan: hari "
                           "ini).",
                           "The own rates in the file apply from this date (default: today)."),
    "cli.stall.file_missing": ("Berkas {path} tidak ditemukan.", "File {path} not found."),
    "cli.stall.file_unreadable": ("Berkas {path} tidak bisa dibaca: {detail}",
                                  "File {path} cannot be read: {detail}"),
    "cli.stall.file_encoding": ("Berkas {path} bukan teks UTF-8 (baris {line}). Di Excel, "
                                "simpan sebagai 'CSV UTF-8'.",
                                "File {path} is not UTF-8 text (line {line}). In Excel, save "
                                "it as 'CSV UTF-8'."),
    "cli.stall.csv_empty": ("Berkas {path} kosong. Baris pertama adalah judul kolom, mis. "
                            "code;block;kind;area;note;monthly_rate",
                            "File {path} is empty. The first line names the columns, e.g. "
                            "code,block,kind,area,note,monthly_rate"),
    "cli.stall.csv_bad": ("Berkas {path} tidak terbaca sebagai CSV (baris {line}): {detail}",
                          "File {path} cannot be read as CSV (line {line}): {detail}"),
    "cli.stall.csv_missing_columns": (
        "Baris judul (baris 1) tidak memuat kolom {columns}. Contoh judul: "
        "code;block;kind;area;note;monthly_rate",
        "The header (line 1) lacks the column(s) {columns}. Example header: "
        "code,block,kind,area,note,monthly_rate"),
    "cli.stall.csv_unknown_column": (
        "Kolom '{column}' di baris judul (baris 1) tidak dikenal. Kolom yang dikenal: code, "
        "block, kind, area, note, monthly_rate (atau kode, blok, jenis, luas, catatan, tarif).",
        "Column '{column}' in the header (line 1) is not known. Known columns: code, block, "
        "kind, area, note, monthly_rate (or kode, blok, jenis, luas, catatan, tarif)."),
    "cli.stall.csv_duplicate_column": ("Kolom '{column}' muncul dua kali di baris judul "
                                       "(baris 1).",
                                       "Column '{column}' appears twice in the header "
                                       "(line 1)."),
    "cli.stall.csv_blank_column": ("Kolom ke-{number} di baris judul (baris 1) tidak bernama.",
                                   "Column {number} in the header (line 1) has no name."),
    "cli.stall.csv_split_area": (
        "luas {area} lalu catatan '{note}' yang hanya angka: mungkin maksudnya luas {joined}? "
        "Luas dengan koma harus diberi tanda kutip (\"{joined}\"), atau pakai titik koma "
        "sebagai pemisah.",
        "area {area} then a note '{note}' that is only a number: did you mean an area of "
        "{joined}? An area with a comma must be quoted (\"{joined}\"), or use semicolons "
        "as the separator."),
    "cli.stall.csv_too_many": (
        "ada {found} isian, padahal judulnya {expected} kolom. Luas dengan koma (2,25) harus "
        "diberi tanda kutip, atau pakai titik koma sebagai pemisah.",
        "{found} values, but the header has {expected} columns. An area with a comma (2,25) "
        "must be quoted, or use semicolons as the separator."),
    "cli.stall.refused": ("Impor ditolak: {count} kesalahan; tidak ada yang disimpan.",
                          "Import refused: {count} problems; nothing was saved."),
    "cli.stall.refused_more": ("… dan {count} kesalahan lagi.", "… and {count} more problems."),
    "cli.stall.import_title": ("Impor lapak dari {path}", "Importing stalls from {path}"),
    "cli.stall.plan_stalls": ("Lapak baru: {count}", "New stalls: {count}"),
    "cli.stall.plan_blocks": ("Blok baru: {count} ({codes})", "New blocks: {count} ({codes})"),
    "cli.stall.plan_no_blocks": ("Blok baru: tidak ada", "New blocks: none"),
    "cli.stall.plan_rates": ("Tarif sendiri: {count}, berlaku mulai {day}",
                             "Own rates: {count}, from {day}"),
    "cli.stall.more_rows": ("… dan {count} lapak lagi.", "… and {count} more stalls."),
    "cli.stall.dry_run_note": ("Uji coba: tidak ada yang disimpan.",
                               "Dry run: nothing was saved."),
    "cli.stall.confirm": ("Simpan {stalls} lapak baru ({blocks} blok baru, {rates} tarif "
                          "sendiri)?",
                          "Save {stalls} new stalls ({blocks} new blocks, {rates} own rates)?"),
    "cli.stall.done": ("{stalls} lapak didaftarkan ({blocks} blok baru, {rates} tarif sendiri).",
                       "{stalls} stalls registered ({blocks} new blocks, {rates} own rates)."),
    "cli.stall.col_line": ("Baris", "Line"),
    "cli.stall.col_code": ("Kode", "Code"),
    "cli.stall.col_block": ("Blok", "Block"),
    "cli.stall.col_kind": ("Jenis", "Kind"),
    "cli.stall.col_area": ("Luas m²", "Area m²"),
    "cli.stall.col_own_rate": ("Tarif sendiri", "Own rate"),
    "cli.stall.col_note": ("Catatan", "Note"),
    "cli.stall.col_status": ("Status", "Status"),
    "cli.stall.col_tenant": ("Penyewa", "Tenant"),
    "cli.stall.col_rate": ("Tarif/bulan", "Rate/month"),
    "cli.stall.list_help": (
        "Daftar lapak per tanggal: kode, blok, jenis, luas, status, penyewa dan tarif per "
        "bulan (semua peran boleh melihat).\n\n"
        "Status kosong/disewa menurut perjanjian sewa yang berlaku pada tanggal itu. Tarif "
        "adalah tarif sendiri lapak, atau tarif jenis di bloknya, atau tarif jenisnya. "
        "--csv menulis CSV polos ke keluaran standar (luas dengan titik desimal, rupiah "
        "bulat), mis. sekretariat stall list --csv > lapak.csv.",
        "The stalls as of a date: code, block, kind, area, status, tenant and monthly rate "
        "(every role may list them).\n\n"
        "Vacant/leased follows the leases in force on that date. The rate is the stall's own "
        "rate, else its kind's tariff in its block, else its kind's tariff. --csv writes "
        "plain CSV to standard output (area with a decimal point, whole rupiah), e.g. "
        "sekretariat stall list --csv > stalls.csv."),
    "cli.stall.metavar_block": ("BLOK", "BLOCK"),
    "cli.stall.opt_block": ("Hanya lapak di blok ini, mis. A.", "Only the stalls of this block, "
                                                                "e.g. A."),
    "cli.stall.opt_as_of": ("Status dan tarif per tanggal ini (bawaan: hari ini).",
                            "Status and rate as of this date (default: today)."),
    "cli.stall.opt_csv": ("Tulis CSV ke keluaran standar.", "Write CSV to standard output."),
    "cli.stall.list_title": ("Lapak per {day}", "Stalls as of {day}"),
    "cli.stall.list_title_block": ("Lapak blok {block} per {day}",
                                   "Stalls of block {block} as of {day}"),
    "cli.stall.list_none": ("Belum ada lapak. Daftarkan dengan: sekretariat stall import "
                            "lapak.csv",
                            "No stalls yet. Register them with: sekretariat stall import "
                            "stalls.csv"),
    "cli.stall.list_summary": ("{count} lapak: {disewa} disewa, {kosong} kosong, {other} "
                               "diblokir atau perbaikan.",
                               "{count} stalls: {disewa} leased, {kosong} vacant, {other} "
                               "blocked or under repair."),
    "cli.tariff.help": ("Tarif sewa per bulan menurut jenis lapak (dan blok).",
                        "Monthly rent tariffs by kind of stall (and block)."),
    "cli.tariff.list_help": (
        "Semua tarif sewa: jenis, blok, tarif per bulan dan tanggal mulai berlaku; yang "
        "berlaku hari ini ditandai (semua peran boleh melihat).",
        "Every rent tariff: kind, block, monthly rate and the date it applies from; those in "
        "force today are marked (every role may list them)."),
    "cli.tariff.set_help": (
        "Pasang tarif sewa per bulan sebuah jenis lapak mulai suatu tanggal, untuk semua "
        "blok atau satu blok (--block) (Ketua, Sekretaris).\n\n"
        "Tarif lama tetap berlaku sebelum tanggal itu; perjanjian sewa yang sudah "
        "ditandatangani tidak berubah. Memasang lagi jenis, blok dan tanggal yang sama "
        "menggantikan tarifnya.",
        "Set the monthly rent of a kind of stall from a date on, for every block or one "
        "block (--block) (chair, secretary).\n\n"
        "The old tariff still applies before that date; leases already signed do not change. "
        "Setting the same kind, block and date again replaces its rate."),
    "cli.tariff.metavar_kind": ("JENIS", "KIND"),
    "cli.tariff.metavar_rate": ("TARIF", "RATE"),
    "cli.tariff.arg_kind": ("kios, los atau pelataran.", "kios, los or pelataran."),
    "cli.tariff.arg_rate": ("Tarif per bulan, mis. 450.000 atau 450000.",
                            "The monthly rate, e.g. 450.000 or 450000."),
    "cli.tariff.opt_from": ("Berlaku mulai tanggal ini, mis. 2027-01-01.",
                            "Applies from this date, e.g. 2027-01-01."),
    "cli.tariff.opt_block": ("Hanya untuk blok ini (bawaan: semua blok).",
                             "Only for this block (default: every block)."),
    "cli.tariff.title": ("Tarif sewa per bulan (yang berlaku per {day} ditandai ✓)",
                         "Monthly rent tariffs (those in force on {day} marked ✓)"),
    "cli.tariff.none": ("Belum ada tarif. Pasang dengan mis.: sekretariat tariff set kios "
                        "450.000 --from 2027-01-01",
                        "No tariffs yet. Set one with e.g.: sekretariat tariff set kios "
                        "450000 --from 2027-01-01"),
    "cli.tariff.col_kind": ("Jenis", "Kind"),
    "cli.tariff.col_block": ("Blok", "Block"),
    "cli.tariff.col_rate": ("Tarif/bulan", "Rate/month"),
    "cli.tariff.col_from": ("Mulai", "From"),
    "cli.tariff.col_in_force": ("Berlaku", "In force"),
    "cli.tariff.all_blocks": ("semua blok", "every block"),
    "cli.tariff.done": ("Tarif {kind} ({block}): {rate} per bulan mulai {day}.",
                        "Tariff for {kind} ({block}): {rate} a month from {day}."),
    "cli.tariff.replaced": ("Menggantikan {rate} yang sebelumnya dipasang untuk tanggal itu.",
                            "It replaces {rate}, set before for that date."),
    "cli.tariff.later": ("Mulai {day} berlaku tarif lain yang sudah dipasang ({rate}).",
                         "From {day} another tariff already set applies ({rate})."),
}
