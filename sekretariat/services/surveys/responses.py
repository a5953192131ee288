"""Responses: one paper form typed in, all its answers at once or nothing.

Every question of the survey is answered or explicitly skipped (``None``);
a likert statement takes 1..5, a number question a whole number >= 0. A
response is dated (the day the form was filled in), refused on a closed day,
never edited or deleted: a wrong one is voided with a reason, dated in an open
day, and typed again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sekretariat import clock, db
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.i18n.formats import fmt_date
from sekretariat.models import SurveyAnswer, SurveyResponse
from sekretariat.money import MAX_AMOUNT
from sekretariat.services.core import audit, days
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing
from sekretariat.services.surveys.questionnaires import get_survey, status_label

MAX_RESPONDENT = 120
MAX_REASON = 300


@dataclass(frozen=True)
class ResponseInfo:
    id: int
    survey_id: int
    response_date: dt.date
    respondent: str
    answers: dict            # question_id -> value (None: skipped)
    created_by: str
    created_at: str
    voided_on: dt.date | None
    void_reason: str | None

    @property
    def is_void(self) -> bool:
        return self.voided_on is not None


def record_response(session: Session, survey_id: int, day: dt.date, answers: dict,
                    respondent: str = "") -> ResponseInfo:
    """Record one form: ``answers`` maps every question id of the survey to
    its value or ``None`` (skipped); at least one must be answered."""
    require(session, "surveys.enter")
    survey = get_survey(session, survey_id)
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise ValidationError("date.invalid", field="day", text=str(day))
    if day > clock.today():
        raise ValidationError("surveys.future_date", field="day", day=fmt_date(day))
    if day.year != survey.year:
        raise ValidationError("surveys.wrong_year", field="day", day=fmt_date(day),
                              year=survey.year)
    if survey.status != "open":
        raise Conflict("surveys.not_open", status=status_label(survey.status))
    values = _answers(survey, answers)
    respondent = " ".join(str(respondent or "").split())
    if len(respondent) > MAX_RESPONDENT:
        raise ValidationError("surveys.text_long", field="respondent", maximum=MAX_RESPONDENT,
                              length=len(respondent))
    with writing():
        days.assert_open(day)
        response_id = SurveyResponse.insert(
            survey=survey_id, response_date=day, respondent=respondent,
            created_by=session.user_id, created_at=clock.now_iso()).execute()
        SurveyAnswer.insert_many(
            [{"response": response_id, "question": qid, "value": value}
             for qid, value in values.items()]).execute()
        audit.record(session, "surveys.response", "survey_response", response_id, None,
                     {"survey_id": survey_id, "date": day.isoformat(), "respondent": respondent,
                      "answers": {str(k): v for k, v in values.items()}})
    return get_response(session, response_id)


def _answers(survey, answers) -> dict[int, int | None]:
    if not isinstance(answers, dict):
        raise ValidationError("surveys.answers_invalid", field="answers")
    questions = {q.id: q for q in survey.questions}
    unknown = [k for k in answers if k not in questions]
    if unknown:
        raise ValidationError("surveys.answer_unknown_question", field="answers",
                              question=unknown[0])
    values: dict[int, int | None] = {}
    for q in survey.questions:
        if q.id not in answers:
            raise ValidationError("surveys.answer_missing", field=f"q{q.position}",
                                  position=q.position)
        value = answers[q.id]
        if value is not None:
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValidationError("surveys.answer_not_whole", field=f"q{q.position}",
                                      position=q.position, value=value)
            if q.kind == "likert" and not 1 <= value <= 5:
                raise ValidationError("surveys.answer_likert_range", field=f"q{q.position}",
                                      position=q.position, value=value)
            if q.kind == "number" and not 0 <= value <= MAX_AMOUNT:
                raise ValidationError("surveys.answer_number_range", field=f"q{q.position}",
                                      position=q.position, value=value)
        values[q.id] = value
    if all(v is None for v in values.values()):
        raise ValidationError("surveys.response_empty", field="answers")
    return values


def void_response(session: Session, response_id: int, reason: str,
                  void_date: dt.date | None = None) -> ResponseInfo:
    """Void a wrong form (dated in an open day, today by default)."""
    require(session, "surveys.enter")
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise ValidationError("surveys.reason_empty", field="reason")
    if len(reason) > MAX_REASON:
        raise ValidationError("surveys.text_long", field="reason", maximum=MAX_REASON,
                              length=len(reason))
    when = void_date or clock.today()
    with writing():
        row = SurveyResponse.get_or_none(SurveyResponse.id == response_id)
        if row is None:
            raise NotFound("surveys.response_not_found", id=response_id)
        if row.voided_on is not None:
            raise Conflict("surveys.response_already_void", id=response_id)
        if when < _date(row.response_date) or when > clock.today():
            raise ValidationError("surveys.void_date_invalid", field="void_date",
                                  day=fmt_date(when))
        days.assert_open(when)
        SurveyResponse.update(voided_on=when, void_reason=reason, voided_by=session.user_id) \
            .where(SurveyResponse.id == response_id).execute()
        audit.record(session, "surveys.response_void", "survey_response", response_id,
                     {"voided_on": None}, {"voided_on": when.isoformat(), "reason": reason})
    return get_response(session, response_id)


def get_response(session: Session, response_id: int) -> ResponseInfo:
    require(session, "surveys.view")
    found = _load("r.id = ?", (response_id,), 1)
    if not found:
        raise NotFound("surveys.response_not_found", id=response_id)
    return found[0]


def list_responses(session: Session, survey_id: int, *, limit: int = 500,
                   offset: int = 0) -> list[ResponseInfo]:
    """A page of a survey's responses, newest first, void ones included."""
    require(session, "surveys.view")
    return _load("r.survey_id = ?", (survey_id,), limit, offset)


def _load(where: str, params: tuple, limit: int, offset: int = 0) -> list[ResponseInfo]:
    conn = db.current_database()
    rows = list(conn.execute_sql(
        "SELECT r.id, r.survey_id, r.response_date, r.respondent, u.username, r.created_at,"
        " r.voided_on, r.void_reason FROM survey_response r JOIN app_user u"
        f" ON u.id = r.created_by WHERE {where} ORDER BY r.id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset)))
    answers: dict[int, dict] = {r[0]: {} for r in rows}
    if rows:
        marks = ", ".join("?" * len(rows))
        for rid, qid, value in conn.execute_sql(
                "SELECT response_id, question_id, value FROM survey_answer"
                f" WHERE response_id IN ({marks})", tuple(answers)):
            answers[rid][qid] = value
    return [ResponseInfo(rid, sid, _date(day), who, answers[rid], user, at,
                         _date(voided) if voided else None, reason)
            for rid, sid, day, who, user, at, voided, reason in rows]


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
