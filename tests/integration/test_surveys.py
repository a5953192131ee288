"""The survey engine's services against a real database file: questionnaires
(create, copy, open, close), responses (all or nothing, closed days, voids),
the CSI on hand-checked examples and the medians against last year, roles,
the check rules under raw-SQL tampering, and a hypothesis property."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from fractions import Fraction

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sekretariat import db
from sekretariat.errors import Conflict, DayClosed, PermissionDenied, ValidationError
from sekretariat.services.core import check, days
from sekretariat.services.surveys import indices, questionnaires, responses
from sekretariat.services.surveys.questionnaires import QuestionInput

DAY = dt.date(2026, 11, 20)
PARKING = [QuestionInput("likert", "Keamanan kendaraan", 5, code="aman"),
           QuestionInput("likert", "Ketertiban parkir", 4, code="tertib"),
           QuestionInput("likert", "Keramahan juru parkir", 3, code="ramah")]
TRADERS = [QuestionInput("likert", "Kebersihan pasar", 4, code="bersih"),
           QuestionInput("number", "Perkiraan omzet sebulan", unit="Rp", code="omzet")]


def _counts() -> tuple[int, ...]:
    conn = db.current_database()
    return tuple(conn.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("survey", "survey_question", "survey_response", "survey_answer",
                           "audit_log"))


def _open(session, year, audience, questions, title="Survei"):
    survey = questionnaires.create_survey(session, year, audience, f"{title} {year}", questions)
    return questionnaires.open_survey(session, survey.id)


def _forms(session, survey, rows, day=DAY):
    """One response per row of values, in question order."""
    return [responses.record_response(session, survey.id, day,
                                      {q.id: v for q, v in zip(survey.questions, row)})
            for row in rows]


# --- questionnaires -------------------------------------------------------------------------

def test_create_copy_open_close(chair):
    draft = questionnaires.create_survey(chair, 2025, "parkir", "Kepuasan parkir 2025", PARKING)
    assert (draft.status, draft.year, draft.audience, draft.responses) == ("draft", 2025,
                                                                            "parkir", 0)
    assert [(q.position, q.code, q.kind, q.weight) for q in draft.questions] == [
        (1, "aman", "likert", 5), (2, "tertib", "likert", 4), (3, "ramah", "likert", 3)]
    copy = questionnaires.copy_survey(chair, draft.id, 2026)
    assert copy.title == "Kepuasan parkir 2026" and copy.copy_of == draft.id
    assert [(q.code, q.text, q.weight) for q in copy.questions] == [
        (q.code, q.text, q.weight) for q in draft.questions]
    assert {q.id for q in copy.questions}.isdisjoint({q.id for q in draft.questions})
    with pytest.raises(Conflict):
        questionnaires.copy_survey(chair, draft.id, 2026)        # one per year and audience
    assert questionnaires.open_survey(chair, copy.id).status == "open"
    assert questionnaires.close_survey(chair, copy.id).status == "closed"
    assert questionnaires.open_survey(chair, copy.id).status == "open"
    with pytest.raises(Conflict):
        questionnaires.close_survey(chair, draft.id)             # a draft was never open
    assert [s.year for s in questionnaires.list_surveys(chair, audience="parkir")] == [2025, 2026]
    assert questionnaires.find_survey(chair, 2026, "parkir").id == copy.id
    actions = [r[0] for r in db.current_database().execute_sql(
        "SELECT action FROM audit_log WHERE entity = 'survey' ORDER BY id")]
    assert actions == ["surveys.create", "surveys.create", "surveys.open", "surveys.closed",
                       "surveys.open"]


@pytest.mark.parametrize("questions, key", [
    ([], "surveys.no_questions"),
    ([QuestionInput("likert", "Aman", 6)], "surveys.weight_invalid"),
    ([QuestionInput("likert", "Aman", None)], "surveys.weight_invalid"),
    ([QuestionInput("number", "Omzet", 3)], "surveys.weight_for_number"),
    ([QuestionInput("pilihan", "Aman", 3)], "surveys.kind_invalid"),
    ([QuestionInput("likert", "  ", 3)], "surveys.question_empty"),
    ([QuestionInput("likert", "A", 3, code="x"), QuestionInput("likert", "B", 3, code="X")],
     "surveys.code_twice"),
])
def test_a_bad_questionnaire_is_refused_and_nothing_changes(chair, questions, key):
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        questionnaires.create_survey(chair, 2026, "pembeli", "Kepuasan pembeli", questions)
    assert caught.value.key == key and caught.value.message     # a readable text
    assert _counts() == before


def test_bad_year_audience_title_are_refused(chair):
    before = _counts()
    for args, key in [((1999, "pembeli", "x"), "surveys.year_invalid"),
                      ((2030, "pembeli", "x"), "surveys.year_future"),
                      ((2026, "turis", "x"), "surveys.audience_invalid"),
                      ((2026, "pembeli", " "), "surveys.title_empty")]:
        with pytest.raises(ValidationError) as caught:
            questionnaires.create_survey(chair, *args, PARKING)
        assert caught.value.key == key
    assert _counts() == before


def test_questions_cannot_change_once_written(chair):
    survey = _open(chair, 2026, "parkir", PARKING)
    conn = db.current_database()
    for sql in ("UPDATE survey_question SET weight = 1", "DELETE FROM survey_question",
                "DELETE FROM survey",
                f"INSERT INTO survey_question (survey_id, position, code, kind, text, weight)"
                f" VALUES ({survey.id}, 9, 'baru', 'likert', 'Baru', 3)"):
        with pytest.raises(peewee.IntegrityError):
            conn.execute_sql(sql)


# --- roles ------------------------------------------------------------------------------------

def test_roles(sessions):
    with pytest.raises(PermissionDenied):
        questionnaires.create_survey(sessions["bendahara"], 2026, "parkir", "x", PARKING)
    survey = _open(sessions["parkir"], 2026, "parkir", PARKING)
    before = _counts()
    for role in ("bendahara", "gudang", "pembaca"):
        with pytest.raises(PermissionDenied) as caught:
            _forms(sessions[role], survey, [(4, 4, 4)])
        assert "mencatat jawaban survei" in caught.value.message
    with pytest.raises(PermissionDenied):
        questionnaires.close_survey(sessions["staf"], survey.id)
    assert _counts() == before
    _forms(sessions["staf"], survey, [(4, 4, 4)])
    for role in ("ketua", "bendahara", "sekretaris", "parkir", "gudang", "staf", "pembaca"):
        assert indices.survey_index(sessions[role], survey.id).responses == 1


# --- responses ----------------------------------------------------------------------------------

def test_a_response_is_recorded_whole_and_audited(chair):
    survey = _open(chair, 2026, "pedagang", TRADERS)
    like, turnover = survey.questions
    info = responses.record_response(chair, survey.id, DAY, {like.id: 4, turnover.id: None},
                                     respondent="  Kios   A-12 ")
    assert info.answers == {like.id: 4, turnover.id: None} and info.respondent == "Kios A-12"
    assert responses.list_responses(chair, survey.id)[0].id == info.id
    assert db.current_database().execute_sql(
        "SELECT count(*) FROM audit_log WHERE action = 'surveys.response'").fetchone()[0] == 1


@pytest.mark.parametrize("values, key", [
    ((6, 100), "surveys.answer_likert_range"),
    ((0, 100), "surveys.answer_likert_range"),
    ((-1, 100), "surveys.answer_likert_range"),
    ((4, -5), "surveys.answer_number_range"),
    ((4.5, 100), "surveys.answer_not_whole"),
    (("4", 100), "surveys.answer_not_whole"),
    ((True, 100), "surveys.answer_not_whole"),
    ((None, None), "surveys.response_empty"),
])
def test_bad_answers_are_refused_and_nothing_changes(chair, values, key):
    survey = _open(chair, 2026, "pedagang", TRADERS)
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        _forms(chair, survey, [values])
    assert caught.value.key == key
    assert _counts() == before


def test_every_question_answered_or_skipped_and_only_its_own(chair):
    survey = _open(chair, 2026, "pedagang", TRADERS)
    other = _open(chair, 2026, "parkir", PARKING)
    like, turnover = survey.questions
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        responses.record_response(chair, survey.id, DAY, {like.id: 4})
    assert caught.value.key == "surveys.answer_missing"
    with pytest.raises(ValidationError) as caught:
        responses.record_response(chair, survey.id, DAY, {like.id: 4, turnover.id: 1,
                                                          other.questions[0].id: 3})
    assert caught.value.key == "surveys.answer_unknown_question"
    for day, key in [(dt.date(2026, 11, 24), "surveys.future_date"),
                     (dt.date(2025, 12, 31), "surveys.wrong_year")]:
        with pytest.raises(ValidationError) as caught:
            responses.record_response(chair, survey.id, day, {like.id: 4, turnover.id: 1})
        assert caught.value.key == key
    assert _counts() == before


def test_a_draft_or_closed_survey_takes_no_response(chair):
    draft = questionnaires.create_survey(chair, 2026, "parkir", "Parkir", PARKING)
    with pytest.raises(Conflict):
        _forms(chair, draft, [(4, 4, 4)])
    questionnaires.open_survey(chair, draft.id)
    questionnaires.close_survey(chair, draft.id)
    with pytest.raises(Conflict):
        _forms(chair, draft, [(4, 4, 4)])
    assert _counts()[2] == 0


def test_the_database_refuses_bad_answers_too(chair):
    survey = _open(chair, 2026, "parkir", PARKING)
    other = _open(chair, 2026, "pembeli", PARKING)
    [form] = _forms(chair, survey, [(4, 4, 4)])
    conn = db.current_database()
    response = conn.execute_sql(
        f"INSERT INTO survey_response (survey_id, response_date, created_by, created_at)"
        f" VALUES ({survey.id}, '2026-11-20', 1, 'x')").lastrowid
    for sql in (f"INSERT INTO survey_answer VALUES ({response}, {survey.questions[0].id}, 6)",
                f"INSERT INTO survey_answer VALUES ({response}, {other.questions[0].id}, 3)",
                f"UPDATE survey_answer SET value = 1 WHERE response_id = {form.id}",
                f"DELETE FROM survey_answer WHERE response_id = {form.id}",
                f"DELETE FROM survey_response WHERE id = {form.id}",
                f"UPDATE survey_response SET response_date = '2026-11-19' WHERE id = {form.id}"):
        with pytest.raises(peewee.IntegrityError):
            conn.execute_sql(sql)


def test_a_closed_day_is_closed_for_surveys(chair):
    survey = _open(chair, 2026, "parkir", PARKING)
    [early] = _forms(chair, survey, [(5, 5, 5)], day=dt.date(2026, 11, 19))
    days.close_day(chair, dt.date(2026, 11, 20))
    before = _counts()
    with pytest.raises(DayClosed):
        _forms(chair, survey, [(4, 4, 4)], day=dt.date(2026, 11, 20))
    with pytest.raises(DayClosed):
        responses.void_response(chair, early.id, "salah ketik", dt.date(2026, 11, 20))
    assert _counts() == before
    conn = db.current_database()
    with pytest.raises(peewee.IntegrityError, match="closed_day"):
        conn.execute_sql(f"INSERT INTO survey_response (survey_id, response_date, created_by,"
                         f" created_at) VALUES ({survey.id}, '2026-11-20', 1, 'x')")
    # a wrong form of a closed day is voided in an open day, as a correction
    voided = responses.void_response(chair, early.id, "formulir ganda")
    assert voided.voided_on == dt.date(2026, 11, 23) and voided.is_void
    assert indices.survey_index(chair, survey.id).responses == 0


def test_void_takes_a_form_out_of_the_index(chair):
    survey = _open(chair, 2026, "parkir", PARKING)
    kept, wrong = _forms(chair, survey, [(4, 4, 4), (1, 1, 1)])
    with pytest.raises(ValidationError):
        responses.void_response(chair, wrong.id, "  ")
    responses.void_response(chair, wrong.id, "salah ketik")
    with pytest.raises(Conflict):
        responses.void_response(chair, wrong.id, "lagi")
    index = indices.survey_index(chair, survey.id)
    assert index.responses == 1 and index.csi == Decimal("80.0")


# --- indices ------------------------------------------------------------------------------------

def test_csi_on_a_hand_checked_example(chair):
    """Weights 5, 4, 3; means 4, 3, 3:
    CSI = (5*4 + 4*3 + 3*3) / (5 * 12) * 100 = 41/60 * 100 = 68.33... -> 68.3 %."""
    survey = _open(chair, 2026, "parkir", PARKING)
    _forms(chair, survey, [(4, 3, 2), (5, 3, 3), (3, 3, 4)])
    index = indices.survey_index(chair, survey.id)
    assert index.responses == 3
    assert [(s.code, s.answers, s.mean, s.satisfaction) for s in index.statements] == [
        ("aman", 3, Decimal("4.00"), Decimal("80.0")),
        ("tertib", 3, Decimal("3.00"), Decimal("60.0")),
        ("ramah", 3, Decimal("3.00"), Decimal("60.0"))]
    assert index.csi == Decimal("68.3")


def test_skipped_answers_leave_their_statement_mean(chair):
    survey = _open(chair, 2026, "parkir", PARKING)
    _forms(chair, survey, [(5, None, None), (3, None, None)])
    index = indices.survey_index(chair, survey.id)
    assert [s.answers for s in index.statements] == [2, 0, 0]
    assert index.statements[1].mean is None
    assert index.csi == Decimal("80.0")           # only 'aman' (mean 4) counts


def test_a_buyers_survey_at_the_seeds_73_percent(chair):
    """Ten buyers; statement sums 36, 36, 38 with weights 5, 4, 3:
    (5*3.6 + 4*3.6 + 3*3.8) / 60 * 100 = 43.8 / 60 * 100 = 73.0 %."""
    survey = _open(chair, 2026, "pembeli", PARKING, "Kepuasan pembeli")
    first = [4, 4, 4, 4, 4, 4, 3, 3, 3, 3]       # 36
    second = [5, 5, 4, 4, 4, 3, 3, 3, 3, 2]      # 36
    third = [4, 4, 4, 4, 4, 4, 4, 4, 3, 3]       # 38
    _forms(chair, survey, list(zip(first, second, third)))
    index = indices.survey_index(chair, survey.id)
    assert index.csi == Decimal("73.0")
    assert [s.satisfaction for s in index.statements] == [Decimal("72.0"), Decimal("72.0"),
                                                          Decimal("76.0")]


def test_median_and_change_against_last_year(chair):
    last = _open(chair, 2025, "pedagang", TRADERS, "Omzet pedagang")
    _forms(chair, last, [(3, 10_000_000), (4, 40_000_000), (3, 20_000_000), (2, 30_000_000),
                         (3, None)], day=dt.date(2025, 6, 2))
    this = questionnaires.open_survey(chair, questionnaires.copy_survey(chair, last.id, 2026).id)
    _forms(chair, this, [(4, 30_000_000), (4, 20_000_000), (5, 40_000_000)])
    [number] = indices.survey_index(chair, this.id).numbers
    assert (number.code, number.answers, number.median) == ("omzet", 3, Decimal("30000000.0"))
    assert (number.previous_year, number.previous_median) == (2025, Decimal("25000000.0"))
    assert number.change == Decimal("5000000.0") and number.change_pct == Decimal("20.0")
    [old] = indices.survey_index(chair, last.id).numbers
    assert old.answers == 4 and old.previous_median is None and old.change is None


def test_round_half_up_is_exact():
    assert indices.round_half_up(Fraction(6825, 100), 1) == Decimal("68.3")
    assert indices.round_half_up(Fraction(6824, 100), 1) == Decimal("68.2")
    assert indices.round_half_up(Fraction(-5, 100), 1) == Decimal("-0.1")
    assert indices.round_half_up(Fraction(41, 60) * 100, 1) == Decimal("68.3")


answers_strategy = st.lists(st.lists(st.one_of(st.none(), st.integers(1, 5)),
                                     min_size=3, max_size=3).filter(lambda r: any(r)),
                            min_size=1, max_size=8)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(forms=answers_strategy, weights=st.lists(st.integers(1, 5), min_size=3, max_size=3))
def test_csi_is_between_20_and_100_and_equals_the_formula(chair, forms, weights):
    year = 2000 + db.current_database().execute_sql("SELECT count(*) FROM survey").fetchone()[0]
    questions = [QuestionInput("likert", f"Pernyataan {i}", w) for i, w in enumerate(weights)]
    survey = _open(chair, year, "pembeli", questions)
    _forms(chair, survey, forms, day=dt.date(year, 6, 1))
    index = indices.survey_index(chair, survey.id)
    # the plain formula, in Python, from the answers themselves
    columns = [[f[i] for f in forms if f[i] is not None] for i in range(3)]
    used = [(w, Fraction(sum(c), len(c))) for w, c in zip(weights, columns) if c]
    expected = sum(w * m for w, m in used) / (5 * sum(w for w, _ in used)) * 100
    assert index.csi == indices.round_half_up(expected, 1)
    assert Decimal(20) <= index.csi <= Decimal(100)


# --- check rules --------------------------------------------------------------------------------

def _failed():
    return {item.key: item.problems for item in check.integrity_report().items if not item.ok}


def _tamper(*statements):
    raw = sqlite3.connect(str(db.current_path()), isolation_level=None)
    try:
        for sql in statements:
            raw.execute(sql)
    finally:
        raw.close()


@pytest.fixture
def answered(chair):
    survey = _open(chair, 2026, "parkir", PARKING)
    other = _open(chair, 2026, "pedagang", TRADERS)
    _forms(chair, survey, [(4, 3, 2), (5, 3, 3)])
    _forms(chair, other, [(4, 1_000_000)])
    responses.void_response(chair, responses.list_responses(chair, survey.id)[0].id, "ganda")
    return survey, other


def test_a_healthy_survey_database_reports_nothing(answered):
    assert _failed() == {}
    assert {"check.survey_answers", "check.survey_responses_complete",
            "check.survey_responses_audit"} <= {r.key for r in check.rules()}


def test_a_likert_answer_out_of_range_is_seen(answered):
    _tamper("DROP TRIGGER survey_answer_no_update",
            "UPDATE survey_answer SET value = 7 WHERE response_id = 1 AND question_id = 1")
    failed = _failed()
    assert "check.survey_answers" in failed
    assert set(failed) <= {"check.survey_answers", "check.triggers",
                           "check.survey_responses_audit"}


def test_an_answer_on_another_surveys_question_is_seen(answered):
    survey, other = answered
    _tamper("DROP TRIGGER survey_answer_valid",
            f"INSERT INTO survey_answer VALUES (1, {other.questions[0].id}, 3)")
    assert "check.survey_answers" in _failed()


def test_a_missing_answer_is_seen(answered):
    _tamper("DROP TRIGGER survey_answer_no_delete",
            "DELETE FROM survey_answer WHERE response_id = 2 AND question_id = 2")
    failed = _failed()
    assert "check.survey_responses_complete" in failed
    assert "check.survey_answers" not in failed


def test_a_response_differing_from_its_audit_is_seen(answered):
    _tamper("DROP TRIGGER survey_response_fixed",
            "UPDATE survey_response SET response_date = '2026-11-18' WHERE id = 1")
    failed = _failed()
    assert "check.survey_responses_audit" in failed
    assert "check.survey_answers" not in failed
