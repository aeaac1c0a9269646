"""Score the engine on every gold set with ../shared/eval/score.py and print a table.

    python scripts/evaluate.py [--shared ../shared] [--sets seed_gold idrisi_ar lgl geovirus] [--errors DIR]
    python scripts/evaluate.py --sets tests/data/traps_heldout.jsonl    # any gold file by its path
    python scripts/evaluate.py --halves    # also each set's two halves (documents split by the md5 of their id)

Each set is parsed through the real CLI contract (`python -m geo parse --jsonl IN --out OUT`),
then scored by the shared scorer, so these are the figures an outside check would see.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARS = {"seed_gold": 0.95, "idrisi_ar": 0.75, "lgl": 0.65, "geovirus": 0.75}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sets", nargs="*", default=list(BARS))
    ap.add_argument("--errors", type=Path, help="write each set's error list here")
    ap.add_argument("--halves", action="store_true",
                    help="also score each half of a set (A: documents whose id's md5 is even, B: odd), "
                         "to develop on one half and confirm on the other")
    args = ap.parse_args()
    print(f"{'set':<12} {'rec P':>6} {'rec R':>6} {'rec F1':>6} {'Acc@161':>8} {'e2e P':>6} {'e2e R':>6} {'e2e F1':>6}  bar")
    for name in args.sets:
        gold = Path(name) if name.endswith(".jsonl") else args.shared / "eval" / f"{name}.jsonl"
        name = gold.stem
        with tempfile.TemporaryDirectory() as tmp:
            pred = Path(tmp) / "pred.jsonl"
            subprocess.run([sys.executable, "-m", "geo", "parse", "--jsonl", str(gold), "--out", str(pred)],
                           cwd=ROOT, check=True)
            scorer = [sys.executable, str(args.shared / "eval" / "score.py"), str(gold), str(pred)]
            r = json.loads(subprocess.run(scorer + ["--json"], capture_output=True, text=True, check=True).stdout)
            if args.errors:
                args.errors.mkdir(parents=True, exist_ok=True)
                errors = subprocess.run(scorer, capture_output=True, text=True, check=True).stdout
                (args.errors / f"{name}.txt").write_text(errors, encoding="utf-8")
            _row(name, r)
            if args.halves:
                for half in "AB":
                    part = Path(tmp) / f"gold_{half}.jsonl"
                    with open(gold, encoding="utf-8") as f, open(part, "w", encoding="utf-8") as out:
                        out.writelines(line for line in f if line.strip() and _half(json.loads(line)["id"]) == half)
                    if part.stat().st_size:
                        scorer[2] = str(part)
                        _row(f"  half {half}", json.loads(subprocess.run(scorer + ["--json"], capture_output=True,
                                                                         text=True, check=True).stdout))


def _half(doc_id: str) -> str:
    return "A" if int(hashlib.md5(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def _row(name: str, r: dict) -> None:
    rec, e2e = r["recognition"], r["end_to_end"]
    print(f"{name:<12} {rec['precision']:>6.3f} {rec['recall']:>6.3f} {rec['f1']:>6.3f} {r['resolution_acc']:>8.3f} "
          f"{e2e['precision']:>6.3f} {e2e['recall']:>6.3f} {e2e['f1']:>6.3f}  >= {BARS.get(name, 0):.2f}")


if __name__ == "__main__":
    main()
