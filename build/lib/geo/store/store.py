"""The Store: articles, their mentions and events, analyst corrections, saved views.

Every write is one transaction (an article and all its mentions land together or
not at all). Reads return plain dicts so the dashboard, the exports and the map
share one shape. See docs/store.md.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from geo.errors import StoreError
from geo.store import corrections as corr, viewsql
from geo.store.connect import WRITE, WriterLock, create_engine, to_url
from geo.store.records import as_date, content_hash, event_key, mention_dict
from geo.store.rows import article_filters, iter_event_rows, iter_mention_rows
from geo.store.schema import (
    articles, audit_log, event_corrections, events, mention_corrections, mentions, migrate, now_iso, views,
)

Parser = Callable[..., Any]  # geo.parse(text, lang=None, published=None) -> Document
_VIEW_ID = re.compile(r"^[A-Za-z0-9_-]{6,16}$")
_ARTICLE_COLUMNS = [articles.c[k] for k in (
    "id", "content_hash", "title", "source", "url", "lang", "published", "origin", "added_at",
    "parsed_at", "n_mentions", "n_events")]


class Store:
    """A handle on one store (SQLite file or PostgreSQL database). Cheap to keep open."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer_lock = WriterLock.for_engine(engine)

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, url_or_path: str | os.PathLike | None = None, *, migrate: bool = True) -> Store:
        """Open (creating and migrating when needed) the store at a path or SQLAlchemy URL.

        ``None`` means ``$ATLAS_DB`` or ``data/atlas.sqlite`` in the repository.
        """
        url = to_url(url_or_path)
        store = cls(create_engine(url))
        if migrate:
            store.migrate()
        return store

    @property
    def url(self) -> str:
        """The URL, password included, for handing to worker processes."""
        return self.engine.url.render_as_string(hide_password=False)

    def close(self) -> None:
        self.engine.dispose()
        self._writer_lock.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE on SQLite); rolled back on any error."""
        try:
            with self._writer_lock, self.engine.connect() as conn:
                conn.execution_options(**{WRITE: True})
                with conn.begin():
                    yield conn
        except (sa.exc.IntegrityError, sa.exc.ProgrammingError, sa.exc.DataError):
            raise  # the caller's business (a duplicate stored meanwhile) or a bug: not the store's state
        except sa.exc.DatabaseError as exc:  # locked, unreachable, or not a database at all
            raise StoreError(f"cannot write to the store {self.engine.url!r}: {exc.orig}") from None

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except (sa.exc.ProgrammingError, sa.exc.DataError):
            raise  # a bug in a query, not the store's state
        except sa.exc.DatabaseError as exc:  # unreachable, or not a database at all
            raise StoreError(f"cannot read the store {self.engine.url!r}: {exc.orig}") from None

    def migrate(self) -> int:
        """Bring the schema up to date; safe when several processes open a store at once."""
        with self._write() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(740600)"))
            return migrate(conn)

    # -- articles ------------------------------------------------------------------------
    @staticmethod
    def content_hash(text: str) -> str:
        """The key that makes ingestion idempotent (see records.content_hash)."""
        return content_hash(text)

    def find_hash(self, digest: str) -> int | None:
        """The id of the article with this content hash, if stored."""
        with self._read() as conn:
            return conn.execute(sa.select(articles.c.id).where(articles.c.content_hash == digest)).scalar()

    def add_document(self, article: dict[str, Any], doc: Any) -> tuple[int, bool]:
        """Store an article and the engine's Document for it, in one transaction.

        ``article`` has ``text`` and optionally title, source, url, published (date or ISO),
        lang, origin. Returns ``(article_id, created)``; ``created`` is False when the same
        text (by content hash) was already stored, which is then left untouched.
        """
        text = article.get("text")
        if not isinstance(text, str) or not text.strip():
            raise StoreError("an article needs a non-empty text")
        digest = content_hash(text)
        stamp = now_iso()
        row = {
            "content_hash": digest, "text": text, "title": article.get("title"),
            "source": article.get("source"), "url": article.get("url"),
            "lang": article.get("lang") or getattr(doc, "lang", None),
            "published": as_date(article.get("published")), "origin": article.get("origin"),
            "added_at": stamp, "parsed_at": stamp,
        }
        try:
            with self._write() as conn:
                existing = conn.execute(
                    sa.select(articles.c.id).where(articles.c.content_hash == digest)).scalar()
                if existing is not None:
                    return existing, False
                mention_rows, event_list = _parse_rows(doc)
                row.update(n_mentions=len(mention_rows), n_events=len(event_list))
                article_id = conn.execute(articles.insert().values(**row)).inserted_primary_key[0]
                _insert_rows(conn, article_id, mention_rows, event_list)  # new: no corrections to restore
                return article_id, True
        except sa.exc.IntegrityError:  # another worker stored the same text meanwhile
            existing = self.find_hash(digest)
            if existing is None:
                raise
            return existing, False

    def article(self, article_id: int) -> dict[str, Any] | None:
        """One article with its text, or None."""
        with self._read() as conn:
            row = conn.execute(sa.select(*_ARTICLE_COLUMNS, articles.c.text)
                               .where(articles.c.id == int(article_id))).mappings().first()
        return _article_dict(row) if row else None

    def articles(self, filters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Every article's metadata (no text), newest first; filters: article_ids, sources, langs."""
        query = sa.select(*_ARTICLE_COLUMNS).where(*article_filters(dict(filters or {}))).order_by(articles.c.id.desc())
        with self._read() as conn:
            return [_article_dict(r) for r in conn.execute(query).mappings()]

    def reparse(self, parser: Parser | None = None, article_ids: list[int] | None = None) -> int:
        """Parse stored articles again (e.g. with a newer engine); returns how many.

        Each article is replaced in its own transaction. Analyst corrections are keyed
        by article and span, so they apply to the new mentions; a corrected span the new
        engine no longer finds is put back from the correction itself.
        """
        if parser is None:
            from geo import parse as parser
        query = sa.select(articles.c.id).order_by(articles.c.id)
        if article_ids is not None:
            query = query.where(articles.c.id.in_([int(i) for i in article_ids]))
        with self._read() as conn:
            ids = list(conn.execute(query).scalars())
        for article_id in ids:
            art = self.article(article_id)
            published = as_date(art["published"])
            doc = parser(art["text"], lang=art["lang"], published=published)
            with self._write() as conn:
                conn.execute(mentions.delete().where(mentions.c.article_id == article_id))
                conn.execute(events.delete().where(events.c.article_id == article_id))
                _insert_parse(conn, article_id, doc)
        return len(ids)

    # -- rows ----------------------------------------------------------------------------
    def iter_mention_rows(self, filters: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Like ``mention_rows`` but streamed, for exports of big stores."""
        with self._read() as conn:
            yield from iter_mention_rows(conn, filters)

    def mention_rows(self, filters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """One dict per mention, analyst corrections applied (see docs/store.md for keys and filters)."""
        return list(self.iter_mention_rows(filters))

    def iter_event_rows(self, filters: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        with self._read() as conn:
            yield from iter_event_rows(conn, filters)

    def event_rows(self, filters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """One dict per event (the engine's keys, corrections applied) plus event_id, status, article fields."""
        return list(self.iter_event_rows(filters))

    # -- the dashboard's questions, in SQL (geo.store.viewsql) -------------------------------
    def view_places(self, filters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """One dict per place of the view (``viewsql.places``): what the map draws."""
        with self._read() as conn:
            return viewsql.places(conn, filters)

    def view_overview(self, filters: dict[str, Any] | None = None) -> dict[str, Any]:
        """``counts`` (mentions, articles, undated, events) and ``days`` (day, mentions, events) of the view."""
        with self._read() as conn:
            return viewsql.overview(conn, filters)

    def view_summary(self, filters: dict[str, Any] | None = None) -> dict[str, int]:
        return self.view_overview(filters)["counts"]

    def view_days(self, filters: dict[str, Any] | None = None) -> list[tuple[str, int, int]]:
        return self.view_overview(filters)["days"]

    def view_mention_rows(self, filters: dict[str, Any] | None = None, limit: int | None = None,
                          offset: int = 0) -> list[dict[str, Any]]:
        with self._read() as conn:
            return list(viewsql.mention_rows(conn, filters, limit, offset))

    def iter_view_mention_rows(self, filters: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        with self._read() as conn:
            yield from viewsql.mention_rows(conn, filters)

    def view_place_rows(self, filters: dict[str, Any] | None, key: str, limit: int | None = None,
                        offset: int = 0) -> list[dict[str, Any]]:
        with self._read() as conn:
            return viewsql.place_rows(conn, filters, key, limit, offset)

    def view_event_rows(self, filters: dict[str, Any] | None = None, limit: int | None = None,
                        place: tuple[str, float, float] | None = None) -> list[dict[str, Any]]:
        with self._read() as conn:
            return viewsql.event_rows(conn, filters, limit, place)

    def iter_view_event_rows(self, filters: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        with self._read() as conn:
            yield from viewsql.iter_event_rows_of_view(conn, filters)

    def view_choices(self, article_limit: int = 500, extra_articles: tuple[int, ...] = ()) -> dict[str, Any]:
        with self._read() as conn:
            return viewsql.choices(conn, article_limit, extra_articles)

    # -- corrections ---------------------------------------------------------------------
    def confirm_mention(self, mention_id: int, by: str) -> dict[str, Any]:
        """Mark the engine's (or the analyst's) place for this mention as right; returns the new row."""
        with self._write() as conn:
            return corr.set_mention(conn, mention_id, "confirm", None, by)

    def reject_mention(self, mention_id: int, by: str) -> dict[str, Any]:
        """Mark a mention as not a place (or not worth mapping); hidden unless asked for."""
        with self._write() as conn:
            return corr.set_mention(conn, mention_id, "reject", None, by)

    def correct_mention(self, mention_id: int, place: dict[str, Any], by: str) -> dict[str, Any]:
        """Replace the mention's place (name, name_ar, name_en, lat, lon, country_code, feature, geonameid, precision)."""
        with self._write() as conn:
            return corr.set_mention(conn, mention_id, "correct", place, by)

    def reset_mention(self, mention_id: int, by: str) -> dict[str, Any]:
        """Undo the analyst's decision: the engine's answer shows again (the audit log keeps both)."""
        with self._write() as conn:
            return corr.set_mention(conn, mention_id, "reset", None, by)

    def correct_event(self, event_id: int, changes: dict[str, Any], by: str) -> dict[str, Any]:
        """Change fields of an event (type, date, fatalities, actors, location...)."""
        with self._write() as conn:
            return corr.set_event(conn, event_id, "correct", changes, by)

    def confirm_event(self, event_id: int, by: str) -> dict[str, Any]:
        with self._write() as conn:
            return corr.set_event(conn, event_id, "confirm", None, by)

    def reject_event(self, event_id: int, by: str) -> dict[str, Any]:
        with self._write() as conn:
            return corr.set_event(conn, event_id, "reject", None, by)

    def audit_log(self, *, article_id: int | None = None, target: str | None = None,
                  who: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Every analyst action, newest first: id, at, who, action, target, target_id,
        article_id, start, end, before, after."""
        query = sa.select(audit_log).order_by(audit_log.c.id.desc())
        if article_id is not None:
            query = query.where(audit_log.c.article_id == int(article_id))
        if target is not None:
            query = query.where(audit_log.c.target == target)
        if who is not None:
            query = query.where(audit_log.c.who == who)
        if limit is not None:
            query = query.limit(int(limit))
        with self._read() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    # -- saved views ---------------------------------------------------------------------
    def save_view(self, state: dict[str, Any]) -> str:
        """Store a view's state (filters, map centre...) and return its short id.

        The id is derived from the state, so saving the same state twice gives the same id.
        """
        try:
            canonical = json.dumps(state, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise StoreError(f"a view's state must be plain JSON: {exc}") from None
        digest = hashlib.sha256(canonical.encode("utf-8")).digest()
        view_id = base64.urlsafe_b64encode(digest[:9]).decode("ascii")  # 12 characters
        with self._write() as conn:
            found = conn.execute(sa.select(views.c.id).where(views.c.id == view_id)).scalar()
            if found is None:
                conn.execute(views.insert().values(id=view_id, state=json.loads(canonical), created_at=now_iso()))
        return view_id

    def load_view(self, view_id: str) -> dict[str, Any] | None:
        """The state saved under ``view_id``, or None when unknown or malformed."""
        if not isinstance(view_id, str) or not _VIEW_ID.match(view_id):
            return None
        with self._read() as conn:
            return conn.execute(sa.select(views.c.state).where(views.c.id == view_id)).scalar()

    # -- overview ------------------------------------------------------------------------
    def version(self) -> tuple[int, int, int, int]:
        """Changes whenever articles, mentions, events or corrections change: the newest id of each
        table and of the audit log (index lookups, cheap on a store of a million mentions,
        where counting them on every rerun of the dashboard took seconds)."""
        with self._read() as conn:
            return tuple(int(conn.execute(sa.select(sa.func.max(t.c.id))).scalar() or 0)
                         for t in (articles, mentions, events, audit_log))

    def stats(self) -> dict[str, Any]:
        """Counts for a status line: articles, mentions, events, by status, language and source."""
        with self._read() as conn:
            count = lambda table: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar()  # noqa: E731
            by_status = {"auto": 0, "confirmed": 0, "corrected": 0, "rejected": 0}
            for status, n in conn.execute(
                    sa.select(mention_corrections.c.status, sa.func.count()).group_by(mention_corrections.c.status)):
                by_status[status] = n
            total_mentions = count(mentions)
            corrected_live = conn.execute(
                sa.select(sa.func.count()).select_from(mentions.join(mention_corrections, sa.and_(
                    mention_corrections.c.article_id == mentions.c.article_id,
                    mention_corrections.c.start == mentions.c.start,
                    mention_corrections.c.end == mentions.c.end)))).scalar()
            by_status["auto"] = total_mentions - corrected_live
            first, last = conn.execute(sa.select(sa.func.min(articles.c.published),
                                                 sa.func.max(articles.c.published))).one()
            return {
                "articles": count(articles),
                "mentions": total_mentions,
                "events": count(events),
                "corrections": count(mention_corrections) + count(event_corrections),
                "mentions_by_status": by_status,
                "langs": dict(conn.execute(sa.select(articles.c.lang, sa.func.count()).group_by(articles.c.lang)).all()),
                "sources": dict(conn.execute(
                    sa.select(articles.c.source, sa.func.count()).group_by(articles.c.source)).all()),
                "published_from": as_date(first).isoformat() if first else None,
                "published_to": as_date(last).isoformat() if last else None,
            }


def _article_dict(row: Any) -> dict[str, Any]:
    out = dict(row)
    if out.get("published") is not None:
        out["published"] = as_date(out["published"]).isoformat()
    return out


def _parse_rows(doc: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A Document's mentions as row dicts and its events as JSON-safe dicts."""
    rows = [mention_dict(m) for m in getattr(doc, "mentions", [])]
    # Through JSON once: the stored dict is exactly what later reads give back.
    event_list = [json.loads(json.dumps(e, default=str)) for e in getattr(doc, "events", [])]
    for event in event_list:
        # The span of the mention the event is placed on: the link that survives re-parses and
        # corrections (a moved mention moves its events), where a list position would not.
        index = event.get("mention_index")
        if isinstance(index, int) and 0 <= index < len(rows):
            event["mention_span"] = [rows[index]["start"], rows[index]["end"]]
    return rows, event_list


def _insert_rows(conn: Connection, article_id: int, rows: list[dict[str, Any]],
                 event_list: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(mentions.insert(), [r | {"article_id": article_id} for r in rows])
    if event_list:
        conn.execute(events.insert(), [
            {"article_id": article_id, "start": int(e["start"]), "end": int(e["end"]),
             "type": e.get("type"), "data": e, **_mention_span(e)} for e in event_list])


def _mention_span(event: dict[str, Any]) -> dict[str, int | None]:
    """The event's mention span as the indexed columns the dashboard's SQL joins on."""
    span = event.get("mention_span")
    ok = isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)
    return {"mention_start": span[0] if ok else None, "mention_end": span[1] if ok else None}


def _insert_parse(conn: Connection, article_id: int, doc: Any) -> None:
    """Insert a re-parsed Document for an article, restoring corrected spans the new parse lacks."""
    rows, event_list = _parse_rows(doc)
    spans = {(r["start"], r["end"]) for r in rows}
    for base in conn.execute(sa.select(mention_corrections.c.base)
                             .where(mention_corrections.c.article_id == article_id)).scalars():
        if (base["start"], base["end"]) not in spans:
            rows.append(mention_dict(base))
            spans.add((base["start"], base["end"]))
    keys = {event_key(e) for e in event_list}
    for base in conn.execute(sa.select(event_corrections.c.base)
                             .where(event_corrections.c.article_id == article_id)).scalars():
        if event_key(base) not in keys:
            event_list.append(dict(base))
            keys.add(event_key(base))
    _insert_rows(conn, article_id, rows, event_list)
    conn.execute(articles.update().where(articles.c.id == article_id).values(
        n_mentions=len(rows), n_events=len(event_list), parsed_at=now_iso()))
