"""Export the seed article's map and screenshot it into docs/export-map.png.

Parses seeds/*.txt with the engine (geo.parse), writes the standalone HTML with
geo.maps.offline.export_html, opens it in headless Chromium with every network request
blocked (so the picture shows what an offline reader sees), opens the popup of the
most-mentioned place and saves a PNG.

    python scripts/screenshot_export.py [--out docs/export-map.png] [--html PATH]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.dashboard.browser import CHROMIUM, launch_offline_page  # noqa: E402
from geo.cli.map import rows_from_files  # noqa: E402
from geo.maps.offline import export_html  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "export-map.png"))
    parser.add_argument("--html", help="also keep the exported HTML here")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install chromium", file=sys.stderr)
        return 1
    errors: list[str] = []
    rows, events = rows_from_files(sorted(str(p) for p in (ROOT / "seeds").glob("*.txt")), errors)
    for error in errors:
        print(f"skipped: {error}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(args.html) if args.html else Path(tmp) / "seed-map.html"
        export_html(rows, html, events=events, colour_by="precision")
        with launch_offline_page(width=1280, height=800) as page:
            page.goto(html.as_uri())
            page.wait_for_selector("path.leaflet-interactive")
            # open the popup of the most-mentioned place (the biggest circle): zoom in until
            # the cluster lets it stand alone (markercluster 1.1's zoomToShowLayer never calls
            # back for circle markers)
            page.wait_for_function("""() => {
                const map = window.atlasMap = window[Object.keys(window).find(k => /^map_[0-9a-f]+$/.test(k))];
                return map && !map._animatingZoom;  // a setView during the opening zoom is dropped
            }""")
            page.evaluate("""() => {
                const map = atlasMap;
                map.eachLayer(l => { if (l instanceof L.MarkerClusterGroup) window.atlasCluster = l; });
                window.atlasBest = atlasCluster.getLayers().reduce((a, b) => a.getRadius() >= b.getRadius() ? a : b);
                map.setView(atlasBest.getLatLng(), 6, {animate: false});
            }""")
            for _ in range(12):
                page.wait_for_timeout(300)
                if page.evaluate("() => atlasBest._map ? (atlasBest.openPopup(), true) "
                                 ": (atlasMap.setZoom(atlasMap.getZoom() + 1, {animate: false}), false)"):
                    break
            page.wait_for_selector(".atlas-popup")
            page.wait_for_timeout(400)  # popup fade-in
            page.screenshot(path=args.out)
    print(f"wrote {args.out} ({len(rows)} mentions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
