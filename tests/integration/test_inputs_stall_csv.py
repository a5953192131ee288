"""A spreadsheet row that does not fit its header is refused by line."""

import pytest
from test_cli_support import ENV_NAMES, as_user

from sekretariat import db
from sekretariat.cli.stall_csv import read_stall_csv
from sekretariat.errors import EXIT_REFUSED
from sekretariat.services.leasing import stalls

HEADER = "code,block,kind,area,note,monthly_rate\n"


def _read(tmp_path, text):
    path = tmp_path / "lapak.csv"
    path.write_text(text, encoding="utf-8")
    return read_stall_csv(path)


def test_more_fields_than_the_header_even_if_empty(tmp_path):
    rows, problems = _read(tmp_path, HEADER + "A1,A,kios,6,,\nZ1,A,kios,2,25,,\n")
    assert [r.code for r in rows] == ["A1"]
    assert [(p.line, p.error.key) for p in problems] == [(3, "cli.stall.csv_too_many")]


def test_numeric_note_after_a_whole_area_is_a_split_decimal(tmp_path):
    rows, problems = _read(tmp_path, HEADER + "Z1,A,kios,2,25,\nZ2,A,kios,2,pojok,\n"
                                              "Z3,A,kios,\"2,25\",,\n")
    assert [r.code for r in rows] == ["Z2", "Z3"]
    assert [(p.line, p.error.key) for p in problems] == [(2, "cli.stall.csv_split_area")]
    assert "2,25" in problems[0].message


@pytest.fixture
def _clean_env(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


def test_cli_import_refuses_the_row_with_its_line(sessions, db_path, tmp_path, _clean_env):
    stalls.create_block(sessions["ketua"], "A", "Blok A")
    db.close_database()
    path = tmp_path / "lapak.csv"
    path.write_text(HEADER + "A1,A,kios,6,,450000\nZ1,A,kios,2,25,,\n", encoding="utf-8")
    result = as_user(db_path, "ketua", "stall", "import", str(path), "--yes")
    assert result.exit_code == EXIT_REFUSED
    assert "3" in result.output
    db.open_database(db_path)
    assert db.current_database().execute_sql("SELECT count(*) FROM stall").fetchone()[0] == 0
