"""Plain-dict conversions between the engine's records and the store's rows.

Kept apart from the SQL so both the writer and the readers agree on field names.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from typing import Any

from geo.errors import StoreError

MENTION_FIELDS = (
    "start", "end", "text", "name", "name_ar", "name_en", "lat", "lon", "country_code", "feature",
    "geonameid", "precision", "confidence", "excerpt", "excerpt_start", "alternatives",
    "approximate", "is_event_location", "also_at",
)
PLACE_FIELDS = ("name", "name_ar", "name_en", "lat", "lon", "country_code", "feature", "geonameid", "precision")
EVENT_FIELDS = (
    "type", "sub_type", "start", "end", "excerpt", "mention_index", "location", "lat", "lon",
    "country_code", "geo_precision", "date", "fatalities", "actor1", "actor2", "confidence",
)
# What an analyst may change on an event; the span and excerpt identify it and stay.
EVENT_EDITABLE = (frozenset(EVENT_FIELDS) - {"start", "end", "excerpt"}) | {"mention_span"}  # span: cleared when moved
FEATURES = frozenset({"continent", "country", "admin1", "admin2", "city", "area"})
STATUSES = ("auto", "confirmed", "corrected", "rejected")
ARTICLE_FIELDS = ("title", "source", "url", "published", "lang", "added_at")

_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """SHA-256 of the text after Unicode NFC and whitespace folding.

    The same story saved with other line breaks or a stray trailing space is the
    same article; any change of words is a different one.
    """
    folded = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def as_date(value: Any) -> date | None:
    """A ``date`` from a date, datetime or ISO string (``None`` stays ``None``)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise StoreError(f"published date {value!r} is not ISO yyyy-mm-dd") from None
    raise StoreError(f"published date {value!r} is not a date")


def mention_dict(mention: Any) -> dict[str, Any]:
    """A Mention (or an equivalent dict) as a dict holding exactly the stored fields."""
    data = mention.to_dict() if hasattr(mention, "to_dict") else dict(mention)
    row = {key: data.get(key) for key in MENTION_FIELDS}
    row["alternatives"] = list(row["alternatives"] or [])
    row["also_at"] = [list(span) for span in row["also_at"] or []]
    row["approximate"] = bool(row["approximate"])
    return row


def event_key(event: dict[str, Any]) -> tuple[int, int, str]:
    """What ties an analyst's event correction to the engine's event across re-parses."""
    return int(event["start"]), int(event["end"]), str(event.get("type") or "")


def check_place(place: dict[str, Any]) -> dict[str, Any]:
    """Validate an analyst's place; returns it restricted to the place fields."""
    unknown = set(place) - set(PLACE_FIELDS) - {"approximate"}
    if unknown:
        raise StoreError(f"unknown place fields: {', '.join(sorted(unknown))}")
    row = {key: place.get(key) for key in PLACE_FIELDS}
    if not row["name"]:
        raise StoreError("a corrected place needs a name")
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (TypeError, ValueError):
        raise StoreError("a corrected place needs numeric lat and lon") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise StoreError(f"coordinates out of range: {lat}, {lon}")
    row["lat"], row["lon"] = lat, lon
    if row["feature"] is None:
        row["feature"] = "city"
    if row["feature"] not in FEATURES:
        raise StoreError(f"feature must be one of {', '.join(sorted(FEATURES))}, not {row['feature']!r}")
    row["precision"] = int(row["precision"] or 1)
    if row["precision"] not in (1, 2, 3):
        raise StoreError(f"precision must be 1, 2 or 3, not {row['precision']}")
    if row["geonameid"] is not None:
        row["geonameid"] = int(row["geonameid"])
    return row


def check_event_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Validate an analyst's event edit: only known, editable fields."""
    unknown = set(changes) - EVENT_EDITABLE
    if unknown:
        raise StoreError(f"these event fields cannot be changed: {', '.join(sorted(unknown))}")
    out = dict(changes)
    if out.get("date") not in (None, ""):
        out["date"] = as_date(out["date"]).isoformat()
    if out.get("fatalities") not in (None, ""):
        try:
            out["fatalities"] = int(out["fatalities"])
        except (TypeError, ValueError):
            raise StoreError(f"fatalities must be a whole number, not {out['fatalities']!r}") from None
    return out
