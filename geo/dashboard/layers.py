"""The dashboard's map layers for st_folium: the map of geo.maps.build, built for reruns.

Why not ``geo.maps.build.build_map_parts`` as is (measured with 10,000 mentions at 3,000
places, see docs/dashboard.md):

- inside st_folium the markers are read through their script macro only, yet folium's
  ``MacroElement.render`` also compiles each element's rendered script as a Jinja
  template for the page's ``<script>`` block. For the fast layer that script holds every
  excerpt: each rerun compiled megabytes of article text (0.47 s of 0.6 s), and text
  holding ``{{ ... }}`` would be evaluated if that block were rendered. Here the fast
  layer's ``render`` adds nothing to the page;
- the marker data is plain data (``MarkerData``, one row per place from the store's
  aggregate), so the dashboard caches it per view, writes it once to Streamlit's static
  folder (``publish_markers``) and the map fetches it (``FetchedFastCluster``): it never
  travels through st_folium on a rerun, and the browser caches it. Popups' excerpts are
  written for the picked place only (``publish_popup``), a page of them, when a marker
  click (or the place list) picks it: with a year of news nobody reads a million excerpts;
- the country outlines are fetched by the browser from the static folder instead of
  being rebuilt and resent with the map on every rerun (0.4 s).

Exports keep using ``geo.maps.offline`` (a whole page); its escaping (``geo.maps.popups``) keeps
article text from ever forming a Jinja tag.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import FastMarkerCluster, MarkerCluster
from folium.template import Template

from geo.dashboard.event_layer import FetchedEventLayer, events_json
from geo.maps.labels import PlaceLabels, ProvinceLines
from geo.maps.viewlink import ViewLinkControl
from geo.maps.colours import colour_scheme
from geo.maps.fast_markers import CALLBACK, AtlasFastMarkerCluster
from geo.maps.places import MapPlace
from geo.maps.build import CLUSTER_OPTIONS, base_map, heat_layer, marker_radius
from geo.maps.offline import STATIC_SUBDIR, STATIC_URL_PREFIX
from geo.maps.popups import popup_model, script_json, tooltip_html

# geo.maps.offline.install_static copies geo/maps/assets (basemap included) to static/atlas/.
OUTLINES_URL = f"{STATIC_URL_PREFIX}/basemap/countries-50m.geojson"
PROVINCES_URL = f"{STATIC_URL_PREFIX}/basemap/provinces-10m.geojson"
OUTLINE_STYLE = {"color": "#7a7a7a", "weight": 0.8, "fillColor": "#f4f1e8", "fillOpacity": 0.55}  # as geo.maps.build

# Jinja's delimiters; a zero-width non-joiner between the two characters keeps them from
# opening a template tag while the text reads the same.


class _ScriptOnlyFastCluster(AtlasFastMarkerCluster):
    """The fast layer with its data in its script (when the static folder cannot be
    written), without the page-level copy of that script (st_folium reads the script
    macro only)."""

    def __init__(self, markers: "MarkerData", **kwargs: Any) -> None:
        FastMarkerCluster.__init__(self, [], callback=CALLBACK, **kwargs)
        self._name = "FastMarkerCluster"
        self.rows = len(markers.places)
        self.data_json = markers.inline_json()

    def render(self, **kwargs: Any) -> None:
        return None


class StaticOutlines(MacroElement):
    """The shipped country outlines, fetched from Streamlit's static folder by the browser.

    In ``geo.maps.build.base_map`` the 547 kB of outlines are part of the map's script, so
    every rerun rebuilt and resent them (0.4 s in Python); fetched once, the browser
    keeps them. They are fetched once the markers are drawn (the marker layer announces
    it with an ``atlas:markers`` event; at the latest after ``wait_ms``): parsing and
    drawing them took 0.2 s of a first render that the markers had to wait for.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var started = false;
            function draw() {
                if (started) { return; }
                started = true;
                fetch({{ this.url|tojson }}).then(function (r) { return r.json(); }).then(function (data) {
                    L.geoJSON(data, {pane: "atlas-basemap", interactive: false, style: {{ this.style|tojson }}})
                        .addTo(map);
                });
            }
            document.addEventListener("atlas:markers", draw, {once: true});
            setTimeout(draw, {{ this.wait_ms }});
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, url: str, wait_ms: int = 1500):
        super().__init__()
        self._name = "StaticOutlines"
        self.url, self.wait_ms = url, int(wait_ms)
        self.style = OUTLINE_STYLE


class FetchedFastCluster(JSCSSMixin):
    """The fast layer with its markers fetched from a file in Streamlit's static folder.

    The markers (position, size, colour, tooltip, place id: 0.2 kB a place) travel once per
    view and are cached by the browser. A marker's popup fetches ``<digest>.<place>.popups.json``
    when opened: the server writes it when the click picks the place (the click reruns the
    app), so the popup says "Loading excerpts…" and retries while that file is not there yet.
    Markers and popups are built by ``geo.maps.fast_markers.CALLBACK`` (DOM nodes and
    ``textContent`` only); clicks reach st_folium through the cluster group.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.markerClusterGroup(Object.assign({{ this.options|tojavascript }}, {
            // a cluster takes the colour most of its places have (country, event type...), its
            // size the number of places; the count is text, never HTML
            iconCreateFunction: function (group) {
                var counts = {}, best = "#9a9a9a", most = 0;
                group.getAllChildMarkers().forEach(function (m) {
                    var k = m.options.fillColor || "#9a9a9a";
                    counts[k] = (counts[k] || 0) + 1;
                    if (counts[k] > most) { most = counts[k]; best = k; }
                });
                var n = group.getChildCount(), d = n < 10 ? 30 : n < 100 ? 36 : 44, node = document.createElement("div");
                node.textContent = n;
                node.setAttribute("style", "width:" + d + "px;height:" + d + "px;line-height:" + d + "px;border-radius:50%;" +
                    "text-align:center;font:600 12px system-ui,sans-serif;color:#fff;text-shadow:0 0 2px #000;" +
                    "border:3px solid rgba(255,255,255,.7);box-shadow:0 0 0 1px #555;background:" + best);
                return L.divIcon({html: node, className: "atlas-cluster", iconSize: L.point(d + 6, d + 6)});
            }
        }));
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        (function (cluster) {
            var callback = {{ this.callback }};
            var base = {{ this.url|tojson }}.slice(0, -5);  // the markers file without ".json"
            var models = {};
            // A place's popup (its first page of excerpts) is written by the server when the place
            // is picked, which a click on its marker does: fetched for that place only, retried
            // while the server writes it (404), given up on a network error or after ~20 s.
            function load(id, tries) {
                return fetch(base + "." + encodeURIComponent(id) + ".popups.json").then(function (r) {
                    if (r.status === 404 && tries > 0) {
                        return new Promise(function (ok) { setTimeout(ok, 250); }).then(function () { return load(id, tries - 1); });
                    }
                    if (!r.ok) { throw new Error("HTTP " + r.status); }
                    return r.json();
                });
            }
            function withPopup(row) {
                var marker = callback(row), id = row[5];
                marker.bindPopup(function () {
                    if (models[id]) { return callback.popup(models[id]); }
                    load(id, 80).then(function (model) {
                        models[id] = model;
                        marker.setPopupContent(callback.popup(model));
                    }, function () { marker.setPopupContent(callback.unavailable()); });
                    return callback.loading();
                }, callback.popupOptions);
                return marker;
            }
            fetch({{ this.url|tojson }}).then(function (r) { return r.json(); }).then(function (data) {
                cluster.addLayers(data.map(withPopup));
                document.dispatchEvent(new Event("atlas:markers"));
            });
        })({{ this.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, url: str, **options: Any):
        super().__init__()
        self._name = "FetchedFastCluster"
        self.url = url
        self.callback = CALLBACK
        self.options = options
        # folium's CDN links for Leaflet.markercluster; geo.maps.offline.localize maps them to the static
        # copies (st_folium loads the links of JSCSSMixin elements only)
        self.default_js, self.default_css = list(MarkerCluster.default_js), list(MarkerCluster.default_css)


def publish_markers(markers: "MarkerData", static_dir: str | Path, keep: int = 64) -> str | None:
    """Write the layer's markers under ``static_dir/atlas/views/`` and return their URL.

    Named by a digest of the data, so the same view is written once and the browser's
    cache serves it again; written beside and renamed, so a reader never sees half a view;
    only the ``keep`` most recently used views stay (with their places' popups). None when
    the folder cannot be written (the map then carries the markers in its script).
    """
    folder = Path(static_dir) / STATIC_SUBDIR / "views"
    target = folder / f"{markers.digest}.json"
    try:
        try:
            os.utime(target)  # recently used: not pruned (unlike touch(), never creates an empty file)
        except FileNotFoundError:  # new, or pruned meanwhile by another session: (re)write it
            folder.mkdir(parents=True, exist_ok=True)
            _write_atomic(folder / f"{markers.digest}.events.json", markers.events_json)
            _write_atomic(target, markers.markers_json)
            _prune(folder, keep)
    except OSError:
        return None
    return f"{STATIC_URL_PREFIX}/views/{target.name}"


def publish_popup(markers: "MarkerData", place: MapPlace, static_dir: str | Path) -> str | None:
    """Write one place's popup (names, events, its first page of excerpts) beside the view's
    markers, where the map's layer fetches it when the marker is clicked; its URL, or None."""
    folder = Path(static_dir) / STATIC_SUBDIR / "views"
    target = folder / f"{markers.digest}.{place.id}.popups.json"
    try:
        if not target.exists():
            folder.mkdir(parents=True, exist_ok=True)
            _write_atomic(target, script_json(popup_model(place)))
    except OSError:
        return None
    return f"{STATIC_URL_PREFIX}/views/{target.name}"


def _write_atomic(path: Path, text: str) -> None:
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=".", suffix=".tmp",
                                     delete=False) as tmp:
        tmp.write(text)
    os.replace(tmp.name, path)


def _prune(folder: Path, keep: int) -> None:
    views: dict[str, list[tuple[float, Path]]] = {}
    for f in folder.glob("*.json"):
        try:
            views.setdefault(f.name.split(".", 1)[0], []).append((f.stat().st_mtime, f))
        except FileNotFoundError:  # another session pruned it meanwhile
            continue
    newest_first = sorted(views.values(), key=lambda files: max(files)[0], reverse=True)
    for files in newest_first[keep:]:
        for _, stale in files:
            stale.unlink(missing_ok=True)


@dataclass
class MarkerData:
    """Everything the marker layer needs, as plain data: cacheable between reruns.

    ``markers_json`` holds rows ``[lat, lon, radius, colour, tooltip, place id]``: one per
    place, what the browser fetches (0.2 kB a place). Popups are written per place when
    it is picked (``publish_popup``): no excerpt is read for a place nobody opened."""

    places: list[MapPlace]
    legend: dict[str, str]
    markers_json: str
    events_json: str = "[]"  # the events layer's symbols (geo.dashboard.event_layer), one per place with events

    @cached_property
    def digest(self) -> str:
        """Names the view's files; worked out once per cached view, not on every rerun."""
        return hashlib.sha256((self.markers_json + self.events_json).encode("utf-8")).hexdigest()[:24]

    def inline_json(self) -> str:
        """The rows, for a layer that carries its data (its popups then say no more than the tooltip)."""
        return self.markers_json


@dataclass
class DashboardMap:
    map: folium.Map
    layers: list[folium.FeatureGroup]
    legend: dict[str, str]
    places: list[MapPlace]


def marker_data(places: list[MapPlace], colour_by: str,
                incidents: dict[str, dict[str, int]] | None = None) -> MarkerData:
    """Legend and the fast layer's data (one circle marker per place, sized by its count), and
    the events layer's (``incidents``: the incidents and sources at its places)."""
    colour, legend = colour_scheme(places, colour_by)
    rows = [[p.lat, p.lon, round(marker_radius(p), 1), colour(p), tooltip_html(p), p.id] for p in places]
    return MarkerData(places, legend, script_json(rows), events_json(places, incidents))


def steady_base_map(*, center: tuple[float, float], zoom: int, tiles: str | None = "osm",
                    outlines_url: str = OUTLINES_URL, labels_url: str | None = None, lang: str = "en") -> folium.Map:
    """``geo.maps.build.base_map`` with the outlines fetched from the static folder, and the
    gazetteer's place names by zoom (``labels_url`` from ``geo.maps.labels.publish_labels``)."""
    m = base_map(tiles=tiles, center=center, zoom=zoom, outlines=StaticOutlines(outlines_url))
    ViewLinkControl(lang).add_to(m)
    if labels_url:
        names = folium.FeatureGroup(name="Place names" if lang != "ar" else "أسماء الأماكن", overlay=True, control=True)
        ProvinceLines(PROVINCES_URL).add_to(names)
        PlaceLabels(labels_url, lang).add_to(names)
        names.add_to(m)
    return m


def dashboard_map(markers: MarkerData, *, center: tuple[float, float], zoom: int, heat: bool = False,
                  tiles: str | None = "osm", data_url: str | None = None, labels_url: str | None = None,
                  lang: str = "en") -> DashboardMap:
    """A steady base map (fixed centre and zoom) and the layers that change with the view.

    With ``data_url`` (from ``publish_markers``) the browser fetches the markers' data;
    without, it is written into the layer's script.
    """
    group = folium.FeatureGroup(name=f"Places ({len(markers.places)})", overlay=True, control=True)
    if data_url:
        FetchedFastCluster(data_url, **CLUSTER_OPTIONS).add_to(group)
        if markers.events_json != "[]":
            events = folium.FeatureGroup(name="Events", overlay=True, control=True)
            FetchedEventLayer(data_url.removesuffix(".json") + ".events.json").add_to(events)
            layers_extra = [events]
        else:
            layers_extra = []
    else:
        _ScriptOnlyFastCluster(markers, name="Places (fast)", **CLUSTER_OPTIONS).add_to(group)
        layers_extra = []
    layers = [group] + layers_extra + ([heat_layer(markers.places, show=True)] if heat and markers.places else [])
    return DashboardMap(steady_base_map(center=center, zoom=zoom, tiles=tiles, labels_url=labels_url, lang=lang),
                        layers, markers.legend, markers.places)
