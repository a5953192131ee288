"""Section numbers typed on the home screen. Digits build a number: when no
other section this role may open has a number starting with the digits
typed, that section opens at once; otherwise it opens after a short pause
(or on Enter). "0" alone means 10. So "2" opens 2 at once, "1" "1" opens 11,
and a lone "1" opens 1 after the pause."""

from __future__ import annotations

from collections.abc import Iterable

#: Seconds to wait for another digit before opening what was typed.
PAUSE = 0.6


class TypedNumber:
    def __init__(self, numbers: Iterable[int]) -> None:
        self.numbers = sorted(set(numbers))
        self.typed = ""

    def _starting(self, text: str) -> list[int]:
        return [n for n in self.numbers if str(n).startswith(text)]

    def enabled(self, digit: str) -> bool:
        """Whether ``digit`` leads anywhere now (the footer greys the rest)."""
        if self.typed and self._starting(self.typed + digit):
            return True
        if digit == "0":
            return 10 in self.numbers
        # 10 has its own key: "1" alone is live only for 1, 11, 12, ...
        return any(n != 10 for n in self._starting(digit))

    def press(self, digit: str) -> int | None:
        """The section number to open now, or None (waiting, or nothing)."""
        text = self.typed + digit if self.typed else ("10" if digit == "0" else digit)
        found = self._starting(text)
        if not found and self.typed:  # a new number begins
            self.typed = ""
            return self.press(digit)
        if not found:
            return None
        if found == [int(text)]:
            self.typed = ""
            return int(text)
        self.typed = text
        return None

    @property
    def waiting(self) -> bool:
        return bool(self.typed)

    def finish(self) -> int | None:
        """The pause is over (or Enter): the number typed, if it is a section."""
        text, self.typed = self.typed, ""
        return int(text) if text and int(text) in self.numbers else None

    def clear(self) -> None:
        self.typed = ""
