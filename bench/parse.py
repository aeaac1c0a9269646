"""Engine speed and memory: start-up, first index build, warm parsing on LGL + GeoVirus.

    python -m bench.parse [--shared ../shared] [--rebuild]

Prints a table. Targets: warm parsing >= 250 articles/s on one core (issues 10 and 11; issue 2
asked 200); start-up with a built index <= 2 s; first index build <= 90 s; peak memory <= 1.5 GB.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(code: str, env: dict[str, str]) -> dict:
    """Run ``code`` in a fresh interpreter (one core, cold caches) and return its JSON line."""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


BUILD = """
import json, time, resource
from geo.engine.gazetteer import build_index, index_path
t = time.perf_counter(); build_index(index_path())
print(json.dumps({"seconds": time.perf_counter() - t, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

STARTUP = """
import json, time, resource
t = time.perf_counter()
from geo.engine.pipeline import Parser
p = Parser()
p.parse("warm-up: Tripoli")
print(json.dumps({"seconds": time.perf_counter() - t, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

WARM = """
import json, sys, time, resource
from geo.engine.pipeline import Parser
texts = [json.loads(l)["text"] for f in sys.argv[1:] for l in open(f, encoding="utf-8") if l.strip()]
p = Parser()
for t in texts[:50]:
    p.parse(t, lang="en")
t0 = time.perf_counter()
n = 0
for t in texts:
    p.parse(t, lang="en"); n += 1
dt = time.perf_counter() - t0
print(json.dumps({"articles": n, "seconds": dt, "per_s": n / dt, "chars": sum(map(len, texts)),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rebuild", action="store_true", help="also time a first build in an empty cache")
    args = ap.parse_args(argv)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    rows = []
    if args.rebuild:
        with tempfile.TemporaryDirectory() as cache:
            r = _child(BUILD, dict(env, ATLAS_CACHE_DIR=cache))
            rows.append(("first index build", f"{r['seconds']:.1f} s", f"{r['rss_mb']:.0f} MB", "<= 90 s"))
    r = _child(STARTUP, env)
    rows.append(("start-up with a built index", f"{r['seconds']:.2f} s", f"{r['rss_mb']:.0f} MB", "<= 2 s"))
    files = [str(args.shared / "eval" / f) for f in ("lgl.jsonl", "geovirus.jsonl")]
    code = WARM.replace("sys.argv[1:]", repr(files))
    r = _child(code, env)
    rows.append((f"warm parse, {r['articles']} LGL+GeoVirus articles", f"{r['per_s']:.0f} articles/s",
                 f"{r['rss_mb']:.0f} MB", ">= 250/s, <= 1.5 GB"))
    print(f"{'measure':<45} {'value':>16} {'peak RSS':>10}  target")
    for name, value, rss, target in rows:
        print(f"{name:<45} {value:>16} {rss:>10}  {target}")


if __name__ == "__main__":
    main()
