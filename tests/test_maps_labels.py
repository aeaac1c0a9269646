"""Place names on the offline basemap (geo.maps.labels): which places are named from which
zoom, the files per band, and in a real browser on the dashboard, by zoom and language."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from dashboard_store import seed_store

from geo.dashboard.browser import CHROMIUM, launch_offline_page
from geo.dashboard.server import dashboard_server
from geo.engine.document import Place
from geo.maps.labels import BANDS, label_rows, labels_url, min_zoom, publish_labels

ROOT = Path(__file__).resolve().parent.parent


def place(name, feature, population, name_ar=None, lat=30.0, lon=15.0):
    return Place(0, None, name, name_ar, lat, lon, "LY", None, feature, population)


def test_countries_come_first_then_provinces_and_large_cities_then_towns():
    assert min_zoom("country", 7_000_000) == 4 and min_zoom("country", 90_000_000) == 3
    assert min_zoom("admin1", 0) == 6
    assert min_zoom("city", 3_000_000) == 5 and min_zoom("city", 400_000) == 6
    assert min_zoom("city", 60_000) == 7 and min_zoom("city", 20_000) == 8
    assert min_zoom("city", 900) is None and min_zoom("area", 10**7) is None
    bands = label_rows([place("Sirte", "city", 128_123, "سرت"), place("Libya", "country", 6_700_000, "ليبيا"),
                        place("Misrata", "city", 386_120, "مصراتة"), place("Jarif", "city", 0)])
    assert set(bands) == set(BANDS)
    assert [r[2] for r in bands[2]] == ["Libya"] and [r[2] for r in bands[5]] == ["Misrata"]
    assert bands[7][0][2:5] == ["Sirte", "سرت", 7]
    assert all("Jarif" not in json.dumps(rows) for rows in bands.values())


def test_the_files_are_written_once_per_gazetteer_version(tmp_path):
    class Gaz:
        path = tmp_path / "gazetteer-abc.sqlite"

        def iter_notable(self, min_population):
            return [place("Libya", "country", 6_700_000, "ليبيا")]
    stem = publish_labels(Gaz(), tmp_path / "static")
    files = sorted((tmp_path / "static" / "atlas-labels").glob("*.json"))
    assert stem == "atlas-labels/gazetteer-abc" and len(files) == len(BANDS)
    assert json.loads(files[0].read_text(encoding="utf-8"))[0][3] == "ليبيا"
    (tmp_path / "static" / "atlas-labels" / "gazetteer-old-2.json").write_text("[]")
    Gaz.path = tmp_path / "gazetteer-new.sqlite"
    publish_labels(Gaz(), tmp_path / "static")
    names = {f.name for f in (tmp_path / "static" / "atlas-labels").glob("*.json")}
    assert names == {f"gazetteer-new-{b}.json" for b in BANDS}  # the older versions' files are gone


needs_browser = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                   reason=f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")

LABELS_JS = "() => Array.from(document.querySelectorAll('.atlas-label')).map(n => n.textContent)"


@needs_browser
def test_the_dashboard_names_places_by_zoom_in_the_interfaces_language(tmp_path):
    db = seed_store(tmp_path / "atlas.sqlite")
    with dashboard_server(db) as base:  # `geo serve` writes the name files before opening the port
        assert labels_url(ROOT / "static") is not None
        with launch_offline_page(1400, 1000, allow=(base,)) as page:
            page.goto(f"{base}/?lat=31.5&lon=15.5&zoom=4")
            frame = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=90_000).content_frame()
            frame.wait_for_function("document.querySelectorAll('.atlas-label').length > 5", timeout=60_000)
            wide = frame.evaluate(LABELS_JS)
            assert "Libya" in wide and "Egypt" in wide and "Misrata" not in wide  # countries only at zoom 4
            assert frame.evaluate("getComputedStyle(document.querySelector('.leaflet-atlas-labels-pane'))"
                                  ".pointerEvents") == "none"  # names never take a click from a marker
            assert frame.evaluate("document.querySelectorAll('.leaflet-atlas-provinces-pane path').length") == 0
            page.goto(f"{base}/?lat=32.0&lon=15.0&zoom=8&ui=ar")
            frame = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=90_000).content_frame()
            frame.wait_for_function("Array.from(document.querySelectorAll('.atlas-label'))"
                                    ".some(n => n.textContent === 'مصراتة')", timeout=60_000)
            assert "Misrata" not in frame.evaluate(LABELS_JS)
            # province lines from zoom 5 (Natural Earth's admin-1 boundaries)
            frame.wait_for_function("document.querySelectorAll('.leaflet-atlas-provinces-pane path').length > 0",
                                    timeout=60_000)
