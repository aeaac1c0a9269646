"""Stories in the store: which articles tell the same story (near-duplicates), by story id.

The similarity itself is computed at ingestion (``geo.ingest.stories``); the store keeps each
article's story id and MinHash signature, so a restarted watcher rebuilds its index from here.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from geo.store.schema import article_stories, articles


def set_story(conn: Connection, article_id: int, story_id: int, similarity: float | None,
              signature: bytes | None) -> None:
    """Record (or replace) an article's story."""
    conn.execute(article_stories.delete().where(article_stories.c.article_id == int(article_id)))
    conn.execute(article_stories.insert().values(article_id=int(article_id), story_id=int(story_id),
                                                 similarity=similarity, signature=signature))


def iter_signatures(conn: Connection, newest: int | None = None, after: int | None = None
                    ) -> Iterator[tuple[int, int, bytes]]:
    """(article_id, story_id, signature) for every article with a stored signature, oldest first;
    with ``newest``, only that many of the most recent articles; with ``after``, only articles
    with a greater id."""
    query = sa.select(article_stories.c.article_id, article_stories.c.story_id, article_stories.c.signature
                      ).where(article_stories.c.signature.is_not(None))
    if after is not None:
        query = query.where(article_stories.c.article_id > after)
    if newest is not None:
        recent = query.order_by(article_stories.c.article_id.desc()).limit(newest).subquery()
        query = sa.select(recent.c.article_id, recent.c.story_id, recent.c.signature)
        query = query.order_by(recent.c.article_id)
    else:
        query = query.order_by(article_stories.c.article_id)
    for row in conn.execute(query, execution_options={"yield_per": 2000}):
        yield row[0], row[1], bytes(row[2])


def unstoried(conn: Connection) -> list[int]:
    """Articles not yet given a story, oldest first."""
    query = (sa.select(articles.c.id).select_from(articles.outerjoin(
        article_stories, article_stories.c.article_id == articles.c.id))
        .where(article_stories.c.article_id.is_(None)).order_by(articles.c.id))
    return list(conn.execute(query).scalars())


def story_of(conn: Connection, article_id: int) -> int | None:
    return conn.execute(sa.select(article_stories.c.story_id)
                        .where(article_stories.c.article_id == int(article_id))).scalar()


def story_articles(conn: Connection, story_id: int) -> list[dict[str, Any]]:
    """The articles of one story (no text), first published first, each with its similarity."""
    query = (sa.select(articles.c.id.label("article_id"), articles.c.title, articles.c.source, articles.c.url,
                       articles.c.lang, articles.c.published, articles.c.added_at, article_stories.c.similarity)
             .join(article_stories, article_stories.c.article_id == articles.c.id)
             .where(article_stories.c.story_id == int(story_id)).order_by(articles.c.id))
    out = []
    for row in conn.execute(query).mappings():
        item = dict(row)
        item["published"] = item["published"].isoformat() if item["published"] else None
        out.append(item)
    return out


def stories(conn: Connection, min_articles: int = 2) -> list[dict[str, Any]]:
    """Stories told by at least ``min_articles`` articles: story_id, n_articles, n_sources; biggest first."""
    query = (sa.select(article_stories.c.story_id, sa.func.count().label("n_articles"),
                       sa.func.count(sa.distinct(articles.c.source)).label("n_sources"))
             .join(articles, articles.c.id == article_stories.c.article_id)
             .group_by(article_stories.c.story_id).having(sa.func.count() >= int(min_articles))
             .order_by(sa.func.count().desc(), article_stories.c.story_id))
    return [dict(r) for r in conn.execute(query).mappings()]
