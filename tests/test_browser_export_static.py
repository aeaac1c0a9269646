"""The map inside a real `streamlit run` server, offline, assets from Streamlit's static folder.

A tiny app (written to tmp_path) does what the dashboard does: install_static, a base
map plus marker FeatureGroups through st_folium, localize to /app/static/atlas/...
Chromium may reach only the local server: markers must appear, popups must work,
a click must come back as the place id, and hostile text must run nothing.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from map_rows import hostile, sirte_ar, tripoli_en

from geo.dashboard.browser import CHROMIUM, launch_offline_page
from geo.dashboard.server import dashboard_server

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")

APP = '''
import json
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from geo.maps.build import build_map_parts
from geo.maps.offline import install_static, localize
from geo.maps.popups import place_id_from_tooltip

here = Path(__file__).parent
install_static(here / "static")
rows = json.loads((here / "rows.json").read_text(encoding="utf-8"))
parts = build_map_parts(rows, center=(31.5, 15.5), zoom=5, fast=st.query_params.get("fast") == "1")
localize(parts.map, *parts.feature_groups)
out = st_folium(parts.map, feature_group_to_add=parts.feature_groups, key="map", height=450,
                returned_objects=["last_object_clicked_tooltip"])
st.text("clicked: " + str(place_id_from_tooltip((out or {}).get("last_object_clicked_tooltip"))))
'''


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    app_dir = tmp_path_factory.mktemp("app")
    (app_dir / "app.py").write_text(APP, encoding="utf-8")
    rows = [sirte_ar(), tripoli_en(), hostile()]
    (app_dir / "rows.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    with dashboard_server(None, app=app_dir / "app.py", cwd=app_dir, timeout=60) as base:
        yield base


@pytest.mark.parametrize("fast", ["0", "1"], ids=["folium-markers", "fast-layer"])
def test_map_in_streamlit_works_offline_from_static_files(server, fast):
    with launch_offline_page(width=1100, height=800, allow=(server,)) as page:  # the local server only
        page.goto(f"{server}/?fast={fast}")
        frame_el = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=60_000)
        frame = frame_el.content_frame()
        frame.wait_for_selector("path.leaflet-interactive", timeout=30_000)
        assert frame.locator("path.leaflet-interactive").count() == 3
        # nothing but map tiles was asked of the outside world
        assert all(u.startswith("https://tile.openstreetmap.org/") for u in page.blocked), page.blocked

        point = frame.evaluate("""() => {
            const map = window.map_div || window.map;
            let hit = null;
            map.eachLayer(l => { if (l instanceof L.MarkerClusterGroup) l.getLayers().forEach(m => {
                if (String(m.getTooltip().getContent()).includes("[g2210554]")) hit = m; }); });
            const p = map.latLngToContainerPoint(hit.getLatLng());
            const box = map.getContainer().getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""")
        box = frame_el.bounding_box()
        page.mouse.click(box["x"] + point[0], box["y"] + point[1])
        frame.wait_for_selector('.atlas-popup[data-place="g2210554"]')
        assert "غارة جوية على منطقة جارف" in frame.locator(".atlas-popup").inner_text()
        page.wait_for_selector("text=clicked: g2210554", timeout=20_000)
        assert frame.evaluate("() => window.__pwned") is None and page.evaluate("() => window.__pwned") is None
