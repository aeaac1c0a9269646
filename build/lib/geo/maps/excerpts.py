"""A place's excerpts as escaped HTML cards for the dashboard's side panel.

Every piece of article text goes through ``geo.maps.popups.escape_text``; the markup around it
is fixed strings from this module, so a story holding ``<script>`` or ``<img onerror=...>``
shows those characters as text. Arabic excerpts are laid out right to left.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping

from geo.maps.popups import escape_text, is_rtl, safe_url

_BIDI = "unicode-bidi:plaintext;text-align:start"
CSS = (".atlas-card{border-left:3px solid #4e79a7;padding:.3em .7em;margin:.5em 0;font:14px/1.5 system-ui,sans-serif}"
       ".atlas-card mark{background:#ffe08a;padding:0 .1em}"
       ".atlas-card .src{color:#555;font-size:12px}")


def highlight(row: Mapping[str, Any]) -> tuple[str, str, str]:
    """(before, mention, after) of the whole excerpt; no highlight when offsets are stale."""
    excerpt = str(row.get("excerpt") or "")
    surface = str(row.get("text") or "")
    try:
        lo = int(row["start"]) - int(row["excerpt_start"])
    except (KeyError, TypeError, ValueError):
        lo = -1
    hi = lo + len(surface)
    if not surface or not (0 <= lo < hi <= len(excerpt)) or excerpt[lo:hi] != surface:
        lo = excerpt.find(surface) if surface else -1
        hi = lo + len(surface)
    if lo < 0:
        return excerpt, "", ""
    return excerpt[:lo], excerpt[lo:hi], excerpt[hi:]


def excerpt_card(row: Mapping[str, Any]) -> str:
    """One excerpt with the mention marked, then its article's title (linked), source and date."""
    e = escape_text
    before, mention, after = highlight(row)
    direction = 'dir="rtl" lang="ar"' if is_rtl(before + mention + after, row.get("lang")) else 'dir="auto"'
    title = e(row.get("title") or "untitled article")
    url = safe_url(row.get("url"))
    link = f'<a href="{e(url)}" target="_blank" rel="noopener noreferrer">{title}</a>' if url else title
    # each piece isolated (<bdi>) so an Arabic title does not reorder the date or the numbers
    pieces = [f"<bdi>{e(v)}</bdi>" for v in (row.get("source"),) if v]
    if row.get("published"):
        pieces.append(f'<bdi dir="ltr">{e(str(row["published"])[:10])}</bdi>')
    pieces += [f"<bdi>mention #{e(row.get('mention_id'))}</bdi>", f"<bdi>{e(row.get('status') or '')}</bdi>"]
    meta = " · ".join(pieces)
    return (f'<div class="atlas-card"><p {direction} style="{_BIDI};margin:0">{e(before)}'
            f'<mark>{e(mention)}</mark>{e(after)}</p>'
            f'<div class="src" dir="auto" style="{_BIDI}"><bdi>{link}</bdi> · {meta}</div></div>')


def excerpts_html(rows: Iterable[Mapping[str, Any]], limit: int = 200) -> str:
    """Cards for up to ``limit`` rows (a page of HTML must stay small), then a count of the rest."""
    rows = list(rows)
    cards = [excerpt_card(r) for r in rows[:limit]]
    if len(rows) > limit:
        cards.append(f'<p class="src">and {len(rows) - limit} more mentions (see the table)</p>')
    return f"<style>{CSS}</style>" + "".join(cards)
