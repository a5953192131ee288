"""The figures of a survey: the Customer Satisfaction Index and the medians.

Customer Satisfaction Index (CSI), the importance-weighted mean satisfaction
over the maximum score, as a percentage::

    mean_i = (sum of the answers to statement i) / (number of answers to it)
    CSI    = sum(w_i * mean_i) / (5 * sum(w_i)) * 100

with w_i the statement's importance weight (1..5) and 5 the top of the Likert
scale. Only responses in force count (void ones do not) and skipped answers
are left out of their statement's mean; a statement nobody answered is left
out of the index altogether (its weight too). Per statement the satisfaction
is ``mean_i / 5 * 100``. As every answer lies in 1..5, the CSI lies in
20..100 %.

For a number question: the median of its answers, and the change against the
same question (same code) in the latest earlier year's survey of the same
audience, in units and in percent.

Sums and counts come from SQL aggregates; the arithmetic is exact
(``Fraction``) and the results are ``Decimal`` rounded half up (percentages
to 0.1, means to 0.01)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from sekretariat import db
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.surveys.questionnaires import SurveyInfo, get_survey, previous_survey

SCALE_MAX = 5


@dataclass(frozen=True)
class StatementIndex:
    question_id: int
    position: int
    code: str
    text: str
    weight: int
    answers: int                  # answers counted (not skipped, response in force)
    mean: Decimal | None          # 1.00 .. 5.00
    satisfaction: Decimal | None  # mean / 5 * 100, 20.0 .. 100.0


@dataclass(frozen=True)
class NumberSummary:
    question_id: int
    position: int
    code: str
    text: str
    unit: str
    answers: int
    median: Decimal | None
    previous_year: int | None
    previous_median: Decimal | None
    change: Decimal | None        # median - previous median
    change_pct: Decimal | None    # change / previous median * 100 (None when that is 0)


@dataclass(frozen=True)
class SurveyIndex:
    survey: SurveyInfo
    responses: int                # responses in force
    statements: tuple[StatementIndex, ...]
    csi: Decimal | None           # None until a statement has an answer
    numbers: tuple[NumberSummary, ...]


def round_half_up(value: Fraction, places: int) -> Decimal:
    """``value`` rounded half up (away from zero) to ``places`` decimals, exactly."""
    scale = 10 ** places
    scaled = abs(value) * scale
    whole = int(scaled + Fraction(1, 2))            # floor(x + 1/2) for x >= 0
    sign = -1 if value < 0 else 1
    return (Decimal(sign * whole) / Decimal(scale)).quantize(Decimal(1).scaleb(-places))


def csi_fraction(stats: list[tuple[int, int, int]]) -> Fraction | None:
    """The exact CSI from (weight, sum of answers, number of answers) per
    statement; statements without answers are left out."""
    used = [(w, Fraction(total, n)) for w, total, n in stats if n]
    if not used:
        return None
    return (sum(w * mean for w, mean in used) / (SCALE_MAX * sum(w for w, _ in used))) * 100


def survey_index(session: Session, survey_id: int) -> SurveyIndex:
    require(session, "surveys.view")
    survey = get_survey(session, survey_id)
    conn = db.current_database()
    stats = {qid: (n, total) for qid, n, total in conn.execute_sql(
        "SELECT a.question_id, count(a.value), coalesce(sum(a.value), 0)"
        " FROM survey_answer a JOIN survey_response r ON r.id = a.response_id"
        " JOIN survey_question q ON q.id = a.question_id"
        " WHERE r.survey_id = ? AND r.voided_on IS NULL AND q.kind = 'likert'"
        " AND a.value IS NOT NULL GROUP BY a.question_id", (survey_id,))}
    statements, weighted = [], []
    for q in survey.questions:
        if q.kind != "likert":
            continue
        n, total = stats.get(q.id, (0, 0))
        mean = Fraction(total, n) if n else None
        statements.append(StatementIndex(
            q.id, q.position, q.code, q.text, q.weight, n,
            round_half_up(mean, 2) if n else None,
            round_half_up(mean / SCALE_MAX * 100, 1) if n else None))
        weighted.append((q.weight, total, n))
    csi = csi_fraction(weighted)
    previous = previous_survey(survey)
    numbers = tuple(_number(survey_id, q, previous) for q in survey.questions
                    if q.kind == "number")
    return SurveyIndex(survey, survey.responses, tuple(statements),
                       round_half_up(csi, 1) if csi is not None else None, numbers)


def _number(survey_id: int, q, previous: SurveyInfo | None) -> NumberSummary:
    count, median = median_of(survey_id, q.id)
    prev_q = None
    if previous is not None:
        prev_q = next((p for p in previous.questions
                       if p.code == q.code and p.kind == "number"), None)
    prev_median = median_of(previous.id, prev_q.id)[1] if prev_q else None
    change = change_pct = None
    if median is not None and prev_median is not None:
        change = median - prev_median
        if prev_median:
            change_pct = round_half_up(change / prev_median * 100, 1)
    return NumberSummary(q.id, q.position, q.code, q.text, q.unit, count,
                         _exact(median), previous.year if prev_q else None,
                         _exact(prev_median), _exact(change), change_pct)


def median_of(survey_id: int, question_id: int) -> tuple[int, Fraction | None]:
    """(number of answers, their median) for a number question, the middle
    row(s) picked by SQL (ORDER BY value LIMIT/OFFSET, on an index)."""
    conn = db.current_database()
    where = (" FROM survey_answer a JOIN survey_response r ON r.id = a.response_id"
             " WHERE a.question_id = ? AND r.survey_id = ? AND r.voided_on IS NULL"
             " AND a.value IS NOT NULL")
    count = conn.execute_sql(f"SELECT count(*){where}", (question_id, survey_id)).fetchone()[0]
    if not count:
        return 0, None
    middle = [v for (v,) in conn.execute_sql(
        f"SELECT a.value{where} ORDER BY a.value LIMIT ? OFFSET ?",
        (question_id, survey_id, 2 - count % 2, (count - 1) // 2))]
    return count, Fraction(sum(middle), len(middle))


def _exact(value: Fraction | None) -> Decimal | None:
    """A median (a whole number or a half) or a difference of two, exactly."""
    return None if value is None else round_half_up(value, 1)
