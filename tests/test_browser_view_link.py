"""Share links keep the map's extent: the map's link button gives the page's address (filters,
picked place) with the centre and zoom the analyst panned to, and that link opens there."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from dashboard_store import seed_store

from geo.dashboard.browser import CHROMIUM, launch_offline_page
from geo.dashboard.server import dashboard_server

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")
MAP_JS = "window.map_div || Object.values(window).find(v => v && v instanceof L.Map)"


def test_the_link_button_keeps_the_panned_extent_and_the_filters(tmp_path):
    db = seed_store(tmp_path / "atlas.sqlite")
    with dashboard_server(db) as base, launch_offline_page(1400, 1000, allow=(base,)) as page:
        page.goto(f"{base}/?minfat=1&lat=31.5&lon=15.5&zoom=5")
        frame = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=90_000).content_frame()
        frame.wait_for_selector(".atlas-view-link a", timeout=60_000)
        frame.evaluate(f"({MAP_JS}).setView([33.25, 36.5], 7, {{animate: false}})")  # the analyst pans and zooms
        frame.click(".atlas-view-link a")
        link = frame.wait_for_selector("input.atlas-view-url", timeout=10_000).input_value()
        query = parse_qs(urlsplit(link).query)
        assert query["minfat"] == ["1"] and query["zoom"] == ["7"]
        assert abs(float(query["lat"][0]) - 33.25) < 0.01 and abs(float(query["lon"][0]) - 36.5) < 0.01
        page.goto(link)  # the shared link opens on that extent
        frame = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=90_000).content_frame()
        frame.wait_for_selector(".atlas-view-link a", timeout=60_000)
        centre = frame.evaluate(f"(() => {{ const m = {MAP_JS}; const c = m.getCenter(); return [c.lat, c.lng, m.getZoom()]; }})()")
        assert abs(centre[0] - 33.25) < 0.05 and abs(centre[1] - 36.5) < 0.05 and centre[2] == 7
