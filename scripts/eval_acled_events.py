"""Score the whole engine's events on held-out ACLED notes: toll, place within 25 km, actor1.

Each note goes through ``geo.parse(text, lang="en")``; its event is the first one the engine
returns (ACLED notes tell their event first). Figures per held-out file:

- fatalities exact on the notes whose text states the coded toll or says no one died (see
  ``acled_notes.subset``); no event or no toll counts as 0;
- place: the event's place within 25 km of the coded point, over every note; over the notes where
  the engine found some mention within 25 km of it ("coded place found"); over events with a place;
  and over notes with an event and the coded place found (the choice of place alone);
- actor1 exact (ACLED's name, e.g. "Civilians (Benin)"), over every note and over notes with an event;
  and, over every note, equal once ACLED's period and unit are dropped ("Military Forces of Mali
  (2013-2020) Gendarmerie" -> "Military Forces of Mali").

    PYTHONPATH=. python scripts/eval_acled_events.py [--files NAME ...] [--limit N] [-v]
"""
from __future__ import annotations

import argparse
import math
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from acled_notes import HELD_OUT, load, subset  # noqa: E402

import geo  # noqa: E402

NEAR_KM = 25.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


_PERIOD = re.compile(r"\s*\((?:\d{4}-(?:\d{4})?|\d{4})\).*$")


def _no_period(name: str | None) -> str | None:
    """ACLED's actor name without its period and unit: "Military Forces of Mali (2013-2020) Gendarmerie"
    -> "Military Forces of Mali" (the list has no periods)."""
    return _PERIOD.sub("", name) if name else name


def score_file(rows: list[dict], verbose: bool) -> dict[str, tuple[int, int]]:
    """Counts (right, total) for each figure."""
    c: dict[str, list[int]] = {k: [0, 0] for k in ("toll", "place_all", "place_found", "place_placed", "place_pick",
                                                  "actor1_all", "actor1_event", "actor1_period", "event")}
    for r in rows:
        doc = geo.parse(r["text"], lang="en")
        event = min(doc.events, key=lambda e: e["start"]) if doc.events else None
        c["event"][0] += event is not None
        c["event"][1] += 1
        if r["_subset"] in ("stated", "said none"):
            c["toll"][0] += ((event or {}).get("fatalities") or 0) == r["fatalities"]
            c["toll"][1] += 1
        if r.get("lat") is not None:
            near = event is not None and event["lat"] is not None and km(
                event["lat"], event["lon"], r["lat"], r["lon"]) <= NEAR_KM
            found = any(km(m.lat, m.lon, r["lat"], r["lon"]) <= NEAR_KM for m in doc.mentions if m.lat is not None)
            c["place_all"][0] += near
            c["place_all"][1] += 1
            if found:
                c["place_found"][0] += near
                c["place_found"][1] += 1
                if event is not None:
                    c["place_pick"][0] += near
                    c["place_pick"][1] += 1
                if verbose and not near:
                    print(f"  place: {r['location']!r} coded; got {event and event['location']!r} | {r['text'][:160]}")
            if event is not None and event["lat"] is not None:
                c["place_placed"][0] += near
                c["place_placed"][1] += 1
        if r.get("actor1"):
            right = event is not None and event["actor1"] == r["actor1"]
            c["actor1_all"][0] += right
            c["actor1_all"][1] += 1
            if event is not None:
                c["actor1_event"][0] += right
                c["actor1_event"][1] += 1
            c["actor1_period"][0] += event is not None and _no_period(event["actor1"]) == _no_period(r["actor1"])
            c["actor1_period"][1] += 1
    return {k: (v[0], v[1]) for k, v in c.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", nargs="*", default=list(HELD_OUT))
    parser.add_argument("--limit", type=int, default=0, help="first N notes of each file (0: all)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    t0 = time.time()
    labels = {"event": "an event found", "toll": "fatalities exact (stated + said none)",
              "place_all": "place <= 25 km, every note", "place_found": "place <= 25 km, coded place found",
              "place_placed": "place <= 25 km, events with a place",
              "place_pick": "place <= 25 km, event + coded place found", "actor1_all": "actor1 exact, every note",
              "actor1_event": "actor1 exact, notes with an event",
              "actor1_period": "actor1 without ACLED's period, every note"}
    for name in args.files:
        rows = load(name)
        if args.limit:
            rows = rows[:args.limit]
        for r in rows:
            r["_subset"] = subset(r)
        counts = score_file(rows, args.verbose)
        print(name)
        for key, label in labels.items():
            right, total = counts[key]
            print(f"  {label:40} {right / total if total else float('nan'):.3f}  ({right}/{total})")
    print(f"{time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
