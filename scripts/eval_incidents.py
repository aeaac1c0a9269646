"""Incident merging on the gold set, end to end: `python scripts/eval_incidents.py [--gold PATH]`.

Ingests tests/data/incidents/incidents_gold.jsonl into a fresh SQLite store with the real
engine, links stories and incidents, and prints pairwise precision/recall by language pair.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.ingest.evaluate_incidents import evaluate_gold  # noqa: E402
from geo.store import Store  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", default=str(ROOT / "tests/data/incidents/incidents_gold.jsonl"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "gold.sqlite") as store:
        result = evaluate_gold(args.gold, store)
    print(f"{result['articles']} articles, {result['gold_incidents']} gold incidents, "
          f"{result['incidents']} incidents found; articles with no linked event: {len(result['unlinked'])}")
    print(f"{'pairs':<8} {'precision':>9} {'recall':>7} {'f1':>6} {'gold pairs':>10} {'fp':>4} {'fn':>4}")
    for key in ("all", "ar-ar", "en-en", "ar-en"):
        s = result["scores"].get(key)
        if s:
            print(f"{key:<8} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>6.3f} {s['pairs']:>10} {s['fp']:>4} {s['fn']:>4}")
    if result["unlinked"]:
        print("unlinked:", ", ".join(result["unlinked"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
