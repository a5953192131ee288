"""``sekretariat survey list | index YEAR [--audience ...] [--csv]``: the
survey figures on the command line equal the service's; an unknown year or
audience is refused with exit 3."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from test_cli_support import ENV_NAMES, as_user, one_line

from sekretariat import db
from sekretariat.errors import EXIT_OK, EXIT_REFUSED
from sekretariat.services.surveys import indices, questionnaires, responses
from sekretariat.services.surveys.questionnaires import QuestionInput

DAY25, DAY26 = dt.date(2025, 6, 2), dt.date(2026, 6, 1)
TRADERS = [QuestionInput("likert", "Kebersihan pasar", 4, code="bersih"),
           QuestionInput("likert", "Keamanan pasar", 2, code="aman"),
           QuestionInput("number", "Perkiraan omzet sebulan", unit="Rp", code="omzet")]


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


def _survey(chair, year, day, rows):
    survey = questionnaires.create_survey(chair, year, "pedagang", f"Survei pedagang {year}",
                                          TRADERS)
    survey = questionnaires.open_survey(chair, survey.id)
    for row in rows:
        responses.record_response(chair, survey.id, day,
                                  {q.id: v for q, v in zip(survey.questions, row)})
    return survey


@pytest.fixture
def surveyed(chair, sessions, db_path):
    _survey(chair, 2025, DAY25, [(3, 3, 4_000_000), (4, None, 6_000_000)])
    survey = _survey(chair, 2026, DAY26, [(5, 4, 5_000_000), (4, 2, 6_000_000),
                                          (3, None, 8_000_000)])
    expected = indices.survey_index(chair, survey.id)
    db.close_database()
    return db_path, expected


def test_index_csv_equals_the_service(surveyed):
    path, expected = surveyed
    result = as_user(path, "ketua", "survey", "index", "2026", "--audience", "pedagang", "--csv")
    assert result.exit_code == EXIT_OK, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    statements = [r for r in rows if r["row"] == "statement"]
    assert [(r["code"], int(r["weight"]), int(r["answers"]), r["mean"], r["satisfaction_pct"])
            for r in statements] == [
        (s.code, s.weight, s.answers, str(s.mean), str(s.satisfaction))
        for s in expected.statements]
    overall = [r for r in rows if r["row"] == "overall"]
    assert [(r["satisfaction_pct"], r["answers"]) for r in overall] == [(str(expected.csi), "3")]
    # hand-checked: means 4 and 3, (4×4 + 2×3) / (5×6) × 100 = 73.3
    assert overall[0]["satisfaction_pct"] == "73.3"
    (number,) = [r for r in rows if r["row"] == "number"]
    n = expected.numbers[0]
    assert (number["median"], number["previous_year"], number["previous_median"],
            number["change"], number["change_pct"]) == (
        str(n.median), "2025", str(n.previous_median), str(n.change), str(n.change_pct))
    assert (number["median"], number["previous_median"], number["change"]) == (
        "6000000.0", "5000000.0", "1000000.0")
    assert number["change_pct"] == "20.0"


def test_index_table_and_list(surveyed):
    path, _ = surveyed
    result = as_user(path, "pembaca", "survey", "index", "2026")
    assert result.exit_code == EXIT_OK, result.output
    text = one_line(result.output)
    assert "Indeks Kepuasan (IKP): 73,3 % dari 3 formulir" in text
    assert "Rp6.000.000" in text and "+Rp1.000.000 (+20,0 %)" in text
    listed = as_user(path, "pembaca", "survey", "list", "--csv")
    assert listed.exit_code == EXIT_OK, listed.output
    rows = list(csv.DictReader(io.StringIO(listed.output)))
    assert [(r["year"], r["audience"], r["status"], r["responses"]) for r in rows] == [
        ("2025", "pedagang", "open", "2"), ("2026", "pedagang", "open", "3")]


@pytest.mark.parametrize("args, words", [
    (("2024",), "Tidak ada survei untuk tahun 2024"),
    (("2026", "--audience", "parkir"), "Tidak ada survei pengguna parkir untuk tahun 2026"),
    (("2026", "--audience", "turis"), "turis"),
])
def test_unknown_year_or_audience_is_refused(surveyed, args, words):
    path, _ = surveyed
    result = as_user(path, "ketua", "survey", "index", *args)
    assert result.exit_code == EXIT_REFUSED, result.output
    assert words in one_line(result.output)
