"""Take docs/dashboard.png: the dashboard on the seed article, in headless Chromium.

    python scripts/screenshot_dashboard.py [--db STORE] [--out docs/dashboard.png] [--place g2210554]

Without --db the seeds folder is ingested into a temporary store. Chromium may reach
only the local server (no tiles), so the picture shows the offline country outlines.
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="store to show (default: the seeds, ingested into a temporary store)")
    ap.add_argument("--out", default=str(ROOT / "docs" / "dashboard.png"))
    ap.add_argument("--query", default="place=g2210554&lat=31.6&lon=15.2&zoom=6",
                    help="query string of the view to show (default: Sirte picked, the map on Libya)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or seed_store(Path(tmp))
        with dashboard_server(db) as base, launch_offline_page(width=1500, height=1100, allow=(base,)) as page:
            page.goto(f"{base}/?{args.query}")
            frame = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=90_000).content_frame()
            frame.wait_for_selector("path.leaflet-interactive", state="attached", timeout=60_000)
            page.wait_for_selector("text=Timeline", timeout=30_000)
            time.sleep(2.0)  # let the map's opening zoom settle
            page.screenshot(path=args.out, full_page=True)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
