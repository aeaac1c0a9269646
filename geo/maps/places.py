"""Group mention rows into the places a map draws: one marker per place.

A "mention row" is a plain dict with every Mention field plus mention_id, status,
article_id, title, source, url, published and lang (what the store and the CLI give).
Rows without coordinates cannot be drawn and are left out; rejected mentions too.
"""
from __future__ import annotations

import math
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

# Rows are grouped by gazetteer id; without one, by name and position rounded to
# 3 decimals (about 100 m), so one place named twice in a story is one marker.
COORD_DIGITS = 3


@dataclass
class MapPlace:
    """One marker: a place and every mention row (and event) that points at it."""

    id: str  # stable key, carried in the tooltip so a click maps back to the place
    name: str
    name_ar: str | None
    name_en: str | None
    lat: float
    lon: float
    country_code: str | None
    feature: str | None
    precision: int  # the best (lowest) precision among its mentions
    confidence: float  # the highest confidence among its mentions
    approximate: bool
    rows: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    # Set when the place comes from the store's aggregate (geo.store.viewsql.places): the
    # counts without the rows, the title of its one article, events per type.
    n: int | None = None
    title: Any = None
    event_types: dict[str, int] | None = None
    fatalities: int = 0  # reported killed in the events there (from the aggregate)

    @property
    def count(self) -> int:
        return self.n if self.n is not None else len(self.rows)

    @property
    def article_ids(self) -> list[Any]:
        return list(dict.fromkeys(r.get("article_id") for r in self.rows))

    @property
    def event_count(self) -> int:
        return sum(self.event_types.values()) if self.event_types is not None else len(self.events)

    @property
    def event_type(self) -> str | None:
        """The most frequent event type at this place, or None."""
        kinds = Counter(self.event_types) if self.event_types is not None else Counter(
            e.get("type") for e in self.events if e.get("type"))
        return kinds.most_common(1)[0][0] if kinds else None


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def place_key(row: Mapping[str, Any]) -> str | None:
    """The grouping key of a row, or None when it has no usable coordinates."""
    lat, lon = _number(row.get("lat")), _number(row.get("lon"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    gid = row.get("geonameid")
    if isinstance(gid, int) and not isinstance(gid, bool):
        return f"g{gid}"
    # no gazetteer id: position plus a digest of the name, so the key stays plain ASCII
    name = str(row.get("name") or row.get("text") or "")
    digest = zlib.crc32(name.encode("utf-8"))
    return f"p{lat:.{COORD_DIGITS}f}_{lon:.{COORD_DIGITS}f}_{digest:08x}"


def _location_key(lat: Any, lon: Any) -> tuple[float, float] | None:
    lat, lon = _number(lat), _number(lon)
    if lat is None or lon is None:
        return None
    return round(lat, COORD_DIGITS), round(lon, COORD_DIGITS)


def group_places(rows: Iterable[Mapping[str, Any]],
                 events: Iterable[Mapping[str, Any]] | None = None) -> list[MapPlace]:
    """Group drawable rows into places, most-mentioned first.

    Events attach to a place through their ``mention_id`` when they carry one,
    else through their coordinates; a row may also carry its own ``events`` list.
    """
    places: dict[str, MapPlace] = {}
    by_mention: dict[Any, MapPlace] = {}
    by_location: dict[tuple[float, float], MapPlace] = {}
    for row in rows:
        if row.get("status") == "rejected":
            continue
        key = place_key(row)
        if key is None:
            continue
        place = places.get(key)
        lat, lon = float(row["lat"]), float(row["lon"])
        if place is None:
            place = places[key] = MapPlace(
                id=key, name=str(row.get("name") or row.get("name_en") or row.get("text") or "?"),
                name_ar=row.get("name_ar"), name_en=row.get("name_en"), lat=lat, lon=lon,
                country_code=row.get("country_code"), feature=row.get("feature"),
                precision=int(row.get("precision") or 3),
                confidence=_number(row.get("confidence")) or 0.0,
                approximate=bool(row.get("approximate")))
            by_location.setdefault((round(lat, COORD_DIGITS), round(lon, COORD_DIGITS)), place)
        else:
            place.precision = min(place.precision, int(row.get("precision") or 3))
            place.confidence = max(place.confidence, _number(row.get("confidence")) or 0.0)
            place.name_ar = place.name_ar or row.get("name_ar")
            place.name_en = place.name_en or row.get("name_en")
        place.rows.append(dict(row))
        if row.get("mention_id") is not None:
            by_mention[row["mention_id"]] = place
        for event in row.get("events") or []:
            place.events.append(dict(event))
    for event in events or []:
        place = by_mention.get(event.get("mention_id")) if event.get("mention_id") is not None else None
        if place is None:
            location = _location_key(event.get("lat"), event.get("lon"))
            place = by_location.get(location) if location else None
        if place is not None:
            place.events.append(dict(event))
    return sorted(places.values(), key=lambda p: (-p.count, p.id))


def summary_place(row: Mapping[str, Any]) -> MapPlace:
    """A place from one row of the store's place aggregate (``Store.view_places``): no rows."""
    return MapPlace(id=row["id"], name=str(row.get("name") or "?"), name_ar=row.get("name_ar"),
                    name_en=row.get("name_en"), lat=float(row["lat"]), lon=float(row["lon"]),
                    country_code=row.get("country_code"), feature=row.get("feature"),
                    precision=int(row.get("precision") or 3), confidence=float(row.get("confidence") or 0.0),
                    approximate=bool(row.get("approximate")), n=int(row["n"]), title=row.get("title"),
                    event_types=dict(row.get("event_types") or {}), fatalities=int(row.get("fatalities") or 0))
