"""The demo's surveys (issue 10, item 10): a parking users' survey, a buyers'
survey whose index comes out near the seed's 73 % and a traders' survey of
turnover and income for last year and this year (at the large scale, every
year the history covers).

A survey is written and opened when its year's books start (the history's
first day for this year's), copied from the year before when there is one;
its paper forms come in on a few days spread over some weeks in the autumn
and are typed in the day they are filled in, before the treasurer closes
that day. Last year's traders' forms, when the history does not reach back
to them, are typed in on the history's first morning, dated the day they
were filled in; last year's surveys are closed once their forms are in. On
this year's buyers' survey one form is typed twice and the copy voided.

Through the services each event calls ``services.surveys``; through
``BulkSink`` it writes the rows those functions write, in the same order
(survey and questions as a draft, then the opening; each response with its
answers; audit rows alike).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from types import SimpleNamespace

from sekretariat.demo.engine import Event, HistoryContext, Step
from sekretariat.demo.surveys_answers import QUESTIONNAIRES, Questionnaire, answer_sheets
from sekretariat.errors import Conflict, ValidationError

_SURVEY_COLUMNS = ("id", "year", "audience", "title", "status", "copy_of", "created_by",
                   "created_at")
_QUESTION_COLUMNS = ("id", "survey_id", "position", "code", "kind", "text", "weight", "unit")
_RESPONSE_COLUMNS = ("id", "survey_id", "response_date", "respondent", "created_by",
                     "created_at", "voided_on", "void_reason", "voided_by")
_ANSWER_COLUMNS = ("response_id", "question_id", "value")
DUPLICATE_REASON = "formulir terketik dua kali"
#: Forms come in over these days before the last day of the history.
WINDOW_FIRST, WINDOW_LAST = 49, 10


def _iso(at: dt.datetime) -> str:
    return at.isoformat(timespec="microseconds")


def _state(sink) -> dict:
    """The bulk path's memory of the surveys (and its tables, registered
    parents first)."""
    state = sink.modules.get("surveys")
    if state is None:
        for table, columns in (("survey", _SURVEY_COLUMNS), ("survey_question", _QUESTION_COLUMNS),
                               ("survey_response", _RESPONSE_COLUMNS),
                               ("survey_answer", _ANSWER_COLUMNS)):
            sink.rows(table, columns)
        state = sink.modules["surveys"] = {"surveys": {}, "years": set()}
    return state


def _survey_id(sink, key: str) -> int:
    return sink.refs[key][0]


# --- events ---------------------------------------------------------------------------

@dataclass(eq=False)
class CreateSurvey(Event):
    """Write a survey with its questions (a draft) and open it for responses."""

    at: dt.datetime
    key: str
    year: int
    questionnaire: Questionnaire
    copy_of: str | None = None
    role: str = "sekretaris"

    @property
    def title(self) -> str:
        return self.questionnaire.title.format(year=self.year)

    def apply_services(self, sink) -> None:
        from sekretariat.services.surveys import questionnaires

        session = sink.session(self.role)
        copy_of = _survey_id(sink, self.copy_of) if self.copy_of else None
        info = questionnaires.create_survey(session, self.year, self.questionnaire.audience,
                                            self.title, self.questionnaire.questions(),
                                            copy_of=copy_of)
        questionnaires.open_survey(session, info.id)
        sink.refs[self.key] = (info.id, "")

    def apply_bulk(self, sink) -> None:
        from sekretariat.services.surveys import questionnaires
        from sekretariat.services.surveys.questionnaires import QuestionInfo

        state = _state(sink)
        session, audience = sink.session(self.role), self.questionnaire.audience
        if (self.year, audience) in state["years"]:
            raise Conflict("surveys.exists", year=self.year, audience=audience)
        rows = questionnaires._questions(self.questionnaire.questions())
        copy_of = _survey_id(sink, self.copy_of) if self.copy_of else None
        survey_id = sink.next_id("survey")
        sink.rows("survey", _SURVEY_COLUMNS).append(
            (survey_id, self.year, audience, self.title, "draft", copy_of, session.user_id,
             _iso(self.at)))
        questions = []
        for row in rows:
            question_id = sink.next_id("survey_question")
            sink.rows("survey_question", _QUESTION_COLUMNS).append(
                (question_id, survey_id, row["position"], row["code"], row["kind"], row["text"],
                 row["weight"], row["unit"]))
            questions.append(QuestionInfo(question_id, row["position"], row["code"], row["kind"],
                                          row["text"], row["weight"], row["unit"]))
        sink.audit(self.at, session, "surveys.create", "survey", survey_id, None,
                   {"year": self.year, "audience": audience, "title": self.title,
                    "copy_of": copy_of, "questions": rows})
        # The questions go in while the survey is a draft (a trigger holds
        # them to it): write them now; the opening follows as an update.
        sink.flush()
        sink.update("survey", survey_id, {"status": "open"})
        sink.audit(self.at, session, "surveys.open", "survey", survey_id, {"status": "draft"},
                   {"status": "open"})
        state["years"].add((self.year, audience))
        state["surveys"][survey_id] = {"year": self.year, "status": "open",
                                       "questions": tuple(questions)}
        sink.refs[self.key] = (survey_id, "")


@dataclass(eq=False)
class CloseSurvey(Event):
    at: dt.datetime
    key: str
    role: str = "sekretaris"

    def apply_services(self, sink) -> None:
        from sekretariat.services.surveys import questionnaires

        questionnaires.close_survey(sink.session(self.role), _survey_id(sink, self.key))

    def apply_bulk(self, sink) -> None:
        survey_id = _survey_id(sink, self.key)
        survey = _state(sink)["surveys"][survey_id]
        if survey["status"] != "open":
            raise Conflict("surveys.cannot_closed", status=survey["status"])
        # the forms typed in before go in while the survey is still open
        sink.flush()
        sink.update("survey", survey_id, {"status": "closed"})
        sink.audit(self.at, sink.session(self.role), "surveys.closed", "survey", survey_id,
                   {"status": "open"}, {"status": "closed"})
        survey["status"] = "closed"


@dataclass(eq=False)
class RecordResponse(Event):
    """One paper form (``values`` in question order, None: skipped), dated ``day``."""

    at: dt.datetime
    key: str
    day: dt.date
    values: tuple[int | None, ...]
    respondent: str = ""
    ref: str | None = None          # names the response for a void
    role: str = "staf"

    def apply_services(self, sink) -> None:
        from sekretariat.services.surveys import questionnaires, responses

        session = sink.session(self.role)
        survey = questionnaires.get_survey(session, _survey_id(sink, self.key))
        answers = {q.id: value for q, value in zip(survey.questions, self.values, strict=True)}
        info = responses.record_response(session, survey.id, self.day, answers, self.respondent)
        if self.ref is not None:
            sink.refs[self.ref] = (info.id, "")

    def apply_bulk(self, sink) -> None:
        from sekretariat.i18n.formats import fmt_date
        from sekretariat.services.surveys import responses

        survey_id = _survey_id(sink, self.key)
        survey = _state(sink)["surveys"][survey_id]
        session, day = sink.session(self.role), self.day
        if day > self.at.date():
            raise ValidationError("surveys.future_date", field="day", day=fmt_date(day))
        if day.year != survey["year"]:
            raise ValidationError("surveys.wrong_year", field="day", day=fmt_date(day),
                                  year=survey["year"])
        if survey["status"] != "open":
            raise Conflict("surveys.not_open", status=survey["status"])
        questions = survey["questions"]
        values = responses._answers(SimpleNamespace(questions=questions), dict(
            zip((q.id for q in questions), self.values, strict=True)))
        respondent = " ".join(self.respondent.split())
        sink.assert_open(day)
        response_id = sink.next_id("survey_response")
        sink.rows("survey_response", _RESPONSE_COLUMNS).append(
            (response_id, survey_id, day.isoformat(), respondent, session.user_id,
             _iso(self.at), None, None, None))
        sink.rows("survey_answer", _ANSWER_COLUMNS).extend(
            (response_id, question_id, value) for question_id, value in values.items())
        sink.audit(self.at, session, "surveys.response", "survey_response", response_id, None,
                   {"survey_id": survey_id, "date": day.isoformat(), "respondent": respondent,
                    "answers": {str(k): v for k, v in values.items()}})
        if self.ref is not None:
            sink.refs[self.ref] = (response_id, "")


@dataclass(eq=False)
class VoidResponse(Event):
    """``responses.void_response`` of the response named ``ref``, dated ``at``'s day."""

    at: dt.datetime
    ref: str
    reason: str
    role: str = "staf"

    def apply_services(self, sink) -> None:
        from sekretariat.services.surveys import responses

        responses.void_response(sink.session(self.role), sink.refs[self.ref][0], self.reason,
                                void_date=self.at.date())

    def apply_bulk(self, sink) -> None:
        response_id, when = sink.refs[self.ref][0], self.at.date()
        session, reason = sink.session(self.role), " ".join(self.reason.split())
        sink.assert_open(when)
        sink.update("survey_response", response_id, {
            "voided_on": when.isoformat(), "void_reason": reason, "voided_by": session.user_id})
        sink.audit(self.at, session, "surveys.response_void", "survey_response", response_id,
                   {"voided_on": None}, {"voided_on": when.isoformat(), "reason": reason})


# --- the step -------------------------------------------------------------------------------

def _shift_year(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:               # 29 February
        return day.replace(year=day.year + years, day=28)


class Surveys(Step):
    """Schedules every survey's events when the history starts (see the module)."""

    name = "surveys"

    def start(self, ctx: HistoryContext) -> None:
        plan = ctx.plan
        rng = ctx.rng(self.name)
        days = plan.history_days()
        self.schedule: dict[dt.date, list[Event]] = defaultdict(list)
        if not days:
            return
        first, end = days[0], plan.history_end
        current = end.year
        window = [d for d in days if d.year == current
                  and end - dt.timedelta(days=WINDOW_FIRST) <= d
                  <= end - dt.timedelta(days=WINDOW_LAST)] or [d for d in days
                                                               if d.year == current]
        self.counter = 0
        for questionnaire in QUESTIONNAIRES:
            previous = None
            for year in range(first.year - 1, current + 1):
                forms = [_shift_year(d, year - current) for d in window]
                backfill = forms[0] < first
                if backfill and not (questionnaire is QUESTIONNAIRES[2] and year == current - 1):
                    continue
                key = f"survey/{questionnaire.audience}/{year}"
                made = max(first, dt.date(year, 1, 1))
                self._add(CreateSurvey(ctx.at(made, 7, 50, self._tick()), key, year,
                                       questionnaire, copy_of=previous,
                                       role=questionnaire.manager))
                last = self._forms(ctx, rng, questionnaire, key, year, current, forms,
                                   first if backfill else None, plan)
                if year < current:
                    self._add(CloseSurvey(ctx.at(last, 16, 0, self._tick()), key,
                                          role=questionnaire.manager))
                previous = key

    def _tick(self) -> int:
        """Seconds that keep events written at the same minute in order."""
        self.counter = (self.counter + 1) % 60
        return self.counter

    def _add(self, event: Event) -> None:
        self.schedule[event.at.date()].append(event)

    def _forms(self, ctx, rng, questionnaire: Questionnaire, key: str, year: int, current: int,
               window: list[dt.date], typed_on: dt.date | None, plan) -> dt.date:
        """Schedule a survey's forms; returns the day the last one is typed in."""
        sheets = answer_sheets(questionnaire, rng, questionnaire.forms, year, current)
        survey_days = window[::3] or window
        respondents = self._respondents(rng, questionnaire, plan, survey_days[0], len(sheets))
        by_day: dict[dt.date, int] = defaultdict(int)
        last = typed_on or survey_days[0]
        for index, values in enumerate(sheets):
            day = survey_days[index % len(survey_days)]
            on = typed_on or day
            slot = by_day[on]
            by_day[on] += 1
            at = ctx.at(on, 8, 30) + dt.timedelta(minutes=2 * slot)
            self._add(RecordResponse(at, key, day, tuple(values), respondents[index],
                                     role=questionnaire.clerk))
            last = max(last, on)
        if questionnaire.audience == "pembeli" and year == current:
            # one form typed twice by mistake; the copy is voided the same day
            on = typed_on or survey_days[-1]
            at = ctx.at(on, 8, 30) + dt.timedelta(minutes=2 * by_day[on])
            ref = f"{key}/duplicate"
            self._add(RecordResponse(at, key, on, tuple(sheets[-1]), respondents[-1], ref=ref,
                                     role=questionnaire.clerk))
            self._add(VoidResponse(at + dt.timedelta(minutes=5), ref, DUPLICATE_REASON,
                                   role=questionnaire.clerk))
        return last

    @staticmethod
    def _respondents(rng, questionnaire: Questionnaire, plan, day: dt.date,
                     count: int) -> list[str]:
        """Traders sign their form (name and stall); buyers and parking users
        answer anonymously."""
        if questionnaire.audience != "pedagang":
            return [""] * count
        tenants = sorted({(o.trader, o.stall) for o in plan.occupancies if o.active_on(day)})
        tenants = list({trader: stall for trader, stall in tenants}.items())
        rng.shuffle(tenants)
        names = [f"{plan.trader(number).name} ({stall})" for number, stall in tenants[:count]]
        return names + [""] * (count - len(names))

    def events(self, ctx: HistoryContext, day: dt.date) -> Iterable[Event]:
        return self.schedule.pop(day, ())
