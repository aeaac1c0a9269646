"""The dashboard's data for a view (rows, filter choices, marker layer), cached per server
process and warmed before the server opens its port.

Why not Streamlit's ``st.cache_resource``: its caches fill only once a session runs the
script, so the first analyst after a restart paid for the store read, the marker build
and the imports (3.9-6 s to a drawn map with 10,000 mentions, against 2.8-4 s for later
sessions). ``geo.cli.serve`` calls ``warm`` first, in the process that then runs the
dashboard, so that first view is ready before anyone asks. Everything returned is
shared between sessions and must be treated as read-only.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable, Hashable

from geo.dashboard import share, views
from geo.dashboard.share import ViewState


class _Lru:
    """A small thread-safe least-recently-used cache (sessions run in threads). Sessions
    asking for the same missing key wait for one build instead of each reading the store."""

    def __init__(self, size: int):
        self.size, self._items, self._lock = size, OrderedDict(), threading.Lock()
        self._building: dict[Hashable, threading.Lock] = {}
        self.hits = self.misses = 0

    def get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                return self._items[key]
            building = self._building.setdefault(key, threading.Lock())
        with building:  # one build per key; other keys are not held up
            with self._lock:
                if key in self._items:  # built by another session while this one waited
                    self.hits += 1
                    return self._items[key]
                self.misses += 1
            try:
                value = make()
            finally:
                with self._lock:
                    self._building.pop(key, None)
            with self._lock:
                self._items[key] = value
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_stores: dict[str | None, Any] = {}
_stores_lock = threading.Lock()
_options, _rows, _markers = _Lru(4), _Lru(16), _Lru(16)


def open_store(url: str | None):
    """One Store per URL for the whole process (it holds a connection pool)."""
    with _stores_lock:
        if url not in _stores:
            from geo.store import Store
            _stores[url] = Store.open(url)
        return _stores[url]


def data_version(url: str | None) -> tuple:
    return views.data_version(open_store(url))


def _whole_store(url: str | None, version: tuple) -> tuple[dict, dict, list, list]:
    """(filter choices, event -> mention links, every mention, every event), rejected
    ones included: read once per data version, the unfiltered view is cut from it."""
    def make():
        store = open_store(url)
        mentions, events = store.mention_rows({"include_rejected": True}), store.event_rows({"include_rejected": True})
        return (views.filter_options(store.articles(), mentions, events), views.event_links(mentions, events),
                mentions, events)
    return _options.get((url, version), make)


def options(url: str | None, version: tuple) -> tuple[dict, dict]:
    """(filter choices, event -> mention links) over the whole store."""
    choices, links, _, _ = _whole_store(url, version)
    return choices, links


def rows(url: str | None, version: tuple, state: ViewState) -> tuple[list, list]:
    """(mentions, events) the store holds for the view's filters, as ``Store.mention_rows``
    and ``Store.event_rows`` give them (same order: article, then text)."""
    filters, event_filters = views.store_filters(state), views.event_filters(state)

    def make():
        if not filters and not event_filters:
            _, _, mentions, events = _whole_store(url, version)
            return ([r for r in mentions if r.get("status") != "rejected"],
                    [e for e in events if e.get("status") != "rejected"])
        store = open_store(url)
        return store.mention_rows(filters or None), store.event_rows(event_filters or None)
    key = (url, version, json.dumps(filters, default=str, sort_keys=True),
           json.dumps(event_filters, default=str, sort_keys=True))
    return _rows.get(key, make)


def markers(url: str | None, version: tuple, state: ViewState, view: views.ViewRows):
    """The marker layer's data (``geo.dashboard.layers.MarkerData``) for the view and its colours."""
    from geo.dashboard.layers import marker_data
    return _markers.get((url, version, views.filter_key(state), state.colour),
                        lambda: marker_data(view.mentions, view.events, state.colour))


def view_rows(url: str | None, version: tuple, state: ViewState) -> views.ViewRows:
    _, links = options(url, version)
    mentions, events = rows(url, version, state)
    return views.select_rows(mentions, events, state, links)


def warm(url: str | None, static_dir: str | Path | None = None, state: ViewState = share.DEFAULT) -> int:
    """Read and build what the first session's view needs (the default view unless told),
    import the dashboard's libraries, and publish its markers. Returns the places shown."""
    import folium  # noqa: F401 - imported here so the first session does not pay for it
    import pandas  # noqa: F401
    # not streamlit_folium: it registers its component with the running server when the
    # script first imports it; imported before the server starts, the map would 404

    from geo.maps import excerpts, offline, popups  # noqa: F401

    from geo.dashboard import corrections as placing
    from geo.dashboard.layers import publish_markers

    version = data_version(url)
    found = markers(url, version, state, view_rows(url, version, state))
    if static_dir is not None:
        offline.install_static(Path(static_dir))
        publish_markers(found, Path(static_dir))
    return len(found.places)


def clear() -> None:
    """Forget every cached view (tests)."""
    for cache in (_options, _rows, _markers):
        cache.clear()
