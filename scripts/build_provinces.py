"""Build the offline basemap's province lines: the boundaries between first-level divisions.

Why: conflict news names provinces (Idlib, Marib, North Darfur); the offline basemap has only
country outlines. Source: Natural Earth's 1:10m admin-1 polygons (public domain), as TopoJSON
repackaged by elastic/ems-file-service (`../shared/gazetteer/natural_earth/`). Only the arcs two
provinces share are kept (coasts are the country outlines' job), simplified and rounded.

    python scripts/build_provinces.py [--shared ../shared] [--tolerance 0.03] [--digits 2]

Writes geo/maps/assets/basemap/provinces-10m.geojson (one MultiLineString).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_basemap import decode_arcs  # noqa: E402

OUT = ROOT / "geo" / "maps" / "assets" / "basemap" / "provinces-10m.geojson"
SOURCE = "gazetteer/natural_earth/ems_ne_10m_admin_1_states_provinces.topo.json.gz"


def _arc_uses(geometry: dict, uses: Counter) -> None:
    arcs = geometry.get("arcs") or []
    stack = [arcs]
    while stack:
        item = stack.pop()
        if isinstance(item, int):
            uses[item if item >= 0 else ~item] += 1
        else:
            stack.extend(item)


def shared_lines(topology: dict, tolerance: float, digits: int) -> list[list[list[float]]]:
    """The arcs used by two provinces, as lon/lat lines."""
    uses: Counter = Counter()
    for obj in topology["objects"].values():
        for geometry in obj.get("geometries", [obj]):
            _arc_uses(geometry, uses)
    arcs = decode_arcs(topology, digits, tolerance)
    lines = []
    for index, arc in enumerate(arcs):
        if uses[index] >= 2 and len(arc) >= 2:
            line = [list(p) for k, p in enumerate(arc) if k == 0 or p != arc[k - 1]]
            if len(line) >= 2:
                lines.append(line)
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--tolerance", type=float, default=0.03, help="Douglas-Peucker tolerance in degrees")
    ap.add_argument("--digits", type=int, default=2)
    args = ap.parse_args(argv)
    with gzip.open(Path(args.shared) / SOURCE, "rt", encoding="utf-8") as f:
        topology = json.load(f)
    lines = shared_lines(topology, args.tolerance, args.digits)
    feature = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"kind": "province lines"},
                                                          "geometry": {"type": "MultiLineString", "coordinates": lines}}]}
    OUT.write_text(json.dumps(feature, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB, {len(lines)} lines, "
          f"{sum(len(line) for line in lines)} points)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
