"""Analyst corrections from the dashboard: which place a mention should get, and saving it.

A mention can be confirmed, rejected, reset, moved to one of the engine's other
candidates, to a place found by searching the gazetteer, or to a point clicked on the
map; a place the engine missed can be added to an article. Each becomes one ``Store`` call carrying the analyst's name (the audit trail).
"""
from __future__ import annotations

from typing import Any, Mapping

from geo.errors import StoreError

MAX_NAME = 80
PRECISION_EXACT, PRECISION_NEAR = 1, 2
FEATURES = ("continent", "country", "admin1", "admin2", "city", "area")


def analyst_name(name: str | None) -> str:
    """The analyst's name as the audit log keeps it; a clear error when missing."""
    name = (name or "").strip()
    if not name:
        raise ValueError("type your name first: every correction is signed in the audit log")
    if len(name) > MAX_NAME or any(ord(c) < 32 for c in name):
        raise ValueError(f"a name is at most {MAX_NAME} plain characters")
    return name


def _feature(value: Any) -> str:
    return value if value in FEATURES else "city"


def candidate_place(alt: Mapping[str, Any]) -> dict[str, Any]:
    """One of the mention's ``alternatives`` (the engine's other candidates) as a place.

    Also a gazetteer hit (``location_place``): both records carry the same fields."""
    return {
        "name": alt.get("name") or alt.get("name_ar") or "?", "name_ar": alt.get("name_ar"),
        "name_en": alt.get("name"), "lat": float(alt["lat"]), "lon": float(alt["lon"]),
        "country_code": alt.get("country_code"), "feature": _feature(alt.get("feature")),
        "geonameid": alt.get("geonameid"), "precision": PRECISION_EXACT,
    }


def candidate_label(alt: Mapping[str, Any]) -> str:
    names = " · ".join(n for n in dict.fromkeys([alt.get("name"), alt.get("name_ar")]) if n)
    return (f"{names}, {alt.get('country_code') or '?'} ({alt.get('feature') or '?'}) "
            f"{float(alt.get('lat', 0)):.3f}, {float(alt.get('lon', 0)):.3f}")


def location_place(raw: Mapping[str, Any]) -> dict[str, Any]:
    """A gazetteer hit (``OfflineGeocoder`` Location.raw) as a place: the same fields as a
    candidate's."""
    return candidate_place(raw)


def search_gazetteer(geocoder: Any, query: str, limit: int = 10) -> list[tuple[str, dict[str, Any]]]:
    """(label, place) for the gazetteer's best matches of ``query``; [] for nothing or bad input."""
    from geopy.exc import GeocoderQueryError

    query = (query or "").strip()
    if not query:
        return []
    try:
        found = geocoder.geocode(query, exactly_one=False) or []
    except GeocoderQueryError:
        return []
    return [(loc.address + f" ({loc.raw.get('feature')}, {loc.latitude:.3f}, {loc.longitude:.3f})",
             location_place(loc.raw)) for loc in found[:limit]]


def clicked_place(row: Mapping[str, Any], lat: float, lon: float,
                  nearest: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A point clicked on the map as the mention's place.

    It keeps the mention's own name (the analyst knows where it is; the gazetteer may not
    have it) and the nearest gazetteer place's country; precision 2, "near", because a
    click is only as exact as the zoom it was made at.
    """
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"a map click outside the world: {lat}, {lon}")
    return {
        "name": str(row.get("text") or row.get("name") or "?"),
        "name_ar": row.get("name_ar") if row.get("lang") != "ar" else row.get("text"),
        "name_en": row.get("name_en"), "lat": round(float(lat), 5), "lon": round(float(lon), 5),
        "country_code": (nearest or {}).get("country_code") or row.get("country_code"),
        "feature": "area", "geonameid": None, "precision": PRECISION_NEAR,
    }


def apply(store: Any, action: str, mention_id: int, by: str | None,
          place: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Save one correction: ``confirm``, ``reject``, ``reset`` or ``correct`` (with ``place``).

    Raises ValueError for a missing name or place and StoreError from the store (e.g. a
    mention that a re-parse replaced); the dashboard shows either as a message.
    """
    who = analyst_name(by)
    if action == "confirm":
        return store.confirm_mention(int(mention_id), who)
    if action == "reject":
        return store.reject_mention(int(mention_id), who)
    if action == "reset":
        return store.reset_mention(int(mention_id), who)
    if action == "correct":
        if not place:
            raise ValueError("pick a place first")
        return store.correct_mention(int(mention_id), dict(place), who)
    raise StoreError(f"unknown correction {action!r}")


def add_missed(store: Any, article_id: int | None, name: str, place: Mapping[str, Any] | None,
               by: str | None) -> dict[str, Any]:
    """Add a place the engine missed in an article: ``name`` as the article writes it, at
    ``place`` (a gazetteer hit). ValueError for what the analyst has not chosen yet."""
    who = analyst_name(by)
    if article_id is None:
        raise ValueError("pick the article that names the place")
    if not (name or "").strip():
        raise ValueError("type the name as the article writes it")
    if not place:
        raise ValueError("find the place in the gazetteer first")
    return store.add_mention(int(article_id), name.strip(), dict(place), who)


def article_choices(rows: list[Mapping[str, Any]]) -> dict[int, str]:
    """The articles behind a place's excerpts (id -> title), for "add a missed place"."""
    out: dict[int, str] = {}
    for row in rows:
        title = str(row.get("title") or f"article {row.get('article_id')}")
        out.setdefault(int(row["article_id"]), title if len(title) <= 60 else title[:59] + "…")
    return out


def event_changes(current: Mapping[str, Any], *, type_: str | None, sub_type: str | None,
                  date_text: str | None, fatalities: int | None, place: Any = None,
                  actor1: str | None = None, actor2: str | None = None) -> dict[str, Any]:
    """The fields an analyst changed on an event (only those differing from ``current``).

    ``place`` (a map place, ``geo.maps.places.MapPlace``) moves the event there: its name,
    position, country and precision; ``mention_index`` and ``mention_span`` are cleared so the event is placed
    by position, not by the engine's mention.
    """
    from datetime import date

    changes: dict[str, Any] = {}
    if place is not None and (place.lat, place.lon) != (current.get("lat"), current.get("lon")):
        changes.update(location=place.name_en or place.name, lat=place.lat, lon=place.lon,
                       country_code=place.country_code, geo_precision=place.precision, mention_index=None,
                       mention_span=None)
    if type_ and type_ != current.get("type"):
        changes["type"] = type_
    if sub_type is not None and sub_type.strip() != (current.get("sub_type") or ""):
        changes["sub_type"] = sub_type.strip() or None
    if date_text is not None:
        text = date_text.strip()
        if text:
            try:
                text = date.fromisoformat(text).isoformat()
            except ValueError:
                raise ValueError(f"event date {date_text!r} is not yyyy-mm-dd") from None
        if (text or None) != current.get("date"):
            changes["date"] = text or None
    if fatalities is not None and fatalities != current.get("fatalities"):
        if fatalities < 0:
            raise ValueError("fatalities cannot be negative")
        changes["fatalities"] = int(fatalities)
    for key, value in (("actor1", actor1), ("actor2", actor2)):  # None: not asked; "": cleared
        if value is not None and value.strip() != (current.get(key) or ""):
            if len(value) > MAX_NAME * 2 or any(ord(c) < 32 for c in value):
                raise ValueError(f"{key} is at most {MAX_NAME * 2} plain characters")
            changes[key] = value.strip() or None
    return changes
