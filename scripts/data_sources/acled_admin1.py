"""data/admin1_acled.tsv: first-level divisions under the names ACLED's notes give them.

ACLED writes a note's address with its own spellings of a country's first-level divisions:
"Zaporizhia" (GeoNames: Zaporizhzhia), "Federally Administered Tribal Areas", "Shan-North",
"Extreme-Nord", "HaZafon", "Nordrhein-Westfalen". 190 of the 1,456 admin1 names in the training
records matched no division of the gazetteer, so "Novoandriivka, Zaporizhia region" could not be
placed in its oblast. Each such name is given to the division where its coded events lie: the
first-level division of the nearest cities500 town to each event point (within NEAR_KM), taken when
at least MIN_SHARE of at least MIN_POINTS points agree. Only names and division codes are kept,
never a record. A name that is an everyday English word ("Capital", "Central") is left out: it
would make the word a division.

Source: ../shared/train/events/acled_*.jsonl.gz (the `admin1`, `lat`, `lon` of each record).
"""
from __future__ import annotations

import gzip
import json
import math
from collections import Counter, defaultdict
from typing import Iterator

from .common import DATA, SHARED, SourceMissing, clean_name, place_row
from .geo_index import City, city_index, haversine_km
from .textnorm import is_everyday_word, key

NEAR_KM = 60.0  # an event point's nearest town says its division (a Saharan point may be far from any)
MIN_POINTS = 3
EVERYDAY = 4.0  # Zipf frequency of a one-word name that is an English word first ("Capital": 4.8)
# Provinces abolished and split whose events happen to fall in one successor: the name is not that
# successor's ("Orientale", split in 2015 into Ituri, Tshopo, Bas-Uele and Haut-Uele).
DEFUNCT = frozenset({"Orientale"})
DIVISION_KM = 150.0  # the division's own point from the events' middle (Taipei's events are no "Tainan")
MIN_SHARE = 0.8  # "Darfur" spreads over five states and is left out; "Zaporizhia" is one oblast
_CELL = 1.0


def _records() -> Iterator[dict]:
    folder = SHARED / "train" / "events"
    files = sorted(folder.glob("acled_*.jsonl.gz"))
    if not files:
        raise SourceMissing(f"no ACLED records under {folder}")
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)


class _Nearest:
    """cities500 towns with a first-level code, in one-degree cells of every country."""

    def __init__(self) -> None:
        self.grid: dict[tuple[int, int], list[City]] = defaultdict(list)
        for c in city_index().by_id.values():
            if c.admin1:
                self.grid[(math.floor(c.lat / _CELL), math.floor(c.lon / _CELL))].append(c)

    def towns(self, lat: float, lon: float) -> list[City]:
        """The towns within NEAR_KM of a point, nearest first."""
        ci, cj = math.floor(lat / _CELL), math.floor(lon / _CELL)
        found = [(haversine_km(lat, lon, c.lat, c.lon), c.geonameid, c)
                 for di in (-1, 0, 1) for dj in (-1, 0, 1) for c in self.grid.get((ci + di, cj + dj), ())]
        return [c for d, _gid, c in sorted(found, key=lambda t: t[:2]) if d <= NEAR_KM]


def _town_names() -> set[tuple[str, str]]:
    """(country, key) of every cities500 town's names: ACLED names some divisions after their
    chief town (Sebha, Ajdabiya, Kampala, Belgrade); such a name stays the town's."""
    return {(c.country_code, key(n)) for c in city_index().by_id.values() for n in (c.name, *c.names) if n}


def _divisions() -> tuple[dict[tuple[str, str], tuple[str, str, float, float]], set[str]]:
    """data/admin1.tsv.gz: (country, admin1 code) -> (geonameid, name, lat, lon), and every name's key."""
    path = DATA / "admin1.tsv.gz"
    if not path.exists():
        raise SourceMissing(f"{path} (build the admin1 target first)")
    by_code: dict[tuple[str, str], tuple[str, str, float, float]] = {}
    names: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            if row["feature"] != "admin1" or not row["geonameid"]:
                continue
            by_code[(row["country_code"], row["admin1"])] = (row["geonameid"], row["name_en"],
                                                              float(row["lat"]), float(row["lon"]))
            names |= {key(n) for n in [row["name_en"], row["name_ar"], *row["aliases"].split("|")] if n}
    return by_code, names


def acled_admin1_rows() -> Iterator[list[str]]:
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in _records():
        name = clean_name(r.get("admin1"))
        if name and r.get("lat") is not None and r.get("lon") is not None:
            points[name].append((float(r["lat"]), float(r["lon"])))
    by_code, known = _divisions()
    nearest = _Nearest()
    towns = _town_names()
    for name in sorted(points):
        pts = points[name]
        if len(pts) < MIN_POINTS or name in DEFUNCT or key(name) in known or is_everyday_word(name, EVERYDAY):
            continue
        # The country first, then the division among that country's towns: an event near a border
        # has its nearest town abroad (FATA's points by Afghan villages).
        around = [nearest.towns(lat, lon) for lat, lon in pts]  # one look-up a point serves both votes
        countries = Counter(found[0].country_code for found in around if found)
        if not countries:
            continue
        cc = countries.most_common(1)[0][0]
        votes = Counter()
        for found in around:
            home = next((c for c in found if c.country_code == cc), None)
            if home is not None:
                votes[(cc, home.admin1)] += 1
        if not votes:
            continue
        (cc, code), n = votes.most_common(1)[0]
        if n < MIN_SHARE * len(pts) or (cc, code) not in by_code or (cc, key(name)) in towns:
            continue
        gid, division, lat, lon = by_code[(cc, code)]
        mid = (sorted(p[0] for p in pts)[len(pts) // 2], sorted(p[1] for p in pts)[len(pts) // 2])
        if haversine_km(lat, lon, *mid) > DIVISION_KM:
            continue  # the division's point far from its events: a code the sources disagree on
        # A merge row: the name joins the division, whose own point it repeats (so nothing moves).
        yield place_row(f"acled:{name}", feature="admin1", country_code=cc, lat=lat, lon=lon, geonameid=int(gid),
                        admin1=code, name_en=division, aliases=[name])
