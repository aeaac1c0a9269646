"""The timeline brush in a real browser: dragging across the last days sets the view's date
range (the sidebar's From and To, the link) and the map and tables follow."""
from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_store import seed_store

from geo.dashboard.browser import CHROMIUM, launch_offline_page
from geo.dashboard.server import dashboard_server

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")


def test_dragging_across_days_on_the_timeline_filters_the_view(tmp_path):
    db = seed_store(tmp_path / "atlas.sqlite")
    with dashboard_server(db) as base, launch_offline_page(1400, 1000, allow=(base,)) as page:
        page.goto(base)
        page.wait_for_selector("[data-testid='stDataFrame']", timeout=90_000)
        page.get_by_text("Timeline", exact=True).click()
        chart = page.wait_for_selector("[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg",
                                       timeout=60_000)
        chart.scroll_into_view_if_needed()
        box = chart.bounding_box()
        y = box["y"] + box["height"] * 0.45
        # from two thirds of the way along to the right end: the last days (the article's day, 9 June)
        page.mouse.move(box["x"] + box["width"] * 0.70, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.85, y, steps=8)
        page.mouse.move(box["x"] + box["width"] * 0.99, y, steps=8)
        page.mouse.up()
        page.wait_for_function("new URLSearchParams(location.search).get('from') !== null", timeout=60_000)
        picked = page.evaluate("Object.fromEntries(new URLSearchParams(location.search))")
        assert picked["from"] >= "2020-06-06" and picked["to"] >= picked["from"], picked
