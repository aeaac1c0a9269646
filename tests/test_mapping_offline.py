"""Vendored assets: inlined into exports, or served from Streamlit's static folder."""
from __future__ import annotations

import io
import re

import folium
import pytest
from folium.plugins import Fullscreen, HeatMap, MarkerCluster
from map_rows import sirte_ar, tripoli_en

from geo.maps.build import build_map_parts
from geo.maps.offline import (ASSETS, STATIC_URL_PREFIX, AssetNotVendored, export_html, html_bytes, inline_assets,
                         install_static, localize, static_files, vendored_path)


def test_every_cdn_file_of_the_plugins_used_has_a_vendored_copy():
    for cls in (MarkerCluster, HeatMap, Fullscreen):
        for _, url in cls.default_js + cls.default_css:
            assert vendored_path(url).is_file(), url


def test_every_vendored_library_ships_its_licence():
    for folder in [p for p in ASSETS.iterdir() if p.is_dir()]:
        assert any("LICEN" in f.name.upper() for f in folder.iterdir()), folder


def test_export_is_one_utf8_file_with_nothing_external(tmp_path):
    out = tmp_path / "map.html"
    size = export_html([sirte_ar(), tripoli_en()], out)
    page = out.read_bytes().decode("utf-8")
    assert size == out.stat().st_size
    assert 'charset=UTF-8' in page and "<title>Conflict Atlas map</title>" in page
    assert not re.search(r'<script[^>]+src=|<link[^>]+stylesheet', page)
    assert "cdn." not in page and "cdnjs" not in page
    assert "L.Icon.Default.mergeOptions({iconUrl: 'data:image/png;base64," in page
    assert 'url("data:image/png;base64,' in page  # the layer control's icon
    assert "سرت" in page  # Arabic kept as UTF-8 (2 bytes a letter, not a 6-byte escape)


def test_export_writes_to_open_files_and_gives_bytes_too():
    binary, text = io.BytesIO(), io.StringIO()
    export_html([sirte_ar()], binary, title="Binary <view>")
    export_html([sirte_ar()], text)
    assert binary.getvalue().decode("utf-8").startswith("<!DOCTYPE html>")
    assert "<title>Binary &lt;view&gt;</title>" in binary.getvalue().decode("utf-8")
    assert text.getvalue().startswith("<!DOCTYPE html>")
    assert html_bytes([sirte_ar()], colour_by="precision").decode("utf-8").startswith("<!DOCTYPE html>")


def test_a_page_needing_an_unvendored_asset_is_refused_by_url():
    page = '<html><head><script src="https://cdn.example/unknown-plugin.js"></script></head><body></body></html>'
    with pytest.raises(AssetNotVendored, match="unknown-plugin.js"):
        inline_assets(page)


def test_localize_points_every_element_at_static_urls_without_touching_classes():
    parts = build_map_parts([sirte_ar(), tripoli_en()])
    localize(parts.map, *parts.feature_groups)

    def urls(element):
        out = [u for _, u in getattr(element, "default_js", []) + getattr(element, "default_css", [])]
        for child in element._children.values():
            out += urls(child)
        return out

    found = urls(parts.map) + [u for g in parts.feature_groups for u in urls(g)]
    assert found and all(u.startswith(STATIC_URL_PREFIX + "/") for u in found)
    assert f"{STATIC_URL_PREFIX}/markercluster/leaflet.markercluster.js" in found
    assert MarkerCluster.default_js[0][1].startswith("https://")
    assert folium.Map.default_js[0][1].startswith("https://")


def test_install_static_copies_every_file_and_serves_what_localize_names(tmp_path):
    written = install_static(tmp_path / "static")
    assert len(written) == len(static_files()) and all(p.is_file() for p in written)
    assert (tmp_path / "static" / "atlas" / "leaflet" / "images" / "marker-icon.png").is_file()
    before = [p.stat().st_mtime_ns for p in written]
    install_static(tmp_path / "static")  # unchanged files are not rewritten
    assert [p.stat().st_mtime_ns for p in written] == before
    parts = build_map_parts([sirte_ar()])
    localize(parts.map, *parts.feature_groups)
    for _, url in parts.map.default_js + parts.map.default_css:
        assert (tmp_path / "static" / url.removeprefix("/app/static/")).is_file()
