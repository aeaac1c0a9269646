"""The Arabic event step's own cost per article, lexicon only and with the Arabic gate.

    python -m bench.arabic_events

Parses once with the engine (mentions), then times ``extract_events`` alone, best of three runs:
on the seed article (Arabic wire, repeated 50 times) and on the IDRISI Arabic texts of
../shared/eval (short posts: the Arabic news at hand). Also the gate's load time, its cost per
sentence read, and how many events each path proposes.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.events.arabic_model import DEFAULT_PATH, ArabicEventModel, default_arabic_model  # noqa: E402
from geo.events.extract import extract_events  # noqa: E402
from geo.engine.pipeline import default_parser  # noqa: E402

EVAL = Path(os.environ.get("ATLAS_SHARED", ROOT.parent / "shared")) / "eval"


def main() -> int:
    started = time.perf_counter()
    ArabicEventModel.load(DEFAULT_PATH)
    print(f"Arabic gate load: {(time.perf_counter() - started) * 1000:.0f} ms")
    parser = default_parser()
    gate = default_arabic_model()
    sets = {"seed article": [parser.parse((ROOT / "seeds" / "000_2652ce4f1c7f173e.txt").read_text(encoding="utf-8"),
                                          lang="ar")] * 50}
    idrisi = EVAL / "idrisi_ar.jsonl"
    if idrisi.exists():
        texts = [json.loads(line)["text"] for line in open(idrisi, encoding="utf-8")]
        sets[f"idrisi_ar ({len(texts)} texts)"] = [parser.parse(t, lang="ar") for t in texts]
    else:
        print(f"idrisi_ar: not found under {EVAL}, skipped")
    for name, docs in sets.items():
        for use in (False, True):
            best = min(_run(docs, use) for _ in range(3))
            print(f"{name}: {'with the gate' if use else 'lexicon only'}: {best / len(docs) * 1000:.3f} ms per article")
        unique = docs[:1] if name == "seed article" else docs
        print(f"{name}: events {sum(len(extract_events(d, None, use_model=False)) for d in unique)} lexicon only, "
              f"{sum(len(extract_events(d, None)) for d in unique)} with the gate")
    sentence = "قتل خمسة مدنيين وأصيب عشرة آخرون أمس في انفجار سيارة مفخخة في سوق شعبي وسط بعقوبة."
    n = 2000
    started = time.perf_counter()
    for _ in range(n):
        gate.read(sentence, 1)
    print(f"gate: {(time.perf_counter() - started) / n * 1000:.3f} ms per sentence read")
    return 0


def _run(docs, use: bool) -> float:
    started = time.perf_counter()
    for d in docs:
        extract_events(d, None, use_model=use)
    return time.perf_counter() - started


if __name__ == "__main__":
    raise SystemExit(main())
