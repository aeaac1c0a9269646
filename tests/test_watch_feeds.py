"""`geo watch` against a real HTTP server on 127.0.0.1: feeds that change, 304s, redirects, slow,
failing and malformed hosts, pages that are not articles; SQLite and PostgreSQL stores."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from feed_server import Route, article_page, rss, serve
from geo.errors import UnreadableInput
from geo.ingest.feeds.feedlist import FeedSpec, read_feed_args
from geo.ingest.feeds.fetch import Fetcher
from geo.ingest.feeds.watcher import Watcher
from store_backends import BACKENDS, open_store

ROOT = Path(__file__).resolve().parents[1]
RSS = "application/rss+xml; charset=utf-8"
JARIF = ["A Russian warplane struck Jarif, south-west of Sirte, on Monday, killing seven civilians, Libyan "
         "officials said on Tuesday. The strike hit a farm on the edge of the district, the local council said.",
         "Moscow denies sending aircraft to Libya. Rescue workers searched the rubble for survivors and the "
         "wounded were taken to the hospital in Sirte, a medical source said."]
MISRATA = ["Shelling hit residential areas of Misrata on Monday, killing three people, the health office said.",
           "Residents said ambulances took the wounded to hospital. The statement gave no further details about "
           "who fired the shells or from where."]


def watcher(store, **kw) -> Watcher:
    return Watcher(store, fetcher=Fetcher(delay=0, timeout=kw.pop("timeout", 5), retries=kw.pop("retries", 1),
                                          backoff=0.01), **kw)


def items(site, paths: list[str]) -> list[dict]:
    summaries = {"/jarif": "Seven civilians killed near Sirte.", "/misrata": "Three killed in Misrata shelling.",
                 "/video": "Clashes erupted in Tripoli on Monday between rival militias, killing four fighters.",
                 "/new": "A car bomb exploded in Benghazi on Monday, killing two people, police said."}
    titles = {"/jarif": "Air strike kills seven in Jarif", "/misrata": "Shelling kills three in Misrata",
              "/video": "Video: clashes in Tripoli", "/new": "Car bomb in Benghazi"}
    return [{"title": titles[p], "link": site.url(p), "summary": summaries[p],
             "date": "Tue, 09 Jun 2020 10:00:00 GMT"} for p in paths]


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_polls_store_each_item_once_and_a_304_costs_no_parse(backend, tmp_path):
    with serve() as site, open_store(backend, tmp_path) as store:
        site.routes["/jarif"] = Route(article_page("Air strike kills seven in Jarif", JARIF))
        site.routes["/misrata"] = Route(article_page("Shelling kills three in Misrata", MISRATA))
        site.routes["/video"] = Route(b"<!DOCTYPE html><html><body><video src='x.mp4'></video></body></html>")
        site.routes["/new"] = Route(article_page("Car bomb in Benghazi", [
            "A car bomb exploded in Benghazi on Monday, killing two people, police said. The blast hit a "
            "checkpoint near the port, and security forces closed the roads around it for hours afterwards."]))
        site.routes["/feed"] = Route(rss("Wire", items(site, ["/jarif", "/misrata", "/video"])), RSS, etag='"v1"')
        spec = FeedSpec(site.url("/feed"), "en", "Reuters")
        w = watcher(store)
        w.run_once([spec])
        assert (w.stats.stored, w.stats.pages, w.stats.summaries) == (3, 2, 1)  # the video page: its summary
        assert len(store.articles()) == 3
        # The feed changes: one new item, the old ones again. Only the new one is fetched and stored.
        site.routes["/feed"] = Route(rss("Wire", items(site, ["/new", "/jarif", "/misrata", "/video"])), RSS,
                                     etag='"v2"')
        w.run_once([spec])
        assert (w.stats.stored, w.stats.skipped, w.stats.parsed_feeds) == (4, 3, 2)
        assert [site.hits(p) for p in ("/jarif", "/misrata", "/video", "/new")] == [1, 1, 1, 1]
        # Unchanged: the server answers 304 to the validator; nothing is parsed or fetched.
        w.run_once([spec])
        assert (w.stats.not_modified, w.stats.parsed_feeds, w.stats.stored) == (1, 2, 4)
        assert site.log[-1][1].get("If-None-Match") == '"v2"'
        assert len(store.articles()) == 4
        feed = store.feeds()[0]
        assert (feed["etag"], feed["last_status"], feed["errors"], feed["items_seen"], feed["items_new"]) == \
            ('"v2"', 304, 0, 4, 4)
        arts = {a["url"]: a for a in store.articles()}
        assert arts[site.url("/jarif")]["source"] == "Reuters"
        assert "farm on the edge" in store.article(arts[site.url("/jarif")]["id"])["text"]  # the page, not the summary
        assert store.article(arts[site.url("/video")]["id"])["text"].startswith("Video: clashes in Tripoli\n")
        # Stories and incidents were linked after each poll.
        assert store.unstoried_article_ids() == []
        assert any(i["location"] and "Jarif" in i["location"] for i in store.incidents())


def test_last_modified_alone_is_sent_back(tmp_path):
    with serve() as site, open_store("sqlite", tmp_path) as store:
        site.routes["/video"] = Route(b"<html><body>nothing</body></html>")
        site.routes["/feed"] = Route(rss("Wire", items(site, ["/video"])), RSS,
                                     last_modified="Tue, 09 Jun 2020 10:00:00 GMT")
        w = watcher(store, link=False)
        w.run_once([FeedSpec(site.url("/feed"))])
        w.run_once([FeedSpec(site.url("/feed"))])
        assert w.stats.not_modified == 1 and w.stats.parsed_feeds == 1
        assert site.log[-1][1].get("If-Modified-Since") == "Tue, 09 Jun 2020 10:00:00 GMT"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_failing_slow_and_malformed_hosts_do_not_stop_the_others(tmp_path):
    db = tmp_path / "atlas.sqlite"
    with serve() as site, open_store("sqlite", tmp_path) as store:
        site.routes["/fail"] = Route(b"oops", status=500)
        site.routes["/gone"] = Route(b"", status=404)
        site.routes["/slow"] = Route(rss("Slow", []), RSS, delay=1.5)
        site.routes["/bad"] = Route(b"<rss><channel><item><title>broken", RSS)
        site.routes["/notafeed"] = Route(b"<!DOCTYPE html><html><body>Home page</body></html>")
        site.routes["/misrata"] = Route(article_page("Shelling kills three in Misrata", MISRATA))
        site.routes["/feed"] = Route(rss("Wire", items(site, ["/misrata"])), RSS)
        refused = f"http://127.0.0.1:{_closed_port()}/rss"
        specs = [FeedSpec(u) for u in (refused, site.url("/fail"), site.url("/gone"), site.url("/slow"),
                                       site.url("/bad"), site.url("/notafeed"), site.url("/feed"))]
        w = watcher(store, timeout=0.5, retries=1, link=False)
        started = time.monotonic()
        w.run_once(specs)
        assert time.monotonic() - started < 15
        assert w.stats.stored == 1 and w.stats.feed_errors == 6
        assert site.hits("/fail") == 2 and site.hits("/gone") == 1  # a 5xx is retried, a 404 is not
        errors = {f["url"]: f for f in store.feeds()}
        assert errors[site.url("/feed")]["errors"] == 0
        for url in (refused, site.url("/fail"), site.url("/slow"), site.url("/bad"), site.url("/notafeed")):
            assert errors[url]["errors"] == 1 and url in errors[url]["last_error"]
        assert "HTTP 500" in errors[site.url("/fail")]["last_error"]
        assert errors[site.url("/bad")]["last_error"].endswith("/bad#entry 1: empty text")  # truncated mid-item
        assert "no feed entries" in errors[site.url("/notafeed")]["last_error"]
        w.run_once(specs[:2])
        assert {f["url"]: f["errors"] for f in store.feeds()}[refused] == 2
    status = subprocess.run([sys.executable, "-m", "geo", "watch", "--status", "--db", str(db)],
                            capture_output=True, text=True, timeout=120, cwd=ROOT, env=_env())
    assert status.returncode == 0, status.stderr
    lines = status.stdout.splitlines()
    assert lines[0].split()[:2] == ["errors", "total"]
    refused_line = next(line for line in lines if refused in line and "last error" not in line)
    assert refused_line.split()[0] == "2"
    assert "last error: http://127.0.0.1" in status.stdout and "HTTP 500" in status.stdout


def test_redirects_are_followed_and_the_same_text_twice_is_stored_once(tmp_path):
    with serve() as site, open_store("sqlite", tmp_path) as store:
        site.routes["/old-feed"] = Route(status=301, location=site.url("/feed"))
        site.routes["/go/misrata"] = Route(status=302, location=site.url("/misrata"))
        site.routes["/misrata"] = Route(article_page("Shelling kills three in Misrata", MISRATA))
        feed_items = [{"title": "Shelling kills three in Misrata", "link": site.url("/go/misrata"),
                       "summary": "Three killed.", "date": "Tue, 09 Jun 2020 10:00:00 GMT"}]
        site.routes["/feed"] = Route(rss("Wire", feed_items), RSS)
        # Another outlet's feed links the same page under another URL: stored once, by content hash.
        site.routes["/go/copy"] = Route(status=307, location=site.url("/misrata"))
        site.routes["/feed2"] = Route(rss("Other", [dict(feed_items[0], link=site.url("/go/copy"))]), RSS)
        w = watcher(store, link=False)
        w.run_once([FeedSpec(site.url("/old-feed")), FeedSpec(site.url("/feed2"))])
        assert (w.stats.stored, w.stats.present, w.stats.pages, w.stats.feed_errors) == (1, 1, 2, 0)
        assert "who fired the shells" in store.article(store.articles()[0]["id"])["text"]


def test_a_stop_mid_feed_keeps_no_validators_so_the_rest_is_read_next_time(tmp_path):
    import geo

    with serve() as site, open_store("sqlite", tmp_path) as store:
        for p in ("/jarif", "/misrata", "/video"):
            site.routes[p] = Route(b"<html><body>not an article</body></html>")
        site.routes["/feed"] = Route(rss("Wire", items(site, ["/jarif", "/misrata", "/video"])), RSS, etag='"v1"')
        w = watcher(store, link=False)

        def parse_then_stop(text, **kw):
            w.stop.set()  # as SIGTERM would, during the first article
            return geo.parse(text, **kw)

        w._parse = parse_then_stop
        w.run_once([FeedSpec(site.url("/feed"))])
        assert w.stats.stored == 1 and store.feeds()[0]["etag"] is None
        w2 = watcher(store, link=False)
        w2.run_once([FeedSpec(site.url("/feed"))])
        assert (w2.stats.stored, w2.stats.skipped) == (2, 1) and store.feeds()[0]["etag"] == '"v1"'


def test_feed_lists_name_language_and_source(tmp_path):
    listing = tmp_path / "feeds.txt"
    listing.write_text("# wires\nhttps://a.example/rss ar الجزيرة نت\n\nhttps://b.example/feed en\n"
                       "https://c.example/atom\nhttps://a.example/rss en repeated\n", encoding="utf-8")
    specs = read_feed_args([str(listing), "https://d.example/rss"])
    assert specs == [FeedSpec("https://a.example/rss", "ar", "الجزيرة نت"), FeedSpec("https://b.example/feed", "en"),
                     FeedSpec("https://c.example/atom"), FeedSpec("https://d.example/rss")]
    bad = tmp_path / "bad.txt"
    bad.write_text("ftp://x.example/rss\n", encoding="utf-8")
    with pytest.raises(UnreadableInput, match=r"bad.txt:1: not an http\(s\) URL"):
        read_feed_args([str(bad)])
    with pytest.raises(UnreadableInput, match="nowhere.txt: neither"):
        read_feed_args([str(tmp_path / "nowhere.txt")])


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_cli_once_from_a_feed_list_then_a_clean_stop_on_sigterm(tmp_path):
    db = tmp_path / "atlas.sqlite"
    with serve() as site:
        site.routes["/misrata"] = Route(article_page("Shelling kills three in Misrata", MISRATA))
        site.routes["/feed"] = Route(rss("Wire", items(site, ["/misrata"])), RSS, etag='"v1"')
        listing = tmp_path / "feeds.txt"
        listing.write_text(f"{site.url('/feed')} en Example Wire\n", encoding="utf-8")
        once = subprocess.run([sys.executable, "-m", "geo", "watch", str(listing), "--db", str(db), "--once",
                               "--delay", "0"], capture_output=True, text=True, timeout=180, cwd=ROOT, env=_env())
        assert once.returncode == 0, once.stderr
        assert "items: 1 stored" in once.stdout
        # A long-running watcher: polls every second until SIGTERM, then stops cleanly.
        proc = subprocess.Popen([sys.executable, "-m", "geo", "watch", site.url("/feed"), "--db", str(db),
                                 "--every", "1s", "--delay", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, cwd=ROOT, env=_env())
        try:
            first = proc.stdout.readline()
            assert "polled 1 feeds (1 unchanged" in first
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 0, err
        assert "stopped" in err
    from geo.store import Store

    with Store.open(db) as store:
        assert [a["source"] for a in store.articles()] == ["Example Wire"]
