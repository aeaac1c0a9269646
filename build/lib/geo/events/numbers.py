"""Written numbers in English and Arabic: "seven", "twenty-five", "سبعة", "ثلاثة عشر", "7", "١٢".

Casualty counts are written out as often as in digits ("three dead", "مقتل خمسة مدنيين").
Vague quantities ("dozens", "عشرات", "hundreds") parse to None on purpose: an analyst should
never see an invented exact figure. The regex fragments ``EN_NUMBER`` and ``AR_NUMBER`` let the
fatality patterns capture a number expression, which :func:`parse_number` then evaluates;
``AR_NUMBER`` works on text folded by :func:`geo.events.text.fold` (ة->ه, أ->ا, ى->ي).
"""
from __future__ import annotations

import re

from geo.events.text import fold

_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
# Folded Arabic (ة->ه, ى->ي, أ/إ/آ->ا). Masculine and feminine, nominative and oblique forms.
_AR_UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2,
    "اثني": 2, "اثنتا": 2, "اثنتي": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4,
    "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8,
    "ثمان": 8, "تسع": 9, "تسعه": 9, "احد": 1, "احدي": 1,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_AR_UNITS = {fold(k): v for k, v in _AR_UNITS.items()}
_AR_TEN = {"عشر", "عشره"}  # 10 alone; +10 after a unit (ثلاثة عشر = 13)
_HUNDRED = {fold(k): v for k, v in {
    "hundred": 100, "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200,
    "مائتين": 200}.items()}
_HUNDRED_SUFFIXES = (fold("مئة"), fold("مائة"))
_THOUSAND = {"thousand": 1000, "الف": 1000, "الاف": 1000, "الفان": 2000, "الفين": 2000}  # already folded
# Vague quantities: recognised (so "dozens killed" is not read as a number) but worth None.
_VAGUE = {"dozens", "scores", "hundreds", "thousands", "several", "many", "some", "few", "tens",
          "عشرات", "العشرات", "مئات", "المئات", "بضعه", "عده", "عدد"}
_VAGUE_EN_ONLY = {"dozens", "scores", "hundreds", "thousands", "several", "many", "some", "few", "tens"}

_EN_WORDS = sorted(set(_EN_UNITS) - {"a", "an"} | {"hundred", "thousand", "dozen"}, key=len, reverse=True)
EN_NUMBER = (r"(?:\d[\d,]*|(?:%s)(?:[\s-]+(?:and[\s-]+)?(?:%s))*|dozens|scores|hundreds|several)"
             % ("|".join(_EN_WORDS), "|".join(_EN_WORDS)))
_AR_WORDS = sorted((set(_AR_UNITS) | _AR_TEN | set(_HUNDRED) - {"hundred"} | set(_THOUSAND) - {"thousand"}
                    | {u + suf for u in ("ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع")
                       for suf in _HUNDRED_SUFFIXES}),
                   key=len, reverse=True)
AR_NUMBER = (r"(?:\d+|(?:%s)(?:\s+و?(?:%s))*|العشرات|عشرات|المئات|مئات|بضعه)"
             % ("|".join(_AR_WORDS), "|".join(_AR_WORDS)))

_TOKEN = re.compile(r"[^\s\-,]+")


def parse_number(text: str) -> int | None:
    """The integer a number expression denotes, or None when vague or not a number.

    >>> parse_number("seven"), parse_number("ثلاثة عشر"), parse_number("dozens")
    (7, 13, None)
    """
    s = fold(text).strip()
    if not s:
        return None
    digits = s.replace(",", "").replace("٬", "")
    if digits.isdigit():
        return int(digits)
    tokens = _TOKEN.findall(s)
    if not tokens:
        return None
    total = 0
    current = 0
    seen = False
    for raw in tokens:
        tok = raw
        if tok == "and":
            continue
        if tok in _VAGUE or tok in _VAGUE_EN_ONLY:
            return None
        if tok.startswith("و") and len(tok) > 2 and _ar_value_known(tok[1:]):
            tok = tok[1:]  # the conjunction in "خمسة وعشرين"
        if tok.isdigit():
            current += int(tok)
            seen = True
        elif tok == "dozen":
            current = (current or 1) * 12
            seen = True
        elif tok in _AR_TEN:
            current += 10
            seen = True
        elif tok in _EN_UNITS:
            if tok in ("a", "an") and seen:
                return None
            current += _EN_UNITS[tok]
            seen = True
        elif tok in _AR_UNITS:
            current += _AR_UNITS[tok]
            seen = True
        elif tok in _HUNDRED:
            current = (current or 1) * _HUNDRED[tok] if _HUNDRED[tok] == 100 else current + 200
            seen = True
        elif _hundreds_word(tok):
            current += _hundreds_word(tok)
            seen = True
        elif tok in _THOUSAND:
            mult = _THOUSAND[tok]
            if tok == "الاف" and not current:
                return None  # "آلاف" alone is "thousands"
            total += (current or 1) * 1000 if mult == 1000 else mult
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _hundreds_word(tok: str) -> int:
    """ثلاثمائة -> 300; 0 when the token is not a fused hundreds word."""
    for suffix in _HUNDRED_SUFFIXES:
        if tok.endswith(suffix) and tok[: -len(suffix)] in _AR_UNITS:
            return _AR_UNITS[tok[: -len(suffix)]] * 100
    return 0


def _ar_value_known(tok: str) -> bool:
    return tok in _AR_UNITS or tok in _AR_TEN or tok in _HUNDRED or tok in _THOUSAND
