"""Make maps work with no network: inline the vendored assets, or serve them locally.

folium's maps load Leaflet and its plugins from CDNs (and the heat map from an
unpinned GitHub branch), so a saved map opened offline shows nothing. The npm
copies in ``geo/maps/assets/`` (scripts/vendor_assets.py, licences alongside) replace them:

- ``export_html(rows, path)`` writes one self-contained UTF-8 file: every CDN
  ``<script>``/``<link>`` replaced by the file's contents, CSS images as data URIs,
  Leaflet's default icon set explicitly (its path detection cannot see data URIs).
- ``install_static(static_dir)`` copies the assets into Streamlit's static folder and
  ``localize(map, *feature_groups)`` points the elements' ``default_js``/``default_css``
  at ``/app/static/atlas/...`` (per element, never the process-wide lists).
"""
from __future__ import annotations

import base64
import io
import mimetypes
import re
import shutil
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping

from geo.errors import AtlasError

ASSETS = Path(__file__).resolve().parent / "assets"
STATIC_SUBDIR = "atlas"
# Streamlit serves <app dir>/static/<file> at /app/static/<file> with server.enableStaticServing.
STATIC_URL_PREFIX = f"/app/static/{STATIC_SUBDIR}"

# CDN file name -> vendored file. Matching on the file name (not the whole URL) keeps
# working when folium bumps a CDN host; the vendored version is what gets shipped.
VENDORED: dict[str, str] = {
    "leaflet.js": "leaflet/leaflet.js",
    "leaflet.css": "leaflet/leaflet.css",
    "leaflet.markercluster.js": "markercluster/leaflet.markercluster.js",
    "MarkerCluster.css": "markercluster/MarkerCluster.css",
    "MarkerCluster.Default.css": "markercluster/MarkerCluster.Default.css",
    "leaflet_heat.min.js": "heat/leaflet-heat.js",
    "leaflet-heat.js": "heat/leaflet-heat.js",
    "Control.FullScreen.min.js": "fullscreen/Control.FullScreen.js",
    "Control.FullScreen.js": "fullscreen/Control.FullScreen.js",
    "Control.FullScreen.css": "fullscreen/Control.FullScreen.css",
}

_SCRIPT_TAG = re.compile(r'<script\b[^>]*\bsrc="([^"]+)"[^>]*>\s*</script>', re.I)
_LINK_TAG = re.compile(r'<link\b[^>]*\bhref="([^"]+)"[^>]*>', re.I)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")#]+?)\1\s*\)""")


class AssetNotVendored(AtlasError, LookupError):
    """A map refers to a CDN file with no vendored copy: add it to scripts/vendor_assets.py."""


def vendored_path(url: str) -> Path:
    """The local copy of a CDN URL, or AssetNotVendored naming the URL."""
    name = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if name not in VENDORED:
        raise AssetNotVendored(f"no offline copy of {url}: vendor it (scripts/vendor_assets.py) "
                               "or leave that element off the map")
    return ASSETS / VENDORED[name]


def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def css_with_data_uris(path: Path) -> str:
    """A stylesheet's text with its relative url(...) images turned into data URIs."""
    def swap(match: re.Match[str]) -> str:
        target = (path.parent / match.group(2)).resolve()
        if match.group(2).startswith(("data:", "http:", "https:")) or not target.is_file():
            return match.group(0)
        return f'url("{_data_uri(target)}")'
    return _CSS_URL.sub(swap, path.read_text(encoding="utf-8"))


def icon_default_script() -> str:
    """JS that points L.Icon.Default at data URIs (path detection fails on inlined CSS)."""
    images = ASSETS / "leaflet" / "images"
    return ("L.Icon.Default.imagePath = '';\nL.Icon.Default.mergeOptions({"
            f"iconUrl: '{_data_uri(images / 'marker-icon.png')}', "
            f"iconRetinaUrl: '{_data_uri(images / 'marker-icon-2x.png')}', "
            f"shadowUrl: '{_data_uri(images / 'marker-shadow.png')}'}});")


def _script(code: str) -> str:
    # "</script" or "<!--" inside the code would end or confuse the HTML script element
    code = re.sub(r"</(script)", r"<\\/\1", code, flags=re.I).replace("<!--", "<\\!--")
    return f"<script>\n{code}\n</script>"


def inline_assets(page: str) -> str:
    """Replace every CDN script and stylesheet in the page's <head> with inlined copies.

    Only the head is touched: the body holds data, never asset tags. Raises
    AssetNotVendored for an asset with no local copy, so a file that would need the
    network is never written.
    """
    head_end = page.lower().find("</head>")
    if head_end < 0:
        raise ValueError("not an HTML page with a <head>: nothing to inline")
    head, body = page[:head_end], page[head_end:]

    def script(match: re.Match[str]) -> str:
        path = vendored_path(match.group(1))
        code = path.read_text(encoding="utf-8")
        if path.name == "leaflet.js":
            code += "\n" + icon_default_script()
        return _script(code)

    def link(match: re.Match[str]) -> str:
        tag = match.group(0)
        if "stylesheet" not in tag.lower():
            return tag
        css = css_with_data_uris(vendored_path(match.group(1)))
        return "<style>\n" + re.sub(r"</(style)", r"<\\/\1", css, flags=re.I) + "\n</style>"

    head = _LINK_TAG.sub(link, _SCRIPT_TAG.sub(script, head))
    left = [m.group(1) for m in _SCRIPT_TAG.finditer(head)] + \
           [m.group(1) for m in _LINK_TAG.finditer(head) if "stylesheet" in m.group(0).lower()]
    if left:
        raise AssetNotVendored(f"still external after inlining: {', '.join(left)}")
    return head + body


def render_html(rows: Iterable[Mapping[str, Any]], *, title: str = "Conflict Atlas map", **view: Any) -> str:
    """The standalone page as a string (see ``export_html``); a fresh map on every call."""
    from geo.maps.build import build_map  # folium is heavy: load it when a map is made
    from geo.maps.popups import escape_text

    page = inline_assets(build_map(rows, **view).get_root().render())
    head_end = page.lower().find("</head>")
    if "<title>" not in page[:head_end]:  # after the charset tag, which must come early
        page = f"{page[:head_end]}<title>{escape_text(title)}</title>\n{page[head_end:]}"
    return page


def export_html(rows: Iterable[Mapping[str, Any]], path_or_fp: str | Path | IO[Any],
                *, title: str = "Conflict Atlas map", **view: Any) -> int:
    """Write a standalone map of ``rows`` that opens from a file with no network.

    ``view`` takes the keyword arguments of ``geo.maps.build.build_map`` (colour_by,
    events, tiles, heat, fast, center, zoom). A fresh map is built on every call
    (st_folium alters the maps it shows). ``path_or_fp`` is a path or an open binary
    or text file; for ``st.download_button(data=...)`` use ``html_bytes``.
    Returns the number of bytes written.
    """
    page = render_html(rows, title=title, **view)
    data = page.encode("utf-8")
    if isinstance(path_or_fp, (str, Path)):
        Path(path_or_fp).write_bytes(data)
    elif isinstance(path_or_fp, io.TextIOBase):
        path_or_fp.write(page)
    else:
        path_or_fp.write(data)
    return len(data)


def html_bytes(rows: Iterable[Mapping[str, Any]], **view: Any) -> bytes:
    """The standalone page as UTF-8 bytes, e.g. for a download button."""
    return render_html(rows, **view).encode("utf-8")


# --- serving from Streamlit's static folder -------------------------------------

def static_files() -> list[str]:
    """Every vendored file (licences included) as a path relative to geo/maps/assets."""
    return sorted(p.relative_to(ASSETS).as_posix() for p in ASSETS.rglob("*")
                  if p.is_file() and not p.name.startswith("."))


def install_static(static_dir: str | Path) -> list[Path]:
    """Copy the vendored assets into ``static_dir/atlas/`` (only what changed); return the paths.

    Call it when the dashboard starts: Streamlit checks the files per request, so
    nothing needs committing twice.
    """
    target = Path(static_dir) / STATIC_SUBDIR
    written = []
    for rel in static_files():
        src, dest = ASSETS / rel, target / rel
        if not dest.exists() or dest.stat().st_size != src.stat().st_size \
                or dest.read_bytes() != src.read_bytes():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
        written.append(dest)
    return written


def static_url(url: str, prefix: str = STATIC_URL_PREFIX) -> str:
    """The local URL (under ``prefix``) serving the vendored copy of a CDN URL."""
    return f"{prefix.rstrip('/')}/{vendored_path(url).relative_to(ASSETS).as_posix()}"


def _walk(element: Any) -> Iterator[Any]:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def localize(*elements: Any, prefix: str = STATIC_URL_PREFIX) -> None:
    """Point every element's default_js/default_css at the local static copies.

    Sets instance attributes only, so other maps in the process keep their lists.
    Pass the map and every FeatureGroup given to st_folium (they are not children
    of the map until st_folium adds them).
    """
    for root in elements:
        for element in _walk(root):
            for attr in ("default_js", "default_css"):
                links = getattr(element, attr, None)
                if links:
                    setattr(element, attr, [(name, static_url(url, prefix)) for name, url in links])
