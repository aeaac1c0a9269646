"""The store's tables and its versioned migrations.

Migrations are ordered functions keyed by version; ``schema_version`` records the
last one applied. Add a function at the end of ``MIGRATIONS`` for any change and
never edit an applied one: a store made by an older release upgrades in place.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Connection

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("applied_at", sa.String(40), nullable=False),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("lang", sa.String(8)),
    sa.Column("published", sa.Date),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("origin", sa.Text),  # where it was read from: file path and line
    sa.Column("added_at", sa.String(40), nullable=False),  # ISO 8601, UTC
    sa.Column("parsed_at", sa.String(40), nullable=False),
    # Written in the same transaction as the mentions: a check that nothing is half-written.
    sa.Column("n_mentions", sa.Integer, nullable=False, server_default="0"),
    sa.Column("n_events", sa.Integer, nullable=False, server_default="0"),
)
sa.Index("ix_articles_published", articles.c.published)
sa.Index("ix_articles_source", articles.c.source)
IX_ARTICLES_ADDED = sa.Index("ix_articles_added_at", articles.c.added_at)  # v6: the dashboard's "new since"

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("name", sa.Text),
    sa.Column("name_ar", sa.Text),
    sa.Column("name_en", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("country_code", sa.String(8)),
    sa.Column("feature", sa.String(16)),
    sa.Column("geonameid", sa.BigInteger),
    sa.Column("precision", sa.Integer),
    sa.Column("confidence", sa.Float),
    sa.Column("excerpt", sa.Text),
    sa.Column("excerpt_start", sa.Integer),
    sa.Column("alternatives", sa.JSON),
    sa.Column("approximate", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("is_event_location", sa.Boolean),
    sa.Column("also_at", sa.JSON),  # v2: later [start, end] spans of the same place in the text
)
sa.Index("ix_mentions_article_span", mentions.c.article_id, mentions.c.start, mentions.c.end)
IX_MENTIONS_PLACE = sa.Index("ix_mentions_geonameid", mentions.c.geonameid)  # v3: a picked place's mentions

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("type", sa.Text),
    sa.Column("data", sa.JSON, nullable=False),  # the engine's event dict, as it gave it
    # v3: the span of the mention the event is placed on (data's mention_span), as indexed columns so
    # the dashboard finds a view's events from its mentions in SQL (geo.store.viewsql)
    sa.Column("mention_start", sa.Integer),
    sa.Column("mention_end", sa.Integer),
)
sa.Index("ix_events_article_span", events.c.article_id, events.c.start, events.c.end)
IX_EVENTS_MENTION = sa.Index("ix_events_mention", events.c.article_id, events.c.mention_start, events.c.mention_end)
IX_EVENTS_UNPLACED = sa.Index("ix_events_mention_start", events.c.mention_start)  # v3: events placed on no mention

# An analyst's decision on one mention, keyed by article and span so it outlives re-parses.
mention_corrections = sa.Table(
    "mention_corrections", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("status", sa.String(12), nullable=False),  # confirmed, corrected, rejected
    sa.Column("name", sa.Text),
    sa.Column("name_ar", sa.Text),
    sa.Column("name_en", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("country_code", sa.String(8)),
    sa.Column("feature", sa.String(16)),
    sa.Column("geonameid", sa.BigInteger),
    sa.Column("precision", sa.Integer),
    sa.Column("base", sa.JSON, nullable=False),  # the engine's mention when first corrected
    sa.Column("by", sa.Text, nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.UniqueConstraint("article_id", "start", "end", name="uq_mention_corrections_span"),
)

# Events are keyed by article, sentence span and the type the engine first gave.
event_corrections = sa.Table(
    "event_corrections", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("type_key", sa.Text, nullable=False),
    sa.Column("status", sa.String(12), nullable=False),
    sa.Column("changes", sa.JSON, nullable=False),
    sa.Column("base", sa.JSON, nullable=False),
    sa.Column("by", sa.Text, nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.UniqueConstraint("article_id", "start", "end", "type_key", name="uq_event_corrections_key"),
)

audit_log = sa.Table(
    "audit_log", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("action", sa.String(16), nullable=False),  # confirm, correct, reject, reset, add, delete...
    sa.Column("target", sa.String(8), nullable=False),  # mention, event, article or account
    sa.Column("target_id", sa.Integer),
    sa.Column("article_id", sa.Integer, nullable=False),  # 0: not about an article (accounts)
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("before", sa.JSON),
    sa.Column("after", sa.JSON),
    sa.Column("detail", sa.JSON),  # v3: how an article came in (ingest, paste, upload) and from where
    sa.Column("prev_hash", sa.String(64)),  # v3: the hash chain (geo/store/audit.py)
    sa.Column("hash", sa.String(64)),
)
sa.Index("ix_audit_log_article", audit_log.c.article_id)

# v3: who may sign in to the dashboard, and their failed sign-ins (kept so a restart does not reset them)
accounts = sa.Table(
    "accounts", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),  # normalised (geo/store/accounts.py)
    sa.Column("role", sa.String(16), nullable=False),  # viewer, analyst, admin
    sa.Column("password_hash", sa.Text, nullable=False),  # argon2id, with its salt and parameters
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sa.Column("failed_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("locked_until", sa.Float, nullable=False, server_default="0"),  # Unix seconds
)

views = sa.Table(
    "views", metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("state", sa.JSON, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)


# -- watch: feeds, stories, incidents (issue 14, migration 4) --------
feeds = sa.Table(
    "feeds", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("name", sa.Text),  # the source name given in the feed list, else the feed's title
    sa.Column("lang", sa.String(8)),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_polled", sa.String(40)),
    sa.Column("last_ok", sa.String(40)),
    sa.Column("last_status", sa.Integer),  # HTTP status of the last poll (304: nothing new)
    sa.Column("errors", sa.Integer, nullable=False, server_default="0"),  # consecutive failed polls
    sa.Column("total_errors", sa.Integer, nullable=False, server_default="0"),
    sa.Column("last_error", sa.Text),
    sa.Column("items_new", sa.Integer, nullable=False, server_default="0"),  # articles stored from it
)

# One row per feed item ever seen, so a second poll skips it by URL before any fetch.
feed_items = sa.Table(
    "feed_items", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("item_key", sa.Text, nullable=False, unique=True),  # the item's link, else its guid
    sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")),
    sa.Column("content_hash", sa.String(64)),
    sa.Column("outcome", sa.String(12), nullable=False),  # stored, present, failed
    sa.Column("seen_at", sa.String(40), nullable=False),
)

# Near-duplicate articles: the same story re-published or rewritten shares a story_id
# (the id of its first article). The MinHash signature is kept to rebuild the index.
article_stories = sa.Table(
    "article_stories", metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("story_id", sa.Integer, nullable=False),
    sa.Column("similarity", sa.Float),  # estimated Jaccard with the story's first article
    sa.Column("signature", sa.LargeBinary),
)
sa.Index("ix_article_stories_story", article_stories.c.story_id)

# Incidents: events from different articles that tell the same happening, reconciled.
incidents = sa.Table(
    "incidents", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("type", sa.Text),
    sa.Column("date", sa.String(10)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("data", sa.JSON, nullable=False),  # the reconciled event (type, place, date, toll, actors...)
    sa.Column("n_sources", sa.Integer, nullable=False, server_default="0"),
    sa.Column("confidence", sa.Float),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
)
sa.Index("ix_incidents_type_date", incidents.c.type, incidents.c.date)

incident_events = sa.Table(
    "incident_events", metadata,
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("pinned", sa.Boolean, nullable=False, server_default=sa.false()),  # placed by an analyst
)
sa.Index("ix_incident_events_incident", incident_events.c.incident_id)


# v6 (issue 12): the dashboard's aggregate, one row per kind, published day, place and the
# dimensions its fast filters use (geo/store/aggregate.py keeps it; rows of one group may repeat
# and are summed when read). Kinds: "m" mentions, "e" events placed on a mention, "u" events
# placed by position only, "x" events dated another day than their mention's article, "a" articles;
# "M" and "E": the "m" and "e" rows of each place summed over days (views without a date range).
place_days = sa.Table(
    "place_days", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(1), nullable=False),
    sa.Column("pday", sa.Date),  # the article's published day
    sa.Column("eday", sa.String(10)),  # the event's day (its own date, else its article's)
    sa.Column("gid", sa.BigInteger),  # the place key (geo.store.viewsql.ViewQueries.key_columns)
    sa.Column("klat", sa.Float),
    sa.Column("klon", sa.Float),
    sa.Column("kname", sa.Text),
    sa.Column("country_code", sa.String(8)),  # "*" on the "a" rows counting every country
    sa.Column("lang", sa.String(8)),
    sa.Column("drawable", sa.Integer, nullable=False, server_default="0"),
    sa.Column("etype", sa.Text),
    sa.Column("n", sa.Integer, nullable=False, server_default="0"),
    sa.Column("dead", sa.Integer),
    sa.Column("name", sa.Text),
    sa.Column("name_ar", sa.Text),
    sa.Column("name_en", sa.Text),
    sa.Column("text", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("feature", sa.String(16)),
    sa.Column("precision", sa.Integer),
    sa.Column("confidence", sa.Float),
    sa.Column("approximate", sa.Integer),
    sa.Column("first_article", sa.Integer),
    sa.Column("last_article", sa.Integer),
)
IX_PLACE_DAYS = [
    sa.Index("ix_place_days_kind_day", place_days.c.kind, place_days.c.pday),  # a day's refresh, day ranges
    sa.Index("ix_place_days_kind_country", place_days.c.kind, place_days.c.country_code, place_days.c.pday),
    sa.Index("ix_place_days_kind_eday", place_days.c.kind, place_days.c.eday),
    sa.Index("ix_place_days_place", place_days.c.gid, place_days.c.kind),  # a place's day-free rows rebuilt
]


def now_iso() -> str:
    """UTC timestamp as ISO 8601 text: sorts as text and reads the same on every backend."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _v1_initial(conn: Connection) -> None:
    metadata.create_all(conn, tables=[articles, mentions, events, mention_corrections,
                                      event_corrections, audit_log, views])


def _add_column(conn: Connection, table: sa.Table, name: str) -> None:
    """ALTER TABLE ... ADD COLUMN, unless the table was created with it (create_all uses today's tables)."""
    if name in {c["name"] for c in sa.inspect(conn).get_columns(table.name)}:
        return
    column = table.c[name]
    preparer = conn.dialect.identifier_preparer
    ddl = (f"ALTER TABLE {preparer.format_table(table)} ADD COLUMN {preparer.format_column(column)} "
           f"{column.type.compile(dialect=conn.dialect)}")  # identifiers from our own schema, not data
    conn.exec_driver_sql(ddl)


def _v2_mention_also_at(conn: Connection) -> None:
    _add_column(conn, mentions, "also_at")


_APPEND_ONLY = "the audit log is append-only"


def _append_only_triggers(conn: Connection) -> None:
    """Refuse UPDATE and DELETE on audit_log for ordinary SQL (the hash chain catches whoever drops these)."""
    if conn.dialect.name == "sqlite":
        for op in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{op.lower()} BEFORE {op} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION atlas_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{_APPEND_ONLY}'; END $$")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        conn.exec_driver_sql("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                             "FOR EACH ROW EXECUTE FUNCTION atlas_audit_append_only()")


def _v3_audit_chain_and_accounts(conn: Connection) -> None:
    from geo.store.audit import seal_existing

    for name in ("detail", "prev_hash", "hash"):
        _add_column(conn, audit_log, name)
    accounts.create(conn, checkfirst=True)
    seal_existing(conn)  # rows written before now are sealed as they stand at this migration
    _append_only_triggers(conn)


def _v4_watch_feeds_stories_incidents(conn: Connection) -> None:
    """Issue 14 (geo watch): feeds, feed items, stories, incidents."""
    metadata.create_all(conn, tables=[feeds, feed_items, article_stories, incidents, incident_events])


def _v5_dashboard_event_links_and_indexes(conn: Connection) -> None:
    """The dashboard's SQL (geo.store.viewsql): events' mention spans as indexed columns, filled
    from their JSON (by ``mention_index`` for events stored before spans were), and an index
    on the mentions' gazetteer id."""
    _add_column(conn, events, "mention_start")
    _add_column(conn, events, "mention_end")
    conn.execute(events.update().where(events.c.mention_start.is_(None)).values(
        mention_start=events.c.data[("mention_span", 0)].as_integer(),
        mention_end=events.c.data[("mention_span", 1)].as_integer()))
    legacy = conn.execute(sa.select(events.c.id, events.c.article_id, events.c.start, events.c.end, events.c.data)
                          .where(events.c.mention_start.is_(None))).all()
    for event_id, article_id, start, end, data in legacy:
        index = (data or {}).get("mention_index")
        if not isinstance(index, int) or index < 0:
            continue
        row = conn.execute(sa.select(mentions.c.start, mentions.c.end).where(mentions.c.article_id == article_id)
                           .order_by(mentions.c.id).offset(index).limit(1)).first()
        if row is not None and start <= row.start < end:  # as geo.dashboard.views._event_mention
            conn.execute(events.update().where(events.c.id == event_id).values(mention_start=row.start,
                                                                               mention_end=row.end))
    IX_EVENTS_MENTION.create(conn, checkfirst=True)
    IX_EVENTS_UNPLACED.create(conn, checkfirst=True)
    IX_MENTIONS_PLACE.create(conn, checkfirst=True)


def _v6_place_days(conn: Connection) -> None:
    """Issue 12: the dashboard's per-place, per-day aggregate, filled from the whole store."""
    from geo.store.aggregate import rebuild

    place_days.create(conn, checkfirst=True)
    for index in [*IX_PLACE_DAYS, IX_ARTICLES_ADDED]:
        index.create(conn, checkfirst=True)
    rebuild(conn)


MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [
    (1, _v1_initial),
    (2, _v2_mention_also_at),
    (3, _v3_audit_chain_and_accounts),
    (4, _v4_watch_feeds_stories_incidents),
    (5, _v5_dashboard_event_links_and_indexes),
    (6, _v6_place_days),
]
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    """The last migration applied (0 for an empty database)."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0


def migrate(conn: Connection) -> int:
    """Apply every pending migration inside the caller's transaction; returns the new version."""
    schema_version.create(conn, checkfirst=True)
    version = current_version(conn)
    if version > LATEST:
        from geo.errors import StoreError

        raise StoreError(f"the store's schema is version {version}, newer than this code ({LATEST}): upgrade Conflict Atlas")
    for number, step in MIGRATIONS:
        if number > version:
            step(conn)
            conn.execute(schema_version.insert().values(version=number, applied_at=now_iso()))
            version = number
    return version
