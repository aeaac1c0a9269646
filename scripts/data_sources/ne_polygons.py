"""Natural Earth's 1:10m first-level divisions (EMS TopoJSON): polygons and names keyed by
ISO 3166-2, and a point near the middle of each division."""
from __future__ import annotations

import gzip
import json
import math
from collections import defaultdict
from functools import lru_cache
from typing import Any

from .common import GAZ


def _arcs() -> tuple[list[list[tuple[float, float]]], list[dict[str, Any]]]:
    path = GAZ / "natural_earth" / "ems_ne_10m_admin_1_states_provinces.topo.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        topo = json.load(fh)
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs, next(iter(topo["objects"].values()))["geometries"]


@lru_cache(maxsize=1)
def ne_rings() -> dict[str, list[list[tuple[float, float]]]]:
    """ISO 3166-2 code -> rings (lon, lat) of Natural Earth's 1:10m province polygon."""
    arcs, geoms = _arcs()
    out: dict[str, list[list[tuple[float, float]]]] = defaultdict(list)
    for g in geoms:
        iso = (g.get("properties") or {}).get("iso_3166_2") or ""
        if not iso or g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        for poly in polys:
            for ring_arcs in poly:
                ring: list[tuple[float, float]] = []
                for i in ring_arcs:
                    pts = arcs[i] if i >= 0 else arcs[~i][::-1]
                    ring.extend(pts if not ring else pts[1:])
                out[iso].append(ring)
    return dict(out)


def inside(lon: float, lat: float, rings: list[list[tuple[float, float]]]) -> bool:
    """Even-odd rule over all rings (holes included)."""
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside




def ring_area(ring: list[tuple[float, float]]) -> float:
    """Area in square degrees, scaled by cos(latitude) (enough to rank a division's parts)."""
    lat0 = sum(y for _x, y in ring) / max(len(ring), 1)
    a = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))
    return abs(a) / 2 * math.cos(math.radians(lat0))


@lru_cache(maxsize=1)
def _names_by_iso() -> dict[str, list[str]]:
    """ISO 3166-2 code -> Natural Earth names of its polygon(s)."""
    _arcs_, geoms = _arcs()
    out: dict[str, list[str]] = defaultdict(list)
    for g in geoms:
        pr = g.get("properties") or {}
        if pr.get("iso_3166_2") and pr.get("name") and pr["name"] not in out[pr["iso_3166_2"]]:
            out[pr["iso_3166_2"]].append(pr["name"])
    return dict(out)


def _centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    """Area centroid (lon, lat) of a ring."""
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        c = x1 * y2 - x2 * y1
        a, cx, cy = a + c, cx + (x1 + x2) * c, cy + (y1 + y2) * c
    if abs(a) < 1e-12:
        return sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring)
    return cx / (3 * a), cy / (3 * a)


GRID = 40  # grid steps across the bounding box when the centroid falls outside the part


def middle_point(iso: str) -> tuple[str, tuple[float, float]] | None:
    """Natural Earth's name and a point (lat, lon) near the middle of the largest part of the
    division with this ISO 3166-2 code (New York State's mainland, not Long Island; Kentucky, not
    its exclave): the part's centroid, or when that falls outside (a crescent, a bent coast) the
    grid point inside the part nearest to it. None when Natural Earth has no such polygon."""
    rings = ne_rings().get(iso)
    names = _names_by_iso().get(iso)
    if not rings or not names:
        return None
    point = inner_centroid(max(rings, key=ring_area))
    return None if point is None else (names[0], point)


def inner_centroid(ring: list[tuple[float, float]]) -> tuple[float, float] | None:
    """A point (lat, lon) near the middle of a ring of (lon, lat): its area centroid, or when that
    falls outside (a crescent, a bent coast) the grid point inside it nearest to the centroid.
    None when no grid point falls inside."""
    x, y = _centroid(ring)
    if not inside(x, y, [ring]):
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        grid = [(min(xs) + (max(xs) - min(xs)) * (i + 0.5) / GRID, min(ys) + (max(ys) - min(ys)) * (j + 0.5) / GRID)
                for i in range(GRID) for j in range(GRID)]
        inner = [p for p in grid if inside(p[0], p[1], [ring])]
        if not inner:
            return None
        x, y = min(inner, key=lambda p: ((p[0] - x) * math.cos(math.radians(y))) ** 2 + (p[1] - y) ** 2)
    return round(y, 5), round(x, 5)


class DivisionLocator:
    """Which first-level division a point lies in, by Natural Earth's polygons: for villages that
    no town near them lends a division (northern Mali, Niger, Sudan: a third of WOF's Malian
    villages had none, so "Talataye (Ansongo, Gao)" could not be read as a village of Gao).
    ``codes`` maps ISO 3166-2 codes to the division codes to report; a point in no listed polygon
    gets None."""

    def __init__(self, codes: dict[str, str]):
        import numpy as np

        self._np = np
        self.parts: dict[str, list[tuple[tuple[float, float, float, float], Any, Any, str]]] = defaultdict(list)
        for iso, rings in ne_rings().items():
            code = codes.get(iso)
            if code is None:
                continue
            for ring in rings:
                xs = np.array([p[0] for p in ring])
                ys = np.array([p[1] for p in ring])
                box = (xs.min(), xs.max(), ys.min(), ys.max())
                self.parts[iso.split("-", 1)[0]].append((box, xs, ys, code))

    def locate(self, cc: str, lat: float, lon: float) -> str | None:
        np = self._np
        hits: dict[str, int] = defaultdict(int)
        for (x0, x1, y0, y1), xs, ys, code in self.parts.get(cc, ()):
            if not (x0 <= lon <= x1 and y0 <= lat <= y1):
                continue
            xn, yn = np.roll(xs, -1), np.roll(ys, -1)
            crosses = (ys > lat) != (yn > lat)
            with np.errstate(divide="ignore", invalid="ignore"):
                at = xs + (lat - ys) * (xn - xs) / (yn - ys)
            hits[code] += int(np.count_nonzero(crosses & (lon < at)))
        inside = [code for code, n in hits.items() if n % 2]  # even-odd over a division's rings (holes too)
        return inside[0] if len(inside) == 1 else None
