"""data/places_extra.tsv.gz: Arabic (and other) names for towns, mostly merged into GeoNames.

Each source place is first matched to cities500 (same country, within MATCH_KM, names agree);
a match becomes a merge row (geonameid set) carrying only what cities500 lacks. Unmatched places
become new places only when a source vouches for them as a town:
- Libya, OpenStreetMap (osm_libya/all.json): every named city, town and village; hamlets only
  with an English name too.
- Sudan, HOT OpenStreetMap export: merges, plus unmatched places tagged town/city or with a
  population (35,573 hamlets with names like السلام would flood the recogniser).
- Sudan, OCHA localities named after their seat town give that town its Arabic name (merge only).
- dr5hn cities: merges only, and only into cities500 towns with no Arabic name at all; the Arabic
  label must transliterate the English name (drops ديك رومى-style translations).
"""
from __future__ import annotations

import json
import zipfile
from typing import Any, Iterable, Iterator

from .admin1 import SUDAN_PCODES
from .common import GAZ, PLACE_COLUMNS, load_json, load_jsonl_gz, place_row
from .geo_index import City, city_index
from .textnorm import is_arabic, is_everyday_word, is_junk_alias, key, transliteration_agrees

ADMIN1_NEAREST_KM = 60.0  # a new place takes the admin1 of a cities500 town this close, if any
LOCALITY_SEAT_KM = 60.0  # an OCHA locality point is a centroid: its seat town can lie this far
ARAB_LEAGUE = frozenset("DZ BH KM DJ EG IQ JO KW LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
# dr5hn Arabic labels are kept for towns of the Arab world and its neighbours in the news, and
# for big towns elsewhere: a village's transliteration elsewhere is mostly a collision risk
# (a Dutch village "America" labelled أمريكا, a Kenyan "Gazi" labelled غازي).
DR5HN_FOCUS = ARAB_LEAGUE | frozenset("TR IR IL TD NE ML ET ER SS AF".split())
DR5HN_MIN_POP_ELSEWHERE = 50_000
EVERYDAY_NAME = 4.5  # wordfreq Zipf of a one-word name that is also an everyday word (السلام 5.6)
# ... and for a place of unknown population (a village): العدم 3.8, الزهراء 3.9, نوري 4.1 go;
# real villages and towns sit lower (ترهونة 2.7, ودان 3.2, الزنتان 3.0).
EVERYDAY_NAME_VILLAGE = 3.6
SMALL_POP = 50_000  # ... which a new or merged place smaller than this does not get
PROTECTED_POP = 100_000  # Arabic names of towns this big are never given to smaller places
# Everyday short forms the sources lack, checked by hand (osm-ly:town:117 is وادي جارف, the Jarf area
# about 27 km south-west of Sirte).
EXTRA_ALIASES = {"osm-ly:town:117": ["جارف", "Jarf", "Wadi Jarf", "Wadi Jaref"]}


def _everyday(name: str, population: int) -> bool:
    """A one-word name that is also an everyday word, for a place too small to own it."""
    if population >= SMALL_POP:
        return False
    return is_everyday_word(name, EVERYDAY_NAME if population > 0 else EVERYDAY_NAME_VILLAGE)


def _new_names(city: City, names: Iterable[str]) -> list[str]:
    """Names that cities500 does not already have for this town (compared after folding)."""
    have = {key(n) for n in (*city.names, city.name)}
    out = []
    for n in names:
        k = key(n)
        if n and k and k not in have and not is_junk_alias(n) and not _everyday(n, city.population):
            have.add(k)
            out.append(n)
    return out


def _admin1_near(cc: str, lat: float, lon: float) -> str:
    near = city_index().near(cc, lat, lon, ADMIN1_NEAREST_KM)
    return near[0][1].admin1 if near else ""


def _merge_row(source_id: str, city: City, name_en: str, names: list[str]) -> list[str] | None:
    new = _new_names(city, names)
    if not new:
        return None
    # The everyday Arabic name only where cities500 has none; otherwise the new forms are aliases
    # (the loader makes name_ar of a merge row the place's display name).
    ar = "" if city.arabic_names else next((n for n in new if is_arabic(n)), "")
    return place_row(source_id, geonameid=city.geonameid, feature="city", country_code=city.country_code,
                     admin1=city.admin1, lat=city.lat, lon=city.lon, population=city.population,
                     name_en=name_en, name_ar=ar, aliases=[n for n in new if n != ar])


def libya_osm_rows() -> Iterator[list[str]]:
    ix = city_index()
    for p in load_json("osm_libya/all.json")["data"]:
        names: dict[str, str] = p["name"][0] if p.get("name") else {}
        ar, en = names.get("ar", ""), names.get("en", "")
        if not ar or is_junk_alias(ar):
            continue
        sid = f"osm-ly:{p['type']}:{p['id']}"  # the dataset numbers each place type from 1
        lat, lon = float(p["latitude"]), float(p["longitude"])
        others = [v for k, v in sorted(names.items()) if k in ("en", "fr", "de", "it", "es", "tr")]
        city = ix.match("LY", lat, lon, [ar, en, *others])
        extra = EXTRA_ALIASES.get(sid, [])
        if city is not None:
            row = _merge_row(sid, city, en, [ar, *others, *extra])
            if row:
                yield row
            continue
        if (p.get("type") == "hamlet" and not en) or _everyday(ar, 0):
            continue
        yield place_row(sid, feature="city", country_code="LY", admin1=_admin1_near("LY", lat, lon),
                        lat=lat, lon=lon, name_en=en, name_ar=ar,
                        aliases=[a for a in [*others, *extra] if not is_junk_alias(a) and not _everyday(a, 0)])


def _hot_features() -> list[dict[str, Any]]:
    with zipfile.ZipFile(GAZ / "sudan" / "hotosm_sdn_populated_places_points_geojson.zip") as z:
        name = next(n for n in sorted(z.namelist()) if n.endswith(".geojson"))
        return json.loads(z.read(name).decode("utf-8"))["features"]


def _int(v: Any) -> int:
    try:
        return int(str(v).replace(",", "").strip())
    except (TypeError, ValueError):
        return 0


def sudan_hot_rows() -> Iterator[list[str]]:
    ix = city_index()
    for f in _hot_features():
        p = f["properties"]
        ar = (p.get("name:ar") or "").strip()
        if not ar and is_arabic(p.get("name") or ""):
            ar = p["name"].strip()
        if not ar or is_junk_alias(ar):
            continue
        en = (p.get("name:en") or (p.get("name") if not is_arabic(p.get("name") or "") else "") or "").strip()
        lon, lat = f["geometry"]["coordinates"][:2]
        sid = f"osm-sd:{p.get('osm_type', 'nodes')[0]}{p['osm_id']}"
        city = ix.match("SD", lat, lon, [ar, en])
        if city is not None:
            row = _merge_row(sid, city, en, [ar, en])
            if row:
                yield row
            continue
        pop = _int(p.get("population"))
        if (p.get("place") not in ("town", "city") and pop <= 0) or _everyday(ar, pop):
            continue
        yield place_row(sid, feature="city", country_code="SD", admin1=_admin1_near("SD", lat, lon),
                        lat=lat, lon=lon, population=pop, name_en=en, name_ar=ar,
                        aliases=[en] if en and not is_junk_alias(en) and not _everyday(en, pop) else [])


def sudan_locality_seat_rows() -> Iterator[list[str]]:
    ix = city_index()
    for f in load_json("sudan/sdn_adminpoints.geojson")["features"]:
        p = f["properties"]
        if p["admin_level"] != 2 or not p.get("name1"):
            continue
        a1 = SUDAN_PCODES.get(p["adm1_pcode"], "")
        city = ix.match("SD", float(p["y_coord"]), float(p["x_coord"]), [p["name"]], km=LOCALITY_SEAT_KM,
                        min_sim=0.85)
        if city is None or city.admin1 != a1 or city.arabic_names:
            continue
        row = _merge_row(f"ocha-sd-seat:{p['adm2_pcode']}", city, p["name"], [p["name1"]])
        if row:
            yield row


def protected_arabic_names() -> set[str]:
    """Folded Arabic names of countries, first-level divisions and big towns."""
    from .admin1 import admin1_rows
    from .countries import country_rows

    out = set()
    for r in [*country_rows(), *admin1_rows()]:
        out |= {key(n) for n in [r[9], *r[10].split("|")] if is_arabic(n)}
    for c in city_index().by_id.values():
        if c.population >= PROTECTED_POP:
            out |= {key(n) for n in c.arabic_names}
    return out


def _long_enough(arabic: str, cc: str, population: int) -> bool:
    """Short one-word transliterations of small foreign towns are mostly Arabic words as well
    (Bahçe as بهجة "joy", Bala as بالا): keep those only in the Arab world or for big towns."""
    if cc in ARAB_LEAGUE or population >= DR5HN_MIN_POP_ELSEWHERE:
        return True
    return " " in arabic.strip() or len(key(arabic)) >= 5


def dr5hn_city_rows(skip_ids: frozenset[int] = frozenset()) -> Iterator[list[str]]:
    """skip_ids: geonameids another source already gave an Arabic name (dr5hn's Sudanese labels
    are back-transliterations like الديندار for الدندر; OCHA and OSM are written by people)."""
    ix = city_index()
    protected = protected_arabic_names()
    for c in load_jsonl_gz("dr5hn_cities.jsonl.gz"):
        cc, en = c["country_code"], c["name"]
        if c.get("lat") is None:
            continue
        city = ix.match(cc, float(c["lat"]), float(c["lon"]), [en, c.get("native") or ""])
        if city is None or city.arabic_names or city.geonameid in skip_ids:
            continue
        if cc not in DR5HN_FOCUS and city.population < DR5HN_MIN_POP_ELSEWHERE:
            continue
        cands = [(c.get("translations") or {}).get("ar") or ""]
        if cc in ARAB_LEAGUE and cc != "LB" and is_arabic(c.get("native") or ""):
            cands.insert(0, c["native"])  # written by people of the country; Lebanon's are cut
        ar = [a for a in cands if a and not is_junk_alias(a) and _long_enough(a, cc, city.population)
              and (city.population >= PROTECTED_POP or key(a) not in protected)
              and (transliteration_agrees(a, en) or transliteration_agrees(a, city.name))]
        if not ar:
            continue
        row = _merge_row(f"dr5hn-city:{c.get('wikidata') or key(en)}:{city.geonameid}", city, en, ar)
        if row:
            yield row


def _dedupe(rows: Iterable[list[str]]) -> Iterator[list[str]]:
    """One row per source_id (dr5hn lists some towns twice): the first row, aliases united."""
    seen: dict[str, list[str]] = {}
    for r in rows:
        if r[0] not in seen:
            seen[r[0]] = r
            continue
        first = seen[r[0]]
        have = set(first[10].split("|")) | {first[8], first[9]}
        extra = [a for a in [r[9], *r[10].split("|")] if a and a not in have]
        first[10] = "|".join([a for a in [first[10], *extra] if a])
    yield from seen.values()


def places_rows() -> Iterator[list[str]]:
    first = [*libya_osm_rows(), *sudan_hot_rows(), *sudan_locality_seat_rows()]
    named = frozenset(int(r[1]) for r in first if r[1] and r[9])
    yield from first
    yield from _dedupe(dr5hn_city_rows(named))


HEADER = PLACE_COLUMNS
