"""Parsing time of one very long article (40k, 160k and 1M characters), warm engine.

    python -m bench.long_article [--shared ../shared] [--sizes 40000 160000 1000000]

The article is LGL and GeoVirus stories glued together until it is long enough, so it has the
name density of real news. Target (issue 11): 1,000,000 characters in under 10 s; the time per
character should stay about flat as the article grows (near-linear work).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (40_000, 160_000, 1_000_000)
TARGET_1M_S = 10.0


def long_text(shared: Path, size: int) -> str:
    """News stories joined by blank lines, cut at ``size`` characters (on a word boundary)."""
    stories: list[str] = []
    for name in ("lgl", "geovirus"):
        path = shared / "eval" / f"{name}.jsonl"
        with open(path, encoding="utf-8") as f:
            stories += [json.loads(line)["text"] for line in f if line.strip()]
    parts: list[str] = []
    total = 0
    while total < size:
        for s in stories:
            parts.append(s)
            total += len(s) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size].rsplit(" ", 1)[0]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    args = ap.parse_args(argv)
    from geo.engine.pipeline import default_parser

    parser = default_parser()
    parser.parse("Warm-up: Tripoli, Libya and Benghazi.", lang="en")
    print(f"{'characters':>11} {'seconds':>8} {'mentions':>9} {'us/char':>8}")
    for size in args.sizes:
        text = long_text(args.shared, size)
        t = time.perf_counter()
        doc = parser.parse(text, lang="en")
        dt = time.perf_counter() - t
        note = f"  (target < {TARGET_1M_S:g} s)" if size >= 1_000_000 else ""
        print(f"{len(text):>11,} {dt:>8.2f} {len(doc.mentions):>9,} {dt / len(text) * 1e6:>8.2f}{note}", flush=True)


if __name__ == "__main__":
    main()
