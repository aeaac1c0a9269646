"""Generic words of administrative divisions, and the with/without forms of a division's name.

'North Darfur' and 'North Darfur State', 'شمال دارفور' and 'ولاية شمال دارفور' are all written
in the news; the recogniser decides which to trust, so the data carries both.
"""
from __future__ import annotations

import re

from .textnorm import fold_latin, is_junk_alias

EN_GENERIC = ("governorate", "province", "state", "region", "district", "department", "county",
              "prefecture", "parish", "municipality", "muhafazat", "wilayat", "oblast", "emirate",
              "division", "territory", "popularate", "shabiyat", "regional")
AR_GENERIC = ("محافظة", "ولاية", "شعبية", "منطقة", "إقليم", "مقاطعة", "إمارة", "بلدية", "جهة", "أمانة")

# Arabic generic word used in each Arab country (and the US) for its first-level divisions.
AR_TYPE_BY_COUNTRY = {
    "SY": "محافظة", "IQ": "محافظة", "EG": "محافظة", "JO": "محافظة", "YE": "محافظة", "LB": "محافظة",
    "PS": "محافظة", "BH": "محافظة", "KW": "محافظة", "OM": "محافظة", "SA": "منطقة", "SD": "ولاية",
    "DZ": "ولاية", "TN": "ولاية", "MA": "جهة", "LY": "شعبية", "QA": "بلدية", "AE": "إمارة",
    "US": "ولاية", "MR": "ولاية", "SO": "إقليم", "UA": "مقاطعة", "TR": "ولاية", "IR": "محافظة",
    "AF": "ولاية",
}
# English generic word used with a division's bare name, by country.
EN_TYPE_BY_COUNTRY = {
    "SY": "Governorate", "IQ": "Governorate", "EG": "Governorate", "JO": "Governorate",
    "YE": "Governorate", "LB": "Governorate", "PS": "Governorate", "BH": "Governorate",
    "KW": "Governorate", "OM": "Governorate", "SA": "Province", "SD": "State", "DZ": "Province",
    "TN": "Governorate", "MA": "Region", "LY": "District", "AE": "Emirate", "US": "State",
    "SS": "State", "NG": "State", "ET": "Region", "SO": "Region", "AF": "Province", "IR": "Province",
    "TR": "Province", "PK": "Province", "UA": "Oblast", "MR": "Region", "TD": "Province", "ML": "Region",
    "NE": "Region",
}
# Bare names that are everyday English words: never an alias alone ("Centre", "North"...).
COMMON_EN = frozenset("""
north south east west northern southern eastern western central centre center capital coast
lakes islands island upper lower middle mountain mountains plains valley river sea national
federal city border highlands lowlands interior littoral nord sud est ouest centre-sud
""".split())

_EN_GENERIC_RE = re.compile(r"\b(?:%s)\b" % "|".join(EN_GENERIC), re.I)
_AR_GENERIC_RE = re.compile(r"^(?:%s)\s+" % "|".join(AR_GENERIC))


def bare_en(name: str) -> str:
    """'North Darfur State' -> 'North Darfur'; 'Muhafazat Hadramaout' -> 'Hadramaout'."""
    out = _EN_GENERIC_RE.sub(" ", name)
    out = re.sub(r"\s+of\s*$|^\s*of\s+", " ", out)
    out = " ".join(out.replace(" ,", ",").split()).strip(" ,-")
    return out or name


def bare_ar(name: str) -> str:
    """'ولاية شمال دارفور' -> 'شمال دارفور'."""
    return _AR_GENERIC_RE.sub("", " ".join(name.split())) or name


def _has_generic_ar(name: str) -> bool:
    """'المنطقة الشرقية' already says what it is: no 'منطقة المنطقة الشرقية'."""
    return any(g in name or ("ال" + g[:-1]) in name for g in AR_GENERIC)


def strip_brackets(name: str) -> str:
    """'Guelmim-Oued Noun (EH-partial)' -> 'Guelmim-Oued Noun': the bracket is a note, not a name."""
    return " ".join(re.sub(r"\([^)]*\)", " ", name or "").split())


def is_common_en(name: str) -> bool:
    return fold_latin(name) in COMMON_EN


def division_forms(cc: str, name_en: str, name_ar: str, bare_ar_ok: bool = True) -> list[str]:
    """Both forms (with and without the generic word) in both languages, minus junk.
    bare_ar_ok=False keeps only the Arabic form with the generic word (ولاية واشنطن: bare
    واشنطن is the US capital in Arabic news)."""
    forms: list[str] = []
    if name_en:
        b = bare_en(name_en)
        forms += [name_en, b]
        if cc in EN_TYPE_BY_COUNTRY and not is_junk_alias(b) and not is_common_en(b):
            forms.append(f"{b} {EN_TYPE_BY_COUNTRY[cc]}")
    if name_ar:
        b = bare_ar(name_ar)
        forms += [name_ar, b] if bare_ar_ok else [name_ar]
        if cc in AR_TYPE_BY_COUNTRY and not is_junk_alias(b) and not _has_generic_ar(b):
            forms.append(f"{AR_TYPE_BY_COUNTRY[cc]} {b}")
    return [f for f in forms if not is_junk_alias(f) and not is_common_en(f)]
