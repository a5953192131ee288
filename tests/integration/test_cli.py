"""The ``sekretariat`` command: set-up, accounts, the books, backup and check,
through the same services as the TUI; refusals give a message in the user's
language and the documented exit code, never a traceback."""

import datetime as dt
import sqlite3

import pytest
from test_cli_support import ENV_NAMES, PASSWORD, as_user, on, one_line, query, run

from sekretariat import db
from sekretariat.errors import (
    EXIT_ABORTED,
    EXIT_AUTH,
    EXIT_CHECK_FAILED,
    EXIT_DATABASE,
    EXIT_REFUSED,
    EXIT_USAGE,
)
from sekretariat.services.core import days, journal, market, users
from sekretariat.services.core.journal import LineInput

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def staffed(sessions, db_path):
    """The test database with one account per role; closed so the CLI opens it."""
    db.close_database()
    return db_path


def _reopen(path):
    db.open_database(path)


def _audit_tail(path, count=3):
    return query(path, "SELECT username, action FROM audit_log ORDER BY id DESC LIMIT ?", count)


# --- help ------------------------------------------------------------------------

def test_help_groups_commands_in_panels_and_documents_exit_codes():
    result = run("--help", password=None)
    assert result.exit_code == 0
    text = result.output
    for panel in ("Mulai", "Pengguna", "Buku", "Pemeliharaan"):
        assert panel in text
    for command in ("init", "demo", "user", "day", "journal", "backup", "check"):
        assert command in text
    assert "Kode keluar" in text and "check menemukan masalah" in text
    assert text.index("init") < text.index("backup")


def test_help_in_english():
    result = run("--lang", "en", "--help", password=None)
    assert result.exit_code == 0
    assert "Exit codes" in result.output and "Maintenance" in result.output
    assert "Kode keluar" not in result.output
    sub = run("--lang", "en", "user", "add", "--help", password=None)
    assert sub.exit_code == 0 and "Add an account (chair)" in one_line(sub.output)


def test_version():
    from sekretariat import __version__

    result = run("--version", password=None)
    assert result.exit_code == 0 and __version__ in result.output


def test_unknown_option_and_bad_language_are_usage_errors(db_path):
    assert run("backup", "--nonsense").exit_code == EXIT_USAGE
    result = on(db_path, "--lang", "fr", "check", "-u", "ketua")
    assert result.exit_code == EXIT_USAGE and "--lang" in result.output


# --- init --------------------------------------------------------------------------

def test_init_from_options_creates_the_market_and_the_chair(tmp_path):
    path = tmp_path / "pasar.sqlite"
    result = on(path, "init", "--name", "Pasar Kuto", "--address", "Jl. Kuto 1", "--city",
                "Palembang", "--org", "Sekretariat Pasar Kuto", "--owner", "Pemkot Palembang",
                "--phone", "0711-1", "--username", "sari", "--full-name", "Sari Wulandari")
    assert result.exit_code == 0, result.output
    assert "Database siap" in result.output and "sari" in result.output
    _reopen(path)
    profile = market.get_profile()
    assert (profile.name, profile.city, profile.asset_owner) == (
        "Pasar Kuto", "Palembang", "Pemkot Palembang")
    session = users.login("sari", PASSWORD)
    assert session.role == "ketua"
    assert [a for _, a in _audit_tail(path, 10)][-2:] == ["market.init", "user.create"]


def test_init_asks_for_what_is_missing_and_the_password_twice(tmp_path):
    path = tmp_path / "pasar.sqlite"
    answers = "Pasar Kuto\nJl. Kuto 1\nSekretariat\nPemkot\nSari Wulandari\n" \
              "pendek\nrahasia-baru\nrahasia-lain\nrahasia-baru\nrahasia-baru\n"
    result = on(path, "init", input=answers, password=None)
    assert result.exit_code == 0, result.output
    assert "minimal 8 karakter" in result.output      # the short one was refused, asked again
    assert "Kedua kata sandi tidak sama" in result.output
    _reopen(path)
    assert users.login("ketua", "rahasia-baru").full_name == "Sari Wulandari"


def test_init_refuses_an_initialised_database_and_changes_nothing(db_path):
    db.close_database()
    before = query(db_path, "SELECT count(*) FROM audit_log")
    result = on(db_path, "init", "--name", "Lain", "--address", "x", "--org", "x", "--owner",
                "x", "--full-name", "Orang Lain")
    assert result.exit_code == EXIT_REFUSED
    assert "sudah berisi database pasar" in one_line(result.output)
    assert query(db_path, "SELECT count(*) FROM audit_log") == before
    assert query(db_path, "SELECT name FROM market_profile") == [("Pasar Sekojo",)]


def test_init_with_a_bad_password_leaves_no_file(tmp_path):
    path = tmp_path / "pasar.sqlite"
    result = on(path, "init", "--name", "P", "--address", "A", "--org", "O", "--owner", "W",
                "--full-name", "Sari", password="pendek")
    assert result.exit_code == EXIT_REFUSED
    assert "Kata sandi minimal 8 karakter" in result.output
    assert not path.exists()


def test_init_aborted_at_a_prompt_exits_1_and_leaves_no_file(tmp_path):
    path = tmp_path / "pasar.sqlite"
    result = on(path, "init", input="Pasar Kuto\n", password=None)  # then end of input
    assert result.exit_code == EXIT_ABORTED
    assert "Dibatalkan" in result.output
    assert not path.exists()


def test_init_with_a_too_long_field_names_it_and_leaves_no_file(tmp_path):
    path = tmp_path / "pasar.sqlite"
    result = on(path, "init", "--name", "P" * 200, "--address", "A", "--org", "O", "--owner",
                "W", "--full-name", "Sari")
    assert result.exit_code == EXIT_REFUSED
    assert "Nama pasar: Isian terlalu panjang" in one_line(result.output)
    assert not path.exists()


# --- login ---------------------------------------------------------------------------

def test_wrong_password_is_refused_with_exit_4_and_audited(db_path):
    db.close_database()
    result = as_user(db_path, "ketua", "backup", password="salah-sandi")
    assert result.exit_code == EXIT_AUTH
    assert "Sisa percobaan: 4" in result.output
    assert _audit_tail(db_path, 1) == [("ketua", "auth.login_failed")]
    assert not (db_path.parent / "backups").exists()


def test_unknown_user_is_refused_with_exit_4(db_path):
    db.close_database()
    result = as_user(db_path, "siapa", "check")
    assert result.exit_code == EXIT_AUTH
    assert "Nama pengguna atau kata sandi salah." in result.output


def test_password_is_asked_hidden_when_not_in_the_environment(db_path):
    db.close_database()
    result = as_user(db_path, "ketua", "user", "list", password=None, input=f"{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert "Kata sandi ketua" in result.output
    assert PASSWORD not in result.output


def test_username_is_asked_and_env_user_works(db_path):
    db.close_database()
    asked = on(db_path, "user", "list", input="ketua\n")
    assert asked.exit_code == 0 and "Nama pengguna" in asked.output
    from_env = on(db_path, "user", "list", env={"SEKRETARIAT_USER": "ketua"})
    assert from_env.exit_code == 0 and "Ketua Pasar" in from_env.output


def test_ctrl_d_at_the_password_prompt_aborts_with_exit_1(db_path):
    db.close_database()
    result = as_user(db_path, "ketua", "backup", password=None, input="")
    assert result.exit_code == EXIT_ABORTED
    assert "Dibatalkan" in result.output


def test_english_messages(db_path):
    db.close_database()
    result = on(db_path, "--lang", "en", "check", "-u", "ketua", password="wrong-password")
    assert result.exit_code == EXIT_AUTH
    assert "Wrong username or password. Attempts left: 4." in result.output
    env = run("--db", str(db_path), "user", "list", "-u", "ketua",
              env={"SEKRETARIAT_LANG": "en"})
    assert env.exit_code == 0 and "User accounts (1)" in env.output


def test_a_users_own_language_setting_applies_after_login(chair, db_path):
    users.set_language(chair, "en")
    db.close_database()
    result = as_user(db_path, "ketua", "user", "list")
    assert result.exit_code == 0 and "User accounts" in result.output
    forced = on(db_path, "--lang", "id", "user", "list", "-u", "ketua")
    assert "Akun pengguna" in forced.output


# --- users ------------------------------------------------------------------------------

def test_user_add_list_and_the_new_account_logs_in(db_path):
    db.close_database()
    result = as_user(db_path, "ketua", "user", "add", "rosmala", "--name", "Hj. Rosmala",
                     "--role", "bendahara", env={"SEKRETARIAT_NEW_PASSWORD": "sandi-rosmala"})
    assert result.exit_code == 0, result.output
    assert "Akun rosmala (Hj. Rosmala, Bendahara) dibuat." in result.output
    listing = as_user(db_path, "ketua", "user", "list")
    assert listing.exit_code == 0
    assert "rosmala" in listing.output and "Bendahara" in listing.output
    assert "aktif" in listing.output
    _reopen(db_path)
    assert users.login("rosmala", "sandi-rosmala").role == "bendahara"
    actions = query(db_path, "SELECT username, action, after FROM audit_log "
                             "WHERE action = 'user.create' ORDER BY id DESC LIMIT 1")
    assert actions[0][0] == "ketua" and "rosmala" in actions[0][2]


def test_user_add_asks_for_name_role_and_password(db_path):
    db.close_database()
    answers = "Rusli Effendi\nsatpam\nparkir\nsandi-rusli\nsandi-rusli\n"
    result = as_user(db_path, "ketua", "user", "add", "rusli", input=answers)
    assert result.exit_code == 0, result.output
    assert "Peran 'satpam' tidak dikenal." in result.output
    _reopen(db_path)
    assert users.login("rusli", "sandi-rusli").role == "parkir"


def test_user_add_refusals(staffed):
    taken = as_user(staffed, "ketua", "user", "add", "parkir", "-n", "X", "-r", "parkir",
                    env={"SEKRETARIAT_NEW_PASSWORD": "sandi-baru-1"})
    assert taken.exit_code == EXIT_REFUSED and "sudah dipakai" in taken.output
    bad_name = as_user(staffed, "ketua", "user", "add", "A B", "-n", "X", "-r", "parkir",
                       env={"SEKRETARIAT_NEW_PASSWORD": "sandi-baru-1"})
    assert bad_name.exit_code == EXIT_REFUSED and "Nama pengguna 3-32" in bad_name.output
    not_chair = as_user(staffed, "bendahara", "user", "add", "baru", "-n", "X", "-r", "staf",
                        env={"SEKRETARIAT_NEW_PASSWORD": "sandi-baru-1"})
    assert not_chair.exit_code == EXIT_REFUSED
    assert "Peran Bendahara tidak boleh mengelola akun pengguna." in not_chair.output
    bad_role = as_user(staffed, "ketua", "user", "add", "baru", "-n", "X", "-r", "raja")
    assert bad_role.exit_code == EXIT_USAGE
    assert query(staffed, "SELECT count(*) FROM app_user WHERE username = 'baru'") == [(0,)]


def test_user_unlock_after_five_wrong_passwords(staffed):
    _reopen(staffed)
    for _ in range(5):
        with pytest.raises(Exception):
            users.login("parkir", "salah-salah")
    db.close_database()
    locked = as_user(staffed, "parkir", "check")
    assert locked.exit_code == EXIT_AUTH and "terkunci" in locked.output
    listing = as_user(staffed, "ketua", "user", "list")
    assert "terkunci" in listing.output
    not_chair = as_user(staffed, "bendahara", "user", "unlock", "parkir")
    assert not_chair.exit_code == EXIT_REFUSED
    result = as_user(staffed, "ketua", "user", "unlock", "parkir")
    assert result.exit_code == 0 and "parkir" in result.output
    again = as_user(staffed, "ketua", "user", "unlock", "parkir")
    assert again.exit_code == EXIT_REFUSED and "tidak terkunci" in again.output
    _reopen(staffed)
    assert users.login("parkir", PASSWORD).role == "parkir"


def test_user_passwd_own_and_by_the_chair(staffed):
    own = as_user(staffed, "bendahara", "user", "passwd",
                  env={"SEKRETARIAT_NEW_PASSWORD": "sandi-bendahara"})
    assert own.exit_code == 0, own.output
    by_chair = as_user(staffed, "ketua", "user", "passwd", "staf", input="sandi-staf-1\n"
                       "sandi-staf-1\n")
    assert by_chair.exit_code == 0, by_chair.output
    not_allowed = as_user(staffed, "gudang", "user", "passwd", "staf",
                          env={"SEKRETARIAT_NEW_PASSWORD": "sandi-staf-2"})
    assert not_allowed.exit_code == EXIT_REFUSED
    unknown = as_user(staffed, "ketua", "user", "passwd", "hantu",
                      env={"SEKRETARIAT_NEW_PASSWORD": "sandi-hantu"})
    assert unknown.exit_code == EXIT_REFUSED and "Pengguna 'hantu' tidak ada." in unknown.output
    _reopen(staffed)
    assert users.login("bendahara", "sandi-bendahara")
    assert users.login("staf", "sandi-staf-1")


def test_user_passwd_mismatch_three_times_is_refused(staffed):
    result = as_user(staffed, "ketua", "user", "passwd", input="sandi-baru-1\nlain-lain-1\n" * 3)
    assert result.exit_code == EXIT_REFUSED
    assert "Kedua kata sandi tidak sama." in result.output
    _reopen(staffed)
    assert users.login("ketua", PASSWORD)


def test_user_deactivate_activate_and_edit(staffed):
    off = as_user(staffed, "ketua", "user", "deactivate", "staf")
    assert off.exit_code == 0
    assert as_user(staffed, "staf", "check").exit_code == EXIT_AUTH
    self_off = as_user(staffed, "ketua", "user", "deactivate", "ketua")
    assert self_off.exit_code == EXIT_REFUSED
    assert as_user(staffed, "ketua", "user", "activate", "staf").exit_code == 0
    edit = as_user(staffed, "ketua", "user", "edit", "staf", "--role", "pembaca", "-n",
                   "Yuliana")
    assert edit.exit_code == 0 and "Pembaca" in edit.output
    assert as_user(staffed, "ketua", "user", "edit", "staf").exit_code == EXIT_USAGE
    _reopen(staffed)
    assert users.login("staf", PASSWORD).role == "pembaca"


# --- backup ---------------------------------------------------------------------------

def test_backup_makes_a_checked_copy_and_is_audited(db_path, tmp_path):
    db.close_database()
    target = tmp_path / "salinan"
    result = as_user(db_path, "ketua", "backup", "--to", str(target))
    assert result.exit_code == 0, result.output
    copies = list(target.glob("*.sqlite"))
    assert len(copies) == 1 and str(copies[0]) in result.output
    assert "KB" in result.output
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT name FROM market_profile").fetchone()[0] == "Pasar Sekojo"
    assert _audit_tail(db_path, 2) == [("ketua", "backup.create"), ("ketua", "auth.login")]


def test_backup_default_folder_is_beside_the_database(db_path):
    db.close_database()
    assert as_user(db_path, "ketua", "backup").exit_code == 0
    assert len(list((db_path.parent / "backups").glob("*.sqlite"))) == 1


def test_parkir_may_not_back_up(staffed):
    result = as_user(staffed, "parkir", "backup")
    assert result.exit_code == EXIT_REFUSED
    assert "Peran Koordinator Parkir tidak boleh membuat cadangan database." in result.output
    assert not (staffed.parent / "backups").exists()


# --- check ----------------------------------------------------------------------------

def _post_some(session):
    for amount in (25_000, 40_000, 15_000):
        journal.post_entry(session, TODAY, "Iuran harian",
                           [LineInput("1-100", debit=amount), LineInput("4-110", credit=amount)])


def test_check_passes_on_a_fresh_database(db_path):
    db.close_database()
    result = as_user(db_path, "ketua", "check")
    assert result.exit_code == 0, result.output
    from sekretariat.services.core import check

    count = len(check.rules())  # every registered rule, core and the areas'
    assert count >= 12
    assert result.output.count("✓") == count + 1      # each rule and the summary
    assert f"Semua {count} pemeriksaan lulus." in result.output


def test_check_fails_with_exit_5_on_a_tampered_audit_log(chair, db_path):
    _post_some(chair)
    db.close_database()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET username = 'orang-lain' WHERE id = 2")
    result = as_user(db_path, "ketua", "check")
    assert result.exit_code == EXIT_CHECK_FAILED
    assert "✗ Rantai log audit" in result.output
    assert "Log audit #2 telah diubah." in result.output
    assert "Pengaman audit_log_no_update hilang." in result.output
    from sekretariat.services.core import check

    assert f"2 dari {len(check.rules())} pemeriksaan menemukan masalah." in result.output


def test_check_fails_with_exit_5_on_an_altered_journal_line(chair, db_path):
    _post_some(chair)
    db.close_database()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER journal_line_no_update")
        conn.execute("UPDATE journal_line SET debit = 90000 WHERE debit = 25000")
        conn.execute("UPDATE journal_line SET credit = 90000 WHERE credit = 25000")
    result = as_user(db_path, "ketua", "check")
    assert result.exit_code == EXIT_CHECK_FAILED
    out = one_line(result.output)
    assert "✗ Jurnal seimbang dan tidak diubah" in out
    assert "Jurnal JU/2026/00001 diubah di luar program" in out
    assert "✓ Rantai log audit" in out


def test_check_in_english(chair, db_path):
    _post_some(chair)
    db.close_database()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER journal_line_no_update")
        conn.execute("UPDATE journal_line SET debit = 1 WHERE debit = 40000")
    result = on(db_path, "--lang", "en", "check", "-u", "ketua")
    assert result.exit_code == EXIT_CHECK_FAILED
    assert "does not balance" in result.output and "checks found problems" in result.output


def test_check_needs_permission(staffed):
    result = as_user(staffed, "parkir", "check")
    assert result.exit_code == EXIT_REFUSED and "memeriksa database" in result.output
    assert as_user(staffed, "pembaca", "check").exit_code == 0


# --- days -------------------------------------------------------------------------------

def test_day_close_list_and_reopen(staffed):
    closed = as_user(staffed, "bendahara", "day", "close", "23/11/2026", "--note", "kas cocok")
    assert closed.exit_code == 0, closed.output
    assert "Buku tertutup sampai 23 Nov 2026." in closed.output
    again = as_user(staffed, "bendahara", "day", "close", "2026-11-20")
    assert again.exit_code == EXIT_REFUSED and "sudah ditutup" in again.output
    listing = as_user(staffed, "parkir", "day", "list")
    assert listing.exit_code == 0 and "kas cocok" in listing.output
    assert "bendahara" in listing.output

    not_chair = as_user(staffed, "bendahara", "day", "reopen", "23/11/2026", "--reason",
                        "salah hitung kas")
    assert not_chair.exit_code == EXIT_REFUSED
    assert "tidak boleh membuka kembali" in not_chair.output
    short = as_user(staffed, "ketua", "day", "reopen", "23/11/2026", "--reason", "salah")
    assert short.exit_code == EXIT_REFUSED and "Alasan:" in short.output
    reopened = as_user(staffed, "ketua", "day", "reopen", "23/11/2026", "--reason",
                       "salah hitung kas sore")
    assert reopened.exit_code == 0, reopened.output
    assert "Dibuka kembali: 23 Nov 2026." in reopened.output
    _reopen(staffed)
    assert days.lock_date() is None
    assert _audit_tail(staffed, 1) == [("ketua", "day.reopen")]


def test_day_reopen_asks_for_the_reason(staffed):
    assert as_user(staffed, "ketua", "day", "close", "22/11/2026").exit_code == 0
    result = as_user(staffed, "ketua", "day", "reopen", "22/11/2026",
                     input="salah\nkas sore belum dihitung\n")
    assert result.exit_code == 0, result.output
    assert "minimal 10 huruf" in result.output


def test_day_refusals(staffed):
    bad = as_user(staffed, "bendahara", "day", "close", "31/02/2026")
    assert bad.exit_code == EXIT_REFUSED
    assert "Tanggal: '31/02/2026' bukan tanggal yang sah." in bad.output
    future = as_user(staffed, "bendahara", "day", "close", "24/11/2026")
    assert future.exit_code == EXIT_REFUSED and "belum tiba" in future.output
    parkir = as_user(staffed, "parkir", "day", "close", "20/11/2026")
    assert parkir.exit_code == EXIT_REFUSED and "menutup kas harian" in parkir.output
    not_closed = as_user(staffed, "ketua", "day", "reopen", "20/11/2026", "--reason",
                         "tidak ada yang ditutup")
    assert not_closed.exit_code == EXIT_REFUSED and "tidak sedang ditutup" in not_closed.output
    assert query(staffed, "SELECT count(*) FROM closed_day") == [(0,)]


# --- journal -----------------------------------------------------------------------------

def test_trial_balance_table_and_csv(chair, db_path):
    _post_some(chair)
    journal.post_entry(chair, dt.date(2026, 11, 1), "Modal awal",
                       [LineInput("1-110", debit=1_000_000), LineInput("3-100", credit=1_000_000)])
    db.close_database()
    result = as_user(db_path, "ketua", "journal", "trial-balance")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Neraca saldo Pasar Sekojo per 23 Nov 2026" in out
    assert "Rp80.000" in out and "Rp1.000.000" in out and "Rp1.080.000" in out
    assert "Seimbang." in out
    assert "4-900" not in out                               # no movements: hidden
    assert "4-900" in as_user(db_path, "ketua", "journal", "trial-balance", "--all").output

    csv_run = as_user(db_path, "ketua", "journal", "trial-balance", "--csv", "--as-of",
                      "2026-11-01")
    assert csv_run.exit_code == 0
    lines = csv_run.stdout.strip().splitlines()
    assert lines[0] == "code,name,type,debit,credit,balance_debit,balance_credit"
    assert lines[1:] == ["1-110,Bank,asset,1000000,0,1000000,0",
                         "3-100,Ekuitas,equity,0,1000000,0,1000000"]

    early = as_user(db_path, "ketua", "journal", "trial-balance", "--as-of", "31/10/2026")
    assert "Belum ada jurnal" in early.output
    bad = as_user(db_path, "ketua", "journal", "trial-balance", "--as-of", "kemarin")
    assert bad.exit_code == EXIT_REFUSED and "Per tanggal:" in bad.output


def test_trial_balance_needs_permission(staffed):
    result = as_user(staffed, "parkir", "journal", "trial-balance")
    assert result.exit_code == EXIT_REFUSED and "neraca saldo" in result.output


# --- the TUI and the unexpected ---------------------------------------------------------------

def test_no_command_opens_the_tui_on_the_chosen_database(db_path, monkeypatch):
    app_module = pytest.importorskip("sekretariat.app")
    calls = []

    class FakeApp:
        return_code = 0

        def run(self):
            calls.append("run")

    def fake_make_app(path, language=None):
        calls.append((str(path), language))
        return FakeApp()

    monkeypatch.setattr(app_module, "make_app", fake_make_app)
    db.close_database()
    result = run("--db", str(db_path), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert calls == [(str(db_path), "en"), "run"]


def test_no_command_on_a_missing_database_says_how_to_make_one(tmp_path):
    pytest.importorskip("sekretariat.app")
    result = on(tmp_path / "belum.sqlite")
    assert result.exit_code == EXIT_DATABASE
    assert "sekretariat init" in result.output
    assert not (tmp_path / "belum.sqlite").exists()


def test_an_unexpected_error_is_logged_not_shown(db_path, monkeypatch):
    from sekretariat.services.core import check

    def broken(session):
        raise RuntimeError("boom in the check")

    monkeypatch.setattr(check, "run_check", broken)
    db.close_database()
    result = as_user(db_path, "ketua", "check")
    assert result.exit_code == EXIT_ABORTED
    assert "kesalahan tak terduga (RuntimeError)" in result.output
    assert "boom" not in result.output
    log = (db_path.parent / "sekretariat.log").read_text("utf-8")
    assert "boom in the check" in log and "Traceback" in log


def test_an_unexpected_database_error_exits_6(db_path, monkeypatch):
    from sekretariat.services.core import check

    def broken(session):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(check, "run_check", broken)
    db.close_database()
    result = as_user(db_path, "ketua", "check")
    assert result.exit_code == EXIT_DATABASE
    assert "disk I/O error" in result.output


# --- demo ---------------------------------------------------------------------------------------

def test_demo_builds_and_prints_the_accounts(tmp_path):
    pytest.importorskip("sekretariat.demo")
    path = tmp_path / "demo.sqlite"
    result = on(path, "demo", password=None)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Database demo siap" in out and "Ketua" in out and "Bendahara" in out
    assert f"--db {path}" in one_line(out)
    assert "Rantai" not in out
    _reopen(path)
    accounts = market.demo_accounts()
    assert {role for _, role, _ in accounts} >= {"ketua", "bendahara", "parkir"}
    for username, _, password in accounts:
        assert username in out and password in out
    chair_name, _, chair_password = next(a for a in accounts if a[1] == "ketua")
    db.close_database()

    again = on(path, "demo", password=None)
    assert again.exit_code == EXIT_REFUSED and "--force" in again.output
    check = as_user(path, chair_name, "check", password=chair_password)
    assert check.exit_code == 0, check.output


def test_demo_force_never_replaces_a_real_market(db_path):
    pytest.importorskip("sekretariat.demo")
    db.close_database()
    result = on(db_path, "demo", "--force", password=None)
    assert result.exit_code == EXIT_REFUSED
    assert "database pasar sungguhan" in one_line(result.output)
    assert query(db_path, "SELECT name FROM market_profile") == [("Pasar Sekojo",)]


def test_demo_unknown_scale_is_refused(tmp_path):
    pytest.importorskip("sekretariat.demo")
    result = on(tmp_path / "d.sqlite", "demo", "--scale", "raksasa", password=None)
    assert result.exit_code == EXIT_REFUSED and "raksasa" in result.output
    assert not (tmp_path / "d.sqlite").exists()
