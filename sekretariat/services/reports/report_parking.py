"""The report's parking and survey sections: parking income (expected) and
hand-overs per month (``trends.income_trend``), their totals per attendant
(``leaks.attendant_summary``), the attendants' debts at the end
(``debts_on``), and the survey indices of the period's year
(``indices.survey_index``): buyers', parking users' (with each statement's
score) and the traders' reported turnover and income (the change of their
medians against the year before).

Indices and changes are exact fractions of one (the PDF shows percentages)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from sekretariat.i18n import t
from sekretariat.services.core.session import Session
from sekretariat.services.parking.debts_on import debts_on
from sekretariat.services.parking.leaks import attendant_summary
from sekretariat.services.parking.trends import income_trend
from sekretariat.services.reports.period import Period
from sekretariat.services.reports.report_types import MonthValue, Parking, Surveys
from sekretariat.services.surveys.indices import SurveyIndex, survey_index
from sekretariat.services.surveys.questionnaires import find_survey

#: The traders' survey's number questions the report reads (their codes are
#: kept from year to year when a questionnaire is copied).
TURNOVER, INCOME = "omzet", "pendapatan"


def share(percent: Decimal | None) -> Fraction | None:
    """A percentage (``73.4``) as a fraction of one."""
    return None if percent is None else Fraction(percent) / 100


def parking_section(session: Session, period: Period, as_of: dt.date,
                    surveyed: SurveyIndex | None) -> Parking:
    trend = income_trend(session, period.start, as_of, grain="month")
    expected, handed = t("annual.series.expected"), t("annual.series.handed_over")
    by_month = tuple(MonthValue(point.start, ((expected, point.income),
                                              (handed, point.handed_over)))
                     for point in trend.totals)
    people = attendant_summary(session, period.start, as_of)
    debts = tuple((row.name, row.debt) for row in debts_on(session, as_of))
    statements = tuple((s.text, share(s.satisfaction)) for s in
                       (surveyed.statements if surveyed else ()) if s.satisfaction is not None)
    return Parking(bool(people or debts), by_month, sum(p.expected for p in people),
                   sum(p.handed_over for p in people), debts, statements,
                   share(surveyed.csi) if surveyed else None)


def index_of(session: Session, year: int, audience: str) -> SurveyIndex | None:
    """The index of the year's survey of an audience (None: no survey, or no
    form typed in)."""
    found = find_survey(session, year, audience)
    if found is None:
        return None
    index = survey_index(session, found.id)
    return index if index.responses else None


def median_change(index: SurveyIndex | None, code: str) -> Fraction | None:
    """The change of a number question's median against the year before, as
    a fraction of last year's median (None: not asked, or nothing to compare)."""
    if index is None:
        return None
    found = next((n for n in index.numbers if n.code == code), None)
    if found is None or found.change is None or not found.previous_median:
        return None
    return Fraction(found.change) / Fraction(found.previous_median)


def surveys_section(session: Session, year: int) -> tuple[Surveys, SurveyIndex | None]:
    """The surveys section and the parking users' index (the parking section
    shows it per statement)."""
    buyers = index_of(session, year, "pembeli")
    parking = index_of(session, year, "parkir")
    traders = index_of(session, year, "pedagang")
    section = Surveys(any(i is not None for i in (buyers, parking, traders)),
                      share(buyers.csi) if buyers else None,
                      share(parking.csi) if parking else None,
                      median_change(traders, TURNOVER), median_change(traders, INCOME))
    return section, parking
