"""Texts of the survey screens (tui): the list, the create dialog, response
entry, results and the home section."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the home section
    "tui.section.surveys": ("Survei", "Surveys"),
    "tui.section.surveys.help": ("Survei kepuasan per tahun: isian formulir dan indeks (IKP)",
                                 "Satisfaction surveys by year: form entry and the index (CSI)"),
    # the list
    "tui.surveys.col_year": ("Tahun", "Year"),
    "tui.surveys.col_audience": ("Responden", "Audience"),
    "tui.surveys.col_status": ("Status", "Status"),
    "tui.surveys.col_questions": ("Pertanyaan", "Questions"),
    "tui.surveys.col_responses": ("Formulir", "Forms"),
    "tui.surveys.col_title": ("Judul", "Title"),
    "tui.surveys.count": ("{count} survei", "{count} surveys"),
    "tui.surveys.empty": ("Belum ada survei. Tekan n untuk membuat yang pertama.",
                          "No surveys yet. Press n to write the first one."),
    "tui.surveys.created": ("Survei {audience} {year} dibuat (konsep). Tekan o untuk membukanya.",
                            "Survey {audience} {year} written (draft). Press o to open it."),
    "tui.surveys.status_now": ("Status survei sekarang: {status}",
                               "The survey is now: {status}"),
    "tui.surveys.key.results": ("Hasil", "Results"),
    "tui.surveys.key.entry": ("Isi formulir", "Enter forms"),
    "tui.surveys.key.create": ("Survei baru", "New survey"),
    "tui.surveys.key.copy": ("Salin ke tahun berikut", "Copy to next year"),
    "tui.surveys.key.open_close": ("Buka/tutup", "Open/close"),
    "tui.surveys.help.list": (
        "Survei: satu kuesioner per tahun dan kelompok responden (parkir, pembeli, pedagang, "
        "pengelola), dengan status konsep, dibuka atau ditutup.\n"
        "n membuat survei baru; c menyalin survei di kursor ke tahun berikutnya (pertanyaan, "
        "bobot dan kode sama, agar hasilnya bisa dibandingkan); o membuka survei untuk "
        "diisi atau menutupnya; e mengetik formulir kertas (survei yang dibuka); Enter "
        "menampilkan indeks kepuasan dan median; r menampilkan formulir yang sudah masuk (dan "
        "membatalkan yang salah).",
        "Surveys: one questionnaire per year and audience (parking users, buyers, traders, "
        "management), as a draft, open or closed.\n"
        "n writes a new survey; c copies the survey under the cursor to the next year (same "
        "questions, weights and codes, so the figures compare); o opens a survey for "
        "responses or closes it; e types in paper forms (an open survey); Enter shows the "
        "satisfaction index and the medians; r lists the forms typed in (and voids a wrong "
        "one)."),
    # the create dialog
    "tui.surveys.create.title": ("Survei baru", "New survey"),
    "tui.surveys.create.save": ("Simpan konsep", "Save draft"),
    "tui.surveys.create.format": (
        "Pertanyaan, satu per baris: \"L 4 Keamanan parkir terjamin\" (pernyataan skala 1-5, "
        "bobot kepentingan 4) atau \"N Rp Omzet sebulan\" (isian angka dengan satuannya; "
        "\"N - Jumlah pegawai\" tanpa satuan).",
        "Questions, one a line: \"L 4 Parking is safe\" (a 1-5 statement, importance weight "
        "4) or \"N Rp Monthly turnover\" (a number with its unit; \"N - Staff\" without a "
        "unit)."),
    "tui.surveys.year": ("Tahun", "Year"),
    "tui.surveys.audience": ("Responden", "Audience"),
    "tui.surveys.title": ("Judul", "Title"),
    "tui.surveys.key.save": ("Simpan", "Save"),
    "tui.surveys.line_invalid": (
        "Baris {line} tidak dipahami: \"{text}\". Tulis \"L bobot teks\" atau \"N satuan teks\".",
        "Line {line} is not understood: \"{text}\". Write \"L weight text\" or "
        "\"N unit text\"."),
    "tui.surveys.line_weight": ("Baris {line}: bobot harus 1 sampai 5 (\"{text}\").",
                                "Line {line}: the weight must be 1 to 5 (\"{text}\")."),
    "tui.surveys.help.create": (
        "Survei baru: tahun, kelompok responden, judul, lalu pertanyaannya satu per baris. "
        "\"L 4 teks\" adalah pernyataan yang dijawab 1 (sangat tidak puas) sampai 5 (sangat "
        "puas) dengan bobot kepentingan 4; \"N Rp teks\" pertanyaan angka dengan satuan Rp. "
        "Ctrl+S menyimpan sebagai konsep; pertanyaan tidak bisa diubah setelah disimpan.",
        "New survey: year, audience, title, then its questions one a line. \"L 4 text\" is a "
        "statement answered 1 (very unsatisfied) to 5 (very satisfied) with importance weight "
        "4; \"N Rp text\" a number question in Rp. Ctrl+S saves it as a draft; questions "
        "never change once saved."),
    # response entry
    "tui.surveys.entry.title": ("Isi formulir survei", "Survey form entry"),
    "tui.surveys.entry.heading": ("Isi formulir — {title} ({audience}, {year})",
                                  "Form entry — {title} ({audience}, {year})"),
    "tui.surveys.entry.day": ("Tanggal formulir", "Form date"),
    "tui.surveys.entry.count": ("Formulir tersimpan sesi ini: {count}",
                                "Forms saved this session: {count}"),
    "tui.surveys.entry.likert_row": ("{position}. {text} (bobot {weight})",
                                     "{position}. {text} (weight {weight})"),
    "tui.surveys.entry.number_row": ("{position}. {text} [{unit}]",
                                     "{position}. {text} [{unit}]"),
    "tui.surveys.entry.likert": ("Jawaban harus satu angka 1 sampai 5 (\"{text}\").",
                                 "The answer must be one digit 1 to 5 (\"{text}\")."),
    "tui.surveys.entry.whole": ("Isi bilangan bulat 0 atau lebih (\"{text}\").",
                                "Type a whole number, 0 or more (\"{text}\")."),
    "tui.surveys.entry.saved": ("Formulir #{number} tersimpan.", "Form #{number} saved."),
    "tui.surveys.key.save_form": ("Simpan formulir", "Save form"),
    "tui.surveys.key.next_row": ("Baris berikut", "Next row"),
    "tui.surveys.key.previous_row": ("Baris sebelumnya", "Previous row"),
    "tui.surveys.help.entry": (
        "Isi formulir kertas satu per satu: satu baris per pertanyaan. Pernyataan dijawab "
        "satu angka 1-5, pertanyaan angka dengan bilangan bulat (Rp boleh ditulis 5.000.000 "
        "atau 5 jt); kosong berarti tidak dijawab. Enter atau panah bawah ke baris berikut, "
        "panah atas kembali. Ctrl+S menyimpan formulir dan mengosongkan baris untuk formulir "
        "berikutnya (tanggal tetap). Kesalahan tampil di samping barisnya; tidak ada yang "
        "hilang. Ctrl+R menampilkan hasil; Ctrl+L daftar formulir yang sudah masuk.",
        "Type the paper forms one by one: one row per question. A statement takes one digit "
        "1-5, a number question a whole number (Rp may be written 5.000.000 or 5 jt); empty "
        "means skipped. Enter or Down goes to the next row, Up back. Ctrl+S saves the form "
        "and clears the rows for the next (the date stays). A refusal shows next to its row; "
        "nothing is lost. Ctrl+R shows the results; Ctrl+L lists the forms in."),
    # results
    "tui.surveys.results.title": ("Hasil survei", "Survey results"),
    "tui.surveys.results.heading": ("Hasil — {title} ({audience}, {year}, {status})",
                                    "Results — {title} ({audience}, {year}, {status})"),
    "tui.surveys.results.csi": ("Indeks Kepuasan (IKP): {csi} %  ·  {responses} formulir",
                                "Satisfaction Index (CSI): {csi} %  ·  {responses} forms"),
    "tui.surveys.results.no_answers": ("Belum ada jawaban ({responses} formulir).",
                                       "No answers yet ({responses} forms)."),
    "tui.surveys.results.numbers": ("Pertanyaan angka: median", "Number questions: median"),
    "tui.surveys.results.col_statement": ("Pernyataan", "Statement"),
    "tui.surveys.results.col_weight": ("Bobot", "Weight"),
    "tui.surveys.results.col_answers": ("Jawab", "Answers"),
    "tui.surveys.results.col_mean": ("Rata2", "Mean"),
    "tui.surveys.results.col_satisfaction": ("Puas", "Satisf."),
    "tui.surveys.results.col_question": ("Pertanyaan", "Question"),
    "tui.surveys.results.col_median": ("Median", "Median"),
    "tui.surveys.results.col_previous": ("Tahun lalu", "Last year"),
    "tui.surveys.results.col_change": ("Perubahan", "Change"),
    "tui.surveys.results.col_change_pct": ("%", "%"),
    "tui.surveys.help.results": (
        "Indeks Kepuasan Pelanggan (IKP/CSI): rata-rata kepuasan tertimbang bobot kepentingan "
        "dibagi skor maksimum 5, dalam persen; per pernyataan: rata-rata / 5 × 100, dengan "
        "batangnya. Formulir yang dibatalkan dan jawaban kosong tidak dihitung. Untuk "
        "pertanyaan angka: median dan perubahannya terhadap survei tahun sebelumnya dengan "
        "responden yang sama. F5 memuat ulang.",
        "Customer Satisfaction Index (CSI): the importance-weighted mean satisfaction over "
        "the top score 5, in percent; per statement: mean / 5 × 100, with its bar. Void forms "
        "and skipped answers do not count. For number questions: the median and its change "
        "against the previous year's survey of the same audience. F5 reloads."),
    # the forms of a survey, voiding one
    "tui.surveys.key.responses": ("Formulir", "Forms"),
    "tui.surveys.key.void": ("Batalkan", "Void"),
    "tui.surveys.responses.title": ("Formulir survei", "Survey forms"),
    "tui.surveys.responses.heading": (
        "Formulir — {title} ({audience}, {year}) · {count} berlaku",
        "Forms — {title} ({audience}, {year}) · {count} in force"),
    "tui.surveys.responses.col_number": ("No.", "No."),
    "tui.surveys.responses.col_date": ("Tanggal", "Date"),
    "tui.surveys.responses.col_by": ("Diketik", "Typed by"),
    "tui.surveys.responses.col_respondent": ("Responden", "Respondent"),
    "tui.surveys.responses.col_answers": ("Jawaban", "Answers"),
    "tui.surveys.responses.col_status": ("Status", "Status"),
    "tui.surveys.responses.in_force": ("berlaku", "in force"),
    "tui.surveys.responses.void": ("BATAL {day}", "VOID {day}"),
    "tui.surveys.responses.empty": ("Belum ada formulir untuk survei ini.",
                                    "No forms for this survey yet."),
    "tui.surveys.responses.shown_all": ("{count} formulir", "{count} forms"),
    "tui.surveys.responses.shown_more": ("{count} formulir ditampilkan; m memuat berikutnya",
                                         "{count} forms shown; m loads more"),
    "tui.surveys.responses.voided": ("Formulir #{number} dibatalkan; tidak dihitung lagi.",
                                     "Form #{number} voided; it no longer counts."),
    "tui.surveys.help.responses": (
        "Formulir yang sudah diketik untuk survei ini, terbaru di atas: nomor, tanggal "
        "formulir, siapa yang mengetik, responden, dan jawabannya menurut urutan pertanyaan "
        "(angka 1-5 untuk pernyataan, lalu isian angka; - berarti tidak dijawab). Formulir "
        "tidak pernah dihapus: v membatalkan formulir di kursor dengan alasan (dikonfirmasi "
        "dulu); formulir batal tetap tampil, dicoret, dan tidak dihitung dalam indeks. "
        "m memuat halaman berikutnya; F5 memuat ulang.",
        "The forms typed in for this survey, newest first: number, form date, who typed it, "
        "the respondent and the answers in question order (1-5 for the statements, then the "
        "numbers; - means skipped). A form is never deleted: v voids the one under the "
        "cursor with a reason (confirmed first); a void form stays in the list, struck "
        "through, and does not count in the index. m loads the next page; F5 reloads."),
    "tui.surveys.void.title": ("Batalkan formulir", "Void a form"),
    "tui.surveys.void.title_of": ("Batalkan formulir #{number}", "Void form #{number}"),
    "tui.surveys.void.explain": (
        "Formulir #{number} tanggal {day} (responden: {respondent}; jawaban: {answers}) tidak "
        "dihapus: ditandai batal hari ini dan tidak dihitung lagi dalam indeks. Tulis "
        "alasannya.",
        "Form #{number} of {day} (respondent: {respondent}; answers: {answers}) is not "
        "deleted: it is marked void today and no longer counts in the index. Write the "
        "reason."),
    "tui.surveys.void.reason": ("Alasan", "Reason"),
    "tui.surveys.void.submit": ("Batalkan formulir", "Void the form"),
    "tui.surveys.void.confirm": (
        "Batalkan formulir #{number} tanggal {day} dengan alasan \"{reason}\"? Pembatalan "
        "dicatat dan tidak bisa diurungkan.",
        "Void form #{number} of {day} because \"{reason}\"? The void is recorded and cannot "
        "be undone."),
    "tui.surveys.void.help": (
        "Membatalkan formulir survei yang salah: tulis alasannya, Enter atau Ctrl+S, lalu "
        "jawab y untuk memastikan. Formulir tetap tersimpan dengan tanda batal (tanggal hari "
        "ini, alasan, siapa) dan keluar dari indeks; ketik ulang formulir yang benar bila "
        "perlu. Esc membatalkan.",
        "Voiding a wrong survey form: write the reason, Enter or Ctrl+S, then answer y to "
        "confirm. The form stays stored, marked void (today's date, the reason, who) and "
        "leaves the index; type the right form again if needed. Esc cancels."),
}
