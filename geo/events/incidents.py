"""Incidents: events from different articles that tell the same happening, and their reconciliation.

Pure logic on event dicts (the engine's keys plus ``source``, ``status``, ``article_id``): the
store decides which events to compare and keeps the result. Two events are the same incident
when they have the same ACLED type, their places lie within a distance set by the coarser
geo_precision, their dates are at most a day apart, their actors do not contradict each other
and their tolls are compatible. See docs/watch.md for the thresholds and the toll rule.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from geo.events.text import fold

Event = Mapping[str, Any]
# How far apart two reports of one happening may place it, by the coarser geo_precision:
# 1 the town itself, 2 near a town ("south-west of Sirte"), 3 the region or country.
RADIUS_KM = {1: 20.0, 2: 40.0, 3: 150.0}
MAX_DAYS = 1
ANALYST_STATUSES = ("confirmed", "corrected")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def radius_km(a: Event, b: Event) -> float:
    """The distance allowed between two events' places: the coarser precision decides."""
    worst = max(int(a.get("geo_precision") or 3), int(b.get("geo_precision") or 3))
    return RADIUS_KM.get(worst, RADIUS_KM[3])


def _day(event: Event) -> date | None:
    value = event.get("date") or event.get("published")
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _actor(value: Any) -> str | None:
    name = fold(str(value)).strip() if value else ""
    return None if not name or name.startswith("unidentified") else name  # "unidentified" names nobody


def actors_compatible(a: Event, b: Event) -> bool:
    """No named sides contradict: reports sharing an actor, or naming one side each (the engine
    takes "police said" for an actor), agree; two reports with no actor in common, one of them
    naming both sides, describe different fights."""
    sides_a = {_actor(a.get("actor1")), _actor(a.get("actor2"))} - {None}
    sides_b = {_actor(b.get("actor1")), _actor(b.get("actor2"))} - {None}
    if not sides_a or not sides_b or sides_a & sides_b:
        return True
    return max(len(sides_a), len(sides_b)) < 2


def tolls_compatible(a: Any, b: Any) -> bool:
    """Tolls can be the same happening's: unknown or zero on one side, or close (early vs late counts)."""
    if not a or not b:
        return True
    low, high = sorted((int(a), int(b)))
    return high - low <= max(3, high // 2)


def same_incident(a: Event, b: Event) -> bool:
    """Whether two events (from different reports) describe the same happening."""
    if not a.get("type") or a.get("type") != b.get("type"):
        return False
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return False
    if distance_km(a["lat"], a["lon"], b["lat"], b["lon"]) > radius_km(a, b):
        return False
    da, db = _day(a), _day(b)
    same_report = a.get("article_id") is not None and a.get("article_id") == b.get("article_id")
    # One report telling its news twice (headline, then body) may date only one telling.
    if not same_report and (da is None or db is None or abs((da - db).days) > MAX_DAYS):
        return False
    return actors_compatible(a, b) and tolls_compatible(a.get("fatalities"), b.get("fatalities"))


def joins(event: Event, members: Sequence[Event]) -> bool:
    """Whether an event belongs with an incident's members: the same happening as one of them and
    no clash with any (a toll or a date far from every other report keeps it apart)."""
    return any(same_incident(event, m) for m in members) and all(
        event.get("type") == m.get("type") and tolls_compatible(event.get("fatalities"), m.get("fatalities"))
        and actors_compatible(event, m) for m in members)


def cluster(events: Sequence[Event]) -> list[list[int]]:
    """Group events into incidents greedily in the given order (as they arrive); indexes per group."""
    groups: list[list[int]] = []
    for i, event in enumerate(events):
        best = None
        for g, members in enumerate(groups):
            if joins(event, [events[j] for j in members]):
                best = g
                break
        if best is None:
            groups.append([i])
        else:
            groups[best].append(i)
    return groups


def reconcile_toll(members: Iterable[Event]) -> int | None:
    """The incident's fatalities, on ACLED's conservative rule.

    An analyst's figure (a confirmed or corrected event) wins over the engine's. Otherwise, when
    the sources stating a toll agree, that figure; when they differ, the figure a strict majority
    of at least two distinct sources states, else the lowest stated figure. None when nobody
    states one.
    """
    members = list(members)
    analyst = [int(m["fatalities"]) for m in members
               if m.get("status") in ANALYST_STATUSES and m.get("fatalities") is not None]
    if analyst:
        return min(analyst)
    by_source: dict[str, int] = {}
    for m in members:
        if m.get("fatalities") is None:
            continue
        key = str(m.get("source") or m.get("url") or m.get("article_id") or id(m))
        by_source[key] = min(int(m["fatalities"]), by_source.get(key, int(m["fatalities"])))
    if not by_source:
        return None
    counts = Counter(by_source.values())
    figure, votes = counts.most_common(1)[0]
    if len(counts) == 1 or (votes >= 2 and votes * 2 > len(by_source)):
        return figure
    return min(by_source.values())


def _most_common(values: Iterable[Any]) -> Any:
    found = [v for v in values if v not in (None, "")]
    return Counter(found).most_common(1)[0][0] if found else None


def reconcile(members: Sequence[Event]) -> dict[str, Any]:
    """One event dict for an incident: the finest place, the most reported date, type and actors,
    the reconciled toll, the sources, and a confidence that grows with independent sources."""
    if not members:
        raise ValueError("an incident needs at least one event")
    placed = sorted((m for m in members if m.get("lat") is not None),
                    key=lambda m: (int(m.get("geo_precision") or 3), -(m.get("confidence") or 0)))
    place = placed[0] if placed else members[0]
    dates = sorted(str(m.get("date") or "") for m in members if m.get("date"))
    counted = Counter(dates)
    date_ = max(counted, key=lambda d: (counted[d], [-ord(c) for c in d])) if counted else None
    sources = sorted({str(m.get("source") or m.get("url") or "") for m in members} - {""})
    articles = sorted({m.get("article_id") for m in members if m.get("article_id") is not None})
    confidence = _combined_confidence(members)
    best = max(members, key=lambda m: m.get("confidence") or 0)
    return {
        "type": _most_common(m.get("type") for m in members),
        "sub_type": _most_common(m.get("sub_type") for m in members),
        "location": place.get("location"), "lat": place.get("lat"), "lon": place.get("lon"),
        "country_code": place.get("country_code"), "geo_precision": place.get("geo_precision"),
        "date": date_, "fatalities": reconcile_toll(members),
        "actor1": _most_common(m.get("actor1") for m in members),
        "actor2": _most_common(m.get("actor2") for m in members),
        "confidence": confidence, "excerpt": best.get("excerpt"),
        "sources": sources, "article_ids": articles, "n_events": len(members),
        "n_sources": max(len(sources), len(articles) and 1),
    }


def _combined_confidence(members: Sequence[Event]) -> float:
    """1 - prod(1 - c) over the best event of each source: two independent reports are surer than one."""
    best: dict[str, float] = {}
    for m in members:
        key = str(m.get("source") or m.get("article_id") or id(m))
        best[key] = max(best.get(key, 0.0), float(m.get("confidence") or 0.0))
    if any(m.get("status") in ANALYST_STATUSES for m in members):
        return 1.0
    doubt = 1.0
    for c in best.values():
        doubt *= 1.0 - min(c, 0.95)
    return round(min(0.99, 1.0 - doubt), 3)
