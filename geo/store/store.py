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
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from geo.errors import StoreError
from geo.store import accounts as acc
from geo.store import audit
from geo.store import corrections as corr
from geo.store import feeds as feed_state
from geo.store import incidents as incident_store
from geo.store import stories as story_store
from geo.store import aggregate, viewsql
from geo.store.connect import WRITE, WriterLock, create_engine, to_url
from geo.store.records import as_date, content_hash, event_key, mention_dict
from geo.store.rows import article_filters, iter_event_rows, iter_mention_rows
from geo.textclean import unstorable_field
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
    def open(cls, url_or_path: str | os.PathLike | None = None, *, migrate: bool = True,
             create: bool = True) -> Store:
        """Open (creating and migrating when needed) the store at a path or SQLAlchemy URL.

        ``None`` means ``$ATLAS_DB`` or ``data/atlas.sqlite`` in the repository. With
        ``create=False`` a store that does not exist yet is a StoreError (a typo in a path
        given to a read-only command must not make an empty store and report 0 rows).
        """
        url = to_url(url_or_path)
        if not create and url.get_backend_name() == "sqlite" and not Path(url.database or "").is_file():
            raise StoreError(f"no store at {url.database} (check the path; `geo ingest` creates one)")
        store = cls(create_engine(url))
        if not create and not store.exists():
            store.close()
            raise StoreError(f"no Conflict Atlas store in {store.engine.url!r} (`geo ingest` creates one)")
        if migrate:
            store.migrate()
        return store

    def exists(self) -> bool:
        """Whether the database holds a store (its schema_version table)."""
        with self._read() as conn:
            return sa.inspect(conn).has_table("schema_version")

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
        text (by content hash) was already stored, which is then left untouched. A new
        article is an audit row: ``added_by`` (who; default the operating-system user) and
        ``added_via`` (ingest, paste, upload; default add) say who brought it and how.
        """
        text = article.get("text")
        if not isinstance(text, str) or not text.strip():
            raise StoreError("an article needs a non-empty text")
        bad = unstorable_field({k: article.get(k) for k in ("text", "title", "source", "url", "lang", "origin")})
        if bad:  # PostgreSQL refuses NUL, UTF-8 cannot hold lone surrogates: refuse on every backend alike
            raise StoreError(f"the article's {bad} holds a NUL or lone surrogate character: remove it first")
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
                aggregate.add_article(conn, article_id, has_events=bool(event_list))
                audit.append(conn, who=str(article.get("added_by") or default_actor()),
                             action=str(article.get("added_via") or "add"), target="article", target_id=article_id,
                             article_id=article_id, after=_article_summary(row))
                return article_id, True
        except sa.exc.IntegrityError:  # another worker stored the same text meanwhile
            existing = self.find_hash(digest)
            if existing is None:
                raise
            return existing, False

    def delete_article(self, article_id: int, by: str) -> None:
        """Remove an article with its mentions, events and corrections; the audit log keeps what it was."""
        who = corr._who(by)
        with self._write() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == int(article_id))).mappings().first()
            if row is None:
                raise StoreError(f"no article {article_id} in the store")
            days = aggregate.article_days(conn, [int(article_id)])
            conn.execute(articles.delete().where(articles.c.id == int(article_id)))
            aggregate.refresh_days(conn, days)
            audit.append(conn, who=who, action="delete", target="article", target_id=int(article_id),
                         article_id=int(article_id), before=_article_summary(row))

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
                aggregate.refresh_articles(conn, [article_id])
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

    def view_place_incidents(self, filters: dict[str, Any] | None, place_ids: list[str]) -> dict[str, dict[str, int]]:
        """For these places of the view: incidents there (an event in none counts as one), distinct
        sources, and the dead with each incident's reconciled toll counted once."""
        from geo.store.place_incidents import place_incidents

        with self._read() as conn:
            return place_incidents(conn, filters, place_ids)

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

    def view_choices(self, article_limit: int = 500, extra_articles: tuple[int, ...] = (),
                     since: int = 0) -> dict[str, Any]:
        with self._read() as conn:
            return viewsql.choices(conn, article_limit, extra_articles, since)

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

    def add_mention(self, article_id: int, name: str, place: dict[str, Any], by: str) -> dict[str, Any]:
        """A place the engine missed: ``name`` as the article writes it (its first occurrence no
        mention holds), at ``place`` (the fields ``correct_mention`` takes); returns the new row."""
        with self._write() as conn:
            return corr.add_mention(conn, article_id, name, place, by)

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

    def verify_audit(self) -> audit.Verdict:
        """Check the audit log's hash chain; the verdict names the first row that does not hold."""
        with self._read() as conn:
            return audit.verify(conn)

    # -- accounts ------------------------------------------------------------------------
    def add_account(self, name: str, role: str, password: str, by: str) -> acc.Account:
        """A new account (name normalised, password hashed with argon2id); audited."""
        who = corr._who(by)
        with self._write() as conn:
            account_id, account = acc.add(conn, name, role, password)
            audit.append(conn, who=who, action="user-add", target="account", target_id=account_id,
                         after={"name": account.name, "role": account.role})
        return account

    def remove_account(self, name: str, by: str) -> None:
        who = corr._who(by)
        with self._write() as conn:
            row = acc.existing(conn, name)
            conn.execute(acc.accounts.delete().where(acc.accounts.c.id == row["id"]))
            audit.append(conn, who=who, action="user-remove", target="account", target_id=row["id"],
                         before={"name": row["name"], "role": row["role"]})

    def set_password(self, name: str, password: str, by: str) -> None:
        """A new password (and the lockout lifted); the audit row never holds the password or its hash."""
        who = corr._who(by)
        with self._write() as conn:
            row = acc.existing(conn, name)
            conn.execute(acc.accounts.update().where(acc.accounts.c.id == row["id"]).values(
                password_hash=acc.hash_password(password), updated_at=now_iso(), failed_count=0, locked_until=0.0))
            audit.append(conn, who=who, action="user-passwd", target="account", target_id=row["id"],
                         after={"name": row["name"]})

    def set_role(self, name: str, role: str, by: str) -> acc.Account:
        who = corr._who(by)
        with self._write() as conn:
            row = acc.existing(conn, name)
            conn.execute(acc.accounts.update().where(acc.accounts.c.id == row["id"]).values(
                role=acc.check_role(role), updated_at=now_iso()))
            audit.append(conn, who=who, action="user-role", target="account", target_id=row["id"],
                         before={"name": row["name"], "role": row["role"]}, after={"name": row["name"], "role": role})
        return acc.Account(row["name"], role, row["created_at"])

    def account(self, name: str) -> acc.Account | None:
        """The account with this name (normalised), or None (also for a name that could not be one)."""
        try:
            key = acc.normalise_name(name)
        except StoreError:
            return None
        with self._read() as conn:
            row = conn.execute(sa.select(acc.accounts).where(acc.accounts.c.name == key)).mappings().first()
        return acc.to_account(row) if row else None

    def accounts(self) -> list[acc.Account]:
        with self._read() as conn:
            rows = conn.execute(sa.select(acc.accounts).order_by(acc.accounts.c.name)).mappings().all()
        return [acc.to_account(r) for r in rows]

    def authenticate(self, name: str, password: str) -> acc.Account | None:
        """The account when the password is right, else None. 5 failures in a row lock the
        account for 60 s (kept in the store, so restarting the dashboard does not reset it)."""
        with self._write() as conn:
            return acc.authenticate(conn, name, password)

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

    # -- feeds (geo watch) ---------------------------------------------------------------
    def ensure_feed(self, url: str, name: str | None = None, lang: str | None = None) -> dict[str, Any]:
        """The feed's state row (id, url, name, lang, etag, last_modified, errors...), made on first sight."""
        with self._write() as conn:
            return feed_state.ensure_feed(conn, url, name, lang)

    def record_poll(self, feed_id: int, *, status: int | None, etag: str | None = None,
                    last_modified: str | None = None, error: str | None = None, new_items: int = 0) -> None:
        """Note a poll's outcome: validators and a reset error count, or one more error and its message."""
        with self._write() as conn:
            feed_state.record_poll(conn, feed_id, status=status, etag=etag, last_modified=last_modified,
                                   error=error, new_items=new_items)

    def seen_items(self, keys: list[str]) -> set[str]:
        """Which feed item keys (links, else guids) an earlier poll handled."""
        with self._read() as conn:
            return feed_state.seen_keys(conn, keys)

    def record_item(self, feed_id: int, key: str, outcome: str, article_id: int | None = None,
                    digest: str | None = None) -> None:
        with self._write() as conn:
            feed_state.record_item(conn, feed_id, key, outcome, article_id, digest)

    def feeds(self) -> list[dict[str, Any]]:
        """Every watched feed with its state and items seen (what `geo watch --status` prints)."""
        with self._read() as conn:
            return feed_state.feed_rows(conn)

    # -- stories (near-duplicate articles) -------------------------------------------------
    def set_story(self, article_id: int, story_id: int, similarity: float | None = None,
                  signature: bytes | None = None) -> None:
        with self._write() as conn:
            story_store.set_story(conn, article_id, story_id, similarity, signature)

    def story_signatures(self, newest: int | None = None, after: int | None = None
                         ) -> Iterator[tuple[int, int, bytes]]:
        """(article_id, story_id, MinHash signature bytes) of every article given a story (oldest
        first), or of the ``newest`` most recent ones, or of those with an id above ``after``."""
        with self._read() as conn:
            yield from story_store.iter_signatures(conn, newest, after)

    def unstoried_article_ids(self) -> list[int]:
        with self._read() as conn:
            return story_store.unstoried(conn)

    def story_of(self, article_id: int) -> int | None:
        """The story id of an article (the id of the story's first article), or None if not linked yet."""
        with self._read() as conn:
            return story_store.story_of(conn, article_id)

    def story_articles(self, story_id: int) -> list[dict[str, Any]]:
        """The articles telling one story (article_id, title, source, url, lang, published, similarity)."""
        with self._read() as conn:
            return story_store.story_articles(conn, story_id)

    def stories(self, min_articles: int = 2) -> list[dict[str, Any]]:
        """Stories with at least ``min_articles`` articles (story_id, n_articles, n_sources)."""
        with self._read() as conn:
            return story_store.stories(conn, min_articles)

    # -- incidents -----------------------------------------------------------------------
    def link_incidents(self, article_ids: list[int] | None = None) -> int:
        """Put every event not yet in an incident into a matching incident or a new one (one
        transaction per article); returns how many events were linked."""
        with self._write() as conn:
            incident_store.prune(conn)  # incidents whose events a re-parse replaced
        if article_ids is None:
            with self._read() as conn:
                article_ids = incident_store.unlinked_article_ids(conn)
        count = 0
        for article_id in article_ids:
            with self._write() as conn:
                count += incident_store.link_article(conn, int(article_id))
        return count

    def incidents(self, incident_ids: list[int] | None = None) -> list[dict[str, Any]]:
        """Incidents, newest first: the reconciled event (type, place, date, fatalities, actors,
        confidence), sources, article_ids, n_events, n_sources, incident_id."""
        with self._read() as conn:
            return incident_store.incident_rows(conn, incident_ids)

    def incident_events(self, incident_id: int) -> list[dict[str, Any]]:
        """The event rows (with their articles) that make up one incident."""
        with self._read() as conn:
            return incident_store.incident_events_of(conn, incident_id)

    def event_incidents(self) -> dict[int, int]:
        """event_id -> incident_id for every linked event."""
        with self._read() as conn:
            return incident_store.event_incident_map(conn)

    def iter_incident_rows(self, filters: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """One reconciled row per incident among the events ``filters`` keeps (the ACLED export's rows)."""
        with self._read() as conn:
            yield from incident_store.iter_incident_export_rows(conn, filters)

    def merge_incidents(self, incident_ids: list[int], by: str) -> int:
        """An analyst says these incidents are one: merged into the lowest id (audited); returns it."""
        with self._write() as conn:
            return incident_store.merge(conn, incident_ids, by)

    def split_incident(self, incident_id: int, event_ids: list[int], by: str) -> int:
        """An analyst says these events are another happening: a new incident (audited); returns its id."""
        with self._write() as conn:
            return incident_store.split(conn, incident_id, event_ids, by)

    def news_since(self, since: str | None = None) -> dict[str, Any]:
        """What came in after ``since`` (an ISO UTC stamp from an earlier call's ``now``), for a
        "new since you last looked" badge: articles added, incidents created or updated, and ``now``
        to pass next time. Two indexed-size counts: cheap enough to poll every minute."""
        from geo.store.schema import incidents as incident_table

        with self._read() as conn:
            now = conn.execute(sa.select(sa.func.max(articles.c.added_at))).scalar() or ""
            newest_incident = conn.execute(sa.select(sa.func.max(incident_table.c.updated_at))).scalar() or ""
            stamp = since or ""
            count = lambda q: conn.execute(sa.select(sa.func.count()).select_from(q)).scalar()  # noqa: E731
            return {
                "articles": count(articles.select().where(articles.c.added_at > stamp).subquery()),
                "incidents_new": count(incident_table.select().where(incident_table.c.created_at > stamp).subquery()),
                "incidents_updated": count(incident_table.select().where(
                    incident_table.c.updated_at > stamp, incident_table.c.created_at <= stamp).subquery()),
                "now": max(now, newest_incident, stamp),
            }

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


def default_actor() -> str:
    """Who made a change when no name was given: the operating-system user, marked as such."""
    import getpass

    try:
        return f"os:{getpass.getuser()}"
    except (KeyError, OSError):  # no passwd entry (containers)
        return f"os:uid{os.getuid()}"


def _article_summary(row: Any) -> dict[str, Any]:
    """What the audit log keeps of an article (not its text: the hash identifies it)."""
    published = row.get("published")
    return {"title": row.get("title"), "source": row.get("source"), "url": row.get("url"),
            "origin": row.get("origin"), "content_hash": row.get("content_hash"),
            "published": published.isoformat() if hasattr(published, "isoformat") else published}


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
