"""Build the offline basemap: country outlines as a compact GeoJSON file.

Why: a map opened with no network has no tiles; these outlines are drawn under the
markers so it is never blank. Source: the `world-atlas` npm package (TopoJSON made
from Natural Earth, which is public domain; the package is ISC-licensed).

    python scripts/build_basemap.py [--scale 50m|110m] [--digits 2] [--tolerance 0.04]

Writes geo/maps/assets/basemap/countries-<scale>.geojson and the package's LICENSE.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "geo" / "assets" / "basemap"
PACKAGE = "world-atlas@2.0.2"


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker on one arc, endpoints kept.

    Simplifying shared arcs (not rings) keeps neighbouring countries' borders identical.
    """
    if tolerance <= 0 or len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        lo, hi = stack.pop()
        (x1, y1), (x2, y2) = points[lo], points[hi]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for i in range(lo + 1, hi):
            px, py = points[i]
            if norm == 0:
                d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if d > best:
                best, index = d, i
        if best > tolerance:
            keep[index] = True
            stack += [(lo, index), (index, hi)]
    return [p for p, k in zip(points, keep) if k]


def decode_arcs(topology: dict, digits: int, tolerance: float = 0.0) -> list[list[tuple[float, float]]]:
    """Turn quantised, delta-encoded TopoJSON arcs into absolute lon/lat points."""
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * scale[0] + translate[0], digits),
                           round(y * scale[1] + translate[1], digits)))
        arcs.append(simplify(points, tolerance))
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """Stitch arcs into one ring; a negative index ~i means arc i reversed."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        for point in arc[1:] if points else arc:
            if not points or points[-1] != point:  # rounding makes neighbours coincide
                points.append(point)
    if points and points[0] != points[-1]:
        points.append(points[0])
    return [list(p) for p in points]


def to_geojson(topology: dict, layer: str, digits: int, tolerance: float = 0.0) -> dict:
    arcs = decode_arcs(topology, digits, tolerance)
    features = []
    for geometry in topology["objects"][layer]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue  # null geometries carry nothing to draw
        rings = [[ring(r, arcs) for r in polygon] for polygon in polygons]
        rings = [[r for r in polygon if len(r) >= 4] for polygon in rings]
        rings = [polygon for polygon in rings if polygon]
        if not rings:
            continue
        features.append({
            "type": "Feature",
            "properties": {"name": geometry.get("properties", {}).get("name", "")},
            "geometry": {"type": "MultiPolygon", "coordinates": rings},
        })
    return {"type": "FeatureCollection", "features": features}


def fetch_package(workdir: Path) -> Path:
    name = subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True,
                          capture_output=True, text=True).stdout.strip().splitlines()[-1]
    with tarfile.open(workdir / name) as tar:
        tar.extractall(workdir / "x", filter="data")
    return workdir / "x" / "package"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="50m", choices=["110m", "50m"])
    parser.add_argument("--digits", type=int, default=2, help="decimal places kept (2 = about 1 km)")
    parser.add_argument("--tolerance", type=float, default=0.04,
                        help="Douglas-Peucker tolerance in degrees: 0.04 (about 4 km, 2 px at zoom 6); 0 keeps every point")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pkg = fetch_package(Path(tmp))
        topology = json.loads((pkg / f"countries-{args.scale}.json").read_text(encoding="utf-8"))
        geojson = to_geojson(topology, "countries", args.digits, args.tolerance)
        OUT.mkdir(parents=True, exist_ok=True)
        out = OUT / f"countries-{args.scale}.geojson"
        out.write_text(json.dumps(geojson, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        licence = (pkg / "LICENSE").read_text(encoding="utf-8")
        (OUT / "LICENSE").write_text(
            f"{PACKAGE} (TopoJSON of Natural Earth, public domain):\n\n{licence}", encoding="utf-8")
    print(f"{out}: {len(geojson['features'])} countries, {out.stat().st_size / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
