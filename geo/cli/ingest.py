"""`python -m geo ingest PATH... [--db DB] [--workers N] [--dask ADDRESS]`: files and folders into the store.

Errors go to stderr, one line each naming the file (and line); the summary goes to
stdout. Exit code 0 when every article was read, 1 when some failed, 2 when the
store or the options are unusable.
"""
from __future__ import annotations

import argparse
import math
import sys

from geo.ingest.encoding import text_codec
from geo.errors import AtlasError
from geo.ingest.readers import FIELDS, ReadOptions


STOPPED_EXIT = 143  # 128 + SIGTERM, what a shell reports for a terminated command


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m geo ingest",
        description="Read articles (.txt .md .html .json .jsonl .csv, RSS/Atom) from files and folders "
                    "(recursively), find their places and store them. The same article twice is stored once.")
    ap.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    ap.add_argument("--db", help="store path or SQLAlchemy URL (default: $ATLAS_DB or data/atlas.sqlite)")
    ap.add_argument("--workers", type=int, default=None,
                    help="parser processes (default: the machine's cores; 1 parses in this process)")
    ap.add_argument("--dask", metavar="ADDRESS", help="parse on this Dask scheduler (e.g. tcp://host:8786)")
    labels = {"published": "publication date", "lang": "language (ar or en)"}
    for key in FIELDS:
        flag = "--date-col" if key == "published" else f"--{key}-col"
        ap.add_argument(flag, dest=f"col_{key}", metavar="COLUMN",
                        help=f"CSV column holding the {labels.get(key, key)} (default: one of {', '.join(FIELDS[key])})")
    ap.add_argument("--encoding", help="force this codec instead of detecting (e.g. cp1256)")
    ap.add_argument("--max-bytes", type=int, default=ReadOptions.max_bytes,
                    help="size limit for single-document files (default: %(default)s)")
    ap.add_argument("--follow-links", action="store_true",
                    help="read file links in a folder that point outside it (refused by default)")
    ap.add_argument("--article-timeout", type=float, default=120.0, metavar="SECONDS",
                    help="time budget to parse one article; past it the article is reported and skipped "
                         "(default: %(default)s; 0: no limit)")
    ap.add_argument("--by", metavar="NAME", help="who signs the new articles' audit rows (default: the "
                                                 "operating-system user)")
    ap.add_argument("--no-link", action="store_true",
                    help="do not link near-duplicate articles into stories and events into incidents after "
                         "storing (`geo watch --link` does it later)")
    ap.add_argument("--quiet", action="store_true", help="no progress lines (errors and summary still print)")
    ap.add_argument("--parser", default="geo:parse", help=argparse.SUPPRESS)  # module:function, for engine trials
    return ap


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.workers is not None and args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    if not math.isfinite(args.article_timeout) or args.article_timeout < 0:
        print("error: --article-timeout must be a number of seconds (0: no limit)", file=sys.stderr)
        return 2
    if args.encoding:
        problem = text_codec(args.encoding)
        if problem:
            print(f"error: {problem} (try utf-8, utf-16, cp1256, iso8859_6)", file=sys.stderr)
            return 2
    from geo.ingest.batch import ingest_paths
    from geo.store import Store

    columns = {key: getattr(args, f"col_{key}") for key in FIELDS if getattr(args, f"col_{key}")}
    options = ReadOptions(max_bytes=args.max_bytes, columns=columns, encoding=args.encoding,
                          follow_links=args.follow_links)
    try:
        with Store.open(args.db) as store:
            summary = ingest_paths(args.paths, store, workers=args.workers, dask_address=args.dask,
                                   progress=not args.quiet, options=options, parser=args.parser,
                                   echo_errors=True, budget=args.article_timeout or None, by=args.by)
            if not args.no_link:
                summary.link_stories_and_incidents(store)
    except AtlasError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. the Dask scheduler cannot be reached
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if summary.stopped:
        print(f"stopped by {summary.stopped}: the workers were stopped; each article is stored whole or not "
              "at all; run the same command again to go on", file=sys.stderr)
        print(summary.counts())
        return STOPPED_EXIT
    if summary.stored and not args.no_link and not args.quiet:  # a progress line: stdout keeps its one summary
        print(f"progress: {summary.linked()}", file=sys.stderr)
    print(summary.counts())
    return 0 if summary.ok else 1
