"""Texts of a posted bulk round's correction: a trader's share handed back
(retur), the whole round reversed, its check rule, screen and CLI."""

MESSAGES: dict[str, tuple[str, str]] = {
    "round.return_not_posted": (
        "Putaran {number} berstatus '{status}': hanya putaran yang sudah dibukukan dikoreksi "
        "dengan retur. Sebelum dibukukan, ubah alokasinya.",
        "Round {number} is '{status}': only a posted round is corrected by a return. Before "
        "posting, change its allocation."),
    "round.return_before_post": (
        "Tanggal retur {day} sebelum hari pembagian {posted}.",
        "The return date {day} is before the hand-out day {posted}."),
    "round.return_reason_empty": ("Tulis alasan retur.", "Give the reason for the return."),
    "round.share_not_found": ("Bagian itu tidak ada di putaran {number} (atau tanpa unit).",
                              "That share is not in round {number} (or has no units)."),
    "round.share_returned": (
        "Bagian {trader} di putaran {number} sudah diretur (tagihan {invoice} sudah batal).",
        "{trader}'s share of round {number} has already been returned (invoice {invoice} is "
        "void)."),
    "round.nothing_to_return": ("Semua bagian putaran {number} sudah diretur.",
                                "Every share of round {number} has already been returned."),
    "check.round_returns": ("Retur pembelian bersama", "Bulk round returns"),
    "check.round_return_problem": (
        "Putaran {number}: retur dan pembatalan tagihan {invoice} tidak sejalan.",
        "Round {number}: the return and the void of invoice {invoice} do not match."),
    "round.returned_note": ("diretur {day} ({number}): {reason}",
                            "returned {day} ({number}): {reason}"),
    "round.returned_short": ("diretur", "returned"),
    "tui.round.key.return": ("Retur", "Return"),
    "tui.round.return_title": ("Retur bagian {trader}", "Return {trader}'s share"),
    "tui.round.return_explain": (
        "{units} {unit} {item} kembali ke stok senilai {charge}; tagihan {invoice} dibatalkan "
        "dan yang sudah dibayar menjadi kredit pedagang.",
        "{units} {unit} of {item} go back to stock at {charge}; invoice {invoice} is voided "
        "and whatever was paid on it becomes the trader's credit."),
    "tui.round.return_reason": ("Alasan retur", "Reason for the return"),
    "tui.round.returned_total": ("diretur {charge}", "returned {charge}"),
    "tui.round.choose_supplier": ("Pilih pemasok", "Choose a supplier"),
    "tui.round.return_pick": ("Pilih baris pedagang yang diretur di tabel alokasi.",
                              "Select the trader's row to return in the allocation table."),
    "tui.round.returned": ("Bagian {trader} diretur: {movement}, tagihan {invoice} dibatalkan.",
                           "{trader}'s share returned: {movement}, invoice {invoice} voided."),
    "tui.round.return_all": ("Retur seluruh putaran", "Return the whole round"),
    "tui.round.return_all_explain": (
        "Semua bagian putaran {number} yang belum diretur ({count} pedagang, {charge}) kembali "
        "ke stok; tagihannya dibatalkan.",
        "Every share of round {number} not yet returned ({count} traders, {charge}) goes back "
        "to stock; their invoices are voided."),
    "tui.round.returned_all": ("{count} bagian putaran {number} diretur.",
                               "{count} shares of round {number} returned."),
    "cli.round.return_help": (
        "Retur bagian satu pedagang dari putaran yang sudah dibukukan (barang kembali ke stok, "
        "tagihan dibatalkan). Tanpa --trader: seluruh putaran.",
        "Return one trader's share of a posted round (goods back to stock, invoice voided). "
        "Without --trader: the whole round."),
    "cli.round.returned": ("{trader}: {units} {unit} {item} diretur ({movement}), tagihan "
                           "{invoice} batal, {charge}.",
                           "{trader}: {units} {unit} {item} returned ({movement}), invoice "
                           "{invoice} voided, {charge}."),
    "cli.round.arg_trader": ("Nama pedagang (atau sebagiannya, atau nomornya).",
                             "The trader's name (or part of it, or their id)."),
    "cli.round.trader_not_in_round": ("Pedagang '{trader}' tidak punya bagian di putaran "
                                      "{number}.",
                                      "Trader '{trader}' has no share in round {number}."),
}
