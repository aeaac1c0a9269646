"""places_wof.tsv.gz: villages, neighbourhoods, sites and districts of 23 conflict countries.

Who's On First (wof/wof_places_conflict.tsv.gz, 283k records): a record whose GeoNames id is a
cities500 town becomes a merge row carrying only the names cities500 lacks (mostly Arabic);
every other locality, neighbourhood, campus (airports, bases) and county becomes a new place.
Only Latin and Arabic names are kept (the news this engine reads writes those), with at most
MAX_VARIANTS plain-ASCII transliterations per place: the engine folds the rest at lookup.
New places carry no GeoNames id and points rounded to 3 decimals (about 100 m): that keeps the
file near 4 MB, and a village's point is not more accurate than that anyway.
"""
from __future__ import annotations

import csv
import gzip
import re
import sys
from typing import Iterator

from geo.engine.normalize import is_latin as engine_is_latin, name_key as engine_key
from geo.engine.translit import fold_latin as engine_fold

from .admin1 import ne_division_codes
from .common import GAZ, _need, clean_name, place_row
from .geo_index import city_index, haversine_km
from .ne_polygons import DivisionLocator
from .textnorm import commonness, fold_latin, is_arabic, is_junk_alias, key, norm_ar

FEATURE = {"locality": "city", "neighbourhood": "city", "microhood": "city", "campus": "city",
           "localadmin": "admin2", "county": "admin2"}
MAX_VARIANTS = 2
COUNTRIES = frozenset("SY YE IQ LB PS LY SD SS ML BF NE NG SO KE UA AF ET EG KW SA JO VA IL".split())
MERGE_KM = 10.0  # a WOF point this far from its cities500 town is a wrong GeoNames link (Bila Tserkva -> Belaya)
# One-word names this frequent in running text (wordfreq Zipf; "Hope" 4.9, "Police" 5.2) are
# words first: no village may own them. Rarer common words (3.0-4.5) are kept and need context
# in the story before they win (geo/engine/small_places.py).
EVERYDAY_ZIPF = 4.5
SEAT_KM = 60.0  # a district named like a town within this reach is that town's district (Rafha)
ADMIN1_KM = 40.0  # the nearest cities500 town within this reach lends its first-level division; farther, Natural Earth's polygons
_ASCII_NAME = re.compile(r"^[A-Za-z][A-Za-z '\-]+$")

def _latin(n: str) -> bool:
    # Latin Extended Additional counts: GeoNames-derived names write "Ḩukūmatī Azrah", "Nāḩiyat al Fuhūd".
    return bool(n) and engine_is_latin(n)  # Arabic letters are no Latin ones

def _plain_latin(n: str) -> bool:
    # For variants: WOF's second English names often belong to a neighbour ("Al Burs|Qiḩf"),
    # and those written in Extended Additional letters were never kept; the record's own name is.
    return bool(n) and all(ord(c) < 0x250 or not c.isalpha() for c in n)

def _ok(n: str) -> bool:
    if not n or is_junk_alias(n) or any(ch.isdigit() for ch in n):
        return False
    if n.isupper() and len(n) <= 4:  # airport codes (OAH, OASD)
        return False
    return " " in n.strip() or commonness(n) < EVERYDAY_ZIPF

def _names(rec: dict[str, str]) -> tuple[str, str, list[str]]:
    """(English name, Arabic name, other Latin/Arabic names) of a WOF record."""
    rec = {k: "|".join(clean_name(n) for n in rec[k].split("|")) for k in ("name", "name_en", "name_ar", "name_variants")}
    en_list = [n for n in rec["name_en"].split("|") if n]
    name_en = next((n for n in en_list if _latin(n) and _ok(n)), "")
    main = rec["name"] if _latin(rec["name"]) and _ok(rec["name"]) else ""
    name_en = name_en or main
    ar_list = [n for n in rec["name_ar"].split("|") if n and is_arabic(n) and _ok(n)]
    name_ar = ar_list[0] if ar_list else ""
    variants = [main] + en_list[1:] + [v for v in rec["name_variants"].split("|") if _ASCII_NAME.match(v or "")]
    # A variant the engine's transliteration fold already joins to the name adds nothing.
    seen = {engine_fold(engine_key(name_en)) or key(name_en)}
    latin: list[str] = []
    for v in variants:
        folded = engine_fold(engine_key(v)) or key(v)
        if v and (_plain_latin(v) or v == main) and _ok(v) and folded not in seen and len(latin) < MAX_VARIANTS:
            seen.add(folded)
            latin.append(v)
    return name_en, name_ar, latin + ar_list[1:]

BOX_PAD = 1.0  # degrees around a country's cities500 towns; WOF has points at (0, 0) and Gozo filed under Mali


def _country_boxes(cities) -> dict[str, tuple[float, float, float, float]]:
    boxes = {}
    for cc, towns in cities.by_country.items():
        lats, lons = [c.lat for c in towns], [c.lon for c in towns]
        boxes[cc] = (min(lats) - BOX_PAD, max(lats) + BOX_PAD, min(lons) - BOX_PAD, max(lons) + BOX_PAD)
    return boxes


def _records() -> Iterator[dict[str, str]]:
    with gzip.open(_need(GAZ / "wof" / "wof_places_conflict.tsv.gz"), "rt", encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)

def _merge(rec: dict[str, str], city, names: list[str]) -> list[str] | None:
    if haversine_km(float(rec["lat"]), float(rec["lon"]), city.lat, city.lon) > MERGE_KM:
        return None
    have = {key(n) for n in (*city.names, city.name)}
    new = []
    for n in names:
        k = key(n)
        if n and k and k not in have:
            have.add(k)
            new.append(n)
    if not new:
        return None
    has_ar = any(is_arabic(n) for n in city.names)
    ar = "" if has_ar else next((n for n in new if is_arabic(n)), "")
    return place_row(f"wof:{rec['wof_id']}", geonameid=city.geonameid, feature="city", country_code=city.country_code,
                     admin1=city.admin1, lat=city.lat, lon=city.lon, population=city.population,
                     name_en=city.name, name_ar=ar, aliases=[n for n in new if n != ar])

def wof_rows() -> Iterator[list[str]]:
    cities = city_index()
    by_gid = cities.by_id
    boxes = _country_boxes(cities)
    seen_gid: set[int] = set()
    seen_place: set[tuple] = set()
    towns: dict[tuple[str, str], list[tuple[float, float]]] = {}
    districts: list[tuple] = []
    kept = merged = 0
    divisions = DivisionLocator(ne_division_codes(COUNTRIES))

    def admin1(near, cc: str, lat: float, lon: float) -> str:
        return near[0][1].admin1 if near else divisions.locate(cc, lat, lon) or ""

    for rec in _records():
        feature = FEATURE.get(rec["placetype"])
        if feature is None or not rec["lat"] or rec["cc"] not in COUNTRIES:
            continue
        name_en, name_ar, others = _names(rec)
        if not (name_en or name_ar):
            continue
        gid = int(rec["gn_id"]) if rec["gn_id"].isdigit() else None
        if rec["placetype"] == "locality":
            towns.setdefault((rec["cc"], fold_latin(name_en) or norm_ar(name_ar)), []).append(
                (float(rec["lat"]), float(rec["lon"])))
        if gid is not None:
            if gid in seen_gid:
                continue  # WOF keeps duplicates of one GeoNames place
            seen_gid.add(gid)
        lat, lon, cc = float(rec["lat"]), float(rec["lon"]), rec["cc"]
        box = boxes.get(cc)
        if box is None or not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
            continue
        if gid in by_gid:
            # Merges take Arabic and English names only: WOF's variants of big cities hold
            # epithets ("The Heroic City") and other languages' forms.
            ar = [n for n in map(clean_name, rec["name_ar"].split("|")) if n and is_arabic(n) and _ok(n)]
            row = _merge(rec, by_gid[gid], [n for n in (name_en, *ar) if n])
            if row:
                merged += 1
                yield row
            continue
        ident = (cc, fold_latin(name_en) or norm_ar(name_ar), round(lat, 1), round(lon, 1))
        if ident in seen_place:
            continue
        seen_place.add(ident)
        near = cities.near(cc, lat, lon, ADMIN1_KM)
        if feature == "admin2":
            districts.append((ident[1], rec, feature, cc, lat, lon, name_en, name_ar, others, near))
            continue
        kept += 1
        yield place_row(f"wof:{rec['wof_id']}", feature=feature, country_code=cc,
                        admin1=admin1(near, cc, lat, lon), lat=round(lat, 3), lon=round(lon, 3),
                        name_en=name_en, name_ar=name_ar, aliases=others)
    # A district that shares its seat town's name would out-rank the town (districts have the
    # higher prior) while news and ACLED mean the town: such districts are left out.
    for fold, rec, feature, cc, lat, lon, name_en, name_ar, others, near in districts:
        if any(haversine_km(lat, lon, la, lo) <= SEAT_KM for la, lo in towns.get((cc, fold), ())):
            continue
        kept += 1
        yield place_row(f"wof:{rec['wof_id']}", feature=feature, country_code=cc,
                        admin1=admin1(near, cc, lat, lon), lat=round(lat, 3), lon=round(lon, 3),
                        name_en=name_en, name_ar=name_ar, aliases=others)
    print(f"  wof: {kept} new places, {merged} merges into cities500", file=sys.stderr)

HEADER = None  # rows use PLACE_COLUMNS
