"""Home-screen section numbers typed digit by digit (views/core/section_keys.py)."""

from sekretariat.views.core.section_keys import TypedNumber


def test_digits_build_numbers_and_wait_only_when_another_number_starts_alike():
    keys = TypedNumber([1, 2, 5, 10, 11])
    assert keys.press("2") == 2 and not keys.waiting          # nothing else starts with 2
    assert keys.press("1") is None and keys.waiting           # 1, 10, 11
    assert keys.press("1") == 11 and not keys.waiting
    assert keys.press("1") is None and keys.finish() == 1     # the pause (or Enter): 1
    assert keys.press("0") == 10                              # 0 alone is 10
    assert keys.press("1") is None and keys.press("0") == 10  # and so is 1 0
    assert keys.press("1") is None and keys.press("5") == 5   # 15 is nothing: a new number
    assert keys.press("7") is None and not keys.waiting       # no such section


def test_only_live_digits_are_enabled():
    staff = TypedNumber([2, 5, 6, 7, 8, 10])
    assert staff.enabled("0") and staff.enabled("2")
    assert not staff.enabled("1")  # 10 has its own key
    chair = TypedNumber(range(1, 12))
    assert chair.enabled("1") and chair.enabled("0")
    chair.press("1")
    assert chair.enabled("1") and chair.enabled("0") and chair.enabled("2")
    assert TypedNumber([1, 2]).finish() is None
