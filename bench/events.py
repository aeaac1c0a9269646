"""The event step's own cost per article, with and without the English model (LGL, GeoVirus).

    python -m bench.events

Parses the articles once with the engine (mentions), then times ``extract_events`` alone on them,
best of three runs; also the model's load time and the share of sentences the gate lets through.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.events.model import DEFAULT_PATH, EventModel, default_model  # noqa: E402
from geo.events.extract import extract_events  # noqa: E402
from geo.events.text import split_sentences  # noqa: E402
from geo.engine.pipeline import default_parser  # noqa: E402

EVAL = Path(os.environ.get("ATLAS_SHARED", ROOT.parent / "shared")) / "eval"


def main() -> int:
    started = time.perf_counter()
    EventModel.load(DEFAULT_PATH)
    print(f"model load: {(time.perf_counter() - started) * 1000:.0f} ms")
    parser = default_parser()
    model = default_model()
    seed = [parser.parse((ROOT / "seeds" / "000_2652ce4f1c7f173e.txt").read_text(encoding="utf-8"))]
    best = min(_run(seed * 50, True) for _ in range(3))
    print(f"seed article (Arabic, lexicon only): {best / 50 * 1000:.3f} ms per article")
    for name in ("lgl", "geovirus"):
        if not (EVAL / f"{name}.jsonl").exists():
            print(f"{name}: not found under {EVAL}, skipped")
            continue
        texts = [json.loads(line)["text"] for line in open(EVAL / f"{name}.jsonl", encoding="utf-8")]
        docs = [parser.parse(t, lang="en") for t in texts]
        sentences = [t[s:e].lower() for t in texts for s, e in split_sentences(t)]
        gated = sum(model.gated(s) for s in sentences) if model else 0
        for use in (False, True):
            best = min(_run(docs, use) for _ in range(3))
            print(f"{name}: {len(docs)} articles, model={use}: {best / len(docs) * 1000:.3f} ms per article")
        without = sum(len(extract_events(d, None, use_model=False)) for d in docs)
        with_model = sum(len(extract_events(d, None)) for d in docs)
        print(f"{name}: gate lets {gated} of {len(sentences)} sentences through; "
              f"events: {without} lexicon only, {with_model} with the model")
    return 0


def _run(docs, use: bool) -> float:
    started = time.perf_counter()
    for d in docs:
        extract_events(d, None, use_model=use)
    return time.perf_counter() - started


if __name__ == "__main__":
    raise SystemExit(main())
