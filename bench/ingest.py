"""Ingest throughput: >= 10,000 articles built from the eval sets, into SQLite, with 1 and 2 workers.

Runs the real CLI (`python -m geo ingest`) in a subprocess and samples the RSS of its
whole process tree (main process plus parser workers) to find the peak. A smaller
run with 2 workers shows whether peak memory depends on the number of articles.

    python -m bench.ingest [--n 10000] [--workers 1,2]
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

import psutil

REPO = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("ATLAS_SHARED", REPO.parent / "shared")) / "eval"
PER_FILE = 1000  # articles per JSON Lines file: the run also walks a folder of files
SAMPLE_S = 0.05


def build_articles(folder: Path, n: int) -> int:
    """Write n distinct articles (eval texts with a numbered line, so content hashes differ)."""
    texts = []
    for path in sorted(EVAL.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fp:
            texts += [json.loads(line)["text"] for line in fp if line.strip()]
    if not texts:
        raise SystemExit(f"no eval texts under {EVAL}")
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, n, PER_FILE):
        with open(folder / f"batch_{start // PER_FILE:04d}.jsonl", "w", encoding="utf-8") as fp:
            for i in range(start, min(start + PER_FILE, n)):
                text = texts[i % len(texts)]
                fp.write(json.dumps({"text": f"{text}\n\n[{i // len(texts)}-{i}]", "title": f"bench {i}",
                                     "source": "bench"}, ensure_ascii=False) + "\n")
    return n


def tree_rss(proc: psutil.Process) -> int:
    """Resident memory of a process and all its children, in bytes."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_ingest(folder: Path, db: Path, workers: int) -> dict:
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "geo", "ingest", str(folder), "--db", str(db),
                             "--workers", str(workers), "--quiet"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            peak = max(peak, tree_rss(watched))
        except psutil.Error:
            pass
        time.sleep(SAMPLE_S)
    out, err = proc.communicate()
    elapsed = time.monotonic() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the ingest and its workers, once waited for
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    if proc.returncode != 0:
        raise RuntimeError(f"ingest failed ({proc.returncode}): {err.strip()[-500:]}")
    stored = int(out.split("stored ", 1)[1].split(",", 1)[0])
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    return {"workers": workers, "articles": stored, "seconds": elapsed, "rate": stored / elapsed, "cpu": cpu,
            "peak_mb": peak / 2**20, "store_mb": size / 2**20, "summary": out.strip()}


def print_table(results: list[dict]) -> None:
    print("| workers | articles | seconds | articles/s | CPU s (all processes) | peak RSS (MB, process tree) "
          "| store (MB) |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['workers']} | {r['articles']:,} | {r['seconds']:.1f} | {r['rate']:.0f} | {r['cpu']:.1f} | "
              f"{r['peak_mb']:.0f} | {r['store_mb']:.1f} |")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.ingest", description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles to build (default: %(default)s)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default: %(default)s)")
    ap.add_argument("--no-small", action="store_true", help="skip the n/5 run that checks memory stays flat")
    args = ap.parse_args(argv)
    counts = [int(w) for w in args.workers.split(",") if w.strip()]
    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as tmp:
        root = Path(tmp)
        build_articles(root / "articles", args.n)
        results = [run_ingest(root / "articles", root / f"w{w}" / "atlas.sqlite", w) for w in counts]
        if not args.no_small and args.n >= 1000:
            small = max(args.n // 5, 200)
            build_articles(root / "small", small)
            results.append(run_ingest(root / "small", root / "small_db" / "atlas.sqlite", max(counts)))
    print(f"Ingest into SQLite, articles built from {EVAL}/*.jsonl (CLI wall time, engine start included; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end: other work slows the wall time)")
    print_table(results)


if __name__ == "__main__":
    main()
