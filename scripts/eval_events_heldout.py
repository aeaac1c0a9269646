"""The whole English event step (lexicon + model) on held-out files: reports as written, news sentences.

    PYTHONPATH=. .venv/bin/python scripts/eval_events_heldout.py [--no-model] [--limit 400]

For each held-out ACLED file, every note (label prefix and "[size=...]" tail removed) is read by
``extract_events`` with no place mentions: *found* = at least one event, *type* / *sub-type* = the
most confident event's type / sub-type equals ACLED's. For the held-out sentences with no event
(own_b "none", LGL and GeoVirus quarter 0) it prints the share with no event. The model in
data/event_model.npz must not have been trained on these files for the figures to be held-out:
run it with the weights ``train_events.py --heldout-out`` writes (``--weights``).
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import geo.events.model as event_model  # noqa: E402
from event_pool import acled_rows, clean_note, own_rows, quiet_news_rows, _records  # noqa: E402
from geo.engine.document import Document  # noqa: E402
from geo.events.extract import extract_events  # noqa: E402

FILES = ("acled_dkoban_afghanistan_2020_03", "acled_joshmerfeld_benin_2009_2022", "acled_mccartneyac_libya_2011_2012")


def top(text: str, published: date | None, use_model: bool) -> dict | None:
    events = extract_events(Document(text=text, lang="en"), published, use_model=use_model)
    return max(events, key=lambda e: e["confidence"]) if events else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--weights", help="event model weights to use instead of data/event_model.npz")
    parser.add_argument("--limit", type=int, default=400, help="notes per file (a random sample)")
    args = parser.parse_args(argv)
    if args.weights:
        event_model._MODEL = event_model.EventModel.load(args.weights)
    use = not args.no_model
    print(f"{'file':<42} {'n':>5} {'found':>6} {'type':>6} {'sub':>6}")
    for name in FILES:
        records = [r for r in _records(name) if r["text"]]
        random.Random(0).shuffle(records)
        records = records[:args.limit]
        found = typed = subbed = n_sub = n_type = 0
        wrong: Counter[tuple[str, str]] = Counter()
        for r in records:
            e = top(clean_note(r["text"]), date.fromisoformat(r["date"]) if r["date"] else None, use)
            found += e is not None
            if r["event_type"]:
                n_type += 1
                typed += bool(e and e["type"] == r["event_type"])
                if not (e and e["type"] == r["event_type"]):
                    wrong[(r["event_type"], e["type"] if e else "none")] += 1
            if r["sub_event_type"]:
                n_sub += 1
                subbed += bool(e and e["sub_type"] == r["sub_event_type"])
        print(f"{name:<42} {len(records):>5} {found / len(records):>6.3f} {typed / max(n_type, 1):>6.3f} "
              f"{subbed / max(n_sub, 1):>6.3f}   most confused: {wrong.most_common(3)}")
    negatives = {"own_b none": [r.text for r in own_rows("own_b.tsv") if not r.event],
                 "lgl quiet sentences (quarter 0)": [r.text for r in quiet_news_rows("lgl") if r.group == "lgl:0"],
                 "geovirus quiet sentences (quarter 0)": [r.text for r in quiet_news_rows("geovirus")
                                                          if r.group == "geovirus:0"]}
    for label, texts in negatives.items():
        none = sum(top(t, date(2020, 6, 9), use) is None for t in texts)
        print(f"{label:<42} {len(texts):>5} no event {none / len(texts):.3f}")
    news = [r for r in own_rows("own_b.tsv") if r.event]
    hits = [top(r.text, date(2021, 6, 9), use) for r in news]
    print(f"{'own_b news-style events':<42} {len(news):>5} found {sum(h is not None for h in hits) / len(news):.3f} "
          f"type {sum(bool(h and h['type'] == r.type) for h, r in zip(hits, news)) / len(news):.3f} "
          f"sub {sum(bool(h and h['sub_type'] == r.sub_type) for h, r in zip(hits, news)) / len(news):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
