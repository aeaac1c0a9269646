"""Why an event's place misses ACLED's coded location: one kind per note, per held-out file.

    PYTHONPATH=. python scripts/eval_event_places.py [--files NAME ...] [--weights W.npz] [--misses OUT.jsonl]

Each note goes through ``geo.parse(text, lang="en")``; its event is the first the engine returns.
A note is a *hit* when that event's place lies within 25 km of the coded point. A miss gets the
first kind that fits, in this order:

- ``no event``: the engine found no event in the note;
- ``name absent from text``: no mention lies within 25 km and the coded name (or a transliteration
  of it) is not written in the note (Libya 2011 notes often name no place at all);
- ``in text, gazetteer lacks it``: written, but no place of that name lies within 25 km in the gazetteer;
- ``recognised, wrong homonym``: a mention spelt like the coded name was resolved more than 25 km away;
- ``in text, not recognised``: written and known, but no mention within 25 km;
- ``found elsewhere in the note``: a mention within 25 km exists only outside the event's sentence;
- ``found, event unplaced``: a mention within 25 km is in the event's sentence, the event has no place;
- ``found, coarser place chosen``: the event is placed at a country or province (precision 3) where
  ACLED codes a town or an area near it (precision 1 or 2);
- ``found, another mention chosen``: the event is placed at another town.

``--weights`` reads the event model the held-out fit wrote (``train_events.py --heldout-out``), so
that which notes have an event is not in-sample. ``--misses`` writes the missed notes for reading
(stays local: the records are never shipped).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from acled_notes import HELD_OUT, load  # noqa: E402
from eval_acled import miss_kind, seeded_slice  # noqa: E402

import geo  # noqa: E402
from geo.engine.gazetteer import haversine_km  # noqa: E402

RADIUS_KM = 25.0
KINDS = ("hit", "no event", "name absent from text", "in text, gazetteer lacks it", "recognised, wrong homonym",
         "in text, not recognised", "found elsewhere in the note", "found, event unplaced",
         "found, coarser place chosen", "found, another mention chosen")
# eval_acled.miss_kind's reasons when no mention lies near the coded point, in this table's words.
_NOTHING_NEAR = {"name not in text": "name absent from text", "name unknown to gazetteer": "in text, gazetteer lacks it",
                 "found, placed elsewhere": "recognised, wrong homonym", "known, not reported": "in text, not recognised"}


def kind_of(r: dict, doc, gaz) -> str:
    """The kind of one note's outcome (see the module's docstring)."""
    event = min(doc.events, key=lambda e: e["start"]) if doc.events else None
    if event is None:
        return "no event"
    if event["lat"] is not None and haversine_km(event["lat"], event["lon"], r["lat"], r["lon"]) <= RADIUS_KM:
        return "hit"
    near = [m for m in doc.mentions if m.lat is not None and haversine_km(m.lat, m.lon, r["lat"], r["lon"]) <= RADIUS_KM]
    if not near:
        return _NOTHING_NEAR[miss_kind(gaz, r, doc)]
    if not any(event["start"] <= m.start < event["end"] for m in near):
        return "found elsewhere in the note"
    if event["lat"] is None:
        return "found, event unplaced"
    if event["geo_precision"] == 3 and (r.get("geo_precision") or 1) < 3:
        return "found, coarser place chosen"
    return "found, another mention chosen"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", nargs="*", default=list(HELD_OUT))
    parser.add_argument("--weights", help="event model weights (the held-out fit's) instead of data/event_model.npz")
    parser.add_argument("--limit", type=int, default=0, help="first N notes of each file (0: all)")
    parser.add_argument("--rows", help="A:B, notes A to B of each file after a seeded shuffle (training files "
                                       "whose place misses were read only in part: world 2024 rows 0-1,500)")
    parser.add_argument("--misses", type=Path, help="write the missed notes here (jsonl, local only)")
    args = parser.parse_args()
    if args.weights:
        import geo.events.model as event_model
        event_model._MODEL = event_model.EventModel.load(args.weights)
    from geo.engine.pipeline import default_parser

    gaz = default_parser().gazetteer
    t0 = time.time()
    table: dict[str, Counter] = {}
    misses = []
    for name in args.files:
        rows = [r for r in load(name) if r.get("lat") is not None]
        if args.rows:
            rows = seeded_slice(rows, args.rows)
        if args.limit:
            rows = rows[:args.limit]
        counts: Counter = Counter()
        for r in rows:
            doc = geo.parse(r["text"], lang="en")
            kind = kind_of(r, doc, gaz)
            counts[kind] += 1
            if kind != "hit" and args.misses:
                event = min(doc.events, key=lambda e: e["start"]) if doc.events else None
                misses.append({"file": name, "kind": kind, "location": r.get("location"),
                               "precision": r.get("geo_precision"), "text": r["text"],
                               "event": event and {k: event[k] for k in ("location", "geo_precision", "start", "end")},
                               "mentions": [(m.text, m.name, m.feature, m.country_code,
                                             round(haversine_km(m.lat, m.lon, r["lat"], r["lon"])))
                                            for m in doc.mentions if m.lat is not None]})
        table[name] = counts
    short = [n.split("_")[2] for n in args.files]
    print(f"| kind | " + " | ".join(short) + " |")
    print("|---|" + "---|" * len(short))
    for kind in KINDS:
        cells = [f"{table[n][kind]} ({table[n][kind] / max(1, sum(table[n].values())):.3f})" for n in args.files]
        print(f"| {kind} | " + " | ".join(cells) + " |")
    print(f"| notes | " + " | ".join(str(sum(table[n].values())) for n in args.files) + " |")
    print(f"{time.time() - t0:.0f} s")
    if args.misses:
        args.misses.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
