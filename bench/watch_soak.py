"""Watch soak: the watcher's own memory over a long run of feeds that keep publishing.

A real HTTP server on 127.0.0.1 runs in a **separate process** (so the RSS measured is the
watcher's alone, not the pages it serves): ``--feeds`` RSS feeds, each publishing ``--per-poll``
new items at every poll (the last 50 items in the feed, as news sites do, with a fresh ETag),
each item linking an article page (wire stories in Arabic and English from the incident gold
set's patterns, on moving dates so incidents keep arriving). The watcher runs its ordinary
cycle (``Watcher.run_once``: poll every feed, read the new pages, parse, store, link stories and
incidents) until ``--n`` items are stored or ``--minutes`` have passed, and prints its RSS after
each cycle, then the growth over the second half of the run (MB per 1,000 articles): flat
memory means that figure stays near zero once the process is warm.

    python -m bench.watch_soak [--n 10000] [--feeds 20] [--per-poll 25] [--minutes 60] [--every S] [--db PATH]

``--every S`` waits until S seconds after the start of each cycle before the next one, as
``geo watch --every`` does: ``--per-poll 10 --feeds 20 --every 30 --minutes 60 --n 30000`` is an
hour of 400 new articles a minute.
"""
from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "tests"), str(REPO / "bench")]

WINDOW = 50  # items a feed keeps, as most news feeds do


def _serve(articles: list[dict], feeds: int, per_poll: int, port_out) -> None:
    """The feed server's process: feed ``f`` holds the items i with i % feeds == f; each GET that
    finds unpublished items publishes ``per_poll`` more."""
    from feed_server import article_page, rss

    lock = threading.Lock()
    mine = [[i for i in range(len(articles)) if i % feeds == f] for f in range(feeds)]
    cursor = [0] * feeds

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def _send(self, status: int, body: bytes = b"", ctype: str = "", etag: str | None = None) -> None:
            self.send_response(status)
            if etag:
                self.send_header("ETag", etag)
            if status != 304:
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802
            parts = self.path.strip("/").split("/")
            if len(parts) == 2 and parts[0] == "a" and parts[1].isdigit() and int(parts[1]) < len(articles):
                art = articles[int(parts[1])]
                extra = ("Residents said ambulances took the wounded to hospital." if art["lang"] == "en"
                         else "ونقلت سيارات الإسعاف المصابين إلى المستشفى.")
                self._send(200, article_page(art["title"], [art["text"], extra], art["lang"]), "text/html; charset=utf-8")
                return
            if len(parts) == 2 and parts[0] == "feed" and parts[1].isdigit() and int(parts[1]) < feeds:
                f = int(parts[1])
                with lock:
                    if cursor[f] < len(mine[f]):
                        cursor[f] = min(len(mine[f]), cursor[f] + per_poll)
                    shown = mine[f][max(0, cursor[f] - WINDOW):cursor[f]]
                    etag = f'"{f}-{cursor[f]}"'
                if self.headers.get("If-None-Match") == etag:
                    self._send(304, etag=etag)
                    return
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                entries = [{"title": articles[i]["title"], "link": f"{base}/a/{i}",
                            "summary": articles[i]["text"][:200], "date": articles[i]["published"]}
                           for i in reversed(shown)]
                self._send(200, rss(f"Wire {f}", entries), "application/rss+xml", etag)
                return
            self._send(404, b"", "text/plain")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_out.send(server.server_address[1])
    server.serve_forever(poll_interval=0.05)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10000, help="articles to store (default 10000)")
    ap.add_argument("--feeds", type=int, default=20)
    ap.add_argument("--per-poll", type=int, default=25, help="new items per feed per poll (default 25)")
    ap.add_argument("--minutes", type=float, default=60.0, help="stop after this long even if --n is not reached")
    ap.add_argument("--every", type=float, default=0.0, help="seconds from one cycle's start to the next (default 0)")
    ap.add_argument("--db", help="store (default: a fresh SQLite file in a temporary folder)")
    args = ap.parse_args(argv)

    from watch import build_articles, rss_mb

    articles = build_articles(args.n)
    receive, send = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.get_context("fork").Process(
        target=_serve, args=(articles, args.feeds, args.per_poll, send), daemon=True)
    server.start()
    port = receive.recv()
    del articles

    import geo
    from geo.ingest.feeds.feedlist import FeedSpec
    from geo.ingest.feeds.fetch import Fetcher
    from geo.ingest.feeds.watcher import Watcher
    from geo.store import Store

    geo.parse("warm up the engine", lang="en")
    specs = [FeedSpec(f"http://127.0.0.1:{port}/feed/{f}", None, f"Wire {f}") for f in range(args.feeds)]
    samples: list[tuple[float, int, float]] = []
    try:
        with tempfile.TemporaryDirectory() as tmp, Store.open(args.db or str(Path(tmp) / "soak.sqlite")) as store:
            watcher = Watcher(store, fetcher=Fetcher(delay=0))
            watcher._parse = geo.parse
            t0, cpu0 = time.monotonic(), time.process_time()
            samples.append((0.0, 0, rss_mb()))
            print(f"{'minutes':>8} {'stored':>7} {'RSS MB':>7}", flush=True)
            print(f"{0:8.1f} {0:7d} {samples[0][2]:7.0f}", flush=True)
            while watcher.stats.stored < args.n and time.monotonic() - t0 < 60 * args.minutes:
                before, started = watcher.stats.stored, time.monotonic()
                watcher.run_once(specs)
                samples.append((time.monotonic() - t0, watcher.stats.stored, rss_mb()))
                print(f"{samples[-1][0] / 60:8.1f} {samples[-1][1]:7d} {samples[-1][2]:7.0f}", flush=True)
                if watcher.stats.stored == before:
                    break  # the feeds have nothing new
                time.sleep(max(0.0, args.every - (time.monotonic() - started)))
            wall, cpu = time.monotonic() - t0, time.process_time() - cpu0
            incidents = len(store.incidents())
    finally:
        server.kill()
    stored = samples[-1][1]
    half = next(s for s in samples if s[1] >= stored / 2)
    slope = (samples[-1][2] - half[2]) / max(1, samples[-1][1] - half[1]) * 1000
    print(f"stored {stored} articles ({incidents} incidents) in {wall / 60:.1f} min wall, {cpu:.0f} s CPU: "
          f"{60 * stored / wall:,.0f} articles/min")
    print(f"RSS: {samples[0][2]:.0f} MB at the start (engine loaded), {half[2]:.0f} MB at {half[1]} articles, "
          f"{samples[-1][2]:.0f} MB at the end; second half: {slope:+.1f} MB per 1,000 articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
