"""Written numbers in English and Arabic, as casualty counts are written."""
from hypothesis import given
from hypothesis import strategies as st

import pytest

from geo.events.numbers import parse_number


@pytest.mark.parametrize("text,value", [
    ("three", 3), ("seven", 7), ("Twenty-five", 25), ("one hundred and five", 105), ("a dozen", 12),
    ("two thousand", 2000), ("7", 7), ("1,200", 1200), ("١٢", 12),
    ("سبعة", 7), ("ثلاثة عشر", 13), ("أحد عشر", 11), ("اثنا عشر", 12), ("خمسة وعشرين", 25),
    ("ثلاثمائة", 300), ("مئة وخمسون", 150), ("ثلاثة آلاف", 3000), ("اثنين", 2), ("عشرة", 10),
])
def test_written_numbers_read_as_integers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["dozens", "hundreds", "several", "عشرات", "العشرات", "مئات", "آلاف", "بضعة"])
def test_vague_quantities_give_none_not_a_guess(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["", "   ", "soldiers", "مدنيين", "seven soldiers"])
def test_non_numbers_give_none(text):
    assert parse_number(text) is None


@given(st.integers(min_value=0, max_value=10**7))
def test_digits_round_trip(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
