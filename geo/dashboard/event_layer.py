"""The events layer: one symbol per place where events happened, shaped and coloured by its
most frequent ACLED event type and sized by the fatalities reported there.

Why per place and not per event: a year of news holds about 200,000 events; each is placed on
the mention it came from (``mention_span``), so the store's place aggregate already knows the
events at every place (``event_types``, ``fatalities``). The symbols sit in a pane under the
place markers: a click on the place's circle opens its popup as before, a click on the
symbol's rim picks the same place (its tooltip carries the place id, as the markers' do).
"""
from __future__ import annotations

import math
from typing import Any

from branca.element import MacroElement
from folium.template import Template

from geo.maps.colours import EVENT_TYPE_COLOURS, OTHER
from geo.maps.places import MapPlace
from geo.maps.popups import escape_text, script_json

GLYPHS = {"Battles": "⚔", "Explosions/Remote violence": "✹", "Violence against civilians": "✖",
          "Protests": "✊", "Riots": "⚑", "Strategic developments": "◆"}
OTHER_GLYPH = "●"
# Symbols drawn at most (unclustered DOM icons): the places with the most dead, then the most
# events. A year of news has events at thousands of places; 4,000 icons held up the page.
SYMBOLS_MAX = 400


def symbol_size(fatalities: int) -> float:
    """Pixels: grows with the square root of the fatalities so the area tracks them."""
    return round(min(16 + 4 * math.sqrt(max(fatalities, 0)), 44), 1)


def event_tooltip(place: MapPlace, incidents: dict[str, int] | None = None) -> str:
    """Escaped HTML: the events there, the incidents and sources they are, the dead (each
    incident's reconciled toll once, when known), the place, its id in brackets (what a click returns)."""
    kinds = sorted((place.event_types or {}).items(), key=lambda kv: (-kv[1], kv[0]))
    what = ", ".join(f"{escape_text(k)} ×{n}" for k, n in kinds[:3]) + (", …" if len(kinds) > 3 else "")
    told = ""
    if incidents:
        n, m = incidents["incidents"], incidents["sources"]
        told = f" · {n} incident{'s' if n != 1 else ''} from {m} source{'s' if m != 1 else ''}"
    dead = incidents["fatalities"] if incidents else place.fatalities
    dead_text = f" · {dead} killed" if dead else ""
    name = escape_text(place.name_en or place.name)
    return f"{what}{told}{dead_text} · <bdi>{name}</bdi> [{escape_text(place.id)}]"


def ranked_event_places(places: list[MapPlace]) -> list[MapPlace]:
    """The places whose events are drawn: the ``SYMBOLS_MAX`` with the most dead, then events."""
    ranked = sorted((p for p in places if p.event_count), key=lambda p: (-p.fatalities, -p.event_count, p.id))
    return ranked[:SYMBOLS_MAX]


def event_rows(places: list[MapPlace], incidents: dict[str, dict[str, int]] | None = None) -> list[list[Any]]:
    """[lat, lon, size, colour, glyph, tooltip] for the places with events; ``incidents``
    (``Store.view_place_incidents``) turns reports into happenings: the symbol is sized by the
    incidents' reconciled tolls, so four agencies telling one strike do not count it four times."""
    rows = []
    for place in ranked_event_places(places):
        kind = place.event_type
        told = (incidents or {}).get(place.id)
        dead = told["fatalities"] if told else place.fatalities
        rows.append([place.lat, place.lon, symbol_size(dead), EVENT_TYPE_COLOURS.get(kind or "", OTHER),
                     GLYPHS.get(kind or "", OTHER_GLYPH), event_tooltip(place, told)])
    return rows


def events_json(places: list[MapPlace], incidents: dict[str, dict[str, int]] | None = None) -> str:
    return script_json(event_rows(places, incidents))


class FetchedEventLayer(MacroElement):
    """The symbols, fetched from the static folder (``<digest>.events.json``) and drawn as
    DivIcons built from DOM nodes (the glyph as ``textContent``), in a pane under the markers."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (group) {
            function draw(map) {
            if (!map.getPane("atlas-events")) { map.createPane("atlas-events").style.zIndex = 390; }
            fetch({{ this.url|tojson }}).then(function (r) { return r.json(); }).then(function (rows) {
                rows.forEach(function (row) {
                    var s = row[2], node = document.createElement("div");
                    node.textContent = row[4];
                    node.setAttribute("style", "width:" + s + "px;height:" + s + "px;line-height:" + s + "px;" +
                        "font-size:" + Math.round(s * 0.62) + "px;color:#fff;background:" + row[3] + ";" +
                        "border:2px solid #fff;border-radius:50%;text-align:center;opacity:.9;" +
                        "box-shadow:0 0 0 1px #333");
                    L.marker([row[0], row[1]], {pane: "atlas-events", keyboard: false,
                        icon: L.divIcon({html: node, className: "atlas-event", iconSize: [s, s]})})
                        .bindTooltip(row[5]).addTo(group);
                });
            });
            }
            if (group._map) { draw(group._map); } else { group.once("add", function () { draw(group._map); }); }
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, url: str):
        super().__init__()
        self._name = "FetchedEventLayer"
        self.url = url
