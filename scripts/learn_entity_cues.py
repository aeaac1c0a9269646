"""Learn the words that announce a person or an organisation, not a place, from ANERcorp.

    python scripts/learn_entity_cues.py [--shared ../shared] [--out data/entity_cues_ar.tsv]

For every word just before a tagged name (clitics ignored), counts how often the name is a
person or organisation and how often a location. A word whose names are persons or
organisations at least MIN_COUNT times and locations at most MAX_LOC_SHARE of the time is a cue
("الرئيس", "وكالة", "الفنان"). The engine drops a candidate right after a cue unless the name is
a country or a division (geo/engine/entity_cues.py). ANERcorp: Benajiba et al.; see README.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_COUNT = 6
MAX_LOC_SHARE = 0.1


def read_tagged(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.replace("\u200e", "").strip().rsplit(None, 1)
        if len(parts) == 2:
            rows.append((parts[0], parts[1]))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "entity_cues_ar.tsv")
    args = ap.parse_args()
    from geo.engine.normalize import normalize

    rows = read_tagged(args.shared / "train" / "anercorp" / "ANERCorp_full_HassanAzzam.txt")
    other: Counter[str] = Counter()
    loc: Counter[str] = Counter()
    for (prev, _), (_, tag) in zip(rows, rows[1:]):
        word = normalize(prev)
        if not ("\u0621" <= word[:1] <= "\u064a") or len(word) < 3:
            continue
        if tag in ("B-PERS", "B-ORG"):
            other[word] += 1
        elif tag == "B-LOC":
            loc[word] += 1
    cues = sorted((w for w, n in other.items() if n >= MIN_COUNT and loc[w] <= MAX_LOC_SHARE * (n + loc[w])),
                  key=lambda w: -other[w])
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Words before a person or organisation name, learnt from ANERcorp by scripts/learn_entity_cues.py\n")
        f.write("word\tnon_place\tplace\n")
        for w in cues:
            f.write(f"{w}\t{other[w]}\t{loc[w]}\n")
    print(f"{len(cues)} cues -> {args.out}")


if __name__ == "__main__":
    main()
