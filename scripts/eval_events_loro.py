"""The whole English event step on every region's notes, each read with a model that never saw that region.

    PYTHONPATH=. .venv/bin/python scripts/eval_events_loro.py --models DIR [--limit 300] [--out F.jsonl]

``DIR`` holds the models ``train_events.py --loro --loro-out DIR --heldout-out DIR/heldout.npz``
writes: one per region (trained on the other regions, never on the held-out files) and the
held-out fit. Each file's notes (a random sample of ``--limit``, label prefix and "[size=...]" tail
removed) go through ``geo.parse`` (places found, so the place rules act as in use) with its region's model. Per file and over all files
(each file weighing the same): *found* (an event), *type* and *sub-type* of the most confident
event against ACLED's (on today's scheme, :func:`event_pool.scheme_labels`), and *toll* exact on
the notes that state the coded toll (:func:`acled_notes.subset`; no event counts as 0). The model
alone on the whole note is printed beside it: where the whole step falls under it, the rules
and the sentence-by-sentence reading cost more than they give. No figure here is in-sample for
the model; the rules were written looking at some of these notes (docs/events.md says which).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import geo.events.model as event_model  # noqa: E402
from acled_notes import subset  # noqa: E402
from event_pool import _records, clean_note, first_sentences, scheme_labels  # noqa: E402
import geo  # noqa: E402
from train_events import HELD_OUT, REGIONS, region_slug  # noqa: E402


def files_by_model() -> dict[str, tuple[str, ...]]:
    """Model file name -> the ACLED files it never saw."""
    plan = {f"{region_slug(region)}.npz": names for region, names in REGIONS.items()}
    plan["heldout.npz"] = tuple(f for f in HELD_OUT if f.startswith("acled_"))
    return plan


def score_file(name: str, limit: int, model: event_model.EventModel, out, offset: int = 0) -> Counter:
    records = [r for r in _records(name) if r["text"]]
    random.Random(0).shuffle(records)
    c: Counter = Counter()
    for r in records[offset:offset + limit]:
        type_, sub = scheme_labels(r)
        text = first_sentences(r["text"]) if name == "acled_katehara_southasia_2015" else r["text"]
        note = clean_note(text)
        published = date.fromisoformat(r["date"]) if r.get("date") else None
        events = geo.parse(note, lang="en", published=published).events
        top = max(events, key=lambda e: e["confidence"]) if events else None
        alone = model.predict(note)
        c["notes"] += 1
        c["found"] += top is not None
        if type_:
            c["typed"] += 1
            c["type"] += bool(top and top["type"] == type_)
            c["model type"] += alone.type == type_
        if sub:
            c["subbed"] += 1
            c["sub"] += bool(top and top["sub_type"] == sub)
            c["model sub"] += alone.sub_type == sub
        if subset(r) in ("stated", "said none"):
            c["tolled"] += 1
            c["toll"] += ((top["fatalities"] or 0) if top else 0) == r["fatalities"]
        if out is not None:
            out.write(json.dumps({"file": name, "type": type_, "sub": sub, "fatalities": r["fatalities"],
                                  "got": top and [top["type"], top["sub_type"], top["fatalities"]],
                                  "events": len(events), "model": [alone.type, alone.sub_type],
                                  "note": note}, ensure_ascii=False) + "\n")
    return c


def rates(c: Counter) -> dict[str, float | None]:
    """Shares over the notes that have the label (None where a file has none: the world file has no sub-types)."""
    def share(k: str, n: str) -> float | None:
        return c[k] / c[n] if c[n] else None
    return {"found": share("found", "notes"), "type": share("type", "typed"), "sub": share("sub", "subbed"),
            "toll": share("toll", "tolled"), "model type": share("model type", "typed"),
            "model sub": share("model sub", "subbed")}


def cell(value: float | None) -> str:
    return f"{value:>10.3f}" if value is not None else f"{'-':>10}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", required=True, help="folder of the region models and heldout.npz")
    parser.add_argument("--limit", type=int, default=300, help="notes per file (a random sample)")
    parser.add_argument("--offset", type=int, default=0,
                        help="skip this many notes of each file's shuffle first: --offset 300 reads notes the rules "
                             "were not written from (session 10 wrote rules looking at the first 300)")
    parser.add_argument("--out", help="write each note's reading here (JSON lines; stays local)")
    args = parser.parse_args(argv)
    out = open(args.out, "w", encoding="utf-8") if args.out else None
    columns = ("found", "type", "sub", "toll", "model type", "model sub")
    print(f"{'file':<44} {'notes':>5} " + " ".join(f"{c:>10}" for c in columns))
    per_file = []
    for model_name, names in files_by_model().items():
        model = event_model.EventModel.load(Path(args.models) / model_name)
        event_model._MODEL = model  # the whole step reads with this region's model
        for name in names:
            c = score_file(name, args.limit, model, out, args.offset)
            r = rates(c)
            per_file.append(r)
            print(f"{name:<44} {c['notes']:>5} " + " ".join(cell(r[k]) for k in columns), flush=True)
    mean = {k: sum(v) / len(v) for k in columns if (v := [r[k] for r in per_file if r[k] is not None])}
    print(f"{'mean of files':<44} {'':>5} " + " ".join(cell(mean.get(k)) for k in columns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
