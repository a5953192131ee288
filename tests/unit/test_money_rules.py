"""Rupiah amounts are read by one rule, whatever the UI language."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sekretariat.errors import ValidationError
from sekretariat.i18n import set_language
from sekretariat.money import MAX_AMOUNT, format_rupiah, parse_rupiah

LANGS = ("id", "en")


def _parse_in(lang, text, **kw):
    set_language(lang)
    try:
        return parse_rupiah(text, **kw)
    except ValidationError as exc:
        return exc.key
    finally:
        set_language("id")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text, expected", [
    ("1,25 jt", 1_250_000),
    ("1,5 juta", 1_500_000),
    ("2,5 rb", 2_500),
    ("7,5 ribu", 7_500),
    ("Rp 15.000,-", 15_000),
    ("1.000", 1_000),
    ("1.250.000", 1_250_000),
    ("1000", 1_000),
])
def test_same_reading_in_both_languages(lang, text, expected):
    assert _parse_in(lang, text) == expected


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text, key", [
    ("1,000", "money.ambiguous_comma"),
    ("1,250,000", "money.ambiguous_comma"),
    ("Rp 12,500", "money.ambiguous_comma"),
    ("1,5", "money.fraction"),
    ("1,50", "money.fraction"),
    ("1.000,50", "money.fraction"),
    ("1,2345678 jt", "money.fraction"),
    ("1.5 jt", "money.grouping"),
    ("1.000.-", "money.invalid"),
])
def test_same_refusal_in_both_languages(lang, text, key):
    assert _parse_in(lang, text) == key


@pytest.mark.parametrize("lang", LANGS)
def test_ambiguous_comma_asks_what_was_meant(lang):
    set_language(lang)
    try:
        with pytest.raises(ValidationError) as info:
            parse_rupiah("1,000", field="amount")
    finally:
        set_language("id")
    assert "1.000" in info.value.params["suggestion"]
    set_language(lang)
    try:
        message = info.value.message
    finally:
        set_language("id")
    assert "Rp1.000" in message and "1.000" in message
    assert ("Maksud Anda" in message) == (lang == "id")


@given(st.integers(min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT), st.sampled_from(LANGS),
       st.sampled_from(LANGS))
def test_format_then_parse_roundtrips_in_any_language(amount, write_lang, read_lang):
    text = format_rupiah(amount, write_lang)
    assert _parse_in(read_lang, text, allow_negative=True) == amount


@given(st.text(alphabet="0123456789.,- Rpjtrb", max_size=14))
def test_the_language_never_changes_the_reading(text):
    assert _parse_in("id", text, allow_negative=True) == _parse_in("en", text,
                                                                   allow_negative=True)
