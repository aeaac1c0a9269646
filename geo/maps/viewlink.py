"""A "link to this view" button on the dashboard's map: the page's address (which always holds
the view's filters and picked place) with the map's current centre and zoom.

Why in the browser: the map never reruns the app when it is panned or zoomed (that would
cost a rerun per drag), so the server does not know the extent; the map does. The button
reads the dashboard page's address (the map's frame is served from the same origin), sets
``lat``, ``lon`` and ``zoom`` (share.PARAMS) and shows the link in a box to copy; it also
tries the clipboard.
"""
from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template


class ViewLinkControl(MacroElement):
    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            function viewUrl() {
                var href;
                try { href = window.parent.location.href; } catch (e) { href = document.referrer || location.href; }
                var url = new URL(href), c = map.getCenter();
                url.searchParams.set("lat", c.lat.toFixed(4));
                url.searchParams.set("lon", c.lng.toFixed(4));
                url.searchParams.set("zoom", String(map.getZoom()));
                url.searchParams.delete("view");  // a saved view would override the extent
                return url.toString();
            }
            var Control = L.Control.extend({
                options: {position: "topleft"},
                onAdd: function () {
                    var bar = L.DomUtil.create("div", "leaflet-bar atlas-view-link");
                    var button = L.DomUtil.create("a", "", bar);
                    button.href = "#";
                    button.title = {{ this.title|tojson }};
                    button.setAttribute("role", "button");
                    button.textContent = "\\u2197";  // ↗: in every font (an emoji is not)
                    button.style.fontSize = "14px";
                    L.DomEvent.disableClickPropagation(bar);
                    L.DomEvent.on(button, "click", function (e) {
                        L.DomEvent.preventDefault(e);
                        var url = viewUrl(), box = document.createElement("div"), field = document.createElement("input");
                        box.textContent = {{ this.caption|tojson }};
                        field.type = "text"; field.readOnly = true; field.value = url;
                        field.className = "atlas-view-url"; field.style.width = "280px"; field.style.display = "block";
                        box.appendChild(field);
                        L.popup({maxWidth: 320}).setLatLng(map.getCenter()).setContent(box).openOn(map);
                        field.select();
                        if (navigator.clipboard) { navigator.clipboard.writeText(url).catch(function () {}); }
                    });
                    return bar;
                }
            });
            map.addControl(new Control());
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, lang: str = "en"):
        super().__init__()
        self._name = "ViewLinkControl"
        arabic = lang == "ar"
        self.title = "رابط هذا العرض (المرشحات والمكان المختار ومدى الخريطة)" if arabic else \
            "Link to this view (filters, picked place and the map's extent)"
        self.caption = "رابط هذا العرض:" if arabic else "Link to this view:"
