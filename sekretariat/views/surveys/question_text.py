"""The questions of a new survey as typed in the create dialog, one a line:

    L 4 Keamanan parkir terjamin      (a statement, importance weight 1..5)
    N Rp Omzet sebulan                (a number question and its unit)
    N - Jumlah pegawai                (a number question without a unit)

Blank lines and lines starting with ``#`` are left out. The service checks
the rest (lengths, how many)."""

from __future__ import annotations

from sekretariat.errors import ValidationError
from sekretariat.services.surveys.questionnaires import QuestionInput
from sekretariat.services.surveys.text import fmt_decimal, fmt_quantity, is_rupiah

__all__ = ["fmt_decimal", "fmt_quantity", "is_rupiah", "parse_questions", "questions_text"]


def parse_questions(text: str) -> list[QuestionInput]:
    questions = []
    for number, raw in enumerate((text or "").splitlines(), start=1):
        line = " ".join(raw.split())
        if not line or line.startswith("#"):
            continue
        parts = line.split(" ", 2)
        kind = parts[0].upper()
        if kind not in ("L", "N") or len(parts) < 3:
            raise ValidationError("tui.surveys.line_invalid", field="questions", line=number,
                                  text=line)
        if kind == "L":
            if parts[1] not in ("1", "2", "3", "4", "5"):
                raise ValidationError("tui.surveys.line_weight", field="questions",
                                      line=number, text=line)
            questions.append(QuestionInput("likert", parts[2], int(parts[1])))
        else:
            unit = "" if parts[1] == "-" else parts[1]
            questions.append(QuestionInput("number", parts[2], unit=unit))
    return questions


def questions_text(questions) -> str:
    """Questions (``QuestionInfo``) written back in the same format."""
    lines = []
    for q in questions:
        if q.kind == "likert":
            lines.append(f"L {q.weight} {q.text}")
        else:
            lines.append(f"N {q.unit or '-'} {q.text}")
    return "\n".join(lines)
