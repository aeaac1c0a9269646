"""Take the dashboard's pictures in docs/: the seed article's view in headless Chromium.

    python scripts/screenshot_dashboard.py [--db STORE] [--out docs/dashboard.png] [--query Q]
    python scripts/screenshot_dashboard.py --all      # every picture docs/ shows, listed in SHOTS

Without --db the seeds folder is ingested into a temporary store. Chromium may reach
only the local server (no tiles), so the pictures show the offline country outlines.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.dashboard.browser import launch_offline_page  # noqa: E402
from geo.dashboard.server import dashboard_server  # noqa: E402


def seed_store(folder: Path) -> Path:
    from geo.ingest.batch import ingest_paths
    from geo.store import Store

    db = folder / "seed.sqlite"
    with Store.open(db) as store:
        ingest_paths([ROOT / "seeds"], store, workers=1, progress=False)
    return db


SIRTE = "place=g2210554&lat=31.6&lon=15.2&zoom=6"
# file in docs/, the view's query string, the panel under the map to open (None: the mentions)
SHOTS = [
    ("dashboard.png", SIRTE, None),                                 # the map, Sirte picked
    ("dashboard-events.png", "minfat=1&lat=31.0&lon=16.0&zoom=6", None),  # events with dead: Jarif's strike
    ("dashboard-timeline.png", "lat=31.6&lon=15.2&zoom=5", "Timeline"),   # the timeline under the map
    ("dashboard-arabic.png", SIRTE + "&ui=ar", None),               # the Arabic interface
    ("dashboard-labels.png", "lat=31.8&lon=15.0&zoom=7", None),     # the basemap's place names, zoomed in
]


def shoot(page, base: str, query: str, panel: str | None, out: str) -> None:
    page.goto(f"{base}/?{query}")
    frame = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=90_000).content_frame()
    frame.wait_for_selector("path.leaflet-interactive", state="attached", timeout=60_000)
    page.wait_for_selector("[data-testid='stDataFrame']", timeout=60_000)  # the table: the page is whole
    if panel:
        page.get_by_text(panel, exact=True).click()
        page.wait_for_selector("[data-testid='stVegaLiteChart'], .vega-embed", timeout=60_000)
    time.sleep(2.0)  # let the map's opening zoom settle
    page.screenshot(path=out, full_page=True)
    print(f"wrote {out}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="store to show (default: the seeds, ingested into a temporary store)")
    ap.add_argument("--out", default=str(ROOT / "docs" / "dashboard.png"))
    ap.add_argument("--query", default=SIRTE,
                    help="query string of the view to show (default: Sirte picked, the map on Libya)")
    ap.add_argument("--all", action="store_true", help="every picture in SHOTS, into docs/")
    args = ap.parse_args(argv)
    shots = ([(str(ROOT / "docs" / name), query, panel) for name, query, panel in SHOTS] if args.all
             else [(args.out, args.query, None)])
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or seed_store(Path(tmp))
        with dashboard_server(db) as base, launch_offline_page(width=1500, height=1100, allow=(base,)) as page:
            for out, query, panel in shots:
                shoot(page, base, query, panel, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
