"""Precision and recall of the event extractor on the gold set.

    .venv/bin/python scripts/eval_events.py [--gold tests/data/events_gold.jsonl] [--mentions gold|engine] [-v]

``--mentions gold`` builds each sentence's mentions from the annotated places (the extractor
alone); ``--mentions engine`` runs ``geo.parse`` end to end. Figures are defined in docs/events.md.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geo  # noqa: E402
from geo.errors import UnreadableInput  # noqa: E402
from geo.events.evaluate import load_gold, score  # noqa: E402

DEFAULT_GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "events_gold.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(DEFAULT_GOLD))
    parser.add_argument("--mentions", choices=["gold", "engine"], default="gold")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    try:
        items = load_gold(args.gold)
    except (UnreadableInput, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    s = score(items, mentions=args.mentions, parse=geo.parse)
    elapsed = time.perf_counter() - started
    print(f"{s.items} sentences, {s.gold} gold events, {s.pred} predicted (mentions: {args.mentions}, "
          f"{elapsed * 1000:.0f} ms)")
    for name, value in s.figures().items():
        print(f"  {name:<22} {value:.3f}")
    if args.verbose:
        for line in s.errors:
            print("  -", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
