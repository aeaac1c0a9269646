"""Analyst corrections: one row per mention span (or event key), every action in the audit log.

The correction row holds the latest decision and a copy of the engine's record at
the first correction (``base``), so a re-parse that loses the span can restore it.
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from geo.errors import StoreError
from geo.textclean import UNSTORABLE
from geo.store.records import check_event_changes, check_place, event_key, mention_dict
from geo.store.rows import iter_event_rows, iter_mention_rows
from geo.store import aggregate, audit
from geo.store.schema import articles, event_corrections, events, mention_corrections, mentions, now_iso

_ACTION_STATUS = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}


def _who(by: str) -> str:
    if not isinstance(by, str) or not by.strip():
        raise StoreError("say who made the correction (by=...)")
    if UNSTORABLE.search(by):
        raise StoreError("the name in by=... holds a NUL or lone surrogate character")
    return by.strip()


def _mention_row(conn: Connection, mention_id: int) -> dict[str, Any]:
    article_id = conn.execute(sa.select(mentions.c.article_id).where(mentions.c.id == int(mention_id))).scalar()
    if article_id is None:
        raise StoreError(f"no mention {mention_id} in the store (re-parsed since? reload the rows)")
    rows = iter_mention_rows(conn, {"article_ids": [article_id], "include_rejected": True})
    return next(r for r in rows if r["mention_id"] == int(mention_id))


def _log(conn: Connection, who: str, action: str, target: str, target_id: int, row: dict[str, Any],
         before: dict[str, Any], after: dict[str, Any]) -> None:
    audit.append(conn, who=who, action=action, target=target, target_id=target_id,
                 article_id=row["article_id"], start=row["start"], end=row["end"], before=before, after=after)


def _mention_snapshot(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("status", "name", "name_ar", "name_en", "lat", "lon", "country_code", "feature",
            "geonameid", "precision", "confidence")
    return {k: row[k] for k in keys}


def set_mention(conn: Connection, mention_id: int, action: str, place: dict[str, Any] | None,
                by: str) -> dict[str, Any]:
    """Apply confirm / correct / reject / reset to a mention; returns its row afterwards."""
    who = _who(by)
    before = _mention_row(conn, mention_id)
    key = sa.and_(mention_corrections.c.article_id == before["article_id"],
                  mention_corrections.c.start == before["start"], mention_corrections.c.end == before["end"])
    existing = conn.execute(sa.select(mention_corrections.c.id).where(key)).scalar()
    if action == "reset":
        conn.execute(mention_corrections.delete().where(key))
    else:
        values: dict[str, Any] = {"by": who, "at": now_iso()}
        if action == "correct":
            values.update(check_place(place or {}), status="corrected")
        elif action == "confirm":
            # Confirming a corrected place keeps the analyst's place.
            values["status"] = "corrected" if before["status"] == "corrected" else "confirmed"
        elif action == "reject":
            values["status"] = "rejected"
        else:
            raise StoreError(f"unknown correction {action!r}")
        if existing is None:
            base = conn.execute(sa.select(mentions).where(mentions.c.id == int(mention_id))).mappings().one()
            conn.execute(mention_corrections.insert().values(
                article_id=before["article_id"], start=before["start"], end=before["end"],
                base=mention_dict(base), **values))
        else:
            conn.execute(mention_corrections.update().where(key).values(**values))
    after = _mention_row(conn, mention_id)
    _log(conn, who, action, "mention", int(mention_id), before, _mention_snapshot(before), _mention_snapshot(after))
    aggregate.refresh_articles(conn, [before["article_id"]])
    return after


def _free_span(text: str, name: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first place ``name`` is written in ``text`` (exactly, else ignoring case) that no
    mention holds yet."""
    for haystack, needle in ((text, name), (text.casefold(), name.casefold())):
        if len(haystack) != len(text):  # casefold changed the length (ß, İ): offsets would be wrong
            continue
        at = haystack.find(needle)
        while at >= 0:
            end = at + len(needle)
            if not any(s < end and at < e for s, e in taken):
                return at, end
            at = haystack.find(needle, at + 1)
    return None


def add_mention(conn: Connection, article_id: int, name: str, place: dict[str, Any], by: str) -> dict[str, Any]:
    """A place the engine missed: ``name`` as the article writes it, placed by the analyst.

    Stored as a mention with a correction row (status ``corrected``, the added mention as its
    base), so a re-parse that still misses the name puts it back, and audited as ``add``."""
    from geo.engine.tokens import sentence_bounds

    who = _who(by)
    name = (name or "").strip()
    if not name:
        raise StoreError("say the name as the article writes it")
    text = conn.execute(sa.select(articles.c.text).where(articles.c.id == int(article_id))).scalar()
    if text is None:
        raise StoreError(f"no article {article_id} in the store")
    taken = [(r[0], r[1]) for r in conn.execute(
        sa.select(mentions.c.start, mentions.c.end).where(mentions.c.article_id == int(article_id)))]
    span = _free_span(text, name, taken)
    if span is None:
        held = _free_span(text, name, [])
        raise StoreError(f"«{name}» is already a mention in article {article_id}: correct that one" if held
                         else f"«{name}» is not written in article {article_id}")
    start, end = span
    lo, hi = sentence_bounds(text, start, end)
    row = {**check_place(place), "article_id": int(article_id), "start": start, "end": end,
           "text": text[start:end], "confidence": 1.0, "excerpt": text[lo:hi], "excerpt_start": lo,
           "alternatives": [], "approximate": False}
    base = mention_dict(row)
    mention_id = conn.execute(mentions.insert().values(
        article_id=int(article_id), **{k: v for k, v in base.items() if k in mentions.c and k != "article_id"})
    ).inserted_primary_key[0]
    conn.execute(mention_corrections.insert().values(
        article_id=int(article_id), start=start, end=end, base=base, by=who, at=now_iso(), status="corrected",
        **check_place(place)))
    aggregate.refresh_articles(conn, [int(article_id)])  # the dashboard's counts see the new place
    after = _mention_row(conn, mention_id)
    _log(conn, who, "add", "mention", int(mention_id), after, {}, _mention_snapshot(after))
    return after


def _event_row(conn: Connection, event_id: int) -> dict[str, Any]:
    article_id = conn.execute(sa.select(events.c.article_id).where(events.c.id == int(event_id))).scalar()
    if article_id is None:
        raise StoreError(f"no event {event_id} in the store (re-parsed since? reload the rows)")
    rows = iter_event_rows(conn, {"article_ids": [article_id], "include_rejected": True})
    return next(r for r in rows if r["event_id"] == int(event_id))


def set_event(conn: Connection, event_id: int, action: str, changes: dict[str, Any] | None,
              by: str) -> dict[str, Any]:
    """Apply confirm / correct / reject to an event; returns its row afterwards."""
    who = _who(by)
    if action not in _ACTION_STATUS:
        raise StoreError(f"unknown correction {action!r}")
    stored = conn.execute(sa.select(events.c.article_id, events.c.data).where(events.c.id == int(event_id))).first()
    if stored is None:
        raise StoreError(f"no event {event_id} in the store (re-parsed since? reload the rows)")
    article_id, base = stored
    start, end, type_key = event_key(base)
    key = sa.and_(event_corrections.c.article_id == article_id, event_corrections.c.start == start,
                  event_corrections.c.end == end, event_corrections.c.type_key == type_key)
    existing = conn.execute(sa.select(event_corrections.c.changes, event_corrections.c.status).where(key)).first()
    before = _event_row(conn, event_id)
    merged = dict(existing.changes) if existing else {}
    status = _ACTION_STATUS[action]
    if action == "correct":
        merged.update(check_event_changes(changes or {}))
    elif action == "confirm" and existing is not None and existing.status == "corrected":
        status = "corrected"
    values = {"status": status, "changes": merged, "by": who, "at": now_iso()}
    if existing is None:
        conn.execute(event_corrections.insert().values(
            article_id=article_id, start=start, end=end, type_key=type_key, base=base, **values))
    else:
        conn.execute(event_corrections.update().where(key).values(**values))
    after = _event_row(conn, event_id)
    fields = ("status", *sorted(set(base) | set(merged)))
    snap = lambda row: {k: row.get(k) for k in fields}  # noqa: E731
    _log(conn, who, action, "event", int(event_id), before, snap(before), snap(after))
    aggregate.refresh_articles(conn, [article_id])
    return after
