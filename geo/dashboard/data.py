"""The dashboard's data for a view (places with counts, a page of rows, filter choices,
marker layer), asked of the store in SQL (``Store.view_*``), cached per server process for
the current data version only, and warmed before the server opens its port.

Nothing here holds a row per mention of the whole store: a view is one summary per place
plus pages (the table's first rows, a picked place's excerpts). When the data version
changes (an ingest, a correction), every cache of the older versions is dropped: the
server's memory stays flat while articles arrive.

Why not Streamlit's ``st.cache_resource``: its caches fill only once a session runs the
script, so the first analyst after a restart paid for the store read, the marker build
and the imports (3.9-6 s to a drawn map with 10,000 mentions, against 2.8-4 s for later
sessions). ``geo.cli.serve`` calls ``warm`` first, in the process that then runs the
dashboard, so that first view is ready before anyone asks. Everything returned is
shared between sessions and must be treated as read-only.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Hashable

from geo.dashboard import share, views
from geo.dashboard.share import ViewState
from geo.maps.places import MapPlace, summary_place


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

    def keep_only(self, url: str | None, version: tuple) -> None:
        """Drop the entries of ``url``'s other data versions (keys start with url, version)."""
        with self._lock:
            for key in [k for k in self._items if k[0] == url and k[1] != version]:
                del self._items[key]


_stores: dict[str | None, Any] = {}
_stores_lock = threading.Lock()
_options, _views, _markers = _Lru(2), _Lru(16), _Lru(16)
_pages = _Lru(32)  # table pages, event lists, timelines, a picked place's rows and events
_CACHES = (_options, _views, _markers, _pages)
_versions: dict[str | None, tuple] = {}
# The filter choices read last per store: a new data version reads only the newer articles' (a
# choice whose rows were deleted stays offered, matching nothing, until the server restarts).
_choices: dict[str | None, dict[str, Any]] = {}
_choices_lock = threading.Lock()

ARTICLE_PICKER_LIMIT = 500  # the article filter lists the newest ones (and any already chosen)
PLACE_PAGE = 12  # excerpts per page of a picked place (as many as a popup shows)
EVENT_LIMIT = 1000  # events the events table shows; the ACLED export holds them all
# Markers sent to the browser at most, the most mentioned first: the 2,000-article benchmark's
# 3,000 places draw within its 3 s bar; a year of news has 20,000 (bench.dashboard --year), whose
# markers alone took the browser seconds. The others are a filter, a search or the place list away.
MARKER_LIMIT = 3000


def open_store(url: str | None):
    """One Store per URL for the whole process (it holds a connection pool)."""
    with _stores_lock:
        if url not in _stores:
            from geo.store import Store
            _stores[url] = Store.open(url)
        return _stores[url]


def data_version(url: str | None) -> tuple:
    """The store's data version; a new one drops every cache of the older ones."""
    version = views.data_version(open_store(url))
    if _versions.get(url) != version:
        _versions[url] = version
        for cache in _CACHES:
            cache.keep_only(url, version)
    return version


@dataclass
class ViewData:
    """One view as the map and the summary need it: a place per marker, the counts."""

    filters: dict[str, Any]
    places: list[MapPlace]
    counts: dict[str, int]  # mentions, articles, undated, events
    days: list[tuple[str, int, int]]  # (day, mentions, events): the timeline


def options(url: str | None, version: tuple, articles: tuple[int, ...] = ()) -> dict[str, Any]:
    """Filter choices over the whole store (the newest articles, plus ``articles``)."""
    def make():
        from geo.store.viewsql import merge_choices

        store = open_store(url)
        with _choices_lock:
            held = _choices.get(url)
            if held is None:
                choices = store.view_choices(ARTICLE_PICKER_LIMIT, articles)
            else:  # what the articles since bring (and every correction), merged into what is held
                choices = merge_choices(held, store.view_choices(ARTICLE_PICKER_LIMIT, articles,
                                                                          since=held["last_article"]))
            _choices[url] = choices
        choices = dict(choices)
        choices["articles"] = {int(a["id"]): views.article_label(a) for a in choices["articles"]}
        choices["statuses"] = ["auto", "confirmed", "corrected", "rejected"]
        return choices
    return _options.get((url, version, tuple(sorted(articles))), make)


def view(url: str | None, version: tuple, state: ViewState) -> ViewData:
    """The view's places (one per marker, with counts) and counts, from the store's aggregates."""
    filters = views.view_filters(state)

    def make():
        store = open_store(url)
        places = [summary_place(p) for p in store.view_places(filters)]
        overview = store.view_overview(filters)
        return ViewData(filters, places, overview["counts"], overview["days"])
    return _views.get((url, version, views.filter_key(state)), make)


def markers(url: str | None, version: tuple, state: ViewState, shown: ViewData):
    """The marker layer's data (``geo.dashboard.layers.MarkerData``) for the view and its colours:
    the ``MARKER_LIMIT`` most mentioned places (``shown.places`` is sorted so), and the incidents
    at the places the events layer draws."""
    from geo.dashboard.event_layer import ranked_event_places
    from geo.dashboard.layers import marker_data

    def make():
        places = shown.places[:MARKER_LIMIT]
        drawn = ranked_event_places(places)
        told = open_store(url).view_place_incidents(shown.filters, [p.id for p in drawn]) if drawn else {}
        return marker_data(places, state.colour, told)
    return _markers.get((url, version, views.filter_key(state), state.colour), make)


def _page(url: str | None, version: tuple, state: ViewState, what: tuple, make: Callable[[], Any]) -> Any:
    return _pages.get((url, version, views.filter_key(state)) + what, make)


def table_rows(url: str | None, version: tuple, state: ViewState, limit: int = views.TABLE_LIMIT) -> list[dict]:
    """The view's first ``limit`` mentions (article then text order)."""
    return _page(url, version, state, ("table", limit),
                 lambda: open_store(url).view_mention_rows(views.view_filters(state), limit))


def event_rows(url: str | None, version: tuple, state: ViewState, limit: int = EVENT_LIMIT) -> list[dict]:
    """The view's first ``limit`` events, each with the ``mention_id`` it is placed on."""
    return _page(url, version, state, ("events", limit),
                 lambda: open_store(url).view_event_rows(views.view_filters(state), limit))


def timeline_days(url: str | None, version: tuple, state: ViewState) -> list[tuple[str, int, int]]:
    """(day, mentions, events) of the view without its date range: the timeline the analyst
    brushes keeps showing the days around the range picked."""
    undated = replace(state, date_from=None, date_to=None)
    if undated == state:
        return view(url, version, state).days
    return _page(url, version, undated, ("days",),
                 lambda: open_store(url).view_days(views.view_filters(undated)))


def place(url: str | None, version: tuple, state: ViewState, shown: ViewData, place_id: str | None,
          page: int = 0) -> MapPlace | None:
    """The picked place with a page of its mention rows (newest article first) and its events."""
    found = next((p for p in shown.places if p.id == place_id), None)
    if found is None:
        return None

    def make():
        store, filters = open_store(url), views.view_filters(state)
        rows = store.view_place_rows(filters, found.id, PLACE_PAGE, page * PLACE_PAGE)
        events = store.view_event_rows(filters, views.PLACE_EVENT_LIMIT, (found.id, found.lat, found.lon))
        return replace(found, rows=rows, events=events)
    return _page(url, version, state, ("place", place_id, page), make)


def iter_mentions(url: str | None, state: ViewState):
    """Every mention of the view, streamed (exports, built when clicked)."""
    return open_store(url).iter_view_mention_rows(views.view_filters(state))


def iter_events(url: str | None, state: ViewState):
    return open_store(url).iter_view_event_rows(views.view_filters(state))


def warm(url: str | None, static_dir: str | Path | None = None, state: ViewState = share.DEFAULT) -> int:
    """Read and build what the first session's view needs (the default view unless told),
    import the dashboard's libraries, and publish its markers. Returns the places shown."""
    import folium  # noqa: F401 - imported here so the first session does not pay for it
    import pandas  # noqa: F401
    # not streamlit_folium: it registers its component with the running server when the
    # script first imports it; imported before the server starts, the map would 404

    from geo.maps import excerpts, offline, popups  # noqa: F401

    from geo.dashboard import corrections as placing  # noqa: F401
    from geo.dashboard.layers import publish_markers

    version = data_version(url)
    options(url, version)
    found = markers(url, version, state, view(url, version, state))
    if static_dir is not None:
        from geo.maps.labels import ensure_labels

        offline.install_static(Path(static_dir))
        publish_markers(found, Path(static_dir))
        ensure_labels(Path(static_dir))  # once per gazetteer version: the basemap's place names
    return len(found.places)


def clear() -> None:
    """Forget every cached view (tests)."""
    for cache in _CACHES:
        cache.clear()
    _versions.clear()
    _choices.clear()
