"""How often a parse finds the place an ACLED report is coded at, and whether the gazetteer knows it.

    python scripts/eval_acled.py [--shared ../shared] [--limit N] [--misses FILE]
    python scripts/eval_acled.py --files acled_brendansherman_world_2024_05_06 --rows 1500:7000

For each held-out report (whole files: rolyyy's Syria, Yemen, Iraq and Libya rows, Mali,
Burkina Faso, 2011-12 Libya, 2016 Africa's Sudan rows), ``geo.parse(notes, lang="en")`` runs
and the report counts as found when some mention lies within 25 km of the coded point. Per
country, coverage is the share of distinct coded locations whose ``location`` name is in the
gazetteer (exact or transliteration-folded key) at a place within 25 km.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.engine.gazetteer import haversine_km  # noqa: E402

RADIUS_KM = 25.0
SETS = {  # file -> countries kept (None: all rows)
    "acled_rolyyy_conflict_watcher": {"Syria", "Yemen", "Iraq", "Libya"},
    "acled_valenge_mali_2017_2020": None,
    "acled_elliottmess_burkina_1997_2020": None,
    "acled_mccartneyac_libya_2011_2012": None,
    "acled_aschharwood_africa_2016": {"Sudan", "South Sudan", "Kenya", "Somalia"},
}


def records(shared: Path, limit: int | None, sets: dict[str, set[str] | None] = SETS, rows_range: str | None = None):
    for name, countries in sets.items():
        rows = [json.loads(line) for line in gzip.open(shared / "train" / "events" / f"{name}.jsonl.gz", "rt")]
        rows = [r for r in rows if r.get("text") and r.get("lat") is not None and (countries is None or r.get("country") in countries)]
        if rows_range:
            rows = seeded_slice(rows, rows_range)
        yield from rows[:limit]


def seeded_slice(rows: list, spec: str) -> list:
    """Rows A to B ("A:B") of a seeded shuffle: "--rows 1500:7000" reads rows whose misses nobody read."""
    lo, hi = (int(x) for x in spec.split(":"))
    rows = list(rows)
    random.Random(0).shuffle(rows)
    return rows[lo:hi]


def name_known(gaz, name: str, lat: float, lon: float) -> bool:
    from geo.engine.normalize import name_key

    key = name_key(name)
    ids = set(gaz.ids(key) or ()) | set(gaz.folded_ids(key) if hasattr(gaz, "folded_ids") else ())
    return any(haversine_km(lat, lon, gaz.place(i).lat, gaz.place(i).lon) <= RADIUS_KM for i in ids)


def _in_text(location: str, text: str) -> bool:
    """The coded name, or a transliteration of it, is written in the report."""
    from geo.engine.normalize import name_key
    from geo.engine.translit import fold_latin

    key, words = name_key(location), name_key(text).split()
    if f" {key} " in f" {' '.join(words)} ":
        return True
    fold = fold_latin(key)
    return bool(fold) and any(fold_latin(" ".join(words[i:i + n])) == fold
                              for n in range(1, 5) for i in range(len(words) - n + 1))


def miss_kind(gaz, r: dict, doc) -> str:
    """Why a report was missed: the name is not in the text, the gazetteer does not know it,
    the engine found it but placed it elsewhere, or it knew the name and did not report it."""
    loc = r.get("location") or ""
    if not loc or not _in_text(loc, r["text"]):
        return "name not in text"
    if not name_known(gaz, loc, r["lat"], r["lon"]):
        return "name unknown to gazetteer"
    from geo.engine.normalize import name_key

    if any(name_key(m.text) == name_key(loc) for m in doc.mentions):
        return "found, placed elsewhere"
    return "known, not reported"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, help="reports per file")
    ap.add_argument("--misses", type=Path, help="write missed reports here (jsonl)")
    ap.add_argument("--files", nargs="+", help="other ACLED files (all their rows) instead of the default sets")
    ap.add_argument("--rows", help="A:B, rows A to B of each file after a seeded shuffle")
    args = ap.parse_args()
    import geo
    from geo.engine.pipeline import default_parser

    gaz = default_parser().gazetteer
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    locs: dict[str, dict[tuple, bool]] = defaultdict(dict)
    misses = []
    kinds: dict[str, int] = defaultdict(int)
    t0 = time.perf_counter()
    sets = {name: None for name in args.files} if args.files else SETS
    for r in records(args.shared, args.limit, sets, args.rows):
        country = r.get("country") or "?"
        doc = geo.parse(r["text"], lang="en")
        hit = any(haversine_km(r["lat"], r["lon"], m.lat, m.lon) <= RADIUS_KM for m in doc.mentions)
        found[country][0] += hit
        found[country][1] += 1
        if not hit:
            kind = miss_kind(gaz, r, doc)
            kinds[kind] += 1
            misses.append({"id": r["id"], "kind": kind, "location": r.get("location"), "text": r["text"],
                           "found": [m.text for m in doc.mentions]})
        loc = (r.get("location"), round(r["lat"], 3), round(r["lon"], 3))
        if loc not in locs[country] and r.get("location"):
            locs[country][loc] = name_known(gaz, r["location"], r["lat"], r["lon"])
    print(f"{'country':<14} {'reports':>8} {'found<=25km':>11} {'locations':>9} {'named in gaz':>12}")
    tot = [0, 0, 0, 0]
    for c in sorted(found, key=lambda c: -found[c][1]):
        h, n = found[c]
        known = sum(locs[c].values())
        tot = [tot[0] + h, tot[1] + n, tot[2] + len(locs[c]), tot[3] + known]
        print(f"{c:<14} {n:>8} {h / n:>11.3f} {len(locs[c]):>9} {known / max(1, len(locs[c])):>12.3f}")
    print(f"{'all':<14} {tot[1]:>8} {tot[0] / tot[1]:>11.3f} {tot[2]:>9} {tot[3] / max(1, tot[2]):>12.3f}"
          f"   ({time.perf_counter() - t0:.0f} s)")
    print("misses: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))
    if args.misses:
        args.misses.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses), encoding="utf-8")


if __name__ == "__main__":
    main()
