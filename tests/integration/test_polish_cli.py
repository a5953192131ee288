"""CLI: global options after the command, usage errors in the user's
language, a closed pipe ends quietly, printing an agreement needs only the
right to view it, "Lapak" headings (issue 8, section 3)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from test_cli_support import PASSWORD, as_user, run
from test_leases_support import market

from sekretariat import db
from sekretariat.cli._usage import reorder_arguments
from sekretariat.errors import EXIT_OK, EXIT_USAGE
from sekretariat.services.leasing import billing, leases


def _books(chair):
    m = market(chair)
    lease = leases.create_lease(chair, m["budi"], m["stalls"][0], dt.date(2026, 9, 1),
                                dt.date(2027, 8, 31))
    billing.bill_period(chair, 2026, 9, issue_date=dt.date(2026, 9, 1))
    return m, lease


def test_reordering_keeps_values_with_their_options():
    assert reorder_arguments(["arrears", "--db", "x.db", "--csv"]) == \
        ["--db", "x.db", "arrears", "--csv"]
    assert reorder_arguments(["-u", "ketua", "--db=x.db", "day", "list", "--lang", "en"]) == \
        ["--lang", "en", "--db=x.db", "day", "list", "-u", "ketua"]
    assert reorder_arguments(["journal", "--", "--db"]) == ["journal", "--", "--db"]


def test_global_options_work_after_the_command(db_path, sessions):
    _books(sessions["ketua"])
    db.close_database()
    after = run("arrears", "--csv", "--db", str(db_path), "-u", "bendahara", "--lang", "en")
    assert after.exit_code == EXIT_OK, after.output
    assert after.output.startswith("trader_id,trader,stalls")
    before = run("--db", str(db_path), "-u", "bendahara", "arrears")
    assert before.exit_code == EXIT_OK, before.output


def test_usage_errors_speak_the_users_language(db_path, sessions):
    db.close_database()
    missing = run("--db", str(db_path), "print", "agreement", "-u", "ketua")
    assert missing.exit_code == EXIT_USAGE
    assert "belum diisi" in missing.output and "Missing argument" not in missing.output
    assert "Cara pakai:" in missing.output and "Kesalahan" in missing.output
    unknown = run("--db", str(db_path), "arrears", "--nope")
    assert unknown.exit_code == EXIT_USAGE
    assert "Tidak ada opsi --nope" in unknown.output and "No such option" not in unknown.output
    command = run("--db", str(db_path), "tidakada")
    assert command.exit_code == EXIT_USAGE and "Tidak ada perintah 'tidakada'" in command.output
    english = run("--lang", "en", "--db", str(db_path), "arrears", "--nope")
    assert "No such option: --nope" in english.output


def test_a_closed_pipe_ends_quietly(db_path, sessions):
    _books(sessions["ketua"])
    db.close_database()
    env = dict(os.environ, SEKRETARIAT_PASSWORD=PASSWORD)
    code = "import sys; from sekretariat.cli import main; main(sys.argv[1:])"
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line is written
    try:
        done = subprocess.run([sys.executable, "-c", code, "arrears", "--csv", "--db",
                               str(db_path), "-u", "bendahara"], stdout=write,
                              stderr=subprocess.PIPE, text=True, env=env, timeout=60)
    finally:
        os.close(write)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr


def test_printing_an_agreement_needs_only_the_right_to_view(db_path, sessions, tmp_path):
    _, lease = _books(sessions["ketua"])
    db.close_database()
    out = tmp_path / "cetak"
    result = as_user(db_path, "pembaca", "print", "agreement", lease.agreement_number,
                     "--to", str(out))
    assert result.exit_code == EXIT_OK, result.output
    assert (out / "SPS-2026-00001.pdf").read_bytes().startswith(b"%PDF")


def test_bill_table_says_lapak(db_path, sessions):
    from sekretariat.i18n import t

    assert t("cli.bill.col_stall") == "Lapak"
