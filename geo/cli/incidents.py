"""`python -m geo incidents list|show|split|merge [--db DB]`: read incidents and correct the
linking (several reports of one happening are one incident; see docs/watch.md).

    list [--limit N]                  newest first: id, date, type, place, dead, sources
    show ID                           the incident and its events (event id, article, source, toll)
    split ID EVENT_ID... [--by NAME]  those events leave ID for a new incident (pinned, audited)
    merge ID ID... [--by NAME]        one incident (the lowest id keeps them all; pinned, audited)

Exit 0, 1 when an id is unknown or a split/merge is refused (one line saying why), 2 when the
store cannot be opened.
"""
from __future__ import annotations

import argparse
import sys

from geo.errors import AtlasError
from geo.textclean import printable


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m geo incidents", description="Read, split and merge incidents.")
    sub = ap.add_subparsers(dest="command", required=True)
    listing = sub.add_parser("list", help="incidents, newest first")
    listing.add_argument("--limit", type=int, default=50)
    show = sub.add_parser("show", help="one incident and its events")
    show.add_argument("incident", type=int)
    split = sub.add_parser("split", help="move events out of an incident into a new one")
    split.add_argument("incident", type=int)
    split.add_argument("events", type=int, nargs="+", metavar="EVENT_ID")
    merge = sub.add_parser("merge", help="make several incidents one")
    merge.add_argument("incidents", type=int, nargs="+", metavar="INCIDENT_ID")
    for p in (listing, show, split, merge):
        p.add_argument("--db", help="store path or SQLAlchemy URL (default: $ATLAS_DB or data/atlas.sqlite)")
    for p in (split, merge):
        p.add_argument("--by", help="who signs the audit row (default: the operating-system user)")
    return ap


def _incident_line(row: dict) -> str:
    dead = "?" if row.get("fatalities") is None else row["fatalities"]
    sources = "; ".join(row.get("sources") or []) or "-"
    return printable(f"{row['incident_id']:>6}  {row.get('date') or '?':<10}  {row.get('type') or '?'}  "
                     f"at {row.get('location') or '?'}  dead {dead}  {row.get('n_sources', 0)} source(s): {sources}")


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from geo.store import Store
    from geo.store.store import default_actor

    try:
        with Store.open(args.db, create=False) as store:
            if args.command == "list":
                for row in store.incidents()[:max(args.limit, 0)]:
                    print(_incident_line(row))
                return 0
            if args.command == "show":
                found = store.incidents([args.incident])
                if not found:
                    print(f"error: no incident {args.incident}", file=sys.stderr)
                    return 1
                print(_incident_line(found[0]))
                for ev in store.incident_events(args.incident):
                    print(printable(f"  event {ev['event_id']}: article {ev['article_id']} "
                                    f"({ev.get('source') or '?'}), {ev.get('type')}, dead "
                                    f"{'?' if ev.get('fatalities') is None else ev['fatalities']}, {ev.get('date') or '?'}"))
                return 0
            by = args.by or default_actor()
            if args.command == "split":
                new_id = store.split_incident(args.incident, args.events, by=by)
                print(f"split: events {', '.join(map(str, args.events))} are incident {new_id} now")
                return 0
            kept = store.merge_incidents(args.incidents, by=by)
            print(f"merged into incident {kept}")
            return 0
    except AtlasError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1 if args.command in ("split", "merge") and "no store" not in str(exc) else 2
