"""features.tsv.gz: seas, gulfs, lakes, deserts, plains, mountains and regions from Natural Earth.

Natural Earth (public domain) names features in English only and worldwide; kept are those
inside the engine's news region (Africa, the Middle East, the Black Sea and Central Asia) and, since
session 25, the rest of the world's too (local news names the Grampians and the Cascade Range as
often as war news names the Nafusa Mountains; lakes still only down to scalerank 6). Arabic names come from
features_hand.tsv, written by hand. A polygon's point is the middle of its largest part by area.
"""
from __future__ import annotations

import gzip
import json
from typing import Any, Iterator

from .common import DATA, GAZ, _need, place_row
from .ne_polygons import inner_centroid, ring_area
from .textnorm import commonness

REGION = (-20.0, -12.0, 76.0, 56.0)  # lon/lat box: west Africa and Kenya to Ukraine and Afghanistan
WORLD_SCALERANK = 9  # every rank but Null Island's placeholder 100: the one-word filter below keeps words out
EVERYDAY_ZIPF = 3.0  # one-word features that are words ("Pentecost", "Plain") are left out
SKIP_CLASSES = frozenset({"island group", "coast", "geoarea", "peninsula"})  # labels, not places news names


def _load(name: str) -> list[dict[str, Any]]:
    with gzip.open(_need(GAZ / "natural_earth" / f"{name}.json.gz"), "rt", encoding="utf-8") as f:
        return json.load(f)["features"]


def _point(geom: dict[str, Any]) -> tuple[float, float]:
    """A point's own coordinates; a polygon's, the middle of its largest part by area (session 28:
    the mean of its vertices leaned towards the most detailed coast, 374 km off for the Bay of
    Bengal, 282 km for the Gulf of Mexico)."""
    if geom["type"] == "Point":
        lon, lat = geom["coordinates"][:2]
        return lat, lon
    outer = [geom["coordinates"][0]] if geom["type"] == "Polygon" else [p[0] for p in geom["coordinates"]]
    ring = max(([tuple(q[:2]) for q in r] for r in outer), key=ring_area)
    point = inner_centroid(ring)
    if point is None:
        return sum(p[1] for p in ring) / len(ring), sum(p[0] for p in ring) / len(ring)
    return point


_ABBREV = {"Mts.": "Mountains", "Mt.": "Mount", "I.": "Island", "Is.": "Islands", "Pen.": "Peninsula"}


def _title(name: str) -> str:
    """Natural Earth writes marine names in capitals (RED SEA) and abbreviates (Al Hajar Mts.)."""
    words = [w if not w.isupper() else w.capitalize() if w not in ("OF", "AND") else w.lower() for w in name.split()]
    return " ".join(_ABBREV.get(w, w) for w in words)


def _hand_names() -> set[str]:
    """English names the hand tables already give (with Arabic): the hand row wins (the Sahel)."""
    names: set[str] = set()
    for fname in ("features_hand.tsv", "aliases_hand.tsv"):
        for line in (DATA / fname).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 11 and not line.startswith("#"):
                names |= {cols[8], *cols[10].split("|")}
    return names


def natural_rows() -> Iterator[list[str]]:
    sources = ("ne_10m_geography_marine_polys", "ne_10m_geography_regions_polys",
               "ne_10m_geography_regions_points", "ne_10m_geography_regions_elevation_points", "ne_10m_lakes")
    seen: set[str] = _hand_names()
    for src in sources:
        for f in _load(src):
            p = f["properties"]
            name = _title((p.get("name") or "").strip())
            cls = (p.get("featurecla") or "").lower()
            if not name or cls in SKIP_CLASSES or name in seen:
                continue
            lat, lon = _point(f["geometry"])
            inside = REGION[0] <= lon <= REGION[2] and REGION[1] <= lat <= REGION[3]
            rank = 9 if p.get("scalerank") is None else int(p["scalerank"])  # the oceans' rank is 0, not missing
            if not inside and rank > WORLD_SCALERANK:
                continue
            if src == "ne_10m_lakes" and rank > 6:
                continue
            if " " not in name and commonness(name) >= EVERYDAY_ZIPF:
                continue
            seen.add(name)
            yield place_row(f"ne:{src[7:].replace('geography_', '')}:{name}", feature="area", country_code="",
                            lat=lat, lon=lon, name_en=name, aliases=[a for a in _range_plural(name) if a not in seen])


def _range_plural(name: str) -> tuple[str, ...]:
    """"Grampian Mountains" is "the Grampians" in the news, as the Appalachians and Carpathians are
    (a plural the hand tables give to something else, the Balkans, stays theirs)."""
    head, _, last = name.rpartition(" ")
    if last == "Mountains" and " " not in head and head.endswith("an"):
        return (head + "s",)
    return ()
