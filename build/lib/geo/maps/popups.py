"""Popup and tooltip content for a place, safe to hand to folium.

folium inserts Popup and Tooltip strings as HTML *inside a JavaScript template
literal*, so ``html.escape`` alone is not enough: `` ` ``, ``$`` and ``\\`` in an
article would still break out (NOTES.md). ``escape_text`` turns those into HTML
entities too. Every piece of article text goes through it; the rest of the markup
is fixed strings from this module.

``popup_model`` gives the same content as plain data, for the fast map layer whose
JavaScript builds the popup from DOM nodes and ``textContent``.
"""
from __future__ import annotations

import html
import json
import re
import unicodedata
from typing import Any, Mapping
from urllib.parse import urlsplit

from geo.maps.places import MapPlace

# A popup lists at most this many excerpts (most recent first), then "and N more":
# a place named in hundreds of stories must not make the page megabytes larger.
MAX_EXCERPTS = 12
# Excerpts longer than this are cut to a window around the mention.
MAX_EXCERPT_CHARS = 360

PRECISION_LABELS = {1: "exact", 2: "near / approximate", 3: "region"}

# folium puts popup HTML in JS template literals (` $ \) and renders pages through Jinja,
# twice on some paths: a "{" from article text must never reach it as "{{", "{%" or "{#".
_TEMPLATE_LITERAL = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def _no_surrogates(text: str) -> str:
    """Lone surrogates (from a surrogateescape decode) cannot be written as UTF-8: make them U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def escape_text(value: Any) -> str:
    """Escape text for HTML that folium places in a JS template literal."""
    text = _no_surrogates("" if value is None else str(value))
    # C0/C1 control characters (other than tab/newline) have no business in a popup
    text = "".join(c for c in text if c in "\t\n" or unicodedata.category(c) != "Cc")
    return html.escape(text, quote=True).translate(_TEMPLATE_LITERAL)


_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027",
                  "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> str:
    """JSON to write inside a <script> element: no text in it can end the script.

    Like Jinja's ``tojson`` (``<``, ``>``, ``&``, ``'`` as \\u escapes, so neither
    ``</script`` nor ``<!--`` can appear) but keeps other characters as UTF-8: Arabic
    costs 2 bytes a letter instead of 6.
    """
    text = _no_surrogates(json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False))
    text = re.sub("[<>&'\u2028\u2029]", lambda m: _SCRIPT_UNSAFE[m.group(0)], text)
    # Structural JSON never has "{" before "{", "%" or "#"; only text does, and Jinja would
    # read it as a template tag when the page is rendered again.
    return re.sub(r"\{(?=[{%#])", r"\\u007b", text)


def safe_url(url: Any) -> str | None:
    """The URL if it is a plain http(s) link with a host, else None (no javascript:, data:...)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def is_rtl(text: str | None, lang: str | None = None) -> bool:
    """Right to left when the story is Arabic or the text is mostly Arabic letters."""
    if lang and lang.lower().startswith("ar"):
        return True
    if not text:
        return False
    return len(_ARABIC.findall(text)) > len(_LATIN.findall(text))


def split_excerpt(row: Mapping[str, Any]) -> tuple[str, str, str]:
    """(before, mention, after) of a row's excerpt, the mention located by excerpt_start.

    Falls back to the first occurrence of the mention's text, then to no highlight,
    so a row with stale offsets still shows its excerpt.
    """
    excerpt = str(row.get("excerpt") or "")
    surface = str(row.get("text") or "")
    lo = hi = -1
    try:
        lo = int(row["start"]) - int(row["excerpt_start"])
        hi = lo + (int(row["end"]) - int(row["start"]))
    except (KeyError, TypeError, ValueError):
        pass
    if not (0 <= lo < hi <= len(excerpt)) or (surface and excerpt[lo:hi] != surface):
        lo = excerpt.find(surface) if surface else -1
        hi = lo + len(surface)
    if lo < 0 or not surface:
        return _trim(excerpt, "", "")
    return _trim(excerpt[:lo], excerpt[lo:hi], excerpt[hi:])


def _trim(before: str, mention: str, after: str) -> tuple[str, str, str]:
    """Cut a long excerpt to a window around the mention, marking cuts with an ellipsis."""
    room = max(MAX_EXCERPT_CHARS - len(mention), 40) // 2
    if len(before) > room:
        before = "…" + before[-room:].lstrip()
    if len(after) > room:
        after = after[:room].rstrip() + "…"
    return before, mention, after


def _date(value: Any) -> str:
    return str(value)[:10] if value else ""


def _number(value: Any, digits: int) -> str:
    try:
        return f"{float(value):.{digits}f}"
    except (TypeError, ValueError):
        return "?"


def popup_model(place: MapPlace) -> dict[str, Any]:
    """Everything a popup shows, as plain strings and numbers (nothing escaped yet)."""
    rows = sorted(place.rows, key=lambda r: str(r.get("published") or ""), reverse=True)
    excerpts = []
    for row in rows[:MAX_EXCERPTS]:
        before, mention, after = split_excerpt(row)
        excerpts.append({
            "before": before, "mention": mention, "after": after,
            "rtl": is_rtl(before + mention + after, row.get("lang")),
            "lang": str(row.get("lang") or ""),
            "title": str(row.get("title") or "untitled article"),
            "source": str(row.get("source") or ""),
            "date": _date(row.get("published")),
            "url": safe_url(row.get("url")) or "",
            "approximate": bool(row.get("approximate")),
        })
    events = []
    for event in place.events[:MAX_EXCERPTS]:
        parts = [str(event.get("type") or "event")]
        if event.get("sub_type"):
            parts.append(str(event["sub_type"]))
        if event.get("date"):
            parts.append(_date(event["date"]))
        if event.get("fatalities") is not None:
            parts.append(f"{event['fatalities']} killed")
        events.append(" · ".join(parts))
    return {
        "id": place.id,
        "name_en": str(place.name_en or place.name or ""),
        "name_ar": str(place.name_ar or ""),
        "coords": f"{place.lat:.4f}, {place.lon:.4f}",
        "precision": f"{place.precision} {PRECISION_LABELS.get(place.precision, '')}".strip(),
        "confidence": _number(place.confidence, 2),
        "approximate": place.approximate,
        "count": place.count,
        "excerpts": excerpts,
        "more": max(place.count - MAX_EXCERPTS, 0),
        "events": events,
    }


# Fixed markup; every {} below is filled with escape_text(...) output only.
_BIDI = "unicode-bidi:plaintext;text-align:start"


def popup_html(model: Mapping[str, Any]) -> str:
    """The popup as an HTML string for folium.Popup; all data escaped."""
    e = escape_text
    parts = [f'<div class="atlas-popup" data-place="{e(model["id"])}">', '<div class="atlas-names">']
    if model["name_en"]:
        parts.append(f'<b class="atlas-name-en" dir="auto" style="{_BIDI}">{e(model["name_en"])}</b>')
    if model["name_ar"]:
        parts.append(f'<b class="atlas-name-ar" dir="rtl" lang="ar" style="{_BIDI}">{e(model["name_ar"])}</b>')
    parts.append("</div>")
    meta = (f'{e(model["coords"])} · precision {e(model["precision"])}'
            f'{" (estimated)" if model["approximate"] else ""} · confidence {e(model["confidence"])}'
            f' · {int(model["count"])} mention{"s" if model["count"] != 1 else ""}')
    parts.append(f'<div class="atlas-meta">{meta}</div>')
    if model["events"]:
        parts.append('<ul class="atlas-events">')
        parts += [f'<li dir="auto" style="{_BIDI}">{e(text)}</li>' for text in model["events"]]
        parts.append("</ul>")
    parts.append('<ol class="atlas-excerpts">')
    for x in model["excerpts"]:
        direction = 'dir="rtl" lang="ar"' if x["rtl"] else 'dir="auto"'
        title = e(x["title"])
        link = (f'<a href="{e(x["url"])}" target="_blank" rel="noopener noreferrer">{title}</a>'
                if x["url"] else title)
        source = " · ".join(e(v) for v in (x["source"], x["date"]) if v)
        parts.append(
            f'<li><p class="atlas-excerpt" {direction} style="{_BIDI}">{e(x["before"])}'
            f'<mark>{e(x["mention"])}</mark>{e(x["after"])}</p>'
            f'<div class="atlas-source" dir="auto" style="{_BIDI}">{link}'
            f'{" · " + source if source else ""}</div></li>')
    parts.append("</ol>")
    if model["more"]:
        parts.append(f'<div class="atlas-more">and {int(model["more"])} more mentions</div>')
    parts.append("</div>")
    return "".join(parts)


def tooltip_text(place: MapPlace) -> str:
    """Plain tooltip text ending in the place id in brackets, e.g. "Sirte · سرت (3) [g2210554]"."""
    names = " · ".join(n for n in dict.fromkeys([place.name_en or place.name, place.name_ar]) if n)
    return f"{names} ({place.count}) [{place.id}]"


def tooltip_html(place: MapPlace) -> str:
    """The tooltip as escaped HTML; its text (what st_folium returns) equals ``tooltip_text``.

    Each name sits in a <bdi> so an Arabic name does not reorder the count and id.
    """
    names = [n for n in dict.fromkeys([place.name_en or place.name, place.name_ar]) if n]
    shown = " · ".join(f"<bdi>{escape_text(n)}</bdi>" for n in names)
    return f"{shown} ({place.count}) [{escape_text(place.id)}]"


_PLACE_ID = re.compile(r"\[([gp][0-9A-Za-z_.\-]+)\]\s*$")


def place_id_from_tooltip(tooltip: str | None) -> str | None:
    """The place id a clicked marker's tooltip carries (what st_folium returns), or None."""
    if not tooltip:
        return None
    match = _PLACE_ID.search(tooltip.strip())
    return match.group(1) if match else None


POPUP_CSS = """
.atlas-popup{font:13px/1.4 system-ui,sans-serif;max-height:320px;overflow-y:auto;min-width:220px}
.atlas-names{font-size:15px;display:flex;gap:.6em;justify-content:space-between;flex-wrap:wrap}
.atlas-meta{color:#555;font-size:12px;margin:.2em 0 .4em}
.atlas-excerpts{margin:0;padding-inline-start:1.4em}
.atlas-excerpts li{margin:.35em 0}
.atlas-excerpt{margin:0}
.atlas-excerpt mark{background:#ffe08a;padding:0 .1em}
.atlas-source{color:#555;font-size:12px}
.atlas-events{margin:.2em 0;padding-inline-start:1.2em;color:#8a1c1c}
.atlas-more{color:#555;font-style:italic}
"""
