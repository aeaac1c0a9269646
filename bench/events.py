"""The event step's own cost per article, apart from recognition and resolution.

    python -m bench.events [--shared ../shared] [--runs 20]

Parses each article once (the engine's mentions), then times ``extract_events`` alone over
the seed article and the English news sets (LGL + GeoVirus), on one core. Prints
milliseconds per article. (Was a timed test; speed belongs in benchmarks.)
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def per_article_ms(docs: list, runs: int) -> float:
    from geo.events.extract import extract_events

    for doc in docs:  # lexicons, actors and models loaded once
        extract_events(doc, date(2020, 6, 9))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for doc in docs:
            extract_events(doc, date(2020, 6, 9))
        times.append((time.perf_counter() - start) / len(docs))
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args(argv)
    import geo

    shared = Path(args.shared)
    seed = [geo.parse((ROOT / "seeds" / "000_2652ce4f1c7f173e.txt").read_text(encoding="utf-8"))]
    english = []
    for name in ("lgl.jsonl", "geovirus.jsonl"):
        path = shared / "eval" / name
        if path.exists():
            english += [geo.parse(json.loads(line)["text"], lang="en") for line in path.open(encoding="utf-8")]
    print(f"{'event step alone':<40}{'ms/article':>12}  articles")
    print(f"{'seed article (Arabic)':<40}{per_article_ms(seed, args.runs * 10):>12.3f}  1")
    if english:
        print(f"{'LGL + GeoVirus (English)':<40}{per_article_ms(english, args.runs):>12.3f}  {len(english)}")
    else:
        print(f"English sets not found under {shared / 'eval'}: skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
