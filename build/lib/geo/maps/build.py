"""Build folium maps of mention rows: the dashboard's map and the exported HTML map.

    >>> from geo.maps.build import build_map
    >>> m = build_map(rows, colour_by="precision")        # a folium.Map
    >>> base, layers = build_map_parts(rows)              # for st_folium(feature_group_to_add=...)

One marker per place (see ``geo.maps.places``), sized by how often it is mentioned,
coloured by ``colour_by``; clusters where markers crowd; a heat map layer (hidden
until toggled); layer control, full screen, scale bar; OpenStreetMap tiles when
reachable and always the shipped country outlines, so a map with no network is
never blank. Above ``FAST_THRESHOLD`` places the markers use the fast layer
(``geo.maps.fast_markers``). Popup text is escaped in ``geo.maps.popups``.

The map loads only Leaflet and the plugins it uses (no jQuery, Bootstrap or Font
Awesome); ``geo.maps.offline`` swaps those CDN links for the vendored copies.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import folium
from branca.element import Element, MacroElement
from folium.plugins import Fullscreen, HeatMap, MarkerCluster
from folium.template import Template

from geo.maps.colours import colour_scheme
from geo.maps.fast_markers import fast_marker_layer
from geo.maps.places import MapPlace, group_places
from geo.maps.popups import POPUP_CSS, popup_html, popup_model, script_json, tooltip_html

BASEMAP = Path(__file__).resolve().parent / "assets" / "basemap" / "countries-50m.geojson"
# Above this many places folium's per-marker objects get slow (NOTES.md: 4.7 s to save
# 10,000 markers with popups, 10 s per st_folium rerun): switch to the fast layer.
FAST_THRESHOLD = 1500
MAX_ZOOM = 18  # folium with tiles=None needs it, or MarkerCluster throws
LEAFLET_JS = ("leaflet", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js")
LEAFLET_CSS = ("leaflet_css", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css")
# Clusters form only where markers really overlap (markercluster's default is 80 px).
CLUSTER_OPTIONS = {"maxClusterRadius": 40, "spiderfyOnMaxZoom": True, "showCoverageOnHover": False}


@dataclass
class MapParts:
    """A steady base map and the layers that change with the view (for st_folium).

    ``legend`` (label -> colour) is left off the base map so that changing the colour
    key does not change the base; show it beside the map.
    """

    map: folium.Map
    markers: folium.FeatureGroup
    heat: folium.FeatureGroup | None
    legend: dict[str, str]
    places: list[MapPlace]

    @property
    def feature_groups(self) -> list[folium.FeatureGroup]:
        return [self.markers] + ([self.heat] if self.heat is not None else [])


@lru_cache(maxsize=1)
def basemap_geojson() -> dict[str, Any]:
    """The shipped country outlines (Natural Earth via world-atlas; scripts/build_basemap.py)."""
    return json.loads(BASEMAP.read_text(encoding="utf-8"))


def marker_radius(place: MapPlace) -> float:
    """Pixels: grows with the square root of the count so the area tracks mentions."""
    return min(6 + 3 * math.sqrt(place.count - 1), 24)


def base_map(*, tiles: str | None = "osm", center: tuple[float, float] | None = None,
             zoom: int | None = None, fullscreen: bool = True,
             outlines: folium.MacroElement | None = None) -> folium.Map:
    """A map with tiles, the offline country outlines, full screen and a scale bar.

    ``outlines`` replaces the inline outlines layer (the dashboard fetches them instead)."""
    m = folium.Map(location=list(center) if center else [20, 20], zoom_start=zoom or 2,
                   tiles=None, max_zoom=MAX_ZOOM, control_scale=True, prefer_canvas=False)
    # folium only gives max_zoom to its own tile layer; the map needs it when tiles=None
    m.options["max_zoom"] = MAX_ZOOM
    # Instance lists (not add_js_link, which changes every map in the process).
    m.default_js = [LEAFLET_JS]
    m.default_css = [LEAFLET_CSS]
    m.get_root().header.add_child(Element(
        "<style>" + POPUP_CSS + "div.leaflet-container{background:#c9dceb}</style>"), name="atlas_css")
    folium.map.CustomPane("atlas-basemap", z_index=250, pointer_events=False).add_to(m)
    if tiles == "osm":
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", max_zoom=19, overlay=False,
                         control=True).add_to(m)
    elif tiles is not None:
        raise ValueError(f"tiles must be 'osm' or None, not {tiles!r}")
    outlines = outlines or folium.GeoJson(
        basemap_geojson(), name="Country outlines (offline)", overlay=True, control=True,
        style_function=lambda _: {"color": "#7a7a7a", "weight": 0.8, "fillColor": "#f4f1e8",
                                  "fillOpacity": 0.55},
        pane="atlas-basemap", interactive=False, smooth_factor=1,
    )
    outlines.add_to(m)
    if fullscreen:
        Fullscreen(position="topleft").add_to(m)
    return m


def marker_layer(places: list[MapPlace], colour_by: str = "country", *,
                 fast: bool | None = None) -> tuple[folium.FeatureGroup, dict[str, str]]:
    """The places as a FeatureGroup of (clustered) circle markers, and the legend."""
    colour, legend = colour_scheme(places, colour_by)
    group = folium.FeatureGroup(name=f"Places ({len(places)})", overlay=True, control=True)
    if fast is None:
        fast = len(places) > FAST_THRESHOLD
    if fast:
        fast_marker_layer(places, marker_radius, colour, name="Places (fast)",
                          **CLUSTER_OPTIONS).add_to(group)
        return group, legend
    cluster = MarkerCluster(name="Places clustered", control=False, **CLUSTER_OPTIONS).add_to(group)
    for place in places:
        marker = folium.CircleMarker(
            location=[place.lat, place.lon], radius=marker_radius(place), color="#333", weight=1,
            fill=True, fill_color=colour(place), fill_opacity=0.8,
        ).add_to(cluster)
        BoundContent(popup_html(popup_model(place)), tooltip_html(place)).add_to(marker)
    return group, legend


def heat_layer(places: list[MapPlace], *, show: bool = False) -> folium.FeatureGroup:
    """Mentions as a heat map, hidden until the analyst ticks it in the layer control."""
    group = folium.FeatureGroup(name="Heat map", overlay=True, control=True, show=show)
    points = [[p.lat, p.lon, p.count] for p in places]
    HeatMap(points, radius=18, blur=15, min_opacity=0.3,
            max_zoom=MAX_ZOOM).add_to(group)
    return group


class BoundContent(MacroElement):
    """A marker's popup and tooltip, passed to Leaflet as JSON strings.

    Unlike folium.Popup (jQuery and a JS template literal) the HTML goes through
    ``popups.script_json``, so no character of it can end the script or a literal;
    the HTML itself is already escaped by ``geo.maps.popups``.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bindPopup({{ this.popup }}, {maxWidth: 380})
            .bindTooltip({{ this.tooltip }});
        {% endmacro %}
    """)

    def __init__(self, popup: str, tooltip: str):
        super().__init__()
        self._name = "BoundContent"
        self.popup, self.tooltip = script_json(popup), script_json(tooltip)


class Legend(MacroElement):
    """A bottom-right legend; labels are set with textContent (they can be article titles)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var items = {{ this.items|tojson }}, title = {{ this.title|tojson }};
            var control = L.control({position: "bottomright"});
            control.onAdd = function () {
                var box = L.DomUtil.create("div", "atlas-legend");
                box.style.cssText = "background:rgba(255,255,255,.9);padding:6px 8px;font:12px system-ui,sans-serif;border-radius:4px;max-width:240px";
                var head = box.appendChild(document.createElement("b"));
                head.textContent = title;
                items.forEach(function (item) {
                    var line = box.appendChild(document.createElement("div"));
                    line.setAttribute("dir", "auto");
                    var dot = line.appendChild(document.createElement("span"));
                    dot.style.cssText = "display:inline-block;width:10px;height:10px;border-radius:50%;margin-inline-end:6px;background:" + item[1];
                    line.appendChild(document.createTextNode(item[0]));
                });
                return box;
            };
            control.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
    """)

    def __init__(self, legend: Mapping[str, str], title: str):
        super().__init__()
        self._name = "Legend"
        self.items = [[label, colour] for label, colour in legend.items()]
        self.title = title


def _fit(m: folium.Map, places: list[MapPlace]) -> None:
    if not places:
        return
    lats, lons = [p.lat for p in places], [p.lon for p in places]
    if len(places) == 1:
        m.location, m.options["zoom"] = [lats[0], lons[0]], 8
        return
    m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(30, 30), max_zoom=9)


def build_map_parts(rows: Iterable[Mapping[str, Any]], *, events: Iterable[Mapping[str, Any]] | None = None,
                    colour_by: str = "country", tiles: str | None = "osm", heat: bool = True,
                    fast: bool | None = None, center: tuple[float, float] | None = None,
                    zoom: int | None = None) -> MapParts:
    """The base map and the marker/heat FeatureGroups, kept apart for st_folium.

    Pass ``parts.map`` as the map and ``parts.feature_groups`` as
    ``feature_group_to_add``: the base stays steady while the markers change.
    The base map is fitted to the places unless ``center``/``zoom`` are given.
    """
    places = group_places(rows, events)
    m = base_map(tiles=tiles, center=center, zoom=zoom)
    if center is None and zoom is None:
        _fit(m, places)
    markers, legend = marker_layer(places, colour_by, fast=fast)
    heat_group = heat_layer(places) if heat and places else None
    return MapParts(map=m, markers=markers, heat=heat_group, legend=legend, places=places)


def build_map(rows: Iterable[Mapping[str, Any]], **view: Any) -> folium.Map:
    """One folium.Map with everything on it (for exports and `python -m geo map`).

    ``view`` takes the keyword arguments of ``build_map_parts``. Build a fresh map for
    every export: st_folium alters the maps it is given.
    """
    parts = build_map_parts(rows, **view)
    title = f"Colour: {view.get('colour_by', 'country').replace('_', ' ')}"
    Legend(parts.legend, title).add_to(parts.map)
    for group in parts.feature_groups:
        group.add_to(parts.map)
    folium.LayerControl(collapsed=True).add_to(parts.map)
    return parts.map
