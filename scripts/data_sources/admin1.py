"""data/admin1.tsv.gz: first-level divisions of every country.

Every row is a GeoNames admin1 code (admin1CodesASCII: code, geonameid). Names and a
representative point come from dr5hn states matched by country + name; Sudan's states come from
OCHA COD-AB (English and Arabic, points), Yemen's Arabic governorate names from Yemen-info.
A dr5hn point is trusted only when a cities500 town of the same division lies within
POINT_CHECK_KM of it (dr5hn put Lebanon's South governorate in the USA); otherwise the medoid of
the division's cities500 towns is used.
"""
from __future__ import annotations

import sqlite3
from difflib import SequenceMatcher
from functools import lru_cache
from collections import defaultdict
from typing import Any, Iterator

from .admin_names import (AR_TYPE_BY_COUNTRY, COMMON_EN, EN_TYPE_BY_COUNTRY, bare_ar, bare_en,
                          division_forms, is_common_en, strip_brackets)
from .common import DATA, GAZ, PLACE_COLUMNS, admin1_codes, load_json, load_jsonl_gz, place_row
from .geo_index import city_index, haversine_km, medoid
from .ne_polygons import middle_point
from .textnorm import (best_similarity, fold_latin, is_arabic, is_everyday_word, is_junk_alias, key,
                       transliteration_agrees)

POINT_CHECK_KM = 250.0  # a division's point within this of one of its own towns (big Saharan ones too)
MIN_NAME_SIM = 0.7
EVERYDAY_ALIAS = 5.0  # Latin aliases as frequent as everyday English words are dropped (see countries)
ARAB_LEAGUE = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())

# OCHA p-code -> GeoNames admin1 code (checked by hand: Gedaref = Al Qadarif, Aj Jazirah = Al Jazirah).
SUDAN_PCODES = {
    "SD01": "29", "SD02": "55", "SD03": "49", "SD04": "47", "SD05": "60", "SD06": "61", "SD07": "50",
    "SD08": "42", "SD09": "41", "SD10": "36", "SD11": "52", "SD12": "39", "SD13": "56", "SD14": "58",
    "SD15": "38", "SD16": "53", "SD17": "43", "SD18": "62",
}
# Yemen-info governorate_id -> GeoNames admin1 code (checked by hand).
YEMEN_GOVS = {
    1: "26", 2: "16", 3: "02", 4: "08", 5: "11", 6: "19", 7: "22", 8: "23", 9: "15", 10: "20", 11: "05",
    12: "25", 13: "21", 14: "14", 15: "04", 16: "03", 17: "18", 18: "10", 19: "24", 20: "27", 21: "28",
    22: "01",
}
# dr5hn Arabic labels that are wrong or not the everyday form (checked by hand).
AR_FIX = {
    "LY-MB": "المرقب", "LY-ZA": "الزاوية", "LY-MJ": "المرج", "LY-JG": "الجبل الغربي", "LY-JI": "الجفارة",
    "LY-BU": "البطنان", "LB-JA": "محافظة الجنوب", "LB-AS": "محافظة الشمال", "LB-BH": "بعلبك الهرمل",
    "LB-AK": "عكار", "LB-BA": "بيروت", "LB-NA": "النبطية",
    "DZ-20": "سعيدة",  # Algeria's Saïda; dr5hn's صيدا is Sidon's name and stole it from Lebanon
}
# GeoNames admin1 <-> dr5hn iso3166_2 pairs the name matcher cannot find.
DR5HN_PAIRS = {"LY.82": "LY-MB", "LY.63": "LY-JA", "LY.67": "LY-NQ", "LY.81": "LY-JI", "LY.80": "LY-JG",
               "LY.78": "LY-WS", "LY.84": "LY-WD", "LY.66": "LY-MJ", "LY.77": "LY-TB", "LY.76": "LY-SR",
               "SY.13": "SY-DI", "LB.09": "LB-AS", "LB.06": "LB-JA", "IQ.08": "IQ-DA"}
# Arabic names no source here gives for a division (checked by hand).
# Where a bare name is an everyday word (الشرقية "eastern") it carries its generic word.
AR_BY_CODE = {
    "IQ.19": "حلبجة", "SA.13": "حائل", "MA.02": "جهة الشرق", "SD.43": "الولاية الشمالية",
    "BH.16": "محافظة العاصمة", "BH.17": "المحافظة الجنوبية", "BH.19": "المحافظة الشمالية",
    "DZ.IG": "عين قزام", "DZ.IS": "عين صالح", "EG.05": "محافظة الغربية", "EG.14": "محافظة الشرقية",
    "KW.02": "محافظة العاصمة", "OM.03": "محافظة الوسطى", "OM.04": "محافظة جنوب الشرقية",
    "OM.12": "محافظة شمال الشرقية", "PS.GZ": "قطاع غزة", "PS.WE": "الضفة الغربية",
    "QA.01": "الدوحة", "QA.06": "الريان",
    # Ukraine: dr5hn's labels transliterate the adjectival names (زيتوميرسكا); the oblasts of the
    # war news are written as their cities are.
    "UA.05": "دونيتسك", "UA.14": "لوغانسك", "UA.26": "زابوريجيا", "UA.08": "خيرسون", "UA.07": "خاركيف",
    "UA.11": "القرم", "UA.16": "ميكولايف", "UA.04": "دنيبروبيتروفسك",
}
EN_BY_CODE = {"UA.07": "Kharkiv"}  # GeoNames: "Kharkivs'ka Oblast'"
# Countries whose dr5hn Arabic labels and English names are not the everyday forms.
DR5HN_NAMES_UNTRUSTED = frozenset({"UA"})
EXTRA_ALIASES = {
    "SD.55": ["Northern Darfur"], "SD.49": ["Southern Darfur"], "SD.47": ["Western Darfur"],
    "SD.60": ["Eastern Darfur"], "SD.43": ["Northern State", "الولاية الشمالية"],
    "LY.77": ["Tripoli District"], "YE.26": ["Sanaa City", "Amanat al-Asimah", "أمانة العاصمة صنعاء"],
}


def _cities_by_admin1() -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in city_index().by_id.values():
        if c.admin1:
            out[f"{c.country_code}.{c.admin1}"].append((c.lat, c.lon))
    return out


def _point_ok(lat: float, lon: float, towns: list[tuple[float, float]]) -> bool:
    if not towns:
        return True  # nothing to check against (tiny islands): keep the source's point
    return min(haversine_km(lat, lon, t[0], t[1]) for t in towns) <= POINT_CHECK_KM


def _ne_point(code: str, iso: str, names: list[str],
              towns: list[tuple[float, float]]) -> tuple[float, float] | None:
    """A point inside the division near its middle, from Natural Earth's polygon of the same
    ISO 3166-2 code, when Natural Earth's division of that code has the same name (Iran's ISO codes were renumbered, so
    dr5hn and Natural Earth give one code to different provinces) and the nearest cities500 town
    of the country lies in the division itself (Natural Earth swaps Paktia and Paktika; dr5hn's
    Charente department was matched to the Centre region)."""
    found = middle_point(iso)
    if found is None:
        return None
    ne_name, (lat, lon) = found
    if best_similarity(names, [ne_name, bare_en(ne_name)]) < MIN_NAME_SIM or not _point_ok(lat, lon, towns):
        return None
    cc, a1 = code.split(".", 1)
    near = [c for _d, c in city_index().near(cc, lat, lon, POINT_CHECK_KM) if c.admin1]
    if near and near[0].admin1 != a1:
        return None
    return lat, lon


TAKEN_CITY_POP = 300_000  # a city this big owns its Arabic name over a same-named division abroad


def _taken_arabic_names() -> set[str]:
    """Folded Arabic names of countries, of cities of TAKEN_CITY_POP or more, and of the towns
    named in the hand table (واشنطن: cities500 has no Arabic name for the US capital)."""
    out = {key((c.get("translations", {}).get("ara") or {}).get("common") or "")
           for c in load_json("countries.json")}
    hand = DATA / "aliases_hand.tsv"
    if hand.exists():
        for line in hand.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 11 and cols[2] in ("city", "country"):
                out |= {key(n) for n in [cols[9], *cols[10].split("|")] if is_arabic(n)}
    for c in city_index().by_id.values():
        if c.population >= TAKEN_CITY_POP:
            out |= {key(n) for n in c.arabic_names}
    out.discard("")
    return out


def _shared_points() -> set[tuple[str, Any, Any]]:
    """dr5hn points given to two divisions of one country (Lebanon's North and Mount Lebanon):
    a placeholder, so neither is trusted."""
    seen: dict[tuple[str, Any, Any], int] = defaultdict(int)
    for s in load_jsonl_gz("dr5hn_states.jsonl.gz"):
        seen[(s["country_code"], s.get("lat"), s.get("lon"))] += 1
    return {k for k, n in seen.items() if n > 1}


def _dr5hn_names(s: dict[str, Any]) -> list[str]:
    tr = s.get("translations") or {}
    return [s["name"]] + [tr[k] for k in ("fr", "de", "es", "it", "tr") if tr.get(k)]


def _shares_a_word(candidate: str, names: list[str]) -> bool:
    """dr5hn's Latin translations are kept only when one of their words (4+ letters) is a word of
    the division's own name: 'Darfour du Nord' stays, 'Kuzey' (north), 'Sur' (south) and 'Nil'
    (the River Nile state) would be read as other places or words and go."""
    ours = {w for n in names for w in fold_latin(n).split() if len(w) >= 4 and w not in COMMON_EN}
    for w in fold_latin(candidate).split():
        if len(w) >= 4 and any(SequenceMatcher(None, w, o).ratio() >= 0.8 for o in ours):
            return True
    return False


def _without_honour(name: str) -> str:
    """A Mexican state's official name without the hero it honours: 'Michoacán de Ocampo' ->
    'Michoacán', 'Veracruz de Ignacio de la Llave' -> 'Veracruz' (GeoNames has the short form,
    ACLED writes the long one)."""
    head, sep, _ = name.partition(" de ")
    return head if sep and " " not in head else name


def match_dr5hn(codes: dict[str, tuple[str, str, int]]) -> dict[str, dict[str, Any]]:
    """GeoNames admin1 code -> dr5hn state, one-to-one, best name agreement first."""
    states = load_jsonl_gz("dr5hn_states.jsonl.gz")
    by_iso = {s["iso3166_2"]: s for s in states}
    by_cc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in states:
        by_cc[s["country_code"]].append(s)
    out: dict[str, dict[str, Any]] = {}
    used: set[str] = set()
    for code, iso in DR5HN_PAIRS.items():
        out[code] = by_iso[iso]
        used.add(iso)
    pairs = []
    for code, (name, ascii_name, _gid) in codes.items():
        if code in out:
            continue
        cc = code.split(".")[0]
        ours = [name, ascii_name, bare_en(ascii_name)]
        for s in by_cc.get(cc, ()):
            theirs = _dr5hn_names(s) + [bare_en(s["name"]), _without_honour(s["name"])]
            sim = best_similarity(ours, theirs)
            if sim >= MIN_NAME_SIM:
                pairs.append((-sim, code, s["iso3166_2"]))
    for _neg, code, iso in sorted(pairs):
        if code not in out and iso not in used:
            out[code] = by_iso[iso]
            used.add(iso)
    return out


def _sudan_states() -> dict[str, dict[str, Any]]:
    feats = load_json("sudan/sdn_adminpoints.geojson")["features"]
    return {f["properties"]["adm1_pcode"]: f for f in feats if f["properties"]["admin_level"] == 1}


def _yemen_governorates() -> dict[str, str]:
    """GeoNames YE admin1 code -> Arabic name from Yemen-info."""
    path = GAZ / "yemen" / "yemen-info.db"
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT governorate_id, name_en, name_ar FROM governorates").fetchall()
    finally:
        con.close()
    return {YEMEN_GOVS[gid]: ar for gid, _en, ar in rows}


def _arabic_label(cc: str, s: dict[str, Any] | None) -> str:
    if s is None or cc in DR5HN_NAMES_UNTRUSTED:
        return ""
    if s["iso3166_2"] in AR_FIX:
        return AR_FIX[s["iso3166_2"]]
    ar = (s.get("translations") or {}).get("ar") or ""
    if not ar and cc in ARAB_LEAGUE and cc != "LB":
        ar = s.get("native") or ""  # Lebanon's native labels are cut (Beirut as بير)
    if not ar or is_junk_alias(ar):
        return ""
    if cc not in ARAB_LEAGUE and (not transliteration_agrees(ar, s["name"], 0.5)
                                  or is_common_en(bare_en(s["name"])) or len(ar.replace(" ", "")) < 4):
        return ""  # a translated or machine-made label ("Sud" as سود), not a name written in Arabic
    return ar


def ne_division_codes(countries: frozenset[str]) -> dict[str, str]:
    """ISO 3166-2 code -> GeoNames admin1 code ("ML-7" -> "09") in these countries, only where
    Natural Earth's polygon of that ISO code is this division (the same checks as its middle
    point: the name agrees and the division's own towns lie near it)."""
    codes = {k: v for k, v in admin1_codes().items() if k.split(".", 1)[0] in countries}
    dr = match_dr5hn(codes)
    towns = _cities_by_admin1()
    out = {}
    for code, s in dr.items():
        name, ascii_name, _gid = codes[code]
        if _ne_point(code, s["iso3166_2"], [name, ascii_name, bare_en(ascii_name), s["name"]],
                     towns.get(code, [])) is not None:
            out[s["iso3166_2"]] = code.split(".", 1)[1]
    return out


def admin1_rows() -> list[list[str]]:
    """All rows (cached: the places builder reads the Arabic names to protect them)."""
    return [list(r) for r in _admin1_rows()]


@lru_cache(maxsize=1)
def _admin1_rows() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(r) for r in _iter_admin1_rows())


def _iter_admin1_rows() -> Iterator[list[str]]:
    codes = admin1_codes()
    dr = match_dr5hn(codes)
    towns = _cities_by_admin1()
    shared_points = _shared_points()
    taken_ar = _taken_arabic_names()
    sudan = {SUDAN_PCODES[p]: f for p, f in _sudan_states().items() if p in SUDAN_PCODES}
    yemen = _yemen_governorates()
    for code in sorted(codes):
        name, ascii_name, gid = codes[code]
        cc, a1 = code.split(".", 1)
        s = dr.get(code)
        name_en = ascii_name
        name_ar = AR_BY_CODE.get(code) or _arabic_label(cc, s)
        aliases = [name, ascii_name]
        point: tuple[float, float] | None = None
        if s is not None:
            if cc not in DR5HN_NAMES_UNTRUSTED and (cc in ARAB_LEAGUE or not is_common_en(bare_en(s["name"]))):
                name_en = s["name"]
            aliases += [s["name"]] + [t for t in _dr5hn_names(s)[1:]
                                      if "(" not in t and _shares_a_word(t, [name, ascii_name, s["name"]])]
            point = _ne_point(code, s["iso3166_2"], [name, ascii_name, bare_en(ascii_name), s["name"]],
                              towns.get(code, []))
            if (point is None and s.get("lat") is not None
                    and (s["country_code"], s["lat"], s["lon"]) not in shared_points
                    and _point_ok(float(s["lat"]), float(s["lon"]), towns.get(code, []))):
                point = (float(s["lat"]), float(s["lon"]))
        if cc == "SD" and a1 in sudan:
            p = sudan[a1]["properties"]
            name_en, name_ar = p["name"], AR_BY_CODE.get(code) or p["name1"]
            point = (float(p["y_coord"]), float(p["x_coord"]))
        if cc == "YE" and a1 in yemen:
            if name_ar and name_ar != yemen[a1]:
                aliases.append(name_ar)
            name_ar = yemen[a1]
        name_en = EN_BY_CODE.get(code, name_en)
        name_en, name_ar = strip_brackets(name_en), strip_brackets(name_ar)
        aliases = [strip_brackets(a) for a in aliases]
        if point is None and towns.get(code):
            point = medoid(towns[code])
        if point is None:
            continue  # no source places this division: better absent than at a wrong point
        if is_common_en(bare_en(name_en)) and cc in EN_TYPE_BY_COUNTRY:
            name_en = f"{bare_en(name_en)} {EN_TYPE_BY_COUNTRY[cc]}"
        if name_ar and is_junk_alias(name_ar) and cc in AR_TYPE_BY_COUNTRY:
            name_ar = f"{AR_TYPE_BY_COUNTRY[cc]} {name_ar}"
        # Outside the Arab world, a division named like a country or a big city (Washington,
        # New York, Georgia, Donetsk, Hatay) keeps its Arabic name only with the generic word.
        bare_ok = True
        if (name_ar and cc not in ARAB_LEAGUE and cc in AR_TYPE_BY_COUNTRY
                and key(bare_ar(name_ar)) in taken_ar):
            name_ar, bare_ok = f"{AR_TYPE_BY_COUNTRY[cc]} {bare_ar(name_ar)}", False
        aliases += division_forms(cc, name_en, name_ar, bare_ok) + EXTRA_ALIASES.get(code, [])
        aliases = [a for a in aliases if not is_junk_alias(a) and not is_common_en(a)
                   and (is_arabic(a) or not is_everyday_word(a, EVERYDAY_ALIAS))
                   and not (a[0].isalpha() and a[0].islower())]  # "somali", "mer Rouge": not names
        yield place_row(f"geonames:{gid}", geonameid=gid, feature="admin1", country_code=cc, admin1=a1,
                        lat=point[0], lon=point[1], name_en=name_en, name_ar=name_ar, aliases=aliases)
    # Abyei: an area under special administration, a first-level unit in OCHA with no GeoNames code.
    ab = _sudan_states().get("SD19")
    if ab is not None:
        p = ab["properties"]
        yield place_row("ocha-sd:SD19", feature="area", country_code="SD", lat=float(p["y_coord"]),
                        lon=float(p["x_coord"]), name_en="Abyei", name_ar="أبيي",
                        aliases=["Abyei Area", "Abyei PCA", "منطقة أبيي", p["name1"]])


HEADER = PLACE_COLUMNS
