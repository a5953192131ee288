"""Input validators that use the same parsers as the services, so what the
form accepts as you type is what the save accepts."""

from __future__ import annotations

from textual.validation import ValidationResult, Validator

from sekretariat.errors import ValidationError


class MoneyValidator(Validator):
    """Whole rupiah as people type it (``1.250.000``, ``Rp 1.250.000``,
    ``750 rb``); an empty field is allowed unless ``required``."""

    def __init__(self, *, required: bool = False) -> None:
        super().__init__()
        self.required = required

    def validate(self, value: str) -> ValidationResult:
        from sekretariat.money import parse_rupiah

        if not value.strip() and not self.required:
            return self.success()
        try:
            parse_rupiah(value)
        except ValidationError as exc:
            return self.failure(exc.message, value)
        return self.success()


class DateValidator(Validator):
    """``23/11/2026`` or ``2026-11-23``; empty allowed unless ``required``."""

    def __init__(self, *, required: bool = True) -> None:
        super().__init__()
        self.required = required

    def validate(self, value: str) -> ValidationResult:
        from sekretariat.i18n.formats import parse_date

        if not value.strip() and not self.required:
            return self.success()
        try:
            parse_date(value)
        except ValidationError as exc:
            return self.failure(exc.message, value)
        return self.success()


def first_failure(result: ValidationResult | None) -> str:
    if result is None or result.is_valid:
        return ""
    descriptions = result.failure_descriptions
    return descriptions[0] if descriptions else ""


class LengthValidator(Validator):
    """At most ``maximum`` characters: a longer text (typed or pasted) is kept
    as typed and reported with the limit, never cut."""

    def __init__(self, maximum: int) -> None:
        super().__init__()
        self.maximum = maximum

    def validate(self, value: str) -> ValidationResult:
        from sekretariat.i18n import t

        if len(value) <= self.maximum:
            return self.success()
        return self.failure(t("input.too_long", maximum=self.maximum, found=len(value)), value)
