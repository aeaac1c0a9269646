"""Building folium maps from mention rows."""
from __future__ import annotations

import folium
import pytest
from folium.plugins import FastMarkerCluster, HeatMap, MarkerCluster
from map_rows import HOSTILE, hostile, many, sirte_ar, tripoli_en

from geo.maps.colours import COLOUR_KEYS, OTHER
from geo.maps.places import MapPlace, group_places
from geo.maps.build import build_map, build_map_parts, marker_radius


def walk(element):
    yield element
    for child in element._children.values():
        yield from walk(child)


def of_type(element, cls):
    return [e for e in walk(element) if isinstance(e, cls)]


def test_one_circle_marker_per_place_in_a_cluster():
    m = build_map([sirte_ar(), sirte_ar(mention_id=9), tripoli_en()])
    assert len(of_type(m, MarkerCluster)) == 1
    assert len(of_type(m, folium.CircleMarker)) == 2


def test_marker_size_grows_with_mentions_and_is_capped():
    one, = group_places([sirte_ar()])
    four, = group_places([sirte_ar(mention_id=i) for i in range(4)])
    lots, = group_places([sirte_ar(mention_id=i) for i in range(500)])
    assert marker_radius(one) < marker_radius(four) < marker_radius(lots) == 24


def test_many_places_use_the_fast_layer():
    m = build_map(many(1600))
    assert len(of_type(m, FastMarkerCluster)) == 1 and not of_type(m, folium.CircleMarker)
    assert of_type(m, FastMarkerCluster)[0].rows == 1600


@pytest.mark.parametrize("key", COLOUR_KEYS)
def test_every_colour_key_gives_a_legend(key):
    parts = build_map_parts([sirte_ar(), tripoli_en()], colour_by=key,
                            events=[{"type": "Battles", "lat": 31.20892, "lon": 16.58866}])
    assert parts.legend and all(c.startswith("#") for c in parts.legend.values())


def test_colouring_by_country_gives_countries_their_own_colours():
    parts = build_map_parts([sirte_ar(), tripoli_en(), tripoli_en(country_code="TN", geonameid=1, mention_id=7)])
    assert set(parts.legend) == {"LY", "TN"} and OTHER not in parts.legend.values()


def test_unknown_colour_key_is_refused_by_name():
    with pytest.raises(ValueError, match="unknown colour key 'mood'"):
        build_map([sirte_ar()], colour_by="mood")


def test_map_has_offline_outlines_heat_layer_controls_and_only_leaflet_scripts():
    m = build_map([sirte_ar()], tiles=None)
    assert m.options["max_zoom"] == 18
    names = [e.layer_name for e in walk(m) if hasattr(e, "layer_name")]
    assert "Country outlines (offline)" in names and "Heat map" in names
    assert len(of_type(m, HeatMap)) == 1 and len(of_type(m, folium.LayerControl)) == 1
    urls = [u for e in walk(m) for _, u in getattr(e, "default_js", [])]
    assert not any("jquery" in u or "bootstrap" in u or "awesome" in u for u in urls)
    assert type(m).default_js != m.default_js  # an instance list, the class's is left alone


def test_parts_keep_markers_off_the_base_map_for_st_folium():
    parts = build_map_parts([sirte_ar(), tripoli_en()], center=(31, 15), zoom=6)
    assert not of_type(parts.map, folium.CircleMarker)
    assert len(of_type(parts.markers, folium.CircleMarker)) == 2
    assert parts.feature_groups == [parts.markers, parts.heat]
    assert parts.map.location == [31, 15]


def test_rendered_page_has_no_raw_payload_anywhere():
    page = build_map([hostile(), tripoli_en()], fast=False).get_root().render()
    for payload in HOSTILE:
        assert payload not in page, payload
    # the fast layer keeps raw text in a JSON array (shown with textContent): no tag can open
    page = build_map([hostile(), tripoli_en()], fast=True).get_root().render()
    assert "<script>window" not in page and "<img src=x" not in page


def test_empty_view_still_gives_a_map():
    m = build_map([])
    assert of_type(m, folium.GeoJson) and not of_type(m, folium.CircleMarker)


def test_colours_stay_with_their_label_whatever_else_is_in_the_view():
    from geo.maps.colours import EVENT_TYPE_COLOURS, colour_scheme, stable_colour

    def map_place(country_code=None, event_type=None):
        events = [{"type": event_type}] if event_type else []
        return MapPlace(id=f"p{country_code}{event_type}", name="x", name_ar=None, name_en=None, lat=1.0, lon=2.0,
                        country_code=country_code, feature="city", precision=1, confidence=0.9,
                        approximate=False, events=events)

    ly, tn = map_place(country_code="LY"), map_place(country_code="TN")
    colour_few, _ = colour_scheme([ly], "country")
    colour_many, legend = colour_scheme([tn, tn, tn, ly], "country")
    assert colour_few(ly) == colour_many(ly) == stable_colour("LY", "country") == legend["LY"]
    battle = map_place(event_type="Battles")
    colour, legend = colour_scheme([battle], "event_type")
    assert colour(battle) == EVENT_TYPE_COLOURS["Battles"] == legend["Battles"]
