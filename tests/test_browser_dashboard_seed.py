"""The dashboard in a real `streamlit run` server, seen by headless Chromium.

The store holds the seed article (ingested by the real engine) and a hostile article
whose title, source, URL and text carry script payloads. Chromium may reach only the
local server: the map must come from Streamlit's static folder, markers must be there,
popups and the excerpt panel must show the right text, and nothing hostile may run.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_store import HOSTILE_TITLE, mention

from geo.dashboard.browser import CHROMIUM, launch_offline_page
from geo.dashboard.server import dashboard_server
from geo.engine.document import Document

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")
BENGHAZI = dict(name="Benghazi", name_ar="بنغازي", name_en="Benghazi", lat=32.11486, lon=20.06859,
                country_code="LY", feature="city", geonameid=88319)
HOSTILE_TEXT = f"{HOSTILE_TITLE} Fighting was reported in Benghazi. ${{window.__pwned=1}} `x` \\ ZZ{{{{ 7*7 }}}}YY"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    from geo.ingest.batch import ingest_paths
    from geo.store import Store

    path = tmp_path_factory.mktemp("dash") / "atlas.sqlite"
    with Store.open(path) as store:
        summary = ingest_paths([ROOT / "seeds"], store, workers=1, progress=False)
        assert summary.stored == 1, summary.errors
        store.add_document(
            {"text": HOSTILE_TEXT, "title": HOSTILE_TITLE, "source": "<b onmouseover=window.__pwned=1>src</b>",
             "url": "javascript:window.__pwned=1", "published": "2020-06-09", "lang": "en"},
            Document(HOSTILE_TEXT, "en", [mention(HOSTILE_TEXT, "Benghazi", BENGHAZI, whole=True)], []))
    return path


@pytest.fixture(scope="module")
def server(store_path):
    with dashboard_server(store_path) as base:
        yield base


def open_map(page, base: str, query: str):
    page.goto(f"{base}/?{query}")
    frame_el = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=90_000)
    frame = frame_el.content_frame()
    frame.wait_for_selector("path.leaflet-interactive", state="attached", timeout=60_000)
    return frame_el, frame


MARKERS_JS = """() => {
    const map = window.map_div || window.map;
    let n = 0;
    map.eachLayer(l => { if (l instanceof L.MarkerClusterGroup) n += l.getLayers().length; });
    return n;
}"""

POINT_JS = """(id) => {
    const map = window.map_div || window.map;
    let hit = null;
    map.eachLayer(l => { if (l instanceof L.MarkerClusterGroup) l.getLayers().forEach(m => {
        if (String(m.getTooltip().getContent()).includes("[" + id + "]")) hit = m; }); });
    const p = map.latLngToContainerPoint(hit.getLatLng());
    return [p.x, p.y];
}"""


def click_place(page, frame_el, frame, place_id: str) -> None:
    x, y = frame.evaluate(POINT_JS, place_id)
    box = frame_el.bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    frame.wait_for_selector(f'.atlas-popup[data-place="{place_id}"]', timeout=20_000)


def test_seed_places_are_on_the_map_with_their_excerpts(server, store_path):
    from geo.maps.places import group_places
    from geo.store import Store

    with Store.open(store_path) as store:
        places = group_places(store.mention_rows())
    with launch_offline_page(width=1400, height=1000, allow=(server,)) as page:
        frame_el, frame = open_map(page, server, "lat=31.2&lon=16.5&zoom=9")
        assert frame.evaluate(MARKERS_JS) == len(places) >= 5
        # the table follows the map without a click (the map's first report reruns the page)
        page.wait_for_selector('[data-testid="stDataFrame"]', timeout=30_000)
        assert "Loading the table" not in page.inner_text("body")
        # the country outlines came from the static folder (the offline basemap is never blank)
        frame.wait_for_function("() => document.querySelectorAll('.leaflet-atlas-basemap-pane path').length > 100",
                                timeout=30_000)
        # nothing but map tiles was asked of the outside world: Leaflet came from the static folder
        assert all(u.startswith("https://tile.openstreetmap.org/") for u in page.blocked), page.blocked
        click_place(page, frame_el, frame, "g2210554")
        popup = frame.locator(".atlas-popup").inner_text()
        assert "Sirte" in popup and "سرت" in popup and "غارة جوية على منطقة جارف" in popup
        direction = frame.evaluate("() => getComputedStyle(document.querySelector('.atlas-excerpt')).direction")
        assert direction == "rtl"
        # the click comes back to the app: the place panel shows the place and its excerpts
        page.wait_for_function("() => location.search.includes('place=g2210554')", timeout=30_000)
        page.wait_for_selector(".atlas-card p[lang=ar]", timeout=30_000)
        assert "ما أدى إلى مقتل 7 مدنيين" in page.locator(".atlas-card").first.inner_text()
        # a click on empty map (kept for "place it where I clicked") leaves the picked place alone
        box = frame_el.bounding_box()
        page.mouse.click(box["x"] + 60, box["y"] + box["height"] - 80)
        page.wait_for_timeout(2500)
        assert "place=g2210554" in page.evaluate("() => location.search")
        card_direction = page.evaluate(
            "() => getComputedStyle(document.querySelector('.atlas-card p[lang=ar]')).direction")
        assert card_direction == "rtl"
        assert not page.errors, page.errors


def test_hostile_article_shows_as_text_and_runs_nothing(server):
    with launch_offline_page(width=1400, height=1000, allow=(server,)) as page:
        frame_el, frame = open_map(page, server, "lat=32.1&lon=20.1&zoom=9&place=g88319")
        page.wait_for_function("() => document.body.innerText.includes('onerror=window.__pwned=1')",
                               timeout=30_000)
        text = page.evaluate("() => document.body.innerText")
        assert "<script>window.__pwned=1</script>" in text and "${window.__pwned=1}" in text
        assert page.locator("img[src='x']").count() == 0
        assert page.locator("a[href^='javascript']").count() == 0
        click_place(page, frame_el, frame, "g88319")
        popup = frame.locator(".atlas-popup").inner_text()
        assert "<img src=x onerror=window.__pwned=1>" in popup
        assert "7*7" in popup and "ZZ49YY" not in popup  # no template evaluated on the way
        assert frame.locator("img[src='x']").count() == 0
        page.wait_for_timeout(500)
        assert frame.evaluate("() => window.__pwned") is None
        assert page.evaluate("() => window.__pwned") is None


def test_download_buttons_give_the_current_view(server):
    with launch_offline_page(width=1400, height=1000, allow=(server,)) as page:
        open_map(page, server, "country=LY")
        with page.expect_download(timeout=60_000) as csv_download:
            page.get_by_role("button", name="CSV", exact=True).click()
        data = Path(csv_download.value.path()).read_text(encoding="utf-8-sig")
        assert "سرت" in data and "Benghazi" in data and ",RU," not in data
        with page.expect_download(timeout=60_000) as html_download:
            page.get_by_role("button", name="Map (HTML, offline)", exact=True).click()
        html = Path(html_download.value.path()).read_text(encoding="utf-8")
        assert "L.map(" in html and "cdn.jsdelivr" not in html
        assert "<script>window.__pwned" not in html and "ZZ49YY" not in html


def test_panning_and_zooming_the_map_never_reruns_the_app(server):
    with launch_offline_page(width=1400, height=1000, allow=(server,)) as page:
        sent: list[int] = []
        page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(len(payload))))
        frame_el, frame = open_map(page, server, "lat=31.2&lon=16.5&zoom=6")
        page.wait_for_timeout(1500)  # the first run's own messages are done
        before = len(sent)
        box = frame_el.bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.mouse.move(x, y)
        page.mouse.down()
        page.mouse.move(x - 150, y - 80, steps=8)
        page.mouse.up()
        page.mouse.wheel(0, -400)
        frame.evaluate("() => { const m = window.map_div || window.map; m.setZoom(m.getZoom() + 1); }")
        page.wait_for_timeout(2500)
        moved = frame.evaluate("() => { const m = window.map_div || window.map; return [m.getCenter().lng, m.getZoom()]; }")
        assert moved != [16.5, 6]  # the map did move
        assert len(sent) == before, f"the app was asked to rerun {len(sent) - before} time(s)"
        # a click on a marker does rerun it (that is how a place gets picked)
        frame.evaluate("() => { const m = window.map_div || window.map; m.setView([31.2, 16.5], 9, {animate: false}); }")
        page.wait_for_timeout(500)
        assert len(sent) == before
        click_place(page, frame_el, frame, "g2210554")
        page.wait_for_function("() => location.search.includes('place=g2210554')", timeout=30_000)
        assert len(sent) > before


def test_a_popup_says_so_when_its_excerpts_cannot_be_fetched(server):
    with launch_offline_page(width=1400, height=1000, allow=(server,)) as page:
        page.route("**/*.popups.json", lambda route: route.abort())  # the excerpts file fails; the markers do not
        frame_el, frame = open_map(page, server, "lat=31.2&lon=16.5&zoom=9")
        x, y = frame.evaluate(POINT_JS, "g2210554")
        box = frame_el.bounding_box()
        page.mouse.click(box["x"] + x, box["y"] + y)
        frame.wait_for_selector(".atlas-unavailable", timeout=20_000)
        assert "could not be loaded" in frame.locator(".atlas-popup").inner_text()
        assert not frame.locator(".atlas-loading").count()  # not stuck on "Loading excerpts…"
