"""Place names on the offline basemap, by zoom: countries first, then provinces and large
cities, then towns, in English or Arabic.

Why: the offline basemap is country outlines only; without names an analyst cannot tell
Misrata from Sirte at a glance. The names come from the gazetteer the engine uses, written
once per gazetteer version into three small JSON files (one per zoom band) under the static
folder; the browser fetches a band only when the map reaches its zoom, and draws the names
inside the view (at most ``MAX_SHOWN``) as text nodes, never as HTML.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from branca.element import MacroElement
from folium.template import Template

LABELS_SUBDIR = "atlas-labels"
# The zoom bands: a file per band, fetched when the map first reaches the band's lowest zoom.
BANDS = (2, 5, 7, 8)
MAX_SHOWN = 250  # names drawn at once: more is clutter, and slows panning
MIN_TOWN = 15_000  # smaller towns are never named (the markers name the places the news names)


def min_zoom(feature: str, population: int) -> int | None:
    """The zoom from which a place's name shows (None: never)."""
    if feature == "country":
        return 3 if population >= 20_000_000 else 4
    if feature == "admin1":
        return 6
    if feature == "city":
        if population >= 2_000_000:
            return 5
        if population >= 300_000:
            return 6
        if population >= 50_000:
            return 7
        if population >= 15_000:
            return 8
    return None


def label_rows(places) -> dict[int, list[list[Any]]]:
    """Band -> rows [lat, lon, English name, Arabic name or "", min zoom, weight], biggest first."""
    bands: dict[int, list[list[Any]]] = {band: [] for band in BANDS}
    for p in places:
        zoom = min_zoom(p.feature, p.population or 0)
        if zoom is None or p.lat is None:
            continue
        band = max(b for b in BANDS if b <= zoom)
        # who keeps the room when names overlap: countries, large cities, provinces, towns
        weight = {"country": 4, "admin1": 2}.get(p.feature, 3 if (p.population or 0) >= 300_000 else 1)
        bands[band].append([round(p.lat, 3), round(p.lon, 3), p.name, p.name_ar or "", zoom, weight,
                            p.population or 0])
    for rows in bands.values():
        rows.sort(key=lambda r: (-r[5], -r[6]))  # countries, provinces, then towns by size
        for r in rows:
            del r[6]
    return bands


def _written(folder: Path, stem: str) -> bool:
    """Every band's file of this gazetteer version is there."""
    return all((folder / f"{stem}-{band}.json").exists() for band in BANDS)


def publish_labels(gazetteer, static_dir: str | Path) -> str:
    """Write the bands for this gazetteer version (once) and return their URL stem under the
    static folder (``<stem>-<band>.json``)."""
    stem = Path(gazetteer.path).stem
    folder = Path(static_dir) / LABELS_SUBDIR
    if not _written(folder, stem):
        folder.mkdir(parents=True, exist_ok=True)
        for band, rows in label_rows(gazetteer.iter_notable(MIN_TOWN)).items():
            tmp = folder / f".{stem}-{band}.json.tmp"
            tmp.write_text(json.dumps(rows, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
            tmp.replace(folder / f"{stem}-{band}.json")
        for old in folder.glob("*.json"):  # an older gazetteer's names
            if not old.name.startswith(stem + "-"):
                old.unlink(missing_ok=True)
    return f"{LABELS_SUBDIR}/{stem}"


def labels_url(static_dir: str | Path, prefix: str = "/app/static") -> str | None:
    """The URL stem of the current gazetteer's name files when they are written, else None
    (cheap: the gazetteer's version is a hash of its input files, it is not loaded)."""
    from geo.engine.gazetteer import index_path

    stem = index_path().stem
    folder = Path(static_dir) / LABELS_SUBDIR
    if _written(folder, stem):
        return f"{prefix}/{LABELS_SUBDIR}/{stem}"
    return None


def ensure_labels(static_dir: str | Path) -> str | None:
    """Write the name files if this gazetteer version has none, in a child process (the
    gazetteer is loaded there, not in the server), and return their URL stem."""
    url = labels_url(static_dir)
    if url is None:
        subprocess.run([sys.executable, "-m", "geo.maps.labels", str(static_dir)], check=False,
                       stdout=subprocess.DEVNULL, timeout=600)
        url = labels_url(static_dir)
    return url


class PlaceLabels(MacroElement):
    """The names layer: fetches a band's file on first reaching its zoom; redraws the names in
    view on every move, in a pane above the outlines and below the markers, not clickable."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (group) {
            var bands = {{ this.bands|tojson }}, stem = {{ this.url|tojson }}, lang = {{ this.lang|tojson }};
            var rows = [], asked = {}, most = {{ this.max_shown }};
            var names = L.layerGroup().addTo(group);  // its own: the group also holds the province lines
            function draw(map) {
                names.clearLayers();
                var z = map.getZoom(), view = map.getBounds().pad(0.05), shown = 0, taken = [];
                for (var k = 0; k < rows.length && shown < most; k++) {
                    var r = rows[k];
                    if (r[4] > z || !view.contains([r[0], r[1]])) { continue; }
                    // the more important name keeps its room: skip one that would overlap it
                    var at = map.latLngToContainerPoint([r[0], r[1]]), w = 3.5 * r[2].length + 12;
                    if (taken.some(function (t) { return Math.abs(t[0] - at.x) < (t[2] + w) && Math.abs(t[1] - at.y) < 14; })) {
                        continue;
                    }
                    taken.push([at.x, at.y, w]);
                    var node = document.createElement("span");
                    node.textContent = (lang === "ar" && r[3]) ? r[3] : r[2];
                    node.setAttribute("dir", "auto");
                    node.className = "atlas-label atlas-label-" + r[5];
                    L.marker([r[0], r[1]], {pane: "atlas-labels", interactive: false, keyboard: false,
                        icon: L.divIcon({html: node, className: "atlas-label-icon", iconSize: null})}).addTo(names);
                    shown++;
                }
            }
            function need(map) {
                bands.forEach(function (band) {
                    if (map.getZoom() >= band && !asked[band]) {
                        asked[band] = true;
                        fetch(stem + "-" + band + ".json").then(function (r) { return r.json(); }).then(function (more) {
                            rows = rows.concat(more);
                            rows.sort(function (a, b) { return b[5] - a[5]; });
                            draw(map);
                        });
                    }
                });
            }
            function start(map) {
                if (!map.getPane("atlas-labels")) {
                    var pane = map.createPane("atlas-labels");
                    pane.style.zIndex = 380; pane.style.pointerEvents = "none";
                }
                if (!document.getElementById("atlas-label-css")) {
                    var css = document.createElement("style");
                    css.id = "atlas-label-css";
                    css.textContent = ".atlas-label-icon{background:none;border:none}" +
                        ".atlas-label{white-space:nowrap;font:11px system-ui,sans-serif;color:#444;" +
                        "text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff;transform:translate(-50%,6px);" +
                        "display:inline-block}.atlas-label-3{font-weight:600}.atlas-label-4{font-size:13px;font-weight:600;color:#333;letter-spacing:.04em;transform:translate(-50%,-50%)}" +
                        ".atlas-label-2{font-style:italic;color:#555}";
                    document.head.appendChild(css);
                }
                map.on("zoomend moveend", function () { need(map); draw(map); });
                need(map);
            }
            if (group._map) { start(group._map); } else { group.once("add", function () { start(group._map); }); }
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, url: str, lang: str = "en", max_shown: int = MAX_SHOWN):
        super().__init__()
        self._name = "PlaceLabels"
        self.url = url
        self.lang = "ar" if lang == "ar" else "en"
        self.bands = list(BANDS)
        self.max_shown = int(max_shown)


PROVINCE_ZOOM = 5  # province lines from this zoom: at lower zooms they are a grey smudge


class ProvinceLines(MacroElement):
    """Province boundaries (``scripts/build_provinces.py``: Natural Earth's admin-1 arcs that two
    provinces share), fetched the first time the map reaches ``PROVINCE_ZOOM`` and shown from
    there, thin and dashed, under the names and the markers."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (group) {
            var layer = null, asked = false;
            function update(map) {
                var show = map.getZoom() >= {{ this.zoom }};
                if (show && !asked) {
                    asked = true;
                    if (!map.getPane("atlas-provinces")) {
                        var pane = map.createPane("atlas-provinces");
                        pane.style.zIndex = 370; pane.style.pointerEvents = "none";
                    }
                    fetch({{ this.url|tojson }}).then(function (r) { return r.json(); }).then(function (data) {
                        layer = L.geoJSON(data, {pane: "atlas-provinces", interactive: false,
                            style: {color: "#8a8a8a", weight: 0.8, opacity: 0.8, dashArray: "4 3"}});
                        update(map);
                    });
                }
                if (layer && show && !group.hasLayer(layer)) { group.addLayer(layer); }
                if (layer && !show && group.hasLayer(layer)) { group.removeLayer(layer); }
            }
            function start(map) { map.on("zoomend", function () { update(map); }); update(map); }
            if (group._map) { start(group._map); } else { group.once("add", function () { start(group._map); }); }
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, url: str, zoom: int = PROVINCE_ZOOM):
        super().__init__()
        self._name = "ProvinceLines"
        self.url = url
        self.zoom = int(zoom)


if __name__ == "__main__":  # python -m geo.maps.labels STATIC_DIR
    from geo.engine.gazetteer import Gazetteer

    print(publish_labels(Gazetteer(), sys.argv[1]))
