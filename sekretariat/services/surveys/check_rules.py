"""The survey area's rules in ``sekretariat check`` (registered in the core
registry, ``services/core/check.py``):

* every answer belongs to a question of its response's survey, and a likert
  answer lies in 1..5, a number answer is >= 0;
* every response answers (or skips) every question of its survey, and
  answers at least one;
* a response equals what its audit record says (date, answers).
"""

from __future__ import annotations

import json

from sekretariat.services.core.check import rule


def _t(key: str, **params) -> str:
    from sekretariat.i18n import t

    return t(key, **params)


@rule("check.survey_answers", area="surveys")
def answers(conn) -> list[str]:
    problems = []
    for response_id, question_id, value in conn.execute_sql(
            "SELECT a.response_id, a.question_id, a.value FROM survey_answer a"
            " JOIN survey_response r ON r.id = a.response_id"
            " LEFT JOIN survey_question q ON q.id = a.question_id"
            " WHERE q.id IS NULL OR q.survey_id IS NOT r.survey_id"
            " OR (a.value IS NOT NULL AND ((q.kind = 'likert' AND a.value NOT BETWEEN 1 AND 5)"
            "     OR a.value < 0))"
            " ORDER BY a.response_id, a.question_id"):
        problems.append(_t("check.survey_answer_problem", response=response_id,
                           question=question_id, value="-" if value is None else value))
    for response_id, in conn.execute_sql(
            "SELECT a.response_id FROM survey_answer a LEFT JOIN survey_response r"
            " ON r.id = a.response_id WHERE r.id IS NULL GROUP BY a.response_id"):
        problems.append(_t("check.survey_answer_orphan", response=response_id))
    return problems


@rule("check.survey_responses_complete", area="surveys")
def complete(conn) -> list[str]:
    problems = []
    for response_id, questions, answered, given in conn.execute_sql(
            "SELECT r.id, (SELECT count(*) FROM survey_question q WHERE q.survey_id = r.survey_id),"
            " (SELECT count(*) FROM survey_answer a JOIN survey_question q"
            "  ON q.id = a.question_id AND q.survey_id = r.survey_id WHERE a.response_id = r.id),"
            " (SELECT count(a.value) FROM survey_answer a WHERE a.response_id = r.id)"
            " FROM survey_response r ORDER BY r.id"):
        if answered != questions or not given:
            problems.append(_t("check.survey_response_incomplete", response=response_id,
                               answered=answered, questions=questions))
    return problems


@rule("check.survey_responses_audit", area="surveys")
def audited(conn) -> list[str]:
    records = {}
    for entity_id, after in conn.execute_sql(
            "SELECT entity_id, after FROM audit_log WHERE entity = 'survey_response'"
            " AND action = 'surveys.response'"):
        try:
            records[int(entity_id)] = json.loads(after)
        except (TypeError, ValueError):
            continue
    stored: dict[int, dict] = {}
    for response_id, survey_id, day, question_id, value in conn.execute_sql(
            "SELECT r.id, r.survey_id, r.response_date, a.question_id, a.value"
            " FROM survey_response r LEFT JOIN survey_answer a ON a.response_id = r.id"
            " ORDER BY r.id"):
        row = stored.setdefault(response_id, {"survey_id": survey_id, "date": day,
                                              "answers": {}})
        if question_id is not None:
            row["answers"][str(question_id)] = value
    problems = []
    for response_id, row in stored.items():
        record = records.get(response_id)
        if record is None or any(record.get(k) != v for k, v in row.items()):
            problems.append(_t("check.survey_response_audit_problem", response=response_id))
    return problems
