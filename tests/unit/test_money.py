import pytest
from hypothesis import given
from hypothesis import strategies as st

from sekretariat.errors import ValidationError
from sekretariat.i18n import set_language
from sekretariat.money import MAX_AMOUNT, format_rupiah, parse_rupiah

amounts = st.integers(min_value=0, max_value=MAX_AMOUNT)


@pytest.mark.parametrize("text, expected", [
    ("1.250.000", 1_250_000),
    ("Rp 1.250.000", 1_250_000),
    ("Rp1.250.000", 1_250_000),
    ("rp. 1.250.000,-", 1_250_000),
    ("1250000", 1_250_000),
    ("  750000 ", 750_000),
    ("1,25 jt", 1_250_000),
    ("1,5 juta", 1_500_000),
    ("750 rb", 750_000),
    ("IDR 5.000", 5_000),
    ("0", 0),
])
def test_parses_what_people_type(text, expected):
    assert parse_rupiah(text) == expected


@pytest.mark.parametrize("text, key", [
    ("", "money.empty"),
    ("abc", "money.invalid"),
    ("12a", "money.invalid"),
    ("1.250.000,50", "money.fraction"),
    ("Rp 1.250.000,00", "money.fraction"),
    ("1,5", "money.fraction"),
    ("1.25", "money.grouping"),
    ("12.34.567", "money.grouping"),
    ("-5.000", "money.negative"),
    ("1,2345678 jt", "money.fraction"),
    ("5 dolar", "money.invalid"),
    ("9" * 19, "money.too_large"),
    ("1.000.000.000.000.000", "money.too_large"),
])
def test_rejects_with_a_reason(text, key):
    with pytest.raises(ValidationError) as info:
        parse_rupiah(text, field="amount")
    assert info.value.key == key
    assert info.value.field == "amount"
    assert info.value.message and info.value.message != key


def test_zero_and_negative_only_when_allowed():
    with pytest.raises(ValidationError) as info:
        parse_rupiah("0", allow_zero=False)
    assert info.value.key == "money.zero"
    assert parse_rupiah("-5.000", allow_negative=True) == -5000


def test_floats_and_bools_are_not_money():
    with pytest.raises(ValidationError):
        parse_rupiah(True)
    with pytest.raises(TypeError):
        format_rupiah(1.5)


def test_format_indonesian_and_english():
    assert format_rupiah(1_250_000) == "Rp1.250.000"
    assert format_rupiah(-1_250_000) == "-Rp1.250.000"
    assert format_rupiah(0) == "Rp0"
    assert format_rupiah(1_250_000, "en") == "Rp1.250.000"  # one rule, every language


@given(amounts)
def test_parse_format_roundtrip(amount):
    assert parse_rupiah(format_rupiah(amount)) == amount


@given(st.integers(min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT))
def test_parse_format_roundtrip_negative(amount):
    assert parse_rupiah(format_rupiah(amount), allow_negative=True) == amount


@given(amounts)
def test_roundtrip_in_english(amount):
    set_language("en")
    try:
        assert parse_rupiah(format_rupiah(amount)) == amount
    finally:
        set_language("id")
