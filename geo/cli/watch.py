"""`python -m geo watch FEEDS... [--db DB] [--every 10m] [--once] [--status]`: follow RSS/Atom feeds.

Polls each feed (URLs, or files listing ``URL [LANG] [SOURCE NAME]`` per line), reads each new
item's page (the feed's summary when the page cannot be had) and ingests it; then links
near-duplicate articles into stories and events into incidents. ``--once`` polls once (for cron
or a systemd timer); without it, it polls every ``--every`` until SIGTERM or Ctrl-C, finishing
the article in hand. ``--status`` prints each feed's state and error count. See docs/watch.md.
"""
from __future__ import annotations

import argparse
import contextlib
import re
import sys

from geo.errors import AtlasError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr)?\s*$", re.IGNORECASE)
_UNIT = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600}


def duration(text: str) -> float:
    """'10m' -> 600.0; '30s', '1h', '90' (seconds) too."""
    found = _DURATION.match(text)
    if not found:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration (e.g. 30s, 10m, 1h)")
    return float(found.group(1)) * _UNIT[(found.group(2) or "s").lower()]


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m geo watch",
        description="Follow RSS/Atom feeds: new items are fetched, read and stored once; the same story from "
                    "several outlets is linked, and events telling one happening become one incident.")
    ap.add_argument("feeds", nargs="*", metavar="FEED",
                    help="a feed URL, or a file with one 'URL [ar|en] [SOURCE NAME]' per line")
    ap.add_argument("--db", help="store path or SQLAlchemy URL (default: $ATLAS_DB or data/atlas.sqlite)")
    ap.add_argument("--every", type=duration, default=600.0, help="time between polls (default: 10m)")
    ap.add_argument("--once", action="store_true", help="poll every feed once and exit (for cron / systemd timers)")
    ap.add_argument("--status", action="store_true", help="print each watched feed's state and exit")
    ap.add_argument("--link", action="store_true",
                    help="only link stories and incidents for articles stored by other means (geo ingest, "
                         "the dashboard's paste box), then exit")
    ap.add_argument("--delay", type=float, default=1.0, help="seconds between two requests to one host (default: 1)")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds before a request is given up (default: 20)")
    ap.add_argument("--retries", type=int, default=2, help="retries of a failing request, waits doubling (default: 2)")
    ap.add_argument("--dask", metavar="ADDRESS",
                    help="parse on this Dask scheduler (e.g. tcp://host:8786), as `geo ingest --dask` does")
    ap.add_argument("--quiet", action="store_true", help="no per-cycle summary (errors still print)")
    ap.add_argument("--parser", default="geo:parse", help=argparse.SUPPRESS)
    return ap


def print_status(store, out=sys.stdout) -> int:
    """One line per feed: errors, last poll and status, items, last error."""
    rows = store.feeds()
    if not rows:
        print("no feeds watched yet", file=out)
        return 0
    print(f"{'errors':>6} {'total':>5} {'items':>6} {'new':>5} {'status':>6}  {'last polled':<25} feed", file=out)
    for r in rows:
        name = f"{r['url']}" + (f" ({r['name']})" if r["name"] else "")
        print(f"{r['errors']:>6} {r['total_errors']:>5} {r['items_seen']:>6} {r['items_new']:>5} "
              f"{r['last_status'] or '-':>6}  {r['last_polled'] or 'never':<25} {name}", file=out)
        if r["errors"] and r["last_error"]:
            print(f"{'':>6} last error: {r['last_error']}", file=out)
    return 0


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from geo.ingest.feeds.feedlist import read_feed_args
    from geo.ingest.feeds.fetch import Fetcher
    from geo.ingest.feeds.watcher import Watcher, dask_parse, stop_on_signals
    from geo.store import Store

    try:
        with Store.open(args.db) as store:
            if args.status:
                return print_status(store)
            if args.link:
                from geo.ingest.stories import link_new_articles

                storied, linked = link_new_articles(store)
                print(f"{storied} articles given a story, {linked} events linked to incidents")
                return 0
            if not args.feeds:
                print("error: name at least one feed URL or feed-list file (or --status)", file=sys.stderr)
                return 2
            specs = read_feed_args(args.feeds)
            fetcher = Fetcher(delay=args.delay, timeout=args.timeout, retries=args.retries)
            watcher = Watcher(store, fetcher=fetcher, parser=args.parser,
                              report=lambda line: print(line, file=sys.stderr, flush=True))
            stop_on_signals(watcher.stop)
            with contextlib.ExitStack() as stack:
                if args.dask:
                    watcher._parse = dask_parse(stack.enter_context(_dask_client(args.dask)), args.parser)
                say = (lambda stats: None) if args.quiet else (lambda stats: print(stats.line(), flush=True))
                if args.once:
                    say(watcher.run_once(specs))
                    return 1 if watcher.stats.feed_errors else 0  # cron mails a failing feed
                watcher.run(specs, args.every, on_cycle=say)
            print("stopped", file=sys.stderr, flush=True)
            return 0
    except AtlasError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the Dask scheduler cannot be reached
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _dask_client(address: str):
    from distributed import Client

    from geo.ingest.batch import DASK_CONNECT_S
    return Client(address, set_as_default=False, timeout=DASK_CONNECT_S)
