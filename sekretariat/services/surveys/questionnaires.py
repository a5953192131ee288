"""Questionnaires: one survey per year and audience, with its questions.

A survey is written as a draft with all its questions (``create_survey``) or
copied from an earlier year (``copy_survey``, the questions keep their codes so
next year's figures compare with this year's), then opened for responses and
closed. Questions never change once written; a survey never goes away."""

from __future__ import annotations

from dataclasses import dataclass

from sekretariat import clock, db
from sekretariat.errors import Conflict, NotFound, ValidationError
from sekretariat.models import Survey, SurveyQuestion
from sekretariat.services.core import audit
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.core.tx import writing

AUDIENCES = ("parkir", "pembeli", "pedagang", "pengelola")
KINDS = ("likert", "number")
STATUSES = ("draft", "open", "closed")
MAX_TITLE = 120
MAX_TEXT = 200
MAX_UNIT = 20
MAX_CODE = 20
MAX_QUESTIONS = 60


@dataclass(frozen=True)
class QuestionInput:
    kind: str                 # 'likert' or 'number'
    text: str
    weight: int | None = None  # importance 1..5 for a likert statement
    unit: str = ""            # for a number question ('Rp', 'orang', ...)
    code: str | None = None   # stable across years; 'q<position>' when not given


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    position: int
    code: str
    kind: str
    text: str
    weight: int | None
    unit: str


@dataclass(frozen=True)
class SurveyInfo:
    id: int
    year: int
    audience: str
    title: str
    status: str
    copy_of: int | None
    created_at: str
    questions: tuple[QuestionInfo, ...]
    responses: int            # responses in force (not void)

    def question(self, code: str) -> QuestionInfo:
        return next(q for q in self.questions if q.code == code)


def create_survey(session: Session, year: int, audience: str, title: str,
                  questions: list[QuestionInput], *, copy_of: int | None = None) -> SurveyInfo:
    """A draft survey with its questions, in one transaction."""
    require(session, "surveys.manage")
    year, audience = _year(year), _audience(audience)
    title = _text(title, MAX_TITLE, "title")
    rows = _questions(questions)
    with writing():
        if Survey.get_or_none((Survey.year == year) & (Survey.audience == audience)):
            raise Conflict("surveys.exists", year=year, audience=audience_label(audience))
        survey_id = Survey.insert(year=year, audience=audience, title=title, status="draft",
                                  copy_of=copy_of, created_by=session.user_id,
                                  created_at=clock.now_iso()).execute()
        for row in rows:
            SurveyQuestion.insert(survey=survey_id, **row).execute()
        audit.record(session, "surveys.create", "survey", survey_id, None,
                     {"year": year, "audience": audience, "title": title,
                      "copy_of": copy_of, "questions": rows})
    return get_survey(session, survey_id)


def copy_survey(session: Session, source_id: int, year: int, *,
                title: str | None = None) -> SurveyInfo:
    """Last year's questionnaire again for ``year`` (same audience, same
    questions, codes and weights), as a draft."""
    source = get_survey(session, source_id)
    if _year(year) == source.year:
        raise ValidationError("surveys.copy_same_year", field="year", year=year)
    questions = [QuestionInput(q.kind, q.text, q.weight, q.unit, q.code)
                 for q in source.questions]
    new_title = title if title is not None else source.title.replace(str(source.year), str(year))
    return create_survey(session, year, source.audience, new_title, questions,
                         copy_of=source.id)


def open_survey(session: Session, survey_id: int) -> SurveyInfo:
    """Open for responses (a draft, or a closed survey opened again)."""
    return _set_status(session, survey_id, "open", ("draft", "closed"))


def close_survey(session: Session, survey_id: int) -> SurveyInfo:
    return _set_status(session, survey_id, "closed", ("open",))


def _set_status(session: Session, survey_id: int, status: str, allowed: tuple[str, ...]):
    require(session, "surveys.manage")
    with writing():
        row = Survey.get_or_none(Survey.id == survey_id)
        if row is None:
            raise NotFound("surveys.not_found", id=survey_id)
        if row.status not in allowed:
            raise Conflict(f"surveys.cannot_{status}", status=status_label(row.status))
        Survey.update(status=status).where(Survey.id == survey_id).execute()
        audit.record(session, f"surveys.{status}", "survey", survey_id,
                     {"status": row.status}, {"status": status})
    return get_survey(session, survey_id)


def get_survey(session: Session, survey_id: int) -> SurveyInfo:
    require(session, "surveys.view")
    found = _load("s.id = ?", (survey_id,))
    if not found:
        raise NotFound("surveys.not_found", id=survey_id)
    return found[0]


def find_survey(session: Session, year: int, audience: str) -> SurveyInfo | None:
    require(session, "surveys.view")
    found = _load("s.year = ? AND s.audience = ?", (year, audience))
    return found[0] if found else None


def list_surveys(session: Session, *, year: int | None = None,
                 audience: str | None = None) -> list[SurveyInfo]:
    require(session, "surveys.view")
    where, params = ["1 = 1"], []
    if year is not None:
        where.append("s.year = ?")
        params.append(year)
    if audience is not None:
        where.append("s.audience = ?")
        params.append(audience)
    return _load(" AND ".join(where), tuple(params))


def previous_survey(survey: SurveyInfo) -> SurveyInfo | None:
    """The latest earlier year's survey of the same audience (no permission
    test: callers already hold ``surveys.view``)."""
    found = _load("s.audience = ? AND s.year < ?", (survey.audience, survey.year))
    return found[-1] if found else None


def _load(where: str, params: tuple) -> list[SurveyInfo]:
    conn = db.current_database()
    surveys = list(conn.execute_sql(
        "SELECT s.id, s.year, s.audience, s.title, s.status, s.copy_of, s.created_at,"
        " (SELECT count(*) FROM survey_response r WHERE r.survey_id = s.id"
        "  AND r.voided_on IS NULL)"
        f" FROM survey s WHERE {where} ORDER BY s.year, s.audience", params))
    result = []
    for sid, year, audience, title, status, copied, created_at, responses in surveys:
        questions = tuple(QuestionInfo(*r) for r in conn.execute_sql(
            "SELECT id, position, code, kind, text, weight, unit FROM survey_question"
            " WHERE survey_id = ? ORDER BY position", (sid,)))
        result.append(SurveyInfo(sid, year, audience, title, status, copied, created_at,
                                 questions, responses))
    return result


def audience_label(audience: str) -> str:
    from sekretariat.i18n import t

    return t(f"surveys.audience.{audience}")


def status_label(status: str) -> str:
    from sekretariat.i18n import t

    return t(f"surveys.status.{status}")


def _questions(questions: list[QuestionInput]) -> list[dict]:
    if not questions:
        raise ValidationError("surveys.no_questions", field="questions")
    if len(questions) > MAX_QUESTIONS:
        raise ValidationError("surveys.too_many_questions", field="questions",
                              maximum=MAX_QUESTIONS)
    rows, codes = [], set()
    for position, q in enumerate(questions, start=1):
        if q.kind not in KINDS:
            raise ValidationError("surveys.kind_invalid", field="questions", position=position)
        text = _text(q.text, MAX_TEXT, "question", position=position)
        code = " ".join(str(q.code or f"q{position}").split()).lower()
        if not code or len(code) > MAX_CODE:
            raise ValidationError("surveys.code_invalid", field="questions", position=position,
                                  maximum=MAX_CODE)
        if code in codes:
            raise ValidationError("surveys.code_twice", field="questions", code=code)
        codes.add(code)
        if q.kind == "likert":
            if (not isinstance(q.weight, int) or isinstance(q.weight, bool)
                    or not 1 <= q.weight <= 5):
                raise ValidationError("surveys.weight_invalid", field="questions",
                                      position=position)
            weight, unit = q.weight, ""
        else:
            if q.weight is not None:
                raise ValidationError("surveys.weight_for_number", field="questions",
                                      position=position)
            weight = None
            unit = " ".join(str(q.unit or "").split())
            if len(unit) > MAX_UNIT:
                raise ValidationError("surveys.text_long", field="unit", maximum=MAX_UNIT,
                                      length=len(unit))
        rows.append({"position": position, "code": code, "kind": q.kind, "text": text,
                     "weight": weight, "unit": unit})
    return rows


def _year(year) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2999:
        raise ValidationError("surveys.year_invalid", field="year", year=year)
    if year > clock.today().year + 1:
        raise ValidationError("surveys.year_future", field="year", year=year)
    return year


def _audience(audience: str) -> str:
    if audience not in AUDIENCES:
        raise ValidationError("surveys.audience_invalid", field="audience",
                              audience=audience, allowed=", ".join(AUDIENCES))
    return audience


def _text(value, limit: int, field: str, **params) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise ValidationError(f"surveys.{field}_empty", field=field, **params)
    if len(text) > limit:
        raise ValidationError("surveys.text_long", field=field, maximum=limit, length=len(text))
    return text
