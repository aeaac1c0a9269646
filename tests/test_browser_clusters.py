"""Clusters on the dashboard's map take the colour most of their places have."""
from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_store import seed_store

from geo.dashboard.browser import CHROMIUM, launch_offline_page
from geo.dashboard.server import dashboard_server
from geo.maps.colours import colour_scheme

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")


def test_a_cluster_of_libyan_places_is_coloured_as_libya(tmp_path):
    from geo.dashboard import data as dashboard_data
    from geo.store import Store

    db = seed_store(tmp_path / "atlas.sqlite")
    with Store.open(db) as store:
        places = [dashboard_data.summary_place(p) for p in store.view_places({})]
    _, legend = colour_scheme(places, "country")
    with dashboard_server(db) as base, launch_offline_page(1400, 1000, allow=(base,)) as page:
        page.goto(f"{base}/?lat=31.5&lon=15.5&zoom=5")
        frame = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=90_000).content_frame()
        frame.wait_for_selector(".atlas-cluster div", timeout=60_000)
        clusters = frame.evaluate("Array.from(document.querySelectorAll('.atlas-cluster div'))"
                                  ".map(n => [n.textContent, getComputedStyle(n).backgroundColor])")
    assert clusters and all(text.isdigit() for text, _ in clusters)
    hex_ly = legend["LY"].lstrip("#")
    rgb = f"rgb({int(hex_ly[0:2], 16)}, {int(hex_ly[2:4], 16)}, {int(hex_ly[4:6], 16)})"
    assert all(colour == rgb for _, colour in clusters), (clusters, rgb)  # every cluster here is Libyan
