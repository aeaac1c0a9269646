"""Incidents at the places of a view: how many happenings (not reports) and how many sources.

Why: four agencies reporting one air strike are four events at one place; the events layer
must say "1 incident, 4 sources, 7 killed", not "4 events, 28 killed". An event that no
incident holds yet (linking runs after ingestion) counts as an incident of its own.

Asked for the few hundred places the events layer draws, not the whole view: the view's
events there (its filters apply), each with its incident and its article's source, then the
incidents' reconciled tolls (``geo.events.incidents.reconcile``) in one more query.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from geo.store.schema import articles, incident_events, incidents
from geo.store.viewsql import COORD_DIGITS, ViewQueries, place_key

CHUNK = 500  # ids in one IN list


def place_incidents(conn: Connection, filters: dict[str, Any] | None,
                    place_ids: Iterable[str]) -> dict[str, dict[str, int]]:
    """``{place id: {"incidents", "sources", "fatalities"}}`` for those of ``place_ids`` with
    events in the view; ``fatalities`` sums each incident's reconciled toll once."""
    wanted = set(place_ids)
    gids = sorted({int(p[1:]) for p in wanted if p.startswith("g") and p[1:].isdigit()})
    lats = sorted({round(float(p[1:].split("_")[0]), COORD_DIGITS) for p in wanted if p.startswith("p")})
    if not gids and not lats:
        return {}
    ev = ViewQueries(filters).ev
    where_place = []
    for k in range(0, len(gids), CHUNK):
        where_place.append(ev.c.gid.in_(gids[k:k + CHUNK]))
    for k in range(0, len(lats), CHUNK):
        where_place.append(sa.and_(ev.c.gid.is_(None), ev.c.klat.in_(lats[k:k + CHUNK])))
    query = (sa.select(ev.c.gid, ev.c.klat, ev.c.klon, ev.c.kname, ev.c.event_id, ev.c.fatalities,
                       incident_events.c.incident_id, articles.c.source, ev.c.article_id)
             .select_from(ev.outerjoin(incident_events, incident_events.c.event_id == ev.c.event_id)
                          .join(articles, articles.c.id == ev.c.article_id))
             .where(ev.c.mention_id.isnot(None), sa.or_(*where_place)))
    found: dict[str, dict[str, Any]] = {}
    for gid, klat, klon, kname, event_id, dead, incident_id, source, article_id in conn.execute(query):
        key = place_key(gid, klat, klon, kname)
        if key not in wanted:
            continue
        place = found.setdefault(key, {"incidents": {}, "sources": set()})
        # an event in no incident yet is a happening of its own, with its own toll
        place["incidents"].setdefault(("i", incident_id) if incident_id is not None else ("e", event_id), dead)
        place["sources"].add(source or f"article {article_id}")
    tolls = _reconciled_tolls(conn, {i for p in found.values() for kind, i in p["incidents"] if kind == "i"})
    out = {}
    for key, place in found.items():
        dead = sum((tolls.get(i) if kind == "i" and i in tolls else toll) or 0
                   for (kind, i), toll in place["incidents"].items())
        out[key] = {"incidents": len(place["incidents"]), "sources": len(place["sources"]), "fatalities": int(dead)}
    return out


def _reconciled_tolls(conn: Connection, incident_ids: set[int]) -> dict[int, int | None]:
    ids, tolls = sorted(incident_ids), {}
    for k in range(0, len(ids), CHUNK):
        query = sa.select(incidents.c.id, incidents.c.data).where(incidents.c.id.in_(ids[k:k + CHUNK]))
        for incident_id, data in conn.execute(query):
            tolls[incident_id] = (data or {}).get("fatalities")
    return tolls
