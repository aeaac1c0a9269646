"""The events layer in a real browser: a symbol for the Jarif strike, its tooltip naming the
incident, its sources and the dead; `?minfat=1` leaves that place alone."""
from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_store import seed_store

from geo.dashboard.browser import CHROMIUM, launch_offline_page
from geo.dashboard.server import dashboard_server

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")
TOOLTIPS_JS = """() => {
    const map = window.map_div || Object.values(window).find(v => v && v instanceof L.Map);
    const out = [];
    map.eachLayer(l => { if (l.options && l.options.pane === "atlas-events" && l.getTooltip && l.getTooltip())
        out.push(String(l.getTooltip().getContent())); });
    return out;
}"""


def test_the_jarif_strike_is_one_incident_symbol_with_its_dead(tmp_path):
    from geo.ingest.stories import link_new_articles
    from geo.store import Store

    db = seed_store(tmp_path / "atlas.sqlite")
    with Store.open(db) as store:
        link_new_articles(store)
    with dashboard_server(db) as base, launch_offline_page(1400, 1000, allow=(base,)) as page:
        page.goto(f"{base}/?minfat=1&lat=31.2&lon=16.4&zoom=7")
        frame = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=90_000).content_frame()
        frame.wait_for_selector(".atlas-event", timeout=60_000)
        tips = frame.evaluate(TOOLTIPS_JS)
        assert len(tips) == 1, tips
        assert "Explosions/Remote violence" in tips[0] and "1 incident from" in tips[0] and "7 killed" in tips[0]
        assert frame.evaluate("document.querySelector('.atlas-event div').textContent") == "✹"
