"""Ingestion: files, feeds and pasted text into the store, in parallel.

``readers`` turn files (txt, md, html, json, jsonl, csv, RSS/Atom) into article records,
``encoding`` decodes bytes, ``pubdate`` finds publication dates, ``batch`` parses and stores
articles with worker processes or Dask, ``progress`` reports on the way.

May import: ``geo.store``, ``geo.engine``, ``geo.events``; never maps, dashboard or CLI.
"""
