"""Surveys: questionnaires, responses, answers (schema: migrations/0008_surveys.sql)."""

import peewee as pw

from sekretariat.models.base import BaseModel
from sekretariat.models.core import User


class Survey(BaseModel):
    year = pw.IntegerField()
    audience = pw.TextField()
    title = pw.TextField()
    status = pw.TextField(default="draft")
    copy_of = pw.ForeignKeyField("self", null=True, column_name="copy_of",
                                     lazy_load=False, backref="+")
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()

    class Meta:
        table_name = "survey"


class SurveyQuestion(BaseModel):
    survey = pw.ForeignKeyField(Survey, column_name="survey_id", lazy_load=False)
    position = pw.IntegerField()
    code = pw.TextField()
    kind = pw.TextField()
    text = pw.TextField()
    weight = pw.IntegerField(null=True)
    unit = pw.TextField(default="")

    class Meta:
        table_name = "survey_question"


class SurveyResponse(BaseModel):
    survey = pw.ForeignKeyField(Survey, column_name="survey_id", lazy_load=False)
    response_date = pw.DateField()
    respondent = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()
    voided_on = pw.DateField(null=True)
    void_reason = pw.TextField(null=True)
    voided_by = pw.ForeignKeyField(User, null=True, column_name="voided_by", lazy_load=False,
                                   backref="+")

    class Meta:
        table_name = "survey_response"


class SurveyAnswer(BaseModel):
    response = pw.ForeignKeyField(SurveyResponse, column_name="response_id", lazy_load=False)
    question = pw.ForeignKeyField(SurveyQuestion, column_name="question_id", lazy_load=False)
    value = pw.IntegerField(null=True)

    class Meta:
        table_name = "survey_answer"
        primary_key = pw.CompositeKey("response", "question")
        without_rowid = True


SURVEY_MODELS = [Survey, SurveyQuestion, SurveyResponse, SurveyAnswer]
