"""``sekretariat stall import | stall list | tariff list | tariff set``: a real
market registers its blocks, stalls and tariffs from the command line — a CSV
as Excel writes it, a plan first, all or nothing, refusals with line numbers
and exit 3, no traceback."""

import csv
import datetime as dt
import io
import sqlite3

import pytest
from test_cli_support import ENV_NAMES, PASSWORD, as_user, one_line, query, run
from test_leases_support import nik

from sekretariat import db
from sekretariat.errors import EXIT_ABORTED, EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from sekretariat.services.leasing import leases, stall_rates, stalls, traders
from sekretariat.services.core import users

D = dt.date

GOOD = ("code,block,kind,area,note,monthly_rate\n"
        "A-01,A,kios,12,,450.000\n"
        "A-02,A,Kios,\"2,25\",pojok timur,\n"
        "\n"
        "B-01,B,los,4,,450000\n"
        "C-01,C,pelataran,9,,\n")


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def market_db(sessions, db_path):
    """An initialised market (block A exists, no stalls), one account per
    role; closed so the CLI opens it."""
    stalls.create_block(sessions["ketua"], "A", "Blok A")
    db.close_database()
    return db_path


def _file(tmp_path, text: str, name="lapak.csv", *, bom=False, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    return path


def _dump(path) -> dict:
    """Every row of every table (what "the database is unchanged" means)."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
                for table in tables}
    finally:
        conn.close()


def _without_logins(dump: dict) -> dict:
    """A refused command still logs the person in (audited) and may touch the
    user row (last login): compare everything else."""
    return {table: rows for table, rows in dump.items() if table not in ("audit_log", "user")}


def _stalls(path):
    return query(path, "SELECT s.code, b.code, s.kind, s.area_dm2, s.note FROM stall s"
                       " JOIN block b ON b.id = s.block_id ORDER BY s.code")


def _clean(result) -> str:
    assert "Traceback" not in result.output
    return one_line(result.output)


# --- help --------------------------------------------------------------------------

def test_help_lists_the_stall_and_tariff_commands_in_both_languages():
    result = run("--help", password=None)
    assert result.exit_code == 0
    assert "Lapak & Tarif" in result.output and "stall" in result.output
    assert "tariff" in result.output
    english = run("--lang", "en", "--help", password=None)
    assert "Stalls & tariffs" in english.output
    import_help = one_line(run("--lang", "en", "stall", "import", "--help",
                               password=None).output)
    assert "code, block, kind, area" in import_help and "semicolons" in import_help
    assert "--dry-run" in import_help and "exit code is 3" in import_help
    set_help = one_line(run("tariff", "set", "--help", password=None).output)
    assert "--from" in set_help and "--block" in set_help


# --- import ------------------------------------------------------------------------

def test_a_good_file_is_imported_with_blocks_rates_and_audit(market_db, tmp_path):
    path = _file(tmp_path, GOOD)
    result = as_user(market_db, "ketua", "stall", "import", str(path), "--yes",
                     "--from", "2026-12-01")
    out = _clean(result)
    assert result.exit_code == EXIT_OK, result.output
    assert "Lapak baru: 4" in out and "Blok baru: 2 (B, C)" in out
    assert "Tarif sendiri: 2, berlaku mulai 1 Des 2026" in out
    assert "4 lapak didaftarkan (2 blok baru, 2 tarif sendiri)" in out
    assert _stalls(market_db) == [("A-01", "A", "kios", 1200, ""),
                                  ("A-02", "A", "kios", 225, "pojok timur"),
                                  ("B-01", "B", "los", 400, ""),
                                  ("C-01", "C", "pelataran", 900, "")]
    assert query(market_db, "SELECT s.code, r.monthly_rate, r.effective_from FROM stall_rate r"
                            " JOIN stall s ON s.id = r.stall_id ORDER BY s.code") == [
        ("A-01", 450_000, "2026-12-01"), ("B-01", 450_000, "2026-12-01")]
    assert query(market_db, "SELECT action, count(*) FROM audit_log WHERE username = 'ketua'"
                            " AND action IN ('block.create', 'stall.create',"
                            " 'stall_rate.create') GROUP BY action ORDER BY action") == [
        ("block.create", 3), ("stall.create", 4), ("stall_rate.create", 2)]
    check = as_user(market_db, "ketua", "check")
    assert check.exit_code == EXIT_OK, check.output


def test_semicolons_a_bom_crlf_and_indonesian_headers_as_excel_writes_them(market_db,
                                                                           tmp_path):
    text = ("kode;blok;jenis;luas (m²);catatan;tarif;nama blok\r\n"
            "D-01;D;kios;2,25;;Rp 375.000;Blok D — Daging\r\n"
            "D-02;D;los;10;dekat pintu, utara;;\r\n"
            ";;;;;;\r\n")
    path = _file(tmp_path, text, bom=True)
    result = as_user(market_db, "sekretaris", "stall", "import", str(path), "--yes")
    assert result.exit_code == EXIT_OK, result.output
    assert _stalls(market_db) == [("D-01", "D", "kios", 225, ""),
                                  ("D-02", "D", "los", 1000, "dekat pintu, utara")]
    assert query(market_db, "SELECT monthly_rate, effective_from FROM stall_rate") == [
        (375_000, "2026-11-23")]
    assert query(market_db, "SELECT name FROM block WHERE code = 'D'") == [("Blok D — Daging",)]


def test_a_dry_run_shows_the_plan_and_writes_nothing(market_db, tmp_path):
    path = _file(tmp_path, GOOD)
    before = _without_logins(_dump(market_db))
    result = as_user(market_db, "ketua", "stall", "import", str(path), "--dry-run")
    out = _clean(result)
    assert result.exit_code == EXIT_OK, result.output
    assert "Lapak baru: 4" in out and "Uji coba: tidak ada yang disimpan." in out
    assert "A-02" in out and "2,25" in out and "Rp450.000" in out
    assert _without_logins(_dump(market_db)) == before


def test_declining_the_question_saves_nothing(market_db, tmp_path):
    path = _file(tmp_path, GOOD)
    before = _without_logins(_dump(market_db))
    result = as_user(market_db, "ketua", "stall", "import", str(path), input="n\n")
    assert result.exit_code == EXIT_ABORTED
    assert "Simpan 4 lapak baru (2 blok baru, 2 tarif sendiri)?" in result.output
    assert _without_logins(_dump(market_db)) == before
    agreed = as_user(market_db, "ketua", "stall", "import", str(path), input="y\n")
    assert agreed.exit_code == EXIT_OK, agreed.output
    assert len(_stalls(market_db)) == 4


def test_a_bad_file_is_refused_with_line_numbers_and_changes_nothing(market_db, tmp_path):
    taken = _file(tmp_path, "code;block;kind;area\nA-09;A;kios;6\n", name="taken.csv")
    assert as_user(market_db, "ketua", "stall", "import", str(taken), "--yes").exit_code == 0
    text = ("code,block,kind,area,monthly_rate\n"
            "A-01,A,kios,6,\n"          # 2 fine
            "A-02,A,toko,6,\n"          # 3 bad kind
            "A-03,A,los,abc,\n"         # 4 bad area
            "a-01,A,los,3,\n"           # 5 twice in the file
            "A-09,A,kios,6,\n"          # 6 already registered
            "A-04,A,los,2,25,9\n"       # 7 an unquoted 2,25: one value too many
            "E-01,E,los,3,\n")          # 8 fine (block E would be new)
    path = _file(tmp_path, text)
    before = _without_logins(_dump(market_db))
    result = as_user(market_db, "ketua", "stall", "import", str(path), "--yes")
    out = _clean(result)
    assert result.exit_code == EXIT_REFUSED, result.output
    assert "Impor ditolak: 5 kesalahan; tidak ada yang disimpan." in out
    assert "baris 3: Jenis 'toko' tidak dikenal" in out
    assert "baris 4: Luas (m²): 'abc' bukan luas yang sah" in out
    assert "baris 5: Kode lapak A-01 sudah ada di baris 2 berkas ini." in out
    assert "baris 6: Lapak A-09 sudah terdaftar." in out
    assert "baris 7: ada 6 isian, padahal judulnya 5 kolom." in out
    assert out.index("baris 3") < out.index("baris 5") < out.index("baris 7")
    assert _without_logins(_dump(market_db)) == before
    # the dry run refuses the same file the same way
    dry = as_user(market_db, "ketua", "--lang", "en", "stall", "import", str(path), "--dry-run")
    assert dry.exit_code == EXIT_REFUSED
    assert "line 6: Stall A-09 is already registered." in _clean(dry)
    assert _without_logins(_dump(market_db)) == before


def test_line_numbers_count_the_lines_of_the_file_not_its_records(market_db, tmp_path):
    """A quoted note may span lines (Alt+Enter in Excel): the problems still
    name the line each row starts on."""
    text = ('code;block;kind;area;note\n'
            'A-01;A;toko;6;"baris satu\nbaris dua"\n'   # lines 2-3, bad kind
            'A-02;A;los;x;\n')                          # line 4, bad area
    result = as_user(market_db, "ketua", "stall", "import", str(_file(tmp_path, text)),
                     "--yes")
    out = _clean(result)
    assert result.exit_code == EXIT_REFUSED
    assert "baris 2: Jenis 'toko'" in out and "baris 4: Luas (m²): 'x'" in out
    fixed = text.replace("toko", "kios").replace(";x;", ";3;")
    result = as_user(market_db, "ketua", "stall", "import", str(_file(tmp_path, fixed)),
                     "--yes")
    assert result.exit_code == EXIT_OK, result.output
    assert _stalls(market_db)[0] == ("A-01", "A", "kios", 600, "baris satu baris dua")


@pytest.mark.parametrize("text, expected", [
    ("code;block;kind\nA-01;A;kios\n", "tidak memuat kolom area"),
    ("code;block;kind;area;luas\nA-01;A;kios;6;6\n", "Kolom 'luas' muncul dua kali"),
    ("code;block;kind;area;harga\nA-01;A;kios;6;6\n", "Kolom 'harga' di baris judul"),
    ("\n\n", "kosong"),
    ("code;block;kind;area\n", "Tidak ada lapak untuk diimpor."),
])
def test_a_file_that_is_not_a_stall_list_is_refused(market_db, tmp_path, text, expected):
    path = _file(tmp_path, text)
    before = _without_logins(_dump(market_db))
    result = as_user(market_db, "ketua", "stall", "import", str(path), "--yes")
    assert result.exit_code == EXIT_REFUSED, result.output
    assert expected in _clean(result)
    assert _without_logins(_dump(market_db)) == before


def test_a_missing_or_non_utf8_file_gets_a_clear_message(market_db, tmp_path):
    result = as_user(market_db, "ketua", "stall", "import", str(tmp_path / "tidak-ada.csv"))
    assert result.exit_code == EXIT_REFUSED
    assert "tidak-ada.csv tidak ditemukan" in _clean(result)
    latin = _file(tmp_path, "code;block;kind;area;note\nA-01;A;kios;6;caf\u00e9\n",
                  encoding="cp1252")
    result = as_user(market_db, "ketua", "stall", "import", str(latin))
    assert result.exit_code == EXIT_REFUSED
    assert "bukan teks UTF-8 (baris 2)" in _clean(result)
    assert _stalls(market_db) == []


@pytest.mark.parametrize("role", ["bendahara", "parkir", "pembaca"])
def test_a_role_without_the_registry_permission_is_refused(market_db, tmp_path, role):
    path = _file(tmp_path, GOOD)
    before = _without_logins(_dump(market_db))
    for extra in ((), ("--yes",), ("--dry-run",)):
        result = as_user(market_db, role, "stall", "import", str(path), *extra)
        assert result.exit_code == EXIT_REFUSED, result.output
        assert "Traceback" not in result.output
    assert _without_logins(_dump(market_db)) == before


# --- stall list --------------------------------------------------------------------

def test_stall_list_csv_reads_back_with_status_tenant_and_rate(market_db, tmp_path):
    path = _file(tmp_path, GOOD)
    assert as_user(market_db, "ketua", "stall", "import", str(path), "--yes").exit_code == 0
    chair = users.login("ketua", PASSWORD)
    stall_rates.set_tariff(chair, "kios", 300_000, D(2026, 1, 1))
    siti = traders.create_trader(chair, "Siti Aminah", nik(female=True))
    a02 = stalls.get_stall(chair, code="A-02")
    leases.create_lease(chair, siti.id, a02.id, D(2026, 12, 1), D(2027, 11, 30))
    db.close_database()

    result = as_user(market_db, "pembaca", "stall", "list", "--csv", "--as-of", "2026-12-15")
    assert result.exit_code == EXIT_OK, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["code"] for r in rows] == ["A-01", "A-02", "B-01", "C-01"]
    by_code = {r["code"]: r for r in rows}
    assert by_code["A-01"] == {"code": "A-01", "block": "A", "kind": "kios", "area_m2": "12",
                               "status": "kosong", "trader": "", "agreement": "",
                               "monthly_rate": "450000", "rate_source": "stall", "note": ""}
    assert (by_code["A-02"]["area_m2"], by_code["A-02"]["status"], by_code["A-02"]["trader"],
            by_code["A-02"]["monthly_rate"], by_code["A-02"]["rate_source"]) == (
        "2.25", "disewa", "Siti Aminah", "300000", "kind")
    assert by_code["A-02"]["agreement"].startswith("SPS/")
    assert (by_code["C-01"]["monthly_rate"], by_code["C-01"]["rate_source"]) == ("", "")

    # before the lease starts the stall is vacant; --block narrows the list
    earlier = as_user(market_db, "pembaca", "stall", "list", "--csv", "--as-of", "2026-11-30",
                      "--block", "a")
    rows = list(csv.DictReader(io.StringIO(earlier.stdout)))
    assert [(r["code"], r["status"]) for r in rows] == [("A-01", "kosong"), ("A-02", "kosong")]

    table = as_user(market_db, "staf", "--lang", "en", "stall", "list", "--as-of",
                    "2026-12-15")
    out = _clean(table)
    assert table.exit_code == EXIT_OK, table.output
    assert "Stalls as of 15 Dec 2026" in out and "Siti Aminah" in out and "Leased" in out
    assert "4 stalls: 1 leased, 3 vacant, 0 blocked or under repair." in out


def test_stall_list_of_an_unknown_block_is_refused(market_db):
    result = as_user(market_db, "ketua", "stall", "list", "--block", "Z")
    assert result.exit_code == EXIT_REFUSED
    assert "Blok tidak ditemukan." in _clean(result)


# --- tariffs -----------------------------------------------------------------------

def test_tariff_set_then_list(market_db):
    empty = as_user(market_db, "pembaca", "tariff", "list")
    assert empty.exit_code == EXIT_OK and "Belum ada tarif." in _clean(empty)

    result = as_user(market_db, "sekretaris", "tariff", "set", "Kios", "450.000", "--from",
                     "2026-01-01")
    assert result.exit_code == EXIT_OK, result.output
    assert "Tarif Kios (semua blok): Rp450.000 per bulan mulai 1 Jan 2026." in _clean(result)
    block = as_user(market_db, "ketua", "tariff", "set", "los", "200000", "--from",
                    "2026-06-01", "--block", "a")
    assert block.exit_code == EXIT_OK, block.output
    later = as_user(market_db, "ketua", "tariff", "set", "kios", "500.000", "--from",
                    "2027-01-01")
    assert later.exit_code == EXIT_OK
    again = as_user(market_db, "ketua", "tariff", "set", "kios", "475.000", "--from",
                    "2026-01-01")
    assert "Menggantikan Rp450.000" in _clean(again)
    assert "Mulai 1 Jan 2027 berlaku tarif lain yang sudah dipasang (Rp500.000)." in _clean(again)

    assert query(market_db, "SELECT t.kind, b.code, t.monthly_rate, t.effective_from"
                            " FROM tariff t LEFT JOIN block b ON b.id = t.block_id"
                            " ORDER BY t.id") == [
        ("kios", None, 475_000, "2026-01-01"), ("los", "A", 200_000, "2026-06-01"),
        ("kios", None, 500_000, "2027-01-01")]
    listed = as_user(market_db, "pembaca", "tariff", "list")
    out = _clean(listed)
    assert listed.exit_code == EXIT_OK
    assert "Rp475.000 │ 1 Jan 2026 │ ✓" in out
    assert "Rp500.000 │ 1 Jan 2027 │ │" in out
    assert "Los │ A │ Rp200.000 │ 1 Jun 2026 │ ✓" in out


def test_tariff_refusals(market_db):
    before = _without_logins(_dump(market_db))
    cases = [
        (("pembaca", "tariff", "set", "kios", "450000", "--from", "2026-01-01"), EXIT_REFUSED),
        (("ketua", "tariff", "set", "toko", "450000", "--from", "2026-01-01"), EXIT_REFUSED),
        (("ketua", "tariff", "set", "kios", "0", "--from", "2026-01-01"), EXIT_REFUSED),
        (("ketua", "tariff", "set", "kios", "450000", "--from", "2026-01-01", "--block", "Z"),
         EXIT_REFUSED),
        (("ketua", "tariff", "set", "kios", "450000"), EXIT_USAGE),
    ]
    for (user, *args), code in cases:
        result = as_user(market_db, user, *args)
        assert result.exit_code == code, (args, result.output)
        assert "Traceback" not in result.output
    assert _without_logins(_dump(market_db)) == before
