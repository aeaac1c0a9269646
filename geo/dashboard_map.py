"""The dashboard's map layers for st_folium: the map of geo.mapping, built for reruns.

Why not ``geo.mapping.build_map_parts`` as is: inside st_folium the markers are read
through their script macro only, yet folium's ``MacroElement.render`` also compiles
each element's rendered script as a Jinja template for the page's ``<script>`` block.
For the fast layer that script holds every excerpt, so each rerun compiled megabytes
of article text (0.47 s of 0.6 s for 3,000 places), and text holding ``{{ ... }}``
would be evaluated by Jinja if that block were ever rendered. Here the fast layer's
``render`` adds nothing to the page, which st_folium does not read anyway.

Exports keep using ``geo.offline`` (a whole page); ``guard_templates`` makes the rows
safe for it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import folium

from geo.colours import colour_scheme
from geo.fast_markers import CALLBACK, AtlasFastMarkerCluster
from geo.map_places import MapPlace, group_places
from geo.mapping import CLUSTER_OPTIONS, base_map, heat_layer, marker_radius
from geo.popups import popup_model, tooltip_html

# Jinja's delimiters; a zero-width non-joiner between the two characters keeps them from
# opening a template tag while the text reads the same.
_JINJA_OPENERS = {"{{": "{\u200c{", "{%": "{\u200c%", "{#": "{\u200c#"}


class _ScriptOnlyFastCluster(AtlasFastMarkerCluster):
    """The fast layer without the page-level copy of its script (st_folium never uses it)."""

    def render(self, **kwargs: Any) -> None:
        return None


@dataclass
class DashboardMap:
    map: folium.Map
    layers: list[folium.FeatureGroup]
    legend: dict[str, str]
    places: list[MapPlace]


def marker_group(places: list[MapPlace], colour_by: str) -> tuple[folium.FeatureGroup, dict[str, str]]:
    """The places as one fast, clustered layer (circle markers, DOM-built popups)."""
    colour, legend = colour_scheme(places, colour_by)
    group = folium.FeatureGroup(name=f"Places ({len(places)})", overlay=True, control=True)
    data = [[p.lat, p.lon, round(marker_radius(p), 1), colour(p), tooltip_html(p), popup_model(p)]
            for p in places]
    _ScriptOnlyFastCluster(data, callback=CALLBACK, name="Places (fast)", **CLUSTER_OPTIONS).add_to(group)
    return group, legend


def dashboard_map(rows: Iterable[Mapping[str, Any]], events: Iterable[Mapping[str, Any]] | None, *,
                  colour_by: str, center: tuple[float, float], zoom: int, heat: bool = False,
                  tiles: str | None = "osm") -> DashboardMap:
    """A steady base map (fixed centre and zoom) and the layers that change with the view."""
    places = group_places(rows, events)
    markers, legend = marker_group(places, colour_by)
    layers = [markers] + ([heat_layer(places, show=True)] if heat and places else [])
    return DashboardMap(base_map(tiles=tiles, center=center, zoom=zoom), layers, legend, places)


def guard_templates(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Copies of rows whose text cannot open a Jinja tag (``{{``, ``{%``, ``{#``).

    folium renders a page by rendering each element's script again as a template, so
    an article saying ``{{ 7*7 }}`` came out as ``49`` in an exported map (and worse
    expressions ran Python). Used on the rows handed to ``geo.offline`` exports.
    """
    return [{k: _guard(v) for k, v in row.items()} for row in rows]


def _guard(value: Any) -> Any:
    if isinstance(value, str) and "{" in value:
        for opener, safe in _JINJA_OPENERS.items():
            value = value.replace(opener, safe)
        return value
    if isinstance(value, list):
        return [_guard(v) for v in value]
    if isinstance(value, dict):
        return {k: _guard(v) for k, v in value.items()}
    return value
