"""The judged Arabic newswire sentences (openeventdata/arabic_event_gsr over LDC Arabic Gigaword):
loading, gold labels and the held-out period, shared by the Arabic event scripts.

Each record was judged for one class only (ASSAULT or PROTEST) by three or more annotators;
``event_type_raw`` reads e.g. ``ASSAULT:ambiguous (accept=2,reject=1)``. Gold is positive for
"yes", and for "ambiguous" when more annotators accepted than rejected (``--strict``: "yes" only).
The period comes from the Gigaword document id (``AAW_ARB_20071026.0026``); 467 protest records
carry a hashed id and no date. Held out: every record dated 2008 (a whole year, never random rows);
training: 2006-2007 and the undated records. Records never ship; only what is learned from them.
"""
from __future__ import annotations

import gzip
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(os.environ.get("ATLAS_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
DEFAULT_PATH = SHARED / "train" / "events" / "arabic_event_gsr_train.jsonl.gz"
HELDOUT_YEARS = ("2008",)
_DOC_DATE = re.compile(r"_ARB_(\d{4})(\d\d)(\d\d)")
_COUNTS = re.compile(r"accept=(\d+),reject=(\d+)")


@dataclass(frozen=True)
class Judged:
    id: str
    cls: str  # "assault" or "protest": the one class the sentence was judged for
    text: str
    gold: bool
    period: str  # "2007-10", or "undated"
    heldout: bool
    accept: int = 0  # annotators who accepted / rejected the class (the vote behind ``gold``)
    reject: int = 0


def load(path: str | Path = DEFAULT_PATH, strict: bool = False) -> list[Judged]:
    out = []
    seen: set[tuple[str, str]] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fp:
        for line in fp:
            r = json.loads(line)
            raw = r["event_type_raw"]
            cls, verdict = raw.split(":", 1)
            cls = cls.lower()
            if (cls, r["text"]) in seen:
                continue  # 14 texts repeat: judged once here
            seen.add((cls, r["text"]))
            category = verdict.split(" (")[0].strip()
            m = _COUNTS.search(verdict)
            accept, reject = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
            gold = category == "yes" or (not strict and category == "ambiguous" and accept > reject)
            d = _DOC_DATE.search(r["id"])
            period = f"{d.group(1)}-{d.group(2)}" if d else "undated"
            out.append(Judged(r["id"], cls, r["text"], gold, period, period[:4] in HELDOUT_YEARS, accept, reject))
    return out


def prf(pred: list[bool], gold: list[bool]) -> tuple[float, float, float, int, int]:
    """(precision, recall, F1, predicted, gold positives)."""
    tp = sum(p and g for p, g in zip(pred, gold))
    npred, ngold = sum(pred), sum(gold)
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, npred, ngold


def annotator_agreement(records: list[Judged]) -> dict[str, tuple[float, float, float]]:
    """How well one annotator agrees with the majority gold: the expected precision, recall and F1
    of a randomly drawn annotator's vote, scored against the majority of the *other* annotators
    ("others": a tie there is no; always the majority reading), and against each record's own gold,
    their own vote included ("all"). A ceiling for any reader of these sentences: a model cannot be expected to agree with
    the gold much better than the people who made it. Sentences with fewer than two votes are left out."""
    out = {}
    for mode in ("others", "all"):
        tp = fp = fn = 0.0
        for r in records:
            n = r.accept + r.reject
            if n < 2:
                continue
            p_accept = r.accept / n
            if mode == "others":
                gold_if_accept, gold_if_reject = r.accept - 1 > r.reject, r.accept > r.reject - 1
            else:
                gold_if_accept = gold_if_reject = r.gold
            tp += p_accept * gold_if_accept
            fp += p_accept * (not gold_if_accept)
            fn += (1 - p_accept) * gold_if_reject
        p = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[mode] = (p, rec, 2 * p * rec / (p + rec) if p + rec else 0.0)
    return out
