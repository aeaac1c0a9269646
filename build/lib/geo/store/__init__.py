"""The store: Conflict Atlas's memory (articles, mentions, events, corrections, saved views).

    >>> from geo.store import Store
    >>> store = Store.open("data/atlas.sqlite")        # or any SQLAlchemy URL
    >>> store.add_document({"text": text, "title": "..."}, geo.parse(text))
    >>> rows = store.mention_rows({"country_codes": ["LY"]})

See docs/store.md for the whole API. Nothing connects at import time. ``export`` streams the
store's rows as jsonl, geojson and csv.

May import: ``geo.engine`` (to re-parse stored articles) and ``geo.events``; never ingestion,
maps, dashboard or CLI.
"""
from geo.store.connect import default_db
from geo.store.records import content_hash
from geo.store.store import Store

__all__ = ["Store", "content_hash", "default_db"]
