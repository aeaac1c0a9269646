"""Feed state for `geo watch`: one row per feed (validators, errors) and per item seen.

Kept in the store so a watcher started again (cron, a restarted service, another machine on
the same PostgreSQL store) skips what an earlier one fetched and sends the same validators.
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from geo.store.schema import feed_items, feeds, now_iso

MAX_ERROR_CHARS = 500


def ensure_feed(conn: Connection, url: str, name: str | None, lang: str | None) -> dict[str, Any]:
    """The feed's row, created on first sight; a name or language given now replaces the old one."""
    row = conn.execute(sa.select(feeds).where(feeds.c.url == url)).mappings().first()
    if row is None:
        conn.execute(feeds.insert().values(url=url, name=name, lang=lang))
    elif (name and name != row["name"]) or (lang and lang != row["lang"]):
        conn.execute(feeds.update().where(feeds.c.url == url).values(name=name or row["name"], lang=lang or row["lang"]))
    return dict(conn.execute(sa.select(feeds).where(feeds.c.url == url)).mappings().one())


def record_poll(conn: Connection, feed_id: int, *, status: int | None, etag: str | None = None,
                last_modified: str | None = None, error: str | None = None, new_items: int = 0) -> None:
    """After a poll: validators on success (kept on 304), the error count and message on failure."""
    stamp = now_iso()
    values: dict[str, Any] = {"last_polled": stamp, "last_status": status}
    if error is None:
        values.update(errors=0, last_ok=stamp, items_new=feeds.c.items_new + int(new_items))
        if status != 304:
            values.update(etag=etag, last_modified=last_modified)
    else:
        values.update(errors=feeds.c.errors + 1, total_errors=feeds.c.total_errors + 1,
                      last_error=error[:MAX_ERROR_CHARS])
    conn.execute(feeds.update().where(feeds.c.id == feed_id).values(**values))


def seen_keys(conn: Connection, keys: list[str]) -> set[str]:
    """Which of these item keys (links or guids) were handled by an earlier poll."""
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        found.update(conn.execute(sa.select(feed_items.c.item_key).where(feed_items.c.item_key.in_(chunk))).scalars())
    return found


def record_item(conn: Connection, feed_id: int, key: str, outcome: str, article_id: int | None,
                digest: str | None) -> None:
    """Remember one item; a key seen meanwhile (two watchers) is left as it is."""
    exists = conn.execute(sa.select(feed_items.c.id).where(feed_items.c.item_key == key)).scalar()
    if exists is None:
        conn.execute(feed_items.insert().values(item_key=key, feed_id=feed_id, outcome=outcome,
                                                article_id=article_id, content_hash=digest, seen_at=now_iso()))


def feed_rows(conn: Connection) -> list[dict[str, Any]]:
    """Every feed with its state and the number of items seen, in the order they were added."""
    counts = dict(conn.execute(sa.select(feed_items.c.feed_id, sa.func.count()).group_by(feed_items.c.feed_id)).all())
    out = []
    for row in conn.execute(sa.select(feeds).order_by(feeds.c.id)).mappings():
        out.append(dict(row) | {"items_seen": counts.get(row["id"], 0)})
    return out
