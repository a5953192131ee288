"""Messages of the arrears list, shared by the TUI's Tunggakan and
``sekretariat arrears`` so that both show the same columns and say the same
about which total is the arrears. Each key maps to (Bahasa Indonesia, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "arrears.col.trader": ("Pedagang", "Trader"),
    "arrears.col.stalls": ("Lapak", "Stalls"),
    "arrears.col.oldest": ("Jatuh tempo", "Oldest due"),
    "arrears.col.days": ("Hari lewat", "Days late"),
    "arrears.col.d0_30": ("1–30", "1–30"),
    "arrears.col.d31_60": ("31–60", "31–60"),
    "arrears.col.d61_90": ("61–90", "61–90"),
    "arrears.col.d90_plus": ("> 90", "> 90"),
    "arrears.col.overdue": ("Tunggakan", "Overdue"),
    "arrears.col.not_due": ("Belum jatuh tempo", "Not yet due"),
    "arrears.market_total": ("Jumlah pasar ({count} pedagang)", "Market total ({count} traders)"),
    "arrears.summary": ("Tunggakan pasar per {day}: {overdue} dari {traders} pedagang (lewat "
                        "jatuh tempo: 1–30 {d0_30} · 31–60 {d31_60} · 61–90 {d61_90} · > 90 "
                        "{d90_plus}). Belum jatuh tempo {not_due}: bukan tunggakan, tidak "
                        "termasuk.",
                        "Market arrears as of {day}: {overdue} owed by {traders} traders (past "
                        "due: 1–30 {d0_30} · 31–60 {d31_60} · 61–90 {d61_90} · > 90 "
                        "{d90_plus}). Not yet due {not_due}: not arrears, not included."),
}
