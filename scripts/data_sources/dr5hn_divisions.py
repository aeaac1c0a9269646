"""dr5hn divisions that are no GeoNames admin1: English counties, French departments, Moroccan
provinces... added to data/admin2.tsv.gz as second-level divisions (issue 11).

dr5hn's "states" mix levels: for some countries they are GeoNames' first level (matched in
admin1.py), for others the level below (the UK's counties and boroughs, under GeoNames' England,
Scotland...). A division unmatched by admin1.py is added here when:
- its type is not its country's first level (a quarter of the type matched GeoNames admin1: an
  unmatched Indonesian "province" is West Java under another spelling, not a new place), nor in
  SKIP_TYPES, and its name is no country's and no admin1's of its country;
- its point lies inside (or near) Natural Earth's polygon of the same ISO 3166-2 code, when
  Natural Earth has one (dr5hn put the London borough of Brent near Milton Keynes), and within
  HOME_KM of a cities500 town of its country, none of another country being nearer;
- no cities500 town (of any country) with the same name lies within TOWN_KM (Sheffield,
  Leicester and Cork stay the towns: a "metropolitan district" of the same name would compete).
A name that is an everyday English word (Centre, Antique, North West) keeps only its typed form
(Antique Province, North West District); without one (Highland, Angus) the row is left out.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterator

from .admin1 import ARAB_LEAGUE, _taken_arabic_names, match_dr5hn
from .admin_names import bare_en, is_common_en, strip_brackets
from .common import GAZ, admin1_codes, load_gnc, load_jsonl_gz, place_row
from .geo_index import city_index
from .ne_polygons import inside as _inside, ne_rings
from .textnorm import fold_latin, is_arabic, is_everyday_word, is_junk_alias, key, transliteration_agrees

FIRST_LEVEL_SHARE = 0.25  # Spain's 4 of 50 provinces, Czechia's 5 of 76 districts are strays
HOME_KM = 100.0  # a division's point lies within this of one of its country's towns
TOWN_KM = 25.0  # a same-named town this close is the place the name means
POLYGON_SLACK_DEG = 0.05  # about 5 km: NE's 1:10m coastlines cut off points on the shore
# wordfreq Zipf from which a bare name reads as an English word first (Centre 4.95, Reading 5.1).
# Lower would drop the counties news names bare (Kent 4.2, Hampshire 4.0, Surrey 3.8); the words
# below it that are also division names are listed by hand in EVERYDAY_EN.
EVERYDAY_ZIPF = 4.5
# Bare division names under EVERYDAY_ZIPF that English text uses as words or first names
# (checked by hand over the added rows with Zipf >= 3; Ain is Arabic's "spring" in romanised
# names, Cher a singer, VAR football's video referee): they keep only their typed form.
EVERYDAY_EN = frozenset("antique bam pita lola mayo kerry laguna highland angus merton lau ain cher var".split())
# Types that are never a second-level division worth a name of its own (quarters of Monaco,
# Niue's villages, whole countries of the UK, overseas territories that are countries in GeoNames).
SKIP_TYPES = frozenset({
    "", "country", "quarter", "village", "outlying area", "overseas collectivity", "overseas region",
    "overseas territory", "dependency", "arctic region", "geographical region", "geographical unit",
    "chain", "atoll", "administrative atoll", "island council", "sheadings", "parish", "local council",
    "European collectivity", "metropolitan collectivity with special status", "federal dependency",
    "capital city", "capital district", "capital territory", "special administrative region",
    "autonomous community", "autonomous republic", "autonomous region", "autonomous district",
    "entity", "republic", "state", "oblast", "voivodship", "region", "division", "governorate",
    "city", "special municipality", "metropolitan administration", "administrative region",
    "administrative territory", "districts under republic administration", "federal district",
    "canton", "indigenous region", "autonomous province", "metropolitan region", "island",
    "decentralized regional entity", "free municipal consortium",
    "overseas collectivity with special status",
})
# The generic word written after a bare name ("Kerry County" is not English; "County Kerry" is).
TYPE_WORD = {
    "province": "Province", "district": "District", "county": "County", "two-tier county": "County",
    "prefecture": "Prefecture", "metropolitan department": "Department",
}
TYPE_WORD_BEFORE = {"IE": "County"}  # County Kerry, County Clare
# Britain writes its counties bare ("Suffolk"); "Suffolk County" is New York's.
NO_TYPE_WORD = frozenset({"GB"})


def point_ok(iso: str, lat: float, lon: float) -> bool:
    """The point lies in (or within POLYGON_SLACK_DEG of) Natural Earth's polygon of the same
    code; True when Natural Earth has no such polygon (nothing to check against)."""
    rings = ne_rings().get(iso)
    if not rings:
        return True
    s = POLYGON_SLACK_DEG
    return any(_inside(lon + dx, lat + dy, rings) for dx, dy in ((0, 0), (s, 0), (-s, 0), (0, s), (0, -s)))


def _same_named_town(lat: float, lon: float, names: list[str]) -> bool:
    """A cities500 town of any country within TOWN_KM shares a name (Laayoune is Western
    Sahara's in GeoNames, Morocco's in dr5hn)."""
    keys = {key(n) for n in names if n}
    index = city_index()
    return any(keys & {key(n) for n in (c.name, *c.names) if not is_arabic(n)}
               for cc in sorted(index.by_country) for _d, c in index.near(cc, lat, lon, TOWN_KM))


def _admin1_of(cc: str, lat: float, lon: float) -> str | None:
    """The GeoNames admin1 code of the nearest cities500 town of the country within HOME_KM
    ("" when that town has none); None when no town of the country is that close: the point is
    wrong (dr5hn put Fiji's Bua and Lau provinces in Wisconsin and Texas); None too when a town
    of another country is nearer (GeoNames files Kosovo-Pomoravlje's towns under Kosovo)."""
    index = city_index()
    near = index.near(cc, lat, lon, HOME_KM)
    if not near:
        return None
    if any(d < near[0][0] for other in sorted(index.by_country) if other != cc
                                    for d, _c in index.near(other, lat, lon, near[0][0])):
        return None  # GeoNames files the towns around it under another country (Kosovo, Western Sahara)
    return next((c.admin1 for _d, c in near if c.admin1), "")


def _arabic(cc: str, s: dict[str, Any], name_en: str, taken: set[str]) -> str:
    """dr5hn's Arabic label when it spells the English name, is no junk, and is not the Arabic
    name of a country or big city (مدينة ساوثهامبتون "city of...", or a translated word)."""
    ar = strip_brackets((s.get("translations") or {}).get("ar") or "")
    if not ar or is_junk_alias(ar) or ar.startswith(("مدينة", "مقاطعة", "محافظة", "إقليم", "منطقة")):
        return ""
    if len(ar.replace(" ", "")) < 4 or key(ar) in taken:
        return ""
    threshold = 0.5 if cc in ARAB_LEAGUE else 0.6
    return ar if transliteration_agrees(ar, name_en, threshold) else ""


def is_everyday(name: str) -> bool:
    """A bare name English text reads as a word first (Centre, North, Antique), or a phrase of
    such words (North West, Blue Hill)."""
    words = fold_latin(name).split()
    return bool(words) and all(is_common_en(w) or w in EVERYDAY_EN or is_everyday_word(w, EVERYDAY_ZIPF)
                               for w in words)


def _english_name(s: dict[str, Any]) -> str:
    name = strip_brackets(s["name"]).strip()
    if name.startswith("City of "):
        name = name[len("City of "):]
    return name


def _first_level_types(states: list[dict[str, Any]], used: set[str]) -> set[tuple[str, str]]:
    """(country, type) pairs that are the country's first level: FIRST_LEVEL_SHARE of that type
    matched a GeoNames admin1 (12 of Indonesia's 36 provinces: the others are the same first
    level spelt otherwise, Jawa Barat for West Java). One stray match does not make a level
    (France's Centre region matched the Charente department; 94 departments did not match)."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for s in states:
        if s.get("iso3166_2"):
            counts[(s["country_code"], (s.get("type") or "").strip())][s["iso3166_2"] in used] += 1
    return {k for k, (unmatched, matched) in counts.items() if matched >= FIRST_LEVEL_SHARE * (matched + unmatched)}


def dr5hn_division_rows() -> Iterator[list[str]]:
    states = load_jsonl_gz("dr5hn_states.jsonl.gz")
    matched = match_dr5hn(admin1_codes())
    used = {s["iso3166_2"] for s in matched.values()}
    first_level = _first_level_types(states, used)
    taken = _taken_arabic_names()
    countries = {key(c["name"]) for c in load_gnc("countries").values()}
    # Asturias and Cantabria provinces are the autonomous communities of the same names.
    admin1_names = {(code.split(".")[0], key(n)) for code, (name, ascii_name, _g) in admin1_codes().items()
                    for n in (name, ascii_name, bare_en(ascii_name))}
    for s in sorted((s for s in states if s.get("iso3166_2")), key=lambda s: s["iso3166_2"]):
        cc, typ = s["country_code"], (s.get("type") or "").strip()
        if s["iso3166_2"] in used or typ in SKIP_TYPES or (cc, typ) in first_level:
            continue
        if s.get("lat") is None or s.get("lon") is None:
            continue
        lat, lon = float(s["lat"]), float(s["lon"])
        name_en = _english_name(s)
        bare = bare_en(name_en)
        if (not name_en or is_junk_alias(name_en) or key(bare) in countries or (cc, key(bare)) in admin1_names
                or not point_ok(s["iso3166_2"], lat, lon)):
            continue  # Luxembourg and Mali are the countries, Asturias the admin1
        admin1 = _admin1_of(cc, lat, lon)
        if admin1 is None:
            continue
        if _same_named_town(lat, lon, [name_en, bare, s.get("native") or ""]):
            continue  # Sheffield, Leicester, Cork: the town keeps the name
        word = None if cc in NO_TYPE_WORD else TYPE_WORD.get(typ)
        typed = (f"{TYPE_WORD_BEFORE[cc]} {bare}" if cc in TYPE_WORD_BEFORE else f"{bare} {word}") if word else ""
        aliases = [bare, typed]
        if is_everyday(bare):
            if not typed:
                continue  # no form of the name that is not a word
            name_en, aliases = typed, []
        name_ar = _arabic(cc, s, name_en, taken)
        yield place_row(f"dr5hn-state:{s['iso3166_2']}", feature="admin2", country_code=cc,
                        admin1=admin1, lat=lat, lon=lon, name_en=name_en,
                        name_ar=name_ar, aliases=[a for a in aliases if not is_junk_alias(a)])
