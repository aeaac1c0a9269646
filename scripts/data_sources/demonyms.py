"""data/demonyms.tsv: adjectives and demonyms as evidence of a country focus (never mentions).

English and French come from mledoze/countries (plus a regular English plural). Arabic comes
from the nisba rule applied to the hand-checked stems below (masculine singular, no article):
stem, +ة, +ين, +ون, each with and without ال, plus a few broken plurals (الأتراك, الروس).
Stems that are also everyday words are left out on purpose: مالي (Mali / "financial"),
قمري (Comoros / "lunar"), روماني (Romania / "Roman"), كوري (two Koreas).
"""
from __future__ import annotations

from typing import Iterable, Iterator

from .common import load_json

NISBA_STEMS: dict[str, tuple[str, ...]] = {
    # Arab world
    "LY": ("ليبي",), "TN": ("تونسي",), "DZ": ("جزائري",), "MA": ("مغربي",), "MR": ("موريتاني",),
    "EG": ("مصري",), "SD": ("سوداني",), "SY": ("سوري",), "IQ": ("عراقي",), "LB": ("لبناني",),
    "JO": ("أردني",), "PS": ("فلسطيني",), "SA": ("سعودي",), "YE": ("يمني",), "OM": ("عماني",),
    "AE": ("إماراتي",), "QA": ("قطري",), "BH": ("بحريني",), "KW": ("كويتي",), "SO": ("صومالي",),
    "DJ": ("جيبوتي",),
    # neighbours and powers present in the region's news
    "TR": ("تركي",), "IR": ("إيراني",), "IL": ("إسرائيلي",), "RU": ("روسي",),
    "US": ("أمريكي", "أميركي"), "GB": ("بريطاني",), "FR": ("فرنسي",), "DE": ("ألماني",),
    "IT": ("إيطالي",), "ES": ("إسباني",), "CN": ("صيني",), "JP": ("ياباني",), "IN": ("هندي",),
    "PK": ("باكستاني",), "AF": ("أفغاني",), "UA": ("أوكراني",), "ET": ("إثيوبي",), "ER": ("إريتري",),
    "TD": ("تشادي",), "NE": ("نيجري",), "NG": ("نيجيري",), "GR": ("يوناني",), "CY": ("قبرصي",),
    "KE": ("كيني",), "CA": ("كندي",), "AU": ("أسترالي",), "BR": ("برازيلي",), "GE": ("جورجي",),
    "AM": ("أرميني",), "AZ": ("أذربيجاني",), "BE": ("بلجيكي",), "NL": ("هولندي",), "CH": ("سويسري",),
    "SE": ("سويدي",), "NO": ("نرويجي",), "PL": ("بولندي",), "ID": ("إندونيسي",), "MY": ("ماليزي",),
    "BD": ("بنغلاديشي",), "UG": ("أوغندي",), "SN": ("سنغالي",), "HU": ("مجري",), "AT": ("نمساوي",),
    "PT": ("برتغالي",), "IE": ("أيرلندي",), "VE": ("فنزويلي",), "MX": ("مكسيكي",), "CU": ("كوبي",),
}
BROKEN_PLURALS: dict[str, tuple[str, ...]] = {
    "TR": ("الأتراك", "أتراك"), "RU": ("الروس", "روس"), "DE": ("الألمان", "ألمان"),
    "US": ("الأمريكان", "الأميركان"), "AF": ("الأفغان",), "GB": ("الإنجليز", "الإنكليز"),
}


# Nisba forms that are also a country's own name: سورية is Syria as Syrian media write it
# (aliases_hand.tsv), so only السورية etc. stay demonyms.
NOT_DEMONYMS = frozenset({"سورية"})


def nisba_forms(stem: str) -> list[str]:
    """ليبي -> ليبي، ليبية، ليبيين، ليبيون and the same with ال."""
    bare = [stem, stem + "ة", stem + "ين", stem + "ون"]
    return [f for f in bare + ["ال" + f for f in bare] if f not in NOT_DEMONYMS]


def _english_plural(word: str) -> str | None:
    """Libyan -> Libyans, Iraqi -> Iraqis; British, French, Chinese have no such plural."""
    if word.endswith(("an", "i")) and " " not in word:
        return word + "s"
    return None


def demonym_rows() -> Iterator[tuple[str, str, str]]:
    for c in load_json("countries.json"):
        cc = c["cca2"]
        dem = c.get("demonyms") or {}
        for lang in ("eng", "fra"):
            for form in sorted(set((dem.get(lang) or {}).values())):
                if not form or len(form) < 4:
                    continue
                yield cc, lang[:2], form
                if lang == "eng" and (pl := _english_plural(form)):
                    yield cc, "en", pl
    # السعودية and جيبوتي are the countries' own everyday names as well as adjectives: names win.
    country_names = {(c.get("translations", {}).get("ara") or {}).get("common") for c in load_json("countries.json")}
    for cc, stems in NISBA_STEMS.items():
        for stem in stems:
            for form in nisba_forms(stem):
                if form not in country_names:
                    yield cc, "ar", form
    for cc, forms in BROKEN_PLURALS.items():
        for form in forms:
            yield cc, "ar", form


HEADER = ("country_code", "lang", "form")


def strip_demonyms(rows: Iterable[list[str]]) -> Iterator[list[str]]:
    """Drop aliases that are demonyms or adjectives (some translations of 'Pakistan' are
    'Pakistani'): they are evidence for the resolver, never place names."""
    forms = {form for _cc, _lang, form in demonym_rows()}
    for r in rows:
        r = list(r)
        r[10] = "|".join(a for a in r[10].split("|") if a and a not in forms)
        if r[9] in forms and r[2] != "country":  # Ethiopia's Somali Region as الصومالية: an adjective
            r[9] = ""
        if r[8] in forms and r[2] != "country":
            r[8] = f"{r[8]} Region"  # Ethiopia's "Somali" is the Somali Region; bare, an adjective
        yield r
