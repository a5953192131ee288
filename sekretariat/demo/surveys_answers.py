"""What the demo's questionnaires ask and how people answer them.

Three questionnaires, as the seed's evaluation did (``../shared/seeds``: buyer
satisfaction 73 %, turnover +20 %, traders' income +30 %):

* parking users: safety, order, the attendants' friendliness and the
  fairness of the tariff, each with an importance weight;
* buyers: a satisfaction index near 73 % this year;
* traders: a few statements and two number questions (estimated monthly
  turnover and net income, in rupiah) whose medians rise about 20 % and 30 %
  against last year.

Answers are drawn so that the figures come out where they should whatever
the seed: a statement's answers sum to exactly ``round(mean × count)`` (a
spread made of zero-sum moves), and a number question's answers are scaled
so that their median is the target, then rounded as people write amounts.

This is data, not interface text: the books are kept in Indonesian.
"""

from __future__ import annotations

import random
import statistics
from dataclasses import dataclass

from sekretariat.services.surveys.questionnaires import QuestionInput

SCALE_MAX = 5


@dataclass(frozen=True)
class Statement:
    code: str
    text: str
    weight: int
    offset: float       # above or below the survey's mean satisfaction (answer points)


@dataclass(frozen=True)
class Amount:
    code: str
    text: str
    unit: str
    growth: float       # the median's rise from last year to this year (0.2: +20 %)
    base: int           # last year's median
    step: int           # answers are rounded to this (people write round amounts)
    skipped: float = 0.0   # share of forms that leave it empty


@dataclass(frozen=True)
class Questionnaire:
    audience: str
    title: str          # with {year}
    statements: tuple[Statement, ...]
    amounts: tuple[Amount, ...]
    csi: float          # this year's target index, percent
    forms: int          # forms per year
    manager: str        # the role that writes and opens it
    clerk: str          # the role that types the forms in

    def questions(self) -> list[QuestionInput]:
        return ([QuestionInput("likert", s.text, s.weight, code=s.code) for s in self.statements]
                + [QuestionInput("number", a.text, unit=a.unit, code=a.code)
                   for a in self.amounts])

    def csi_in(self, year: int, current: int) -> float:
        """The target index of ``year``: this year's, a little lower each year before."""
        if year >= current:
            return self.csi
        return max(55.0, self.csi - 3.0 - 1.5 * (current - 1 - year))


PARKING = Questionnaire(
    "parkir", "Survei Kepuasan Pengguna Parkir {year}",
    (Statement("keamanan", "Kendaraan aman selama diparkir", 5, 0.20),
     Statement("ketertiban", "Parkir tertib, mudah masuk dan keluar", 4, 0.0),
     Statement("keramahan", "Juru parkir ramah dan membantu", 3, 0.15),
     Statement("tarif", "Tarif parkir wajar dan sesuai karcis", 4, -0.35)),
    (), csi=71.0, forms=60, manager="parkir", clerk="parkir")

BUYERS = Questionnaire(
    "pembeli", "Survei Kepuasan Pembeli {year}",
    (Statement("kebersihan", "Pasar bersih dan tidak becek", 5, -0.25),
     Statement("keamanan", "Merasa aman saat berbelanja", 4, 0.15),
     Statement("harga", "Harga barang wajar", 5, 0.05),
     Statement("kelengkapan", "Barang yang dicari tersedia", 3, 0.25),
     Statement("keramahan", "Pedagang ramah dan jujur menimbang", 3, 0.20),
     Statement("akses", "Mudah datang dan memarkir kendaraan", 2, -0.30),
     Statement("fasilitas", "Toilet dan musala terawat", 2, -0.35)),
    (), csi=73.0, forms=100, manager="sekretaris", clerk="staf")

TRADERS = Questionnaire(
    "pedagang", "Survei Pedagang {year}",
    (Statement("kebersihan", "Lingkungan kios/los bersih", 4, -0.10),
     Statement("keamanan", "Barang dagangan aman di malam hari", 5, 0.10),
     Statement("pelayanan", "Pelayanan sekretariat pasar", 4, 0.15),
     Statement("pembeli", "Pasar ramai pembeli", 3, -0.20)),
    (Amount("omzet", "Perkiraan omzet sebulan", "Rp", 0.20, 12_000_000, 250_000, 0.02),
     Amount("pendapatan", "Perkiraan pendapatan bersih sebulan", "Rp", 0.30, 3_000_000,
            100_000, 0.06)),
    csi=70.0, forms=50, manager="sekretaris", clerk="sekretaris")

QUESTIONNAIRES = (PARKING, BUYERS, TRADERS)


def statement_means(questionnaire: Questionnaire, csi: float) -> list[float]:
    """Each statement's mean answer, so that their importance-weighted mean is
    ``csi`` percent of the top score."""
    statements = questionnaire.statements
    total = sum(s.weight for s in statements)
    shift = sum(s.weight * s.offset for s in statements) / total
    target = csi / 100 * SCALE_MAX
    return [min(4.8, max(1.2, target + s.offset - shift)) for s in statements]


def likert_column(rng: random.Random, count: int, mean: float) -> list[int]:
    """``count`` answers 1..5 summing to exactly ``round(mean × count)``."""
    total = int(mean * count + 0.5)
    base, extra = divmod(total, count)
    values = [base + 1] * extra + [base] * (count - extra)
    for _ in range(count // 2 + 1):          # spread them out, keeping the sum
        up, down = rng.randrange(count), rng.randrange(count)
        if up != down and values[up] < SCALE_MAX and values[down] > 1:
            values[up] += 1
            values[down] -= 1
    rng.shuffle(values)
    return values


def amount_column(rng: random.Random, count: int, median: float, step: int) -> list[int]:
    """``count`` amounts with a long right tail and the median ``median``
    (within half a ``step``), each a multiple of ``step``."""
    factors = [rng.lognormvariate(0.0, 0.45) for _ in range(count)]
    middle = statistics.median(factors)
    return [max(step, int(median * f / middle / step + 0.5) * step) for f in factors]


def median_in(amount: Amount, year: int, current: int) -> float:
    """The target median of ``year``: last year's base, this year's risen by
    ``growth``, earlier years 5 % a year lower."""
    if year >= current:
        return amount.base * (1 + amount.growth)
    return amount.base / 1.05 ** (current - 1 - year)


def answer_sheets(questionnaire: Questionnaire, rng: random.Random, count: int, year: int,
                  current: int) -> list[list[int | None]]:
    """``count`` forms, each a list of answers in question order."""
    columns: list[list[int | None]] = [
        list(likert_column(rng, count, mean))
        for mean in statement_means(questionnaire, questionnaire.csi_in(year, current))]
    for amount in questionnaire.amounts:
        column: list[int | None] = list(amount_column(rng, count, median_in(amount, year, current),
                                                      amount.step))
        for index in range(count):
            if rng.random() < amount.skipped:
                column[index] = None
        columns.append(column)
    return [list(row) for row in zip(*columns)]
