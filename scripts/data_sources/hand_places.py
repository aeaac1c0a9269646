"""data/places_hand.tsv: conflict places no source here holds, written by hand, reviewed by machine.

The lists in ``scripts/data_sources/hand_places/*.tsv`` were written in session 23 from general
knowledge, region by region, in two rounds, by writers who saw neither the engine nor its
evaluation sets: towns and villages that made conflict news, districts (Pakistan's tribal districts, Myanmar's
townships, Congo's territories, Nigeria's LGAs), neighbourhoods of fought-over cities, camps,
crossings, bases and federal member states (columns: feature, country_code, lat, lon, population,
name_en, name_ar, aliases, note).

The review keeps what the gazetteer lacks and can trust:
- where writers give one name of one country points more than DISAGREE_KM apart, the point most of
  them agree on stands; with no majority, none does;
- a row whose point is not in its country (Natural Earth's province polygons, give or take their
  error, or the nearest GeoNames towns) is dropped;
- a row whose names are all junk (codes, common words) is dropped, as is each junk alias;
- a row one of whose names (exact or transliteration fold) already names a place within
  ``KNOWN_KM`` is not a new place: when that place has a GeoNames id and the row brings spellings
  that do not reach it yet (exactly or by their fold), they join it as a merge row (Kyaukphyu for
  Kyaukpyu), with the row's population where the place has none; otherwise the row is dropped;
- a new name borne by a GeoNames town elsewhere in the same country is left to that town (a namesake,
  or the writer's point is wrong);
- admin1 is the first-level division of the nearest GeoNames town of the same country.

Each dropped row is printed with its reason (``python scripts/build_data.py hand_places``).
"""
from __future__ import annotations

import atexit
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Iterator

from .common import GAZ
from .textnorm import commonness, is_arabic, is_everyday_word, is_junk_alias

SOURCES = Path(__file__).resolve().parent / "hand_places"
OUT_NAME = "places_hand.tsv"
KNOWN_KM = {"city": 25.0, "admin2": 40.0, "area": 60.0}
BORDER_SLACK_KM = 25.0
DISAGREE_KM = 25.0  # rows of one name and country this far apart disagree: the majority stands
BORDER_STEP = 0.04  # degrees, about 4 km
NEAREST_READ = 3000  # villages crowd the nearest places
# A one-word name this frequent as a word is a word first (دوما "always", الرمال "the sands", السكري
# "diabetes"); so is an Arabic name all of whose words are this frequent (المدينة القديمة "the old city",
# صلاح الدين, also a province and a man's name). English capitals guard a Latin phrase ("Green Zone").
EVERYDAY_WORD = 3.6
EVERYDAY_PHRASE_WORD = 4.5
HEADER = ("feature", "country_code", "lat", "lon", "population", "name_en", "name_ar", "aliases", "note")


def read_sources(folder: Path = SOURCES) -> Iterator[tuple[str, int, dict[str, str] | None]]:
    """(file name, line number, row) of every source list, in a fixed order; the row is None where the
    line has not the header's columns (the caller reports it, and the file's other rows stand)."""
    for path in sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            lines = [(no, line) for no, line in enumerate(f, 1) if line.strip() and not line.startswith("#")]
        header = lines[0][1].rstrip("\n").split("\t")
        if tuple(header) != HEADER:
            raise ValueError(f"{path}:{lines[0][0]}: header must be {' '.join(HEADER)}")
        for no, line in lines[1:]:
            cols = line.rstrip("\n").split("\t")
            yield path.name, no, dict(zip(HEADER, (c.strip() for c in cols))) if len(cols) == len(HEADER) else None


def _everyday(name: str) -> bool:
    if is_everyday_word(name, EVERYDAY_WORD):
        return True
    words = name.split()
    return len(words) > 1 and is_arabic(name) and all(commonness(w) >= EVERYDAY_PHRASE_WORD for w in words)


def _bare_name(name: str) -> str:
    """A name without the writer's disambiguating bracket: "Houla (Lebanon)" is Houla."""
    return " ".join(re.sub(r"\s*\([^)]*\)", "", name).split())


def _names(row: dict[str, str]) -> list[str]:
    """The row's usable names, main English name first: no junk, no everyday word."""
    names = [row["name_en"], row["name_ar"], *row["aliases"].split("|")]
    out: list[str] = []
    for n in map(_bare_name, names):
        if n and n not in out and not is_junk_alias(n) and not _everyday(n):
            out.append(n)
    return out


PROVINCES = "natural_earth/ems_ne_10m_admin_1_states_provinces.topo.json.gz"


class _Countries:
    """Which country a point lies in, by Natural Earth's 1:10m province polygons (public domain)."""

    def __init__(self, path: Path = GAZ / PROVINCES):
        import gzip
        import json

        from build_basemap import decode_arcs, ring

        with gzip.open(path, "rt", encoding="utf-8") as f:
            topology = json.load(f)
        arcs = decode_arcs(topology, digits=5)
        self.shapes: list[tuple[str, tuple[float, float, float, float], list[list[list[float]]]]] = []
        for geometry in next(iter(topology["objects"].values()))["geometries"]:
            code = (geometry.get("properties") or {}).get("iso_a2") or ""
            kind = geometry.get("type")
            polygons = [geometry["arcs"]] if kind == "Polygon" else geometry["arcs"] if kind == "MultiPolygon" else []
            for polygon in polygons:
                rings = [r for r in (ring(a, arcs) for a in polygon) if len(r) >= 4]
                if rings:
                    xs, ys = [p[0] for p in rings[0]], [p[1] for p in rings[0]]
                    self.shapes.append((code, (min(xs), min(ys), max(xs), max(ys)), rings))

    def holds(self, cc: str, lat: float, lon: float) -> bool:
        """Whether the country holds the point, give or take the polygons' error (``near``); the point
        itself is tried first, as it settles most rows with one search instead of nine."""
        return self.at(lat, lon) == cc or cc in self.near(lat, lon)

    def near(self, lat: float, lon: float) -> set[str]:
        """The countries holding the point or a point BORDER_STEP degrees around it: the 1:10m lines
        are a few km off, enough to put Goma's neighbourhoods in Rwanda."""
        steps = (-BORDER_STEP, 0.0, BORDER_STEP)
        return {c for dy in steps for dx in steps if (c := self.at(lat + dy, lon + dx))}

    def at(self, lat: float, lon: float) -> str | None:
        """The ISO code of the country holding the point, or None (at sea, or a gap in the polygons)."""
        for code, (x0, y0, x1, y1), rings in self.shapes:
            if x0 <= lon <= x1 and y0 <= lat <= y1 and _inside(lon, lat, rings[0]) \
                    and not any(_inside(lon, lat, hole) for hole in rings[1:]):
                return code
        return None


def _inside(x: float, y: float, ring: list[list[float]]) -> bool:
    """Ray casting: whether (x, y) lies inside the closed ring."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


class _Review:
    """The gazetteer as the other sources make it: built without this file in a folder of its own
    (this file's rows and merged spellings are no evidence of themselves)."""

    def __init__(self, cache: Path):
        from geo.engine import gazetteer
        from geo.engine.normalize import name_key

        others = tuple(f for f in gazetteer.PLACE_FILES if f != OUT_NAME)
        saved, saved_cache = gazetteer.PLACE_FILES, os.environ.get("ATLAS_CACHE_DIR")
        gazetteer.PLACE_FILES, os.environ["ATLAS_CACHE_DIR"] = others, str(cache)
        try:
            self.gaz = gazetteer.Gazetteer()
        finally:
            gazetteer.PLACE_FILES = saved
            if saved_cache is None:
                del os.environ["ATLAS_CACHE_DIR"]
            else:
                os.environ["ATLAS_CACHE_DIR"] = saved_cache
        self.km, self.key = gazetteer.haversine_km, name_key
        self.countries = _Countries()

    def towns(self, lat: float, lon: float):
        """The nearest GeoNames towns, nearest first (no village from the village files, no row of this file)."""
        found = self.gaz.nearest(lat, lon, ("city",), k=NEAREST_READ)
        return [(d, p) for d, p in found if p.geonameid and not self.gaz.is_minor(p.id)]

    def reaches(self, name: str, pid: int) -> bool:
        """The name already leads to the place: exactly, or by its fold and spelt near enough to its main
        name for the folded match to hold. A merge would only move it from the fold's careful path to the
        exact one, where "Ras al Ain", not Ra's al 'Ayn's main name, was dropped; Makhmour (Mexmur) needs it."""
        from geo.engine.small_places import MIN_SPELLING, spelling_likeness

        key = self.key(name)
        return pid in (self.gaz.ids(key) or ()) or (
            pid in self.gaz.folded_ids(key) and spelling_likeness(key, self.gaz.main_keys(pid)[0]) >= MIN_SPELLING)

    def town_elsewhere(self, key: str, cc: str):
        """A GeoNames town (not a village of the village files) of the country bearing this very name, or None."""
        for pid in self.gaz.ids(key) or ():
            p = self.gaz.place(pid)
            if p.country_code == cc and p.feature == "city" and p.geonameid and not self.gaz.is_minor(pid):
                return p
        return None

    def known(self, names: list[str], lat: float, lon: float, radius: float):
        """The nearest place within ``radius`` km that one of the names already names, or None."""
        best = None
        for n in names:
            key = self.key(n)
            if not key:
                continue
            pids = set(self.gaz.ids(key) or ()) | set(self.gaz.folded_ids(key)) | self.gaz.named_exactly(key)
            for pid in pids:
                p = self.gaz.place(pid)
                d = self.km(lat, lon, p.lat, p.lon)
                if d <= radius and (best is None or d < best[0]):
                    best = (d, p)
        return best


_REVIEW: list[_Review] = []


def _review_gazetteer() -> _Review:
    """One review gazetteer a process (its build takes half a minute), in a folder removed at exit."""
    if not _REVIEW:
        cache = Path(tempfile.mkdtemp(prefix="atlas-hand-review-"))
        atexit.register(shutil.rmtree, cache, True)
        _REVIEW.append(_Review(cache))
    return _REVIEW[0]


def hand_place_rows(folder: Path = SOURCES, report=sys.stderr) -> Iterator[tuple[str, ...]]:
    """PLACE_COLUMNS rows of the reviewed lists; each dropped row is reported with its reason."""
    review = _review_gazetteer()
    why: Counter = Counter()

    def drop(where: str, reason: str, said: str = "") -> None:
        """Report a dropped row (``said``: the reason as printed, when it says more) and count its reason."""
        print(f"{where}: dropped, {said or reason}", file=report)
        why[reason] += 1

    rows: dict[tuple[str, str], list[tuple[str, dict[str, str], float, float, int, list[str], str]]] = {}
    for fname, no, row in read_sources(folder):
        if row is None:
            drop(f"{fname}:{no}", f"not {len(HEADER)} tab-separated columns")
            continue
        where = f"{fname}:{no} {row['name_en']!r}"
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
            population = int(float(row["population"] or 0))
        except ValueError:
            drop(where, "a bad number in lat, lon or population")
            continue
        names, english = _names(row), _bare_name(row["name_en"])
        if row["feature"] not in KNOWN_KM or english not in names:
            drop(where, "no usable English name or feature")
            continue
        rows.setdefault((row["country_code"].upper(), review.key(english)), []).append(
            (where, row, lat, lon, population, names, english))
    for (cc, key), group in rows.items():
        # Writers who put one name of one country far apart: some are wrong. The point most of them
        # agree on stands (the first row of that majority); with no majority, none does.
        agree = max(([o for o in group if review.km(g[2], g[3], o[2], o[3]) <= DISAGREE_KM] for g in group), key=len)
        if 2 * len(agree) <= len(group):
            for other in group:
                drop(other[0], "placed apart by its writers")
            continue
        where, row, lat, lon, population, names, english = agree[0]
        for other in group:
            if other is not agree[0]:
                drop(other[0], "repeated" if other in agree else "placed apart from the other writers")
        feature = row["feature"]
        towns = review.towns(lat, lon)
        same = [(d, p) for d, p in towns if p.country_code == cc]
        # In its country by the polygons (give or take their error), or by the nearest towns: a border
        # village's nearest town may be across the border, one of its own a little farther vouches.
        if not same or (not review.countries.holds(cc, lat, lon) and same[0][0] > towns[0][0] + BORDER_SLACK_KM):
            held_by = review.countries.near(lat, lon)
            nearest = f"nearest town {towns[0][1].name}, {towns[0][1].country_code}, {towns[0][0]:.0f} km" if towns else "no town near"
            drop(where, "outside its country", f"the point is not in {cc} (in {'/'.join(sorted(held_by)) or 'no country'}; {nearest})")
            continue
        hit = review.known(names, lat, lon, KNOWN_KM[feature])
        if hit is not None:
            d, p = hit
            new = [n for n in names if not review.reaches(n, p.id)]
            if p.geonameid and new:
                # The writer's population fills a gap only (the build keeps the larger figure): GeoNames
                # gives none for some district seats, Ra's al 'Ayn's 30,000 people among them.
                yield (f"hand:{cc}:{english}", str(p.geonameid), p.feature, p.country_code or cc, p.admin1 or "",
                       f"{p.lat:.5f}", f"{p.lon:.5f}", str(population) if population and not p.population else "",
                       "", "", "|".join(new))
                why["known: spellings merged"] += 1
            else:
                drop(where, "known", f"known as {p.name} ({d:.0f} km)")
            continue
        elsewhere = review.town_elsewhere(key, cc)
        if elsewhere is not None:
            # A town of the very name in the same country, beyond the radius: a namesake the story
            # would have to tell apart, or the writer's point is wrong (Aguelhok put 110 km off).
            drop(where, "a town of the name elsewhere in the country", "a town of the name elsewhere in the country "
                 f"({elsewhere.name}, {review.km(lat, lon, elsewhere.lat, elsewhere.lon):.0f} km)")
            continue
        arabic = row["name_ar"] if row["name_ar"] in names else ""
        aliases = [n for n in names if n not in (english, arabic)]
        yield (f"hand:{cc}:{english}", "", feature, cc, same[0][1].admin1 or "", f"{lat:.4f}", f"{lon:.4f}",
               str(population), english, arabic, "|".join(aliases))
        why["new place"] += 1
    print("hand places: " + ", ".join(f"{k} {v}" for k, v in sorted(why.items())), file=report)
