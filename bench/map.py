"""Exported map speed: build time, file size and time to open in headless Chromium.

    python -m bench.map [--markers 10000] [--repeat 3] [--slow]

Each marker is a distinct place with one Arabic or English excerpt. "open" is the time
from navigation until markers (or cluster icons) are on the page, with the network
refused (file:// only), as Chromium reports it (performance.now()). Bar (issue 4):
the exported HTML of 10,000 markers opens in <= 3 s. ``--slow`` adds the folium
per-marker layer at the same size for comparison (it takes a few seconds to build).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.dashboard.browser import CHROMIUM, launch_offline_page  # noqa: E402
from geo.maps.offline import export_html  # noqa: E402

MARKERS_ON_PAGE = "() => document.querySelectorAll('.marker-cluster, path.leaflet-interactive').length > 0"
AR = "أفادت مصادر محلية بسقوط قذائف على أحياء سكنية في {name} مساء الثلاثاء، وسط مخاوف من تصعيد جديد."
EN = "Local sources said shells fell on residential districts of {name} on Tuesday evening amid fears of escalation."


def synthetic_rows(n: int) -> list[dict[str, Any]]:
    """``n`` places spread over North Africa and the Middle East, half Arabic, half English."""
    rows = []
    for i in range(n):
        arabic = i % 2 == 0
        name = f"بلدة{i}" if arabic else f"Town{i}"
        excerpt = (AR if arabic else EN).format(name=name)
        start = excerpt.index(name)
        rows.append({
            "start": start, "end": start + len(name), "text": name, "name": f"Town{i}",
            "name_ar": f"بلدة{i}", "name_en": f"Town{i}", "lat": 12 + (i * 7919 % 2600) / 100,
            "lon": -8 + (i * 104729 % 6500) / 100, "country_code": ["LY", "SY", "YE", "IQ", "SD"][i % 5],
            "feature": "city", "geonameid": 5_000_000 + i, "precision": 1 + i % 3, "confidence": (i % 100) / 100,
            "excerpt": excerpt, "excerpt_start": 0, "alternatives": [], "approximate": False,
            "is_event_location": None, "mention_id": i + 1, "status": "auto", "article_id": i // 5 + 1,
            "title": f"Story {i // 5}", "source": "Bench Wire", "url": f"https://example.org/{i // 5}",
            "published": f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}", "lang": "ar" if arabic else "en",
        })
    return rows


def measure(rows: list[dict[str, Any]], fast: bool | None, repeat: int, workdir: Path) -> dict[str, float]:
    out = workdir / f"map-{fast}.html"
    t = time.perf_counter()
    size = export_html(rows, out, fast=fast)
    build = time.perf_counter() - t
    opens = []
    for _ in range(repeat):
        with launch_offline_page() as page:
            page.goto(out.as_uri(), wait_until="commit", timeout=120_000)
            page.wait_for_function(MARKERS_ON_PAGE, timeout=120_000, polling=50)
            opens.append(page.evaluate("() => performance.now()") / 1000)
            if page.errors:
                raise RuntimeError(f"page errors: {page.errors}")
    return {"build": build, "mb": size / 1e6, "open": statistics.median(opens), "open_max": max(opens)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markers", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="browser opens per file (median shown)")
    parser.add_argument("--slow", action="store_true", help="also time folium's per-marker layer")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install chromium", file=sys.stderr)
        return 1
    rows = synthetic_rows(args.markers)
    layers = [("fast layer (auto)", None)] + ([("folium markers", False)] if args.slow else [])
    print(f"| layer | markers | build s | file MB | open s (median of {args.repeat}) | open s (max) | bar <= 3 s |")
    print("|---|---|---|---|---|---|---|")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for label, fast in layers:
            r = measure(rows, fast, args.repeat, Path(tmp))
            ok &= r["open"] <= 3 or fast is False
            print(f"| {label} | {args.markers:,} | {r['build']:.2f} | {r['mb']:.1f} | {r['open']:.2f} | "
                  f"{r['open_max']:.2f} | {'yes' if r['open'] <= 3 else 'NO'} |", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
