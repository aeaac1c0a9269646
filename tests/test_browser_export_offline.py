"""Exported HTML maps in headless Chromium with every network request refused.

Proves the export opens from a file offline, shows a marker per place, puts the right
text in popups, renders Arabic right to left, and runs nothing from hostile input,
for both the folium marker layer and the fast (FastMarkerCluster) layer.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from map_rows import HOSTILE, hostile, sirte_ar, tripoli_en

from geo.dashboard.browser import CHROMIUM, launch_offline_page
from geo.maps.places import group_places
from geo.maps.offline import export_html

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")

FIND_LAYERS = """() => {
    const map = window[Object.keys(window).find(k => /^map_[0-9a-f]+$/.test(k))];
    let cluster = null;
    map.eachLayer(l => { if (l instanceof L.MarkerClusterGroup) cluster = l; });
    window.atlasMap = map; window.atlasCluster = cluster;
    return cluster.getLayers().length;
}"""

# Where on the page a place's marker sits (found by the place id its tooltip carries).
MARKER_POINT = """(id) => {
    const layer = atlasCluster.getLayers().find(l => {
        const t = l.getTooltip().getContent();
        return (typeof t === "string" ? t : t.textContent).includes("[" + id + "]");
    });
    atlasMap.setView(layer.getLatLng(), 9, {animate: false});
    const p = atlasMap.latLngToContainerPoint(layer.getLatLng());
    const box = atlasMap.getContainer().getBoundingClientRect();
    return [box.left + p.x, box.top + p.y];
}"""


@pytest.fixture(params=[False, True], ids=["folium-markers", "fast-layer"])
def opened(request, tmp_path):
    """An exported map of Sirte (Arabic), Tripoli (English) and a hostile place, open offline."""
    rows = [sirte_ar(), sirte_ar(mention_id=4, article_id=4, title="Second", published="2020-03-01"),
            tripoli_en(), hostile()]
    out = tmp_path / "map.html"
    export_html(rows, out, fast=request.param)
    with launch_offline_page() as page:
        page.goto(out.as_uri())
        page.wait_for_function("() => window.L && document.querySelector('.leaflet-marker-pane, path.leaflet-interactive')")
        page.evaluate(FIND_LAYERS)
        yield page, {p.id: p for p in group_places(rows)}


def open_popup(page, place_id):
    x, y = page.evaluate(MARKER_POINT, place_id)
    page.wait_for_timeout(250)  # cluster re-layout after the zoom
    x, y = page.evaluate(MARKER_POINT, place_id)
    page.mouse.click(x, y)
    page.wait_for_selector(f'.atlas-popup[data-place="{place_id}"]')
    return page.locator(f'.atlas-popup[data-place="{place_id}"]')


def test_map_opens_offline_with_one_marker_per_place(opened):
    page, places = opened
    assert page.evaluate("() => atlasCluster.getLayers().length") == len(places) == 3
    assert page.errors == []
    # only map tiles were asked of the network: every script and style was inlined
    assert page.blocked and all(u.startswith("https://tile.openstreetmap.org/") for u in page.blocked)
    assert page.locator(".leaflet-control-layers").count() == 1
    assert page.locator(".leaflet-control-scale").count() == 1
    assert page.locator(".fullscreen-icon, .leaflet-control-zoom-fullscreen").count() >= 1
    assert page.locator("svg path").count() > 100  # the offline country outlines


def test_popup_shows_names_quality_and_each_excerpt_with_its_article(opened):
    page, _ = opened
    popup = open_popup(page, "g2210554")
    text = popup.inner_text()
    for expected in ["Sirte", "سرت", "31.2089, 16.5887", "precision 1 exact", "confidence 0.90", "2 mentions",
                     "غارة جوية على منطقة جارف", "Second", "Air strike near Sirte", "Example News", "2020-02-23"]:
        assert expected in text, expected
    assert popup.locator("mark").first.inner_text() == "سرت"
    assert popup.locator("a").first.get_attribute("href") == "https://example.org/story"
    assert popup.locator("a").first.get_attribute("rel") == "noopener noreferrer"


def test_arabic_excerpts_and_names_render_right_to_left(opened):
    page, _ = opened
    popup = open_popup(page, "g2210554")
    direction = "el => getComputedStyle(el).direction"
    assert popup.locator(".atlas-excerpt").first.evaluate(direction) == "rtl"
    assert popup.locator(".atlas-name-ar").evaluate(direction) == "rtl"
    assert popup.locator(".atlas-excerpt").first.evaluate("el => getComputedStyle(el).unicodeBidi") == "plaintext"
    english = open_popup(page, "g2210247")
    assert english.locator(".atlas-excerpt").first.evaluate(direction) == "ltr"


def test_hostile_article_text_shows_as_text_and_runs_nothing(opened):
    page, places = opened
    bad_id = next(pid for pid, p in places.items() if p.rows[0]["mention_id"] == 3)
    x, y = page.evaluate(MARKER_POINT, bad_id)
    page.mouse.move(x, y)  # the tooltip carries the hostile name too
    popup = open_popup(page, bad_id)
    text = popup.inner_text()
    for payload in HOSTILE:
        assert payload in text, payload
    assert popup.locator("img, script, a").count() == 0  # javascript: link dropped, no tags made
    assert "<script>window.__pwned=1</script>" in page.locator(".leaflet-tooltip").last.inner_text()
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__pwned") is None
    assert page.errors == []


def test_tooltip_text_maps_a_click_back_to_its_place(opened):
    page, _ = opened
    x, y = page.evaluate(MARKER_POINT, "g2210247")
    page.mouse.move(x, y)
    page.wait_for_selector(".leaflet-tooltip")
    assert page.locator(".leaflet-tooltip").last.inner_text().strip() == "Tripoli · طرابلس (1) [g2210247]"
