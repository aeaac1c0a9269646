"""The fast marker layer: thousands of places as one FastMarkerCluster.

Why: folium writes one JavaScript object per Marker/Popup (4.7 s and 9.3 MB for
10,000 markers, and about 10 s per rerun inside st_folium); FastMarkerCluster ships
the data as one JSON array and a callback builds the markers in the browser.

Safety: the data array is written with ``popups.script_json`` (which escapes ``<``,
``>``, ``&`` and ``'`` like Jinja's ``tojson`` but keeps Arabic as UTF-8), and the callback below builds each popup from DOM nodes and
``textContent``; no article text ever goes through ``innerHTML``. The tooltip is the
one string Leaflet parses as HTML, because streamlit-folium reads clicked tooltips
back through ``innerHTML``: it is escaped in Python by ``popups.tooltip_html``.
"""
from __future__ import annotations

from typing import Any, Callable

from folium.plugins import FastMarkerCluster
from folium.template import Template

from geo.maps.places import MapPlace
from geo.maps.popups import popup_model, script_json, tooltip_html

# Builds one L.circleMarker per data row: [lat, lon, radius, colour, tooltip, model]. A row
# whose last item is a number (an index into popup models fetched later) gets no popup
# here: the dashboard's layer binds it (geo.dashboard.layers) with ``callback.popup``.
CALLBACK = r"""
(function () {
  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    for (var key in (attrs || {})) { node.setAttribute(key, attrs[key]); }
    return node;
  }
  var BIDI = "unicode-bidi:plaintext;text-align:start";
  function popup(m) {
    var root = el("div", "", {"class": "atlas-popup", "data-place": m.id});
    var names = root.appendChild(el("div", "", {"class": "atlas-names"}));
    if (m.name_en) { names.appendChild(el("b", m.name_en, {"class": "atlas-name-en", dir: "auto", style: BIDI})); }
    if (m.name_ar) { names.appendChild(el("b", m.name_ar, {"class": "atlas-name-ar", dir: "rtl", lang: "ar", style: BIDI})); }
    root.appendChild(el("div", m.coords + " · precision " + m.precision + (m.approximate ? " (estimated)" : "") +
      " · confidence " + m.confidence + " · " + m.count + (m.count === 1 ? " mention" : " mentions"), {"class": "atlas-meta"}));
    if (m.events.length) {
      var events = root.appendChild(el("ul", "", {"class": "atlas-events"}));
      m.events.forEach(function (t) { events.appendChild(el("li", t, {dir: "auto", style: BIDI})); });
    }
    var list = root.appendChild(el("ol", "", {"class": "atlas-excerpts"}));
    m.excerpts.forEach(function (x) {
      var item = list.appendChild(el("li"));
      var p = item.appendChild(el("p", "", x.rtl ? {"class": "atlas-excerpt", dir: "rtl", lang: "ar", style: BIDI}
                                              : {"class": "atlas-excerpt", dir: "auto", style: BIDI}));
      p.appendChild(document.createTextNode(x.before));
      p.appendChild(el("mark", x.mention));
      p.appendChild(document.createTextNode(x.after));
      var src = item.appendChild(el("div", "", {"class": "atlas-source", dir: "auto", style: BIDI}));
      if (x.url) {
        src.appendChild(el("a", x.title, {href: x.url, target: "_blank", rel: "noopener noreferrer"}));
      } else {
        src.appendChild(document.createTextNode(x.title));
      }
      var tail = [x.source, x.date].filter(Boolean).join(" · ");
      if (tail) { src.appendChild(document.createTextNode(" · " + tail)); }
    });
    if (m.more) { root.appendChild(el("div", "and " + m.more + " more mentions", {"class": "atlas-more"})); }
    return root;
  }
  var POPUP_WIDTH = 380;
  function marker(row) {
    var made = L.circleMarker(new L.LatLng(row[0], row[1]), {
      radius: row[2], color: "#333", weight: 1, fillColor: row[3], fillOpacity: 0.8
    });
    made.bindTooltip(row[4]);
    if (typeof row[5] === "object") {  // the model itself; a number is bound by its layer (lazily loaded models)
      made.bindPopup(function () { return popup(row[5]); }, {maxWidth: POPUP_WIDTH});
    }
    return made;
  }
  marker.popup = popup;
  marker.loading = function () { return el("div", "Loading excerpts…", {"class": "atlas-popup atlas-loading"}); };
  marker.unavailable = function () {
    return el("div", "The excerpts could not be loaded: reload the page.", {"class": "atlas-popup atlas-unavailable"});
  };
  marker.popupOptions = {maxWidth: POPUP_WIDTH};
  return marker;
})()
"""


class AtlasFastMarkerCluster(FastMarkerCluster):
    """FastMarkerCluster whose data goes through ``script_json`` instead of ``tojson``."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function(){
                {{ this.callback }}
                var data = {{ this.data_json }};
                var cluster = L.markerClusterGroup({{ this.options|tojavascript }});
                for (var i = 0; i < data.length; i++) {
                    callback(data[i]).addTo(cluster);
                }
                cluster.addTo({{ this._parent.get_name() }});
                return cluster;
            })();
        {% endmacro %}""")

    def __init__(self, data: list[list[Any]], callback: str, **kwargs: Any):
        super().__init__([], callback=callback, **kwargs)
        self._name = "FastMarkerCluster"
        self.rows = len(data)
        self.data_json = script_json(data)


def fast_marker_layer(places: list[MapPlace], radius: Callable[[MapPlace], float],
                      colour: Callable[[MapPlace], str], *, name: str = "Places",
                      **cluster_options: Any) -> FastMarkerCluster:
    """A FastMarkerCluster of circle markers with DOM-built popups."""
    data = [[p.lat, p.lon, round(radius(p), 1), colour(p), tooltip_html(p), popup_model(p)]
            for p in places]
    return AtlasFastMarkerCluster(data, callback=CALLBACK, name=name, **cluster_options)
