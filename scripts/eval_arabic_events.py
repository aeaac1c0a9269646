"""Per-class precision, recall and F1 of the Arabic event step on the judged Arabic sentences.

    PYTHONPATH=. .venv/bin/python scripts/eval_arabic_events.py [--data F] [--strict] [-v]

Each sentence goes through ``geo.parse`` (the engine's mentions), then ``extract_events`` twice:
lexicon only (``use_model=False``, the path before issue 10) and with the Arabic gate
(``geo.events.arabic_model``). A sentence is predicted *assault* when it gets an event of type
Battles, Explosions/Remote violence or Violence against civilians, *protest* for Protests or
Riots. ``--weights`` scores another fit of the gate (the shipped one is refit on all the
records, so its 2008 figures are in-sample; the training-part fit gives the held-out ones). Assault is scored on the sentences judged for assault, protest on those judged for
protest (each was judged for one class). Figures for the held-out year (2008) and the training
part (2006-2007 and undated, in-sample for the gate) are printed apart; see scripts/arabic_gsr.py.
Last, how well one annotator agrees with the gold (``arabic_gsr.annotator_agreement``): a ceiling.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import geo  # noqa: E402
from arabic_gsr import DEFAULT_PATH, annotator_agreement, load, prf  # noqa: E402
from geo.events import arabic_model  # noqa: E402
from geo.events.extract import extract_events  # noqa: E402
from geo.events.lexicon import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, VAC  # noqa: E402

CLASS_TYPES = {"assault": {BATTLES, EXPLOSIONS, VAC}, "protest": {PROTESTS, RIOTS}}


def predicted(events: list[dict], cls: str) -> bool:
    return any(e["type"] in CLASS_TYPES[cls] for e in events)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_PATH))
    ap.add_argument("--strict", action="store_true", help='gold = "yes" only (not majority-accepted "ambiguous")')
    ap.add_argument("--weights", default=None, help="gate weights to use instead of the shipped "
                    "data/arabic_events_model.npz (e.g. the training-part fit of train_arabic_events.py --heldout-out)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list held-out errors of the gated path")
    args = ap.parse_args(argv)
    records = load(args.data, strict=args.strict)
    if args.weights:
        arabic_model._MODEL = arabic_model.ArabicEventModel.load(args.weights)
    started = time.perf_counter()
    before, after = [], []
    for r in records:
        doc = geo.parse(r.text, lang="ar")
        before.append(predicted(extract_events(doc, None, use_model=False), r.cls))
        after.append(predicted(extract_events(doc, None), r.cls))
    print(f"{len(records)} sentences in {time.perf_counter() - started:.1f} s "
          f"(gold: {'yes only' if args.strict else 'yes + majority-accepted ambiguous'})")
    print(f"{'class':8} {'part':22} {'n':>5} {'gold':>5} | {'lexicon only P / R / F1':>26} | {'with the gate P / R / F1':>26}")
    for cls in ("assault", "protest"):
        for part, keep in (("held out (2008)", lambda r: r.heldout),
                           ("training (in-sample)", lambda r: not r.heldout),
                           ("all", lambda r: True)):
            idx = [i for i, r in enumerate(records) if r.cls == cls and keep(r)]
            gold = [records[i].gold for i in idx]
            b = prf([before[i] for i in idx], gold)
            a = prf([after[i] for i in idx], gold)
            print(f"{cls:8} {part:22} {len(idx):5d} {b[4]:5d} | {b[0]:.3f} / {b[1]:.3f} / {b[2]:.3f} ({b[3]:4d}) "
                  f"| {a[0]:.3f} / {a[1]:.3f} / {a[2]:.3f} ({a[3]:4d})")
    for cls in ("assault", "protest"):
        agree = annotator_agreement([r for r in records if r.cls == cls])
        print(f"{cls:8} one annotator against the majority of the others P / R / F1 "
              f"{' / '.join(f'{x:.3f}' for x in agree['others'])}; against the gold, own vote included "
              f"{' / '.join(f'{x:.3f}' for x in agree['all'])}")
    if args.verbose:
        for i, r in enumerate(records):
            if r.heldout and after[i] != r.gold:
                print(f"{'FP' if after[i] else 'FN'} {r.cls}: {r.text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
