"""Incidents in the store: link new events to incidents, list them, and let analysts split or merge.

The matching is ``geo.events.incidents``; this module picks the candidates (same type, dates a
day apart, a box around the place), keeps the membership (``incident_events``) and a cached
reconciled record (``incidents.data``). Analysts' moves are pinned and written to the audit log.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from geo.errors import StoreError
from geo.events.incidents import RADIUS_KM, joins, reconcile
from geo.store.rows import iter_event_rows
from geo.store import audit
from geo.store.schema import events, incident_events, incidents, now_iso

_BOX_DEG = RADIUS_KM[3] / 111.0  # a latitude box wide enough for the loosest radius


def unlinked_article_ids(conn: Connection) -> list[int]:
    """Articles with an event that belongs to no incident yet."""
    query = (sa.select(events.c.article_id).distinct()
             .select_from(events.outerjoin(incident_events, incident_events.c.event_id == events.c.id))
             .where(incident_events.c.event_id.is_(None)).order_by(events.c.article_id))
    return list(conn.execute(query).scalars())


def _members(conn: Connection, incident_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The current event rows (analyst changes applied) of each incident."""
    if not incident_ids:
        return {}
    links = dict(conn.execute(sa.select(incident_events.c.event_id, incident_events.c.incident_id)
                              .where(incident_events.c.incident_id.in_(incident_ids))).all())
    article_ids = conn.execute(sa.select(events.c.article_id).distinct()
                               .where(events.c.id.in_(list(links)))).scalars().all()
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in iter_event_rows(conn, {"article_ids": list(article_ids), "include_rejected": True}):
        if row["event_id"] in links and row["status"] != "rejected":  # a rejected report counts for nothing
            out[links[row["event_id"]]].append(row)
    return out


def _candidates(conn: Connection, event: dict[str, Any]) -> list[int]:
    day = date.fromisoformat(str(event.get("date") or event.get("published"))[:10])
    days = [(day + timedelta(days=d)).isoformat() for d in (-1, 0, 1)]
    lon_box = _BOX_DEG / max(0.2, math.cos(math.radians(event["lat"])))
    query = sa.select(incidents.c.id).where(
        incidents.c.type == event["type"], incidents.c.date.in_(days),
        incidents.c.lat.between(event["lat"] - _BOX_DEG, event["lat"] + _BOX_DEG),
        incidents.c.lon.between(event["lon"] - lon_box, event["lon"] + lon_box)).order_by(incidents.c.id)
    return list(conn.execute(query).scalars())


def _linkable(event: dict[str, Any]) -> bool:
    if event.get("status") == "rejected" or not event.get("type") or event.get("lat") is None:
        return False
    try:
        date.fromisoformat(str(event.get("date") or event.get("published") or "")[:10])
    except ValueError:
        return False
    return True


def _save(conn: Connection, incident_id: int, members: list[dict[str, Any]]) -> None:
    data = reconcile(members)
    conn.execute(incidents.update().where(incidents.c.id == incident_id).values(
        type=data["type"], date=data["date"] or (members[0].get("published") or "")[:10] or None,
        lat=data["lat"], lon=data["lon"], data=data, n_sources=data["n_sources"],
        confidence=data["confidence"], updated_at=now_iso()))


def _new_incident(conn: Connection, members: list[dict[str, Any]]) -> int:
    stamp = now_iso()
    incident_id = conn.execute(incidents.insert().values(data={}, created_at=stamp, updated_at=stamp)
                               ).inserted_primary_key[0]
    for m in members:
        conn.execute(incident_events.insert().values(event_id=m["event_id"], incident_id=incident_id))
    _save(conn, incident_id, members)
    return incident_id


def link_article(conn: Connection, article_id: int) -> int:
    """Put each unlinked event of one article into a matching incident or a new one; returns how many."""
    linked = set(conn.execute(sa.select(incident_events.c.event_id).join(events, events.c.id == incident_events.c.event_id)
                              .where(events.c.article_id == article_id)).scalars())
    count = 0
    for event in iter_event_rows(conn, {"article_ids": [article_id]}):
        if event["event_id"] in linked or not _linkable(event):
            continue
        if event.get("date") is None:
            event["date"] = event.get("published")
        ids = _candidates(conn, event)
        members = _members(conn, ids)
        target = next((i for i in ids if members.get(i) and joins(event, members[i])), None)
        if target is None:
            _new_incident(conn, [event])
        else:
            conn.execute(incident_events.insert().values(event_id=event["event_id"], incident_id=target))
            _save(conn, target, [*members[target], event])
        count += 1
    return count


def prune(conn: Connection) -> int:
    """Recompute incidents that lost events (a re-parse deletes an article's events, and their links
    with them) and drop the ones left empty; returns how many were touched."""
    actual = dict(conn.execute(sa.select(incident_events.c.incident_id, sa.func.count())
                               .group_by(incident_events.c.incident_id)).all())
    stale = {i for i, n in conn.execute(sa.select(incidents.c.id, incidents.c.data)).all()
             if actual.get(i, 0) != (n or {}).get("n_events")}
    if stale:
        _refresh(conn, stale)
    return len(stale)


def incident_rows(conn: Connection, incident_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Incidents as stored (the reconciled record plus id and counts), newest first."""
    query = sa.select(incidents).order_by(incidents.c.id.desc())
    if incident_ids is not None:
        query = query.where(incidents.c.id.in_([int(i) for i in incident_ids]))
    return [dict(r["data"]) | {"incident_id": r["id"], "created_at": r["created_at"], "updated_at": r["updated_at"]}
            for r in conn.execute(query).mappings()]


def incident_events_of(conn: Connection, incident_id: int) -> list[dict[str, Any]]:
    """The event rows of one incident (with their articles' source, title, url)."""
    rows = _members(conn, [int(incident_id)]).get(int(incident_id), [])
    if not rows and conn.execute(sa.select(incidents.c.id).where(incidents.c.id == int(incident_id))).scalar() is None:
        raise StoreError(f"no incident {incident_id} in the store")
    return rows


def event_incident_map(conn: Connection) -> dict[int, int]:
    """event_id -> incident_id for every linked event."""
    return dict(conn.execute(sa.select(incident_events.c.event_id, incident_events.c.incident_id)).all())


def iter_incident_export_rows(conn: Connection, filters: dict[str, Any] | None) -> Iterator[dict[str, Any]]:
    """One reconciled row per incident among the events the filters keep (an unlinked event is its
    own row), with every source joined in ``source``; analyst changes to events count."""
    links = event_incident_map(conn)
    groups: dict[Any, list[dict[str, Any]]] = {}
    for row in iter_event_rows(conn, filters):
        groups.setdefault(links.get(row["event_id"], ("event", row["event_id"])), []).append(row)
    for key, members in groups.items():
        data = reconcile(members)
        data["source"] = "; ".join(data["sources"]) or "; ".join(
            sorted({str(m.get("url") or "") for m in members} - {""}))
        data["published"] = min((m.get("published") or "" for m in members), default="") or None
        data["incident_id"] = key if isinstance(key, int) else None
        yield data


# -- analysts' moves -----------------------------------------------------------------------
def _who(by: str) -> str:
    if not isinstance(by, str) or not by.strip():
        raise StoreError("say who made the change (by=...)")
    return by.strip()


def _move(conn: Connection, event_ids: list[int], target: int, who: str, action: str) -> None:
    rows = conn.execute(sa.select(incident_events.c.event_id, incident_events.c.incident_id, events.c.article_id,
                                  events.c.start, events.c.end)
                        .join(events, events.c.id == incident_events.c.event_id)
                        .where(incident_events.c.event_id.in_(event_ids))).all()
    for event_id, old, article_id, start, end in rows:
        conn.execute(incident_events.update().where(incident_events.c.event_id == event_id)
                     .values(incident_id=target, pinned=True))
        # through the hash chain, like every other change (`geo audit verify` checks it)
        audit.append(conn, who=who, action=action, target="incident", target_id=target, article_id=article_id,
                     start=start, end=end, before={"incident_id": old}, after={"incident_id": target})


def _refresh(conn: Connection, incident_ids: set[int]) -> None:
    """Recompute the reconciled record of each incident; drop the ones left empty."""
    members = _members(conn, sorted(incident_ids))
    for incident_id in incident_ids:
        if members.get(incident_id):
            _save(conn, incident_id, members[incident_id])
        else:
            conn.execute(incidents.delete().where(incidents.c.id == incident_id))


def merge(conn: Connection, incident_ids: list[int], by: str) -> int:
    """Merge incidents into the first (lowest id); returns its id. Every moved event is audited."""
    who = _who(by)
    ids = sorted({int(i) for i in incident_ids})
    if len(ids) < 2:
        raise StoreError("merging needs at least two incidents")
    known = set(conn.execute(sa.select(incidents.c.id).where(incidents.c.id.in_(ids))).scalars())
    if missing := set(ids) - known:
        raise StoreError(f"no incident {', '.join(map(str, sorted(missing)))} in the store")
    target = ids[0]
    moved = list(conn.execute(sa.select(incident_events.c.event_id)
                              .where(incident_events.c.incident_id.in_(ids[1:]))).scalars())
    _move(conn, moved, target, who, "merge")
    _refresh(conn, set(ids))
    return target


def split(conn: Connection, incident_id: int, event_ids: list[int], by: str) -> int:
    """Move some events of an incident into a new incident; returns the new incident's id."""
    who = _who(by)
    event_ids = sorted({int(e) for e in event_ids})
    members = set(conn.execute(sa.select(incident_events.c.event_id)
                               .where(incident_events.c.incident_id == int(incident_id))).scalars())
    if not members:
        raise StoreError(f"no incident {incident_id} in the store")
    if not event_ids or set(event_ids) - members:
        raise StoreError(f"events {', '.join(map(str, sorted(set(event_ids) - members)))} are not in incident {incident_id}")
    if set(event_ids) == members:
        raise StoreError(f"splitting every event out of incident {incident_id} leaves it empty: name fewer events")
    stamp = now_iso()
    new_id = conn.execute(incidents.insert().values(data={}, created_at=stamp, updated_at=stamp)).inserted_primary_key[0]
    _move(conn, event_ids, new_id, who, "split")
    _refresh(conn, {int(incident_id), new_id})
    return new_id
