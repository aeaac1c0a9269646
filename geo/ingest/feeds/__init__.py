"""Watching feeds (`geo watch`): the feed list, polite HTTP fetching, and the polling loop.

``feedlist`` reads the feeds to watch, ``fetch`` makes conditional, rate-limited, retried
HTTP requests, ``article`` turns an item's page into article text, ``watcher`` polls and
ingests. State (validators, errors, items seen) lives in the store.

May import what ``geo.ingest`` may (store, engine, events); never maps, dashboard or CLI.
"""
