"""Watch throughput: items from a local feed server to stored articles, stories and incidents.

Starts a real HTTP server on 127.0.0.1 serving ``--feeds`` RSS feeds that together hold ``--n``
items, each linking an article page (wire stories in Arabic and English built from the incident
gold set's patterns, on shifting dates so incidents keep arriving). One watcher process polls
them all once (everything new), then again (every feed answers 304). Prints items per second and
per minute, the time spent linking stories and incidents, and this process's RSS at the start
(engine loaded) and at the end of the soak.

    python -m bench.watch [--n 2000] [--feeds 10] [--db PATH]      # --n 10000 for the soak
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "tests"), str(REPO / "tests/data/incidents")]

from feed_server import Route, article_page, rss, serve  # noqa: E402
import make_gold  # noqa: E402


def build_articles(n: int, seed: int = 14) -> list[dict]:
    """n distinct wire articles: the gold set's incidents, moved 5 days on at each round."""
    rng = random.Random(seed)
    out = []
    rounds = 0
    while len(out) < n:
        for incident in make_gold.INCIDENTS:
            moved = list(incident)
            moved[2] = (date.fromisoformat(incident[2]) + timedelta(days=5 * rounds)).isoformat()
            for k in range(incident[9]):
                if len(out) >= n:
                    break
                art = make_gold.article(tuple(moved), rng.choice(["en", "ar"]), k, rng)
                art["text"] += f" ({art['source']}, ref {len(out)})"  # distinct texts, as real copies differ
                out.append(art)
        rounds += 1
    return out


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="items in all (default 2000; 10000 for the soak)")
    ap.add_argument("--feeds", type=int, default=10)
    ap.add_argument("--db", help="store (default: a fresh SQLite file in a temporary folder)")
    args = ap.parse_args(argv)

    import geo
    from geo.ingest.feeds.feedlist import FeedSpec
    from geo.ingest.feeds.fetch import Fetcher
    from geo.ingest.feeds.watcher import Watcher
    from geo.store import Store

    geo.parse("warm up the engine", lang="en")
    articles = build_articles(args.n)
    with tempfile.TemporaryDirectory() as tmp, serve() as site:
        for i, art in enumerate(articles):
            lang = art["lang"]
            paragraphs = [art["text"], "Residents said ambulances took the wounded to hospital." if lang == "en"
                          else "ونقلت سيارات الإسعاف المصابين إلى المستشفى."]
            site.routes[f"/a/{i}"] = Route(article_page(art["title"], paragraphs, lang))
        specs = []
        for f in range(args.feeds):
            chunk = [(i, a) for i, a in enumerate(articles) if i % args.feeds == f]
            entries = [{"title": a["title"], "link": site.url(f"/a/{i}"), "summary": a["text"][:200],
                        "date": a["published"]} for i, a in chunk]
            site.routes[f"/feed/{f}"] = Route(rss(f"Wire {f}", entries), "application/rss+xml", etag=f'"{f}-1"')
            specs.append(FeedSpec(site.url(f"/feed/{f}"), None, f"Wire {f}"))
        db = args.db or str(Path(tmp) / "watch.sqlite")
        with Store.open(db) as store:
            watcher = Watcher(store, fetcher=Fetcher(delay=0), link=False)
            watcher._parse = geo.parse
            rss_start = rss_mb()
            cpu0, t0 = time.process_time(), time.monotonic()
            for spec in specs:
                watcher.poll_feed(spec)
            t1 = time.monotonic()
            from geo.ingest.stories import link_new_articles

            storied, linked = link_new_articles(store)
            t2, cpu2 = time.monotonic(), time.process_time()
            again = Watcher(store, fetcher=Fetcher(delay=0), link=False)
            again.run_once(specs)
            t3 = time.monotonic()
            stats, rss_end = watcher.stats, rss_mb()
            n_incidents, n_stories = len(store.incidents()), len(store.stories())
        total = t2 - t0
        print(f"items: {args.n} in {args.feeds} feeds; stored {stats.stored}, pages read {stats.pages}, "
              f"failed {stats.failed}")
        print(f"fetch + extract + parse + store: {t1 - t0:.1f} s ({stats.stored / (t1 - t0):.0f} items/s)")
        print(f"stories + incidents linking: {t2 - t1:.1f} s ({storied} articles, {linked} events -> "
              f"{n_incidents} incidents; {n_stories} stories of 2+ articles)")
        print(f"end to end: {total:.1f} s wall, {cpu2 - cpu0:.1f} s CPU in this process (server threads included): "
              f"{stats.stored / total:.0f} items/s = {60 * stats.stored / total:,.0f} new articles per minute")
        print(f"second poll, every feed unchanged: {t3 - t2:.2f} s, {again.stats.not_modified} answers 304, "
              f"{again.stats.parsed_feeds} feeds parsed")
        print(f"RSS: {rss_start:.0f} MB at the start (engine loaded), {rss_end:.0f} MB at the end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
