"""geo.dashboard.data: the dashboard's per-process caches and the warm-up `geo serve` runs
before opening its port, on a real SQLite store."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from dashboard_store import build

from geo.dashboard import data as dashboard_data, share

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def url(tmp_path):
    dashboard_data.clear()
    yield str(build(tmp_path / "atlas.sqlite"))
    dashboard_data.clear()


def test_the_unfiltered_view_holds_what_the_store_gives_without_rejected_rows(url):
    from geo.maps.places import group_places

    store = dashboard_data.open_store(url)
    rejected = store.mention_rows()[0]["mention_id"]
    store.reject_mention(rejected, "analyst")
    version = dashboard_data.data_version(url)
    shown = dashboard_data.view(url, version, share.DEFAULT)
    from geo.dashboard import views

    links = views.event_links(store.mention_rows({"include_rejected": True}), store.event_rows())
    rows = views.select_rows(store.mention_rows(), store.event_rows(), share.DEFAULT, links)  # the Python path
    expected = group_places(rows.mentions, rows.events)
    assert [(p.id, p.count, p.event_type) for p in shown.places] == [(p.id, p.count, p.event_type) for p in expected]
    assert shown.counts["mentions"] == len(rows.mentions) and shown.counts["events"] == len(rows.events) == 1
    table = dashboard_data.table_rows(url, version, share.DEFAULT)
    assert table == store.mention_rows() and rejected not in {m["mention_id"] for m in table}  # same rows, same order
    # a filtered view reads the store with its filters
    libya = share.state_from_dict({"countries": ["LY"]})
    assert dashboard_data.table_rows(url, version, libya) == store.mention_rows({"country_codes": ["LY"]})


def test_a_change_to_the_store_is_a_new_version_a_fresh_read_and_the_old_one_forgotten(url):
    store = dashboard_data.open_store(url)
    before = dashboard_data.data_version(url)
    first = dashboard_data.view(url, before, share.DEFAULT)
    store.reject_mention(dashboard_data.table_rows(url, before, share.DEFAULT)[0]["mention_id"], "analyst")
    after = dashboard_data.data_version(url)
    assert after != before
    assert dashboard_data.view(url, after, share.DEFAULT).counts["mentions"] == first.counts["mentions"] - 1
    for cache in dashboard_data._CACHES:  # the server keeps one data version's caches only
        assert all(key[1] == after for key in cache._items), cache._items.keys()


def test_warm_prepares_the_first_view_so_the_first_session_finds_it(url, tmp_path):
    static = tmp_path / "static"
    places = dashboard_data.warm(url, static)
    version = dashboard_data.data_version(url)
    hits = dashboard_data._markers.hits
    view = dashboard_data.view(url, version, share.DEFAULT)
    markers = dashboard_data.markers(url, version, share.DEFAULT, view)
    assert dashboard_data._markers.hits == hits + 1 and len(markers.places) == places == 3
    published = sorted(p.name for p in (static / "atlas" / "views").iterdir())
    # the markers and the events layer; popups come per picked place
    assert len(published) == 2 and published[0].endswith(".events.json") and published[1].endswith(".json")
    events = json.loads((static / "atlas" / "views" / published[0]).read_text(encoding="utf-8"))
    assert len(events) == 2 and all("[g" in row[5] for row in events)  # one symbol per place with events
    assert (static / "atlas" / "leaflet" / "leaflet.js").is_file()  # the vendored map assets too


def test_a_picked_place_reads_a_page_of_its_excerpts_and_its_events(url):
    version = dashboard_data.data_version(url)
    view = dashboard_data.view(url, version, share.DEFAULT)
    sirte = dashboard_data.place(url, version, share.DEFAULT, view, "g2210554")
    assert sirte.count == 2 and len(sirte.rows) == 2 and {r["name"] for r in sirte.rows} == {"Sirte"}
    assert [e["type"] for e in sirte.events] == ["Explosions/Remote violence"]
    assert dashboard_data.place(url, version, share.DEFAULT, view, "g1") is None


def test_the_first_session_after_warm_reads_nothing_again(url, tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    dashboard_data.warm(url, tmp_path / "static")
    misses = (dashboard_data._options.misses, dashboard_data._views.misses, dashboard_data._markers.misses)
    monkeypatch.setenv("ATLAS_DB", url)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception and "5 mentions at 3 places" in " ".join(c.value for c in at.caption)
    assert (dashboard_data._options.misses, dashboard_data._views.misses, dashboard_data._markers.misses) == misses


def test_sessions_missing_the_same_view_build_it_once(url):
    import threading
    import time

    cache, calls = dashboard_data._Lru(4), []

    def slow():
        calls.append(1)
        time.sleep(0.2)
        return "built"
    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("view", slow))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["built"] * 4 and len(calls) == 1 and cache.misses == 1 and cache.hits == 3


def test_serve_says_why_it_cannot_prepare_a_broken_store(tmp_path):
    bad = tmp_path / "not-a-store.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    out = subprocess.run([sys.executable, "-m", "geo", "serve", "--db", str(bad), "--port", "1", "--", "--help"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "could not prepare the first view" in out.stderr and str(bad) in out.stderr + out.stdout


def test_serve_options_reach_streamlit():
    from geo.cli.serve import streamlit_argv

    argv = streamlit_argv(8600, "0.0.0.0", ["--server.fileWatcherType", "auto"])
    assert argv[:3] == ["streamlit", "run", str(ROOT / "dashboard.py")]
    assert json.dumps(argv).count("8600") == 1 and "0.0.0.0" in argv and argv[-1] == "auto"


def test_the_map_gets_the_most_mentioned_places_only_and_says_so(url, monkeypatch):
    from geo.dashboard import views

    monkeypatch.setattr(dashboard_data, "MARKER_LIMIT", 2)
    version = dashboard_data.data_version(url)
    shown = dashboard_data.view(url, version, share.DEFAULT)
    drawn = dashboard_data.markers(url, version, share.DEFAULT, shown)
    assert len(shown.places) == 3 and [p.id for p in drawn.places] == [p.id for p in shown.places[:2]]
    assert [p.count for p in drawn.places] == sorted((p.count for p in shown.places), reverse=True)[:2]
    assert "2 most mentioned of 3 places" in views.marker_note(len(shown.places), len(drawn.places))
    assert views.marker_note(3, 3) == ""
    # a place without a marker can still be picked (the place list, a share link)
    last = shown.places[-1]
    assert dashboard_data.place(url, version, share.DEFAULT, shown, last.id).rows


def test_pickers_keep_labels_not_the_places(url):
    """A widget's format_func lives as long as the session: it must not hold the view's places."""
    from geo.dashboard import views

    version = dashboard_data.data_version(url)
    shown = dashboard_data.view(url, version, share.DEFAULT)
    by_id = {p.id: p for p in shown.places}
    labels = views.place_labels(by_id, [shown.places[0].id, "g0"])
    assert labels == {shown.places[0].id: views.place_label(shown.places[0])}
    assert all(isinstance(v, str) for v in labels.values())
