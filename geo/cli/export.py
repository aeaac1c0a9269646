"""`python -m geo export --db DB --format jsonl|geojson|csv|acled-csv [--out FILE]`.

Every mention with its article fields and status (analyst corrections win); rejected
mentions are left out unless ``--include-rejected``. ``acled-csv`` writes the events
in ACLED's columns (geo.events.acled). Writes to stdout when no ``--out``.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any, TextIO

from geo.errors import AtlasError, StoreError

FORMATS = ("jsonl", "geojson", "csv", "acled-csv")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m geo export",
                                 description="Write the store's mentions (or events, for acled-csv).")
    ap.add_argument("--db", help="store path or SQLAlchemy URL (default: $ATLAS_DB or data/atlas.sqlite)")
    ap.add_argument("--format", required=True, choices=FORMATS)
    ap.add_argument("--out", help="output file (default: stdout)")
    ap.add_argument("--source", action="append", dest="sources", help="only this source (repeatable)")
    ap.add_argument("--lang", action="append", dest="langs", choices=("ar", "en"), help="only this language")
    ap.add_argument("--country", action="append", dest="country_codes", help="only this ISO country code")
    ap.add_argument("--from", dest="date_from", help="published on or after (yyyy-mm-dd)")
    ap.add_argument("--to", dest="date_to", help="published on or before (yyyy-mm-dd)")
    ap.add_argument("--min-confidence", type=float)
    ap.add_argument("--include-rejected", action="store_true", help="also mentions an analyst rejected")
    ap.add_argument("--incidents", action="store_true",
                    help="acled-csv only: one row per incident (events of several reports merged), "
                         "every source in the source column")
    return ap


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    keys = ("sources", "langs", "country_codes", "date_from", "date_to", "min_confidence")
    found = {k: getattr(args, k) for k in keys if getattr(args, k) is not None}
    if args.include_rejected:
        found["include_rejected"] = True
    from geo.store.rows import normalise_filters

    return normalise_filters(found)  # StoreError naming the bad value: exit 2 before opening anything


def _write(store: Any, fmt: str, filters: dict[str, Any], fp: TextIO, incidents: bool = False) -> int:
    if fmt == "acled-csv":
        from geo.events.acled import write_acled_csv  # the events engineer's module, loaded only for this format

        rows = store.iter_incident_rows(filters) if incidents else store.iter_event_rows(filters)
        return write_acled_csv(rows, fp)
    from geo.store.export import WRITERS

    if fmt == "csv":
        from geo.csvsafe import BOM

        fp.write(BOM)  # like the dashboard's download: Excel then reads the Arabic as UTF-8

    return WRITERS[fmt](store.iter_mention_rows(filters), fp)


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from geo.cli.outfile import open_output
    if args.incidents and args.format != "acled-csv":
        print("error: --incidents goes with --format acled-csv", file=sys.stderr)
        return 2
    from geo.store import Store

    try:
        filters = _filters(args)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        with Store.open(args.db, migrate=False, create=False) as store:
            store.migrate()  # an older store is upgraded; a missing one is an error, never created
            if not args.out:
                count = _write(store, args.format, filters, sys.stdout, args.incidents)
                sys.stdout.flush()
            else:
                # A regular file is written beside the target then renamed (never half a file);
                # links are followed and devices written in place (geo.cli.outfile).
                with open_output(args.out) as fp:
                    count = _write(store, args.format, filters, fp, args.incidents)
    except BrokenPipeError:  # e.g. piped into `head`: the reader left, nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except ImportError as exc:
        print(f"error: the {args.format} format is not available here: {exc}", file=sys.stderr)
        return 2
    except AtlasError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write {args.out or 'stdout'}: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # an event field that cannot be written (geo.events.acled names the event)
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"exported {count} rows" + (f" to {args.out}" if args.out else ""), file=sys.stderr)
    return 0
