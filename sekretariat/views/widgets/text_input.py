"""An ``Input`` whose ``max_length`` is a visible rule, not a silent cut.

Textual's own ``max_length`` drops what does not fit, so a long paste loses
its end without a word. ``TextInput(max_length=N)`` accepts everything and
adds a ``LengthValidator(N)``: the form shows "maksimal N karakter" next to
the field and the service refuses the save with the same limit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.validation import Validator
from textual.widgets import Input

from sekretariat.views.widgets.validators import LengthValidator


class TextInput(Input):
    def __init__(self, value: str | None = None, *args: Any, max_length: int = 0,
                 validators: Validator | Iterable[Validator] | None = None,
                 **kwargs: Any) -> None:
        if isinstance(validators, Validator):
            checks: list[Validator] = [validators]
        else:
            checks = list(validators or [])
        if max_length:
            checks.append(LengthValidator(max_length))
        super().__init__(value, *args, validators=checks, **kwargs)
        self.limit = max_length
