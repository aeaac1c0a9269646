"""The records every step shares: a Document holds the text and its Mentions.

Offsets always point into the original text (never a normalised copy), so
``doc.text[m.start:m.end] == m.text`` for every mention.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# ACLED-style geo precision: 1 the exact place, 2 near it or estimated, 3 a region.
PRECISION_EXACT, PRECISION_NEAR, PRECISION_REGION = 1, 2, 3


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    id: int  # row id in the compiled index
    geonameid: int | None
    name: str  # English (or best Latin) name
    name_ar: str | None
    lat: float
    lon: float
    country_code: str | None
    admin1: str | None  # admin1 code within the country (GeoNames style)
    feature: str  # continent, country, admin1, admin2, city, area
    population: int = 0


@dataclass
class Mention:
    """A place named in the text, resolved to coordinates."""

    start: int
    end: int
    text: str
    name: str
    name_ar: str | None
    name_en: str | None
    lat: float | None
    lon: float | None
    country_code: str | None
    feature: str
    geonameid: int | None
    precision: int
    confidence: float
    excerpt: str
    excerpt_start: int  # offset of the excerpt in the document: highlight = start - excerpt_start
    alternatives: list[dict[str, Any]] = field(default_factory=list)
    approximate: bool = False  # position estimated from an anchor, direction and distance
    also_at: list[list[int]] = field(default_factory=list)  # later [start, end] spans of the same place, in the same form, in a post
    is_event_location: bool | None = None  # set by the event extractor

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Document:
    text: str
    lang: str
    mentions: list[Mention] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "mentions": [m.to_dict() for m in self.mentions],
            "events": list(self.events),
        }
