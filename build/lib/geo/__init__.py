"""Conflict Atlas: Arabic and English news to places on a map, offline.

    >>> import geo
    >>> doc = geo.parse("غارة جوية على منطقة جارف جنوب غرب مدينة سرت")
    >>> [(m.text, m.country_code) for m in doc.mentions]

Nothing is loaded at import time: the gazetteer index is opened (or built once)
on the first call to ``parse``.
"""
from __future__ import annotations

from geo.engine.document import Document, Mention, Place
from geo.errors import AtlasError, BadViewLink, GazetteerMissing, StoreError, UnreadableInput

__all__ = [
    "parse", "Document", "Mention", "Place",
    "AtlasError", "BadViewLink", "GazetteerMissing", "StoreError", "UnreadableInput",
]


def parse(text: str, lang: str | None = None, published=None) -> Document:
    """Find and resolve every place ``text`` mentions (and the events, where found).

    ``lang`` is "ar" or "en" (detected when None); ``published`` (a date) anchors
    relative days such as "on Monday" for events.
    """
    from geo.engine.pipeline import default_parser

    return default_parser().parse(text, lang=lang, published=published)
