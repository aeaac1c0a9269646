"""`python -m geo audit verify|log [--db DB]`: check and read the store's audit trail.

``verify`` walks the hash chain (geo/store/audit.py): exit 0 and ``OK: N rows, head HASH``
when every link holds, exit 1 and one line naming the first row that does not. Keep the
head hash somewhere else (a ticket, a daily e-mail): a chain recomputed from an edit
onwards, or cut short, only shows against a head seen before.
"""
from __future__ import annotations

import argparse
import json
import sys

from geo.errors import AtlasError
from geo.textclean import printable


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m geo audit", description="Check or print the audit trail.")
    sub = ap.add_subparsers(dest="command", required=True)
    verify = sub.add_parser("verify", help="check every link of the hash chain")
    log = sub.add_parser("log", help="print the audit log, oldest first")
    log.add_argument("--limit", type=int, help="only the newest N rows")
    for p in (verify, log):
        p.add_argument("--db", help="store path or SQLAlchemy URL (default: $ATLAS_DB or data/atlas.sqlite)")
    return ap


def _line(row: dict) -> str:
    where = f"{row['target']} {row['target_id']}" + (f" (article {row['article_id']})"
                                                     if row["article_id"] and row["target"] != "article" else "")
    change = {k: row[k] for k in ("before", "after") if row.get(k) is not None}
    return printable(f"{row['id']} {row['at']} {row['who']} {row['action']} {where} "
                     f"{json.dumps(change, ensure_ascii=False, sort_keys=True)}")


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from geo.store import Store

    try:
        with Store.open(args.db, migrate=False, create=False) as store:
            store.migrate()
            if args.command == "verify":
                verdict = store.verify_audit()
                if not verdict.ok:
                    print(f"BROKEN: {verdict.problem}")
                    return 1
                print(f"OK: {verdict.rows} rows, head {verdict.head}")
                return 0
            rows = store.audit_log(limit=args.limit)
            for row in reversed(rows):
                print(_line(row))
            return 0
    except AtlasError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
