"""`python -m geo map PATH... --out map.html`: a standalone HTML map that opens offline.

PATH are article files or folders (any format geo.ingest.readers reads), parsed with the
engine; or, with ``--db DB`` and no PATH, the mentions kept in the store
(corrections applied, rejected mentions left out).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Iterable

from geo.maps.colours import COLOUR_KEYS
from geo.errors import AtlasError, UnreadableInput


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m geo map", description=__doc__.splitlines()[0].split(": ", 1)[1])
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    p.add_argument("--db", help="read the store at this path or SQLAlchemy URL instead of files")
    p.add_argument("--out", required=True, help="the HTML file to write")
    p.add_argument("--colour-by", default="country", choices=COLOUR_KEYS, help="what marker colours show")
    p.add_argument("--no-tiles", action="store_true", help="leave out OpenStreetMap tiles (outlines only)")
    p.add_argument("--no-heat", action="store_true", help="leave out the heat map layer")
    p.add_argument("--fast", choices=["auto", "yes", "no"], default="auto",
                   help="fast marker layer: auto switches it on above 1,500 places")
    p.add_argument("--title", default="Conflict Atlas map", help="the page title")
    return p


def rows_from_files(paths: Iterable[str], errors: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Parse every article under ``paths``; unreadable parts go to ``errors``, never stop the run."""
    import geo
    from geo.ingest.readers import iter_files, read_path

    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    article_id = 0
    for path in iter_files(paths):
        if isinstance(path, UnreadableInput):
            errors.append(str(path))
            continue
        for item in read_path(path):
            if isinstance(item, UnreadableInput):
                errors.append(str(item))
                continue
            article_id += 1
            try:
                doc = geo.parse(item["text"], lang=item.get("lang"), published=item.get("published"))
            except UnreadableInput as exc:
                errors.append(f"{item.get('origin') or path}: {exc}")
                continue
            published = item.get("published")
            article = {"article_id": article_id, "title": item.get("title") or Path(path).name,
                       "source": item.get("source") or "", "url": item.get("url"),
                       "published": published.isoformat()[:10] if hasattr(published, "isoformat") else published,
                       "lang": doc.lang}
            for mention in doc.mentions:
                rows.append({**mention.to_dict(), **article, "mention_id": len(rows) + 1, "status": "auto"})
            events += [{**event, "article_id": article_id} for event in doc.events]
    return rows, events


def rows_from_store(db: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from geo.store import Store

    if "://" not in db and not Path(db).is_file():
        raise UnreadableInput(f"{db}: no such store (run `python -m geo ingest ... --db {db}` first)")
    store = Store.open(db, migrate=False)
    try:
        return store.mention_rows(), [e for e in store.event_rows() if e.get("status") != "rejected"]
    finally:
        store.close()


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if bool(args.paths) == bool(args.db):
        print("python -m geo map: give article PATHs or --db DB (one of them)", file=sys.stderr)
        return 2
    errors: list[str] = []
    try:
        if args.db:
            rows, events = rows_from_store(args.db)
        else:
            rows, events = rows_from_files(args.paths, errors)
            if errors and not rows:  # keep an existing --out file rather than write an empty map
                for error in errors:
                    print(f"skipped: {error}", file=sys.stderr)
                print("python -m geo map: nothing readable, no map written", file=sys.stderr)
                return 1
        from geo.maps.offline import export_html

        size = export_html(rows, args.out, title=args.title, events=events, colour_by=args.colour_by,
                           tiles=None if args.no_tiles else "osm", heat=not args.no_heat,
                           fast={"auto": None, "yes": True, "no": False}[args.fast])
    except (AtlasError, OSError) as exc:
        print(f"python -m geo map: {exc}", file=sys.stderr)
        return 1
    for error in errors:
        print(f"skipped: {error}", file=sys.stderr)
    drawable = sum(1 for r in rows if r.get("lat") is not None and r.get("status") != "rejected")
    articles = len({r.get("article_id") for r in rows})
    print(f"wrote {args.out}: {drawable} mentions from {articles} articles, {size / 1e6:.2f} MB")
    return 1 if errors else 0
