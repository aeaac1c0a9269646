"""Everything the Streamlit dashboard (``dashboard.py``) calls, testable without Streamlit.

``data`` caches the store's rows per data version, ``views`` decides which rows a view holds,
``layers`` draws the dashboard's map, ``share`` reads and writes view links, ``corrections``
turns an analyst's fix into a store call, ``server`` starts a real dashboard server and
``browser`` a headless Chromium for tests, benchmarks and screenshots.

May import everything below it (store, ingest, maps, events, engine); nothing imports it
but the CLI (``geo serve`` warms its caches). Never imports streamlit.
"""
