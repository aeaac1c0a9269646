"""An item's page to article text (trafilatura), with the feed's summary as the fallback.

A page that is not an article (an index, a video page, a paywall) yields little or no main
text: the summary from the feed is then kept, so the item is still read.
"""
from __future__ import annotations

from typing import Any

from geo.errors import UnreadableInput
from geo.ingest.encoding import decode_bytes

MIN_PAGE_CHARS = 200  # less main text than this and no longer than the summary: not an article


def page_text(url: str, body: bytes, content_type: str = "") -> dict[str, Any] | None:
    """The page's main text and metadata, or None when it holds no article."""
    if "html" not in content_type.lower() and not body.lstrip()[:200].lower().startswith((b"<!doctype", b"<html")):
        return None
    import trafilatura  # heavy: imported on the first page only

    try:
        page = decode_bytes(body, url, None)
    except UnreadableInput:
        return None
    # fast: no second extractor to compare with (halves the time; the summary is the fallback here)
    found = trafilatura.bare_extraction(page, url=url, with_metadata=True, fast=True)
    if found is None or not (found.text or "").strip():
        return None
    return {"text": found.text.strip(), "title": found.title, "published": found.date,
            "source": found.sitename}


def merge_item(item: dict[str, Any], page: dict[str, Any] | None) -> tuple[dict[str, Any], str]:
    """The article to ingest from a feed item and its page; says which text was used (page or summary)."""
    summary = str(item.get("text") or "")
    if page is None or (len(page["text"]) < MIN_PAGE_CHARS and len(page["text"]) <= len(summary)):
        return item, "summary"
    title = item.get("title") or page.get("title")
    text = page["text"]
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    article = dict(item, text=text, title=title)
    article["published"] = item.get("published") or page.get("published")
    return article, "page"
